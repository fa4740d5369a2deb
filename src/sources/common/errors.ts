import type { SourceName } from "../../config.js";

/** A source's database could not be reached; the rest of a request goes on without it. */
export class SourceUnavailableError extends Error {
  constructor(
    readonly source: SourceName,
    options?: { cause?: unknown },
  ) {
    super(`The ${source} source is unavailable`, options);
    this.name = "SourceUnavailableError";
  }
}

// SQLSTATE classes that mean "the server is not there for us": connection exceptions,
// operator intervention (shutdown, terminated backend), insufficient resources.
const UNAVAILABLE_SQLSTATE = /^(08|57P|53)/;
const UNAVAILABLE_ERRNO = new Set(["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "EHOSTUNREACH", "ENOTFOUND", "EPIPE", "EAI_AGAIN"]);

/** True when an error from `pg` means the database is unreachable rather than the query wrong. */
export function isUnavailability(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const code = (error as { code?: unknown }).code;
  if (typeof code === "string" && (UNAVAILABLE_SQLSTATE.test(code) || UNAVAILABLE_ERRNO.has(code))) return true;
  return /timeout exceeded when trying to connect|Connection terminated|connection terminated|Client has encountered a connection error/i.test(
    error.message,
  );
}
