import { log } from "../observability/log.js";
import { GraphQLError, type GraphQLFormattedError } from "graphql";
import { CommandError, SourceUnavailableError } from "../sources/common/errors.js";

const CLIENT_CODES = new Set([
  "BAD_USER_INPUT",
  "NOT_FOUND",
  "UNAUTHENTICATED",
  "FORBIDDEN",
  "CONFLICT",
  "QUERY_TOO_COMPLEX",
  "RATE_LIMITED",
  "GRAPHQL_PARSE_FAILED",
  "GRAPHQL_VALIDATION_FAILED",
  "BAD_REQUEST",
  "PERSISTED_QUERY_NOT_FOUND",
  "PERSISTED_QUERY_NOT_SUPPORTED",
  "OPERATION_RESOLUTION_FAILURE",
]);

/** The first SourceUnavailableError or CommandError in the cause chain (GraphQL and drizzle both wrap errors), else the innermost GraphQL cause. */
function rootCause(error: unknown): unknown {
  let current = error;
  while (current instanceof GraphQLError && current.originalError) current = current.originalError;
  for (let e: unknown = current; e instanceof Error; e = e.cause) if (e instanceof SourceUnavailableError || e instanceof CommandError) return e;
  return current;
}

/** What a client sees of an error: our codes and messages, never SQL text or a stack trace. */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const view = clientView(formatted, error);
  if (view) return view;
  // The client gets a generic message; the operator's log gets the cause.
  const cause = rootCause(error);
  log().error({ path: formatted.path?.join("."), error: cause instanceof Error ? { name: cause.name, message: cause.message, stack: cause.stack } : String(cause) }, "internal error");
  return { message: "Internal server error", path: formatted.path, locations: formatted.locations, extensions: { code: "INTERNAL_SERVER_ERROR" } };
}

/** The code a client sees for an error, found without logging it. */
export const codeOf = (error: GraphQLError): string => String(clientView(error.toJSON(), error)?.extensions?.code ?? "INTERNAL_SERVER_ERROR");

/** An error as the client may see it; null when it is the API's own failure. */
function clientView(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError | null {
  const cause = rootCause(error);
  if (cause instanceof SourceUnavailableError) {
    return { message: cause.message, path: formatted.path, locations: formatted.locations, extensions: { code: "SOURCE_UNAVAILABLE", source: cause.source, reason: cause.reason } };
  }
  if (cause instanceof CommandError) {
    return { message: cause.message, path: formatted.path, locations: formatted.locations, extensions: { code: cause.code, ...cause.details } };
  }
  const code = formatted.extensions?.code;
  // Apollo's own refusals of a request before it runs (a persisted query's hash that does not
  // match its text) carry a 4xx status but no code of their own, so Apollo labels them internal.
  const status = error instanceof GraphQLError ? (error.extensions?.http as { status?: number } | undefined)?.status : undefined;
  if ((code === undefined || code === "INTERNAL_SERVER_ERROR") && status !== undefined && status >= 400 && status < 500) {
    return { message: formatted.message, locations: formatted.locations, extensions: { code: "BAD_REQUEST" } };
  }
  // graphql-js's own refusal of a variable's value (`Variable "$x" got invalid value …`): Apollo
  // labels it BAD_USER_INPUT over HTTP, but over WebSocket it arrives without a code.
  if (code === undefined && error instanceof GraphQLError && error.path === undefined && /^Variable "\$\w+" /.test(error.message)) {
    return { message: formatted.message, locations: formatted.locations, extensions: { code: "BAD_USER_INPUT" } };
  }
  if (typeof code === "string" && CLIENT_CODES.has(code)) {
    // `http` only tells the server which status to answer with.
    const { stacktrace: _s, http: _h, ...extensions } = formatted.extensions ?? {};
    return { ...formatted, extensions };
  }
  return null;
}
