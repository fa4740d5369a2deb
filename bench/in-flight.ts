/**
 * Memory per 1,000 requests in flight: each server is loaded with N connections (one request
 * in flight each); its heap after a full collection is read through the preloaded probe
 * (bench/probe.cjs) while idle and halfway through the window, and its RSS is sampled from
 * /proc throughout. The difference, scaled to 1,000, is what those requests hold.
 */
import type { LoadGenerator } from "./load-generator.js";
import type { LoadFigures } from "./load-protocol.js";
import { rssBytes } from "./proc.js";
import { count, fmt, log, mb, printTable } from "./report.js";
import type { MemorySample, ServerProcess } from "./server-process.js";

export interface InFlightTarget {
  label: string;
  server: ServerProcess;
  operation: string;
  url: string;
  headers: Record<string, string>;
  body: string;
}

export interface InFlightResult {
  label: string;
  operation: string;
  idle?: MemorySample;
  loaded?: MemorySample;
  idleRss?: number;
  figures: LoadFigures;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function measureInFlight(
  targets: InFlightTarget[],
  ctx: { load: LoadGenerator; connections: number; durationMs: number; postmasterPid?: number },
): Promise<InFlightResult[]> {
  const results: InFlightResult[] = [];
  for (const target of targets) {
    log(`memory: ${target.label} with ${ctx.connections} requests in flight (${target.operation}), ${fmt(ctx.durationMs / 1000)} s…`);
    const idle = await target.server.memory(true);
    const idleRss = rssBytes(target.server.pid);
    let loaded: Promise<MemorySample | undefined> = Promise.resolve(undefined);
    const figures = await ctx.load.run(
      {
        kind: "read",
        url: target.url,
        headers: target.headers,
        body: target.body,
        connections: ctx.connections,
        // Long enough for every connection to be open and busy before the window.
        warmupMs: 2000,
        durationMs: ctx.durationMs,
        serverPid: target.server.pid,
        postmasterPid: ctx.postmasterPid,
      },
      () => {
        loaded = sleep(ctx.durationMs / 2).then(() => target.server.memory(true));
      },
    );
    if (figures.failed) log(`  ${target.label}: ${figures.failed} requests failed under this load; first: ${figures.firstFailure}`);
    results.push({ label: target.label, operation: target.operation, idle, loaded: await loaded, idleRss, figures });
  }
  return results;
}

export function printInFlight(results: InFlightResult[], connections: number): void {
  const per1000 = (loaded: number | undefined, idle: number | undefined) => (loaded === undefined || idle === undefined ? undefined : ((loaded - idle) * 1000) / connections);
  // RSS is shown as read, not per 1,000: freed pages go back to the OS when the allocator likes, so idle RSS can exceed a later peak.
  log(`Memory with ${count(connections)} requests in flight: heap after a full collection, idle and halfway through the load, and its growth per 1,000 in flight; RSS idle and at its peak:`);
  log();
  printTable(
    ["server", "operation", "idle heap MB", "loaded heap MB", "heap MB per 1,000", "idle RSS MB", "peak RSS MB", "req/s", "p99 ms", "failed"],
    results.map((r) => [
      r.label,
      r.operation,
      mb(r.idle?.heapUsed),
      mb(r.loaded?.heapUsed),
      mb(per1000(r.loaded?.heapUsed, r.idle?.heapUsed)),
      mb(r.idleRss),
      mb(r.figures.peakRssBytes),
      count(r.figures.requestsPerSecond),
      fmt(r.figures.p99Ms, 0),
      count(r.figures.failed),
    ]),
  );
}
