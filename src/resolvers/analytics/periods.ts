import type { PeriodInput, SeriesIntervalValue } from "../../schema/analytics/scorecard.js";
import { LOCAL_OFFSET_MS, localDayAndClock } from "../../sources/common/local-time.js";
import type { Period } from "../../sources/common/period.js";
import { badArgument } from "../common/errors.js";

/** A month as YYYY-MM. */
export const MONTH_PATTERN = /^(\d{4})-(0[1-9]|1[0-2])$/;

/** A period with the name a report gives it. */
export interface NamedPeriod extends Period {
  label: string;
}

const DAY = 86_400_000;
const MAX_RANGE_DAYS = 366;
const MAX_STEPS = 60;

/** Local midnight of a local calendar date, as an instant. */
const localMidnight = (year: number, monthIndex: number, day = 1) => new Date(Date.UTC(year, monthIndex, day) - LOCAL_OFFSET_MS);
const localDate = (at: Date) => localDayAndClock(at).day;
const pad2 = (n: number) => String(n).padStart(2, "0");

function month(year: number, monthIndex: number): NamedPeriod {
  const from = localMidnight(year, monthIndex);
  const to = localMidnight(year, monthIndex + 1);
  const start = new Date(from.getTime() + LOCAL_OFFSET_MS);
  return { from, to, label: `${start.getUTCFullYear()}-${pad2(start.getUTCMonth() + 1)}` };
}

function quarter(year: number, index: number): NamedPeriod {
  const from = localMidnight(year, index * 3);
  const start = new Date(from.getTime() + LOCAL_OFFSET_MS);
  return { from, to: localMidnight(year, index * 3 + 3), label: `${start.getUTCFullYear()}-Q${Math.floor(start.getUTCMonth() / 3) + 1}` };
}

const range = (from: Date, to: Date): NamedPeriod => ({ from, to, label: `${localDate(from)}..${localDate(new Date(to.getTime() - 1))}` });

/** A scorecard's period and the one before it, of the same length (the month, quarter or range before). */
export function periodOf(input: PeriodInput, argument = "period"): { period: NamedPeriod; previous: NamedPeriod } {
  const given = [input.month, input.quarter, input.from ?? input.to].filter((v) => v != null).length;
  if (given !== 1) throw badArgument(argument, "Give exactly one of `month`, `quarter`, or `from` with `to`");
  if (input.month != null) {
    const m = MONTH_PATTERN.exec(input.month);
    if (!m) throw badArgument(argument, "`month` must be YYYY-MM");
    const [year, index] = [Number(m[1]), Number(m[2]) - 1];
    return { period: month(year, index), previous: month(year, index - 1) };
  }
  if (input.quarter != null) {
    const q = /^(\d{4})-Q([1-4])$/.exec(input.quarter);
    if (!q) throw badArgument(argument, "`quarter` must be YYYY-Qn, n from 1 to 4");
    const [year, index] = [Number(q[1]), Number(q[2]) - 1];
    return { period: quarter(year, index), previous: quarter(year, index - 1) };
  }
  const { from, to } = boundsOf(input.from, input.to, argument);
  return { period: range(from, to), previous: range(new Date(2 * from.getTime() - to.getTime()), from) };
}

function boundsOf(from: Date | null | undefined, to: Date | null | undefined, argument: string): Period {
  if (!from || !to) throw badArgument(argument, "A range needs both `from` and `to`");
  if (to <= from) throw badArgument(argument, "`to` must be later than `from`");
  if (to.getTime() - from.getTime() > MAX_RANGE_DAYS * DAY) throw badArgument(argument, `A range may span at most ${MAX_RANGE_DAYS} days`);
  return { from, to };
}

/** The weeks (from Monday, local time) or months that cover [from, to), at most 60 of them. */
export function seriesPeriods(from: Date, to: Date, interval: SeriesIntervalValue): NamedPeriod[] {
  if (to <= from) throw badArgument("to", "`to` must be later than `from`");
  const steps: NamedPeriod[] = [];
  const local = new Date(from.getTime() + LOCAL_OFFSET_MS);
  if (interval === "MONTH") {
    for (let i = 0; ; i++) {
      const step = month(local.getUTCFullYear(), local.getUTCMonth() + i);
      if (step.from >= to) break;
      steps.push(step);
      if (steps.length > MAX_STEPS) break;
    }
  } else {
    const monday = localMidnight(local.getUTCFullYear(), local.getUTCMonth(), local.getUTCDate() - ((local.getUTCDay() + 6) % 7));
    for (let start = monday.getTime(); start < to.getTime() && steps.length <= MAX_STEPS; start += 7 * DAY) {
      steps.push({ from: new Date(start), to: new Date(start + 7 * DAY), label: `week of ${localDate(new Date(start))}` });
    }
  }
  if (steps.length > MAX_STEPS) throw badArgument("to", `A series may have at most ${MAX_STEPS} steps`);
  return steps;
}
