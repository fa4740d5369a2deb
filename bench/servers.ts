/**
 * The servers under test, each in its own process on its own port: the API (compiled, this
 * checkout or a baseline's), the floor (bench/floor-server.ts, compiled) and the optional peer.
 */
import { existsSync } from "node:fs";
import { join, resolve } from "node:path";
import type { SourceName } from "../src/config.js";
import { projectRoot } from "../src/paths.js";
import { onCleanup } from "./cleanup.js";
import { freePort } from "./databases.js";
import { postgraphileServer } from "./peer/postgraphile.js";
import { log } from "./report.js";
import { ServerProcess } from "./server-process.js";

const HOST = "127.0.0.1";

const databaseEnv = (urls: Record<SourceName, string>) => ({
  REGISTRY_DATABASE_URL: urls.registry,
  PARTY_DATABASE_URL: urls.party,
  CIVIC_DATABASE_URL: urls.civic,
  GOVERNANCE_DATABASE_URL: urls.governance,
});

async function started(server: Promise<ServerProcess>): Promise<ServerProcess> {
  const running = await server;
  onCleanup(running.label, () => running.stop());
  log(`${running.label} (pid ${running.pid}) listening on ${running.url}`);
  return running;
}

/** The compiled process entry of a checkout: `dist/src/main.js`, or where versions before it kept it. */
export function apiEntryOf(checkout: string): string | undefined {
  return [join(checkout, "dist", "src", "main.js"), join(checkout, "dist", "src", "server", "main.js")].find((file) => existsSync(file));
}

/**
 * The API of a checkout, compiled, with the rate limit off: the bench is one client sending as
 * fast as it can. `env` adds to (or overrides) its environment.
 */
export async function startApiServer(label: string, checkout: string, urls: Record<SourceName, string>, env: Record<string, string> = {}): Promise<ServerProcess> {
  const port = await freePort(50000, 6000);
  const script = apiEntryOf(checkout);
  if (!script) throw new Error(`no compiled API in ${checkout}: run "npm run build" there`);
  return started(
    ServerProcess.start({
      label,
      script,
      cwd: checkout,
      env: { ...process.env, ...databaseEnv(urls), PORT: String(port), HOST, GONGZHI_RATE_LIMIT: "0", ...env },
      url: `http://${HOST}:${port}/graphql`,
    }),
  );
}

/** The floor: pools of 10 per source, as the API's. */
export async function startFloorServer(urls: Record<SourceName, string>): Promise<ServerProcess> {
  const port = await freePort(50000, 6000);
  return started(
    ServerProcess.start({
      label: "floor",
      script: join(projectRoot, "dist", "bench", "floor-server.js"),
      cwd: projectRoot,
      env: { ...process.env, ...databaseEnv(urls), PORT: String(port), HOST, POOL_SIZE: "10" },
      url: `http://${HOST}:${port}`,
    }),
  );
}

/** PostGraphile over the governance database, pools of 10 as the API's. */
export async function startPeerServer(peerDir: string, governanceUrl: string): Promise<ServerProcess> {
  const { script, nodeOptions, cwd } = postgraphileServer(resolve(projectRoot, peerDir), log);
  const port = await freePort(50000, 6000);
  return started(
    ServerProcess.start({
      label: "PostGraphile",
      script,
      nodeOptions,
      cwd,
      // Production mode, as a deployment would run it (and without its development notice).
      env: { ...process.env, DATABASE_URL: governanceUrl, PORT: String(port), HOST, POOL_SIZE: "10", GRAPHILE_ENV: "production", NODE_ENV: "production" },
      url: `http://${HOST}:${port}/graphql`,
    }),
  );
}
