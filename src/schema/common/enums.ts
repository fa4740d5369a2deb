import { registerEnumType } from "type-graphql";

/** A GraphQL enum object built from a drizzle pgEnum's values, so the two never drift. */
export function graphqlEnum<const V extends string>(
  name: string,
  values: readonly V[],
  description: string,
  valueDescriptions: Record<V, string>,
): { [K in V]: K } {
  const enumObject = Object.fromEntries(values.map((v) => [v, v])) as { [K in V]: K };
  registerEnumType(enumObject, {
    name,
    description,
    valuesConfig: Object.fromEntries(values.map((v) => [v, { description: valueDescriptions[v] }])) as Record<V, { description: string }>,
  });
  return enumObject;
}
