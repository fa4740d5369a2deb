import { createClient, type Client } from "graphql-ws";
import WebSocket from "ws";
import type { RunningApi } from "../../src/server/app.js";
import { ADMIN } from "./tokens.js";

/** A subscription's received items and errors, with a way to wait for more. */
export interface Subscription<T = any> {
  items: T[];
  errors: unknown[];
  /** Resolves once `count` items arrived in all; rejects after `timeoutMs`. */
  waitFor(count: number, timeoutMs?: number): Promise<T[]>;
  /** Waits `ms` and returns the items so far (to show that nothing more came). */
  settle(ms?: number): Promise<T[]>;
  stop(): void;
}

export function wsUrl(api: RunningApi): string {
  return api.url.replace(/^http/, "ws");
}

/** A graphql-ws client (the official one) on the API's /graphql, as an administrator unless `connectionParams` say otherwise. */
export function liveClient(api: RunningApi, connectionParams: Record<string, unknown> = { authorization: ADMIN }): Client {
  return createClient({ url: wsUrl(api), webSocketImpl: WebSocket, connectionParams, retryAttempts: 0, lazy: true });
}

/** Subscribes and collects every item's `data[field]`. */
export function subscribe<T = any>(client: Client, query: string, variables: Record<string, unknown> = {}, operationName?: string): Subscription<T> {
  const items: T[] = [];
  const errors: unknown[] = [];
  const waiters: (() => void)[] = [];
  const stop = client.subscribe<Record<string, T>>(
    { query, variables, operationName },
    {
      next: (result) => {
        if (result.errors) errors.push(...result.errors);
        if (result.data) items.push(Object.values(result.data)[0] as T);
        waiters.splice(0).forEach((w) => w());
      },
      error: (error) => {
        errors.push(error);
        waiters.splice(0).forEach((w) => w());
      },
      complete: () => undefined,
    },
  );
  return {
    items,
    errors,
    waitFor: (count, timeoutMs = 10_000) =>
      new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`got ${items.length} of ${count} items (errors: ${JSON.stringify(errors)})`)), timeoutMs);
        const check = () => {
          if (items.length >= count) {
            clearTimeout(timer);
            resolve(items.slice(0, count));
          } else if (errors.length > 0) {
            clearTimeout(timer);
            reject(new Error(`subscription failed: ${JSON.stringify(errors)}`));
          } else waiters.push(check);
        };
        check();
      }),
    settle: (ms = 700) => new Promise((resolve) => setTimeout(() => resolve(items), ms)),
    stop,
  };
}
