import type { GraphQLResolveInfo } from "graphql";
import type { Identity } from "../../auth/identity.js";
import { mask, type SensitiveKind } from "../../auth/masking.js";
import { isPlaceBound, reachOf } from "../../auth/row-scope.js";
import type { Context } from "../context.js";

/**
 * Whether the caller may read personal data of a row in `place` (its division or grid
 * code): only with the `pii:read` scope, and only inside the caller's jurisdiction or grids
 * (an admin without one: everywhere). Analysts never do: their rows are de-identified.
 */
export function mayReadPersonalData(identity: Identity, place: string | null): boolean {
  if (!identity.scopes.includes("pii:read") || identity.role === "analyst") return false;
  const reach = reachOf(identity);
  if (reach.length === 0) return identity.role === "admin";
  return place !== null && reach.some((prefix) => place.startsWith(prefix));
}

/**
 * Whether the caller may read personal data of every row it sees: an admin without a
 * jurisdiction, or a grid worker or staff member (their rows are their places) with pii:read.
 */
export function readsEveryAddress(identity: Identity): boolean {
  if (!identity.scopes.includes("pii:read")) return false;
  if (identity.role === "admin") return identity.jurisdiction === null;
  return isPlaceBound(identity);
}

/**
 * A sensitive field's value as this caller may see it: masked by default, in full for a
 * caller allowed to read it — and then recorded in the audit trail.
 */
export function reveal<V extends string | string[] | number | null>(
  ctx: Context,
  info: GraphQLResolveInfo,
  field: { kind: SensitiveKind; value: V; place: string | null; entityId: string },
): V {
  const { kind, value, place, entityId } = field;
  if (value === null) return value;
  if (!mayReadPersonalData(ctx.identity, place)) return (Array.isArray(value) ? mask(kind, value) : typeof value === "number" ? mask(kind, value) : mask(kind, value as string)) as V;
  ctx.audit.entries.push({
    subject: ctx.identity.subject ?? "anonymous",
    role: ctx.identity.role,
    operation: info.operation.name?.value ?? null,
    entity: info.parentType.name,
    entityId,
    field: info.fieldName,
    purpose: ctx.audit.purpose,
  });
  return value;
}
