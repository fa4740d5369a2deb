/** Messages between the bench (bench/load-generator.ts) and its load process (bench/load-client.ts). */

/** What every load run shares: how hard, how long, and which processes to account for. */
export interface LoadWindow {
  /** Open connections, each with one request in flight (closed loop). */
  connections: number;
  /** Load before the measured window, not counted. */
  warmupMs: number;
  /** The measured window. */
  durationMs: number;
  /** The server's process: its CPU is read at both ends of the window and its RSS sampled during it. */
  serverPid: number;
  /** The PostgreSQL postmaster, when /proc shows it: the cluster's CPU is read at both ends of the window. */
  postmasterPid?: number;
}

/** The same POST again and again; a response counts when it is 2xx JSON with `data` and no `errors`. */
export interface ReadLoad extends LoadWindow {
  kind: "read";
  url: string;
  headers: Record<string, string>;
  body: string;
}

/**
 * Event lifecycles: each connection reports an event and moves it through `actions`, one
 * mutation per request, each request built from the previous answer.
 */
export interface LifecycleLoad extends LoadWindow {
  kind: "lifecycle";
  url: string;
  headers: Record<string, string>;
  /** Grids to report in, in turn. */
  grids: string[];
  actions: readonly string[];
  /** Titles are numbered from here, so runs do not repeat each other's. */
  firstNumber: number;
}

export type LoadCommand = (ReadLoad | LifecycleLoad) & { id: number };

export interface Percentiles {
  count: number;
  p50Ms: number;
  p99Ms: number;
}

/** What one run measured inside its window. */
export interface LoadFigures {
  /** Responses that counted (see ReadLoad), completed inside the window. */
  requests: number;
  /** Responses that did not count, connection errors and timeouts inside the window. */
  failed: number;
  firstFailure?: string;
  windowMs: number;
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
  /** CPU the server process used in the window, in ms. */
  serverCpuMs?: number;
  /** CPU the load process itself used in the window, in ms: near a core, the client is the limit. */
  clientCpuMs: number;
  /** CPU the PostgreSQL cluster used in the window, in ms. */
  postgresCpuMs?: number;
  /** Highest RSS of the server seen in the window (sampled every 100 ms), in bytes. */
  peakRssBytes?: number;
  /** Lifecycle runs: latencies per mutation, and whole lifecycles completed in the window. */
  steps?: Record<string, Percentiles>;
  lifecycles?: number;
}

export type LoadReply =
  | { id: number; type: "window-started" }
  | { id: number; type: "done"; figures: LoadFigures }
  | { id: number; type: "failed"; error: string };
