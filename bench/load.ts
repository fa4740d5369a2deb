/** A closed-loop load generator: C workers, each starting its next request when the last one ends. */
import { performance } from "node:perf_hooks";

export interface LoadResult {
  requests: number;
  errors: number;
  firstError?: string;
  elapsedMs: number;
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
}

/** Nearest-rank percentile of sorted values. */
export function percentile(sorted: Float64Array, p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank] as number;
}

/**
 * Runs `op` from `concurrency` workers for `durationMs`; latency is recorded per completed
 * request (errors are counted and not timed). Fails when the workers do not stop within
 * `graceMs` after the deadline (a request hung).
 */
export async function closedLoop(op: () => Promise<void>, options: { concurrency: number; durationMs: number; graceMs?: number }): Promise<LoadResult> {
  const latencies: number[] = [];
  let errors = 0;
  let firstError: string | undefined;
  const started = performance.now();
  const deadline = started + options.durationMs;
  const worker = async () => {
    while (performance.now() < deadline) {
      const t0 = performance.now();
      try {
        await op();
        latencies.push(performance.now() - t0);
      } catch (error) {
        errors++;
        firstError ??= error instanceof Error ? error.message : String(error);
      }
    }
  };
  let timer: NodeJS.Timeout | undefined;
  const hung = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`load did not stop within ${(options.graceMs ?? 30_000) / 1000} s of its deadline (a request hung)`)), options.durationMs + (options.graceMs ?? 30_000));
  });
  try {
    await Promise.race([Promise.all(Array.from({ length: options.concurrency }, worker)), hung]);
  } finally {
    clearTimeout(timer);
  }
  const elapsedMs = performance.now() - started;
  const sorted = Float64Array.from(latencies).sort();
  return {
    requests: latencies.length,
    errors,
    firstError,
    elapsedMs,
    requestsPerSecond: (latencies.length / elapsedMs) * 1000,
    p50Ms: percentile(sorted, 50),
    p99Ms: percentile(sorted, 99),
    maxMs: sorted.length ? (sorted[sorted.length - 1] as number) : Number.NaN,
  };
}
