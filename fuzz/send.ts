import { createClient } from "graphql-ws";
import WebSocket from "ws";
import type { Answer } from "./checks.js";
import type { FuzzCase } from "./generate.js";

/** How long a subscription is watched for a first message before it is stopped (most streams wait for changes). */
const WATCH_MS = 200;
/** How long any one request may take before it counts as unanswered. */
const TIMEOUT_MS = 30_000;

/** POSTs the case's body to the API with the principal's token. */
export async function sendHttp(url: string, c: FuzzCase, authorization: string | null): Promise<Answer> {
  const body = typeof c.body === "string" ? c.body : JSON.stringify(c.body);
  try {
    const res = await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json", ...(authorization ? { authorization } : {}) },
      body,
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
    return { transport: "http", status: res.status, texts: [await res.text()] };
  } catch (error) {
    return { transport: "http", texts: [], transportError: String(error) };
  }
}

const isCloseEvent = (e: unknown): e is { code: number; reason: string } => typeof e === "object" && e !== null && "code" in e && typeof (e as { code: unknown }).code === "number";

/**
 * Runs the case over graphql-ws on a socket of its own (the principal's token as connection
 * parameter): collects what arrives within a short watch, or until the operation ends.
 */
export function sendWs(url: string, c: FuzzCase, authorization: string | null): Promise<Answer> {
  const answer: Answer = { transport: "ws", texts: [] };
  const wsUrl = url.replace(/^http/, "ws");
  return new Promise((resolve) => {
    let done = false;
    const client = createClient({
      url: wsUrl,
      webSocketImpl: WebSocket,
      connectionParams: authorization ? { authorization } : {},
      retryAttempts: 0,
      lazy: true,
      on: {
        closed: (event) => {
          if (isCloseEvent(event) && event.code !== 1000) {
            answer.closeCode = event.code;
            answer.closeReason = event.reason;
          }
        },
      },
    });
    const finish = () => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      // Disposing a socket the server already closed rejects; that close is in the answer already.
      Promise.resolve(client.dispose()).catch(() => undefined);
      // Let the close event land before the answer is judged.
      setTimeout(() => resolve(answer), 5);
    };
    const timer = setTimeout(finish, WATCH_MS);
    const body = typeof c.body === "string" ? { query: c.body } : c.body;
    // The client library refuses bodies it cannot send (a query that is not a string); those are sent as they are.
    const payload = {
      query: typeof body.query === "string" ? body.query : JSON.stringify(body.query ?? ""),
      ...(body.variables && typeof body.variables === "object" && !Array.isArray(body.variables) ? { variables: body.variables as Record<string, unknown> } : {}),
      ...(typeof body.operationName === "string" ? { operationName: body.operationName } : {}),
    };
    client.subscribe(payload, {
      next: (result) => {
        answer.texts.push(JSON.stringify(result));
        if (result.errors) finish();
      },
      error: (error) => {
        if (Array.isArray(error)) answer.texts.push(JSON.stringify(error));
        else if (isCloseEvent(error) && error.code !== 1000) {
          answer.closeCode = error.code;
          answer.closeReason = error.reason;
        }
        else if (error instanceof Error) answer.texts.push(JSON.stringify({ errors: [{ message: error.message, extensions: { code: "CLIENT" } }] }));
        finish();
      },
      complete: finish,
    });
  });
}
