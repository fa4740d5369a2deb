import { defineConfig } from "drizzle-kit";

// One config for every source: `DRIZZLE_SOURCE=party drizzle-kit generate` (see `npm run db:generate`).
const source = process.env.DRIZZLE_SOURCE;
if (!source || !["registry", "party", "civic", "governance"].includes(source)) {
  throw new Error("Set DRIZZLE_SOURCE to registry, party, civic or governance");
}

export default defineConfig({
  dialect: "postgresql",
  schema: `./src/sources/${source}/tables.ts`,
  out: `./drizzle/${source}`,
});
