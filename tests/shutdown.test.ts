/**
 * Graceful shutdown (SIGTERM, or `stop()`): new connections and requests are refused at once,
 * requests in flight finish (within the grace period, then they are cut), WebSockets are
 * closed with 1001, and a subscriber that resumes on another instance with its last cursor
 * misses nothing and sees nothing twice.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { createServer } from "node:net";
import { join } from "node:path";
import { createClient } from "graphql-ws";
import pg from "pg";
import WebSocket from "ws";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { projectRoot } from "../src/paths.js";
import type { RunningApi } from "../src/server/app.js";
import { graphql, startTestApi } from "./support/api.js";
import { liveClient, subscribe, wsUrl } from "./support/live.js";
import { postHead, rawConnection } from "./support/raw-http.js";
import { ADMIN } from "./support/tokens.js";

const COMMUNITY = "420683001003";
const GRID = `${COMMUNITY}002`;
const REPORT = `mutation($input: ReportEventInput!) { reportEvent(input: $input) { event { id code } } }`;
const reportInput = (title: string) => ({ gridCode: GRID, category: "SAFETY_HAZARD", urgency: "NORMAL", channel: "APP", title, description: "停车场积水", address: "3栋" });

let governance: pg.Pool;
beforeAll(() => {
  governance = new pg.Pool({ connectionString: inject("databaseUrls").governance, max: 4 });
});
afterAll(async () => {
  await governance?.end();
});

async function report(api: RunningApi, title: string): Promise<{ id: string; code: string }> {
  const res = await graphql(api, REPORT, { input: reportInput(title) });
  expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
  return (res.data as any).reportEvent.event;
}

/** Waits (bounded) until `check` holds. */
async function until(what: string, check: () => boolean | Promise<boolean>, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting until ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

/**
 * Holds the events table against inserts (reads go on) from a connection of the test's own,
 * so that a reportEvent waits in the database for real until `release()`.
 */
async function holdEvents(): Promise<{ release(): Promise<void>; waiters(): Promise<number> }> {
  const client = new pg.Client({ connectionString: inject("databaseUrls").governance });
  await client.connect();
  await client.query("BEGIN");
  await client.query("LOCK TABLE events IN SHARE ROW EXCLUSIVE MODE");
  let released = false;
  return {
    release: async () => {
      if (released) return;
      released = true;
      await client.query("COMMIT");
      await client.end();
    },
    waiters: async () => {
      const { rows } = await governance.query<{ n: number }>("SELECT count(*)::int AS n FROM pg_locks WHERE NOT granted AND relation = 'events'::regclass");
      return rows[0]!.n;
    },
  };
}

const reportBody = (title: string) => JSON.stringify({ query: REPORT, variables: { input: reportInput(title) } });

describe("stop()", () => {
  it("lets a request in flight finish with its data while new requests and connections are refused, and /health answers 503 stopping", async () => {
    const api = await startTestApi({}, { GONGZHI_SHUTDOWN_GRACE_MS: "60000" });
    const lock = await holdEvents();
    try {
      const inFlight = await rawConnection(api);
      const body = reportBody("停止时在途");
      inFlight.write(postHead(body, { authorization: ADMIN }) + body);
      // Connections opened before stopping, whose requests are still arriving when it begins.
      const late = await rawConnection(api);
      late.write("POST /graphql HTTP/1.1\r\nhost: localhost\r\n");
      const lateHealth = await rawConnection(api);
      lateHealth.write("GET /health HTTP/1.1\r\nhost: localhost\r\n");
      await until("the mutation waits on the lock", async () => (await lock.waiters()) > 0);

      const stopped = api.stop();
      expect(api.http.stopping).toBe(true);
      const lateBody = JSON.stringify({ query: "{ __typename }" });
      late.write(`content-type: application/json\r\ncontent-length: ${Buffer.byteLength(lateBody)}\r\n\r\n${lateBody}`);
      const refused = await late.closed();
      expect(refused.status).toBe(503);
      expect(refused.headers.connection).toBe("close");
      expect(JSON.parse(refused.body).errors[0].extensions.code).toBe("SHUTTING_DOWN");
      lateHealth.write("\r\n");
      const health = await lateHealth.closed();
      expect([health.status, JSON.parse(health.body).status]).toEqual([503, "stopping"]);
      // A new connection finds nobody listening.
      await expect(fetch(api.url, { method: "POST", headers: { "content-type": "application/json" }, body: lateBody })).rejects.toThrow();

      await lock.release();
      const answer = await inFlight.closed();
      expect(answer.status).toBe(200);
      expect(answer.headers.connection).toBe("close");
      const { data, errors } = JSON.parse(answer.body);
      expect(errors).toBeUndefined();
      const { rows } = await governance.query("SELECT title FROM events WHERE code = $1", [data.reportEvent.event.code]);
      expect(rows).toEqual([{ title: "停止时在途" }]);
      await stopped;
    } finally {
      await lock.release();
    }
  });

  it("cuts a request still running when the grace period ends, and then finishes stopping", async () => {
    const api = await startTestApi({}, { GONGZHI_SHUTDOWN_GRACE_MS: "300" });
    const lock = await holdEvents();
    try {
      const inFlight = await rawConnection(api);
      const body = reportBody("超出宽限");
      inFlight.write(postHead(body, { authorization: ADMIN }) + body);
      await until("the mutation waits on the lock", async () => (await lock.waiters()) > 0);
      const stopped = api.stop();
      const cut = await inFlight.closed();
      expect(cut.status).toBeNull();
      // The statement still waiting in the database holds its pool open until it ends.
      await lock.release();
      await stopped;
    } finally {
      await lock.release();
    }
  });

  it("closes every WebSocket with 1001 and refuses new ones", async () => {
    const api = await startTestApi();
    const closes: { code: number; reason: string }[] = [];
    const connected: Promise<void>[] = [];
    const clients = [0, 1].map(() => {
      let onConnected = () => undefined as void;
      connected.push(new Promise<void>((resolve) => (onConnected = resolve)));
      return createClient({
        url: wsUrl(api),
        webSocketImpl: WebSocket,
        connectionParams: { authorization: ADMIN },
        retryAttempts: 0,
        lazy: false,
        // The close is expected here; graphql-ws would print it.
        onNonLazyError: () => undefined,
        on: { connected: () => onConnected(), closed: (event) => void closes.push({ code: (event as CloseEvent).code, reason: String((event as CloseEvent).reason) }) },
      });
    });
    // One connection with a subscription, one idle.
    subscribe(clients[0]!, `subscription($f: EventChangeFilter) { eventChanged(filter: $f) { id } }`, { f: { gridCode: GRID } });
    await Promise.all(connected);
    await api.stop();
    await until("both clients saw their close", () => closes.length === 2);
    expect(closes).toEqual([
      { code: 1001, reason: "server shutting down" },
      { code: 1001, reason: "server shutting down" },
    ]);
    const refused = await new Promise<string>((resolve) => {
      const ws = new WebSocket(wsUrl(api), "graphql-transport-ws");
      ws.once("open", () => resolve("open"));
      ws.once("error", (error) => resolve(error.message));
    });
    expect(refused).toMatch(/ECONNREFUSED/);
    await Promise.all(clients.map((client) => client.dispose()));
  });
});

/** The governance change-log position in a `changes` item's cursor. */
function seqOf(cursor: string): number {
  const part = Buffer.from(cursor, "base64url").toString("utf8").split("|").find((p) => p.startsWith("governance:"));
  return Number(part!.split(":")[2]);
}

describe("two instances", () => {
  let a: RunningApi | undefined;
  let b: RunningApi | undefined;
  afterAll(async () => {
    await Promise.all([a?.stop(), b?.stop()]);
  });

  it("a subscriber whose instance stops resumes on the other with its last cursor, seeing every change exactly once while writes go on", async () => {
    [a, b] = await Promise.all([startTestApi(), startTestApi()]);
    const { rows: startRows } = await governance.query<{ seq: string }>("SELECT coalesce(max(seq), 0) AS seq FROM change_log");
    const start = Number(startRows[0]!.seq);
    const query = `subscription($s: ChangeScope!, $after: String) { changes(scope: $s, sources: [GOVERNANCE], after: $after) { cursor entity operation id } }`;
    const scope = { divisionCodePrefix: GRID };
    const clientA = liveClient(a);
    const onA = subscribe(clientA, query, { s: scope });
    await onA.settle(500);

    // Writes through B and by plain SQL, before, while and after A stops, until told to end.
    let rounds = 0;
    let writing = true;
    const written: string[] = [];
    const writer = (async () => {
      while (writing && rounds < 200) {
        const event = await report(b!, `交接 ${rounds}`);
        written.push(event.id);
        await governance.query("UPDATE events SET title = $1 WHERE code = $2", [`交接 ${rounds}（直接写库）`, event.code]);
        rounds++;
        await new Promise((r) => setTimeout(r, 20));
      }
    })();
    let onB: ReturnType<typeof subscribe> | undefined;
    try {
      await onA.waitFor(4);
      const stopping = a.stop();
      await until("A's subscriber is closed", () => onA.errors.length > 0);
      expect((onA.errors[0] as CloseEvent).code).toBe(1001);
      const resumeAt = onA.items.at(-1).cursor as string;
      onB = subscribe(liveClient(b), query, { s: scope, after: resumeAt });
      await stopping;
      const resumedAt = rounds;
      await until("writes went on after the resume", () => rounds >= resumedAt + 5);
    } finally {
      writing = false;
      await writer;
    }
    const { rows } = await governance.query<{ seq: string }>("SELECT seq FROM change_log WHERE seq > $1 AND grid_code = $2 ORDER BY seq", [start, GRID]);
    const expected = rows.map((r) => Number(r.seq));
    const received = () => [...onA.items, ...onB!.items].map((item) => seqOf(item.cursor)).sort((x, y) => x - y);
    await until("every change arrived", () => received().length >= expected.length);
    // Anything sent twice would arrive right behind.
    await onB!.settle(500);
    expect(received()).toEqual(expected);
    expect(onA.items.length).toBeGreaterThan(0);
    expect(onB!.items.length).toBeGreaterThan(0);
    const inserted = [...onA.items, ...onB!.items].filter((item) => item.operation === "INSERT").map((item) => item.id);
    expect(inserted.sort()).toEqual([...written].sort());
    await clientA.dispose();
  }, 60_000);
});

/** A port nobody listens on now (the API's own log is not where a test should look for it). */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject).listen(0, "127.0.0.1", () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === "object" && address ? address.port : 0));
    });
  });
}

