import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { lexicographicSortSchema, printSchema } from "graphql";
import { projectRoot } from "../paths.js";
import { createSchema } from "./schema.js";

/** The SDL as committed in schema.graphql: sorted, so diffs show real changes only. */
export async function schemaSdl(): Promise<string> {
  return printSchema(lexicographicSortSchema(await createSchema())) + "\n";
}

if (process.argv[1]?.endsWith("print-schema.ts") || process.argv[1]?.endsWith("print-schema.js")) {
  await writeFile(join(projectRoot, "schema.graphql"), await schemaSdl());
  console.log("wrote schema.graphql");
}
