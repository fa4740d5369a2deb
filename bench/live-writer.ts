/**
 * The live workload's writer, run as its own Node process so that its clock is not held up
 * by the API's event loop: a write's commit time is taken when its INSERT's promise resolves,
 * which in the API's busy process could be seconds late.
 * `node --import tsx bench/live-writer.ts <governance-url>`, driven over IPC:
 *
 *   child → parent  { type: "ready" }                      (pool connected and warm)
 *   parent → child  { type: "write", rate, items, announce } child → parent { type: "written", ... }
 *                                                          (with announce, first { type: "committed", ... } per commit)
 *
 * Each item is one autocommit INSERT into `events`, started on a fixed schedule (`rate` per
 * second) whether or not earlier ones have finished.
 */
import { performance } from "node:perf_hooks";
import pg from "pg";
import { INSERT_EVENT, type Committed, type WriteItem, type Written } from "./live-protocol.js";

/** Connections of the writer's pool: enough that a slow commit does not hold up the schedule. */
const POOL_SIZE = 8;

const now = () => performance.timeOrigin + performance.now();
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function main(): Promise<void> {
  const url = process.argv[2];
  if (!url || !process.send) {
    process.stderr.write("live-writer: run by bench/run.ts (needs an IPC channel and the governance database URL)\n");
    process.exit(2);
  }
  const pool = new pg.Pool({ connectionString: url, max: POOL_SIZE, application_name: "gongzhi-bench-live-writer" });
  pool.on("error", () => undefined);
  // Open every connection before the clock starts.
  const clients = await Promise.all(Array.from({ length: POOL_SIZE }, () => pool.connect()));
  await Promise.all(clients.map((c) => c.query("SELECT 1")));
  clients.forEach((c) => c.release());

  const write = async (rate: number, items: WriteItem[], announce: boolean): Promise<Written> => {
    const issuedAt: number[] = new Array(items.length).fill(Number.NaN);
    const committedAt: number[] = new Array(items.length).fill(Number.NaN);
    let errors = 0;
    let firstError: string | undefined;
    let maxStartLagMs = 0;
    const interval = 1000 / rate;
    const start = performance.now() + 20;
    const pending: Promise<void>[] = [];
    for (const [i, item] of items.entries()) {
      const due = start + i * interval;
      const wait = due - performance.now();
      if (wait > 0) await sleep(wait);
      maxStartLagMs = Math.max(maxStartLagMs, performance.now() - due);
      issuedAt[i] = now();
      pending.push(
        pool.query<{ id: number; txid: string }>(INSERT_EVENT, [item.code, item.grid, item.community, item.title]).then(
          ({ rows }) => {
            committedAt[i] = now();
            if (announce && rows[0]) process.send!({ type: "committed", index: i, id: rows[0].id, txid: rows[0].txid } satisfies Committed);
          },
          (error: unknown) => {
            errors++;
            firstError ??= error instanceof Error ? error.message : String(error);
          },
        ),
      );
    }
    await Promise.all(pending);
    return { type: "written", issuedAt, committedAt, elapsedMs: performance.now() - start, maxStartLagMs, errors, firstError };
  };

  process.on("message", (message: { type: string; rate?: number; items?: WriteItem[]; announce?: boolean }) => {
    if (message.type !== "write") return;
    write(message.rate ?? 1, message.items ?? [], message.announce === true).then(
      (written) => process.send!(written),
      (error: unknown) => {
        process.stderr.write(`live-writer: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
        process.exit(1);
      },
    );
  });
  process.on("disconnect", () => {
    void pool.end().finally(() => process.exit(0));
  });
  process.send({ type: "ready" });
}

main().catch((error: unknown) => {
  process.stderr.write(`live-writer: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
