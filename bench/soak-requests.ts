/**
 * The soak's HTTP side: one GraphQL POST and what it came to (any non-200 answer or GraphQL
 * error is an error, counted by code), and the tally of reads and writes per interval.
 */
import { performance } from "node:perf_hooks";
import { Latencies } from "./load.js";
import type { LagSummary } from "./soak-protocol.js";

/** A request that has not answered by then counts as an error ("timeout"). */
const TIMEOUT_MS = 30_000;

export interface Outcome {
  /** Undefined when it answered 200 with data and no errors; else the code it is counted under. */
  error?: string;
  detail?: string;
  ms: number;
  data?: unknown;
}

interface Answer {
  data?: unknown;
  errors?: { message?: string; extensions?: { code?: string } }[];
}

/** Posts a GraphQL request and classifies the answer: `HTTP <status> [code]`, the first error's code, `timeout` or `network <code>`. */
export async function postGraphQL(url: string, headers: Record<string, string>, body: string): Promise<Outcome> {
  const started = performance.now();
  let status = 0;
  let text = "";
  try {
    const res = await fetch(url, { method: "POST", headers, body, signal: AbortSignal.timeout(TIMEOUT_MS) });
    status = res.status;
    text = await res.text();
  } catch (error) {
    const ms = performance.now() - started;
    const name = (error as { name?: string }).name;
    if (name === "TimeoutError" || name === "AbortError") return { error: "timeout", detail: `no answer within ${TIMEOUT_MS / 1000} s`, ms };
    const cause = (error as { cause?: { code?: string; message?: string } }).cause;
    return { error: `network ${cause?.code ?? "error"}`, detail: cause?.message ?? String(error), ms };
  }
  const ms = performance.now() - started;
  let answer: Answer | undefined;
  try {
    answer = JSON.parse(text) as Answer;
  } catch {
    answer = undefined;
  }
  const code = answer?.errors?.length ? (answer.errors[0]?.extensions?.code ?? "GRAPHQL_ERROR") : undefined;
  const detail = () => `HTTP ${status}: ${text.slice(0, 300)}`;
  if (status !== 200) return { error: `HTTP ${status}${code ? ` ${code}` : ""}`, detail: detail(), ms };
  if (!answer) return { error: "unparsable answer", detail: detail(), ms };
  if (code) return { error: code, detail: detail(), ms };
  return { ms, data: answer.data };
}

/** What the soak's requests came to over one interval. */
export interface RequestFigures {
  reads: number;
  writes: number;
  /** Failed requests (reads and writes) by code. */
  errors: Record<string, number>;
  firstError?: string;
  /** Latency of the successful reads. */
  readLatency: LagSummary;
}

export class RequestTally {
  private reads = 0;
  private writes = 0;
  private errors: Record<string, number> = {};
  private firstError: string | undefined;
  private readonly readLatency = new Latencies();

  record(kind: "read" | "write", outcome: Outcome, what: string): void {
    if (outcome.error) {
      this.errors[outcome.error] = (this.errors[outcome.error] ?? 0) + 1;
      this.firstError ??= `${what}: ${outcome.detail ?? outcome.error}`;
      return;
    }
    if (kind === "write") {
      this.writes++;
      return;
    }
    this.reads++;
    this.readLatency.add(outcome.ms);
  }

  /** The figures since the last call, and starts the next interval. */
  take(): RequestFigures {
    const figures: RequestFigures = { reads: this.reads, writes: this.writes, errors: this.errors, firstError: this.firstError, readLatency: this.readLatency.summary() };
    this.reads = this.writes = 0;
    this.errors = {};
    this.firstError = undefined;
    this.readLatency.clear();
    return figures;
  }
}
