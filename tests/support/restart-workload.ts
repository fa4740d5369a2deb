import { performance } from "node:perf_hooks";
import pg from "pg";
import { expect } from "vitest";
import { decodeCursor } from "../../src/resolvers/live/cursor.js";
import type { RunningApi } from "../../src/server/app.js";
import { graphql } from "./api.js";
import { liveClient, subscribe, type Subscription } from "./live.js";

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export const CITY = "420683";
export const COMMUNITY = "420683001004";
export const GRID = `${COMMUNITY}001`;

const REPORT = `mutation($input: ReportEventInput!) { reportEvent(input: $input) { event { id } } }`;
/** Reads from every source: the registry's division, party venues, civic activities, governance grids and events. */
export const MIXED = `{ community(code: "${COMMUNITY}") { name venues { name } activities(first: 1) { title } grids { code } events(first: 1) { totalCount } } }`;
const GOVERNANCE_ONLY = `{ events(first: 1, filter: { gridCode: "${GRID}" }) { totalCount } }`;

export interface RestartFigures {
  /** Writes answered with a node, and writes refused as SOURCE_UNAVAILABLE. */
  acknowledged: number;
  unavailable: number;
  /** Plain SQL updates that committed. */
  sqlUpdates: number;
  /** Mixed queries that came back partial (the governance fields null, the others there). */
  partialAnswers: number;
  /** /health answers seen: degraded (503) and ok (200). */
  healthDegraded: number;
  healthOk: number;
}

/**
 * What runs against the API while a database goes away and comes back: report writes through
 * the API (two at a time), plain SQL updates straight into the governance database, mixed
 * queries across all sources, /health, and one `changes` subscription over the governance
 * centre. Every answer is checked as it comes: a write succeeds or is SOURCE_UNAVAILABLE; a
 * mixed query is whole or has exactly its governance fields missing, as SOURCE_UNAVAILABLE
 * (when every source is down, any part may be missing, each as SOURCE_UNAVAILABLE).
 */
export class RestartWorkload {
  private running = true;
  private readonly loops: Promise<void>[] = [];
  readonly eventIds = new Set<string>();
  readonly problems: string[] = [];
  readonly figures: RestartFigures = { acknowledged: 0, unavailable: 0, sqlUpdates: 0, partialAnswers: 0, healthDegraded: 0, healthOk: 0 };
  private readonly client;
  private readonly sql: pg.Pool;
  readonly subscription: Subscription;
  private baselineSeq = 0;
  private sqlEventId = 0;

  private constructor(
    private readonly api: RunningApi,
    governanceUrl: string,
    /** What goes down: the governance centre's server alone, or the one server of every source (the embedded default). */
    private readonly down: "governance" | "all",
  ) {
    this.client = liveClient(api);
    this.subscription = subscribe(this.client, `subscription($s: ChangeScope!) { changes(scope: $s, sources: [GOVERNANCE]) { cursor entity operation id } }`, { s: { divisionCodePrefix: CITY } });
    this.sql = new pg.Pool({ connectionString: governanceUrl, max: 2, connectionTimeoutMillis: 1000 });
    this.sql.on("error", () => undefined);
  }

  /** Subscribes, notes where the change log stands, and starts the load. */
  static async start(api: RunningApi, governanceUrl: string, down: "governance" | "all" = "governance"): Promise<RestartWorkload> {
    const load = new RestartWorkload(api, governanceUrl, down);
    // The subscription is live once the server has it: nothing is written before.
    await load.subscription.settle(500);
    const { rows } = await load.sql.query<{ seq: string | null; event: number }>(
      "SELECT (SELECT max(seq) FROM change_log)::text AS seq, (SELECT min(id) FROM events WHERE grid_code = $1) AS event",
      [GRID],
    );
    load.baselineSeq = Number(rows[0]!.seq ?? 0);
    load.sqlEventId = rows[0]!.event;
    load.loops.push(load.writes(), load.writes(), load.sqlWrites(), load.queries(), load.health());
    return load;
  }

  private async writes(): Promise<void> {
    for (let n = 0; this.running; n++) {
      const input = { gridCode: GRID, category: "FACILITIES", urgency: "NORMAL", channel: "GRID_PATROL", title: `重启中的上报 ${n}`, description: "数据库重启期间的上报", address: "东门" };
      const res = await graphql(this.api, REPORT, { input }).catch((error: unknown) => ({ errors: [{ message: String(error), extensions: { code: "NO_ANSWER" } as Record<string, unknown> }], data: undefined }));
      const id = (res.data as { reportEvent?: { event: { id: string } } } | undefined)?.reportEvent?.event.id;
      if (id && !res.errors) {
        this.eventIds.add(id);
        this.figures.acknowledged++;
      } else if (res.errors?.every((e) => this.unavailable(e.extensions))) {
        this.figures.unavailable++;
      } else this.problems.push(`write: ${JSON.stringify(res.errors)}`);
      await sleep(40);
    }
  }

  private async sqlWrites(): Promise<void> {
    for (let n = 0; this.running; n++) {
      const ok = await this.sql.query("UPDATE events SET title = $1, version = version + 1 WHERE id = $2", [`直接写入 ${n}`, this.sqlEventId]).then(
        () => true,
        () => false,
      );
      if (ok) this.figures.sqlUpdates++;
      await sleep(50);
    }
  }

