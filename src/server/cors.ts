import type { IncomingMessage, ServerResponse } from "node:http";

/**
 * Cross-origin access for browser pages served from other origins (a portal on its own host):
 * CORS by allow-list on /graphql, and the WebSocket upgrade's origin check. The patterns come
 * validated from the configuration (`GONGZHI_CORS_ORIGINS`): `scheme://host[:port]`, the host
 * may start with `*.` (one or more subdomain labels), the port may be `*` (any, the default
 * included). No credentials mode: tokens travel in `Authorization`, never in cookies, so
 * `Access-Control-Allow-Credentials` is never sent and no ambient credential can ride along.
 */

/** Whether a page of this origin (an `Origin` header's value) may call the API. */
export type OriginMatcher = (origin: string) => boolean;

/** Request headers a page may send: those the API reads, and those GraphQL clients add. */
export const ALLOWED_HEADERS = [
  "content-type",
  "authorization",
  "x-purpose",
  "x-query-stats",
  "x-request-id",
  "traceparent",
  "tracestate",
  // Apollo's CSRF prevention lets a GET through with one of these (persisted queries are sent as GETs).
  "apollo-require-preflight",
  "x-apollo-operation-name",
  "apollographql-client-name",
  "apollographql-client-version",
] as const;

/** Response headers a page's script may read besides the CORS-safelisted ones. */
export const EXPOSED_HEADERS = ["x-request-id", "retry-after"] as const;

/** How long a browser may reuse a preflight's answer, in seconds. */
export const PREFLIGHT_MAX_AGE_SECONDS = 600;

const DEFAULT_PORTS: Readonly<Record<string, string>> = { http: "80", https: "443" };

interface Parsed {
  scheme: string;
  host: string;
  /** "" for the scheme's default port. */
  port: string;
}

/** An origin's parts, the default port dropped; null for anything that is not `scheme://host[:port]` (e.g. `null`). */
function parseOrigin(origin: string): Parsed | null {
  const match = /^(https?):\/\/([a-z0-9.-]+|\[[0-9a-f:.]+\])(?::([0-9]{1,5}))?$/.exec(origin.trim().toLowerCase());
  if (!match) return null;
  const [, scheme = "", host = "", port = ""] = match;
  return { scheme, host, port: port === DEFAULT_PORTS[scheme] ? "" : port };
}

/** A matcher for one pattern; the configuration has checked its form. */
function patternMatcher(pattern: string): OriginMatcher {
  const match = /^(https?):\/\/(\*\.)?([^:]+|\[[^\]]+\])(?::([0-9]+|\*))?$/.exec(pattern.toLowerCase());
  if (!match) throw new Error(`Not an origin pattern: "${pattern}"`);
  const [, scheme = "", wildcard, host = "", rawPort = ""] = match;
  const port = rawPort === DEFAULT_PORTS[scheme] ? "" : rawPort;
  return (origin) => {
    const parsed = parseOrigin(origin);
    if (!parsed || parsed.scheme !== scheme) return false;
    if (port !== "*" && parsed.port !== port) return false;
    // `*.example.gov.cn` is its subdomains (any depth), not example.gov.cn itself.
    return wildcard ? parsed.host.endsWith(`.${host}`) : parsed.host === host;
  };
}

/** One matcher for the configured patterns; with none, no origin is allowed. */
export function originMatcher(patterns: readonly string[]): OriginMatcher {
  const matchers = patterns.map(patternMatcher);
  return (origin) => matchers.some((matches) => matches(origin));
}

/** Whether a request is a CORS preflight (an OPTIONS asking whether the real request may follow). */
export function isPreflight(method: string | undefined, headers: IncomingMessage["headers"]): boolean {
  return method === "OPTIONS" && typeof headers.origin === "string" && headers["access-control-request-method"] !== undefined;
}

/** The headers of a preflight's 204 for an allowed origin. */
export function preflightHeaders(origin: string): Record<string, string> {
  return {
    "access-control-allow-origin": origin,
    "access-control-allow-methods": "GET, POST, OPTIONS",
    "access-control-allow-headers": ALLOWED_HEADERS.join(", "),
    "access-control-max-age": String(PREFLIGHT_MAX_AGE_SECONDS),
    vary: "Origin",
  };
}

/** The headers every answer to an allowed origin carries, errors included, so its page can read them. */
export function responseHeaders(origin: string): Record<string, string> {
  return { "access-control-allow-origin": origin, "access-control-expose-headers": EXPOSED_HEADERS.join(", "), vary: "Origin" };
}

/** What a preflight from an origin not on the list gets: 403 without CORS headers, so the browser refuses the request. */
export function refusedPreflightBody(origin: string): string {
  const message = `Origin ${origin.slice(0, 200)} may not call this API from a browser: its operators list the origins allowed in GONGZHI_CORS_ORIGINS`;
  return JSON.stringify({ errors: [{ message, extensions: { code: "FORBIDDEN", reason: "ORIGIN_NOT_ALLOWED" } }] });
}

/**
 * The hook of the HTTP server for /graphql: answers a preflight itself (true: nothing more to
 * do), and otherwise sets the CORS headers an allowed origin's answer needs (whatever status it
 * ends with). Every answer varies by Origin, so caches keep one copy per origin.
 */
export function applyCors(req: IncomingMessage, res: ServerResponse, allowed: OriginMatcher): boolean {
  const origin = req.headers.origin;
  const ok = typeof origin === "string" && allowed(origin);
  if (isPreflight(req.method, req.headers)) {
    if (ok) res.writeHead(204, preflightHeaders(origin));
    else res.writeHead(403, { "content-type": "application/json", vary: "Origin" });
    res.end(ok ? undefined : refusedPreflightBody(origin ?? ""));
    return true;
  }
  res.setHeader("vary", "Origin");
  if (ok) for (const [name, value] of Object.entries(responseHeaders(origin))) res.setHeader(name, value);
  return false;
}

/**
 * Why a WebSocket upgrade is refused for its origin, or null when it is not. A browser always
 * sends `Origin` on a WebSocket and a page cannot change it or add headers, so this is the only
 * guard against another site's page opening a socket in its visitor's name (cross-site
 * WebSocket hijacking). Served: no `Origin` (a client that is not a browser), the API's own
 * origin (its playground; compared by host, so a TLS-terminating proxy that keeps `Host` does not
 * matter), and the allowed origins.
 */
export function upgradeOriginRefusal(request: Pick<IncomingMessage, "headers">, allowed: OriginMatcher): string | null {
  const origin = request.headers.origin;
  if (origin === undefined) return null;
  const parsed = parseOrigin(origin);
  const host = request.headers.host?.toLowerCase();
  if (parsed && host !== undefined && `${parsed.host}${parsed.port ? `:${parsed.port}` : ""}` === host.replace(/:(80|443)$/, "")) return null;
  if (allowed(origin)) return null;
  return `WebSocket from origin ${origin.slice(0, 200)} refused: a browser page may open one only from this API's own origin or an origin listed in GONGZHI_CORS_ORIGINS`;
}
