/**
 * The optional peer: PostGraphile v5 (amber preset + connection filter) over the governance
 * database, installed outside the project by bench/peer/setup.sh. Its documents
 * (bench/peer/documents/) ask for the same rows as the API's; the digests below put its
 * answers in the same form as the API's digests, so the bench checks the rows match.
 */
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { gridWorkerEventsDigest } from "../example-operations.js";
import type { Json, Variables } from "../operation.js";
import { historyEventDigest, newestEventDigest } from "../shapes.js";
import { projectRoot } from "../../src/paths.js";

export interface PeerOperation {
  variables(v: Variables): Record<string, unknown>;
  digest(data: unknown): unknown;
}

/** By operation name: the operations that read the governance database only (or nothing). */
export const POSTGRAPHILE_OPERATIONS: Record<string, PeerOperation> = {
  GridNewestEvents: {
    variables: (v) => ({ gridCode: v.gridCode }),
    digest: (data: Json) => data.allEvents.edges.map((e: Json) => newestEventDigest(e.node)),
  },
  CommunityEventHistories: {
    variables: (v) => ({ communityCode: v.communityCode }),
    digest: (data: Json) =>
      data.allGrids.nodes.map((g: Json) => ({
        code: g.code,
        events: g.eventsByGridCode.edges.map(({ node }: Json) => historyEventDigest(node.code, node.status, node.eventTransitionsByEventId.nodes)),
      })),
  },
  GridWorkerEvents: {
    variables: (v) => ({ gridCode: v.gridCode }),
    digest(data: Json) {
      const g = data.gridByCode;
      if (!g) return null;
      const page = g.eventsByGridCode;
      return gridWorkerEventsDigest(
        { name: g.name, workers: g.gridWorkersByGridCode.nodes, totalCount: page.totalCount, hasNextPage: page.pageInfo.hasNextPage },
        page.edges.map((e: Json) => e.node),
        (n) => n.eventTransitionsByEventId.nodes,
        (n) => n.gridWorkerByAssignedWorkerId?.name ?? null,
      );
    },
  },
  StreetOverdueEvents: {
    variables: (v) => ({ streetCode: v.streetCode, now: new Date().toISOString() }),
    digest: (data: Json) => ({
      totalCount: data.allEvents.totalCount,
      hasNextPage: data.allEvents.pageInfo.hasNextPage,
      events: data.allEvents.edges.map((e: Json) => e.node.code),
    }),
  },
  NoSql: {
    variables: () => ({}),
    digest: (data: Json) => data.__typename,
  },
};

export const PEER_DOCUMENTS = join(projectRoot, "bench", "peer", "documents");
const SETUP = join(projectRoot, "bench", "peer", "setup.sh");

/** The scratch folder's server and its Node options; runs setup.sh first when the folder has no PostGraphile yet. */
export function postgraphileServer(dir: string, log: (line: string) => void): { script: string; nodeOptions: string[]; cwd: string } {
  if (!existsSync(join(dir, "node_modules", "postgraphile")) || !existsSync(join(dir, "server.mjs"))) {
    log(`installing PostGraphile into ${dir} (bench/peer/setup.sh)…`);
    execFileSync("bash", [SETUP, dir], { stdio: "inherit" });
  }
  return { script: join(dir, "server.mjs"), nodeOptions: ["--require", join(dir, "promise-with-resolvers.cjs")], cwd: dir };
}
