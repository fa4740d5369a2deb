/** Runtime configuration, read once from the environment. */
import { join } from "node:path";
import { projectRoot } from "./paths.js";

/** The centres, each with its own database: the one list of them (each has its connector in `sources/<name>/`). */
export const CENTRE_NAMES = ["party", "civic", "governance"] as const;
export type CentreName = (typeof CENTRE_NAMES)[number];

export const SOURCE_NAMES = ["registry", ...CENTRE_NAMES] as const;
/** A database the API reads: the centres plus the API's own registry. */
export type SourceName = (typeof SOURCE_NAMES)[number];

export interface Config {
  host: string;
  port: number;
  /** Connection string per source; undefined means "use the embedded server". */
  databaseUrls: Record<SourceName, string | undefined>;
  /** Where the embedded PostgreSQL keeps its files. */
  dataDir: string;
  embeddedPort: number;
  /** Key for the opaque Person ids (they wrap the national ID number, encrypted). */
  idSecret: string;
  /** Demo data scale loaded on first start of an empty database. */
  seedScale: number;
  /** Milliseconds a source gets to hand out a connection before it counts as unavailable. */
  connectTimeoutMs: number;
  /** How long a write's idempotency key is honoured, in hours. */
  idempotencyHours: number;
  /** How long the change log keeps changes for resuming subscriptions, in days. */
  changeLogDays: number;
  /** Changes a subscription holds in memory; beyond that it reads the change log instead. */
  subscriberQueue: number;
  /** Seconds a subscriber that is behind may go without taking a change before it is dropped. */
  subscriberStallSeconds: number;
  /** The city's extent: reported locations outside it are refused. */
  cityBounds: CityBounds;
  /** How bearer tokens are verified. */
  auth: AuthConfig;
  /** Depth and cost limits of one operation set for some roles (by role name); the others keep their defaults. */
  operationLimits: Readonly<Record<string, Partial<OperationLimit>>>;
  /** Behind a reverse proxy: a client's address is the first X-Forwarded-For entry (for the rate limit and the WebSocket connection count). */
  trustProxy: boolean;
  /** Requests per client (token, or address without one); null when unlimited. */
  rateLimit: RateLimit | null;
  /** Folder of `*.graphql` operations that alone may run without a token; null when any may. */
  persistedOperations: string | null;
  /** Whether GET /graphql from a browser serves the GraphQL playground (GraphiQL from the API's own origin). */
  playground: boolean;
  /** How each source's pool guards against a slow database. */
  sourceLimits: SourceLimits;
  /** What the HTTP and WebSocket edge accepts from a client. */
  edge: EdgeLimits;
  /** Milliseconds SIGTERM waits for requests in flight before closing them. */
  shutdownGraceMs: number;
  /** Metrics, traces and logs. */
  telemetry: TelemetryConfig;
  /**
   * Origins whose browser pages may call the API (CORS) and open its WebSocket: exact
   * origins (`https://portal.example.gov.cn`), `https://*.example.gov.cn` for any subdomain,
   * `http://localhost:*` for any port. Validated and lower-cased.
   */
  corsOrigins: readonly string[];
  production: boolean;
}

/** Per-source bounds: a slow source holds no more than its share of the API. */
export interface SourceLimits {
  /** Connections the API opens to each source. */
  connections: number;
  /** Statements that may wait for a connection; beyond that a request fails at once with SOURCE_UNAVAILABLE. */
  queue: number;
  /** Milliseconds a statement may wait for a connection before it fails with SOURCE_UNAVAILABLE. */
  queueTimeoutMs: number;
  /** Milliseconds PostgreSQL lets one statement run (`statement_timeout`). */
  statementTimeoutMs: number;
}

/** Limits at the edge, against oversized and slow clients. */
export interface EdgeLimits {
  /** Largest request body, in bytes (413 beyond). */
  maxBodyBytes: number;
  /** Milliseconds a client has to send its request headers. */
  headersTimeoutMs: number;
  /** Milliseconds a client has to send its whole request. */
  requestTimeoutMs: number;
  /** Largest WebSocket message, in bytes (the socket is closed with 1009 beyond). */
  wsMaxPayloadBytes: number;
  /** WebSocket connections open at once from one client address. */
  wsConnectionsPerClient: number;
}

export interface TelemetryConfig {
  /** Whether GET /metrics serves Prometheus metrics. */
  metrics: boolean;
  /** OTLP/HTTP traces endpoint (e.g. http://collector:4318/v1/traces); null: no traces are exported. */
  otlpTracesUrl: string | null;
  /** pino level of the JSON logs on standard output. */
  logLevel: string;
}

/** How deep and how costly one operation may be. */
export interface OperationLimit {
  depth: number;
  cost: number;
}

