import type { IncomingMessage, Server } from "node:http";
import type { Duplex } from "node:stream";
import { execute, GraphQLError, type ExecutionArgs, type ExecutionResult, type FormattedExecutionResult, type GraphQLSchema } from "graphql";
import { CloseCode } from "graphql-ws";
import { useServer } from "graphql-ws/use/ws";
import { WebSocketServer, type WebSocket } from "ws";
import { createContext, type Context, type Services } from "../resolvers/context.js";
import { callerOf, purposeFrom } from "./caller.js";
import { AUDIT_FAILED, type RequestPolicy } from "./request-policy.js";
import { AuthenticationError, PUBLIC, type Identity } from "../auth/identity.js";
import { codeOf, formatError } from "./errors.js";
import { observeOperation } from "./request-telemetry.js";
import { SubscriptionGroups, type Delivery } from "./subscription-groups.js";
import { Outbox } from "./socket-outbox.js";
import { documentCache } from "./ws-documents.js";
import { dropTooSlow } from "../resolvers/live/entity-subscription.js";
import { clientAddress } from "./client-address.js";
import { upgradeOriginRefusal, type OriginMatcher } from "./cors.js";
/** A client dropped for reading too slowly gets this long to read its close frame before its socket is cut. */
const CLOSE_GRACE_MS = 10_000;

/** Closes with a reason the client reads after what is already queued; a client that never reads is cut off. */
function closeFirmly(socket: WebSocket, code: number, reason: string): void {
  socket.close(code, reason);
  const cut = setTimeout(() => socket.terminate(), CLOSE_GRACE_MS);
  cut.unref();
  socket.once("close", () => clearTimeout(cut));
}

type ConnectionParams = Record<string, unknown>;

/** Runs `run` at `time`, however far off (a timer's delay is at most about 24.8 days); returns a cancel. */
function at(time: Date, run: () => void): () => void {
  let timer: NodeJS.Timeout;
  const arm = () => {
    const left = time.getTime() - Date.now();
    timer = setTimeout(left > MAX_TIMER_MS ? arm : run, Math.max(0, Math.min(left, MAX_TIMER_MS)));
    timer.unref();
  };
  arm();
  return () => clearTimeout(timer);
}

const MAX_TIMER_MS = 2 ** 31 - 1;

/** A result's errors as clients see them (codes, no internals); undefined when it has none. */
function nextPayload(result: ExecutionResult): FormattedExecutionResult | undefined {
  return result.errors ? { ...result, errors: result.errors.map((e) => formatError(e.toJSON(), e)) } : undefined;
}

/** An operation's error codes for its telemetry (the errors themselves are formatted, and an internal one logged, when sent). */
const codesOf = (errors: readonly GraphQLError[]) => errors.map((e) => ({ message: "", extensions: { code: codeOf(e) } }));

/** Checks `connection_init`'s payload: only what HTTP headers carry (`authorization`, `x-purpose`). */
function paramsProblem(params: unknown): string | null {
  if (params === undefined || params === null) return null;
  if (typeof params !== "object" || Array.isArray(params)) return "connection parameters must be an object";
  for (const [key, value] of Object.entries(params)) {
    if (!["x-purpose", "authorization"].includes(key.toLowerCase())) return `unknown connection parameter "${key.slice(0, 40)}"`;
    if (typeof value !== "string" || value.length > 4096) return `connection parameter "${key}" must be a string`;
  }
  return null;
}

const paramOf = (params: Readonly<Record<string, unknown>> | undefined, name: string) =>
  Object.entries(params ?? {}).find(([key]) => key.toLowerCase() === name)?.[1];

/** What the WebSocket endpoint accepts from a client. */
export interface WebSocketLimits {
  /** Largest message, in bytes: beyond it the socket is closed with 1009. */
  maxPayloadBytes: number;
  /** Connections open at once from one client address: beyond it the upgrade is refused with HTTP 429. */
  connectionsPerClient: number;
  /** Whether the client's address is the first X-Forwarded-For entry (behind a trusted proxy). */
  trustProxy: boolean;
  /** Browser origins besides the API's own whose pages may open a socket (beyond them the upgrade is refused with HTTP 403). */
  allowedOrigin: OriginMatcher;
}

