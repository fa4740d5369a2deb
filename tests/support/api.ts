import { inject } from "vitest";
import { loadConfig, type SourceName } from "../../src/config.js";
import { startApi, type RunningApi } from "../../src/server/app.js";
import { ADMIN, bearer } from "./tokens.js";

export interface GraphQLResponse<T = Record<string, unknown>> {
  data?: T;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }[];
  extensions?: { queryStats?: Partial<Record<SourceName, { statements: number; milliseconds: number }>> };
}

/** Starts the API on a free port against the test databases, optionally overriding some URLs. */
export async function startTestApi(urlOverrides: Partial<Record<SourceName, string>> = {}, env: Record<string, string> = {}): Promise<RunningApi> {
  const urls = { ...inject("databaseUrls"), ...urlOverrides };
  const config = loadConfig({
    ...process.env,
    PORT: "0",
    HOST: "127.0.0.1",
    GONGZHI_CONNECT_TIMEOUT_MS: "1000",
    REGISTRY_DATABASE_URL: urls.registry,
    PARTY_DATABASE_URL: urls.party,
    CIVIC_DATABASE_URL: urls.civic,
    GOVERNANCE_DATABASE_URL: urls.governance,
    ...env,
  });
  return startApi(config);
}

export interface GraphQLRequest {
  query: string;
  variables?: Record<string, unknown>;
  operationName?: string;
  extensions?: Record<string, unknown>;
}

/** A response body as this API writes it: every error carries extensions (at least its `code`). */
export interface GraphQLBody<T = any> extends GraphQLResponse<T> {
  errors?: { message: string; path?: (string | number)[]; extensions: Record<string, any> }[];
}

export interface HttpResponse<T> {
  status: number;
  headers: Headers;
  body: GraphQLBody<T>;
}

/**
 * POSTs one GraphQL request (a query, or query, variables and operation name) with only the
 * headers given: no token unless one of them carries it. For tests of what the HTTP layer
 * answers: the status, the headers and the parsed body.
 */
export async function post<T = any>(api: RunningApi, request: GraphQLRequest | string, headers: Record<string, string> = {}): Promise<HttpResponse<T>> {
  const res = await fetch(api.url, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify(typeof request === "string" ? { query: request } : request),
  });
  return { status: res.status, headers: res.headers, body: (await res.json()) as GraphQLBody<T> };
}

/**
 * POSTs one GraphQL operation, asking for statement counts. It runs as an administrator
 * (named `actor` when given) unless `authorization` says otherwise (null: no token, the public).
 */
export async function graphql<T = Record<string, any>>(
  api: RunningApi,
  query: string,
  variables?: Record<string, unknown>,
  options: { actor?: string; operationName?: string; authorization?: string | null } = {},
): Promise<GraphQLResponse<T>> {
  // Histories record the token's name: an actor is an administrator of that name.
  const authorization = options.authorization !== undefined ? options.authorization : options.actor ? await bearer({ subject: "test-actor", name: options.actor, role: "admin" }) : ADMIN;
  const { body } = await post<T>(api, { query, variables, operationName: options.operationName }, { "x-query-stats": "1", ...(authorization ? { authorization } : {}) });
  return body;
}
