import type { Server, ServerResponse } from "node:http";

/**
 * How the HTTP server stops for a deploy: it stops listening at once, closes idle keep-alive
 * connections, lets the requests in flight finish (their responses close their connections),
 * and destroys whatever is still open when the grace period ends.
 */
export class HttpDrain {
  private draining = false;
  private readonly inFlight = new Set<ServerResponse>();

  constructor(private readonly server: Server) {}

  /** Whether stopping has begun: new requests are refused from then on. */
  get stopping(): boolean {
    return this.draining;
  }

  /** Counts a request as in flight until its response is done. */
  track(res: ServerResponse): void {
    this.inFlight.add(res);
    res.once("close", () => this.inFlight.delete(res));
    if (this.draining) this.closeAfter(res);
  }

  /**
   * Stops accepting connections and requests; resolves once every connection has ended, or
   * when `graceMs` have passed and those left were destroyed. True when none had to be.
   */
  async stop(graceMs: number): Promise<boolean> {
    this.draining = true;
    for (const res of this.inFlight) this.closeAfter(res);
    const closed = new Promise<void>((resolve) => this.server.close(() => resolve()));
    this.server.closeIdleConnections();
    let timer: NodeJS.Timeout | undefined;
    const expired = new Promise<true>((resolve) => (timer = setTimeout(() => resolve(true), graceMs)));
    const forced = await Promise.race([closed.then(() => false as const), expired]);
    clearTimeout(timer);
    if (forced) {
      this.server.closeAllConnections();
      // Upgraded (WebSocket) sockets are not the HTTP server's to destroy; their owner cuts them at the same deadline.
      await closed;
    }
    return !forced;
  }

  /** A response sent while stopping closes its connection, so no keep-alive socket outlives the drain. */
  private closeAfter(res: ServerResponse): void {
    if (!res.headersSent) res.setHeader("connection", "close");
    // Headers already sent (a streamed result): its connection is closed once it is idle.
    else res.once("finish", () => setImmediate(() => this.server.closeIdleConnections()));
  }
}
