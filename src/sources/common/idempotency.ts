import { createHash } from "node:crypto";
import { and, eq, lt, sql } from "drizzle-orm";
import { char, index, integer, pgTable, primaryKey, timestamp, varchar } from "drizzle-orm/pg-core";
import type { SourceDatabase, SourceTransaction } from "./database.js";
import { conflict } from "./errors.js";

/**
 * Keys of writes a client may resend. Each source keeps its own, written in the same
 * transaction as the write they guard, so a key exists exactly when its write committed.
 */
export const idempotencyKeys = pgTable(
  "idempotency_keys",
  {
    operation: varchar("operation", { length: 40 }).notNull(),
    /** Whose key it is (a token subject): one caller's key never replays or blocks another's write. */
    caller: varchar("caller", { length: 200 }).notNull().default(""),
    key: varchar("key", { length: 100 }).notNull(),
    requestHash: char("request_hash", { length: 64 }).notNull(),
    resultId: integer("result_id"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.operation, t.caller, t.key] }), index("idempotency_keys_created_idx").on(t.createdAt)],
);

/** A client's idempotency key, and whose it is. */
export interface ResendKey {
  caller: string;
  key: string;
}

export interface IdempotentRequest {
  /** The mutation's name: one key may be used once per operation and caller. */
  operation: string;
  key?: ResendKey | null;
  /** Everything that defines the write; a resend must carry the same. */
  input: unknown;
}

/** JSON with object keys sorted and absent or null fields left out, so the same input always hashes the same. */
export function canonical(value: unknown): string {
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  if (value !== null && typeof value === "object") {
    const entries = Object.entries(value).filter(([, v]) => v !== undefined && v !== null).sort(([a], [b]) => (a < b ? -1 : 1));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(",")}}`;
  }
  return JSON.stringify(value ?? null);
}

/**
 * Runs `write` at most once per idempotency key. A concurrent resend waits on the key's row
 * until the first write commits (then gets its result through `replay`) or rolls back (then
 * writes itself). Without a key, `write` simply runs.
 */
export async function once<TSchema extends Record<string, unknown>, R extends { id: number }>(
  tx: SourceTransaction<TSchema>,
  request: IdempotentRequest,
  write: () => Promise<R>,
  replay: (id: number) => Promise<R>,
): Promise<{ row: R; replayed: boolean }> {
  if (!request.key) return { row: await write(), replayed: false };
  const requestHash = createHash("sha256").update(canonical(request.input)).digest("hex");
  const { caller, key } = request.key;
  const match = and(eq(idempotencyKeys.operation, request.operation), eq(idempotencyKeys.caller, caller), eq(idempotencyKeys.key, key));
  const claimed = await tx.insert(idempotencyKeys).values({ operation: request.operation, caller, key, requestHash }).onConflictDoNothing().returning({ key: idempotencyKeys.key });
  if (claimed.length > 0) {
    const row = await write();
    await tx.update(idempotencyKeys).set({ resultId: row.id }).where(match);
    return { row, replayed: false };
  }
  const [prior] = await tx.select().from(idempotencyKeys).where(match);
  if (!prior || prior.resultId === null || prior.requestHash !== requestHash) {
    throw conflict(`Idempotency key "${key}" was already used for a different ${request.operation} request`, { field: "input.idempotencyKey" });
  }
  return { row: await replay(prior.resultId), replayed: true };
}

/** Deletes keys older than `hours`: a resend is honoured for that long. Returns how many went. */
export async function forgetOldKeys(source: SourceDatabase<Record<string, unknown>>, hours: number): Promise<number> {
  const result = await source.db.delete(idempotencyKeys).where(lt(idempotencyKeys.createdAt, sql`now() - make_interval(hours => ${hours})`));
  return result.rowCount ?? 0;
}
