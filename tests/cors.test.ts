import { request as httpRequest } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { WebSocket } from "ws";
import type { RunningApi } from "../src/server/app.js";
import { startTestApi } from "./support/api.js";
import { portOf } from "./support/raw-http.js";

// CORS and the WebSocket origin rule as a browser meets them, spoken over plain HTTP: what a
// preflight, a request and an upgrade from an allowed and from another origin get back.

const PORTAL = "https://portal.example.gov.cn";
const OTHER = "https://elsewhere.example.com";

let api: RunningApi;
let strict: RunningApi;

beforeAll(async () => {
  api = await startTestApi({}, { GONGZHI_CORS_ORIGINS: `${PORTAL},https://*.street.example.gov.cn` });
  // One request a second, small bodies: the error answers an allowed page must still be able to read.
  strict = await startTestApi({}, { GONGZHI_CORS_ORIGINS: PORTAL, GONGZHI_RATE_LIMIT: "1", GONGZHI_RATE_BURST: "1", GONGZHI_MAX_BODY_BYTES: "2000" });
});
afterAll(async () => {
  await api?.stop();
  await strict?.stop();
});

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** One HTTP request with exactly the headers given (fetch would add or forbid some, e.g. Origin). */
function send(target: RunningApi, method: string, headers: Record<string, string>, body?: string, path = "/graphql"): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: "127.0.0.1", port: portOf(target), method, path, headers }, (res) => {
      let text = "";
      res.on("data", (chunk: Buffer) => (text += chunk.toString("utf8")));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: text }));
    });
    req.once("error", reject);
    req.end(body);
  });
}

const preflight = (target: RunningApi, origin: string, requestHeaders = "content-type, authorization") =>
  send(target, "OPTIONS", { origin, "access-control-request-method": "POST", "access-control-request-headers": requestHeaders });

const postFrom = (target: RunningApi, origin: string | null, query = "{ __typename }", headers: Record<string, string> = {}) =>
  send(target, "POST", { "content-type": "application/json", ...(origin ? { origin } : {}), ...headers }, JSON.stringify({ query }));

const corsHeaders = (answer: Answer) => Object.keys(answer.headers).filter((name) => name.startsWith("access-control-"));

describe("CORS preflight", () => {
  it("answers an allowed origin with 204, the origin, the methods and headers the API uses, a max-age and Vary: Origin", async () => {
    const answer = await preflight(api, PORTAL);
    expect(answer.status).toBe(204);
    expect(answer.body).toBe("");
    expect(answer.headers["access-control-allow-origin"]).toBe(PORTAL);
    expect(answer.headers["access-control-allow-methods"]).toBe("GET, POST, OPTIONS");
    const allowed = String(answer.headers["access-control-allow-headers"]).split(", ");
    for (const name of ["content-type", "authorization", "x-purpose", "x-query-stats", "apollo-require-preflight", "x-apollo-operation-name", "x-request-id", "traceparent"]) expect(allowed).toContain(name);
    expect(Number(answer.headers["access-control-max-age"])).toBe(600);
    expect(answer.headers.vary).toBe("Origin");
    // Tokens travel in Authorization: no credentials mode.
    expect(answer.headers["access-control-allow-credentials"]).toBeUndefined();
  });

  it("answers another origin with 403 and no CORS headers", async () => {
    const answer = await preflight(api, OTHER);
    expect(answer.status).toBe(403);
    expect(corsHeaders(answer)).toEqual([]);
    expect(JSON.parse(answer.body).errors[0].extensions).toEqual({ code: "FORBIDDEN", reason: "ORIGIN_NOT_ALLOWED" });
    expect((await preflight(api, "null")).status).toBe(403);
  });

  it("takes the subdomains of a `*.` pattern, at any depth, but not the domain itself", async () => {
    expect((await preflight(api, "https://a.street.example.gov.cn")).headers["access-control-allow-origin"]).toBe("https://a.street.example.gov.cn");
    expect((await preflight(api, "https://h5.a.street.example.gov.cn")).status).toBe(204);
    expect(corsHeaders(await preflight(api, "https://street.example.gov.cn"))).toEqual([]);
    expect(corsHeaders(await preflight(api, "http://a.street.example.gov.cn"))).toEqual([]);
  });
});

