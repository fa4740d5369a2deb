/** The soak's output: a line per sample as it is taken, then a table per minute and the verdict. */
import { fmt, log, mb, printTable } from "./report.js";
import type { SoakSample } from "./soak-sampler.js";
import type { SoakFigures } from "./soak.js";

const MB = 1024 * 1024;

const errorCount = (errors: Record<string, number>) => Object.values(errors).reduce((sum, n) => sum + n, 0);
const byCode = (errors: Record<string, number>) =>
  Object.entries(errors)
    .sort(([, a], [, b]) => b - a)
    .map(([code, n]) => `${n} × ${code}`)
    .join(", ");

/** One line as a sample is taken, so that a long soak shows how it goes. */
export function printSample(s: SoakSample): void {
  const r = s.requests;
  const errors = errorCount(r.errors);
  log(
    `  minute ${fmt(s.minute, 1)}: RSS ${mb(s.memory.rssBytes)} MB, heap ${mb(s.memory.heapUsedBytes)} MB, ${fmt((r.reads + r.writes) / s.seconds, 1)} req/s, ` +
      `read p50/p99 ${fmt(r.readLatency.p50Ms)}/${fmt(r.readLatency.p99Ms)} ms, ${errors} errors${errors ? ` (${byCode(r.errors)}; first: ${r.firstError})` : ""}, ` +
      `${s.deliveries.deliveries} deliveries, lag p50/p99/max ${fmt(s.deliveries.lag.p50Ms)}/${fmt(s.deliveries.lag.p99Ms)}/${fmt(s.deliveries.lag.maxMs)} ms` +
      `${s.deliveries.duplicates ? `, ${s.deliveries.duplicates} DUPLICATES` : ""}${s.deliveries.errors ? `, ${s.deliveries.errors} subscription errors (first: ${s.deliveries.firstError})` : ""}`,
  );
}

/** Least-squares slope of y over x; undefined with fewer than two points. */
export function slope(points: readonly { x: number; y: number }[]): number | undefined {
  if (points.length < 2) return undefined;
  const mx = points.reduce((sum, p) => sum + p.x, 0) / points.length;
  const my = points.reduce((sum, p) => sum + p.y, 0) / points.length;
  const sxx = points.reduce((sum, p) => sum + (p.x - mx) ** 2, 0);
  const sxy = points.reduce((sum, p) => sum + (p.x - mx) * (p.y - my), 0);
  return sxx > 0 ? sxy / sxx : undefined;
}

/** A memory figure's trend: first against last sample, and the slope of a linear fit over the second half of the samples. */
function trend(name: string, samples: readonly SoakSample[], value: (s: SoakSample) => number | undefined): string {
  const points = samples.flatMap((s) => {
    const v = value(s);
    return v === undefined ? [] : [{ x: s.minute, y: v / MB }];
  });
  if (points.length === 0) return `${name}: n/a`;
  // The second half, and at least two points when there are two.
  const half = points.slice(Math.min(Math.floor(points.length / 2), Math.max(0, points.length - 2)));
  const first = points[0]!;
  const last = points[points.length - 1]!;
  const fit = slope(half);
  return (
    `${name}: ${fmt(first.y)} MB at minute ${fmt(first.x, 1)} → ${fmt(last.y)} MB at minute ${fmt(last.x, 1)} (${last.y >= first.y ? "+" : ""}${fmt(last.y - first.y)} MB); ` +
    `slope over the second half (${half.length} samples, minutes ${fmt(half[0]!.x, 1)}–${fmt(last.x, 1)}): ${fit === undefined ? "n/a" : `${fit >= 0 ? "+" : ""}${fmt(fit, 2)} MB/min`}`
  );
}

/** Whether the soak failed: any failed request, or any change missed, repeated, unexpected or in error, or a socket closed. */
export function soakFailed(f: SoakFigures): boolean {
  const r = f.result;
  const requestErrors = f.samples.reduce((sum, s) => sum + errorCount(s.requests.errors), 0);
  return Boolean(f.problem || !r || f.opened?.failed || requestErrors || r.missing || r.duplicates || r.unexpected || r.errors || Object.keys(r.closes).length);
}

