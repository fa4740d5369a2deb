/**
 * The write workload: event lifecycles (seven mutations, seven transactions each) driven
 * from the load process against the API, the floor server (the same transactions as
 * hand-written SQL) and the baseline, one after the other, for the same window.
 */
import { SOURCE_NAMES } from "../src/config.js";
import type { LoadGenerator } from "./load-generator.js";
import { medianRun } from "./load.js";
import type { LoadFigures } from "./load-protocol.js";
import { count, fmt, log, perRequest, printTable, ratio } from "./report.js";
import type { ServerProcess } from "./server-process.js";
import { LIFECYCLE, lifecycleStatements, MUTATIONS, type Stats } from "./write-lifecycle.js";

export interface WriteTarget {
  label: string;
  server: ServerProcess;
  /** Where its mutations go: the API's /graphql, the floor's /write. */
  url: string;
  headers: Record<string, string>;
}

export interface WriteFigures {
  sides: { label: string; figures: LoadFigures }[];
  /** Statements of each mutation in the API, from one lifecycle with X-Query-Stats: 1. */
  statements: Map<string, Stats>;
}

export async function measureWrites(
  targets: WriteTarget[],
  grids: string[],
  authorization: string,
  ctx: { load: LoadGenerator; connections: number; warmupMs: number; durationMs: number; rounds: number; postmasterPid?: number },
): Promise<WriteFigures> {
  const api = targets[0] as WriteTarget;
  // Also opens today's event-code counter, which the floor only bumps.
  const statements = await lifecycleStatements(api.url, authorization, grids[0] as string);
  const runs = new Map<string, LoadFigures[]>(targets.map((t) => [t.label, []]));
  let firstNumber = 1;
  for (let round = 1; round <= ctx.rounds; round++) {
    for (const target of targets) {
      log(`write workload: ${target.label}${ctx.rounds > 1 ? ` (round ${round} of ${ctx.rounds})` : ""}, ${fmt(ctx.warmupMs / 1000)} s warm-up, ${fmt(ctx.durationMs / 1000)} s measured…`);
      const figures = await ctx.load.run({
        kind: "lifecycle",
        url: target.url,
        headers: target.headers,
        grids,
        actions: LIFECYCLE,
        firstNumber,
        connections: ctx.connections,
        warmupMs: ctx.warmupMs,
        durationMs: ctx.durationMs,
        serverPid: target.server.pid,
        postmasterPid: ctx.postmasterPid,
      });
      firstNumber += 1_000_000;
      if (figures.failed) log(`WARNING write workload ${target.label}: ${figures.failed} mutations failed in the window; first: ${figures.firstFailure}`);
      runs.get(target.label)?.push(figures);
    }
  }
  const sides = targets.map(({ label }) => {
    const all = runs.get(label) ?? [];
    const median = medianRun(all) as LoadFigures;
    return { label, figures: { ...median, failed: all.reduce((sum, f) => sum + f.failed, 0) } };
  });
  return { sides, statements };
}

export function printWrites(w: WriteFigures): void {
  const api = w.sides[0]?.figures;
  const perSecond = (n: number | undefined, f: LoadFigures) => (n === undefined ? undefined : (n / f.windowMs) * 1000);
  log(`Write workload: events reported and closed through ${MUTATIONS.length} mutations each (REPORT, ${LIFECYCLE.join(" → ")}), one transaction per mutation:`);
  log();
  printTable(
    ["server", "lifecycles/s", "mutations/s", "mutation p50 ms", "mutation p99 ms", "CPU ms/mutation", "PG CPU ms/mutation", "failed", "API ÷ this"],
    w.sides.map(({ label, figures: f }) => [
      label,
      fmt(perSecond(f.lifecycles, f), 1),
      count(f.requestsPerSecond),
      fmt(f.p50Ms, 2),
      fmt(f.p99Ms, 2),
      fmt(perRequest(f.serverCpuMs, f.requests), 2),
      fmt(perRequest(f.postgresCpuMs, f.requests), 2),
      count(f.failed),
      label === w.sides[0]?.label ? "-" : ratio(api?.requestsPerSecond, f.requestsPerSecond),
    ]),
  );
  log();
  log("Per mutation: latency on each server, and the statements it ran in the API (BEGIN and COMMIT included; the floor's transactions send the same shape):");
  log();
  printTable(
    ["mutation", ...w.sides.flatMap(({ label }) => [`${label} p50 ms`, `${label} p99 ms`]), "governance stmts", "other sources"],
    MUTATIONS.map((step) => {
      const stats = w.statements.get(step) ?? {};
      const other = SOURCE_NAMES.filter((s) => s !== "governance").reduce((sum, s) => sum + (stats[s]?.statements ?? 0), 0);
      return [
        step,
        ...w.sides.flatMap(({ figures }) => {
          const s = figures.steps?.[step];
          return [fmt(s?.p50Ms, 2), fmt(s?.p99Ms, 2)];
        }),
        String(stats.governance?.statements ?? 0),
        String(other),
      ];
    }),
  );
}
