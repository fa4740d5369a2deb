/** Reads a server's Prometheus metrics (`GET /metrics`, text exposition format) as an operator's scraper would. */

export type Scrape = { status: "ok"; values: Map<string, number> } | { status: "absent"; why: string };

/**
 * The unlabelled (or first) sample of each metric in the text: `name{labels} value [timestamp]`;
 * comments and malformed lines are skipped.
 */
export function parseMetrics(text: string): Map<string, number> {
  const values = new Map<string, number>();
  for (const line of text.split("\n")) {
    if (!line || line.startsWith("#")) continue;
    const match = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{[^}]*\})?\s+(\S+)/.exec(line);
    if (!match || values.has(match[1]!)) continue;
    const value = Number(match[2]);
    if (!Number.isNaN(value)) values.set(match[1]!, value);
  }
  return values;
}

/** Scrapes `url`; "absent" with the reason when it does not answer 200 with metrics. */
export async function scrapeMetrics(url: string): Promise<Scrape> {
  try {
    const res = await fetch(url, { signal: AbortSignal.timeout(10_000) });
    const text = await res.text();
    if (res.status !== 200) return { status: "absent", why: `${url} answered ${res.status}` };
    return { status: "ok", values: parseMetrics(text) };
  } catch (error) {
    return { status: "absent", why: `${url}: ${error instanceof Error ? error.message : String(error)}` };
  }
}
