/**
 * Limits at the edge, each from the configuration: the request body's size, the time a client
 * has to send its headers and its whole request, a WebSocket message's size, and WebSocket
 * connections per client address. Each test fails with Node's and ws's defaults.
 */
import WebSocket from "ws";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RunningApi } from "../src/server/app.js";
import { post, startTestApi } from "./support/api.js";
import { wsUrl } from "./support/live.js";
import { postHead, rawConnection } from "./support/raw-http.js";

const PROTOCOL = "graphql-transport-ws";

let api: RunningApi;
let behindProxy: RunningApi;
beforeAll(async () => {
  [api, behindProxy] = await Promise.all([
    startTestApi({}, { GONGZHI_MAX_BODY_BYTES: "2000", GONGZHI_HEADERS_TIMEOUT_MS: "300", GONGZHI_REQUEST_TIMEOUT_MS: "600", GONGZHI_WS_CONNECTIONS_PER_CLIENT: "2" }),
    startTestApi({}, { GONGZHI_WS_MAX_PAYLOAD_BYTES: "1000", GONGZHI_WS_CONNECTIONS_PER_CLIENT: "2", GONGZHI_TRUST_PROXY: "1" }),
  ]);
});
afterAll(async () => {
  await Promise.all([api?.stop(), behindProxy?.stop()]);
});

/** A valid query padded with spaces to `bytes` bytes of JSON. */
function paddedQuery(bytes: number): string {
  const bare = JSON.stringify({ query: "{ __typename }" });
  return JSON.stringify({ query: `{ __typename }${" ".repeat(bytes - bare.length)}` });
}

describe("request body size", () => {
  it("answers a body over GONGZHI_MAX_BODY_BYTES with 413 BAD_REQUEST naming the limit, declared or streamed", async () => {
    const fits = paddedQuery(1900);
    expect(Buffer.byteLength(fits)).toBe(1900);
    const ok = await fetch(api.url, { method: "POST", headers: { "content-type": "application/json" }, body: fits });
    expect(ok.status).toBe(200);
    await ok.text();

    // Declared with Content-Length: refused without reading the body.
    const big = paddedQuery(5000);
    const declared = await rawConnection(api);
    declared.write(postHead(big));
    const refused = await declared.closed();
    expect(refused.status).toBe(413);
    expect(refused.headers.connection).toBe("close");
    const body = JSON.parse(refused.body);
    expect(body.errors[0].extensions.code).toBe("BAD_REQUEST");
    expect(body.errors[0].message).toMatch(/at most 2000 bytes/);

    // Chunked, with no length declared: refused once the bytes read pass the limit.
    const chunked = await rawConnection(api);
    chunked.write("POST /graphql HTTP/1.1\r\nhost: localhost\r\ncontent-type: application/json\r\ntransfer-encoding: chunked\r\n\r\n");
    for (let i = 0; i < 5; i++) chunked.write(`3e8\r\n${" ".repeat(1000)}\r\n`);
    const streamed = await chunked.closed();
    expect(streamed.status).toBe(413);
    expect(JSON.parse(streamed.body).errors[0].message).toMatch(/at most 2000 bytes/);
  });
});

describe("slow clients", () => {
  it("answers 408 and closes the connection when the headers do not arrive within GONGZHI_HEADERS_TIMEOUT_MS", async () => {
    const slow = await rawConnection(api);
    slow.write("POST /graphql HTTP/1.1\r\nhost: localhost\r\n");
    const answer = await slow.closed(10_000);
    expect(answer.status).toBe(408);
  });

  it("answers 408 and closes the connection when the body does not arrive within GONGZHI_REQUEST_TIMEOUT_MS", async () => {
    const slow = await rawConnection(api);
    const body = paddedQuery(200);
    slow.write(postHead(body));
    slow.write(body.slice(0, 20));
    const answer = await slow.closed(10_000);
    expect(answer.status).toBe(408);
  });

  it("still answers a client that sends its request at once", async () => {
    const res = await post(api, "{ __typename }");
    expect(res.status).toBe(200);
  });
});

