import { loadConfig } from "./config.js";
import { startApi } from "./server/app.js";
import { configureLog, log } from "./observability/log.js";
import { startTracing } from "./observability/tracing.js";

const config = loadConfig();
configureLog(config.telemetry.logLevel);
const { otlpTracesUrl } = config.telemetry;
const stopTracing = otlpTracesUrl ? startTracing(new (await import("@opentelemetry/exporter-trace-otlp-http")).OTLPTraceExporter({ url: otlpTracesUrl })) : null;
const api = await startApi(config, {
  onEmptyDatabases: async (databases) => {
    const { loadDemoData } = await import("./seed/generate.js");
    const referenceDate = new Date();
    log().info({ scale: config.seedScale, referenceDate }, `Loading demo data (scale ${config.seedScale}) around ${referenceDate.toISOString()}…`);
    await loadDemoData(databases, { scale: config.seedScale, referenceDate });
  },
});
log().info({ url: api.url, tracing: otlpTracesUrl ?? "off", metrics: config.telemetry.metrics }, `gongzhi serving ${api.url}`);
if (!config.production && !config.auth.jwks) {
  log().info("Without a token a request sees public data only; `npm run token -- --role admin` prints a development token for `Authorization: Bearer …`.");
}

// SIGTERM (a deploy) and SIGINT: stop gracefully, then exit 0. Repeats are ignored (npm
// forwards Ctrl-C to a process that already got it from the terminal).
let stopping = false;
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    log().info({ signal, graceMs: config.shutdownGraceMs }, `${signal}: stopping; requests in flight have ${config.shutdownGraceMs} ms to finish`);
    // Past the grace period requests are cut, and a statement still running ends by its
    // statement timeout; anything still open after both is stuck, and the process goes anyway.
    const stuck = setTimeout(() => {
      log().error("could not stop cleanly in time; exiting");
      process.exit(1);
    }, config.shutdownGraceMs + config.sourceLimits.statementTimeoutMs + 1000);
    stuck.unref();
    // Spans still batched are sent before the process goes.
    api.stop().then(() => stopTracing?.()).then(
      () => process.exit(0),
      (error: unknown) => {
        log().error({ error: error instanceof Error ? error.message : String(error) }, "stopping failed");
        process.exit(1);
      },
    );
  });
}
