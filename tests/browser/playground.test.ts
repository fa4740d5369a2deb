import { existsSync } from "node:fs";
import { chromium, type Browser, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RunningApi } from "../../src/server/app.js";
import { graphql, startTestApi } from "../support/api.js";
import { ADMIN } from "../support/tokens.js";

// The playground in a real browser with no way out: every request to an address other than
// this machine's is blocked and recorded, and the page must still load, run a query with a
// token and receive a subscription item.

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const GRID = "420683001001001";

let api: RunningApi;
let browser: Browser;
let page: Page;
const outside: string[] = [];
const policyViolations: string[] = [];

const isLoopback = (url: string) => {
  const { protocol, hostname } = new URL(url);
  return protocol === "data:" || protocol === "blob:" || ["127.0.0.1", "localhost", "[::1]"].includes(hostname);
};

/** Sets a CodeMirror editor's text (GraphiQL 3 keeps each editor's instance on its wrapper element). */
async function setEditor(selector: string, text: string): Promise<void> {
  await page.locator(selector).first().waitFor();
  await page.evaluate(([s, t]) => (document.querySelector(s) as unknown as { CodeMirror: { setValue(v: string): void } }).CodeMirror.setValue(t), [selector, text] as const);
}

const resultText = () => page.evaluate(() => (document.querySelector(".result-window .CodeMirror") as unknown as { CodeMirror: { getValue(): string } } | null)?.CodeMirror.getValue() ?? "");

async function run(query: string): Promise<void> {
  await setEditor(".graphiql-query-editor .CodeMirror", query);
  // GraphiQL reads the operations of the text a moment after it changes.
  await page.waitForTimeout(500);
  await page.locator(".graphiql-execute-button").click();
}

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) throw new Error(`No Chromium at ${CHROMIUM}: install Debian's chromium (apt-get install -y chromium) or set CHROMIUM_PATH`);
  api = await startTestApi();
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ["--no-sandbox"] });
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  await context.route("**/*", (route) => {
    const url = route.request().url();
    if (isLoopback(url)) return route.continue();
    outside.push(url);
    return route.abort("blockedbyclient");
  });
  page = await context.newPage();
  page.on("console", (message) => {
    if (/Content Security Policy|Refused to (load|connect|execute)/i.test(message.text())) policyViolations.push(message.text());
  });
});
afterAll(async () => {
  await browser?.close();
  await api?.stop();
});

describe("the playground on an intranet", () => {
  it("loads from the API's own origin, with the example operations as tabs", async () => {
    const response = await page.goto(api.url);
    expect(response?.headers()["content-security-policy"]).toContain("default-src 'self'");
    await page.locator(".graphiql-container").waitFor({ timeout: 20_000 });
    // A welcome tab, then one per file of examples/.
    await expect.poll(() => page.locator(".graphiql-tab").count()).toBeGreaterThanOrEqual(10);
    await expect.poll(() => page.locator(".graphiql-tabs").innerText()).toContain("RedProperty");
  });

  it("runs a query with the token written in the Headers editor", async () => {
    await run("{ partyMembers(first: 1) { totalCount } }");
    await expect.poll(resultText, { timeout: 10_000 }).toContain('"totalCount": 0');
    await setEditor(".graphiql-editor-tool .graphiql-editor:not(.hidden) .CodeMirror", JSON.stringify({ Authorization: ADMIN }));
    await run("{ partyMembers(first: 1) { totalCount } }");
    await expect.poll(async () => Number(/"totalCount": (\d+)/.exec(await resultText())?.[1] ?? 0), { timeout: 10_000 }).toBeGreaterThan(0);
  });

  it("receives a subscription item over the same origin's WebSocket", async () => {
    await run(`subscription { eventChanged(filter: { gridCode: "${GRID}" }) { operation event { code title } } }`);
    await page.waitForTimeout(1_000);
    const reported = await graphql(api, `mutation($input: ReportEventInput!) { reportEvent(input: $input) { event { code } } }`, {
      input: { gridCode: GRID, category: "SAFETY_HAZARD", urgency: "NORMAL", channel: "APP", title: "楼道堆物（浏览器）", description: "楼道堆放杂物", address: "2栋" },
    });
    expect(reported.errors).toBeUndefined();
    const code = reported.data!.reportEvent.event.code as string;
    await expect.poll(resultText, { timeout: 10_000 }).toContain(code);
    if (process.env.PLAYGROUND_SCREENSHOT) await page.screenshot({ path: process.env.PLAYGROUND_SCREENSHOT });
  });

  it("shows the docs explorer from the schema", async () => {
    await page.locator(".graphiql-sidebar button").first().click();
    await expect.poll(() => page.locator(".graphiql-doc-explorer").innerText(), { timeout: 10_000 }).toContain("Query");
  });

  it("asked for nothing outside this machine and broke no rule of its page's policy", () => {
    expect(outside).toEqual([]);
    expect(policyViolations).toEqual([]);
  });
});
