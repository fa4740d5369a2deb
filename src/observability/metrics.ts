import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from "prom-client";

/**
 * The process's Prometheus metrics, served at GET /metrics. One registry per process: an
 * operator scrapes a process, and the figures of everything it runs add up there.
 */
export const registry = new Registry();
collectDefaultMetrics({ register: registry });

const registers = [registry];

/** Requests over HTTP and operations over WebSocket, by outcome and first error code. */
export const requestsTotal = new Counter({
  name: "gongzhi_requests_total",
  help: "GraphQL requests answered, by transport, operation type and name, outcome (ok, partial, error) and first error code",
  labelNames: ["transport", "type", "operation", "outcome", "code"] as const,
  registers,
});

export const requestDuration = new Histogram({
  name: "gongzhi_request_duration_seconds",
  help: "Time from a request's arrival to its answer, by transport, operation type and name, and outcome",
  labelNames: ["transport", "type", "operation", "outcome"] as const,
  buckets: [0.002, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
  registers,
});

export const sourceStatements = new Counter({
  name: "gongzhi_source_statements_total",
  help: "SQL statements sent to each source",
  labelNames: ["source"] as const,
  registers,
});

export const sourceStatementDuration = new Histogram({
  name: "gongzhi_source_statement_duration_seconds",
  help: "Round-trip time of each source's statements, waiting for a connection included",
  labelNames: ["source"] as const,
  buckets: [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 1, 5, 15],
  registers,
});

export const sourceUnavailable = new Counter({
  name: "gongzhi_source_unavailable_total",
  help: "Statements refused or failed because their source could not serve them, by source and reason (unreachable, busy, queue-timeout, statement-timeout)",
  labelNames: ["source", "reason"] as const,
  registers,
});

export const changeFeedLag = new Histogram({
  name: "gongzhi_change_feed_lag_seconds",
  help: "Time from a change's transaction in a centre's database to its hand-over to live subscribers",
  labelNames: ["centre"] as const,
  buckets: [0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60],
  registers,
});

export const auditWrites = new Counter({
  name: "gongzhi_audit_writes_total",
  help: "Writes to the audit log of personal data processing, by outcome (ok, failed)",
  labelNames: ["outcome"] as const,
  registers,
});

export const auditEntries = new Counter({
  name: "gongzhi_audit_entries_total",
  help: "Audit-log entries written",
  registers,
});

export const rateLimitRefusals = new Counter({
  name: "gongzhi_rate_limit_refusals_total",
  help: "Requests and WebSocket operations refused with RATE_LIMITED",
  registers,
});

type Sample<L extends string> = [labels: Record<L, string>, value: number];

/**
 * A gauge read when scraped from whatever registered to it: every running pool, hub and
 * subscription registry of the process; samples with the same labels add up.
 */
function sampledGauge<L extends string>(name: string, help: string, labelNames: readonly L[]) {
  const sources = new Set<() => Iterable<Sample<L>>>();
  new Gauge<L>({
    name,
    help,
    labelNames,
    registers,
    collect() {
      this.reset();
      for (const sample of sources) for (const [labels, value] of sample()) this.inc(labels as never, value);
    },
  });
  return {
    /** Adds `sample` to every scrape until the returned function is called. */
    track(sample: () => Iterable<Sample<L>>): () => void {
      sources.add(sample);
      return () => void sources.delete(sample);
    },
  };
}

export const poolConnections = sampledGauge("gongzhi_pool_connections", "Connections of each source's pool in use and idle, and statements waiting for one", ["source", "state"]);
export const liveSubscribers = sampledGauge("gongzhi_live_subscribers", "Live subscriptions attached to the change feeds", []);
export const liveGroups = sampledGauge("gongzhi_live_groups", "Shared subscription executions (identical subscriptions share one)", []);

/** Operation names become labels; an unbounded set of client-chosen names must not become unbounded series. */
const MAX_OPERATION_NAMES = 200;
const seenNames = new Set<string>();

/** The operation's name as a label: "anonymous" without one, "other" once too many distinct names were seen. */
export function operationLabel(name: string | null | undefined): string {
  if (!name) return "anonymous";
  if (seenNames.has(name)) return name;
  if (seenNames.size >= MAX_OPERATION_NAMES || !/^[A-Za-z_][A-Za-z0-9_]{0,63}$/.test(name)) return "other";
  seenNames.add(name);
  return name;
}

/** The exposition text and its content type. */
export async function scrape(): Promise<{ contentType: string; body: string }> {
  return { contentType: registry.contentType, body: await registry.metrics() };
}

/** One answered GraphQL request or WebSocket operation. */
export interface AnsweredRequest {
  transport: "http" | "ws";
  /** query, mutation or subscription; "unknown" when the document did not parse or validate. */
  type: string;
  operation: string | null | undefined;
  /** Error codes of the answer, in order; none for a clean answer. */
  codes: readonly string[];
  /** Whether the answer carried data alongside its errors. */
  hasData: boolean;
  seconds: number;
}

export function observeRequest(answer: AnsweredRequest): void {
  const outcome = answer.codes.length === 0 ? "ok" : answer.hasData ? "partial" : "error";
  const operation = operationLabel(answer.operation);
  requestsTotal.inc({ transport: answer.transport, type: answer.type, operation, outcome, code: answer.codes[0] ?? "" });
  requestDuration.observe({ transport: answer.transport, type: answer.type, operation, outcome }, answer.seconds);
}
