import { existsSync } from "node:fs";
import { createServer } from "node:net";
import { join } from "node:path";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startPortal, type Portal } from "../../examples/portal/serve.js";
import { projectRoot } from "../../src/paths.js";
import type { RunningApi } from "../../src/server/app.js";
import { graphql, startTestApi } from "../support/api.js";
import { ADMIN } from "../support/tokens.js";

// The example portal (examples/portal) in a real browser, on its own origin: the API allows
// that origin (GONGZHI_CORS_ORIGINS) and no other, so the same page served from another port
// is refused by the browser itself: its fetch by CORS, its WebSocket by the API's origin check.

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const COMMUNITY = "420683001001";
const GRID = "420683001001001";

let api: RunningApi;
let allowed: Portal;
let other: Portal;
let browser: Browser;
let context: BrowserContext;

/** A port nobody listens on now, so the API's allow-list can name the portal's origin before the portal starts. */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  await new Promise((resolve) => server.close(resolve));
  if (typeof address !== "object" || !address) throw new Error("no port");
  return address.port;
}

/** A page whose console lines are kept, to find the browser's own words for a refusal. */
async function openPage(url: string): Promise<{ page: Page; console: string[] }> {
  const page = await context.newPage();
  const lines: string[] = [];
  page.on("console", (message) => lines.push(message.text()));
  await page.goto(url);
  return { page, console: lines };
}

const count = (page: Page, selector: string) => page.locator(selector).count();
const tileValue = async (page: Page, name: string) => Number(await page.locator(".tile", { hasText: name }).locator(".number").innerText());

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) throw new Error(`No Chromium at ${CHROMIUM}: install Debian's chromium (apt-get install -y chromium) or set CHROMIUM_PATH`);
  const port = await freePort();
  // As a public portal would run it: visitors without a token may run the portal's own operations only.
  api = await startTestApi({}, { GONGZHI_CORS_ORIGINS: `http://127.0.0.1:${port}`, GONGZHI_RATE_LIMIT: "0", GONGZHI_PERSISTED_OPERATIONS: "strict", GONGZHI_OPERATIONS_DIR: join(projectRoot, "examples/portal") });
  allowed = await startPortal({ port, host: "127.0.0.1", apiUrl: api.url });
  other = await startPortal({ port: 0, host: "127.0.0.1", apiUrl: api.url });
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ["--no-sandbox"] });
  context = await browser.newContext({ viewport: { width: 1400, height: 1000 }, locale: "zh-CN" });
});
afterAll(async () => {
  await browser?.close();
  await allowed?.close();
  await other?.close();
  await api?.stop();
});

