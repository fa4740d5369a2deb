// The part of the portal a team copies first: one urql client for queries (HTTP, cross-origin)
// and subscriptions (graphql-ws over the same URL's WebSocket), with the token in Authorization.
import { Client, fetchExchange, subscriptionExchange } from "@urql/core";
import { createClient as createWsClient, type Client as WsClient } from "graphql-ws";

export interface ApiClient {
  urql: Client;
  ws: WsClient;
  /** Closes the WebSocket; the page calls it when it reconnects with another token. */
  dispose(): void;
}

/** The API's WebSocket URL: the same path on ws: or wss:. */
export const webSocketUrl = (httpUrl: string): string => httpUrl.replace(/^http/, "ws");

/**
 * A client for the API at `url` (e.g. https://api.example.gov.cn/graphql). `token` is the
 * value of `Authorization` (`Bearer …`), or null for a visitor. No cookies are involved: the
 * request is a plain cross-origin request that the API allows by its origin list.
 */
export function createApiClient(url: string, token: string | null, hooks: { onSocket?(state: "connected" | "closed", detail?: string): void } = {}): ApiClient {
  const ws = createWsClient({
    url: webSocketUrl(url),
    // A browser cannot set headers on a WebSocket: the token goes in connection_init.
    connectionParams: () => (token ? { authorization: token } : {}),
    lazy: true,
    retryAttempts: 5,
    on: {
      connected: () => hooks.onSocket?.("connected"),
      closed: (event) => {
        const close = event as { code?: number; reason?: string };
        hooks.onSocket?.("closed", `${close.code ?? ""} ${close.reason ?? ""}`.trim());
      },
    },
  });
  const urql = new Client({
    url,
    // urql sends short queries as GETs by default; Apollo's CSRF prevention refuses a GET
    // without a preflight header, and a POST with a JSON body is preflighted anyway.
    preferGetMethod: false,
    requestPolicy: "network-only",
    fetchOptions: (): RequestInit => ({ headers: token ? { authorization: token } : {} }),
    exchanges: [
      fetchExchange,
      subscriptionExchange({
        forwardSubscription: (request) => ({
          subscribe: (sink) => ({ unsubscribe: ws.subscribe({ ...request, query: request.query ?? "" }, sink) }),
        }),
      }),
    ],
  });
  return { urql, ws, dispose: () => void ws.dispose() };
}
