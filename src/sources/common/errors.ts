import type { SourceName } from "../../config.js";

/**
 * Why a source could not serve a statement: it is not there (`unreachable`), too many of its
 * statements wait already (`busy`), none of its connections came free in time
 * (`queue-timeout`), or the statement ran past the statement timeout (`statement-timeout`).
 */
export type UnavailabilityReason = "unreachable" | "busy" | "queue-timeout" | "statement-timeout";

/** A source's database could not serve a request; the rest of the request goes on without it. */
export class SourceUnavailableError extends Error {
  constructor(
    readonly source: SourceName,
    readonly reason: UnavailabilityReason,
    options?: { cause?: unknown },
  ) {
    super(`The ${source} source is unavailable (${reason})`, options);
    this.name = "SourceUnavailableError";
  }
}

// SQLSTATE classes that mean "the server is not there for us": connection exceptions,
// operator intervention (shutdown, terminated backend), insufficient resources.
const UNAVAILABLE_SQLSTATE = /^(08|57P|53)/;
// ENOENT: a server reached over its Unix socket removes the socket file when it stops.
const UNAVAILABLE_ERRNO = new Set(["ENOENT", "ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "EHOSTUNREACH", "ENOTFOUND", "EPIPE", "EAI_AGAIN"]);
/** query_canceled: with the API's own statement timeout set, the statement ran too long. */
const QUERY_CANCELED = "57014";

/** Why an error from `pg` means the source could not serve the statement; null when the statement itself was wrong. */
export function unavailabilityReason(error: unknown): UnavailabilityReason | null {
  if (!(error instanceof Error)) return null;
  const code = (error as { code?: unknown }).code;
  if (code === QUERY_CANCELED) return "statement-timeout";
  // pg-pool's own timer, which this API sets to the wait for a free connection.
  if (/timeout exceeded when trying to connect/i.test(error.message)) return "queue-timeout";
  if (typeof code === "string" && (UNAVAILABLE_SQLSTATE.test(code) || UNAVAILABLE_ERRNO.has(code))) return "unreachable";
  return /Connection terminated|connection terminated|Client has encountered a connection error/i.test(error.message) ? "unreachable" : null;
}

/** Whether a source's unavailability is what failed, looking through drizzle's and DataLoader's wrapping. */
export function isSourceUnavailable(error: unknown): boolean {
  for (let e: unknown = error; e instanceof Error; e = e.cause) if (e instanceof SourceUnavailableError) return true;
  return false;
}

/** Client-facing codes a command can refuse with. */
export type CommandErrorCode = "BAD_USER_INPUT" | "NOT_FOUND" | "CONFLICT" | "FORBIDDEN";

/**
 * A write refused for a reason the caller can act on: an illegal transition, a stale
 * version, a full activity, a missing row. `details` travel to the client as extensions.
 */
export class CommandError extends Error {
  constructor(
    readonly code: CommandErrorCode,
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = "CommandError";
  }
}

export const conflict = (message: string, details?: Record<string, unknown>) => new CommandError("CONFLICT", message, details);
export const missing = (what: string) => new CommandError("NOT_FOUND", `${what} not found`);
export const invalid = (field: string, message: string) => new CommandError("BAD_USER_INPUT", message, { field });
/** A query's argument refused by a source (a cursor that fits no row of the list). */
export const invalidArgument = (argument: string, message: string) => new CommandError("BAD_USER_INPUT", message, { argument });

/** The SQLSTATE of a PostgreSQL error, looking through drizzle's wrapping. */
export function sqlState(error: unknown): string | undefined {
  for (let e: unknown = error; e instanceof Error; e = e.cause) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === "string" && /^[0-9A-Z]{5}$/.test(code)) return code;
  }
  return undefined;
}
