/**
 * The soak (`--workload soak --minutes N`): for N minutes, one API process (compiled, on the
 * bench's databases) serves at once steady reads (bench/soak-reads.ts), a few writes a second
 * across the three centres (bench/soak-writes.ts) and a few hundred WebSocket subscribers on
 * `eventChanged` and `changes` (bench/soak-subscribers.ts, a process of its own), each checked
 * to receive every change of the writes its feed carries exactly once. Every minute it samples
 * the server's memory, the minute's requests, errors and latency and the change feeds' lag.
 */
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { projectRoot } from "../src/paths.js";
import { onCleanup } from "./cleanup.js";
import { readDocuments } from "./documents.js";
import { spawnChild } from "./live-child.js";
import type { LiveOpened } from "./live-protocol.js";
import { attach } from "./live.js";
import { OPERATIONS, type Pools, type Variables } from "./operations.js";
import { apiTarget } from "./reads.js";
import { fmt, log } from "./report.js";
import { runReaders, type ReadRequest } from "./soak-reads.js";
import { printSample } from "./soak-report.js";
import type { DeliveryResult, SoakGroup, SoakSubscriberSpec, SoakWrote } from "./soak-protocol.js";
import { postGraphQL, RequestTally } from "./soak-requests.js";
import { readMemory, takeSample, type MemoryReading, type SoakSample } from "./soak-sampler.js";
import { runWriter } from "./soak-writes.js";
import { startApiServer } from "./servers.js";
import { AUTHORIZATION } from "./token.js";
import { eventInData, reportBody } from "./write-lifecycle.js";

/** Readers, each waiting this long (on average) between an answer and its next request. */
export const READ_CLIENTS = 8;
export const THINK_MS = 200;
const SAMPLE_EVERY_MS = 60_000;
/** Handshakes in flight at once while the subscribers connect. */
const OPEN_CONCURRENCY = 50;
/** After the writes stop: give up on late items when none arrived for this long, or after the limit. */
const IDLE_MS = 10_000;
const DRAIN_LIMIT_MS = 120_000;

export interface SoakOptions {
  minutes: number;
  subscribers: number;
  /** Mutations per second. */
  rate: number;
}

export interface SoakFigures {
  options: SoakOptions;
  community: string;
  groups: SoakGroup[];
  opened?: LiveOpened;
  start?: MemoryReading;
  samples: SoakSample[];
  result?: DeliveryResult;
  /** What stopped the soak early. */
  problem?: string;
}

/** Half the subscribers on `eventChanged` of the community, half on `changes` of it (all three centres). */
const groupsFor = (n: number): SoakGroup[] =>
  ([
    { feed: "eventChanged", count: Math.ceil(n / 2) },
    { feed: "changes", count: Math.floor(n / 2) },
  ] satisfies SoakGroup[]).filter((g) => g.count > 0);

export async function measureSoak(options: SoakOptions, urls: Parameters<typeof startApiServer>[2], pools: Pools, variables: Variables): Promise<SoakFigures> {
  const community = variables.communityCode;
  const groups = groupsFor(options.subscribers);
  const figures: SoakFigures = { options, community, groups, samples: [] };
  // One address holds every subscriber: let it.
  const api = await startApiServer("API", projectRoot, urls, { GONGZHI_WS_CONNECTIONS_PER_CLIENT: String(options.subscribers + 100) });
  const metricsUrl = new URL("/metrics", api.url).href;
  const headers = { "content-type": "application/json", authorization: AUTHORIZATION };

  const documents = await readDocuments(join(projectRoot, "examples"), join(projectRoot, "bench", "documents"));
  const target = apiTarget(api, documents, AUTHORIZATION);
  const reads: ReadRequest[] = OPERATIONS.map((op) => ({ name: op.name, ...target.request(op, variables)! }));
  const grids = (await pools.governance.query<{ code: string }>("SELECT code FROM grids WHERE community_code = $1 ORDER BY code", [community])).rows.map((r) => r.code);
  if (grids.length === 0) throw new Error(`community ${community} has no grids to write to`);

  const spec: SoakSubscriberSpec = { groups, community, openConcurrency: OPEN_CONCURRENCY, idleMs: IDLE_MS, drainLimitMs: DRAIN_LIMIT_MS };
  const subscribers = spawnChild("soak-subscribers.ts", [api.url.replace(/^http/, "ws"), JSON.stringify(spec)], "soak subscriber process", onCleanup);
  await subscribers.next("ready", 60_000);
  log(`soak: ${options.subscribers} subscribers (${groups.map((g) => `${g.count} × ${g.feed}`).join(", ")}) of community ${community}, one WebSocket each…`);
  // Events reported through the API until every subscriber has received one: all are attached.
  const probe = async (k: number) => {
    const outcome = await postGraphQL(api.url, headers, reportBody(grids[k % grids.length]!, -1 - k));
    const id = outcome.error ? undefined : eventInData(outcome.data)?.id;
    if (!id) throw new Error(`probe write failed: ${outcome.detail ?? "no event in the answer"}`);
    subscribers.send({ type: "probe", id: String(id) });
  };
  try {
    const attached = await attach(subscribers, options.subscribers, probe, log);
    figures.opened = attached.opened;
    log(`  ${attached.opened.connected} connected in ${fmt(attached.opened.ackMs / 1000)} s, all attached in ${fmt(attached.liveMs / 1000)} s`);
  } catch (error) {
    figures.problem = error instanceof Error ? error.message : String(error);
    return figures;
  }
  figures.start = await readMemory(api, metricsUrl);
  log(`  memory at the start: ${figures.start.source}`);
  // The probes' deliveries are not the soak's: start the subscribers' first interval now.
  subscribers.send({ type: "sample" });
  await subscribers.next("sample", 60_000);
  log(
    `soak: ${fmt(options.minutes, options.minutes % 1 ? 1 : 0)} min of ${READ_CLIENTS} readers (think time ${THINK_MS} ms), ` +
      `${options.rate} writes/s in ${grids.length} grids of ${community}, and the subscribers; a sample every minute…`,
  );

  const tally = new RequestTally();
  const endAt = performance.now() + options.minutes * 60_000;
  const running = () => performance.now() < endAt;
  const startedAt = performance.now();
  const traffic = Promise.all([
    runReaders(reads, READ_CLIENTS, THINK_MS, tally, running),
    runWriter({ url: api.url, headers, community, grids, rate: options.rate }, tally, running, (id, entity) => subscribers.send({ type: "wrote", id, entity } satisfies SoakWrote)),
  ]);
  let intervalStart = startedAt;
  const sample = async () => {
    const taken = await takeSample({ server: api, metricsUrl, tally, subscribers, startedAt, intervalStart });
    intervalStart = performance.now();
    figures.samples.push(taken);
    printSample(taken);
  };
  for (let next = startedAt + SAMPLE_EVERY_MS; next < endAt; next += SAMPLE_EVERY_MS) {
    await new Promise((resolve) => setTimeout(resolve, next - performance.now()));
    await sample();
  }
  // The end: requests still in flight finish and count in the last sample.
  await traffic;
  await sample();
  log("soak: load stopped; waiting for the subscribers' last items…");
  subscribers.send({ type: "drain" });
  figures.result = await subscribers.next<DeliveryResult>("result", DRAIN_LIMIT_MS + 60_000);
  subscribers.send({ type: "close" });
  await subscribers.next("closed", 60_000);
  await api.stop();
  return figures;
}
