import { sql } from "drizzle-orm";

/** The city's centres keep local time in China Standard Time (UTC+8, no daylight saving). */
export const LOCAL_TIME_ZONE = "Asia/Shanghai";

const DAY_MS = 86_400_000;
/** UTC+8: how far local time runs ahead of UTC. */
export const LOCAL_OFFSET_MS = 8 * 3_600_000;

/** Today's local date as YYYYMMDD, computed by the database so every instance agrees. */
export const LOCAL_DAY_SQL = sql`to_char(now() AT TIME ZONE ${sql.raw(`'${LOCAL_TIME_ZONE}'`)}, 'YYYYMMDD')`;

const localParts = new Intl.DateTimeFormat("en-CA", {
  timeZone: LOCAL_TIME_ZONE,
  hourCycle: "h23",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  second: "2-digit",
});

/** The local calendar day (YYYY-MM-DD) and clock time (HH:MM:SS) of an instant. */
export function localDayAndClock(at: Date): { day: string; clock: string } {
  const p = Object.fromEntries(localParts.formatToParts(at).map((part) => [part.type, part.value]));
  return { day: `${p.year}-${p.month}-${p.day}`, clock: `${p.hour}:${p.minute}:${p.second}` };
}

/** Local midnight of an instant's day. */
export const startOfLocalDay = (at: Date): Date => new Date(Math.floor((at.getTime() + LOCAL_OFFSET_MS) / DAY_MS) * DAY_MS - LOCAL_OFFSET_MS);
