import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { projectRoot } from "../src/paths.js";
import { schemaSdl } from "../src/server/print-schema.js";

describe("schema.graphql", () => {
  it("matches the schema the code builds (run `npm run codegen` after changing types)", async () => {
    const committed = await readFile(join(projectRoot, "schema.graphql"), "utf8");
    expect(await schemaSdl()).toBe(committed);
  });

  it("describes every type and field", async () => {
    const sdl = await schemaSdl();
    const undocumented = sdl
      .split("\n")
      .map((line, i, lines) => ({ line, prev: lines[i - 1] ?? "" }))
      .filter(({ line, prev }) => /^\s{2}\w+(\(|:)/.test(line) && !prev.trim().endsWith('"""') && !prev.trim().startsWith('"'))
      .map(({ line }) => line.trim());
    expect(undocumented).toEqual([]);
  });
});
