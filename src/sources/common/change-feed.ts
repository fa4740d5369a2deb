import pg from "pg";
import type { SourceName } from "../../config.js";
import type { SourceDatabase } from "./database.js";

/** A place in one source's change log: the writing transaction, then the row's sequence number. */
export interface FeedPosition {
  txid: bigint;
  seq: number;
}

/** One logged change of a tracked row. */
export interface Change {
  source: SourceName;
  position: FeedPosition;
  /** GraphQL type of the changed node, e.g. `Event`. */
  entity: string;
  entityId: number;
  operation: "INSERT" | "UPDATE" | "DELETE";
  communityCode: string | null;
  gridCode: string | null;
  at: Date;
}

export const comparePositions = (a: FeedPosition, b: FeedPosition): number => (a.txid !== b.txid ? (a.txid < b.txid ? -1 : 1) : a.seq - b.seq);

export interface ChangeFeedOptions {
  /** Connection string for the dedicated LISTEN connection. */
  url: string;
  /** Fallback poll, so a lost notification only delays a change. */
  pollMs?: number;
  /** Rows read per statement. */
  batchSize?: number;
  /** Called with a reason when the feed loses or regains its database; the feed retries by itself. */
  onTrouble?: (message: string) => void;
}

const CHANNEL = "gongzhi_changes";
const MAX_BACKOFF_MS = 10_000;
// A server that takes no connection (a host gone, not refusing) must not stall reconnecting.
const LISTEN_CONNECT_TIMEOUT_MS = 10_000;
// A committed change waiting behind an older open transaction is looked at again this soon.
const PENDING_RECHECK_MS = 50;

interface LogRow {
  seq: string;
  txid: string;
  entity: string;
  entity_id: number;
  operation: Change["operation"];
  community_code: string | null;
  grid_code: string | null;
  at: Date;
}

/**
 * Reads one source's change log in order and hands every batch to its listeners, exactly
 * once each. A LISTEN connection wakes it; a slow poll covers lost notifications. Only rows
 * below the oldest running transaction are read (a bigserial is drawn at insert, but
 * transactions commit in any order), so nothing is passed over that could still commit.
 * When the LISTEN connection or the database drops, it reconnects with backoff and catches
 * up from the last position it delivered. While nobody wants its changes ({@link want}), it
 * reads nothing, and restarts from the present when someone does.
 */
export class ChangeFeed {
  private listeners = new Set<(batch: Change[]) => void>();
  private listener: pg.Client | undefined;
  /** True while a LISTEN connection is being opened. */
  private connecting = false;
  /** Opens the next LISTEN connection after a backoff. */
  private reconnectTimer: NodeJS.Timeout | undefined;
  private position: FeedPosition | undefined;
  private pumping: Promise<void> | undefined;
  private again = false;
  private stopped = false;
  private poll: NodeJS.Timeout | undefined;
  private recheck: NodeJS.Timeout | undefined;
  private backoffMs = 200;
  private troubled = false;
  private demand = 0;
  private rebase: Promise<void> | undefined;

  constructor(
    readonly source: SourceDatabase<Record<string, unknown>>,
    private readonly options: ChangeFeedOptions,
  ) {}

  get name(): SourceName {
    return this.source.name;
  }

  /** The position of the last batch handed to listeners; changes after it are still to come. */
  get delivered(): FeedPosition {
    if (!this.position) throw new Error(`the ${this.name} change feed has not started`);
    return this.position;
  }

  /** Starts from the present: changes committed from now on are delivered. */
  async start(): Promise<void> {
    this.position = await this.horizon();
    this.poll = setInterval(() => this.wake(), this.options.pollMs ?? 1000);
    this.poll.unref();
    await this.listen();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearInterval(this.poll);
    clearTimeout(this.recheck);
    clearTimeout(this.reconnectTimer);
    await this.pumping;
    await this.listener?.end().catch(() => undefined);
  }

