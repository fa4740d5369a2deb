import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { problemsOf, codesOf } from "../fuzz/checks.js";
import { Generator } from "../fuzz/generate.js";
import type { Pool, PoolClient } from "pg";
import { closeCentrePools, invariantProblems, openCentrePools, snapshot, type CentrePools, type Snapshot } from "../fuzz/invariants.js";
import { emptyKnown } from "../fuzz/known.js";
import { formatSummary } from "../fuzz/report.js";
import { fuzz } from "../fuzz/run.js";
import { loadSchema } from "../fuzz/schema.js";
import type { RunningApi } from "../src/server/app.js";
import { startTestApi } from "./support/api.js";
import { auth } from "./support/tokens.js";

const SEED = 14;
const COUNT = 3000;

let api: RunningApi;
let pools: CentrePools;
beforeAll(async () => {
  // Refusals of too many requests are right, but would hide what the documents reach.
  api = await startTestApi({}, { GONGZHI_RATE_LIMIT: "0", GONGZHI_LOG_LEVEL: "warn" });
  pools = openCentrePools(inject("databaseUrls"));
});
afterAll(async () => {
  await closeCentrePools(pools);
  await api?.stop();
});

describe("fuzzing: schema-driven documents, valid and hostile, of every role", () => {
  it(`${COUNT} documents (seed ${SEED}) answer without 5xx, internal errors, stacks, SQL or paths, and leave the API healthy and the invariants true`, { timeout: 240_000 }, async () => {
    const before = await snapshot(pools);
    const summary = await fuzz({ url: api.url, auth, seed: SEED, count: COUNT });
    const health = (await fetch(api.url.replace(/\/graphql$/, "/health"))).status;
    const invariants = await invariantProblems(pools, before);
    const report = formatSummary(summary, { invariants, health });
    expect(summary.failures, report).toEqual([]);
    expect(invariants, report).toEqual([]);
    expect(health).toBe(200);
    // Not vacuous: every kind ran, reads and writes got through, and hostile input was refused.
    expect(Object.keys(summary.byKind).sort()).toEqual(["malformed", "mutation", "query", "subscription"]);
    expect(summary.byCode.OK ?? 0, report).toBeGreaterThan(COUNT / 5);
    expect(Object.entries(summary.byMutation).some(([key]) => key.endsWith(" OK")), report).toBe(true);
    for (const code of ["BAD_USER_INPUT", "GRAPHQL_VALIDATION_FAILED", "GRAPHQL_PARSE_FAILED", "FORBIDDEN", "UNAUTHENTICATED"]) expect(summary.byCode[code] ?? 0, code).toBeGreaterThan(0);
  });
});

describe("the fuzzer's checks", () => {
  const http = (status: number, body: unknown) => ({ transport: "http" as const, status, texts: [typeof body === "string" ? body : JSON.stringify(body)] });

  it("pass a clean answer and a client error with a code", () => {
    expect(problemsOf(http(200, { data: { venues: { totalCount: 3 } } }))).toEqual([]);
    expect(problemsOf(http(400, { errors: [{ message: "Cannot query field", extensions: { code: "GRAPHQL_VALIDATION_FAILED" } }] }))).toEqual([]);
    expect(codesOf(http(400, { errors: [{ message: "x", extensions: { code: "BAD_USER_INPUT" } }] }))).toEqual(["BAD_USER_INPUT"]);
  });

  it.each([
    ["a 5xx", http(502, { data: null }), /HTTP 502/],
    ["an internal error", http(200, { errors: [{ message: "Internal server error", extensions: { code: "INTERNAL_SERVER_ERROR" } }] }), /INTERNAL_SERVER_ERROR/],
    ["an error without a code", http(200, { errors: [{ message: "oops" }] }), /without extensions.code/],
    ["a stack trace", http(200, { errors: [{ message: "x", extensions: { code: "BAD_USER_INPUT", stacktrace: ["TypeError: x", "    at f (/app/x.js:1:2)"] } }] }), /stack trace/],
    ["SQL text", http(200, { errors: [{ message: 'duplicate key value violates unique constraint "venues_pkey"', extensions: { code: "CONFLICT" } }] }), /SQL/],
    ["a SELECT", http(200, { errors: [{ message: "failed: SELECT id FROM venues", extensions: { code: "BAD_USER_INPUT" } }] }), /SQL/],
    ["a source path", http(200, { errors: [{ message: "at /work/main/src/resolvers/x.ts:12", extensions: { code: "BAD_USER_INPUT" } }] }), /server path/],
    ["a body that is not JSON", http(400, "<html>Bad Request</html>"), /not JSON/],
    ["a WebSocket closed for an internal error", { transport: "ws" as const, texts: [], closeCode: 4500 }, /4500/],
    ["no answer", { transport: "http" as const, texts: [], transportError: "ECONNRESET" }, /no answer/],
  ])("flag %s", (_what, answer, expected) => {
    expect(problemsOf(answer).join("\n")).toMatch(expected);
  });

  it("flag an unlogged change (a trigger dropped) and an over-full activity", async () => {
    const before = await snapshot(pools);
    const unlogged = await inTransaction("party", async (client) => {
      await client.query("ALTER TABLE micro_wishes DISABLE TRIGGER micro_wishes_change_log");
      await client.query("UPDATE micro_wishes SET version = version + 1 WHERE id = (SELECT min(id) FROM micro_wishes)");
    }, before);
    expect(unlogged.join("\n")).toMatch(/change log of party lacks 1 change\(s\) of micro_wishes/);
    const overFull = await inTransaction("civic", async (client) => {
      // One seat, two volunteers: the API never lets this happen; a centre's own system could.
      await client.query(`UPDATE activities SET capacity = 1 WHERE id = (SELECT activity_id FROM enrolments GROUP BY activity_id HAVING count(*) >= 2 ORDER BY activity_id LIMIT 1)`);
    }, before);
    expect(overFull.join("\n")).toMatch(/an activity with more enrolments than seats/);
    expect(await invariantProblems(pools, before)).toEqual([]);
  });

  it("make the same document from the same seed and index", () => {
    const options = { schema: loadSchema(), known: emptyKnown(), principals: [["admin", 1]] as const, writers: ["admin"], now: Date.parse("2026-06-01T00:00:00Z") };
    const a = new Generator(options);
    const b = new Generator(options);
    for (const index of [0, 1, 17, 999]) expect(JSON.stringify(a.generate(7, index))).toBe(JSON.stringify(b.generate(7, index)));
    expect(JSON.stringify(a.generate(7, 1))).not.toBe(JSON.stringify(a.generate(8, 1)));
  });
});

/** The invariant problems seen from inside a transaction of `centre` after `change`, which is then rolled back. */
async function inTransaction(centre: "party" | "civic", change: (client: PoolClient) => Promise<void>, before: Snapshot): Promise<string[]> {
  const client = await pools[centre].connect();
  try {
    await client.query("BEGIN");
    await change(client);
    const through = { query: client.query.bind(client) } as unknown as Pool;
    return await invariantProblems({ ...pools, [centre]: through }, before);
  } finally {
    await client.query("ROLLBACK");
    client.release();
  }
}
