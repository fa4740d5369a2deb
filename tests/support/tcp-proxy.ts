import { createServer, connect, type Server, type Socket } from "node:net";

/** A TCP proxy in front of a real PostgreSQL server that can be taken down and brought back. */
export class TcpProxy {
  private server?: Server;
  private readonly sockets = new Set<Socket>();
  private readonly target: URL;
  private readonly targetHost: string;
  private readonly targetPort: number;
  port = 0;

  /**
   * In front of the server of `databaseUrl`. A socket-directory host (the embedded server's)
   * is reached on its loopback TCP listener, which the embedded server always has.
   */
  constructor(databaseUrl: string) {
    this.target = new URL(databaseUrl);
    this.targetHost = decodeURIComponent(this.target.hostname).startsWith("/") ? "127.0.0.1" : this.target.hostname;
    this.targetPort = Number(this.target.port);
  }

  /** The database URL, through the proxy. */
  get url(): string {
    const url = new URL(this.target);
    url.host = `127.0.0.1:${this.port}`;
    return url.toString();
  }

  async up(): Promise<void> {
    this.server = createServer((client) => {
      const upstream = connect(this.targetPort, this.targetHost);
      for (const s of [client, upstream]) {
        this.sockets.add(s);
        s.on("close", () => this.sockets.delete(s));
        s.on("error", () => undefined);
      }
      client.pipe(upstream).pipe(client);
      client.on("close", () => upstream.destroy());
      upstream.on("close", () => client.destroy());
    });
    await new Promise<void>((resolve) => this.server!.listen(this.port, "127.0.0.1", resolve));
    const address = this.server.address();
    if (typeof address === "object" && address) this.port = address.port;
  }

  /** Refuses new connections and cuts open ones, like a database host going away. */
  async down(): Promise<void> {
    for (const s of this.sockets) s.destroy();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
    this.server = undefined;
  }
}