  /**
   * Declares interest in this feed's changes until the returned release is called. The
   * first interest after an idle spell moves the feed to the present, so nothing written
   * while nobody listened is read in vain.
   */
  async want(): Promise<() => void> {
    this.demand++;
    if (this.demand === 1) {
      this.rebase = (async () => {
        await this.pumping;
        this.position = await this.horizon();
      })();
    }
    try {
      await this.rebase;
    } catch (error) {
      this.demand--;
      throw error;
    }
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.demand--;
    };
  }

  /** Adds a listener for every batch from now on; returns its removal. */
  onBatch(listener: (batch: Change[]) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Logged changes after `after`, up to and including `until`, in order (for replay). */
  async read(after: FeedPosition, until: FeedPosition, limit: number): Promise<Change[]> {
    const { rows } = await this.source.pool.query<LogRow>(
      `SELECT seq, txid::text AS txid, entity, entity_id, operation, community_code, grid_code, at FROM change_log
       WHERE (txid, seq) > ($1::text::xid8, $2::bigint) AND (txid, seq) <= ($3::text::xid8, $4::bigint)
       ORDER BY txid, seq LIMIT $5`,
      [after.txid.toString(), after.seq, until.txid.toString(), until.seq, limit],
    );
    return rows.map((r) => this.toChange(r));
  }

  /** Where retention has trimmed the log to: a replay from at or before it may have gaps. */
  async trimmedTo(): Promise<FeedPosition | null> {
    const { rows } = await this.source.pool.query<{ txid: string; seq: string }>("SELECT txid::text AS txid, seq FROM change_log_trimmed");
    const row = rows[0];
    return row ? { txid: BigInt(row.txid), seq: Number(row.seq) } : null;
  }

  private async horizon(): Promise<FeedPosition> {
    const { rows } = await this.source.pool.query<{ txid: string }>("SELECT pg_snapshot_xmin(pg_current_snapshot())::text AS txid");
    return { txid: BigInt(rows[0]?.txid ?? "0"), seq: 0 };
  }

  private async listen(): Promise<void> {
    if (this.stopped || this.connecting || this.listener) return;
    this.connecting = true;
    try {
      await this.openListener();
    } finally {
      this.connecting = false;
    }
  }

  private async openListener(): Promise<void> {
    const client = new pg.Client({
      connectionString: this.options.url,
      application_name: `gongzhi-${this.name}-listen`,
      connectionTimeoutMillis: LISTEN_CONNECT_TIMEOUT_MS,
      // An idle LISTEN connection notices a peer that vanished without closing it.
      keepAlive: true,
    });
    client.on("notification", () => this.wake());
    client.on("error", () => undefined);
    client.on("end", () => {
      if (this.listener !== client || this.stopped) return;
      this.listener = undefined;
      this.trouble(`the ${this.name} change listener lost its connection; reconnecting`);
      this.reconnectLater();
    });
    try {
      await client.connect();
      await client.query(`LISTEN ${CHANNEL}`);
    } catch (error) {
      await client.end().catch(() => undefined);
      this.trouble(`the ${this.name} change listener cannot connect (${error instanceof Error ? error.message : String(error)}); retrying`);
      this.reconnectLater();
      return;
    }
    // Stopped while connecting: nothing would ever close this connection.
    if (this.stopped) {
      await client.end().catch(() => undefined);
      return;
    }
    this.listener = client;
    this.backoffMs = 200;
    this.recovered();
    // Whatever was committed while nobody listened.
    this.wake();
  }

  private reconnectLater(): void {
    if (this.stopped) return;
    const delay = this.backoffMs;
    this.backoffMs = Math.min(this.backoffMs * 2, MAX_BACKOFF_MS);
    clearTimeout(this.reconnectTimer);
    this.reconnectTimer = setTimeout(() => {
      this.reconnectTimer = undefined;
      void this.listen();
    }, delay);
    this.reconnectTimer.unref();
  }

  /**
   * The log was just read, so the database is back: listen again now rather than when the
   * backoff (grown while it was down) runs out. Until then changes arrive by the slow poll only.
   */
  private listenAgainNow(): void {
    if (this.listener || this.connecting || this.stopped || !this.reconnectTimer) return;
    clearTimeout(this.reconnectTimer);
    this.reconnectTimer = undefined;
    this.backoffMs = 200;
    void this.listen();
  }

  private wake(): void {
    if (this.stopped || !this.position || this.demand === 0) return;
    if (this.pumping) {
      this.again = true;
      return;
    }
    this.pumping = this.pump().finally(() => {
      this.pumping = undefined;
      if (this.again) {
        this.again = false;
        this.wake();
      }
    });
  }

  /** Reads and delivers every change below the horizon, batch by batch. */
  private async pump(): Promise<void> {
    const limit = this.options.batchSize ?? 500;
    try {
      for (;;) {
        const from = this.delivered;
        // One snapshot for the horizon and the rows: every row below it is final. `pending`
        // says whether committed rows wait behind a transaction that is still open.
        const { rows } = await this.source.pool.query<(LogRow & { pending: boolean }) | { seq: null; pending: boolean }>(
          `WITH horizon AS (SELECT pg_snapshot_xmin(pg_current_snapshot()) AS xmin),
           batch AS (
             SELECT c.* FROM change_log c, horizon
             WHERE (c.txid, c.seq) > ($1::text::xid8, $2::bigint) AND c.txid < horizon.xmin
             ORDER BY c.txid, c.seq LIMIT $3
           ),
           waiting AS (
             SELECT EXISTS (SELECT 1 FROM change_log c, horizon WHERE (c.txid, c.seq) > ($1::text::xid8, $2::bigint) AND c.txid >= horizon.xmin) AS pending
           )
           SELECT b.seq, b.txid::text AS txid, b.entity, b.entity_id, b.operation, b.community_code, b.grid_code, b.at, w.pending
           FROM waiting w LEFT JOIN batch b ON true ORDER BY b.txid, b.seq`,
          [from.txid.toString(), from.seq, limit],
        );
        const pending = rows[0]?.pending === true;
        const changes = rows.flatMap((r) => (r.seq === null ? [] : [this.toChange(r)]));
        this.listenAgainNow();
        this.recovered();
        if (changes.length > 0) {
          this.position = changes[changes.length - 1]!.position;
          for (const listener of this.listeners) listener(changes);
        }
        if (changes.length >= limit) continue;
        if (pending && !this.recheck) {
          this.recheck = setTimeout(() => {
            this.recheck = undefined;
            this.wake();
          }, PENDING_RECHECK_MS);
        }
        return;
      }
    } catch (error) {
      this.trouble(`the ${this.name} change feed cannot read its log (${error instanceof Error ? error.message : String(error)}); retrying`);
    }
  }

  private toChange(r: LogRow): Change {
    return {
      source: this.name,
      position: { txid: BigInt(r.txid), seq: Number(r.seq) },
      entity: r.entity,
      entityId: r.entity_id,
      operation: r.operation,
      communityCode: r.community_code,
      gridCode: r.grid_code,
      at: r.at,
    };
  }

  private trouble(message: string): void {
    if (this.troubled) return;
    this.troubled = true;
    this.options.onTrouble?.(message);
  }

  private recovered(): void {
    if (!this.troubled) return;
    this.troubled = false;
    this.options.onTrouble?.(`the ${this.name} change feed is back`);
  }
}
