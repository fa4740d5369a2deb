import { GraphQLError } from "graphql";

/**
 * The errors resolvers raise, one helper per kind, so each carries the same extensions
 * everywhere. Mutation inputs have their own, naming the input field: `badInput` in
 * `input-validation.ts`; a source's refusals arrive as `CommandError`s.
 */

/** BAD_USER_INPUT naming the query argument at fault (`after`, `filter.text`, `near.lat`…). */
export const badArgument = (argument: string, message: string, extensions: Record<string, unknown> = {}): GraphQLError =>
  new GraphQLError(message, { extensions: { code: "BAD_USER_INPUT", argument, ...extensions } });

/** NOT_FOUND: a row that does not exist, or that the caller may not see (the same words for both). */
export const notFound = (what: string): GraphQLError => new GraphQLError(`${what} not found`, { extensions: { code: "NOT_FOUND" } });

/** FORBIDDEN: the caller may not do this. */
export const forbidden = (message: string, extensions: Record<string, unknown> = {}): GraphQLError => new GraphQLError(message, { extensions: { code: "FORBIDDEN", ...extensions } });

/** UNAUTHENTICATED: this needs a (valid) token. */
export const unauthenticated = (message: string): GraphQLError => new GraphQLError(message, { extensions: { code: "UNAUTHENTICATED" } });
