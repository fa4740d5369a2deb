import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { RunningApi } from "../src/server/app.js";
import { graphql, startTestApi } from "./support/api.js";
import { TcpProxy } from "./support/tcp-proxy.js";

let api: RunningApi;
let proxy: TcpProxy;

beforeAll(async () => {
  proxy = new TcpProxy(inject("databaseUrls").governance);
  await proxy.up();
  api = await startTestApi({ governance: proxy.url });
});
afterAll(async () => {
  await api?.stop();
  await proxy?.down();
});

const query = `{ community(code: "420683001001") { name venues { name } activities(first: 2) { title } grids { code } events(first: 2) { totalCount } } }`;

describe("one source down", () => {
  it("returns the other sources' data with SOURCE_UNAVAILABLE naming the source, then recovers", async () => {
    const before = await graphql(api, query);
    expect(before.errors).toBeUndefined();
    expect(before.data!.community.grids.length).toBeGreaterThan(0);

    await proxy.down();
    const during = await graphql(api, query);
    expect(during.data!.community.name).toBeTruthy();
    expect(during.data!.community.venues.length).toBeGreaterThan(0);
    expect(during.data!.community.activities).toHaveLength(2);
    expect(during.data!.community.grids).toBeNull();
    expect(during.data!.community.events).toBeNull();
    expect(during.errors!.length).toBeGreaterThan(0);
    for (const error of during.errors!) {
      expect(error.extensions).toEqual({ code: "SOURCE_UNAVAILABLE", source: "governance", reason: "unreachable" });
    }
    const sources = await graphql(api, `{ sources { name up } }`);
    expect(sources.data!.sources.find((s: any) => s.name === "governance").up).toBe(false);
    const health = await fetch(api.url.replace("/graphql", "/health"));
    expect(health.status).toBe(503);

    await proxy.up();
    const after = await graphql(api, query);
    expect(after.errors).toBeUndefined();
    expect(after.data!.community.grids).toEqual(before.data!.community.grids);
  });
});
