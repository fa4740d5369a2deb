import { loadConfig } from "./config.js";
import { startApi } from "./server/app.js";

const config = loadConfig();
const api = await startApi(config, {
  onEmptyDatabases: async (databases) => {
    const { loadDemoData } = await import("./seed/generate.js");
    const referenceDate = new Date();
    console.log(`Loading demo data (scale ${config.seedScale}) around ${referenceDate.toISOString()}…`);
    await loadDemoData(databases, { scale: config.seedScale, referenceDate });
  },
});
console.log(`gongzhi serving ${api.url}`);
if (!config.production && !config.auth.jwks) {
  console.log("Without a token a request sees public data only; `npm run token -- --role admin` prints a development token for `Authorization: Bearer …`.");
}

// SIGTERM (a deploy) and SIGINT: stop gracefully, then exit 0. Repeats are ignored (npm
// forwards Ctrl-C to a process that already got it from the terminal).
let stopping = false;
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    console.log(`gongzhi: ${signal}: stopping; requests in flight have ${config.shutdownGraceMs} ms to finish`);
    // Past the grace period requests are cut, and a statement still running ends by its
    // statement timeout; anything still open after both is stuck, and the process goes anyway.
    const stuck = setTimeout(() => {
      console.error("gongzhi: could not stop cleanly in time; exiting");
      process.exit(1);
    }, config.shutdownGraceMs + config.sourceLimits.statementTimeoutMs + 1000);
    stuck.unref();
    api.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error("gongzhi: stopping failed:", error instanceof Error ? error.message : error);
        process.exit(1);
      },
    );
  });
}
