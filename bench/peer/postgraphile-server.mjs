// PostGraphile v5 (amber preset + connection filter) over one database, as the read bench's
// peer. Run from the scratch folder bench/peer/setup.sh fills, with
// `node --require ./promise-with-resolvers.cjs server.mjs` on Node 20.
// Env: DATABASE_URL, PORT, HOST (default 127.0.0.1), POOL_SIZE (default 10, as the API's pools).
import { createServer } from "node:http";
import { postgraphile } from "postgraphile";
import { grafserv } from "postgraphile/grafserv/node";
import { PostGraphileAmberPreset } from "postgraphile/presets/amber";
import { makePgService } from "postgraphile/adaptors/pg";
import { PostGraphileConnectionFilterPreset } from "postgraphile-plugin-connection-filter";

const connectionString = process.env.DATABASE_URL;
if (!connectionString) throw new Error("DATABASE_URL is not set");
const port = Number(process.env.PORT || 5678);
const host = process.env.HOST || "127.0.0.1";

const preset = {
  extends: [PostGraphileAmberPreset, PostGraphileConnectionFilterPreset],
  pgServices: [makePgService({ connectionString, schemas: ["public"], poolConfig: { max: Number(process.env.POOL_SIZE || 10) } })],
  grafserv: { graphqlPath: "/graphql", graphiql: false, watch: false },
  grafast: { explain: false },
};

const pgl = postgraphile(preset);
const serv = pgl.createServ(grafserv);
const server = createServer();
server.on("error", (error) => {
  console.error(error);
  process.exit(1);
});
await serv.addTo(server);
// Build the schema before listening, so the first request the bench sends is not the one that pays for it.
await pgl.getSchemaResult();
server.listen(port, host, () => console.log(`postgraphile serving http://${host}:${port}/graphql`));

for (const signal of ["SIGINT", "SIGTERM"]) {
  process.once(signal, () => {
    server.close();
    void pgl.release().finally(() => process.exit(0));
  });
}
