/** The bench's side of the load process (bench/load-client.ts): one child, one run at a time. */
import { fork, type ChildProcess } from "node:child_process";
import type { LifecycleLoad, LoadFigures, LoadReply, ReadLoad } from "./load-protocol.js";

export class LoadGenerator {
  private nextId = 1;
  private readonly waiting = new Map<number, { resolve: (f: LoadFigures) => void; reject: (e: Error) => void; onWindow?: () => void }>();

  private constructor(private readonly child: ChildProcess) {
    child.on("message", (reply: LoadReply) => {
      const entry = this.waiting.get(reply.id);
      if (!entry) return;
      if (reply.type === "window-started") {
        entry.onWindow?.();
        return;
      }
      this.waiting.delete(reply.id);
      if (reply.type === "done") entry.resolve(reply.figures);
      else entry.reject(new Error(`load process: ${reply.error}`));
    });
    child.on("exit", (code, signal) => {
      for (const entry of this.waiting.values()) entry.reject(new Error(`the load process exited (${signal ?? `code ${code}`})`));
      this.waiting.clear();
    });
  }

  /** Starts the compiled load client; `script` is its .js file. */
  static async start(script: string): Promise<LoadGenerator> {
    // No inherited execArgv: the bench itself may run under a TypeScript loader the client does not need.
    const child = fork(script, [], { execArgv: [], stdio: ["ignore", "inherit", "inherit", "ipc"] });
    await new Promise<void>((resolve, reject) => {
      child.once("spawn", resolve);
      child.once("error", reject);
    });
    return new LoadGenerator(child);
  }

  get pid(): number | undefined {
    return this.child.pid;
  }

  /** Runs one load; `onWindow` is called when its measured window opens. */
  run(load: ReadLoad | LifecycleLoad, onWindow?: () => void): Promise<LoadFigures> {
    const id = this.nextId++;
    return new Promise<LoadFigures>((resolve, reject) => {
      this.waiting.set(id, { resolve, reject, onWindow });
      this.child.send({ ...load, id });
    });
  }

  async stop(): Promise<void> {
    if (this.child.exitCode !== null || this.child.signalCode !== null) return;
    const exited = new Promise<void>((resolve) => this.child.once("exit", () => resolve()));
    this.child.disconnect();
    const timer = setTimeout(() => this.child.kill("SIGKILL"), 5000);
    await exited;
    clearTimeout(timer);
  }
}