  private async queries(): Promise<void> {
    while (this.running) {
      const res = await graphql<{ community: Record<string, unknown> | null }>(this.api, MIXED).catch((error: unknown) => ({ errors: [{ message: String(error), extensions: { code: "NO_ANSWER" } as Record<string, unknown> }], data: undefined }));
      const community = res.data?.community;
      if (!res.errors && community?.grids && community.events) {
        // whole
      } else if (this.down === "all" && res.errors?.every((e) => this.unavailable(e.extensions))) {
        // Every source shares the server that is down: whatever part came back is what it is.
        this.figures.partialAnswers++;
      } else if (
        community &&
        community.name &&
        Array.isArray(community.venues) &&
        Array.isArray(community.activities) &&
        // Both governance fields, or one when the server went between their statements.
        (community.grids === null || community.events === null) &&
        res.errors?.every((e) => this.unavailable(e.extensions))
      ) {
        this.figures.partialAnswers++;
      } else this.problems.push(`mixed query: ${JSON.stringify(res)}`);
      await sleep(50);
    }
  }

  private async health(): Promise<void> {
    while (this.running) {
      const res = await fetch(this.api.url.replace("/graphql", "/health")).catch(() => null);
      const body = (await res?.json().catch(() => null)) as { status?: string; sources?: Record<string, string> } | null;
      if (res?.status === 200 && body?.status === "ok") this.figures.healthOk++;
      else if (res?.status === 503 && body?.status === "degraded" && (this.down === "all" || body.sources?.governance === "down")) {
        this.figures.healthDegraded++;
        const others = Object.entries(body.sources ?? {}).filter(([name]) => name !== "governance");
        if (this.down === "governance" && others.some(([, state]) => state !== "up")) this.problems.push(`health: ${JSON.stringify(body)}`);
      } else this.problems.push(`health: ${res?.status} ${JSON.stringify(body)}`);
      await sleep(100);
    }
  }

  /** SOURCE_UNAVAILABLE naming a source that is down. */
  private unavailable(extensions: Record<string, unknown> | undefined): boolean {
    return extensions?.code === "SOURCE_UNAVAILABLE" && (this.down === "all" || extensions.source === "governance");
  }

  /**
   * Milliseconds from `since` (performance.now()) until a governance-only query answers
   * again; asked every 10 ms.
   */
  async servedAgain(since: number, timeoutMs = 30_000): Promise<number> {
    for (;;) {
      const res = await graphql(this.api, GOVERNANCE_ONLY).catch(() => null);
      if (res && !res.errors) return performance.now() - since;
      if (performance.now() - since > timeoutMs) throw new Error(`the API does not serve the governance source again: ${JSON.stringify(res?.errors)}`);
      await sleep(10);
    }
  }

  /** Until /health says degraded (the server's loss noticed). */
  async degraded(timeoutMs = 10_000): Promise<void> {
    const started = performance.now();
    while ((await fetch(this.api.url.replace("/graphql", "/health"))).status !== 503) {
      if (performance.now() - started > timeoutMs) throw new Error("/health never said degraded");
      await sleep(10);
    }
  }

  async healthOk(): Promise<{ status: number; body: unknown }> {
    const res = await fetch(this.api.url.replace("/graphql", "/health"));
    return { status: res.status, body: await res.json() };
  }

  /** Runs the load a while longer, so writes straddle what happened. */
  async runFor(ms: number): Promise<void> {
    await sleep(ms);
  }

  /**
   * Stops the load, then checks the subscription: every change the governance change log holds
   * in the city since the start arrives exactly once (by its log position), and with it every
   * write that was answered with success.
   */
  async finishAndCheck(): Promise<void> {
    this.running = false;
    await Promise.all(this.loops);
    expect(this.problems).toEqual([]);
    const { rows } = await this.sql.query<{ position: string; entity: string; entity_id: number; operation: string }>(
      `SELECT txid::text || ':' || seq AS position, entity, entity_id, operation FROM change_log
       WHERE seq > $1 AND coalesce(grid_code, community_code) LIKE $2 ORDER BY txid, seq`,
      [this.baselineSeq, `${CITY}%`],
    );
    const expected = rows.map((r) => r.position);
    const position = (item: { cursor: string }) => {
      const at = decodeCursor(item.cursor).governance!;
      return `${at.txid}:${at.seq}`;
    };
    // Every logged change, then nothing more.
    const deadline = performance.now() + 20_000;
    while (this.subscription.items.length < expected.length && performance.now() < deadline) await this.subscription.settle(100);
    await this.subscription.settle(700);
    expect(this.subscription.errors).toEqual([]);
    const received = this.subscription.items.map(position);
    expect(new Set(received).size, "a change arrived twice").toBe(received.length);
    expect([...received].sort()).toEqual([...expected].sort());
    const insertedEvents = new Set(this.subscription.items.filter((i) => i.entity === "Event" && i.operation === "INSERT").map((i) => i.id as string));
    for (const id of this.eventIds) expect(insertedEvents.has(id), `acknowledged write ${id} not received`).toBe(true);
    const sqlUpdates = rows.filter((r) => r.entity === "Event" && r.entity_id === this.sqlEventId && r.operation === "UPDATE").length;
    expect(sqlUpdates).toBeGreaterThanOrEqual(this.figures.sqlUpdates);
  }

  async close(): Promise<void> {
    this.running = false;
    await Promise.all(this.loops);
    this.subscription.stop();
    await this.client.dispose();
    await this.sql.end();
  }
}