describe("CORS on answers", () => {
  it("gives an allowed origin's POST its origin back, with the headers its script may read", async () => {
    const answer = await postFrom(api, PORTAL);
    expect(answer.status).toBe(200);
    expect(JSON.parse(answer.body)).toEqual({ data: { __typename: "Query" } });
    expect(answer.headers["access-control-allow-origin"]).toBe(PORTAL);
    expect(answer.headers["access-control-expose-headers"]).toBe("x-request-id, retry-after");
    expect(answer.headers.vary).toBe("Origin");
    expect(answer.headers["access-control-allow-credentials"]).toBeUndefined();
  });

  it("gives another origin's POST no CORS headers (the browser then hides the answer)", async () => {
    const answer = await postFrom(api, OTHER);
    expect(corsHeaders(answer)).toEqual([]);
    expect(answer.headers.vary).toBe("Origin");
    expect(corsHeaders(await postFrom(api, null))).toEqual([]);
  });

  it("keeps CSRF prevention on: a GET without a preflight header is refused, with the CORS headers so the page can read why", async () => {
    const refused = await send(api, "GET", { origin: PORTAL }, undefined, `/graphql?query=${encodeURIComponent("{ __typename }")}`);
    expect(refused.status).toBe(400);
    expect(refused.body).toContain("Cross-Site Request Forgery");
    expect(refused.headers["access-control-allow-origin"]).toBe(PORTAL);
    const preflighted = await send(api, "GET", { origin: PORTAL, "apollo-require-preflight": "true" }, undefined, `/graphql?query=${encodeURIComponent("{ __typename }")}`);
    expect(preflighted.status).toBe(200);
    expect(preflighted.headers["access-control-allow-origin"]).toBe(PORTAL);
  });

  it("adds them to error answers too: 413 and 429", async () => {
    const big = await postFrom(strict, PORTAL, `{ __typename }${" ".repeat(3000)}`);
    expect(big.status).toBe(413);
    expect(big.headers["access-control-allow-origin"]).toBe(PORTAL);
    // One a second with a burst of one: among three at once, at least one is refused.
    const answers = await Promise.all([1, 2, 3].map(() => postFrom(strict, PORTAL)));
    const throttled = answers.find((a) => a.status === 429);
    expect(throttled).toBeDefined();
    expect(throttled!.headers["access-control-allow-origin"]).toBe(PORTAL);
    expect(throttled!.headers["access-control-expose-headers"]).toContain("retry-after");
    expect(throttled!.headers["retry-after"]).toBeDefined();
  });
});

/** Opens a graphql-ws socket with the headers given; resolves with `connection_ack`, or the HTTP answer that refused the upgrade. */
function openSocket(target: RunningApi, headers: Record<string, string>): Promise<{ acked: true } | { refused: number; body: string }> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(target.url.replace(/^http/, "ws"), "graphql-transport-ws", { headers });
    ws.once("open", () => ws.send(JSON.stringify({ type: "connection_init" })));
    ws.once("message", (data: Buffer) => {
      expect(JSON.parse(data.toString("utf8"))).toEqual({ type: "connection_ack" });
      ws.close();
      resolve({ acked: true });
    });
    ws.once("unexpected-response", (_req, res) => {
      let body = "";
      res.on("data", (chunk: Buffer) => (body += chunk.toString("utf8")));
      res.on("end", () => resolve({ refused: res.statusCode ?? 0, body }));
    });
    ws.once("error", reject);
  });
}

describe("WebSocket origins", () => {
  it("refuses the upgrade from a browser origin not on the list with 403 and says why", async () => {
    const answer = await openSocket(api, { origin: OTHER });
    expect(answer).toMatchObject({ refused: 403 });
    const body = JSON.parse((answer as { body: string }).body);
    expect(body.errors[0].extensions.code).toBe("FORBIDDEN");
    expect(body.errors[0].message).toContain("GONGZHI_CORS_ORIGINS");
    expect(await openSocket(api, { origin: "null" })).toMatchObject({ refused: 403 });
    expect(await openSocket(api, { origin: "https://street.example.gov.cn" })).toMatchObject({ refused: 403 });
  });

  it("serves a client without Origin (not a browser), the allowed origins and the API's own origin (its playground)", async () => {
    expect(await openSocket(api, {})).toEqual({ acked: true });
    expect(await openSocket(api, { origin: PORTAL })).toEqual({ acked: true });
    expect(await openSocket(api, { origin: "https://x.street.example.gov.cn" })).toEqual({ acked: true });
    expect(await openSocket(api, { origin: `http://127.0.0.1:${portOf(api)}` })).toEqual({ acked: true });
  });
});

describe("configuration", () => {
  it("stops the start on a malformed entry, naming it", async () => {
    await expect(startTestApi({}, { GONGZHI_CORS_ORIGINS: `${PORTAL},https://portal.example.gov.cn/app` })).rejects.toThrow('GONGZHI_CORS_ORIGINS: "https://portal.example.gov.cn/app" is not an origin');
  });
});
