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

let stopping = false;
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    api.stop().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  });
}