describe("the example portal on an allowed origin", () => {
  let page: Page;
  let console: string[];

  it("renders the community page with data from all three centres, and the live counters", async () => {
    ({ page, console } = await openPage(`${allowed.url}?community=${COMMUNITY}`));
    await page.locator("body[data-state=ready]").waitFor({ timeout: 20_000 });
    expect(await page.locator("#community-name").innerText()).toMatch(/社区$/);
    expect(await page.locator("#community-street").innerText()).toContain(COMMUNITY);
    // Party: members, venues and red stations; civic: activities; governance: the grids.
    expect(await page.locator("#party").innerText()).toMatch(/\d+\s*名党员/);
    expect(await count(page, "#party .items li")).toBeGreaterThan(2);
    expect(await count(page, "#civic .items li")).toBeGreaterThan(0);
    expect(await count(page, "#governance table.grid tbody tr")).toBeGreaterThan(2);
    // communityStats over the WebSocket.
    await page.locator("#live[data-live=live]").waitFor({ timeout: 10_000 });
    await expect.poll(() => count(page, "#stats .tile"), { timeout: 10_000 }).toBe(6);
    expect(console.filter((line) => /CORS|Content Security Policy|Refused/i.test(line))).toEqual([]);
  });

  it("reads the API's refusals too: an operation of its own is not registered for a visitor", async () => {
    const answer = await page.evaluate(async (url) => {
      const res = await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query: "{ __typename }" }) });
      return { status: res.status, requestId: res.headers.get("x-request-id"), body: (await res.json()) as { errors: { extensions: { code: string; reason?: string } }[] } };
    }, api.url);
    expect(answer.body.errors[0]!.extensions).toMatchObject({ code: "FORBIDDEN", reason: "OPERATION_NOT_REGISTERED" });
    // Exposed to the page's script by Access-Control-Expose-Headers.
    expect(answer.requestId).toBeTruthy();
  });

  it("shows a reported event through the subscription, with a staff token", async () => {
    await page.fill("#token", ADMIN);
    await page.click("#token-form button");
    await page.locator("body[data-state=ready]").waitFor({ timeout: 20_000 });
    await expect.poll(() => page.locator("#who").innerText()).toBe("工作人员");
    await expect.poll(() => count(page, "#governance .items li"), { timeout: 10_000 }).toBeGreaterThan(0);
    await page.locator("#live[data-live=live]").waitFor({ timeout: 10_000 });
    await expect.poll(() => count(page, "#stats .tile"), { timeout: 10_000 }).toBe(6);
    const openBefore = await tileValue(page, "在办事件");
    // When each feed item appears, by the page's clock (the same machine's as the test's).
    await page.evaluate(() => {
      const seen: Record<string, number> = {};
      (window as unknown as { feedSeen: Record<string, number> }).feedSeen = seen;
      new MutationObserver(() => {
        for (const li of document.querySelectorAll<HTMLElement>("#feed li[data-code]")) seen[li.dataset.code!] ??= Date.now();
      }).observe(document.getElementById("feed")!, { childList: true });
    });
    // The subscriptions were sent with the counters' first answer; give the feed's a moment to be registered.
    await page.waitForTimeout(1_000);

    const reported = await graphql(api, `mutation($input: ReportEventInput!) { reportEvent(input: $input) { event { code } } }`, {
      input: { gridCode: GRID, category: "SAFETY_HAZARD", urgency: "HIGH", channel: "APP", title: "楼道堆放杂物（门户）", description: "3栋2单元楼道堆放纸箱，影响通行", address: "3栋2单元" },
    });
    const committed = Date.now();
    expect(reported.errors).toBeUndefined();
    const code = reported.data!.reportEvent.event.code as string;
    const item = page.locator(`#feed li[data-code="${code}"]`);
    await item.waitFor({ timeout: 5_000 });
    const seenAt = await page.evaluate((c) => (window as unknown as { feedSeen: Record<string, number> }).feedSeen[c], code);
    process.stdout.write(`portal: the reported event ${code} appeared on the page ${seenAt! - committed} ms after the mutation's answer\n`);
    expect(await item.innerText()).toContain("楼道堆放杂物（门户）");
    // The counters follow (recounted after a burst of changes settles).
    await expect.poll(() => tileValue(page, "在办事件"), { timeout: 5_000 }).toBeGreaterThanOrEqual(openBefore + 1);
    await page.locator(".feed li.fresh").first().evaluate((li) => li.getAnimations().forEach((a) => a.finish()));
    if (process.env.PORTAL_SCREENSHOT) await page.screenshot({ path: process.env.PORTAL_SCREENSHOT, fullPage: true });
    expect(console.filter((line) => /CORS|Content Security Policy|Refused/i.test(line))).toEqual([]);
  });
});

describe("the same page on an origin not on the list", () => {
  it("fails with the browser's CORS refusal and shows its error state", async () => {
    const { page, console } = await openPage(`${other.url}?community=${COMMUNITY}`);
    await page.locator("body[data-state=error]").waitFor({ timeout: 20_000 });
    expect(await page.locator("#status").innerText()).toContain("无法连接接口");
    // Chromium's own message: the preflight (answered 403 without CORS headers) failed.
    await expect.poll(() => console.join("\n"), { timeout: 5_000 }).toMatch(/from origin 'http:\/\/127\.0\.0\.1:\d+' has been blocked by CORS policy/);
    // The live counters' WebSocket is refused at the upgrade.
    await page.locator("#live[data-live=error]").waitFor({ timeout: 10_000 });
    await expect.poll(() => console.join("\n"), { timeout: 5_000 }).toMatch(/WebSocket connection to 'ws:\/\/127\.0\.0\.1:\d+\/graphql' failed.*403/);
    expect(await count(page, "#party .items li")).toBe(0);
  });

  it("cannot open a WebSocket to the API, while the allowed origin can", async () => {
    const wsUrl = api.url.replace(/^http/, "ws");
    const open = (page: Page) =>
      page.evaluate(
        (url) =>
          new Promise<string>((resolve) => {
            const ws = new WebSocket(url, "graphql-transport-ws");
            ws.onopen = () => {
              ws.close();
              resolve("open");
            };
            ws.onclose = (event) => resolve(`closed ${event.code}`);
          }),
        wsUrl,
      );
    const refused = await openPage(other.url);
    expect(await open(refused.page)).toBe("closed 1006");
    const served = await openPage(allowed.url);
    expect(await open(served.page)).toBe("open");
  });
});
