import type { GraphQLSchema } from "graphql";
import type { AuthConfig } from "../src/config.js";
import { codesOf, problemsOf, type Answer } from "./checks.js";
import { Generator, type FuzzCase, type Kind } from "./generate.js";
import { emptyKnown, freeze, harvest, type Known } from "./known.js";
import { principals as makePrincipals, type Principal } from "./principals.js";
import { loadSchema, warmUpQueries } from "./schema.js";
import { sendHttp, sendWs } from "./send.js";

export interface FuzzOptions {
  /** The API's GraphQL URL (http://host:port/graphql). */
  url: string;
  auth: AuthConfig;
  seed: number;
  count: number;
  /** Only these indexes (to reproduce failures); otherwise 0 … count-1. */
  indexes?: readonly number[];
  /** Documents in flight at once. */
  concurrency?: number;
  /** Reference time for dates (ms); defaults to now. */
  now?: number;
  schema?: GraphQLSchema;
  /** Called every `progressEvery` documents. */
  onProgress?: (done: number, total: number) => void;
}

export interface Failure {
  seed: number;
  index: number;
  kind: Kind;
  principal: string;
  transport: "http" | "ws";
  problems: string[];
  /** The document and its variables, as sent. */
  body: FuzzCase["body"];
  answer: string;
}


export interface FuzzSummary {
  seed: number;
  documents: number;
  byKind: Record<string, number>;
  byPrincipal: Record<string, number>;
  /** How many answers carried each code (OK: no errors). */
  byCode: Record<string, number>;
  /** HTTP statuses. */
  byStatus: Record<string, number>;
  /** Each mutation's answers per code ("bookVenue OK"): which writes got through. */
  byMutation: Record<string, number>;
  failures: Failure[];
  milliseconds: number;
  /** The slowest documents, to see where the run's time goes. */
  slowest: { index: number; milliseconds: number; kind: Kind; fields: string[] }[];
}

/** The principals that may write somewhere (see principals.ts). */
const WRITERS: readonly string[] = ["admin", "street_officer", "community_worker", "grid_worker", "resident"];

const bump = (counts: Record<string, number>, key: string) => {
  counts[key] = (counts[key] ?? 0) + 1;
};

/** Learns the demo city's ids, codes and cursors by listing every root connection as an administrator. */
export async function warmUp(url: string, schema: GraphQLSchema, admin: string): Promise<Known> {
  const known = emptyKnown();
  for (const query of warmUpQueries(schema)) {
    const answer = await sendHttp(url, { seed: 0, index: -1, kind: "query", principal: "admin", hostile: false, transport: "http", body: { query }, fields: [] }, admin);
    for (const text of answer.texts) {
      try {
        harvest(known, (JSON.parse(text) as { data?: unknown }).data);
      } catch {
        // A warm-up answer that is not JSON teaches nothing; the run itself will report it.
      }
    }
  }
  return freeze(known);
}

/** Generates and sends the documents, `concurrency` at a time, and judges every answer. */
export async function fuzz(options: FuzzOptions): Promise<FuzzSummary> {
  const started = performance.now();
  const schema = options.schema ?? loadSchema();
  // The warm-up runs as an administrator of the whole city; the roles are placed where it found data.
  const bootstrap = await makePrincipals(options.auth, emptyKnown());
  const admin = bootstrap.find((p) => p.name === "admin")?.authorization ?? null;
  const known = await warmUp(options.url, schema, admin ?? "");
  const principals = await makePrincipals(options.auth, known);
  const byName = new Map<string, Principal>(principals.map((p) => [p.name, p]));
  const generator = new Generator({ schema, known, principals: principals.map((p) => [p.name, p.weight] as const), writers: WRITERS, now: options.now ?? Date.now() });
  const indexes = options.indexes ?? Array.from({ length: options.count }, (_, i) => i);
  const summary: FuzzSummary = { seed: options.seed, documents: 0, byKind: {}, byPrincipal: {}, byCode: {}, byStatus: {}, byMutation: {}, failures: [], milliseconds: 0, slowest: [] };
  let next = 0;
  const worker = async () => {
    while (next < indexes.length) {
      const index = indexes[next++] as number;
      const c = generator.generate(options.seed, index);
      const authorization = byName.get(c.principal)?.authorization ?? null;
      const sent = performance.now();
      const answer: Answer = c.transport === "ws" ? await sendWs(options.url, c, authorization) : await sendHttp(options.url, c, authorization);
      const milliseconds = Math.round(performance.now() - sent);
      if (summary.slowest.length < 10 || milliseconds > (summary.slowest.at(-1)?.milliseconds ?? 0)) {
        summary.slowest = [...summary.slowest, { index, milliseconds, kind: c.kind, fields: c.fields }].sort((a, b) => b.milliseconds - a.milliseconds).slice(0, 10);
      }
      summary.documents++;
      bump(summary.byKind, c.kind);
      bump(summary.byPrincipal, c.principal);
      if (answer.status !== undefined) bump(summary.byStatus, String(answer.status));
      for (const code of codesOf(answer)) {
        bump(summary.byCode, code);
        if (c.kind === "mutation") bump(summary.byMutation, `${c.fields.join("+")} ${code}`);
      }
      const problems = problemsOf(answer);
      if (problems.length > 0) {
        summary.failures.push({ seed: c.seed, index, kind: c.kind, principal: c.principal, transport: c.transport, problems, body: c.body, answer: answer.texts.join("\n").slice(0, 2000) });
      }
      if (options.onProgress && summary.documents % 1000 === 0) options.onProgress(summary.documents, indexes.length);
    }
  };
  await Promise.all(Array.from({ length: options.concurrency ?? 8 }, worker));
  summary.failures.sort((a, b) => a.index - b.index);
  summary.milliseconds = Math.round(performance.now() - started);
  return summary;
}
