import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { RunningApi } from "../src/server/app.js";
import { graphql, startTestApi } from "./support/api.js";
import { liveClient, subscribe } from "./support/live.js";

let api: RunningApi;
let governance: pg.Pool;
beforeAll(async () => {
  api = await startTestApi();
  governance = new pg.Pool({ connectionString: inject("databaseUrls").governance, max: 2 });
});
afterAll(async () => {
  await governance?.end();
  await api?.stop();
});

const COMMUNITY = "420683001004";
const GRID = `${COMMUNITY}001`;
const REPORT = `mutation($input: ReportEventInput!) { reportEvent(input: $input) { event { id code version } } }`;
const report = async (gridCode = GRID, title = "楼道堆物") => {
  const res = await graphql(api, REPORT, { input: { gridCode, category: "SAFETY_HAZARD", urgency: "NORMAL", channel: "APP", title, description: "楼道堆放杂物", address: "2栋" } });
  expect(res.errors).toBeUndefined();
  return res.data!.reportEvent.event;
};

describe("eventChanged", () => {
  it("streams events of the filtered community, written through the API or by plain SQL, and nothing else", async () => {
    const client = liveClient(api);
    const sub = subscribe(client, `subscription($f: EventChangeFilter) { eventChanged(filter: $f) { cursor operation id at event { id code status title } } }`, { f: { communityCode: COMMUNITY } });
    await sub.settle(300);
    const mine = await report();
    await report("420683001001001", "别的社区");
    await governance.query("UPDATE events SET title = '楼道堆物（已清理）' WHERE code = $1", [mine.code]);
    const [created, updated] = await sub.waitFor(2);
    expect(created).toMatchObject({ operation: "INSERT", id: mine.id, event: { code: mine.code, status: "REPORTED" } });
    expect(updated).toMatchObject({ operation: "UPDATE", id: mine.id, event: { title: "楼道堆物（已清理）" } });
    expect((await sub.settle()).length).toBe(2);
    sub.stop();
    await client.dispose();
  });
});
