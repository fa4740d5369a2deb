import type { MiddlewareFn } from "type-graphql";
import type { Role } from "../../auth/identity.js";
import { maskContactsIn, maskName } from "../../auth/masking.js";
import type { Context } from "../../resolvers/context.js";

/** Roles that work with named people; everyone else (the public, residents, analysts) sees family names only. */
const SEES_NAMES: readonly Role[] = ["grid_worker", "community_worker", "street_officer", "department", "admin"];

const seesNames = (context: Context) => SEES_NAMES.includes(context.identity.role);

/**
 * A field holding a person's name (or a list of names): de-identified to the family name
 * (张**) for callers who do not work with named people, e.g. on public deliberation outcomes
 * or an analyst's rows.
 */
export const PersonName: MiddlewareFn<Context> = async ({ context }, next) => {
  const value: unknown = await next();
  if (seesNames(context)) return value;
  if (typeof value === "string") return maskName(value);
  return Array.isArray(value) ? value.map((v) => (typeof v === "string" ? maskName(v) : v)) : value;
};

/**
 * Free text residents and staff wrote (an event's description, a note, a booking's purpose):
 * for the same callers, the phone and national ID numbers written into it are masked.
 * Names in free text cannot be told apart reliably and stay as written.
 */
export const FreeText: MiddlewareFn<Context> = async ({ context }, next) => {
  const value: unknown = await next();
  return typeof value === "string" && !seesNames(context) ? maskContactsIn(value) : value;
};
