/**
 * The load process: drives one server at a time with autocannon, on commands from the bench
 * over the IPC channel, so that load generation never shares a process (or an event loop)
 * with what it measures. It times the window itself: the server's CPU and the PostgreSQL
 * cluster's CPU are read at both ends of it, and only responses completed inside it count.
 */
import autocannon from "autocannon";
import { performance } from "node:perf_hooks";
import { Latencies } from "./load.js";
import type { LifecycleLoad, LoadCommand, LoadFigures, LoadReply, Percentiles, ReadLoad } from "./load-protocol.js";
import { clusterCpuMs, cpuMs, rssBytes } from "./proc.js";
import { eventOf, isAction, reportBody, transitionBody, type EventRef } from "./write-lifecycle.js";

/** How often the server's RSS is sampled inside the window. */
const RSS_EVERY_MS = 100;

/** What the measured window has seen so far. */
class Tally {
  open = false;
  requests = 0;
  failed = 0;
  lifecycles = 0;
  firstFailure: string | undefined;
  readonly latencies = new Latencies();
  readonly steps = new Map<string, Latencies>();

  /** One response: `step` names the mutation for lifecycle runs. */
  record(ok: boolean, ms: number, failure: () => string, step?: string): void {
    if (!this.open) return;
    if (!ok) {
      this.fail(failure());
      return;
    }
    this.requests++;
    this.latencies.add(ms);
    if (step === undefined) return;
    let list = this.steps.get(step);
    if (!list) this.steps.set(step, (list = new Latencies()));
    list.add(ms);
  }

  fail(message: string): void {
    if (!this.open) return;
    this.failed++;
    this.firstFailure ??= message;
  }
}

const isData = (status: number, body: string) => status >= 200 && status < 300 && body.startsWith('{"data"') && !body.includes('"errors":');
const describe = (status: number, body: string) => `HTTP ${status}: ${body.slice(0, 300)}`;

/** The response last seen by a request's onResponse, read by the response event that follows it synchronously. */
interface Seen {
  ok: boolean;
  status: number;
  body: string;
  step?: string;
}

function readRequests(load: ReadLoad, seen: Seen): autocannon.Request[] {
  return [
    {
      method: "POST",
      body: load.body,
      onResponse: (status, body) => {
        seen.ok = isData(status, body);
        seen.status = status;
        seen.body = seen.ok ? "" : body;
      },
    },
  ];
}

interface LifecycleContext {
  event?: EventRef;
}

// autocannon starts a connection's sequence over (with a fresh context) when setupRequest returns nothing.
const START_OVER = null as unknown as autocannon.Request;

function lifecycleRequests(load: LifecycleLoad, seen: Seen, tally: Tally): autocannon.Request[] {
  let next = load.firstNumber;
  const answer = (step: string) => (status: number, body: string, context: object) => {
    const event = status >= 200 && status < 300 ? eventOf(body) : undefined;
    (context as LifecycleContext).event = event;
    seen.ok = event !== undefined;
    seen.status = status;
    seen.body = seen.ok ? "" : body;
    seen.step = step;
    if (seen.ok && step === `transitionEvent ${load.actions[load.actions.length - 1]}` && tally.open) tally.lifecycles++;
  };
  const report: autocannon.Request = {
    method: "POST",
    setupRequest: (request) => {
      const n = next++;
      return { ...request, body: reportBody(load.grids[n % load.grids.length] as string, n) };
    },
    onResponse: answer("reportEvent"),
  };
  const steps = load.actions.map((action): autocannon.Request => {
    if (!isAction(action)) throw new Error(`unknown lifecycle action ${action}`);
    return {
      method: "POST",
      setupRequest: (request, context) => {
        const event = (context as LifecycleContext).event;
        return event ? { ...request, body: transitionBody(event, action) } : START_OVER;
      },
      onResponse: answer(`transitionEvent ${action}`),
    };
  });
  return [report, ...steps];
}

function summarise(list: Latencies): Percentiles {
  const { count, p50Ms, p99Ms } = list.summary();
  return { count, p50Ms, p99Ms };
}

