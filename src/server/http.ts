import { ApolloServer, HeaderMap } from "@apollo/server";
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from "@apollo/server/plugin/disabled";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { GraphQLFormattedError, GraphQLSchema } from "graphql";
import type { EdgeLimits } from "../config.js";
import { createContext, type Context, type Services } from "../resolvers/context.js";
import { withQueryStats, type QueryStats } from "../sources/common/query-stats.js";
import { eachSource, type SourceDatabases } from "../sources/index.js";
import { identify, purposeFrom } from "./caller.js";
import { AUDIT_FAILED, type RequestPolicy } from "./request-policy.js";
import { formatError } from "./errors.js";
import { compiledExecution, isSubscriptionRequest, subscriptionOverHttp } from "./compiled-execution.js";
import type { Playground } from "./playground.js";
import { HttpDrain } from "./drain.js";
import { scrape } from "../observability/metrics.js";
import { withTelemetry, type RequestTelemetry } from "./request-telemetry.js";
import { applyCors, type OriginMatcher } from "./cors.js";

type RequestContext = Context & { queryStats?: QueryStats; telemetry?: RequestTelemetry };

export interface HttpApp {
  server: Server;
  apollo: ApolloServer<RequestContext>;
  /** Whether stopping has begun (requests are refused with SHUTTING_DOWN, /health answers "stopping"). */
  readonly stopping: boolean;
  /**
   * Stops accepting at once and lets requests in flight finish for up to `graceMs`, then
   * destroys the connections left; true when none had to be.
   */
  stop(graceMs: number): Promise<boolean>;
}

/** What a request gets once the server is stopping: a load balancer or client sends it to another instance. */
const SHUTTING_DOWN = JSON.stringify({
  errors: [{ message: "The server is shutting down; send the request again, to another instance", extensions: { code: "SHUTTING_DOWN" } }],
});

