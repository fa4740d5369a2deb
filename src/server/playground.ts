import { createHash } from "node:crypto";
import { readFile, readdir } from "node:fs/promises";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { gzipSync } from "node:zlib";
import { Kind, parse } from "graphql";
import { projectRoot } from "../paths.js";

/**
 * The GraphQL IDE a browser gets on GET /graphql: GraphiQL with the example operations of
 * `examples/` preloaded, a Headers editor for the token, the docs explorer, and
 * subscriptions over the same WebSocket. Every script and style comes from this API's own
 * origin (from the installed packages, read once at start), so it works on an intranet
 * with no way out; the page's Content-Security-Policy forbids loading anything else.
 */

const require = createRequire(import.meta.url);
const packageDir = (name: string) => dirname(require.resolve(`${name}/package.json`));

/** What the page loads, by the name it asks for. */
const ASSETS: Record<string, { path: () => string; type: string }> = {
  "react.production.min.js": { path: () => join(packageDir("react"), "umd/react.production.min.js"), type: "text/javascript" },
  "react-dom.production.min.js": { path: () => join(packageDir("react-dom"), "umd/react-dom.production.min.js"), type: "text/javascript" },
  "graphql-ws.min.js": { path: () => join(packageDir("graphql-ws"), "umd/graphql-ws.min.js"), type: "text/javascript" },
  "graphiql.min.js": { path: () => require.resolve("graphiql/graphiql.min.js"), type: "text/javascript" },
  "graphiql.min.css": { path: () => require.resolve("graphiql/graphiql.min.css"), type: "text/css" },
  "ide.js": { path: () => join(projectRoot, "playground/ide.js"), type: "text/javascript" },
};

const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  // GraphiQL sets styles on elements as it lays out its panes.
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self' ws: wss:",
  "worker-src 'self' blob:",
  "frame-ancestors 'none'",
].join("; ");

/** Values of the demo city for the examples' variables, by variable name, so each tab runs as it opens. */
const DEMO_VARIABLES: Record<string, unknown> = {
  code: "420683001001",
  community: "420683001001",
  communityCode: "420683001001",
  street: "420683001",
  streetCode: "420683001",
  divisionCode: "420683001",
  gridCode: "420683001001001",
  month: "2026-11",
  quarter: "2026-Q3",
  from: "2026-06-01T00:00:00+08:00",
  to: "2026-12-01T00:00:00+08:00",
  lat: 31.72,
  lng: 112.26,
};

interface Response {
  status: number;
  headers: Record<string, string>;
  body: Buffer;
}

interface Asset {
  type: string;
  plain: Buffer;
  gzipped: Buffer;
  etag: string;
}

export interface Playground {
  /** The page, for GET /graphql from a browser. */
  page(acceptEncoding: string | undefined): Response;
  /** One of the page's files, for GET /ide/<name>; null for any other name. */
  asset(name: string, acceptEncoding: string | undefined, ifNoneMatch: string | undefined): Response | null;
}

const compressed = (plain: Buffer) => ({ plain, gzipped: gzipSync(plain) });

function encoded(asset: { plain: Buffer; gzipped: Buffer }, acceptEncoding: string | undefined): { body: Buffer; headers: Record<string, string> } {
  return /\bgzip\b/.test(acceptEncoding ?? "") ? { body: asset.gzipped, headers: { "content-encoding": "gzip", vary: "accept-encoding" } } : { body: asset.plain, headers: { vary: "accept-encoding" } };
}

/** Each example operation with the demo city's values for the variables it declares. */
async function examples(): Promise<{ query: string; variables?: string }[]> {
  const dir = join(projectRoot, "examples");
  const files = (await readdir(dir)).filter((f) => f.endsWith(".graphql")).sort();
  return Promise.all(
    files.map(async (file) => {
      const query = await readFile(join(dir, file), "utf8");
      const names = parse(query).definitions.flatMap((d) => (d.kind === Kind.OPERATION_DEFINITION ? (d.variableDefinitions ?? []).map((v) => v.variable.name.value) : []));
      const values = Object.fromEntries([...new Set(names)].filter((n) => n in DEMO_VARIABLES).map((n) => [n, DEMO_VARIABLES[n]]));
      return Object.keys(values).length ? { query, variables: JSON.stringify(values, null, 2) } : { query };
    }),
  );
}

/** Reads the page and its files once; fails at start, not on a browser's first visit, when a package is missing. */
export async function loadPlayground(): Promise<Playground> {
  const assets = new Map<string, Asset>();
  for (const [name, { path, type }] of Object.entries(ASSETS)) {
    const plain = await readFile(path());
    assets.set(name, { type, ...compressed(plain), etag: `"${createHash("sha256").update(plain).digest("base64url").slice(0, 16)}"` });
  }
  // JSON inside <script>: `<` escaped so no example can close the element.
  const data = JSON.stringify(await examples()).replace(/</g, "\\u003c");
  const html = (await readFile(join(projectRoot, "playground/index.html"), "utf8")).replace("__EXAMPLES__", () => data);
  const page = compressed(Buffer.from(html));
  return {
    page(acceptEncoding) {
      const { body, headers } = encoded(page, acceptEncoding);
      return {
        status: 200,
        headers: { "content-type": "text/html; charset=utf-8", "content-security-policy": CONTENT_SECURITY_POLICY, "cache-control": "no-cache", "x-content-type-options": "nosniff", ...headers },
        body,
      };
    },
    asset(name, acceptEncoding, ifNoneMatch) {
      const asset = assets.get(name);
      if (!asset) return null;
      const common = { etag: asset.etag, "cache-control": "public, max-age=3600", "x-content-type-options": "nosniff" };
      if (ifNoneMatch === asset.etag) return { status: 304, headers: common, body: Buffer.alloc(0) };
      const { body, headers } = encoded(asset, acceptEncoding);
      return { status: 200, headers: { "content-type": `${asset.type}; charset=utf-8`, ...common, ...headers }, body };
    },
  };
}
