import type { Context } from "../context.js";
import { oneEach } from "../common/loaders.js";

export const gridLoader = ({ loaders, reads }: Context) =>
  loaders.get("gridByCode", async (codes: readonly string[]) => oneEach(codes, await reads.governance.gridsByCode(codes), (r) => r.code));

export const workerLoader = ({ loaders, reads }: Context) =>
  loaders.get("workerById", async (ids: readonly number[]) => oneEach(ids, await reads.governance.workersById(ids), (r) => r.id));

export const eventLoader = ({ loaders, reads }: Context) =>
  loaders.get("eventById", async (ids: readonly number[]) => oneEach(ids, await reads.governance.eventsById(ids), (r) => r.id));