/** Requests per second each client may make on average, and how many it may send at once. */
export interface RateLimit {
  perSecond: number;
  burst: number;
}

export interface AuthConfig {
  /** HS256 secret for development tokens; not accepted when a JWKS is configured. */
  secret: string;
  /** Path or URL of a JWKS with the RS256/ES256 keys tokens are signed with (production). */
  jwks: string | null;
  issuer: string;
  audience: string;
}

/** A latitude/longitude box (WGS-84). */
export interface CityBounds {
  minLat: number;
  minLng: number;
  maxLat: number;
  maxLng: number;
}

// The demo city's extent, with a margin.
const DEFAULT_CITY_BOUNDS = "31.2,111.7,32.2,112.8";

function bounds(env: NodeJS.ProcessEnv): CityBounds {
  const raw = env.GONGZHI_CITY_BOUNDS || DEFAULT_CITY_BOUNDS;
  const parts = raw.split(",").map(Number);
  const [minLat = NaN, minLng = NaN, maxLat = NaN, maxLng = NaN] = parts;
  if (parts.length !== 4 || !(minLat < maxLat && minLng < maxLng)) {
    throw new Error(`GONGZHI_CITY_BOUNDS must be "minLat,minLng,maxLat,maxLng", got "${raw}"`);
  }
  return { minLat, minLng, maxLat, maxLng };
}

function int(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === "") return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0) throw new Error(`${name} must be a non-negative integer, got "${raw}"`);
  return value;
}

function onOff(env: NodeJS.ProcessEnv, name: string, fallback: boolean): boolean {
  const raw = env[name];
  if (raw === undefined || raw === "") return fallback;
  if (raw !== "on" && raw !== "off") throw new Error(`${name} must be on or off, got "${raw}"`);
  return raw === "on";
}

function atLeastOne(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const value = int(env, name, fallback);
  if (value < 1) throw new Error(`${name} must be at least 1, got ${value}`);
  return value;
}

/** `GONGZHI_MAX_DEPTH_<ROLE>` and `GONGZHI_MAX_COST_<ROLE>`, by role name. */
function operationLimits(env: NodeJS.ProcessEnv): Record<string, Partial<OperationLimit>> {
  const limits: Record<string, Partial<OperationLimit>> = {};
  for (const [name, raw] of Object.entries(env)) {
    const match = /^GONGZHI_MAX_(DEPTH|COST)_([A-Z_]+)$/.exec(name);
    if (!match || raw === undefined || raw === "") continue;
    if (!/^[1-9]\d{0,8}$/.test(raw)) throw new Error(`${name} must be a positive integer, got "${raw}"`);
    const role = (match[2] as string).toLowerCase();
    limits[role] = { ...limits[role], [match[1] === "DEPTH" ? "depth" : "cost"]: Number(raw) };
  }
  return limits;
}

function persistedOperations(env: NodeJS.ProcessEnv): string | null {
  const mode = env.GONGZHI_PERSISTED_OPERATIONS || "off";
  if (mode === "off") return null;
  if (mode !== "strict") throw new Error(`GONGZHI_PERSISTED_OPERATIONS must be "off" or "strict", got "${mode}"`);
  return env.GONGZHI_OPERATIONS_DIR || join(projectRoot, "examples");
}

function authConfig(env: NodeJS.ProcessEnv, production: boolean): AuthConfig {
  const jwks = env.GONGZHI_JWT_JWKS || null;
  const secret = env.GONGZHI_JWT_SECRET || (production ? "" : "gongzhi-development-jwt-secret");
  if (!jwks && !secret) throw new Error("Set GONGZHI_JWT_JWKS (or GONGZHI_JWT_SECRET) in production");
  if (secret && secret.length < 32 && production) throw new Error("GONGZHI_JWT_SECRET must be at least 32 characters");
  return { secret, jwks, issuer: env.GONGZHI_JWT_ISSUER || "gongzhi", audience: env.GONGZHI_JWT_AUDIENCE || "gongzhi-api" };
}

