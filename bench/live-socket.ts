/**
 * A minimal WebSocket client (RFC 6455) on a plain TCP socket, for the live workload's client
 * process. It holds thousands of connections and must not be the bottleneck it measures: the
 * `ws` client spends several microseconds of stream machinery per message, this one parses
 * frames straight out of each read. It speaks the subprotocol it is given, answers pings, and
 * reports text messages and how the connection closed.
 */
import { createHash, randomBytes, randomFillSync } from "node:crypto";
import { connect, type Socket } from "node:net";

const GUID = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11";

export interface LiveSocketHandlers {
  open(): void;
  /** A complete text message's bytes (valid only during the call). */
  text(payload: Buffer): void;
  /** Closed: the close frame's code and reason, or 1006 when the connection ended without one. */
  close(code: number, reason: string): void;
  error(message: string): void;
}

const maskPool = Buffer.alloc(4096);
let maskAt = maskPool.length;

/** A client frame: masked, as RFC 6455 requires of clients. */
function clientFrame(opcode: number, payload: Buffer): Buffer {
  const length = payload.length;
  const header = length < 126 ? 2 : length < 65_536 ? 4 : 10;
  const frame = Buffer.allocUnsafe(header + 4 + length);
  frame[0] = 0x80 | opcode;
  if (length < 126) frame[1] = 0x80 | length;
  else if (length < 65_536) {
    frame[1] = 0x80 | 126;
    frame.writeUInt16BE(length, 2);
  } else {
    frame[1] = 0x80 | 127;
    frame.writeUInt32BE(Math.floor(length / 2 ** 32), 2);
    frame.writeUInt32BE(length >>> 0, 6);
  }
  if (maskAt === maskPool.length) {
    randomFillSync(maskPool);
    maskAt = 0;
  }
  maskPool.copy(frame, header, maskAt, maskAt + 4);
  maskAt += 4;
  for (let i = 0; i < length; i++) frame[header + 4 + i] = payload[i]! ^ frame[header + (i & 3)]!;
  return frame;
}

export class LiveSocket {
  private readonly socket: Socket;
  private upgraded = false;
  private pending: Buffer | null = null;
  private fragments: Buffer[] = [];
  private closed = false;
  private closeSent = false;

  constructor(url: string, protocol: string, private readonly on: LiveSocketHandlers) {
    const { hostname, port, pathname } = new URL(url);
    const key = randomBytes(16).toString("base64");
    const accept = createHash("sha1").update(key + GUID).digest("base64");
    this.socket = connect({ host: hostname, port: Number(port), noDelay: true });
    this.socket.on("connect", () =>
      this.socket.write(
        `GET ${pathname} HTTP/1.1\r\nHost: ${hostname}:${port}\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n` +
          `Sec-WebSocket-Key: ${key}\r\nSec-WebSocket-Version: 13\r\nSec-WebSocket-Protocol: ${protocol}\r\n\r\n`,
      ),
    );
    this.socket.on("data", (chunk: Buffer) => (this.upgraded ? this.frames(chunk) : this.handshake(chunk, accept, protocol)));
    this.socket.on("error", (error) => this.on.error(`socket error: ${error.message}`));
    this.socket.on("close", () => this.finish(1006, ""));
  }

  send(text: string): void {
    if (!this.closed && !this.closeSent) this.socket.write(clientFrame(0x1, Buffer.from(text)));
  }

  /** Sends a close frame; the connection ends when the server answers with its own. */
  close(code: number, reason: string): void {
    if (this.closed || this.closeSent) return;
    this.closeSent = true;
    const payload = Buffer.alloc(2 + Buffer.byteLength(reason));
    payload.writeUInt16BE(code, 0);
    payload.write(reason, 2);
    this.socket.write(clientFrame(0x8, payload));
  }

  terminate(): void {
    this.socket.destroy();
  }

  get isClosed(): boolean {
    return this.closed;
  }

  private handshake(chunk: Buffer, accept: string, protocol: string): void {
    const data = this.pending ? Buffer.concat([this.pending, chunk]) : chunk;
    const end = data.indexOf("\r\n\r\n");
    if (end < 0) {
      this.pending = data;
      return;
    }
    this.pending = null;
    const head = data.toString("latin1", 0, end);
    const [status, ...lines] = head.split("\r\n");
    const headers = new Map(lines.map((l) => [l.slice(0, l.indexOf(":")).trim().toLowerCase(), l.slice(l.indexOf(":") + 1).trim()]));
    if (!/^HTTP\/1\.1 101 /.test(status ?? "")) return this.fail(`handshake answered ${status}`);
    if (headers.get("sec-websocket-accept") !== accept) return this.fail("handshake: wrong Sec-WebSocket-Accept");
    if (headers.get("sec-websocket-protocol") !== protocol) return this.fail(`handshake: subprotocol ${headers.get("sec-websocket-protocol")}`);
    this.upgraded = true;
    this.on.open();
    if (data.length > end + 4) this.frames(data.subarray(end + 4));
  }

  /** Parses every complete frame in what has arrived; keeps a partial one for the next read. */
  private frames(chunk: Buffer): void {
    let data = chunk;
    if (this.pending) {
      data = Buffer.concat([this.pending, chunk]);
      this.pending = null;
    }
    let at = 0;
    while (at + 2 <= data.length) {
      const first = data[at]!;
      const second = data[at + 1]!;
      if (second & 0x80) return this.fail("the server masked a frame");
      let length = second & 0x7f;
      let header = 2;
      if (length === 126) {
        if (at + 4 > data.length) break;
        length = data.readUInt16BE(at + 2);
        header = 4;
      } else if (length === 127) {
        if (at + 10 > data.length) break;
        length = data.readUInt32BE(at + 2) * 2 ** 32 + data.readUInt32BE(at + 6);
        header = 10;
      }
      if (at + header + length > data.length) break;
      const payload = data.subarray(at + header, at + header + length);
      at += header + length;
      this.frame(first & 0x80, first & 0x0f, payload);
      if (this.closed) return;
    }
    if (at < data.length) this.pending = Buffer.from(data.subarray(at));
  }

  private frame(fin: number, opcode: number, payload: Buffer): void {
    switch (opcode) {
      case 0x0:
      case 0x1:
        if (!fin) {
          this.fragments.push(Buffer.from(payload));
          return;
        }
        if (this.fragments.length > 0) {
          const whole = Buffer.concat([...this.fragments, payload]);
          this.fragments = [];
          this.on.text(whole);
        } else this.on.text(payload);
        return;
      case 0x8: {
        const code = payload.length >= 2 ? payload.readUInt16BE(0) : 1005;
        const reason = payload.length > 2 ? payload.toString("utf8", 2) : "";
        if (!this.closeSent) {
          this.closeSent = true;
          this.socket.write(clientFrame(0x8, payload.subarray(0, 2)));
        }
        this.socket.end();
        this.finish(code, reason);
        return;
      }
      case 0x9:
        this.socket.write(clientFrame(0xa, payload));
        return;
      case 0xa:
        return;
      default:
        this.fail(`unknown opcode ${opcode}`);
    }
  }

  private fail(problem: string): void {
    this.on.error(problem);
    this.socket.destroy();
    this.finish(1002, problem);
  }

  private finish(code: number, reason: string): void {
    if (this.closed) return;
    this.closed = true;
    this.on.close(code, reason);
  }
}
