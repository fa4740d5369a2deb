import { defaultFieldResolver, isObjectType, type GraphQLFieldResolver, type GraphQLSchema } from "graphql";
import type { Role } from "../../auth/identity.js";
import { maskContactsIn, maskName } from "../../auth/masking.js";
import { PERSONAL_DATA_RULE, type PersonalDataRule } from "../../schema/common/person-name.js";
import type { Context } from "../context.js";

/** Roles that work with named people; everyone else (the public, residents, analysts) sees family names only. */
const SEES_NAMES: ReadonlySet<Role> = new Set(["grid_worker", "community_worker", "street_officer", "department", "admin"]);

const MASKS: Record<PersonalDataRule, (value: unknown) => unknown> = {
  name: (value) => (typeof value === "string" ? maskName(value) : Array.isArray(value) ? value.map((v) => (typeof v === "string" ? maskName(v) : v)) : value),
  freeText: (value) => (typeof value === "string" ? maskContactsIn(value) : value),
};

const isPromise = (value: unknown): value is Promise<unknown> => typeof (value as Promise<unknown> | null)?.then === "function";

/**
 * Wraps every field that declares a personal-data rule (`@PersonName`, `@FreeText`) so its
 * value is de-identified for callers who do not see names. Synchronous for plain fields: a
 * list of a thousand rows costs no promise per masked field.
 */
export function applyPersonalDataRules(schema: GraphQLSchema): void {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith("__")) continue;
    for (const field of Object.values(type.getFields())) {
      const rule = field.extensions[PERSONAL_DATA_RULE] as PersonalDataRule | undefined;
      if (!rule) continue;
      const mask = MASKS[rule];
      const inner: GraphQLFieldResolver<unknown, Context> = field.resolve ?? defaultFieldResolver;
      field.resolve = (source, args, context: Context, info) => {
        const value = inner(source, args, context, info);
        if (SEES_NAMES.has(context.identity.role)) return value;
        return isPromise(value) ? value.then(mask) : mask(value);
      };
    }
  }
}
