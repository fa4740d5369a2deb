import type { Context } from "../context.js";
import { oneEach } from "../common/loaders.js";

/** Divisions by code, one statement per request level. */
export const divisionLoader = ({ loaders, reads }: Context) =>
  loaders.get("divisionByCode", async (codes: readonly string[]) => oneEach(codes, await reads.registry.divisionsByCode(codes), (r) => r.code));
