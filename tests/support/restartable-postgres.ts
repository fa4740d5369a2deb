import { chmod, mkdtemp, readFile, rm } from "node:fs/promises";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import type { SourceName } from "../../src/config.js";
import { databaseName, startEmbeddedPostgres, type EmbeddedCluster } from "../../src/server/embedded-postgres.js";

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** A free-looking port away from the suite's own server (55000–59999) and the default 54320. */
export const randomPort = (): number => 60000 + Math.floor(Math.random() * 5000);

/** A port the system has just handed out, for a process the test spawns. */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (typeof address !== "object" || !address) throw new Error("no port");
  return address.port;
}

/** A temporary folder the `postgres` user can enter (as root the server runs as that user). */
export async function temporaryFolder(prefix: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), prefix));
  await chmod(dir, 0o755);
  return dir;
}

/** The postmaster's process id, from the first line of `postmaster.pid` in a data directory. */
export async function postmasterPid(dataDir: string): Promise<number | undefined> {
  const text = await readFile(join(dataDir, "postmaster.pid"), "utf8").catch(() => "");
  const pid = Number(text.split("\n")[0]);
  return Number.isInteger(pid) && pid > 0 ? pid : undefined;
}

/** Whether a process exists (a zombie counts until its parent reaps it). */
export function running(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * A PostgreSQL server of the test's own, in a temporary folder, that the test restarts:
 * cleanly (fast shutdown, then start) or after SIGKILL of its postmaster. It is not restarted
 * by itself (`restartOnExit: false`): the test decides when it comes back.
 */
export class RestartablePostgres {
  private constructor(
    private cluster: EmbeddedCluster,
    readonly folder: string,
    readonly port: number,
  ) {}

  static async start(): Promise<RestartablePostgres> {
    const folder = await temporaryFolder("gongzhi-restarts-");
    const port = randomPort();
    return new RestartablePostgres(await startEmbeddedPostgres({ dataDir: join(folder, "pg"), port, restartOnExit: false }), folder, port);
  }

  get dataDir(): string {
    return join(this.folder, "pg");
  }

  get urls(): Record<SourceName, string> {
    return this.cluster.urls;
  }

  /** A database's URL over loopback TCP, as a centre's server elsewhere is reached (not the Unix socket). */
  tcpUrl(source: SourceName): string {
    return `postgres://gongzhi:gongzhi@127.0.0.1:${this.port}/${databaseName(source)}`;
  }

  /** Fast shutdown (SIGINT): sessions are ended, the server checkpoints and exits. */
  async stopFast(): Promise<void> {
    await this.cluster.stop();
  }

  /** SIGKILL of the postmaster, as its data directory names it; resolves once it is gone. */
  async kill(): Promise<void> {
    const pid = await postmasterPid(this.dataDir);
    if (pid === undefined) throw new Error(`no postmaster.pid in ${this.dataDir}`);
    process.kill(pid, "SIGKILL");
    while (this.cluster.pid === pid) await sleep(10);
  }

  /**
   * Starts the server again on the same folder and port, resolving when it accepts
   * connections, with that moment (performance.now()). After a SIGKILL, PostgreSQL refuses to
   * start until the dead postmaster's backends have exited: it is tried again until it starts.
   */
  async startAgain(): Promise<number> {
    for (let attempt = 1; ; attempt++) {
      try {
        this.cluster = await startEmbeddedPostgres({ dataDir: this.dataDir, port: this.port, restartOnExit: false });
        return performance.now();
      } catch (error) {
        if (attempt >= 50) throw error;
        await sleep(200);
      }
    }
  }

  async destroy(): Promise<void> {
    await this.cluster.stop();
    await rm(this.folder, { recursive: true, force: true });
  }
}
