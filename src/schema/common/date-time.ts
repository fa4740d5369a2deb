import { GraphQLError, GraphQLScalarType, type ValueNode } from "graphql";
import { GraphQLISODateTime } from "type-graphql";

// Wide enough for any record a centre keeps, narrow enough for every database to store.
const EARLIEST = Date.UTC(1900, 0, 1);
const LATEST = Date.UTC(3000, 0, 1);

function inRange(value: unknown): Date {
  const date = value as Date;
  if (date.getTime() < EARLIEST || date.getTime() >= LATEST) {
    throw new GraphQLError(`DateTimeISO must lie between the years 1900 and 2999, got ${date.toISOString()}`, { extensions: { code: "BAD_USER_INPUT" } });
  }
  return date;
}

/** type-graphql's ISO date-time scalar, refusing years no source database can hold. */
export const DateTimeISO = new GraphQLScalarType({
  ...GraphQLISODateTime.toConfig(),
  // Every time a source reads is a valid Date: the common case skips the general validation.
  serialize: (value: unknown) => (value instanceof Date && !Number.isNaN(value.getTime()) ? value.toISOString() : GraphQLISODateTime.serialize(value)),
  parseValue: (value: unknown) => inRange(GraphQLISODateTime.parseValue(value)),
  parseLiteral: (ast: ValueNode, variables?: Record<string, unknown> | null) => inRange(GraphQLISODateTime.parseLiteral(ast, variables)),
});
