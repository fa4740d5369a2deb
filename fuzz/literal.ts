import { isEnumType, isInputObjectType, isListType, isNonNullType, type GraphQLInputType } from "graphql";

const NAME = /^[_A-Za-z][_0-9A-Za-z]*$/;

/**
 * A JSON value written as a GraphQL literal for `type`: enum values bare, input objects with
 * their fields' types. A value that does not fit the type (a hostile one) is written as the
 * nearest literal, for the server to refuse.
 */
export function literal(value: unknown, type: GraphQLInputType | undefined): string {
  const inner = type && isNonNullType(type) ? type.ofType : type;
  if (value === null || value === undefined) return "null";
  if (typeof value === "string") return inner && isEnumType(inner) && NAME.test(value) ? value : JSON.stringify(value);
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "0";
  if (typeof value === "boolean") return String(value);
  if (Array.isArray(value)) {
    const item = inner && isListType(inner) ? inner.ofType : undefined;
    return `[${value.map((v) => literal(v, item)).join(", ")}]`;
  }
  if (typeof value === "object") {
    const fields = inner && isInputObjectType(inner) ? inner.getFields() : {};
    const entries = Object.entries(value).filter(([k]) => NAME.test(k));
    return `{${entries.map(([k, v]) => `${k}: ${literal(v, fields[k]?.type)}`).join(", ")}}`;
  }
  return "null";
}
