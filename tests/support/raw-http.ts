import { connect, type Socket } from "node:net";
import type { RunningApi } from "../../src/server/app.js";

/** What a server wrote on a raw connection before closing it. */
export interface RawAnswer {
  /** Everything received, as text. */
  text: string;
  /** The first response's status, or null when nothing (or no HTTP) came back. */
  status: number | null;
  headers: Record<string, string>;
  body: string;
}

/** A raw TCP connection to the API's port, for clients that misbehave on purpose (slow, partial, pipelined). */
export interface RawConnection {
  socket: Socket;
  write(text: string | Buffer): void;
  /** Resolves with what came back once the server closes the connection; rejects after `timeoutMs`. */
  closed(timeoutMs?: number): Promise<RawAnswer>;
}

export function portOf(api: RunningApi): number {
  return Number(new URL(api.url).port);
}

export async function rawConnection(api: RunningApi): Promise<RawConnection> {
  const socket = connect(portOf(api), "127.0.0.1");
  await new Promise<void>((resolve, reject) => socket.once("connect", resolve).once("error", reject));
  const chunks: Buffer[] = [];
  socket.on("data", (chunk: Buffer) => chunks.push(chunk));
  // A reset after the answer is an ordinary end here.
  socket.on("error", () => undefined);
  const ended = new Promise<void>((resolve) => socket.once("close", () => resolve()));
  return {
    socket,
    write: (text) => {
      if (!socket.destroyed) socket.write(text);
    },
    closed: (timeoutMs = 10_000) =>
      new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`the server kept the connection open for ${timeoutMs} ms; received: ${JSON.stringify(Buffer.concat(chunks).toString("utf8").slice(0, 300))}`)), timeoutMs);
        void ended.then(() => {
          clearTimeout(timer);
          resolve(parseAnswer(Buffer.concat(chunks).toString("utf8")));
        });
      }),
  };
}

function parseAnswer(text: string): RawAnswer {
  const match = /^HTTP\/1\.1 (\d{3})[^\r\n]*\r\n([\s\S]*?)\r\n\r\n([\s\S]*)$/.exec(text);
  if (!match) return { text, status: null, headers: {}, body: "" };
  const headers = Object.fromEntries(
    match[2]!.split("\r\n").map((line) => {
      const at = line.indexOf(":");
      return [line.slice(0, at).trim().toLowerCase(), line.slice(at + 1).trim()];
    }),
  );
  const rest = Buffer.from(match[3]!, "utf8");
  const length = headers["content-length"] === undefined ? undefined : Number(headers["content-length"]);
  const body = headers["transfer-encoding"] === "chunked" ? unchunk(rest) : rest.subarray(0, length ?? rest.length);
  return { text, status: Number(match[1]), headers, body: body.toString("utf8") };
}

/** A chunked body's content. */
function unchunk(raw: Buffer): Buffer {
  const parts: Buffer[] = [];
  let at = 0;
  for (;;) {
    const eol = raw.indexOf("\r\n", at);
    if (eol < 0) break;
    const size = parseInt(raw.subarray(at, eol).toString("latin1"), 16);
    if (!(size > 0)) break;
    parts.push(raw.subarray(eol + 2, eol + 2 + size));
    at = eol + 2 + size + 2;
  }
  return Buffer.concat(parts);
}

/** The head of a POST /graphql with a JSON body of `body`'s length (not the body itself). */
export function postHead(body: string, headers: Record<string, string> = {}): string {
  const lines = Object.entries({ host: "localhost", "content-type": "application/json", "content-length": String(Buffer.byteLength(body)), ...headers }).map(([k, v]) => `${k}: ${v}\r\n`);
  return `POST /graphql HTTP/1.1\r\n${lines.join("")}\r\n`;
}
