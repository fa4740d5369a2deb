import { setTimeout as sleep } from "node:timers/promises";
import "reflect-metadata";
import { log } from "../observability/log.js";
import type { Config } from "../config.js";
import { CENTRE_NAMES, type CentreName } from "../config.js";
import { closeAll, migrateAll, openSourceDatabases, type SourceDatabases } from "../sources/index.js";
import { DepartmentGrants } from "../sources/registry/grants.js";
import { startEmbeddedPostgres, type EmbeddedCluster } from "./embedded-postgres.js";
import { createHttpApp, type HttpApp } from "./http.js";
import { loadPlayground } from "./playground.js";
import { startRetention } from "./retention.js";
import { attachWebSocket } from "./websocket.js";
import { ChangeFeed } from "../sources/common/change-feed.js";
import { LiveHub } from "../resolvers/live/hub.js";
import { commandsFor, createContext, type Services } from "../resolvers/context.js";
import { PUBLIC } from "../auth/identity.js";
import { createTokenVerifier } from "../auth/tokens.js";
import { AuditLog } from "../sources/registry/audit.js";
import { OperationAllowList } from "./allow-list.js";
import { RequestPolicy } from "./request-policy.js";
import { operationLimits } from "../auth/operation-limits.js";
import { createSchema } from "./schema.js";
import { originMatcher } from "./cors.js";

export interface RunningApi {
  http: HttpApp;
  /** The subscriptions' fan-out, for figures. */
  live: LiveHub;
  databases: SourceDatabases;
  url: string;
  /**
   * Stops gracefully (SIGTERM): refuses new connections and requests at once (/health answers
   * 503 "stopping"), closes every WebSocket with 1001, lets requests in flight finish for up
   * to the shutdown grace period and then cuts them, and closes the change feeds, the pools
   * and the embedded server. Calling it again returns the same promise.
   */
  stop(): Promise<void>;
}

const warn = (message: string) => log().warn(message);

/**
 * Connects the four sources (starting the embedded server when no URLs are configured),
 * migrates them, optionally loads demo data into an empty registry, and serves HTTP.
 */
export async function startApi(config: Config, hooks: { onEmptyDatabases?: (dbs: SourceDatabases) => Promise<void> } = {}): Promise<RunningApi> {
  let embedded: EmbeddedCluster | undefined;
  const configured = config.databaseUrls;
  const allSet = Object.values(configured).every(Boolean);
  if (!allSet && Object.values(configured).some(Boolean)) {
    throw new Error("Set all four of REGISTRY_, PARTY_, CIVIC_ and GOVERNANCE_DATABASE_URL, or none for the embedded PostgreSQL");
  }
  if (!allSet) embedded = await startEmbeddedPostgres({ dataDir: config.dataDir, port: config.embeddedPort });
  const urls = embedded ? embedded.urls : (configured as Record<keyof typeof configured, string>);
  const databases = openSourceDatabases(urls, { connectTimeoutMs: config.connectTimeoutMs, limits: config.sourceLimits });
  await migrateAll(databases);
  if (hooks.onEmptyDatabases) {
    const { rows } = await databases.registry.pool.query<{ n: number }>("SELECT count(*)::int AS n FROM divisions");
    if (rows[0]?.n === 0) await hooks.onEmptyDatabases(databases);
  }
  const feeds = Object.fromEntries(CENTRE_NAMES.map((name) => [name, new ChangeFeed(databases[name], { url: urls[name], onTrouble: warn })])) as Record<CentreName, ChangeFeed>;
  await Promise.all(Object.values(feeds).map((feed) => feed.start()));
  const live = new LiveHub(feeds, (scope) => createContext(services, { identity: PUBLIC, scope }), { maxQueue: config.subscriberQueue, stallMs: config.subscriberStallSeconds * 1000 });
  const services: Services = {
    commands: commandsFor(databases),
    databases,
    idSecret: config.idSecret,
    cityBounds: config.cityBounds,
    live,
    verifyToken: createTokenVerifier(config.auth),
    departmentGrants: new DepartmentGrants(databases.registry),
    auditLog: new AuditLog(databases.registry),
  };
  const schema = await createSchema();
  const policy = new RequestPolicy({
    schema,
    services,
    operationLimits: operationLimits(config.operationLimits),
    allowList: config.persistedOperations ? new OperationAllowList(config.persistedOperations) : null,
    production: config.production,
    rateLimit: config.rateLimit,
    trustProxy: config.trustProxy,
  });
  const allowedOrigin = originMatcher(config.corsOrigins);
  const http = await createHttpApp({ schema, services, policy, playground: config.playground ? await loadPlayground() : null, edge: config.edge, metrics: config.telemetry.metrics, allowedOrigin });
  const websocket = attachWebSocket(http.server, schema, services, policy, {
    maxPayloadBytes: config.edge.wsMaxPayloadBytes,
    connectionsPerClient: config.edge.wsConnectionsPerClient,
    trustProxy: config.trustProxy,
    allowedOrigin,
  });
  const retention = startRetention(databases, config);
  await new Promise<void>((resolve) => http.server.listen(config.port, config.host, resolve));
  const address = http.server.address();
  const port = typeof address === "object" && address ? address.port : config.port;
  let stopped: Promise<void> | undefined;
  return {
    http,
    databases,
    url: `http://${config.host === "0.0.0.0" ? "localhost" : config.host}:${port}/graphql`,
    live,
    stop: () =>
      (stopped ??= (async () => {
        // Both refuse new work at once (synchronously, before the first await) and share one grace period.
        await Promise.all([websocket.close(config.shutdownGraceMs), http.stop(config.shutdownGraceMs)]);
        await Promise.all(Object.values(feeds).map((feed) => feed.stop()));
        live.close();
        await retention.stop();
        // A pool waits for its clients to be released; one still held by a statement its dying
        // server never answers must not keep the process from ending.
        await Promise.race([closeAll(databases), sleep(config.shutdownGraceMs, undefined, { ref: false })]);
        await embedded?.stop();
      })()),
  };
}
