/**
 * The soak's readers: a fixed number of clients, each sending the read workload's operations in
 * turn with a think time between answers, as people at dashboards would: a steady, moderate
 * rate that does not saturate the API (the soak looks at stability over time, not throughput).
 */
import { postGraphQL, type RequestTally } from "./soak-requests.js";

export interface ReadRequest {
  name: string;
  url: string;
  headers: Record<string, string>;
  body: string;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Runs `clients` readers until `running()` turns false; think times are uniform in [thinkMs / 2, 3 thinkMs / 2]. */
export async function runReaders(requests: readonly ReadRequest[], clients: number, thinkMs: number, tally: RequestTally, running: () => boolean): Promise<void> {
  const reader = async (client: number) => {
    // Spread the clients' first requests over one think time.
    await sleep((client / clients) * thinkMs);
    for (let n = client; running(); n++) {
      const request = requests[n % requests.length]!;
      tally.record("read", await postGraphQL(request.url, request.headers, request.body), request.name);
      await sleep(thinkMs * (0.5 + Math.random()));
    }
  };
  await Promise.all(Array.from({ length: clients }, (_, client) => reader(client)));
}
