/**
 * The soak's figures at each minute: the API process's memory (from its own `/metrics`, as an
 * operator's dashboard would read it), the requests of the minute and the subscribers' deliveries.
 */
import { scrapeMetrics } from "./metrics-scrape.js";
import { rssBytes } from "./proc.js";
import type { Child } from "./live-child.js";
import type { DeliverySample } from "./soak-protocol.js";
import type { RequestFigures, RequestTally } from "./soak-requests.js";
import type { ServerProcess } from "./server-process.js";

/** prom-client's default metrics. */
const RSS_METRIC = "process_resident_memory_bytes";
const HEAP_METRIC = "nodejs_heap_size_used_bytes";

export interface MemoryReading {
  rssBytes?: number;
  heapUsedBytes?: number;
  /** Where the figures came from: "metrics", or the fallback and why. */
  source: string;
}

/**
 * The server's RSS and heap used from `/metrics`. Where it does not serve them, the RSS comes
 * from /proc/<pid>/status and the heap from the bench's probe in the server (bench/probe.cjs,
 * `process.memoryUsage().heapUsed` without a collection: the figure prom-client reports).
 */
export async function readMemory(server: ServerProcess, metricsUrl: string): Promise<MemoryReading> {
  const scrape = await scrapeMetrics(metricsUrl);
  const rss = scrape.status === "ok" ? scrape.values.get(RSS_METRIC) : undefined;
  const heap = scrape.status === "ok" ? scrape.values.get(HEAP_METRIC) : undefined;
  if (rss !== undefined && heap !== undefined) return { rssBytes: rss, heapUsedBytes: heap, source: "metrics" };
  const why = scrape.status === "ok" ? `${metricsUrl} has no ${rss === undefined ? RSS_METRIC : HEAP_METRIC}` : scrape.why;
  return {
    rssBytes: rss ?? rssBytes(server.pid),
    heapUsedBytes: heap ?? (await server.memory(false))?.heapUsed,
    source: `fallback (${why}): RSS from ${rss === undefined ? `/proc/${server.pid}/status` : "metrics"}, heap from ${heap === undefined ? "the bench's probe in the process" : "metrics"}`,
  };
}

export interface SoakSample {
  /** Minutes since the load started, at the end of the interval. */
  minute: number;
  seconds: number;
  memory: MemoryReading;
  requests: RequestFigures;
  deliveries: DeliverySample;
}

/** Takes one sample: the interval's requests and deliveries (both start over), and the memory now. */
export async function takeSample(ctx: { server: ServerProcess; metricsUrl: string; tally: RequestTally; subscribers: Child; startedAt: number; intervalStart: number }): Promise<SoakSample> {
  const requests = ctx.tally.take();
  ctx.subscribers.send({ type: "sample" });
  const [deliveries, memory] = await Promise.all([ctx.subscribers.next<DeliverySample>("sample", 60_000), readMemory(ctx.server, ctx.metricsUrl)]);
  const now = performance.now();
  return { minute: (now - ctx.startedAt) / 60_000, seconds: (now - ctx.intervalStart) / 1000, memory, requests, deliveries };
}
