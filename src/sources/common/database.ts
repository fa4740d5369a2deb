import pg from "pg";
import { drizzle, type NodePgDatabase } from "drizzle-orm/node-postgres";
import { migrate } from "drizzle-orm/node-postgres/migrator";
import { performance } from "node:perf_hooks";
import { join } from "node:path";
import { projectRoot } from "../../paths.js";
import type { SourceLimits, SourceName } from "../../config.js";
import { poolConnections, sourceStatementDuration, sourceStatements, sourceUnavailable } from "../../observability/metrics.js";
import { sourceSpan } from "../../observability/tracing.js";
import { SourceUnavailableError, unavailabilityReason } from "./errors.js";
import { recordStatement } from "./query-stats.js";

// COUNT(*) and other int8 values fit comfortably in a JS number for this domain.
pg.types.setTypeParser(pg.types.builtins.INT8, (value) => Number(value));

/** Without configured limits (seeding, tools): a long wait for a connection, no statement timeout. */
const UNLIMITED: SourceLimits = { connections: 10, queue: Number.MAX_SAFE_INTEGER, queueTimeoutMs: 15_000, statementTimeoutMs: 0 };

export interface SourceDatabaseOptions {
  url: string;
  connectTimeoutMs: number;
  /** The API's bounds on this source; tools that load data leave them out. */
  limits?: SourceLimits;
  /** Connections, for tools without limits. */
  maxConnections?: number;
}

/** A transaction handle with the same query builder as the source's drizzle handle. */
export type SourceTransaction<TSchema extends Record<string, unknown>> = Parameters<Parameters<NodePgDatabase<TSchema>["transaction"]>[0]>[0];

type Query = (...args: unknown[]) => Promise<unknown>;

/** What every statement of a source goes through: its span, its counts and time, and its failure as unavailability. */
type Instrumented = (query: Query, args: unknown[]) => Promise<unknown>;

function countedUntilRelease(client: pg.PoolClient, run: Instrumented): pg.PoolClient {
  const query = client.query;
  const release = client.release;
  (client as { query: unknown }).query = (...args: unknown[]) => run(query.bind(client) as Query, args);
  client.release = (...args: Parameters<pg.PoolClient["release"]>) => {
    client.query = query;
    client.release = release;
    return release.apply(client, args);
  };
  return client;
}

/**
 * One source's PostgreSQL database: a pool whose statements are counted per request and
 * whose connection failures surface as {@link SourceUnavailableError}, plus a drizzle handle.
 */
export class SourceDatabase<TSchema extends Record<string, unknown>> {
  readonly pool: pg.Pool;
  readonly db: NodePgDatabase<TSchema>;

  private readonly limits: SourceLimits;
  private readonly untrackPool: () => void;

  constructor(
    readonly name: SourceName,
    schema: TSchema,
    options: SourceDatabaseOptions,
  ) {
    const connectTimeoutMs = options.connectTimeoutMs;
    const limits = (this.limits = options.limits ?? { ...UNLIMITED, connections: options.maxConnections ?? UNLIMITED.connections });
    this.pool = new pg.Pool({
      connectionString: options.url,
      // pg-pool uses one timeout both for opening a connection and for waiting for a free one:
      // the pool's is the wait (a busy source), each client's own the opening (a source down).
      connectionTimeoutMillis: limits.queueTimeoutMs,
      Client: class extends pg.Client {
        constructor(config?: string | pg.ClientConfig) {
          super(typeof config === "object" ? { ...config, connectionTimeoutMillis: connectTimeoutMs, statement_timeout: limits.statementTimeoutMs || undefined } : config);
          // pg-pool listens for a client's errors only while it is idle: a checked-out client (a
          // transaction) whose server dies would throw from its socket and end the process. Its
          // queries still fail, and the pool drops it when it is released.
          this.on("error", () => undefined);
        }
      },
      max: limits.connections,
      idleTimeoutMillis: 30_000,
      application_name: `gongzhi-${name}`,
    });
    // An idle client losing its server must not crash the process; the next query reconnects.
    this.pool.on("error", () => undefined);
    this.instrument();
    this.db = drizzle(this.pool, { schema });
    const pool = this.pool;
    this.untrackPool = poolConnections.track(() => [
      [{ source: name, state: "in_use" }, pool.totalCount - pool.idleCount],
      [{ source: name, state: "idle" }, pool.idleCount],
      [{ source: name, state: "waiting" }, pool.waitingCount],
    ]);
  }

  private instrument(): void {
    const pool = this.pool;
    const source = this.name;
    const statements = sourceStatements.labels(source);
    const duration = sourceStatementDuration.labels(source);
    const unavailable = (reason: SourceUnavailableError["reason"], cause?: unknown): SourceUnavailableError => {
      sourceUnavailable.inc({ source, reason });
      return new SourceUnavailableError(source, reason, { cause });
    };
    const failed = (error: unknown): never => {
      const reason = unavailabilityReason(error);
      throw reason ? unavailable(reason, error) : error;
    };
    const run: Instrumented = (query, args) =>
      sourceSpan(source, args[0], async () => {
        const started = performance.now();
        try {
          return await query(...args);
        } catch (error) {
          return failed(error);
        } finally {
          const milliseconds = performance.now() - started;
          statements.inc();
          duration.observe(milliseconds / 1000);
          recordStatement(source, milliseconds);
        }
      });
    // A slow source holds no more than its share: past `queue` statements waiting for one of its
    // connections, the next fails at once instead of joining an unbounded queue.
    const full = () => pool.waitingCount >= this.limits.queue;
    const query = pool.query.bind(pool) as Query;
    const connect = pool.connect.bind(pool) as (...args: unknown[]) => Promise<pg.PoolClient> | undefined;
    (pool as { query: unknown }).query = (...args: unknown[]) => (full() ? Promise.reject(unavailable("busy")) : run(query, args));
    // pg's own pool.query calls connect with a callback and is counted above; a client checked
    // out through the promise form (a transaction) has its statements counted until released.
    (pool as { connect: unknown }).connect = (...args: unknown[]) => {
      if (args.length > 0) return connect(...args);
      if (full()) return Promise.reject(unavailable("busy"));
      return connect()?.then((client) => countedUntilRelease(client, run), failed);
    };
  }

  /** Runs `work` in one transaction of this source: everything it wrote commits, or nothing does. */
  transaction<T>(work: (tx: SourceTransaction<TSchema>) => Promise<T>): Promise<T> {
    return this.db.transaction(work);
  }

  /** Round-trip time of a trivial statement, in milliseconds. */
  async ping(): Promise<number> {
    const started = performance.now();
    await this.pool.query("SELECT 1");
    return performance.now() - started;
  }

  /** Applies this source's drizzle-kit migrations from `drizzle/<source>/`. */
  async migrate(): Promise<void> {
    await migrate(this.db, { migrationsFolder: join(projectRoot, "drizzle", this.name), migrationsSchema: "drizzle", migrationsTable: "migrations" });
  }

  async close(): Promise<void> {
    this.untrackPool();
    await this.pool.end();
  }
}
