import pg from "pg";
import { drizzle, type NodePgDatabase } from "drizzle-orm/node-postgres";
import { migrate } from "drizzle-orm/node-postgres/migrator";
import { performance } from "node:perf_hooks";
import { join } from "node:path";
import { projectRoot } from "../../paths.js";
import type { SourceName } from "../../config.js";
import { SourceUnavailableError, isUnavailability } from "./errors.js";
import { recordStatement } from "./query-stats.js";

// COUNT(*) and other int8 values fit comfortably in a JS number for this domain.
pg.types.setTypeParser(pg.types.builtins.INT8, (value) => Number(value));

/** How long a statement may wait for one of the pool's connections while all are busy. */
const QUEUE_TIMEOUT_MS = 15_000;

export interface SourceDatabaseOptions {
  url: string;
  connectTimeoutMs: number;
  maxConnections?: number;
}

/** A transaction handle with the same query builder as the source's drizzle handle. */
export type SourceTransaction<TSchema extends Record<string, unknown>> = Parameters<Parameters<NodePgDatabase<TSchema>["transaction"]>[0]>[0];

function countedUntilRelease(client: pg.PoolClient, source: SourceName, unavailable: (error: unknown) => never): pg.PoolClient {
  const query = client.query;
  const release = client.release;
  (client as { query: unknown }).query = async (...args: unknown[]) => {
    const started = performance.now();
    try {
      return await (query as (...a: unknown[]) => Promise<unknown>).apply(client, args);
    } catch (error) {
      return unavailable(error);
    } finally {
      recordStatement(source, performance.now() - started);
    }
  };
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

  constructor(
    readonly name: SourceName,
    schema: TSchema,
    options: SourceDatabaseOptions,
  ) {
    const connectTimeoutMs = options.connectTimeoutMs;
    this.pool = new pg.Pool({
      connectionString: options.url,
      // pg-pool uses one timeout both for opening a connection and for waiting for a free one.
      // A busy pool is not a source that is down: requests queue for a connection for up to
      // QUEUE_TIMEOUT_MS, while opening one still fails after the configured connect timeout.
      connectionTimeoutMillis: Math.max(QUEUE_TIMEOUT_MS, connectTimeoutMs),
      Client: class extends pg.Client {
        constructor(config?: string | pg.ClientConfig) {
          super(typeof config === "object" ? { ...config, connectionTimeoutMillis: connectTimeoutMs } : config);
        }
      },
      max: options.maxConnections ?? 10,
      idleTimeoutMillis: 30_000,
      application_name: `gongzhi-${name}`,
    });
    // An idle client losing its server must not crash the process; the next query reconnects.
    this.pool.on("error", () => undefined);
    this.instrument();
    this.db = drizzle(this.pool, { schema });
  }

  private instrument(): void {
    const pool = this.pool;
    const source = this.name;
    const query = pool.query.bind(pool) as (...args: unknown[]) => Promise<unknown>;
    const connect = pool.connect.bind(pool) as (...args: unknown[]) => Promise<pg.PoolClient> | undefined;
    const unavailable = (error: unknown): never => {
      throw isUnavailability(error) ? new SourceUnavailableError(source, { cause: error }) : error;
    };
    (pool as { query: unknown }).query = async (...args: unknown[]) => {
      const started = performance.now();
      try {
        return await query(...args);
      } catch (error) {
        return unavailable(error);
      } finally {
        recordStatement(source, performance.now() - started);
      }
    };
    // pg's own pool.query calls connect with a callback and is counted above; a client checked
    // out through the promise form (a transaction) has its statements counted until released.
    (pool as { connect: unknown }).connect = (...args: unknown[]) =>
      args.length > 0 ? connect(...args) : connect()?.then((client) => countedUntilRelease(client, source, unavailable), unavailable);
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
    await this.pool.end();
  }
}
