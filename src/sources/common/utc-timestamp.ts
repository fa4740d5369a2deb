/**
 * Reads a `timestamptz` as PostgreSQL writes it in UTC — `2026-06-08 05:44:02.33+00` as text,
 * `2026-06-08T05:44:02.33+00:00` inside JSON — without the general date parser, which is
 * several times slower. Other forms (another offset, a year before 1000, BC, infinity) give
 * `undefined` for the caller to parse the general way. Sub-millisecond digits are dropped, as
 * `new Date(text)` drops them.
 */
export function parseUtcTimestamp(text: string): Date | undefined {
  const end = text.endsWith("+00") ? text.length - 3 : text.endsWith("+00:00") ? text.length - 6 : -1;
  if (end < 19 || text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45 || text.charCodeAt(13) !== 58 || text.charCodeAt(16) !== 58) return undefined;
  const year = Number(text.slice(0, 4));
  if (!(year >= 1000)) return undefined;
  let ms = 0;
  if (end > 19) {
    if (text.charCodeAt(19) !== 46) return undefined;
    ms = Number(text.slice(20, Math.min(end, 23)).padEnd(3, "0"));
  }
  const time = Date.UTC(year, Number(text.slice(5, 7)) - 1, Number(text.slice(8, 10)), Number(text.slice(11, 13)), Number(text.slice(14, 16)), Number(text.slice(17, 19)), ms);
  return Number.isNaN(time) ? undefined : new Date(time);
}
