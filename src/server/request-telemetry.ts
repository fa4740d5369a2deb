import { randomUUID } from "node:crypto";
import { getOperationAST, type ExecutionArgs, type ExecutionResult, type GraphQLError, type GraphQLFormattedError } from "graphql";
import { log } from "../observability/log.js";
import { observeRequest } from "../observability/metrics.js";
import { operationSpan, type OperationSpan } from "../observability/tracing.js";

type Headers = Readonly<Record<string, string | string[] | undefined>>;

/** A caller's own request id is kept when it is a plain token; otherwise one is made. */
const CALLER_REQUEST_ID = /^[\w.:-]{1,64}$/;

/** Requests slower than this are logged at `info` even when they succeed. */
const SLOW_MS = 1000;

/** Codes that say the API, not the caller, failed: logged as warnings. */
const SERVER_SIDE = new Set(["INTERNAL_SERVER_ERROR", "SOURCE_UNAVAILABLE"]);

/**
 * One request's (or WebSocket operation's) telemetry: its id, its span, and at the end one
 * metric observation and one log line.
 */
export class RequestTelemetry {
  readonly id: string;
  private readonly started = performance.now();
  private type = "unknown";
  private operation: string | null = null;
  private codes: string[] = [];
  private hasData = false;
  private known = false;
  private finished = false;

  constructor(
    readonly transport: "http" | "ws",
    headers: Headers,
    private readonly span: OperationSpan,
  ) {
    const given = headers["x-request-id"];
    this.id = typeof given === "string" && CALLER_REQUEST_ID.test(given) ? given : randomUUID();
  }

  /** The operation, once the document is parsed and the operation chosen. */
  named(type: string, name: string | null | undefined): void {
    this.type = type;
    this.operation = name ?? null;
    this.span.named(type, name);
  }

  /** What the answer carried: its errors' codes and whether it had data. */
  answered(errors: readonly GraphQLFormattedError[] | undefined, data: unknown): void {
    this.codes = (errors ?? []).map((e) => (typeof e.extensions?.code === "string" ? e.extensions.code : "UNKNOWN"));
    this.hasData = data !== undefined && data !== null;
    this.known = true;
  }

  /** For an answer made without the hooks that call `answered`: its codes read from its JSON text. */
  answeredUnlessKnown(body: string): void {
    if (this.known) return;
    try {
      const parsed = JSON.parse(body) as { errors?: GraphQLFormattedError[]; data?: unknown };
      this.answered(Array.isArray(parsed.errors) ? parsed.errors : [{ message: "" }], parsed.data);
    } catch {
      this.answered([{ message: "" }], undefined);
    }
  }

  /** Ends it: the metrics, the span and the log line. `status` is the HTTP status, when there is one. */
  finish(status?: number): void {
    if (this.finished) return;
    this.finished = true;
    const milliseconds = performance.now() - this.started;
    observeRequest({ transport: this.transport, type: this.type, operation: this.operation, codes: this.codes, hasData: this.hasData, seconds: milliseconds / 1000 });
    this.span.end(this.codes, this.id);
    const level = this.codes.some((code) => SERVER_SIDE.has(code)) ? "warn" : this.codes.length > 0 || milliseconds > SLOW_MS ? "info" : "debug";
    const logger = log();
    if (!logger.isLevelEnabled(level)) return;
    logger[level](
      {
        requestId: this.id,
        ...(this.span.traceId ? { traceId: this.span.traceId } : {}),
        transport: this.transport,
        type: this.type,
        operation: this.operation,
        ...(status !== undefined ? { status } : {}),
        codes: this.codes,
        ms: Math.round(milliseconds * 10) / 10,
      },
      "request",
    );
  }
}

/** Runs one request inside its span (a child of the caller's `traceparent`), with its telemetry. */
export function withTelemetry<T>(transport: "http" | "ws", headers: Headers, run: (telemetry: RequestTelemetry) => Promise<T>): Promise<T> {
  return operationSpan(headers, transport, (span) => run(new RequestTelemetry(transport, headers, span)));
}

/**
 * Runs one WebSocket operation with its telemetry. A query or mutation is observed when its
 * result is ready, a subscription when it has started (or was refused); its items are not requests.
 */
export function observeOperation<R>(args: ExecutionArgs, run: () => R | Promise<R>, codes: (errors: readonly GraphQLError[]) => GraphQLFormattedError[]): Promise<R> {
  return withTelemetry("ws", {}, async (telemetry) => {
    const operation = getOperationAST(args.document, args.operationName);
    if (operation) telemetry.named(operation.operation, args.operationName ?? operation.name?.value);
    try {
      const result = await run();
      const single = isExecutionResult(result) ? result : undefined;
      telemetry.answered(single?.errors ? codes(single.errors) : undefined, single ? single.data : true);
      return result;
    } catch (error) {
      telemetry.answered([{ message: "", extensions: { code: "INTERNAL_SERVER_ERROR" } }], undefined);
      throw error;
    } finally {
      telemetry.finish();
    }
  });
}

function isExecutionResult(value: unknown): value is ExecutionResult {
  return typeof value === "object" && value !== null && !(Symbol.asyncIterator in value);
}
