/** Latency bookkeeping shared by the load processes. */

/** Nearest-rank percentile of sorted values. */
export function percentile(sorted: Float64Array, p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank] as number;
}

/** Latencies in ms, appended without per-sample allocation. */
export class Latencies {
  private values = new Float64Array(4096);
  private size = 0;

  add(ms: number): void {
    if (this.size === this.values.length) {
      const grown = new Float64Array(this.values.length * 2);
      grown.set(this.values);
      this.values = grown;
    }
    this.values[this.size++] = ms;
  }

  get count(): number {
    return this.size;
  }

  /** Forgets every value (keeps the storage), for figures per interval. */
  clear(): void {
    this.size = 0;
  }

  summary(): { count: number; p50Ms: number; p99Ms: number; maxMs: number } {
    const sorted = this.values.slice(0, this.size).sort();
    return { count: this.size, p50Ms: percentile(sorted, 50), p99Ms: percentile(sorted, 99), maxMs: this.size ? (sorted[this.size - 1] as number) : Number.NaN };
  }
}

/** The run with the median throughput (the lower middle one of an even count). */
export function medianRun<T extends { requestsPerSecond: number }>(runs: readonly T[]): T | undefined {
  const sorted = [...runs].sort((a, b) => a.requestsPerSecond - b.requestsPerSecond);
  return sorted[Math.floor((sorted.length - 1) / 2)];
}
