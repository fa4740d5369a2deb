import { defaultFieldResolver, isObjectType, type GraphQLField, type GraphQLFieldResolver, type GraphQLSchema } from "graphql";
import type { Role } from "../../auth/identity.js";
import { maskContactsIn, maskName } from "../../auth/masking.js";
import { PERSONAL_DATA_RULE, SENSITIVE, type PersonalDataRule } from "../../schema/common/person-name.js";
import type { SensitiveKind } from "../../auth/masking.js";
import { NODE_TYPES, placeOf } from "./node-type.js";
import { reveal } from "./personal-data.js";
import type { Context } from "../context.js";

/** Roles that work with named people; everyone else (the public, residents, analysts) sees family names only. */
export const SEES_NAMES: ReadonlySet<Role> = new Set(["grid_worker", "community_worker", "street_officer", "department", "admin"]);

const MASKS: Record<PersonalDataRule, (value: unknown) => unknown> = {
  name: (value) => (typeof value === "string" ? maskName(value) : Array.isArray(value) ? value.map((v) => (typeof v === "string" ? maskName(v) : v)) : value),
  freeText: (value) => (typeof value === "string" ? maskContactsIn(value) : value),
};

const isPromise = (value: unknown): value is Promise<unknown> => typeof (value as Promise<unknown> | null)?.then === "function";

/**
 * Wraps every field that declares a personal-data rule (`@PersonName`, `@FreeText`) so its
 * value is de-identified for callers who do not see names, and every `@Sensitive` field so it
 * is masked unless the caller may read it. Synchronous for plain fields: a
 * list of a thousand rows costs no promise per masked field.
 */
export function applyPersonalDataRules(schema: GraphQLSchema): void {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith("__")) continue;
    for (const field of Object.values(type.getFields())) {
      const sensitive = field.extensions[SENSITIVE] as SensitiveKind | undefined;
      if (sensitive) revealOnlyWhereAllowed(field, sensitive);
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

/**
 * A `@Sensitive` field: masked unless the caller may read the row's personal data where the
 * row is (its entity's place), then shown in full and audited (`reveal`).
 */
function revealOnlyWhereAllowed(field: GraphQLField<unknown, Context>, kind: SensitiveKind): void {
  const inner: GraphQLFieldResolver<unknown, Context> = field.resolve ?? defaultFieldResolver;
  field.resolve = (source, args, ctx: Context, info) => {
    const value = inner(source, args, ctx, info) as string | string[] | number | null;
    if (value === null || value === undefined) return value;
    const type = NODE_TYPES.get(info.parentType.name);
    if (!type) throw new Error(`${info.parentType.name}.${info.fieldName} is sensitive, but its type is no entity's`);
    const entityId = (source as { id: string }).id;
    const place = placeOf(ctx, type.entity, source as object);
    return isPromise(place) ? place.then((p) => reveal(ctx, info, { kind, value, place: p, entityId })) : reveal(ctx, info, { kind, value, place, entityId });
  };
}
