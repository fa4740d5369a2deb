/**
 * The floor as a server: a bare `node:http` server that answers each bench operation with
 * its hand-written SQL through plain `pg` pools (as many connections per source as the API's
 * pools) and returns JSON, so the floor pays for HTTP and JSON as the API does, in a process
 * of its own. Run compiled by the bench: `node dist/bench/floor-server.js`.
 *
 *   POST /read/<Operation>   body: the bench's Variables        → {"data": …the rows…}
 *   POST /write              body: BenchReport / BenchTransition → the API's answer shape
 *
 * Env: the four *_DATABASE_URL, PORT, HOST (default 127.0.0.1), POOL_SIZE (default 10).
 */
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import pg from "pg";
import { SOURCE_NAMES, type SourceName } from "../src/config.js";
import { OPERATIONS, type Pools, type Variables } from "./operations.js";
import { FloorConflict, floorReport, floorTransition } from "./write-floor.js";
import { isAction, type ReportInput, type TransitionInput } from "./write-lifecycle.js";

const ENV_NAMES: Record<SourceName, string> = {
  registry: "REGISTRY_DATABASE_URL",
  party: "PARTY_DATABASE_URL",
  civic: "CIVIC_DATABASE_URL",
  governance: "GOVERNANCE_DATABASE_URL",
};

function pools(size: number): Pools {
  const entries = SOURCE_NAMES.map((source) => {
    const connectionString = process.env[ENV_NAMES[source]];
    if (!connectionString) throw new Error(`${ENV_NAMES[source]} is not set`);
    const pool = new pg.Pool({ connectionString, max: size, idleTimeoutMillis: 60_000, application_name: `gongzhi-bench-floor-${source}` });
    pool.on("error", () => undefined);
    return [source, pool] as const;
  });
  return Object.fromEntries(entries) as Pools;
}

const db = pools(Number(process.env.POOL_SIZE || 10));
const operations = new Map(OPERATIONS.map((op) => [op.name, op]));

async function body(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return JSON.parse(Buffer.concat(chunks).toString("utf8"));
}

function reply(res: ServerResponse, status: number, json: string): void {
  res.writeHead(status, { "content-type": "application/json; charset=utf-8", "content-length": Buffer.byteLength(json) });
  res.end(json);
}

interface WriteRequest {
  operationName?: string;
  variables?: { input?: ReportInput & TransitionInput };
}

async function write(request: WriteRequest): Promise<string> {
  const input = request.variables?.input;
  if (!input) throw new FloorConflict("no input");
  if (request.operationName === "BenchReport") return JSON.stringify({ data: { reportEvent: { event: await floorReport(db.governance, input) } } });
  if (request.operationName === "BenchTransition" && isAction(input.action)) {
    const event = await floorTransition(db.governance, Number(input.eventId), input.action, input.expectedVersion);
    return JSON.stringify({ data: { transitionEvent: { event } } });
  }
  throw new FloorConflict(`unknown write ${request.operationName}`);
}

async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
  const path = req.url ?? "/";
  if (req.method !== "POST") return reply(res, 405, '{"errors":[{"message":"POST only"}]}');
  if (path === "/write") {
    try {
      return reply(res, 200, await write((await body(req)) as WriteRequest));
    } catch (error) {
      if (!(error instanceof FloorConflict)) throw error;
      return reply(res, 200, JSON.stringify({ errors: [{ message: error.message }] }));
    }
  }
  const op = path.startsWith("/read/") ? operations.get(path.slice("/read/".length)) : undefined;
  if (!op) return reply(res, 404, '{"errors":[{"message":"no such operation"}]}');
  const data = await op.floor(db, (await body(req)) as Variables);
  reply(res, 200, `{"data":${JSON.stringify(data)}}`);
}

const server = createServer((req, res) => {
  handle(req, res).catch((error: unknown) => {
    if (!res.headersSent) reply(res, 500, JSON.stringify({ errors: [{ message: error instanceof Error ? error.message : String(error) }] }));
    else res.destroy();
  });
});
server.keepAliveTimeout = 60_000;
server.listen(Number(process.env.PORT || 0), process.env.HOST || "127.0.0.1", () => {
  const address = server.address();
  process.stdout.write(`floor serving http://${process.env.HOST || "127.0.0.1"}:${typeof address === "object" && address ? address.port : "?"}\n`);
});

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    server.close();
    server.closeAllConnections();
    void Promise.all(SOURCE_NAMES.map((s) => db[s].end())).finally(() => process.exit(0));
  });
}
