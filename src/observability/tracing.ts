import { context, propagation, trace, SpanKind, SpanStatusCode, type Context, type Span } from "@opentelemetry/api";
import { AsyncLocalStorageContextManager } from "@opentelemetry/context-async-hooks";
import { W3CTraceContextPropagator } from "@opentelemetry/core";
import { resourceFromAttributes } from "@opentelemetry/resources";
import { BasicTracerProvider, BatchSpanProcessor, SimpleSpanProcessor, type SpanExporter } from "@opentelemetry/sdk-trace-base";
import { ATTR_DB_NAMESPACE, ATTR_DB_QUERY_TEXT, ATTR_DB_SYSTEM_NAME, ATTR_SERVICE_NAME } from "@opentelemetry/semantic-conventions";

/**
 * OpenTelemetry traces: a span per GraphQL operation, a child span per source round trip.
 * Off until `startTracing`: then the span context follows each request through
 * AsyncLocalStorage, whose promise hooks cost every request CPU, so nothing of it runs
 * (not even no-op spans) while tracing is off.
 */
let provider: BasicTracerProvider | null = null;

export const tracingEnabled = (): boolean => provider !== null;

/**
 * Registers the process's tracer provider, exporting to `exporter`: batched for a collector,
 * or span by span (`immediate`) for tests reading an in-memory exporter. Returns its stop,
 * which flushes what is pending.
 */
export function startTracing(exporter: SpanExporter, options: { immediate?: boolean } = {}): () => Promise<void> {
  if (provider) throw new Error("Tracing is already started in this process");
  const started = new BasicTracerProvider({
    resource: resourceFromAttributes({ [ATTR_SERVICE_NAME]: "gongzhi" }),
    spanProcessors: [options.immediate ? new SimpleSpanProcessor(exporter) : new BatchSpanProcessor(exporter)],
  });
  provider = started;
  context.setGlobalContextManager(new AsyncLocalStorageContextManager().enable());
  propagation.setGlobalPropagator(new W3CTraceContextPropagator());
  trace.setGlobalTracerProvider(started);
  return async () => {
    await started.shutdown();
    trace.disable();
    context.disable();
    propagation.disable();
    provider = null;
  };
}

const tracer = () => trace.getTracer("gongzhi");

/**
 * Starts the server span of one request, a child of the caller's trace when its headers carry
 * a `traceparent`. `run` executes inside it; the span is ended by the caller through the handle.
 */
export function operationSpan<T>(headers: Readonly<Record<string, string | string[] | undefined>>, transport: "http" | "ws", run: (span: OperationSpan) => Promise<T>): Promise<T> {
  if (!provider) return run(NO_SPAN);
  const parent: Context = propagation.extract(context.active(), headers);
  const span = tracer().startSpan("graphql", { kind: SpanKind.SERVER, attributes: { "gongzhi.transport": transport } }, parent);
  const handle = spanHandle(span);
  return context.with(trace.setSpan(parent, span), () => run(handle));
}

/** What a request tells its span once known. */
export interface OperationSpan {
  /** Names the span `<type> <name>`, as OpenTelemetry's GraphQL conventions do. */
  named(type: string, name: string | null | undefined): void;
  /** Ends it, marked as failed when the answer carried errors. */
  end(codes: readonly string[], requestId?: string): void;
  /** The trace id for logs; empty without tracing. */
  readonly traceId: string;
}

const NO_SPAN: OperationSpan = { named: () => undefined, end: () => undefined, traceId: "" };

function spanHandle(span: Span): OperationSpan {
  return {
    traceId: span.spanContext().traceId,
    named(type, name) {
      span.updateName(name ? `${type} ${name}` : type);
      span.setAttributes({ "graphql.operation.type": type, ...(name ? { "graphql.operation.name": name } : {}) });
    },
    end(codes, requestId) {
      if (requestId) span.setAttribute("gongzhi.request_id", requestId);
      if (codes.length > 0) {
        span.setAttribute("gongzhi.error_codes", [...codes]);
        span.setStatus({ code: SpanStatusCode.ERROR, message: codes[0] });
      }
      span.end();
    },
  };
}

/** The longest statement text a span keeps. */
const MAX_STATEMENT_TEXT = 2000;

/** Runs one statement of `source` in a client span, the child of the operation that caused it. */
export function sourceSpan<T>(source: string, statement: unknown, run: () => Promise<T>): Promise<T> {
  if (!provider) return run();
  const text = typeof statement === "string" ? statement : typeof statement === "object" && statement && "text" in statement ? String(statement.text) : "";
  return tracer().startActiveSpan(
    `${source} query`,
    { kind: SpanKind.CLIENT, attributes: { [ATTR_DB_SYSTEM_NAME]: "postgresql", [ATTR_DB_NAMESPACE]: source, [ATTR_DB_QUERY_TEXT]: text.slice(0, MAX_STATEMENT_TEXT) } },
    async (span) => {
      try {
        return await run();
      } catch (error) {
        span.setStatus({ code: SpanStatusCode.ERROR, message: error instanceof Error ? error.name : "error" });
        throw error;
      } finally {
        span.end();
      }
    },
  );
}
