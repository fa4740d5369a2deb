/**
 * A server under test in its own process: started with the memory probe (bench/probe.cjs)
 * preloaded and --expose-gc, considered ready once its URL answers HTTP, stopped with SIGTERM.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { join } from "node:path";
import { projectRoot } from "../src/paths.js";

const PROBE = join(projectRoot, "bench", "probe.cjs");
/** Lines of the server's output kept to explain a failed start. */
const KEEP_LINES = 40;

export interface ServerSpec {
  /** Column heading in the tables: API, floor, PostGraphile, before… */
  label: string;
  /** Node options before the script (e.g. a --require of its own). */
  nodeOptions?: string[];
  script: string;
  cwd: string;
  env: NodeJS.ProcessEnv;
  /** Where it answers; readiness is any HTTP answer to a POST there. */
  url: string;
  startTimeoutMs?: number;
}

export interface MemorySample {
  heapUsed: number;
  rss: number;
  external: number;
  /** Whether the heap was collected before it was read. */
  collected: boolean;
}

interface ProbeReply extends MemorySample {
  type: string;
  id: number;
}

export class ServerProcess {
  private readonly output: string[] = [];
  private nextProbe = 1;
  private stopping = false;
  private ready = false;

  private constructor(
    readonly label: string,
    readonly url: string,
    private readonly child: ChildProcess,
  ) {
    const keep = (chunk: Buffer) => {
      for (const line of chunk.toString("utf8").split("\n")) if (line.trim()) this.output.push(line);
      if (this.output.length > KEEP_LINES) this.output.splice(0, this.output.length - KEEP_LINES);
    };
    child.stdout?.on("data", keep);
    child.stderr?.on("data", keep);
    // A server that dies under load shows up as failed requests: say why, once, where it happened.
    child.once("exit", (code, signal) => {
      if (this.ready && !this.stopping) process.stderr.write(`bench: ${label} (pid ${child.pid}) exited unexpectedly (${signal ?? `code ${code}`}); its last output:\n${this.recentOutput()}\n`);
    });
  }

  get pid(): number {
    return this.child.pid as number;
  }

  /** Its last lines of output, for error messages. */
  recentOutput(): string {
    return this.output.map((line) => `    ${line}`).join("\n");
  }

  static async start(spec: ServerSpec): Promise<ServerProcess> {
    const child = spawn(process.execPath, ["--expose-gc", "--require", PROBE, ...(spec.nodeOptions ?? []), spec.script], {
      cwd: spec.cwd,
      env: spec.env,
      stdio: ["ignore", "pipe", "pipe", "ipc"],
    });
    const server = new ServerProcess(spec.label, spec.url, child);
    const exited = new Promise<never>((_, reject) =>
      child.once("exit", (code, signal) => reject(new Error(`${spec.label} exited during start (${signal ?? `code ${code}`}):\n${server.recentOutput()}`))),
    );
    exited.catch(() => undefined);
    const deadline = Date.now() + (spec.startTimeoutMs ?? 120_000);
    for (;;) {
      const answered = await Promise.race([server.answers(), exited]);
      if (answered) {
        server.ready = true;
        return server;
      }
      if (Date.now() > deadline) {
        await server.stop();
        throw new Error(`${spec.label} did not answer at ${spec.url} within ${(spec.startTimeoutMs ?? 120_000) / 1000} s:\n${server.recentOutput()}`);
      }
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }

  private async answers(): Promise<boolean> {
    try {
      const res = await fetch(this.url, { method: "POST", headers: { "content-type": "application/json" }, body: '{"query":"{ __typename }"}', signal: AbortSignal.timeout(2000) });
      await res.arrayBuffer();
      return true;
    } catch {
      return false;
    }
  }

  /** The process's heap and RSS, after a full collection when `gc` is set. */
  memory(gc: boolean): Promise<MemorySample | undefined> {
    if (!this.child.connected) return Promise.resolve(undefined);
    const id = this.nextProbe++;
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.child.off("message", onMessage);
        resolve(undefined);
      }, 10_000);
      const onMessage = (message: ProbeReply) => {
        if (message?.type !== "gongzhi-bench-memory" || message.id !== id) return;
        clearTimeout(timer);
        this.child.off("message", onMessage);
        resolve({ heapUsed: message.heapUsed, rss: message.rss, external: message.external, collected: message.collected });
      };
      this.child.on("message", onMessage);
      this.child.send({ type: "gongzhi-bench-memory", id, gc });
    });
  }

  async stop(): Promise<void> {
    this.stopping = true;
    if (this.child.exitCode !== null || this.child.signalCode !== null) return;
    const exited = new Promise<void>((resolve) => this.child.once("exit", () => resolve()));
    this.child.kill("SIGTERM");
    const timer = setTimeout(() => this.child.kill("SIGKILL"), 10_000);
    await exited;
    clearTimeout(timer);
  }
}
