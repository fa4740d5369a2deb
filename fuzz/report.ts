import type { FuzzSummary } from "./run.js";

const table = (counts: Record<string, number>) =>
  Object.entries(counts)
    .sort(([, a], [, b]) => b - a)
    .map(([k, n]) => `    ${k.padEnd(34)} ${n}`)
    .join("\n");

const shorten = (text: string, max: number) => (text.length > max ? `${text.slice(0, max)}… (${text.length} characters)` : text);

/** The run's summary as text: documents per kind and principal, answers per code and status, then every failure with how to run it again. */
export function formatSummary(summary: FuzzSummary, extra: { invariants: string[]; health: number; changes?: Record<string, number> }): string {
  const lines = [
    `fuzz: seed ${summary.seed}, ${summary.documents} documents in ${(summary.milliseconds / 1000).toFixed(1)} s (${Math.round(summary.documents / (summary.milliseconds / 1000))}/s)`,
    "  documents per kind:",
    table(summary.byKind),
    "  documents per principal:",
    table(summary.byPrincipal),
    "  answers per code:",
    table(summary.byCode),
    "  HTTP statuses:",
    table(summary.byStatus),
    "  mutations per field and code:",
    table(summary.byMutation),
    "  slowest documents:",
    ...summary.slowest.map((s) => `    ${String(s.milliseconds).padStart(6)} ms  index ${s.index} ${s.kind} ${s.fields.join(", ")}`),
  ];
  if (extra.changes) lines.push(`  changes written (change-log entries): ${Object.entries(extra.changes).map(([c, n]) => `${c} ${n}`).join(", ")}`);
  lines.push(`  /health after the run: ${extra.health}`);
  lines.push(`  invariants: ${extra.invariants.length === 0 ? "all hold" : ""}`);
  for (const problem of extra.invariants) lines.push(`    BROKEN ${problem}`);
  lines.push(`  failures: ${summary.failures.length}`);
  for (const f of summary.failures) {
    lines.push(`\n  ✗ index ${f.index} (${f.kind}, ${f.principal}, ${f.transport}); again: npm run fuzz -- --seed ${f.seed} --index ${f.index}`);
    for (const p of f.problems) lines.push(`      ${shorten(p, 300)}`);
    const body = typeof f.body === "string" ? f.body : JSON.stringify(f.body, null, 1);
    lines.push(`    sent: ${shorten(body, 3000)}`);
    lines.push(`    answer: ${shorten(f.answer, 1000)}`);
  }
  return lines.join("\n");
}