/** A raw WebSocket with the graphql-ws subprotocol; resolves once open, or with the HTTP answer that refused it. */
function openSocket(target: RunningApi, headers: Record<string, string> = {}): Promise<{ ws: WebSocket } | { refused: number; body: string }> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(wsUrl(target), PROTOCOL, { headers });
    ws.once("open", () => resolve({ ws }));
    ws.once("unexpected-response", (_req, res) => {
      let body = "";
      res.on("data", (chunk: Buffer) => (body += chunk.toString("utf8")));
      res.on("end", () => resolve({ refused: res.statusCode ?? 0, body }));
    });
    ws.once("error", reject);
  });
}

const closedWith = (ws: WebSocket) => new Promise<{ code: number; reason: string }>((resolve) => ws.once("close", (code, reason) => resolve({ code, reason: reason.toString("utf8") })));

describe("WebSocket", () => {
  it("closes a connection whose message exceeds GONGZHI_WS_MAX_PAYLOAD_BYTES with 1009", async () => {
    const opened = await openSocket(behindProxy);
    if (!("ws" in opened)) throw new Error(`refused: ${opened.refused}`);
    const { ws } = opened;
    // A message within the limit is read as usual.
    const acked = new Promise<string>((resolve) => ws.once("message", (data: Buffer) => resolve(data.toString("utf8"))));
    ws.send(`{"type":"connection_init"}${" ".repeat(900)}`);
    expect(JSON.parse(await acked)).toEqual({ type: "connection_ack" });
    const closed = closedWith(ws);
    ws.send(JSON.stringify({ id: "1", type: "subscribe", payload: { query: `{ __typename }${" ".repeat(2000)}` } }));
    expect((await closed).code).toBe(1009);
  });

  it("refuses the upgrade beyond GONGZHI_WS_CONNECTIONS_PER_CLIENT connections from one address with 429, and takes one again once one closes", async () => {
    // Without a trusted proxy, X-Forwarded-For is the client's own claim: every one of these is 127.0.0.1.
    const first = await openSocket(api, { "x-forwarded-for": "10.0.0.1" });
    const second = await openSocket(api, { "x-forwarded-for": "10.0.0.2" });
    const third = await openSocket(api, { "x-forwarded-for": "10.0.0.3" });
    expect("ws" in first && "ws" in second).toBe(true);
    if (!("refused" in third)) throw new Error("a third connection from one address was accepted");
    expect(third.refused).toBe(429);
    const error = JSON.parse(third.body).errors[0];
    expect(error.extensions.code).toBe("RATE_LIMITED");
    expect(error.message).toMatch(/at most 2 at once/);

    const gone = "ws" in first ? first.ws : null;
    const closed = closedWith(gone!);
    gone!.close();
    await closed;
    // The count is released with the TCP socket, which may close a moment after the WebSocket.
    let again = await openSocket(api);
    for (let i = 0; i < 50 && "refused" in again; i++) {
      await new Promise((r) => setTimeout(r, 50));
      again = await openSocket(api);
    }
    expect("ws" in again).toBe(true);
    for (const open of [second, again]) if ("ws" in open) open.ws.close();
  });

  it("counts connections per forwarded address behind a trusted proxy", async () => {
    const a1 = await openSocket(behindProxy, { "x-forwarded-for": "10.0.0.1, 192.168.1.1" });
    const a2 = await openSocket(behindProxy, { "x-forwarded-for": "10.0.0.1" });
    const a3 = await openSocket(behindProxy, { "x-forwarded-for": "10.0.0.1" });
    const b1 = await openSocket(behindProxy, { "x-forwarded-for": "10.0.0.2" });
    expect(["ws" in a1, "ws" in a2, "refused" in a3 && a3.refused, "ws" in b1]).toEqual([true, true, 429, true]);
    for (const open of [a1, a2, b1]) if ("ws" in open) open.ws.close();
  });
});