function run(command: LoadCommand): Promise<LoadFigures> {
  const tally = new Tally();
  const seen: Seen = { ok: false, status: 0, body: "" };
  const requests = command.kind === "read" ? readRequests(command, seen) : lifecycleRequests(command, seen, tally);
  const options: autocannon.Options = {
    url: command.url,
    method: "POST",
    headers: command.headers,
    connections: command.connections,
    // autocannon's own deadline is only a backstop: the window's timer stops it.
    duration: Math.ceil((command.warmupMs + command.durationMs) / 1000) + 60,
    timeout: 60,
    // autocannon notices a stop at its next sample tick: keep that short.
    sampleInt: 100,
    requests,
    skipAggregateResult: true,
  };
  return new Promise<LoadFigures>((resolve, reject) => {
    const instance = autocannon(options, (error: unknown) => {
      if (error) reject(error instanceof Error ? error : new Error(String(error)));
    });
    instance.on("response", (_client, _status, _bytes, ms) => tally.record(seen.ok, ms, () => describe(seen.status, seen.body), seen.step));
    instance.on("reqError", (error: unknown) => tally.fail(error instanceof Error ? error.message : String(error)));

    let figures: LoadFigures | undefined;
    const timers: NodeJS.Timeout[] = [];
    instance.on("done", () => {
      for (const timer of timers) clearTimeout(timer);
      if (figures) resolve(figures);
      else reject(new Error("autocannon stopped before the window closed"));
    });
    instance.on("start", () => {
      timers.push(
        setTimeout(() => {
          const close = openWindow(command, tally);
          send({ id: command.id, type: "window-started" });
          timers.push(
            setTimeout(() => {
              figures = close();
              instance.stop();
            }, command.durationMs),
          );
        }, command.warmupMs),
      );
    });
  });
}

const cpuSpan = (before: number | undefined, after: number | undefined) => (before !== undefined && after !== undefined ? after - before : undefined);

/**
 * Opens the window: reads the counters (the slow /proc scan for PostgreSQL first and last, so
 * its time falls outside) and samples the server's RSS until the returned function closes it.
 */
function openWindow(command: LoadCommand, tally: Tally): () => LoadFigures {
  const pg0 = command.postmasterPid === undefined ? undefined : clusterCpuMs(command.postmasterPid);
  const cpu0 = cpuMs(command.serverPid);
  let peakRss = rssBytes(command.serverPid);
  const sampler = setInterval(() => {
    const rss = rssBytes(command.serverPid);
    if (rss !== undefined && (peakRss === undefined || rss > peakRss)) peakRss = rss;
  }, RSS_EVERY_MS);
  const client0 = process.cpuUsage();
  const t0 = performance.now();
  tally.open = true;
  return () => {
    tally.open = false;
    const windowMs = performance.now() - t0;
    const client = process.cpuUsage(client0);
    const cpu1 = cpuMs(command.serverPid);
    const pg1 = command.postmasterPid === undefined ? undefined : clusterCpuMs(command.postmasterPid);
    clearInterval(sampler);
    const all = tally.latencies.summary();
    return {
      requests: tally.requests,
      failed: tally.failed,
      firstFailure: tally.firstFailure,
      windowMs,
      requestsPerSecond: (tally.requests / windowMs) * 1000,
      p50Ms: all.p50Ms,
      p99Ms: all.p99Ms,
      maxMs: all.maxMs,
      serverCpuMs: cpuSpan(cpu0, cpu1),
      clientCpuMs: (client.user + client.system) / 1000,
      postgresCpuMs: cpuSpan(pg0, pg1),
      peakRssBytes: peakRss,
      ...(command.kind === "lifecycle" ? { lifecycles: tally.lifecycles, steps: Object.fromEntries([...tally.steps].map(([step, list]) => [step, summarise(list)])) } : {}),
    };
  };
}

function send(reply: LoadReply): void {
  process.send?.(reply);
}

if (!process.send) {
  process.stderr.write("bench/load-client is started by the bench (npm run bench) with an IPC channel\n");
  process.exit(2);
}
process.on("message", (command: LoadCommand) => {
  run(command).then(
    (figures) => send({ id: command.id, type: "done", figures }),
    (error: unknown) => send({ id: command.id, type: "failed", error: error instanceof Error ? error.message : String(error) }),
  );
});
// The bench going away ends the load with it.
process.on("disconnect", () => process.exit(0));
