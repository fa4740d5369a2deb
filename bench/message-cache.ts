/**
 * What a subscriber's message says, parsed once per distinct text: every subscriber of a group
 * receives the same bytes for a change, one after another, and the client measures the
 * server, so it must not spend its CPU parsing the same JSON hundreds of times.
 */
export class MessageCache<T> {
  private readonly readings = new Map<string, T>();
  private lastBytes: Buffer = Buffer.alloc(0);
  private lastReading: T | undefined;

  constructor(private readonly parse: (text: string) => T) {}

  read(bytes: Buffer): T {
    if (this.lastReading !== undefined && bytes.equals(this.lastBytes)) return this.lastReading;
    const text = bytes.toString("utf8");
    let reading = this.readings.get(text);
    if (reading === undefined) {
      reading = this.parse(text);
      if (this.readings.size > 10_000) this.readings.clear();
      this.readings.set(text, reading);
    }
    // The socket reuses its buffer: keep a copy.
    this.lastBytes = Buffer.from(bytes);
    this.lastReading = reading;
    return reading;
  }
}
