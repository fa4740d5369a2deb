import type { MiddlewareFn } from "type-graphql";
import type { Role } from "../../auth/identity.js";
import { maskName } from "../../auth/masking.js";
import type { Context } from "../../resolvers/context.js";

/** Roles that work with named people; everyone else (the public, residents, analysts) sees family names only. */
const SEES_NAMES: readonly Role[] = ["grid_worker", "community_worker", "street_officer", "department", "admin"];

/**
 * A field holding a person's name (or a list of names): de-identified to the family name
 * (张**) for callers who do not work with named people, e.g. on public deliberation outcomes
 * or an analyst's rows.
 */
export const PersonName: MiddlewareFn<Context> = async ({ context }, next) => {
  const value: unknown = await next();
  if (SEES_NAMES.includes(context.identity.role)) return value;
  if (typeof value === "string") return maskName(value);
  return Array.isArray(value) ? value.map((v) => (typeof v === "string" ? maskName(v) : v)) : value;
};
