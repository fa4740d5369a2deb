import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RunningApi } from "../src/server/app.js";
import { startTestApi } from "./support/api.js";

// What the playground's HTTP side answers; tests/browser/ drives it in Chromium.

let api: RunningApi;
let off: RunningApi;
beforeAll(async () => {
  api = await startTestApi();
  off = await startTestApi({}, { GONGZHI_PLAYGROUND: "off" });
});
afterAll(async () => {
  await api?.stop();
  await off?.stop();
});

const origin = (a: RunningApi) => new URL(a.url).origin;
const html = { accept: "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8" };

describe("the playground over HTTP", () => {
  it("serves the page to a browser, with a policy that allows only its own origin, and every file it names", async () => {
    const res = await fetch(api.url, { headers: html });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/html; charset=utf-8");
    expect(res.headers.get("content-security-policy")).toMatch(/default-src 'self'.*script-src 'self'/);
    const page = await res.text();
    const sources = [...page.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1]!);
    expect(sources.length).toBe(6);
    for (const source of sources) {
      expect(source.startsWith("/ide/")).toBe(true);
      const asset = await fetch(origin(api) + source, { headers: { "accept-encoding": "gzip" } });
      expect(asset.status, source).toBe(200);
      expect((await asset.arrayBuffer()).byteLength, source).toBeGreaterThan(0);
      // A browser revalidating gets 304 without the body.
      const again = await fetch(origin(api) + source, { headers: { "if-none-match": asset.headers.get("etag") ?? "" } });
      expect(again.status, source).toBe(304);
    }
    // The examples ride in the page as data, each with the demo city's values for its variables.
    const examples = JSON.parse(/<script id="examples" type="application\/json">(.*?)<\/script>/s.exec(page)![1]!) as { query: string; variables?: string }[];
    const community = examples.find((e) => e.query.includes("query CommunityPage"))!;
    expect(JSON.parse(community.variables!)).toEqual({ code: "420683001001" });
  });

  it("leaves GraphQL over GET to clients that do not ask for HTML, and refuses unknown files", async () => {
    const get = await fetch(`${api.url}?query=${encodeURIComponent("{ __typename }")}`, { headers: { "apollo-require-preflight": "1" } });
    expect(await get.json()).toEqual({ data: { __typename: "Query" } });
    const json = await fetch(api.url, { headers: { accept: "application/json" } });
    expect(json.headers.get("content-type")).not.toContain("text/html");
    expect((await fetch(`${origin(api)}/ide/../package.json`)).status).toBe(404);
    expect((await fetch(`${origin(api)}/ide/secret.js`)).status).toBe(404);
  });

  it("is not served when turned off", async () => {
    const res = await fetch(off.url, { headers: html });
    expect(res.headers.get("content-type")).not.toContain("text/html");
    expect((await fetch(`${origin(off)}/ide/graphiql.min.js`)).status).toBe(404);
  });
});