/** The HTTP server: GraphQL on /graphql (POST and GET), the playground for browsers on GET /graphql and /ide/, health on /health. */
export async function createHttpApp(options: {
  schema: GraphQLSchema;
  services: Services;
  policy: RequestPolicy;
  playground: Playground | null;
  edge: Pick<EdgeLimits, "maxBodyBytes" | "headersTimeoutMs" | "requestTimeoutMs">;
  /** Whether GET /metrics serves the Prometheus metrics. */
  metrics: boolean;
  /** Origins whose pages may call /graphql from a browser (CORS). */
  allowedOrigin: OriginMatcher;
}): Promise<HttpApp> {
  const { policy, playground, edge } = options;
  const apollo = new ApolloServer<RequestContext>({
    gateway: compiledExecution(options.schema),
    formatError,
    // Refuses "simple" cross-site requests (forms, GETs without a custom header) that a browser sends with the user's cookies.
    csrfPrevention: true,
    includeStacktraceInErrorResponses: false,
    // Compact JSON: Apollo's default indents every response, a third more bytes to build and send.
    stringifyResult: (result) => JSON.stringify(result),
    introspection: true,
    // The process stops the API itself on SIGTERM (draining first); Apollo's own handlers, on
    // outside tests, stopped Apollo under the drain and held the stop until the deadline.
    stopOnTerminationSignals: false,
    plugins: [
      // No cache hints are used; without a per-field plugin hook Apollo skips wrapping every resolver.
      ApolloServerPluginCacheControlDisabled(),
      // Browsers get the playground below, served from this origin; Apollo's page loads from CDNs.
      ApolloServerPluginLandingPageDisabled(),
      {
        // Unmasked personal data is recorded before it leaves; `X-Query-Stats: 1` adds
        // per-source statement counts and times to the response.
        async requestDidStart() {
          return {
            async didResolveOperation({ contextValue, document, request, operation }) {
              if (operation) contextValue.telemetry?.named(operation.operation, request.operationName ?? operation.name?.value);
              const refused = policy.refusal({ document, operationName: request.operationName, variables: request.variables }, contextValue);
              if (refused) throw refused;
            },
            async willSendResponse({ contextValue, response }) {
              if (!(await policy.recorded(contextValue)) && response.body.kind === "single") {
                response.body.singleResult = { errors: [AUDIT_FAILED] };
                response.http.status = 503;
              }
              if (response.body.kind === "single") contextValue.telemetry?.answered(response.body.singleResult.errors, response.body.singleResult.data);
              if (contextValue.queryStats && response.body.kind === "single") {
                const stats = Object.fromEntries(Object.entries(contextValue.queryStats).map(([s, v]) => [s, { statements: v.statements, milliseconds: Math.round(v.milliseconds * 100) / 100 }]));
                response.body.singleResult.extensions = { ...response.body.singleResult.extensions, queryStats: stats };
              }
            },
          };
        },
      },
    ],
  });
  await apollo.start();

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? "/", "http://localhost");
    if (options.metrics && url.pathname === "/metrics" && req.method === "GET") {
      const { contentType, body } = await scrape();
      return send(res, 200, { "content-type": contentType }, body);
    }
    // Requests that arrive while stopping (on a connection opened before) go elsewhere; /health takes the instance out of a load balancer.
    if (drain.stopping) {
      if (url.pathname === "/health") return send(res, 503, { "content-type": "application/json" }, JSON.stringify({ status: "stopping" }));
      return send(res, 503, { "content-type": "application/json" }, SHUTTING_DOWN);
    }
    if (url.pathname === "/health") return health(res, options.services.databases);
    if (playground && req.method === "GET") {
      const served = url.pathname.startsWith("/ide/")
        ? playground.asset(url.pathname.slice("/ide/".length), req.headers["accept-encoding"], req.headers["if-none-match"])
        : url.pathname === "/graphql" && !url.search && wantsHtml(req.headers.accept)
          ? playground.page(req.headers["accept-encoding"])
          : null;
      if (served) {
        res.writeHead(served.status, served.headers);
        return void res.end(served.body);
      }
    }
    if (url.pathname !== "/graphql") return send(res, 404, { "content-type": "application/json" }, JSON.stringify({ error: "Not found; GraphQL is served at /graphql" }));
    // Pages on allowed origins: their preflight is answered here, their answers below carry the CORS headers.
    if (applyCors(req, res, options.allowedOrigin)) return;
    await withTelemetry("http", req.headers, async (telemetry) => {
      res.setHeader("x-request-id", telemetry.id);
      const status = await graphqlRequest(req, res, url, telemetry);
      telemetry.finish(status);
    });
  };

  /** Answers one GraphQL request; returns the HTTP status sent. */
  const graphqlRequest = async (req: IncomingMessage, res: ServerResponse, url: URL, telemetry: RequestTelemetry): Promise<number> => {
    /** A refusal made here, before Apollo: its one error is the answer and the telemetry's. */
    const refuse = (status: number, error: GraphQLFormattedError, headers: Record<string, string> = {}): number => {
      telemetry.answered([error], undefined);
      return send(res, status, { "content-type": "application/json", ...headers }, JSON.stringify({ errors: [error] }));
    };
    const throttled = policy.throttled(req.headers.authorization, req);
    if (throttled) return refuse(429, throttled.toJSON(), { "retry-after": String(throttled.extensions.retryAfter) });
    const body = req.method === "POST" ? await readBody(req, edge.maxBodyBytes) : undefined;
    if (body === null) {
      // The rest of the body is not read: the connection cannot carry another request.
      const message = `Request body too large: at most ${edge.maxBodyBytes} bytes; send a smaller document or variables`;
      return refuse(413, { message, extensions: { code: "BAD_REQUEST", maxBodyBytes: edge.maxBodyBytes } }, { connection: "close" });
    }
    const fields = typeof body === "object" && body !== null ? (body as Record<string, unknown>) : undefined;
    const [query, operationName] = req.method === "POST" ? [fields?.query, fields?.operationName] : [url.searchParams.get("query"), url.searchParams.get("operationName")];
    if (isSubscriptionRequest(query, operationName)) return refuse(400, subscriptionOverHttp().toJSON());
    const headers = new HeaderMap();
    for (const [name, value] of Object.entries(req.headers)) if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(", ") : value);
    const wantsStats = headers.get("x-query-stats") === "1";
    const queryStats: QueryStats | undefined = wantsStats ? {} : undefined;
    const execute = () =>
      apollo.executeHTTPGraphQLRequest({
        httpGraphQLRequest: { method: req.method ?? "GET", headers, search: url.search, body },
        context: async () =>
          Object.assign(createContext(options.services, { ...(await identify(options.services, headers.get("authorization"))), purpose: purposeFrom(headers.get("x-purpose")) }), { queryStats, telemetry }),
      });
    // Counting rides on AsyncLocalStorage, whose promise hooks cost CPU: only requests that ask pay.
    const result = await (queryStats ? withQueryStats(queryStats, execute) : execute());
    const outHeaders = Object.fromEntries(result.headers);
    const status = result.status ?? 200;
    if (result.body.kind === "complete") {
      // Refusals Apollo makes before any plugin runs (a body that is not JSON, CSRF) carry their codes only in the text.
      if (status >= 400) telemetry.answeredUnlessKnown(result.body.string);
      return send(res, status, outHeaders, result.body.string);
    }
    res.writeHead(status, outHeaders);
    for await (const chunk of result.body.asyncIterator) res.write(chunk);
    res.end();
    return status;
  };

  const server = createServer(
    {
      // Slow clients (headers or body trickled in) get 408 and their socket closed. Node
      // requires the headers' timeout to be within the whole request's.
      headersTimeout: Math.min(edge.headersTimeoutMs, edge.requestTimeoutMs),
      requestTimeout: edge.requestTimeoutMs,
      // Node checks those timeouts every 30 s by default, which would let short ones run several times over.
      connectionsCheckingInterval: Math.max(50, Math.min(30_000, Math.floor(Math.min(edge.headersTimeoutMs, edge.requestTimeoutMs) / 4))),
    },
    (req, res) => {
      drain.track(res);
      handle(req, res).catch(() => {
        if (!res.headersSent) send(res, 500, { "content-type": "application/json" }, JSON.stringify({ errors: [{ message: "Internal server error", extensions: { code: "INTERNAL_SERVER_ERROR" } }] }));
        else res.end();
      });
    },
  );
  const drain = new HttpDrain(server);
  return {
    server,
    apollo,
    get stopping() {
      return drain.stopping;
    },
    stop: async (graceMs) => {
      const clean = await drain.stop(graceMs);
      await apollo.stop();
      return clean;
    },
  };
}

