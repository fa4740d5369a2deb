/** Output: log lines and markdown tables that paste into the README as they are. */

export const log = (line = ""): void => {
  process.stdout.write(`${line}\n`);
};

/** A number with fixed digits, or "n/a" when there is none. */
export const fmt = (n: number | undefined, digits = 1): string => (n !== undefined && Number.isFinite(n) ? n.toFixed(digits) : "n/a");

/** Thousands separated, for counts and rates of hundreds and more. */
export const count = (n: number | undefined): string => (n !== undefined && Number.isFinite(n) ? Math.round(n).toLocaleString("en-US") : "n/a");

export const mb = (bytes: number | undefined): string => (bytes === undefined ? "n/a" : (bytes / 1024 / 1024).toFixed(1));

/** a ÷ b, or "-" when either is missing. */
export const ratio = (a: number | undefined, b: number | undefined): string => (a !== undefined && b !== undefined && b > 0 ? (a / b).toFixed(2) : "-");

/** Per-request figure: total ÷ requests. */
export const perRequest = (total: number | undefined, requests: number): number | undefined => (total === undefined || requests === 0 ? undefined : total / requests);

const NUMERIC = /^(-|n\/a|ERROR|[-\d.,]+)$/;

/** A markdown table; columns of figures are right-aligned, the others left-aligned. */
export function printTable(header: string[], rows: string[][]): void {
  const widths = header.map((h, i) => Math.max(h.length, 3, ...rows.map((r) => (r[i] ?? "").length)));
  const right = header.map((_, i) => rows.length > 0 && rows.every((r) => NUMERIC.test(r[i] ?? "")));
  const line = (cells: string[]) => `| ${cells.map((c, i) => (right[i] ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join(" | ")} |`;
  log(line(header));
  log(`|${widths.map((w, i) => (right[i] ? `${"-".repeat(w + 1)}:` : "-".repeat(w + 2))).join("|")}|`);
  for (const r of rows) log(line(r));
}
