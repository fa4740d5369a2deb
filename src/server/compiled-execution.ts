import type { GatewayExecutor, GatewayInterface } from "@apollo/server-gateway-interface";
import { execute, getOperationAST, GraphQLError, parse, printSchema, type DocumentNode, type ExecutionResult, type GraphQLSchema } from "graphql";
import { compileQuery, isCompiledQuery, type CompiledQuery } from "graphql-jit";

/**
 * Queries run as code compiled once per document (graphql-jit) instead of graphql-js walking
 * the document for every object of every list: on a page of a few hundred rows most of
 * graphql-js's time goes to per-field bookkeeping, which the compiled code does not have.
 * Resolvers, scalars, errors and results stay those of the same schema. Mutations, which
 * return single objects and must run their fields in order, keep graphql-js.
 *
 * Apollo Server takes a custom executor through its gateway interface: this "gateway"
 * serves the local schema and executes locally.
 */
/** graphql-jit's errors leave `extensions` undefined where graphql-js gives `{}`, which Apollo's error formatting relies on. */
function asGraphQLError(error: GraphQLError): GraphQLError {
  const normal = new GraphQLError(error.message, { path: error.path, originalError: error.originalError ?? undefined, extensions: error.extensions ?? {} });
  return Object.assign(normal, { locations: error.locations });
}

const SUBSCRIPTION_OVER_HTTP = "Subscriptions run over WebSocket: graphql-ws (subprotocol graphql-transport-ws) on this same /graphql URL";

/** The refusal of a subscription sent over HTTP. */
export const subscriptionOverHttp = () => new GraphQLError(SUBSCRIPTION_OVER_HTTP, { extensions: { code: "BAD_REQUEST" } });

/**
 * Whether an HTTP request's document runs a subscription, found before Apollo validates it:
 * graphql-js's validation of some subscriptions (a variable in a root `@include`) throws
 * instead of reporting, which Apollo would answer as an internal error. Only texts that
 * mention a subscription are parsed; one that does not parse is left to Apollo's error.
 */
export function isSubscriptionRequest(query: unknown, operationName: unknown): boolean {
  if (typeof query !== "string" || !query.includes("subscription")) return false;
  try {
    return getOperationAST(parse(query), typeof operationName === "string" ? operationName : undefined)?.operation === "subscription";
  } catch {
    return false;
  }
}

export function compiledExecution(schema: GraphQLSchema): GatewayInterface {
  // Apollo keeps one parsed document per distinct query text, so documents are stable keys.
  const compiled = new WeakMap<DocumentNode, Map<string, CompiledQuery | ExecutionResult>>();
  const compile = (document: DocumentNode, operationName: string | null): CompiledQuery | ExecutionResult => {
    let byName = compiled.get(document);
    if (!byName) compiled.set(document, (byName = new Map()));
    const key = operationName ?? "";
    let entry = byName.get(key);
    if (!entry) byName.set(key, (entry = compileQuery(schema, document, operationName ?? undefined)));
    return entry;
  };

  const executor: GatewayExecutor = async ({ document, operation, operationName, request, context }) => {
    const byGraphqlJs = () => execute({ schema, document, operationName, variableValues: request.variables, contextValue: context });
    // Apollo hands over an operation name the document lacks (or, for several operations, none) without an operation.
    if (!operation) {
      const asked = request.operationName;
      const message = asked ? `Unknown operation named "${asked}"` : "The document has several operations: name the one to run in operationName";
      return { errors: [new GraphQLError(message, { extensions: { code: "OPERATION_RESOLUTION_FAILURE" } })] };
    }
    if (operation.operation === "subscription") {
      return { errors: [subscriptionOverHttp()] };
    }
    if (operation.operation !== "query") return byGraphqlJs();
    const query = compile(document, operationName);
    if (!isCompiledQuery(query)) return query;
    const result = await query.query(undefined, context, request.variables ?? {});
    // Variables the compiled code refused: graphql-js says why in the scalar's own words.
    if (result.data === undefined && result.errors?.length) return byGraphqlJs();
    return result.errors ? { ...result, errors: result.errors.map(asGraphQLError) } : result;
  };

  return {
    load: async () => ({ executor }),
    onSchemaLoadOrUpdate(callback) {
      callback({ apiSchema: schema, coreSupergraphSdl: printSchema(schema) });
      return () => undefined;
    },
    stop: async () => undefined,
  };
}
