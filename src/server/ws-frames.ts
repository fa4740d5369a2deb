/**
 * WebSocket frames of graphql-ws `next` messages, built once per result instead of once per
 * subscriber. A `next` message is `{"id":…,"type":"next","payload":…}` (graphql-ws's own key
 * order); only the id differs between subscribers of one shared result.
 */

/** An unmasked (server to client, RFC 6455 §5.2) final text frame holding `parts` one after another. */
export function textFrame(parts: readonly Buffer[]): Buffer {
  let length = 0;
  for (const part of parts) length += part.length;
  const header = length < 126 ? 2 : length < 65_536 ? 4 : 10;
  const frame = Buffer.allocUnsafe(header + length);
  frame[0] = 0x81; // FIN, opcode 1 (text)
  if (length < 126) frame[1] = length;
  else if (length < 65_536) {
    frame[1] = 126;
    frame.writeUInt16BE(length, 2);
  } else {
    frame[1] = 127;
    frame.writeUInt32BE(Math.floor(length / 2 ** 32), 2);
    frame.writeUInt32BE(length >>> 0, 6);
  }
  let offset = header;
  for (const part of parts) offset += part.copy(frame, offset);
  return frame;
}

/** The frames of one result, one per distinct subscription id (clients often all use the same one). */
export class NextFrames {
  private readonly tail: Buffer;
  private readonly byId = new Map<string, Buffer>();
  private lastId: string | undefined;
  private lastFrame: Buffer | undefined;

  /** `payload`: the message's payload as JSON text, exactly as graphql-ws would serialise it. */
  constructor(payload: string) {
    this.tail = Buffer.from(`,"type":"next","payload":${payload}}`);
  }

  for(id: string): Buffer {
    if (id === this.lastId) return this.lastFrame!;
    let frame = this.byId.get(id);
    if (!frame) {
      frame = textFrame([Buffer.from(`{"id":${JSON.stringify(id)}`), this.tail]);
      this.byId.set(id, frame);
    }
    this.lastId = id;
    this.lastFrame = frame;
    return frame;
  }
}