export function printSoak(f: SoakFigures): void {
  const { options, samples } = f;
  log(
    `Soak: one API process for ${fmt(options.minutes, options.minutes % 1 ? 1 : 0)} min: readers sending the read workload's operations in turn with a think time, ` +
      `${options.rate} mutations/s through the API (an event's lifecycle, a service order, a micro-wish: governance, civic, party), ` +
      `${options.subscribers} WebSocket subscribers of community ${f.community} (${f.groups.map((g) => `${g.count} × ${g.feed}`).join(", ")}), each checked to receive every change of those writes its feed carries exactly once`,
  );
  log(
    `memory: the API process's ${samples[0]?.memory.source ?? f.start?.source ?? "n/a"}; ` +
      "lag: from the item's `at` (its transaction's time, PostgreSQL's clock) to its arrival in the subscriber process (this machine's clock); errors: non-200 answers and GraphQL errors, by code",
  );
  log();
  if (f.start) log(`start (subscribers attached, no load): RSS ${mb(f.start.rssBytes)} MB, heap ${mb(f.start.heapUsedBytes)} MB`);
  printTable(
    ["minute", "RSS MB", "heap MB", "req/s", "reads/s", "writes/s", "errors", "read p50 ms", "read p99 ms", "deliveries/s", "lag p50 ms", "lag p99 ms", "lag max ms", "duplicates"],
    samples.map((s) => {
      const r = s.requests;
      const d = s.deliveries;
      return [
        fmt(s.minute, 1),
        mb(s.memory.rssBytes),
        mb(s.memory.heapUsedBytes),
        fmt((r.reads + r.writes) / s.seconds, 1),
        fmt(r.reads / s.seconds, 1),
        fmt(r.writes / s.seconds, 1),
        String(errorCount(r.errors)),
        fmt(r.readLatency.p50Ms),
        fmt(r.readLatency.p99Ms),
        fmt(d.deliveries / s.seconds, 0),
        fmt(d.lag.p50Ms),
        fmt(d.lag.p99Ms),
        fmt(d.lag.maxMs),
        String(d.duplicates),
      ];
    }),
  );
  for (const s of samples) if (errorCount(s.requests.errors)) log(`  minute ${fmt(s.minute, 1)} errors: ${byCode(s.requests.errors)}; first: ${s.requests.firstError}`);
  log();

  const totals: Record<string, number> = {};
  for (const s of samples) for (const [code, n] of Object.entries(s.requests.errors)) totals[code] = (totals[code] ?? 0) + n;
  const requests = samples.reduce((sum, s) => sum + s.requests.reads + s.requests.writes, 0);
  const writes = samples.reduce((sum, s) => sum + s.requests.writes, 0);
  const r = f.result;
  log("Verdict:");
  log(`  ${trend("heap used", samples, (s) => s.memory.heapUsedBytes)}`);
  log(`  ${trend("RSS", samples, (s) => s.memory.rssBytes)}`);
  log(`  requests: ${requests} answered (${writes} writes), ${errorCount(totals)} errors${errorCount(totals) ? ` (${byCode(totals)})` : ""}`);
  if (f.opened?.failed) log(`  subscribers: ${f.opened.failed} of ${options.subscribers} FAILED to connect; first: ${f.opened.firstError}`);
  if (r) {
    log(
      `  changes: ${r.expected} (subscriber, change) pairs expected from the soak's writes, ${r.delivered} delivered (${r.received} items received, the attaching probes' included); missing ${r.missing}, duplicated ${r.duplicates}, unexpected ${r.unexpected}, ` +
        `subscription errors ${r.errors}${r.firstError ? ` (first: ${r.firstError})` : ""}, sockets closed by the server ${Object.keys(r.closes).length ? Object.entries(r.closes).map(([c, n]) => `${n} × ${c}`).join(", ") : "0"}`,
    );
    log(`  change-feed lag over the soak: p50 ${fmt(r.lag.p50Ms)} ms, p99 ${fmt(r.lag.p99Ms)} ms, max ${fmt(r.lag.maxMs)} ms (${r.lag.count} items); last items ${fmt(r.drainMs / 1000)} s after the load stopped`);
  }
  if (f.problem) log(`  ERROR: ${f.problem}`);
  log(`  ${soakFailed(f) ? "FAILED: errors, missed, duplicated or unexpected changes, or subscribers lost (above)" : "passed: no error, every change delivered exactly once"}`);
}
