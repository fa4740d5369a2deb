import type { AuthChecker } from "type-graphql";
import type { Role } from "../../auth/identity.js";
import { coversPlace, isPlaceBound, type Dataset } from "../../auth/row-scope.js";
import type { Node } from "../../schema/common/node.js";
import type { Context } from "../context.js";
import type { ResendKey } from "../../sources/common/idempotency.js";
import { datasetOf } from "../../sources/common/entity.js";
import { lookupNode, NODE_TYPES, placeOf, type NodeType } from "./node-type.js";
import { forbidden, notFound, unauthenticated } from "./errors.js";

// Who may call each mutation, named in its @Authorized(...). Rows are then checked against
// the caller's places (see requireOwnPlace and requireTarget).

/** Community and street staff (社区工作者, 街道干部) and administrators. */
export const STAFF: Role[] = ["community_worker", "street_officer", "admin"];
/** Grid workers as well as staff. */
export const FIELD_STAFF: Role[] = ["grid_worker", ...STAFF];
/** Residents acting for themselves, and field staff acting for them. */
export const RESIDENTS_AND_FIELD_STAFF: Role[] = ["resident", ...FIELD_STAFF];
/** Residents acting for themselves, and staff acting for them. */
export const RESIDENTS_AND_STAFF: Role[] = ["resident", ...STAFF];

/** type-graphql's check of @Authorized roles: the public is told to sign in, other roles that they may not. */
export const authChecker: AuthChecker<Context, Role> = ({ context, info }, roles) => {
  const { role } = context.identity;
  if (roles.includes(role)) return true;
  const who = `\`${info.fieldName}\` is for ${roles.join(", ")}`;
  if (role === "public") throw unauthenticated(`${who}: send a bearer token`);
  throw forbidden(`${who}, not ${role}`, { allowedRoles: roles });
};

/** A new row at `place` (a division or grid code): refused with FORBIDDEN outside a place-bound caller's places (grid workers, community and street staff). */
export function requireOwnPlace(ctx: Context, dataset: Dataset, place: string, field: string): void {
  if (isPlaceBound(ctx.identity) && !coversPlace(ctx.scope, dataset, place)) {
    throw forbidden(`${place} is outside your jurisdiction`, { field });
  }
}

/**
 * The existing row a write targets, as the caller sees it. A row the caller cannot see is
 * NOT_FOUND, word for word as a missing one, so writes reveal nothing either; a place-bound
 * caller must also have the row inside its places (public rows such as published activities
 * are visible to all, writable only by their own community's staff). Null for a caller who
 * sees every row: nothing to check, and the write itself reports a missing row. The data
 * set and the place come from the entity's description.
 */
export async function requireTarget<N extends Node>(ctx: Context, type: NodeType, id: number): Promise<N | null> {
  if (ctx.scope.everything) return null;
  const node = (await lookupNode(ctx, type, String(id))) as N | null;
  const what = `${type.entity.name} ${id}`;
  if (!node) throw notFound(what);
  const dataset = datasetOf(type.entity);
  if (isPlaceBound(ctx.identity) && (dataset === null || !coversPlace(ctx.scope, dataset, await placeOf(ctx, type.entity, node)))) throw notFound(what);
  return node;
}

/** A resident's own request is marked with their token subject, so they (and only they) can follow it. */
export const ownerOf = (ctx: Context): string | null => (ctx.identity.role === "resident" ? ctx.identity.subject : null);

/** A client's idempotency key as the caller's own: another caller's same key neither replays nor blocks. */
export const resendKey = (ctx: Context, key: string | null | undefined): ResendKey | null => (key ? { caller: ctx.identity.subject ?? "", key } : null);

/** A person a write names (a party member, volunteer or grid worker), inside the caller's reach like a target. */
export async function requirePerson(ctx: Context, type: "PartyMember" | "Volunteer" | "GridWorker", id: number): Promise<void> {
  await requireTarget(ctx, NODE_TYPES.get(type) as NodeType, id);
}
