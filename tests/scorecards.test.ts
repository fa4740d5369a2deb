import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { RunningApi } from "../src/server/app.js";
import { graphql, startTestApi } from "./support/api.js";
import { bearer } from "./support/tokens.js";

// 成效评估: every governance indicator against a hand-written SQL answer on the demo city.

const STREET = "420683001";
const COMMUNITY = "420683001001";
const OTHER_COMMUNITY = "420683001002";

let api: RunningApi;
let governance: pg.Client;

/** When the demo data was placed (the clock may run ahead of it: .ci/test-later). */
const reference = process.env.GONGZHI_TEST_REFERENCE_DATE ? Date.parse(process.env.GONGZHI_TEST_REFERENCE_DATE) : Date.now();

/** The demo data's last month, local time: wholly in its past, so its figures hold still. */
const lastMonth = (() => {
  const local = new Date(reference + 8 * 3_600_000);
  const d = new Date(Date.UTC(local.getUTCFullYear(), local.getUTCMonth() - 1, 1));
  return `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, "0")}`;
})();
const bounds = (month: string) => {
  const [y, m] = month.split("-").map(Number) as [number, number];
  return [new Date(Date.UTC(y, m - 1, 1) - 8 * 3_600_000).toISOString(), new Date(Date.UTC(y, m, 1) - 8 * 3_600_000).toISOString()];
};

beforeAll(async () => {
  api = await startTestApi();
  governance = new pg.Client({ connectionString: inject("databaseUrls").governance });
  await governance.connect();
});
afterAll(async () => {
  await governance?.end();
  await api?.stop();
});

const CARD = `query($code: String!, $period: PeriodInput!) { scorecard(divisionCode: $code, period: $period) {
  divisionCode divisionName period { from to label } previousPeriod { label }
  indicators { indicator centre term definition unit better value numerator denominator previousValue rank withheldReason } } }`;

const byIndicator = (card: any) => Object.fromEntries(card.indicators.map((f: any) => [f.indicator, f]));
const one = async (sql: string, params: unknown[]) => Number(Object.values((await governance.query(sql, params)).rows[0] ?? {})[0] ?? 0);
const shareOf = (part: number, whole: number) => (whole === 0 ? null : Math.round((part / whole) * 10_000) / 10_000);

/** Every governance indicator of `prefix` over [from, to), written out in SQL. */
async function expected(prefix: string, from: string, to: string) {
  const p = [prefix + "%", from, to];
  const inP = (c: string) => `${c} >= $2 AND ${c} < $3`;
  const reported = await one(`SELECT count(*) FROM events WHERE community_code LIKE $1 AND ${inP("reported_at")}`, p);
  const reportedClosed = await one(`SELECT count(*) FROM events WHERE community_code LIKE $1 AND ${inP("reported_at")} AND status = 'CLOSED'`, p);
  const closed = await one(`SELECT count(*) FROM events WHERE community_code LIKE $1 AND ${inP("closed_at")}`, p);
  const onTime = await one(`SELECT count(*) FROM events WHERE community_code LIKE $1 AND ${inP("closed_at")} AND closed_at <= due_at`, p);
  const medianClose = await governance.query(`SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM closed_at - reported_at) / 3600) AS m FROM events WHERE community_code LIKE $1 AND ${inP("closed_at")}`, p);
  const open = await one(`SELECT count(*) FROM events WHERE community_code LIKE $1 AND status NOT IN ('CLOSED', 'REJECTED')`, [prefix + "%"]);
  const overdue = await one(`SELECT count(*) FROM events WHERE community_code LIKE $1 AND status NOT IN ('CLOSED', 'REJECTED') AND due_at < now()`, [prefix + "%"]);
  const supervised = await one(`SELECT count(DISTINCT t.event_id) FROM event_transitions t JOIN events e ON e.id = t.event_id WHERE e.community_code LIKE $1 AND t.action = 'SUPERVISE' AND ${inP("t.at")}`, p);
  const whistles = await one(`SELECT count(*) FROM whistles w JOIN events e ON e.id = w.event_id WHERE e.community_code LIKE $1 AND ${inP("w.blown_at")}`, p);
  const summoned = await one(`SELECT count(*) FROM whistle_departments d JOIN whistles w ON w.id = d.whistle_id JOIN events e ON e.id = w.event_id WHERE e.community_code LIKE $1 AND ${inP("w.blown_at")}`, p);
  const reportedDepts = await one(`SELECT count(*) FROM whistle_departments d JOIN whistles w ON w.id = d.whistle_id JOIN events e ON e.id = w.event_id WHERE e.community_code LIKE $1 AND ${inP("w.blown_at")} AND d.reported_at IS NOT NULL`, p);
  const medianReport = await governance.query(`SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM d.reported_at - w.blown_at) / 3600) AS m FROM whistle_departments d JOIN whistles w ON w.id = d.whistle_id JOIN events e ON e.id = w.event_id WHERE e.community_code LIKE $1 AND ${inP("w.blown_at")}`, p);
  const mediations = await one(`SELECT count(*) FROM mediations m JOIN events e ON e.id = m.event_id WHERE e.community_code LIKE $1 AND ${inP("m.mediated_at")}`, p);
  const agreements = await one(`SELECT count(*) FROM mediations m JOIN events e ON e.id = m.event_id WHERE e.community_code LIKE $1 AND ${inP("m.mediated_at")} AND m.outcome = 'AGREEMENT'`, p);
  const risks = (level: string) => one(`SELECT count(*) FROM risk_assessments WHERE community_code LIKE $1 AND ${inP("assessed_at")} AND level = '${level}'`, p);
  const hours = (r: pg.QueryResult) => (r.rows[0]?.m === null || r.rows[0]?.m === undefined ? null : Math.round(Number(r.rows[0].m) * 100) / 100);
  return {
    EVENTS_REPORTED: reported,
    EVENTS_CLOSED: closed,
    EVENT_CLOSURE_RATE: shareOf(reportedClosed, reported),
    ON_TIME_CLOSURE_RATE: shareOf(onTime, closed),
    MEDIAN_HOURS_TO_CLOSE: hours(medianClose),
    OPEN_EVENTS_NOW: open,
    OVERDUE_EVENTS_NOW: overdue,
    SUPERVISED_EVENTS: supervised,
    WHISTLES_BLOWN: whistles,
    DEPARTMENT_REPORT_RATE: shareOf(reportedDepts, summoned),
    MEDIAN_HOURS_TO_REPORT: hours(medianReport),
    MEDIATION_SUCCESS_RATE: shareOf(agreements, mediations),
    RISK_ASSESSMENTS_LOW: await risks("LOW"),
    RISK_ASSESSMENTS_MEDIUM: await risks("MEDIUM"),
    RISK_ASSESSMENTS_HIGH: await risks("HIGH"),
    RISK_ASSESSMENTS_CRITICAL: await risks("CRITICAL"),
  } as Record<string, number | null>;
}