/** A browser navigating to the page: it asks for HTML before JSON. */
const wantsHtml = (accept: string | undefined): boolean => /\btext\/html\b/.test(accept ?? "");

function send(res: ServerResponse, status: number, headers: Record<string, string>, body: string): number {
  res.writeHead(status, headers);
  res.end(body);
  return status;
}

/** The parsed JSON body, or the raw text when it is not JSON (Apollo answers that with a 400); null when larger than `maxBytes`. */
function readBody(req: IncomingMessage, maxBytes: number): Promise<unknown> {
  // A declared length over the limit is refused before a byte of the body is read.
  if (Number(req.headers["content-length"] ?? 0) > maxBytes) return Promise.resolve(null);
  // Events rather than `for await`: leaving that loop early destroys the socket, and the 413 with it.
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size <= maxBytes) return void chunks.push(chunk);
      req.off("data", onData).off("end", onEnd).pause();
      resolve(null);
    };
    const onEnd = () => {
      const text = Buffer.concat(chunks).toString("utf8");
      try {
        resolve(JSON.parse(text));
      } catch {
        resolve(text);
      }
    };
    req.on("data", onData).once("end", onEnd).once("error", reject);
  });
}

async function health(res: ServerResponse, databases: SourceDatabases): Promise<void> {
  const checks = await Promise.all(eachSource(databases).map((db) => db.ping().then(() => [db.name, "up"] as const, () => [db.name, "down"] as const)));
  const up = checks.every(([, state]) => state === "up");
  send(res, up ? 200 : 503, { "content-type": "application/json" }, JSON.stringify({ status: up ? "ok" : "degraded", sources: Object.fromEntries(checks) }));
}
