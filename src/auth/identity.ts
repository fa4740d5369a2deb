/** Who may see and do what (see the README's table of roles). */
export const ROLES = ["public", "resident", "grid_worker", "community_worker", "street_officer", "department", "analyst", "admin"] as const;
export type Role = (typeof ROLES)[number];

/** The caller of a request, from a verified token; requests without one are `public`. */
export interface Identity {
  /** The token's subject; null for the public. */
  subject: string | null;
  /** The person's display name from the token's `name` claim, as histories record who acted. */
  name: string | null;
  role: Role;
  /** Division code prefix the caller's data access is limited to (e.g. a street's 9 digits). */
  jurisdiction: string | null;
  /** For the `grid_worker` role: the grids (15-digit codes) the worker looks after. */
  grids: readonly string[];
  /** For the `department` role: which department. */
  department: string | null;
  /** Extra permissions, e.g. `pii:read`. */
  scopes: readonly string[];
  /** When the token stops being valid; null for the public. */
  expiresAt: Date | null;
}

export const PUBLIC: Identity = Object.freeze({ subject: null, name: null, role: "public", jurisdiction: null, grids: [], department: null, scopes: [], expiresAt: null });

/** A request whose credentials were refused: the client must authenticate again. */
export class AuthenticationError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "AuthenticationError";
  }
}
