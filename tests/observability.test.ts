import { InMemorySpanExporter, type ReadableSpan } from "@opentelemetry/sdk-trace-base";
import { Writable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { configureLog } from "../src/observability/log.js";
import { startTracing } from "../src/observability/tracing.js";
import type { RunningApi } from "../src/server/app.js";
import { graphql, post, startTestApi } from "./support/api.js";
import { liveClient, subscribe } from "./support/live.js";
import { ADMIN, tokenHeaders } from "./support/tokens.js";

const spans = new InMemorySpanExporter();
const logLines: Record<string, unknown>[] = [];
let stopTracing: () => Promise<void>;
let api: RunningApi;
let limited: RunningApi;

beforeAll(async () => {
  stopTracing = startTracing(spans, { immediate: true });
  configureLog(
    "debug",
    new Writable({
      write(chunk: Buffer, _encoding, done) {
        for (const line of chunk.toString("utf8").split("\n").filter(Boolean)) logLines.push(JSON.parse(line) as Record<string, unknown>);
        done();
      },
    }),
  );
  api = await startTestApi({}, { GONGZHI_RATE_LIMIT: "0" });
  limited = await startTestApi({}, { GONGZHI_RATE_LIMIT: "1", GONGZHI_RATE_BURST: "1" });
});
afterAll(async () => {
  await api?.stop();
  await limited?.stop();
  await stopTracing?.();
  configureLog("silent");
});

const metricsUrl = (target: RunningApi) => target.url.replace("/graphql", "/metrics");

async function scrape(target: RunningApi = api): Promise<string> {
  const res = await fetch(metricsUrl(target));
  expect(res.status).toBe(200);
  expect(res.headers.get("content-type")).toMatch(/^text\/plain/);
  return res.text();
}

/** The sum of a metric's samples whose labels include `labels`. */
function value(text: string, name: string, labels: Record<string, string> = {}): number {
  let sum = 0;
  for (const line of text.split("\n")) {
    const match = /^([a-zA-Z_:][\w:]*)(?:\{(.*)\})? (\S+)$/.exec(line);
    if (!match || match[1] !== name) continue;
    const found = Object.fromEntries([...(match[2] ?? "").matchAll(/(\w+)="((?:[^"\\]|\\.)*)"/g)].map((m) => [m[1], m[2]]));
    if (Object.entries(labels).every(([k, v]) => found[k] === v)) sum += Number(match[3]);
  }
  return sum;
}

/** Polls `check` until it holds (a subscription attaches and detaches asynchronously). */
async function waitUntil(check: () => Promise<boolean>, timeoutMs = 5000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > until) throw new Error("condition not reached");
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

const VENUES = `query VenueList { community(code: "420683001001") { name venues { name } grids { code } } }`;

describe("Prometheus metrics at /metrics", () => {
  it("count requests by operation, outcome and code, with latency histograms", async () => {
    const before = await scrape();
    expect((await graphql(api, VENUES, undefined, { operationName: "VenueList" })).errors).toBeUndefined();
    const bad = await graphql(api, `query BadNode { node(id: "nonsense") { id } }`);
    expect(bad.errors![0]!.extensions!.code).toBe("BAD_USER_INPUT");
    const after = await scrape();
    const ok = { transport: "http", type: "query", operation: "VenueList", outcome: "ok", code: "" };
    expect(value(after, "gongzhi_requests_total", ok) - value(before, "gongzhi_requests_total", ok)).toBe(1);
    const failed = { transport: "http", type: "query", operation: "BadNode", code: "BAD_USER_INPUT" };
    expect(value(after, "gongzhi_requests_total", failed) - value(before, "gongzhi_requests_total", failed)).toBe(1);
    const timed = { transport: "http", operation: "VenueList", outcome: "ok" };
    expect(value(after, "gongzhi_request_duration_seconds_count", timed) - value(before, "gongzhi_request_duration_seconds_count", timed)).toBe(1);
    expect(value(after, "gongzhi_request_duration_seconds_bucket", { ...timed, le: "+Inf" })).toBe(value(after, "gongzhi_request_duration_seconds_count", timed));
  });

  it("count each source's statements and their time, as the request itself counted them", async () => {
    const before = await scrape();
    const answer = await graphql(api, VENUES);
    const after = await scrape();
    const stats = answer.extensions!.queryStats!;
    for (const source of ["registry", "party", "governance"] as const) {
      const counted = stats[source]!.statements;
      expect(counted).toBeGreaterThan(0);
      // Background work (the change feeds' catch-up) may add statements of its own, never fewer.
      expect(value(after, "gongzhi_source_statements_total", { source }) - value(before, "gongzhi_source_statements_total", { source })).toBeGreaterThanOrEqual(counted);
      expect(value(after, "gongzhi_source_statement_duration_seconds_count", { source })).toBeGreaterThan(value(before, "gongzhi_source_statement_duration_seconds_count", { source }));
    }
  });

  it("show the pools, the process and the refusals of the rate limit", async () => {
    const text = await scrape();
    for (const source of ["registry", "party", "civic", "governance"]) {
      for (const state of ["in_use", "idle", "waiting"]) expect(text).toContain(`gongzhi_pool_connections{source="${source}",state="${state}"}`);
    }
    expect(value(text, "process_resident_memory_bytes")).toBeGreaterThan(0);
    expect(value(text, "nodejs_heap_size_used_bytes")).toBeGreaterThan(0);

    const refusedBefore = value(await scrape(limited), "gongzhi_rate_limit_refusals_total");
    const answers = await Promise.all([1, 2, 3].map(() => post(limited, "{ __typename }")));
    const refused = answers.filter((a) => a.status === 429).length;
    expect(refused).toBeGreaterThan(0);
    expect(value(await scrape(limited), "gongzhi_rate_limit_refusals_total") - refusedBefore).toBe(refused);
  });

  it("count audit-log writes of personal data read", async () => {
    const before = await scrape();
    const headers = { ...(await tokenHeaders({ subject: "metrics-auditor", role: "admin", scopes: ["pii:read"] })), "x-purpose": "metrics test" };
    const read = await post(api, `query Phones { community(code: "420683001001") { grids { workers { phone } } } }`, headers);
    expect(read.body.errors).toBeUndefined();
    const after = await scrape();
    expect(value(after, "gongzhi_audit_writes_total", { outcome: "ok" }) - value(before, "gongzhi_audit_writes_total", { outcome: "ok" })).toBe(1);
    expect(value(after, "gongzhi_audit_entries_total") - value(before, "gongzhi_audit_entries_total")).toBeGreaterThan(0);
  });

  it("show live subscribers and groups, and the change feed's lag from commit to delivery", async () => {
    const before = await scrape();
    const client = liveClient(api, { authorization: ADMIN });
    const sub = subscribe(client, `subscription { changes(scope: { divisionCodePrefix: "420683001001" }, sources: [GOVERNANCE]) { cursor } }`);
    try {
      // The subscription is attached once the hub counts it.
      await waitUntil(async () => value(await scrape(), "gongzhi_live_subscribers") > value(before, "gongzhi_live_subscribers"));
      const during = await scrape();
      expect(value(during, "gongzhi_live_subscribers") - value(before, "gongzhi_live_subscribers")).toBe(1);
      expect(value(during, "gongzhi_live_groups")).toBeGreaterThanOrEqual(1);
      const reported = await graphql(api, `mutation($input: ReportEventInput!) { reportEvent(input: $input) { event { id } } }`, {
        input: { gridCode: "420683001001001", category: "SAFETY_HAZARD", urgency: "NORMAL", channel: "APP", title: "楼道堆物", description: "楼道堆放杂物", address: "2栋" },
      });
      expect(reported.errors).toBeUndefined();
      await sub.waitFor(1);
      const lagged = await scrape();
      expect(value(lagged, "gongzhi_change_feed_lag_seconds_count", { centre: "governance" })).toBeGreaterThan(value(before, "gongzhi_change_feed_lag_seconds_count", { centre: "governance" }));
    } finally {
      sub.stop();
      await client.dispose();
    }
    await waitUntil(async () => value(await scrape(), "gongzhi_live_subscribers") === value(before, "gongzhi_live_subscribers"));
  });
});

describe("OpenTelemetry traces", () => {
  const TRACE_ID = "4bf92f3577b34da6a3ce929d0e0e4736";
  const PARENT_SPAN = "00f067aa0ba902b7";

  it("give each operation a span in the caller's trace (traceparent), with a child span per source round trip", async () => {
    spans.reset();
    const res = await post(api, { query: VENUES, operationName: "VenueList" }, { authorization: ADMIN, traceparent: `00-${TRACE_ID}-${PARENT_SPAN}-01` });
    expect(res.body.errors).toBeUndefined();
    const finished = spans.getFinishedSpans();
    const operation = finished.find((s) => s.name === "query VenueList");
    expect(operation).toBeDefined();
    expect(operation!.spanContext().traceId).toBe(TRACE_ID);
    expect(operation!.parentSpanContext?.spanId).toBe(PARENT_SPAN);
    expect(operation!.attributes["graphql.operation.name"]).toBe("VenueList");
    const children = finished.filter((s: ReadableSpan) => s.parentSpanContext?.spanId === operation!.spanContext().spanId);
    const sources = new Set(children.map((s) => s.attributes["db.namespace"]));
    expect(sources).toEqual(new Set(["registry", "party", "governance"]));
    for (const child of children) {
      expect(child.spanContext().traceId).toBe(TRACE_ID);
      expect(child.attributes["db.system.name"]).toBe("postgresql");
      expect(String(child.attributes["db.query.text"])).toMatch(/^(select|with)/i);
    }
  });

  it("start a new trace without a traceparent, and mark an operation that failed", async () => {
    spans.reset();
    await post(api, { query: `query BadNode { node(id: "nonsense") { id } }` }, { authorization: ADMIN });
    const operation = spans.getFinishedSpans().find((s) => s.name === "query BadNode");
    expect(operation).toBeDefined();
    expect(operation!.parentSpanContext).toBeUndefined();
    expect(operation!.status.code).toBe(2); // ERROR
    expect(operation!.attributes["gongzhi.error_codes"]).toEqual(["BAD_USER_INPUT"]);
  });
});

describe("structured logs", () => {
  it("write one JSON line per request with its request id, which the response also carries", async () => {
    logLines.length = 0;
    const res = await post(api, { query: VENUES, operationName: "VenueList" }, { authorization: ADMIN });
    const id = res.headers.get("x-request-id");
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    const line = logLines.find((l) => l.requestId === id);
    expect(line).toMatchObject({ level: "debug", msg: "request", transport: "http", type: "query", operation: "VenueList", status: 200, codes: [] });
    expect(typeof line!.time).toBe("string");
    expect(line!.traceId).toMatch(/^[0-9a-f]{32}$/);
  });

  it("keep a caller's own request id, and log a failed request at info with its codes", async () => {
    logLines.length = 0;
    const res = await post(api, { query: `query BadNode { node(id: "nonsense") { id } }` }, { authorization: ADMIN, "x-request-id": "portal-7f3a" });
    expect(res.headers.get("x-request-id")).toBe("portal-7f3a");
    expect(logLines.find((l) => l.requestId === "portal-7f3a")).toMatchObject({ level: "info", operation: "BadNode", codes: ["BAD_USER_INPUT"] });
  });
});
