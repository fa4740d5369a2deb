// `npm run portal`: serves the example portal from its own origin (default http://localhost:4010),
// its TypeScript bundled by esbuild, calling the API at GONGZHI_API_URL (default
// http://localhost:4000/graphql). Options: --port N (PORTAL_PORT), --host H (PORTAL_HOST),
// --api URL (GONGZHI_API_URL). A development server for the example, not a production one:
// a real portal ships the bundle and the two files beside it from its own web server.
import { readFile } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { context } from "esbuild";

const here = dirname(fileURLToPath(import.meta.url));

export interface Portal {
  /** The page's address, e.g. http://127.0.0.1:4010/ */
  url: string;
  server: Server;
  close(): Promise<void>;
}

/** Serves the portal; `port` 0 takes a free one. */
export async function startPortal(options: { port: number; host: string; apiUrl: string }): Promise<Portal> {
  const api = new URL(options.apiUrl);
  if (!/^https?:$/.test(api.protocol)) throw new Error(`The API's URL must be http(s)://…/graphql, got "${options.apiUrl}"`);
  // Rebuilt on each request for the bundle, so an edit shows on reload; esbuild takes milliseconds.
  const bundler = await context({
    entryPoints: [join(here, "src/main.ts")],
    bundle: true,
    format: "esm",
    platform: "browser",
    target: "es2022",
    minify: true,
    sourcemap: "inline",
    write: false,
    logLevel: "silent",
  });
  const page = (await readFile(join(here, "index.html"), "utf8")).replace("__GONGZHI_API_URL__", api.href.replace(/"/g, "&quot;"));
  const wsOrigin = `${api.protocol === "https:" ? "wss:" : "ws:"}//${api.host}`;
  // The page may talk to its own origin and to the API (HTTP and WebSocket), nothing else.
  const policy = `default-src 'self'; connect-src 'self' ${api.origin} ${wsOrigin}; img-src 'self' data:; base-uri 'none'; form-action 'self'; frame-ancestors 'none'`;

  const server = createServer((req, res) => {
    const path = new URL(req.url ?? "/", "http://portal").pathname;
    const send = (status: number, type: string, body: string | Uint8Array) => {
      res.writeHead(status, { "content-type": type, "cache-control": "no-store", "content-security-policy": policy, "x-content-type-options": "nosniff" });
      res.end(body);
    };
    const answer = async () => {
      if (path === "/" || path === "/index.html") return send(200, "text/html; charset=utf-8", page);
      if (path === "/style.css") return send(200, "text/css; charset=utf-8", await readFile(join(here, "style.css")));
      if (path === "/app.js") {
        const result = await bundler.rebuild();
        return send(200, "text/javascript; charset=utf-8", result.outputFiles?.[0]?.contents ?? "");
      }
      return send(404, "text/plain; charset=utf-8", "Not found");
    };
    answer().catch((error: unknown) => send(500, "text/plain; charset=utf-8", `The portal could not be built: ${error instanceof Error ? error.message : String(error)}`));
  });
  await new Promise<void>((resolve, reject) => server.once("error", reject).listen(options.port, options.host, resolve));
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : options.port;
  const host = options.host.includes(":") ? `[${options.host}]` : options.host;
  return {
    url: `http://${host}:${port}/`,
    server,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await bundler.dispose();
    },
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { values } = parseArgs({ options: { port: { type: "string" }, host: { type: "string" }, api: { type: "string" } } });
  const port = Number(values.port ?? process.env.PORTAL_PORT ?? 4010);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port must be a port number, got "${values.port ?? process.env.PORTAL_PORT}"`);
  const apiUrl = values.api ?? process.env.GONGZHI_API_URL ?? "http://localhost:4000/graphql";
  const portal = await startPortal({ port, host: values.host ?? process.env.PORTAL_HOST ?? "localhost", apiUrl });
  console.log(`The example portal: ${portal.url} (calling ${apiUrl}; the API must allow this origin in GONGZHI_CORS_ORIGINS, as it does localhost by default outside production)`);
  const stop = () => void portal.close().then(() => process.exit(0));
  process.once("SIGINT", stop).once("SIGTERM", stop);
}
