/** One answer as received: over HTTP (a status and the body's text) or over WebSocket (the messages and how the socket closed). */
export interface Answer {
  transport: "http" | "ws";
  /** HTTP status; for WebSocket, absent. */
  status?: number;
  /** Every payload received (HTTP body, WebSocket `next`/`error` payloads), as text. */
  texts: string[];
  /** The WebSocket's close code when the server closed it. */
  closeCode?: number;
  closeReason?: string;
  /** The client could not complete the exchange (connection refused, reset, timed out). */
  transportError?: string;
}

/** Words that only appear in an answer when a database's message leaked through. */
const SQL = [/\bSELECT\b/, /\bINSERT INTO\b/, /\bUPDATE\s+"?\w+"?\s+SET\b/, /\brelation "\w+"/, /syntax error at or near/, /\bviolates\b/, /duplicate key/, /\bcolumn "\w+"/, /\bdeadlock detected\b/];
/** A stack frame (V8's "    at fn (file:line:col)") or Apollo's stacktrace extension. */
const STACK = [/\n\s+at\s/, /\\n\s+at\s/, /"stacktrace"/, /\bat\s+\S+\s+\(\S+:\d+:\d+\)/];
/** A path on the server's disk. */
const PATHS = [/\/src\//, /node_modules/, /\.ts:\d/, /\.ts:/, /file:\/\//];

const CODES_NOT_ALLOWED = new Set(["INTERNAL_SERVER_ERROR"]);

interface ErrorShape {
  message?: unknown;
  extensions?: { code?: unknown };
}

/** The GraphQL errors in one payload: `{ errors: [...] }`, or a bare list (graphql-ws `error` messages). */
function errorsIn(parsed: unknown): ErrorShape[] {
  if (Array.isArray(parsed)) return parsed as ErrorShape[];
  if (parsed && typeof parsed === "object" && Array.isArray((parsed as { errors?: unknown }).errors)) return (parsed as { errors: ErrorShape[] }).errors;
  return [];
}

/** The codes one answer carries (OK for an answer without errors), for the summary. */
export function codesOf(answer: Answer): string[] {
  if (answer.transportError) return ["TRANSPORT_ERROR"];
  const codes = new Set<string>();
  for (const text of answer.texts) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      codes.add(`NOT_JSON`);
      continue;
    }
    for (const e of errorsIn(parsed)) codes.add(typeof e.extensions?.code === "string" ? e.extensions.code : "NO_CODE");
  }
  if (answer.closeCode !== undefined) codes.add(`WS_CLOSE_${answer.closeCode}`);
  if (codes.size === 0) codes.add("OK");
  return [...codes].sort();
}

/**
 * What is wrong with an answer, empty when nothing: a 5xx, an internal error, an error without
 * a code, an answer that is not GraphQL's JSON, or a stack, SQL or a server path anywhere in it.
 */
export function problemsOf(answer: Answer): string[] {
  const problems: string[] = [];
  if (answer.transportError) problems.push(`no answer: ${answer.transportError}`);
  if (answer.status !== undefined && answer.status >= 500) problems.push(`HTTP ${answer.status}`);
  // 1011 is the WebSocket's "internal error", 4500 graphql-ws's (an exception while handling a message).
  if (answer.closeCode === 1011 || answer.closeCode === 4500) problems.push(`WebSocket closed with ${answer.closeCode}`);
  for (const text of [...answer.texts, ...(answer.closeReason ? [JSON.stringify({ reason: answer.closeReason })] : [])]) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      problems.push(`not JSON: ${text.slice(0, 120)}`);
    }
    for (const e of errorsIn(parsed)) {
      const code = e.extensions?.code;
      if (typeof code !== "string") problems.push(`error without extensions.code: ${String(e.message).slice(0, 120)}`);
      else if (CODES_NOT_ALLOWED.has(code)) problems.push(`${code}: ${String(e.message).slice(0, 120)}`);
    }
    for (const [what, patterns] of [
      ["SQL", SQL],
      ["stack trace", STACK],
      ["server path", PATHS],
    ] as const) {
      const hit = patterns.find((p) => p.test(text));
      if (hit) problems.push(`${what} in the answer (${hit}): ${excerpt(text, hit)}`);
    }
  }
  return problems;
}

function excerpt(text: string, pattern: RegExp): string {
  const at = text.search(pattern);
  return text.slice(Math.max(0, at - 60), at + 80);
}