describe("scorecards (成效评估)", () => {
  it("gives every governance indicator of a community and a street as SQL counts it, against the month before", async () => {
    const [from, to] = bounds(lastMonth);
    for (const code of [COMMUNITY, STREET]) {
      const res = await graphql(api, CARD, { code, period: { month: lastMonth } });
      expect(res.errors).toBeUndefined();
      const card = res.data!.scorecard;
      expect(card).toMatchObject({ divisionCode: code, period: { label: lastMonth, from, to } });
      const figures = byIndicator(card);
      const want = await expected(code, from!, to!);
      for (const [indicator, value] of Object.entries(want)) expect(figures[indicator].value, `${code} ${indicator}`).toBe(value);
      // The figures are far from empty in the demo city, so the comparison means something.
      expect(want.EVENTS_REPORTED).toBeGreaterThan(0);
      expect(want.EVENTS_CLOSED).toBeGreaterThan(0);
      const [pf, pt] = bounds(card.previousPeriod.label);
      const before = await expected(code, pf!, pt!);
      expect(figures.EVENTS_REPORTED.previousValue).toBe(before.EVENTS_REPORTED);
      expect(figures.EVENT_CLOSURE_RATE.previousValue).toBe(before.EVENT_CLOSURE_RATE);
      expect(figures.OPEN_EVENTS_NOW.previousValue).toBeNull();
      for (const f of card.indicators) expect(f.term.length).toBeGreaterThan(1);
    }
  });

  it("ranks a street's communities on each indicator, costing the same statements for a street as for the city", async () => {
    const CARDS = `query($parent: String!, $period: PeriodInput!) { scorecards(parentCode: $parent, period: $period) { divisionCode divisionName indicators { indicator value rank } } }`;
    const street = await graphql(api, CARDS, { parent: STREET, period: { month: lastMonth } });
    const city = await graphql(api, CARDS, { parent: "420683", period: { quarter: "2026-Q3" } });
    expect(street.errors).toBeUndefined();
    expect(city.errors).toBeUndefined();
    const cards = street.data!.scorecards;
    expect(cards.length).toBeGreaterThan(3);
    expect(cards.every((c: any) => c.divisionCode.startsWith(STREET) && c.divisionCode.length === 12)).toBe(true);
    expect(city.data!.scorecards.every((c: any) => c.divisionCode.length === 9)).toBe(true);
    const closure = cards.map((c: any) => byIndicator(c).EVENT_CLOSURE_RATE).filter((f: any) => f.value !== null).sort((a: any, b: any) => a.rank - b.rank);
    for (let i = 1; i < closure.length; i++) expect(closure[i].value).toBeLessThanOrEqual(closure[i - 1].value);
    expect(closure[0].rank).toBe(1);
    const overdue = cards.map((c: any) => byIndicator(c).OVERDUE_EVENTS_NOW).sort((a: any, b: any) => a.rank - b.rank);
    for (let i = 1; i < overdue.length; i++) expect(overdue[i].value).toBeGreaterThanOrEqual(overdue[i - 1].value);
    for (const res of [street, city]) expect(res.extensions!.queryStats).toMatchObject({ governance: { statements: 1 }, registry: { statements: 1 } });
  });

  it("gives a trend in one statement whatever its length", async () => {
    const SERIES = `query($from: DateTimeISO!, $to: DateTimeISO!, $interval: SeriesInterval!) { indicatorSeries(divisionCode: "${STREET}", indicators: [EVENTS_REPORTED, EVENT_CLOSURE_RATE], from: $from, to: $to, interval: $interval) { period { label from } figures { indicator value previousValue } } }`;
    const now = reference;
    const six = await graphql(api, SERIES, { from: new Date(now - 170 * 86_400_000).toISOString(), to: new Date(now).toISOString(), interval: "MONTH" });
    const weeks = await graphql(api, SERIES, { from: new Date(now - 20 * 86_400_000).toISOString(), to: new Date(now).toISOString(), interval: "WEEK" });
    expect(six.errors).toBeUndefined();
    expect(weeks.errors).toBeUndefined();
    const points = six.data!.indicatorSeries;
    expect(points.length).toBeGreaterThanOrEqual(6);
    const last = points.find((p: any) => p.period.label === lastMonth);
    const [from, to] = bounds(lastMonth);
    expect(last.figures[0].value).toBe((await expected(STREET, from!, to!)).EVENTS_REPORTED);
    expect(weeks.data!.indicatorSeries.length).toBeGreaterThanOrEqual(3);
    expect(weeks.data!.indicatorSeries.every((p: any) => new Date(p.period.from).getUTCDay() === 0 && new Date(p.period.from).getUTCHours() === 16)).toBe(true);
    for (const res of [six, weeks]) expect(res.extensions!.queryStats!.governance!.statements).toBe(1);
  });

  it("counts only the rows the caller sees, and withholds figures of fewer than five residents from callers who may not read them", async () => {
    const [from] = bounds(lastMonth);
    const worker = await bearer({ subject: "cw-scorecard", role: "community_worker", jurisdiction: COMMUNITY });
    const other = await graphql(api, CARD, { code: OTHER_COMMUNITY, period: { month: lastMonth } }, { authorization: worker });
    expect(byIndicator(other.data!.scorecard).EVENTS_REPORTED.value).toBe(0);
    expect((await expected(OTHER_COMMUNITY, from!, bounds(lastMonth)[1]!)).EVENTS_REPORTED).toBeGreaterThan(0);

    // Two events reported just now: a range around them holds exactly two.
    const start = new Date(Date.now() - 1000).toISOString();
    for (const title of ["路灯不亮", "井盖松动"]) {
      const r = await graphql(api, `mutation($input: ReportEventInput!) { reportEvent(input: $input) { event { code } } }`, {
        input: { gridCode: `${COMMUNITY}001`, category: "FACILITIES", urgency: "NORMAL", channel: "APP", title, description: "请尽快处理", address: "1栋" },
      });
      expect(r.errors).toBeUndefined();
    }
    const period = { from: start, to: new Date(Date.now() + 1000).toISOString() };
    const staff = byIndicator((await graphql(api, CARD, { code: COMMUNITY, period }, { authorization: worker })).data!.scorecard);
    expect(staff.EVENTS_REPORTED).toMatchObject({ value: 2, withheldReason: null });
    // An analyst sees every row, de-identified: two residents' reports are too few to show.
    const analyst = byIndicator((await graphql(api, CARD, { code: COMMUNITY, period }, { authorization: await bearer({ subject: "an-analyst", role: "analyst" }) })).data!.scorecard);
    expect(analyst.EVENTS_REPORTED).toMatchObject({ value: null, numerator: null, withheldReason: expect.stringContaining("fewer than 5") });
    // Not built from residents: shown whatever its size.
    expect(analyst.WHISTLES_BLOWN).toMatchObject({ value: 0, withheldReason: null });
    // The public sees no event rows at all, so it counts none.
    const pub = byIndicator((await graphql(api, CARD, { code: COMMUNITY, period }, { authorization: null })).data!.scorecard);
    expect(pub.EVENTS_REPORTED).toMatchObject({ value: 0, withheldReason: null });
  });

  it("refuses a malformed period or code with the argument named", async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ code: COMMUNITY, period: { month: "2026-13" } }, "period"],
      [{ code: COMMUNITY, period: { month: "2026-11", quarter: "2026-Q4" } }, "period"],
      [{ code: COMMUNITY, period: { from: "2024-01-01T00:00:00Z", to: "2026-01-01T00:00:00Z" } }, "period"],
      [{ code: COMMUNITY, period: { from: "2026-02-01T00:00:00Z", to: "2026-01-01T00:00:00Z" } }, "period"],
      [{ code: "4206830010", period: { month: "2026-11" } }, "divisionCode"],
    ];
    for (const [variables, argument] of cases) {
      const res = await graphql(api, CARD, variables);
      expect(res.errors?.[0]?.extensions, JSON.stringify(variables)).toMatchObject({ code: "BAD_USER_INPUT", argument });
    }
    const unknown = await graphql(api, CARD, { code: "420683999", period: { month: "2026-11" } });
    expect(unknown.data!.scorecard).toBeNull();
  });
});