/** The close code and reason every socket gets when the server stops: the client reconnects, to another instance. */
export const GOING_AWAY = { code: 1001, reason: "server shutting down" } as const;

/** An HTTP answer written on a socket whose upgrade is refused. */
function refuseUpgrade(socket: Duplex, status: string, message: string, code: string): void {
  const body = JSON.stringify({ errors: [{ message, extensions: { code } }] });
  socket.end(`HTTP/1.1 ${status}\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`);
}

/**
 * GraphQL over WebSocket (the graphql-ws protocol) on the HTTP server's `/graphql`: queries,
 * mutations and subscriptions, each operation with its own context like an HTTP request.
 */
export function attachWebSocket(
  http: Server,
  schema: GraphQLSchema,
  services: Services,
  policy: RequestPolicy,
  limits: WebSocketLimits,
): { close(graceMs: number): Promise<void> } {
  // Uncompressed: shared results are framed once and written straight to the TCP socket,
  // which is only sound while ws writes each of its own frames whole (no deflate queue).
  const wss = new WebSocketServer({ noServer: true, maxPayload: limits.maxPayloadBytes, perMessageDeflate: false });
  const tcpSockets = new WeakMap<WebSocket, Duplex>();
  // Open connections per client address, counted from the upgrade until the TCP socket closes.
  const perClient = new Map<string, number>();
  let stopping = false;
  const upgrade = (request: IncomingMessage, socket: Duplex, head: Buffer) => {
    if (new URL(request.url ?? "/", "http://localhost").pathname !== "/graphql") {
      socket.end("HTTP/1.1 404 Not Found\r\nConnection: close\r\n\r\n");
      return;
    }
    if (stopping) return refuseUpgrade(socket, "503 Service Unavailable", "The server is shutting down; connect again, to another instance", "SHUTTING_DOWN");
    const wrongOrigin = upgradeOriginRefusal(request, limits.allowedOrigin);
    if (wrongOrigin) return refuseUpgrade(socket, "403 Forbidden", wrongOrigin, "FORBIDDEN");
    const client = clientAddress(request, limits.trustProxy);
    const open = perClient.get(client) ?? 0;
    if (open >= limits.connectionsPerClient) {
      const message = `Too many WebSocket connections from this client: at most ${limits.connectionsPerClient} at once; one connection carries any number of subscriptions`;
      return refuseUpgrade(socket, "429 Too Many Requests", message, "RATE_LIMITED");
    }
    perClient.set(client, open + 1);
    socket.once("close", () => {
      const left = (perClient.get(client) ?? 1) - 1;
      if (left > 0) perClient.set(client, left);
      else perClient.delete(client);
    });
    wss.handleUpgrade(request, socket, head, (ws) => {
      tcpSockets.set(ws, socket);
      wss.emit("connection", ws, request);
    });
  };
  http.on("upgrade", upgrade);

  // Who each operation's context counts against for the rate limit: its connection's token or address.
  const clients = new WeakMap<Context, { authorization: string | null; request: IncomingMessage }>();
  const refuseInadmissible = (args: ExecutionArgs) => {
    const context = args.contextValue as Context;
    const client = clients.get(context);
    const refused = (client !== undefined && policy.throttled(client.authorization, client.request)) || policy.refusal({ document: args.document, operationName: args.operationName, variables: args.variableValues }, context);
    return refused ? { errors: [refused] } : null;
  };
  // Shared subscription results go to a connection's outbox, created when it first needs one.
  const outboxes = new WeakMap<WebSocket, Outbox>();
  const outboxOf = (ws: WebSocket): Outbox | undefined => {
    let outbox = outboxes.get(ws);
    const tcp = tcpSockets.get(ws);
    if (!outbox && tcp && ws.readyState === ws.OPEN) {
      const created = new Outbox(tcp, () => ws.readyState === ws.OPEN);
      ws.once("close", () => created.close());
      outboxes.set(ws, created);
      outbox = created;
    }
    return outbox;
  };
  const operations = new WeakMap<Context, { id: string; ws: WebSocket }>();
  const groups = new SubscriptionGroups((caller) => createContext(services, caller), services.live.limits, dropTooSlow, {
    deliveryOf: (context): Delivery | undefined => {
      const operation = operations.get(context);
      const outbox = operation && outboxOf(operation.ws);
      return operation && outbox ? { id: operation.id, outbox } : undefined;
    },
    payloadOf: (result) => JSON.stringify(nextPayload(result) ?? result),
  });
  const identities = new WeakMap<WebSocket, Identity>();
  const server = useServer<ConnectionParams, { socket: WebSocket; request: IncomingMessage }>(
    {
      schema,
      ...documentCache(schema),
      // Over WebSocket too, an operation must be admissible for its caller before it runs.
      execute: (args) => observeOperation(args, () => refuseInadmissible(args) ?? execute(args), codesOf),
      subscribe: (args) => observeOperation(args, () => refuseInadmissible(args) ?? groups.subscribe(args), codesOf),
      onConnect: async (ctx) => {
        const { socket } = ctx.extra;
        const problem = paramsProblem(ctx.connectionParams);
        if (problem) {
          socket.close(CloseCode.BadRequest, problem);
          return false;
        }
        const authorization = paramOf(ctx.connectionParams, "authorization");
        try {
          const identity = await services.verifyToken(typeof authorization === "string" ? authorization : null);
          identities.set(socket, identity);
          // Checked once per connection, and again when the token runs out.
          if (identity.expiresAt) {
            const stop = at(identity.expiresAt, () => socket.close(CloseCode.Unauthorized, "Not authenticated: the token has expired"));
            socket.once("close", stop);
          }
          return true;
        } catch (error) {
          if (!(error instanceof AuthenticationError)) throw error;
          socket.close(CloseCode.Unauthorized, `Not authenticated: ${error.message}`);
          return false;
        }
      },
      // The token is checked per connection; the rows it sees (a department's grants) per operation.
      context: async (ctx, id) => {
        const context = createContext(
          services,
          {
            ...(await callerOf(services, identities.get(ctx.extra.socket) ?? PUBLIC)),
            purpose: purposeFrom(paramOf(ctx.connectionParams, "x-purpose")),
          },
          { close: (code, reason) => closeFirmly(ctx.extra.socket, code, reason) },
        );
        operations.set(context, { id, ws: ctx.extra.socket });
        const authorization = paramOf(ctx.connectionParams, "authorization");
        clients.set(context, { authorization: typeof authorization === "string" ? authorization : null, request: ctx.extra.request });
        return context;
      },
      onNext: async (_ctx, _id, _payload, args, result) => {
        // Personal data in an item is recorded before it is sent; unrecorded, it is not sent.
        if (!(await policy.recorded(args.contextValue as Context))) return { errors: [AUDIT_FAILED] };
        return nextPayload(result);
      },
      // Errors before execution: the document did not parse or validate (those carry no code
      // of their own, unlike over HTTP where Apollo adds one), or arguments were refused.
      onError: (_ctx, _id, _payload, errors) =>
        errors.map((e: GraphQLError) => {
          const formatted = e.toJSON();
          const coded = formatted.extensions?.code || e.originalError ? formatted : { ...formatted, extensions: { ...formatted.extensions, code: "GRAPHQL_VALIDATION_FAILED" } };
          return formatError(coded, e);
        }),
    },
    wss,
  );
  return {
    // Every socket is told to go away at once; those whose clients do not complete the
    // close within the grace period are cut, so the HTTP server can finish closing.
    close: async (graceMs) => {
      stopping = true;
      const open = [...wss.clients];
      for (const ws of open) ws.close(GOING_AWAY.code, GOING_AWAY.reason);
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([
        Promise.all(open.map((ws) => (ws.readyState === ws.CLOSED ? undefined : new Promise((resolve) => ws.once("close", resolve))))),
        new Promise((resolve) => (timer = setTimeout(resolve, graceMs))),
      ]);
      clearTimeout(timer);
      for (const ws of open) if (ws.readyState !== ws.CLOSED) ws.terminate();
      await server.dispose();
      groups.close();
      http.off("upgrade", upgrade);
    },
  };
}