/** `src/main.ts` as its own process on the test databases, ready once it answers /health. */
async function startProcess(): Promise<{ child: ChildProcess; base: string; output: string[]; exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }> }> {
  const urls = inject("databaseUrls");
  const port = await freePort();
  const child = spawn(process.execPath, ["--import", "tsx", join(projectRoot, "src/main.ts")], {
    cwd: projectRoot,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: "127.0.0.1",
      REGISTRY_DATABASE_URL: urls.registry,
      PARTY_DATABASE_URL: urls.party,
      CIVIC_DATABASE_URL: urls.civic,
      GOVERNANCE_DATABASE_URL: urls.governance,
      // Far longer than the test waits for the exit: exiting is the drain's doing, not the deadline's.
      GONGZHI_SHUTDOWN_GRACE_MS: "120000",
      // As `npm start` runs it, not as a test: Apollo Server reacts to signals itself outside NODE_ENV=test.
      NODE_ENV: "development",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const output: string[] = [];
  const keep = (chunk: Buffer) => void output.push(...chunk.toString("utf8").split("\n").filter(Boolean).map((line) => line.slice(0, 400)));
  child.stdout!.on("data", keep);
  child.stderr!.on("data", keep);
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.once("exit", (code, signal) => resolve({ code, signal })));
  const base = `http://127.0.0.1:${port}`;
  await until(
    "the process answers /health",
    async () => {
      if (child.exitCode !== null) throw new Error(`the process exited with ${child.exitCode}:\n${output.slice(-20).join("\n")}`);
      return fetch(`${base}/health`).then((res) => res.ok, () => false);
    },
    90_000,
  );
  return { child, base, output, exited };
}

const exitWithin = (exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>, output: string[], ms: number) =>
  Promise.race([exited, new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`no exit:\n${output.join("\n")}`)), ms))]);