// scheme://host[:port]: a host may start with `*.` (one or more labels) and the port may be `*` (any, the default included).
const ORIGIN_PATTERN = /^https?:\/\/(\*\.)?([a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*|\[[0-9a-f:.]+\])(:([0-9]{1,5}|\*))?$/;

/** `GONGZHI_CORS_ORIGINS`: a comma-separated list, or `none`; outside production, any port of localhost by default. */
function corsOrigins(env: NodeJS.ProcessEnv, production: boolean): string[] {
  const raw = env.GONGZHI_CORS_ORIGINS?.trim();
  if (!raw) return production ? [] : ["http://localhost:*", "http://127.0.0.1:*"];
  if (raw === "none") return [];
  return raw.split(",").map((entry) => {
    const origin = entry.trim().toLowerCase();
    const port = /:([0-9]+)$/.exec(origin)?.[1];
    const problem =
      origin === "*" || origin === "null"
        ? "list the origins allowed; there is no wildcard for every origin"
        : !ORIGIN_PATTERN.test(origin)
          ? "an origin is scheme://host[:port] with http or https, no path and no trailing slash; `*.` may start the host, `*` may be the port"
          : port !== undefined && !(Number(port) >= 1 && Number(port) <= 65535)
            ? "a port is 1 to 65535"
            : null;
    if (problem) throw new Error(`GONGZHI_CORS_ORIGINS: "${entry.trim()}" is not an origin: ${problem}`);
    return origin;
  });
}

const LOG_LEVELS = ["fatal", "error", "warn", "info", "debug", "trace", "silent"];

function logLevel(env: NodeJS.ProcessEnv): string {
  const level = env.GONGZHI_LOG_LEVEL || "info";
  if (!LOG_LEVELS.includes(level)) throw new Error(`GONGZHI_LOG_LEVEL must be one of ${LOG_LEVELS.join(", ")}, got "${level}"`);
  return level;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const production = env.NODE_ENV === "production";
  const idSecret = env.GONGZHI_ID_SECRET ?? (production ? undefined : "gongzhi-development-id-secret");
  if (!idSecret) throw new Error("GONGZHI_ID_SECRET must be set in production");
  return {
    host: env.HOST ?? "0.0.0.0",
    port: int(env, "PORT", 4000),
    databaseUrls: Object.fromEntries(SOURCE_NAMES.map((source) => [source, env[`${source.toUpperCase()}_DATABASE_URL`] || undefined])) as Record<SourceName, string | undefined>,
    dataDir: env.GONGZHI_DATA_DIR ?? ".data/postgres",
    embeddedPort: int(env, "GONGZHI_EMBEDDED_PG_PORT", 54320),
    idSecret,
    seedScale: int(env, "GONGZHI_SEED_SCALE", 1),
    connectTimeoutMs: int(env, "GONGZHI_CONNECT_TIMEOUT_MS", 2000),
    idempotencyHours: atLeastOne(env, "GONGZHI_IDEMPOTENCY_HOURS", 72),
    changeLogDays: atLeastOne(env, "GONGZHI_CHANGE_LOG_DAYS", 7),
    subscriberQueue: atLeastOne(env, "GONGZHI_SUBSCRIBER_QUEUE", 1000),
    subscriberStallSeconds: atLeastOne(env, "GONGZHI_SUBSCRIBER_STALL_SECONDS", 10),
    cityBounds: bounds(env),
    auth: authConfig(env, production),
    operationLimits: operationLimits(env),
    persistedOperations: persistedOperations(env),
    playground: onOff(env, "GONGZHI_PLAYGROUND", true),
    sourceLimits: {
      connections: atLeastOne(env, "GONGZHI_SOURCE_CONNECTIONS", 10),
      queue: atLeastOne(env, "GONGZHI_SOURCE_QUEUE", 200),
      queueTimeoutMs: atLeastOne(env, "GONGZHI_SOURCE_QUEUE_TIMEOUT_MS", 5000),
      statementTimeoutMs: atLeastOne(env, "GONGZHI_STATEMENT_TIMEOUT_MS", 10_000),
    },
    edge: {
      maxBodyBytes: atLeastOne(env, "GONGZHI_MAX_BODY_BYTES", 1_000_000),
      headersTimeoutMs: atLeastOne(env, "GONGZHI_HEADERS_TIMEOUT_MS", 10_000),
      requestTimeoutMs: atLeastOne(env, "GONGZHI_REQUEST_TIMEOUT_MS", 30_000),
      wsMaxPayloadBytes: atLeastOne(env, "GONGZHI_WS_MAX_PAYLOAD_BYTES", 102_400),
      wsConnectionsPerClient: atLeastOne(env, "GONGZHI_WS_CONNECTIONS_PER_CLIENT", 50),
    },
    shutdownGraceMs: int(env, "GONGZHI_SHUTDOWN_GRACE_MS", 10_000),
    telemetry: {
      metrics: onOff(env, "GONGZHI_METRICS", true),
      otlpTracesUrl: env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT || (env.OTEL_EXPORTER_OTLP_ENDPOINT ? `${env.OTEL_EXPORTER_OTLP_ENDPOINT.replace(/\/$/, "")}/v1/traces` : null),
      logLevel: logLevel(env),
    },
    corsOrigins: corsOrigins(env, production),
    rateLimit:
      int(env, "GONGZHI_RATE_LIMIT", 50) === 0
        ? null
        : { perSecond: int(env, "GONGZHI_RATE_LIMIT", 50), burst: atLeastOne(env, "GONGZHI_RATE_BURST", 200) },
    trustProxy: env.GONGZHI_TRUST_PROXY === "1",
    production,
  };
}
