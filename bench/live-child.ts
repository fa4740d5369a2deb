/** Child processes of the live workload (client, writer, floor) and their IPC messages. */
import { spawn, type ChildProcess } from "node:child_process";
import { join } from "node:path";
import { projectRoot } from "../src/paths.js";

/** A child process and its messages, one awaited at a time; types given to `on` go to their handler instead. */
export class Child {
  private readonly inbox: { type: string }[] = [];
  private readonly handlers = new Map<string, (message: { type: string }) => void>();
  private waiter: ((message: { type: string }) => void) | null = null;
  private exited: string | null = null;
  readonly exit: Promise<void>;

  constructor(
    readonly child: ChildProcess,
    readonly name: string,
  ) {
    child.on("message", (message: { type: string }) => {
      const handler = this.handlers.get(message.type);
      if (handler) handler(message);
      else if (this.waiter) {
        const resolve = this.waiter;
        this.waiter = null;
        resolve(message);
      } else this.inbox.push(message);
    });
    this.exit = new Promise((resolve) =>
      child.once("exit", (code, signal) => {
        this.exited = `the ${name} exited (${signal ?? `code ${code}`})`;
        resolve();
      }),
    );
  }

  send(message: object): void {
    if (this.child.connected) this.child.send(message);
  }

  on<T extends { type: string }>(type: string, handler: (message: T) => void): void {
    this.handlers.set(type, handler as (message: { type: string }) => void);
  }

  /** The next message, which must be of `type`; fails on timeout or when the child exits. */
  async next<T extends { type: string }>(type: string, timeoutMs: number): Promise<T> {
    const message =
      this.inbox.shift() ??
      (await new Promise<{ type: string }>((resolve, reject) => {
        const timer = setTimeout(() => {
          this.waiter = null;
          reject(new Error(`no "${type}" from the ${this.name} within ${timeoutMs / 1000} s`));
        }, timeoutMs);
        this.waiter = (m) => {
          clearTimeout(timer);
          resolve(m);
        };
        void this.exit.then(() => {
          clearTimeout(timer);
          if (this.waiter) {
            this.waiter = null;
            reject(new Error(this.exited ?? `the ${this.name} exited`));
          }
        });
      }));
    if (message.type !== type) throw new Error(`expected "${type}" from the ${this.name}, got "${message.type}"`);
    return message as T;
  }

  /** Whether a message of `type` is waiting or arrives within `ms` (it is consumed). */
  async poll(type: string, ms: number): Promise<boolean> {
    try {
      await this.next(type, ms);
      return true;
    } catch (error) {
      if (this.exited) throw error;
      return false;
    }
  }

  kill(): void {
    if (this.child.exitCode === null && this.child.signalCode === null) this.child.kill("SIGKILL");
  }
}

/** Starts `node --import tsx bench/<file> ...args` with an IPC channel; it is killed when the bench ends, however it ends. */
export function spawnChild(file: string, args: string[], name: string, onCleanup: (name: string, run: () => Promise<unknown>) => void): Child {
  const process_ = spawn(process.execPath, ["--import", "tsx", join("bench", file), ...args], {
    cwd: projectRoot,
    stdio: ["ignore", "inherit", "inherit", "ipc"],
  });
  const child = new Child(process_, name);
  const killOnExit = () => child.kill();
  process.once("exit", killOnExit);
  void child.exit.then(() => process.off("exit", killOnExit));
  onCleanup(`${name} ${process_.pid}`, async () => {
    child.kill();
    await child.exit;
  });
  return child;
}