describe("the process", () => {
  it("on SIGTERM stops listening, finishes the request in flight and exits 0", async () => {
    const { child, base, output, exited } = await startProcess();
    // Taken once the process has started: its start replaces the change-log triggers on events.
    let lock: Awaited<ReturnType<typeof holdEvents>> | undefined;
    try {
      lock = await holdEvents();
      const inFlight = fetch(`${base}/graphql`, { method: "POST", headers: { "content-type": "application/json", authorization: ADMIN }, body: reportBody("进程停止时在途") }).then(async (res) => ({
        status: res.status,
        body: (await res.json()) as { data?: { reportEvent: { event: { code: string } } }; errors?: unknown[] },
      }));
      await until("the mutation waits on the lock", async () => (await lock!.waiters()) > 0);
      child.kill("SIGTERM");
      await until("the process refuses new requests", () => fetch(`${base}/health`).then((res) => res.status === 503, () => true));
      expect(child.exitCode).toBeNull();
      await lock.release();
      const answer = await inFlight.catch((error: Error) => {
        throw new Error(`the request in flight failed (${error.message}); the process said:\n${output.join("\n")}`);
      });
      expect(answer.status).toBe(200);
      expect(answer.body.errors).toBeUndefined();
      const { rows } = await governance.query("SELECT title FROM events WHERE code = $1", [answer.body.data!.reportEvent.event.code]);
      expect(rows).toEqual([{ title: "进程停止时在途" }]);
      expect(await exitWithin(exited, output, 30_000)).toEqual({ code: 0, signal: null });
    } finally {
      await lock?.release();
      if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
    }
  }, 150_000);

  it("on SIGTERM with nothing in flight exits 0 at once, not at the deadline", async () => {
    const { child, output, exited } = await startProcess();
    try {
      child.kill("SIGTERM");
      expect(await exitWithin(exited, output, 30_000)).toEqual({ code: 0, signal: null });
    } finally {
      if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
    }
  }, 150_000);
});
