import type { OperationLimit } from "../config.js";
import { ROLES, type Role } from "./identity.js";

// Generous enough for any page a portal shows (the examples cost at most about 10,000);
// they stop requests that multiply lists into millions of rows.
const DEFAULTS: Record<Role, OperationLimit> = {
  public: { depth: 10, cost: 200_000 },
  resident: { depth: 10, cost: 200_000 },
  grid_worker: { depth: 12, cost: 1_000_000 },
  community_worker: { depth: 12, cost: 1_000_000 },
  street_officer: { depth: 12, cost: 1_000_000 },
  department: { depth: 12, cost: 1_000_000 },
  analyst: { depth: 12, cost: 2_000_000 },
  admin: { depth: 15, cost: 5_000_000 },
};

/** How deep and how costly one operation of each role may be: the defaults, with the configured overrides. */
export function operationLimits(overrides: Readonly<Record<string, Partial<OperationLimit>>>): Record<Role, OperationLimit> {
  const unknown = Object.keys(overrides).filter((name) => !(ROLES as readonly string[]).includes(name));
  if (unknown.length > 0) throw new Error(`GONGZHI_MAX_DEPTH_… and GONGZHI_MAX_COST_… name roles (${ROLES.join(", ")}), not ${unknown.join(", ")}`);
  return Object.fromEntries(ROLES.map((role) => [role, { ...DEFAULTS[role], ...overrides[role] }])) as Record<Role, OperationLimit>;
}
