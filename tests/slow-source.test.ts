import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { RunningApi } from "../src/server/app.js";
import type { Client } from "graphql-ws";
import { graphql, startTestApi } from "./support/api.js";
import { liveClient } from "./support/live.js";

// A small share per source, so that a held lock exhausts it quickly.
const LIMITS = {
  GONGZHI_SOURCE_CONNECTIONS: "2",
  GONGZHI_SOURCE_QUEUE: "20",
  GONGZHI_SOURCE_QUEUE_TIMEOUT_MS: "1000",
  GONGZHI_STATEMENT_TIMEOUT_MS: "1500",
  GONGZHI_RATE_LIMIT: "0",
  // The storm below runs in this same process: opening a connection may wait for the busy event loop.
  GONGZHI_CONNECT_TIMEOUT_MS: "10000",
};
const CODE = "420683001001";
// Straight to one source each (no token: no registry lookup of the caller either).
const governanceQuery = `{ grid(code: "${CODE}001") { code } }`;
const partyQuery = `{ venues(first: 3) { edges { node { name } } } }`;

let api: RunningApi;
let locker: pg.Client;

beforeAll(async () => {
  api = await startTestApi({}, LIMITS);
  locker = new pg.Client({ connectionString: inject("databaseUrls").governance });
  await locker.connect();
});
afterAll(async () => {
  await locker?.end();
  await api?.stop();
});

/** Holds an exclusive lock on the governance grids while `work` runs: every statement reading them waits. */
async function withGridsLocked<T>(work: () => Promise<T>): Promise<T> {
  await locker.query("BEGIN");
  await locker.query("LOCK TABLE grids IN ACCESS EXCLUSIVE MODE");
  try {
    return await work();
  } finally {
    await locker.query("ROLLBACK");
  }
}

const asPublic = (query: string) => graphql(api, query, undefined, { authorization: null });

/** One query over the WebSocket: thousands of them wait at the API at once without thousands of TCP connections. */
function ask(client: Client, query: string): Promise<{ data?: any; errors?: { extensions?: Record<string, unknown> }[] }> {
  return new Promise((resolve, reject) => {
    let result: { data?: any; errors?: { extensions?: Record<string, unknown> }[] } = {};
    client.subscribe({ query }, { next: (r) => (result = r as typeof result), error: reject, complete: () => resolve(result) });
  });
}

const reasonsOf = (answers: { errors?: { extensions?: Record<string, unknown> }[] }[]) => answers.flatMap((a) => (a.errors ?? []).map((e) => `${e.extensions?.code}/${e.extensions?.source}/${e.extensions?.reason}`));

describe("a slow source holds no more than its share", () => {
  it("ends a statement that waits past the statement timeout with SOURCE_UNAVAILABLE, reason statement-timeout, and leaves the rest of the answer", async () => {
    const answer = await withGridsLocked(() => asPublic(`{ community(code: "${CODE}") { name grids { code } } }`));
    expect(answer.data!.community.name).toBeTruthy();
    expect(answer.data!.community.grids).toBeNull();
    expect(reasonsOf([answer])).toEqual(["SOURCE_UNAVAILABLE/governance/statement-timeout"]);
  });

  it("with 2,000 requests waiting on it, queues no more than its bound, refuses the rest at once (busy), and the other sources keep answering", async () => {
    const governance = api.databases.governance.pool;
    const client = liveClient(api, {});
    // The party pool's connections are open before the storm, as they are in a running API.
    await Promise.all([1, 2].map(() => asPublic(partyQuery)));
    let mostWaiting = 0;
    const { answers, party } = await withGridsLocked(async () => {
      const watch = setInterval(() => (mostWaiting = Math.max(mostWaiting, governance.waitingCount)), 2);
      try {
        const storm = Promise.all(Array.from({ length: 2000 }, () => ask(client, governanceQuery)));
        // Meanwhile the party source answers as usual.
        const party = await Promise.all(Array.from({ length: 20 }, () => asPublic(partyQuery)));
        return { answers: await storm, party };
      } finally {
        clearInterval(watch);
      }
    }).finally(() => client.dispose());
    expect(mostWaiting).toBeGreaterThan(0);
    expect(mostWaiting).toBeLessThanOrEqual(Number(LIMITS.GONGZHI_SOURCE_QUEUE));
    for (const answer of party) {
      expect(answer.errors).toBeUndefined();
      expect(answer.data!.venues.edges.length).toBeGreaterThan(0);
    }
    const reasons = reasonsOf(answers);
    expect(reasons).toHaveLength(2000);
    const counts = Object.fromEntries([...new Set(reasons)].map((r) => [r, reasons.filter((x) => x === r).length]));
    // Nearly all are refused without waiting; the few admitted time out in the queue or in
    // PostgreSQL, or (a connection opened while this process's event loop is saturated by the
    // storm itself) could not be connected in time.
    expect(Object.keys(counts).filter((r) => !/^SOURCE_UNAVAILABLE\/governance\/(busy|queue-timeout|statement-timeout|unreachable)$/.test(r))).toEqual([]);
    expect(counts["SOURCE_UNAVAILABLE/governance/busy"]).toBeGreaterThan(1900);

    // Once the lock is gone the source serves again.
    const after = await asPublic(governanceQuery);
    expect(after.errors).toBeUndefined();
    expect(after.data!.grid.code).toBe(`${CODE}001`);
  });
});
