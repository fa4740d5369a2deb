/**
 * The soak's writer: mutations through the API at a fixed rate, one after another, in a cycle
 * over the three centres: an event reported and moved through its lifecycle (governance, seven
 * mutations, bench/write-lifecycle.ts), a service order placed (civic), a micro-wish posted
 * (party). Every committed write is handed on, so that subscribers can be checked against it.
 */
import { performance } from "node:perf_hooks";
import { eventInData, LIFECYCLE, reportBody, transitionBody, type EventRef } from "./write-lifecycle.js";
import type { SoakEntity } from "./soak-protocol.js";
import { postGraphQL, type RequestTally } from "./soak-requests.js";

const DEMAND = "mutation SoakDemand($input: PlaceDemandInput!) { placeDemand(input: $input) { demand { id } } }";
const WISH = "mutation SoakWish($input: PostMicroWishInput!) { postMicroWish(input: $input) { microWish { id } } }";

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** One step of the cycle: its request body, and the written entity's id in the answer's data. */
interface Step {
  name: string;
  entity: SoakEntity;
  body: string;
  idOf(data: unknown): string | undefined;
}

type Json = Record<string, Record<string, Record<string, unknown> | undefined> | undefined>;

const placeDemand = (community: string, grid: string, n: number): Step => ({
  name: "placeDemand",
  entity: "Demand",
  body: JSON.stringify({
    operationName: "SoakDemand",
    query: DEMAND,
    variables: { input: { communityCode: community, gridCode: grid, category: "ELDERLY_CARE", title: `压测点单 ${n}`, description: "老人需要上门理发", residentName: "压测居民" } },
  }),
  idOf: (data) => (data as Json)?.placeDemand?.demand?.id as string | undefined,
});

const postWish = (community: string, grid: string, n: number): Step => ({
  name: "postMicroWish",
  entity: "MicroWish",
  body: JSON.stringify({
    operationName: "SoakWish",
    query: WISH,
    variables: { input: { communityCode: community, gridCode: grid, title: `压测心愿 ${n}`, description: "想要一套儿童绘本", residentName: "压测居民" } },
  }),
  idOf: (data) => (data as Json)?.postMicroWish?.microWish?.id as string | undefined,
});

const eventStep = (name: string, body: string): Step => ({
  name,
  entity: "Event",
  body,
  idOf: (data) => eventInData(data)?.id as string | undefined,
});

export interface Writer {
  url: string;
  headers: Record<string, string>;
  community: string;
  /** Grids of the community, written to in turn. */
  grids: readonly string[];
  /** Mutations per second. */
  rate: number;
}

/** Writes until `running()` turns false; `wrote` is told of each committed write. */
export async function runWriter(writer: Writer, tally: RequestTally, running: () => boolean, wrote: (id: string, entity: SoakEntity) => void): Promise<void> {
  const interval = 1000 / writer.rate;
  const start = performance.now();
  let sent = 0;
  let cycle = 0;
  const send = async (step: Step): Promise<unknown> => {
    const wait = start + sent * interval - performance.now();
    sent++;
    if (wait > 0) await sleep(wait);
    const outcome = await postGraphQL(writer.url, writer.headers, step.body);
    const id = outcome.error ? undefined : step.idOf(outcome.data);
    tally.record("write", id || outcome.error ? outcome : { ...outcome, error: "no id in the answer", detail: JSON.stringify(outcome.data).slice(0, 300) }, step.name);
    if (id) wrote(id, step.entity);
    return id ? outcome.data : undefined;
  };
  while (running()) {
    const n = cycle++;
    const grid = writer.grids[n % writer.grids.length]!;
    let data = await send(eventStep("reportEvent", reportBody(grid, n)));
    for (const action of LIFECYCLE) {
      const event: EventRef | undefined = eventInData(data);
      if (!event || !running()) break;
      data = await send(eventStep(`transitionEvent ${action}`, transitionBody(event, action)));
    }
    if (running()) await send(placeDemand(writer.community, grid, n));
    if (running()) await send(postWish(writer.community, grid, n));
  }
}
