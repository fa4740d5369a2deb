import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { RunningApi } from "../src/server/app.js";
import { graphql, startTestApi } from "./support/api.js";
import { bearer } from "./support/tokens.js";

// 成效评估: every indicator against a hand-written SQL answer on the demo city.

const STREET = "420683001";
const COMMUNITY = "420683001001";
const OTHER_COMMUNITY = "420683001002";

let api: RunningApi;
let governance: pg.Client;
let civic: pg.Client;
let party: pg.Client;

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
  civic = new pg.Client({ connectionString: inject("databaseUrls").civic });
  party = new pg.Client({ connectionString: inject("databaseUrls").party });
  await Promise.all([governance.connect(), civic.connect(), party.connect()]);
});
afterAll(async () => {
  await Promise.all([governance?.end(), civic?.end(), party?.end()]);
  await api?.stop();
});

const CARD = `query($code: String!, $period: PeriodInput!) { scorecard(divisionCode: $code, period: $period) {
  divisionCode divisionName period { from to label } previousPeriod { label }
  indicators { indicator centre term definition unit better value numerator denominator previousValue rank withheldReason } } }`;

const byIndicator = (card: any) => Object.fromEntries(card.indicators.map((f: any) => [f.indicator, f]));
const valueIn = async (db: pg.Client, sql: string, params: unknown[]) => Object.values((await db.query(sql, params)).rows[0] ?? {})[0] ?? null;
const one = async (sql: string, params: unknown[], db = governance) => Number((await valueIn(db, sql, params)) ?? 0);
const rounded = (v: unknown, digits = 2) => (v === null || v === undefined ? null : Math.round(Number(v) * 10 ** digits) / 10 ** digits);
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

/** The civic, party and cross-centre indicators of `prefix` over [from, to), written out in SQL. */
async function expectedElsewhere(prefix: string, from: string, to: string) {
  const p = [prefix + "%", from, to];
  const inP = (c: string) => `${c} >= $2 AND ${c} < $3`;
  const c = (sql: string) => one(sql, p, civic);
  const y = (sql: string) => one(sql, p, party);
  const ordered = await c(`SELECT count(*) FROM demands WHERE community_code LIKE $1 AND ${inP("ordered_at")}`);
  const orderedDone = await c(`SELECT count(*) FROM demands WHERE community_code LIKE $1 AND ${inP("ordered_at")} AND status IN ('DONE', 'RATED')`);
  const accepted7 = await c(`SELECT count(*) FROM demands WHERE community_code LIKE $1 AND ${inP("ordered_at")} AND accepted_at <= ordered_at + interval '7 days'`);
  const medianAccept = await valueIn(civic, `SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM accepted_at - ordered_at) / 3600) FROM demands WHERE community_code LIKE $1 AND ${inP("accepted_at")}`, p);
  const rated = await c(`SELECT count(*) FROM demands WHERE community_code LIKE $1 AND ${inP("done_at")} AND rating IS NOT NULL`);
  const meanRating = await valueIn(civic, `SELECT avg(rating) FROM demands WHERE community_code LIKE $1 AND ${inP("done_at")}`, p);
  const satisfied = await c(`SELECT count(*) FROM demands WHERE community_code LIKE $1 AND ${inP("done_at")} AND rating >= 4`);
  const held = `FROM activities a WHERE a.community_code LIKE $1 AND ${inP("a.starts_at")} AND a.status = 'COMPLETED'`;
  const hoursCredited = await valueIn(civic, `SELECT coalesce(sum(e.credited_hours), 0) FROM enrolments e JOIN activities a ON a.id = e.activity_id WHERE a.community_code LIKE $1 AND ${inP("a.starts_at")} AND a.status = 'COMPLETED'`, p);
  const activitiesHeld = await c(`SELECT count(*) ${held}`);
  const seats = await c(`SELECT coalesce(sum(a.capacity), 0) ${held}`);
  const checkedIn = await c(`SELECT count(*) FROM enrolments e JOIN activities a ON a.id = e.activity_id WHERE a.community_code LIKE $1 AND ${inP("a.starts_at")} AND a.status = 'COMPLETED' AND e.checked_in_at IS NOT NULL`);

  const wishesPosted = await y(`SELECT count(*) FROM micro_wishes WHERE community_code LIKE $1 AND ${inP("posted_at")}`);
  const wishes7 = await y(`SELECT count(*) FROM micro_wishes WHERE community_code LIKE $1 AND ${inP("posted_at")} AND claimed_at <= posted_at + interval '7 days'`);
  const fulfilled = await y(`SELECT count(*) FROM micro_wishes WHERE community_code LIKE $1 AND ${inP("fulfilled_at")}`);
  const medianClaim = await valueIn(party, `SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM claimed_at - posted_at) / 86400) FROM micro_wishes WHERE community_code LIKE $1 AND ${inP("claimed_at")}`, p);
  const postClaims = await y(`SELECT count(*) FROM service_post_claims c JOIN service_posts s ON s.id = c.post_id WHERE s.community_code LIKE $1 AND ${inP("c.claimed_at")}`);
  const booked = Number(await valueIn(party, `SELECT coalesce(sum(extract(epoch FROM b.ends_at - b.starts_at) / 3600), 0) FROM venue_bookings b JOIN venues v ON v.id = b.venue_id WHERE v.community_code LIKE $1 AND ${inP("b.starts_at")} AND b.status = 'CONFIRMED'`, p));
  const open = Number(await valueIn(party, `SELECT coalesce(sum(extract(epoch FROM closes_at - opens_at) / 3600 * extract(epoch FROM $3::timestamptz - $2::timestamptz) / 86400), 0) FROM venues WHERE community_code LIKE $1`, p));
  const resolved = await y(`SELECT count(*) FROM deliberations WHERE community_code LIKE $1 AND ${inP("held_at")} AND status = 'RESOLVED'`);
  const codes = (await party.query<{ code: string }>(`SELECT DISTINCT unnest(linked_event_codes) AS code FROM deliberations WHERE community_code LIKE $1 AND ${inP("held_at")} AND status IN ('HELD', 'RESOLVED')`, p)).rows.map((r) => r.code);
  const codesClosed = await one(`SELECT count(*) FROM events WHERE code = ANY($1) AND status = 'CLOSED'`, [codes]);

  const members = (await party.query<{ id_number: string; served: boolean }>(
    `SELECT m.id_number, (m.id IN (SELECT member_id FROM service_post_claims WHERE ${inP("claimed_at")}) OR m.id IN (SELECT claimed_by_member_id FROM micro_wishes WHERE ${inP("claimed_at")})) AS served
     FROM party_members m WHERE m.community_code LIKE $1 AND m.kind = 'IN_SERVICE'`, p)).rows;
  const creditedIds = new Set((await civic.query<{ id_number: string }>(
    `SELECT DISTINCT v.id_number FROM enrolments e JOIN activities a ON a.id = e.activity_id JOIN volunteers v ON v.id = e.volunteer_id WHERE ${inP("a.starts_at")} AND e.credited_hours > 0 AND v.id_number = ANY($1)`,
    [members.map((m) => m.id_number), from, to])).rows.map((r) => r.id_number));
  const servedMembers = members.filter((m) => m.served || creditedIds.has(m.id_number)).length;

  const needs = await one(`SELECT count(*) FROM events WHERE community_code LIKE $1 AND ${inP("reported_at")} AND category = 'LIVELIHOOD'`, p);
  const needsAnswered = await one(`SELECT count(*) FROM events e WHERE e.community_code LIKE $1 AND ${inP("e.reported_at")} AND e.category = 'LIVELIHOOD'
    AND EXISTS (SELECT 1 FROM event_transitions t WHERE t.event_id = e.id AND t.to_status IN ('RESPONDED', 'VERIFIED', 'CLOSED') AND t.at <= e.reported_at + interval '7 days')`, p);
  return {
    ORDERS_PLACED: ordered,
    ORDER_COMPLETION_RATE: shareOf(orderedDone, ordered),
    MEDIAN_HOURS_TO_ACCEPT: rounded(medianAccept),
    MEAN_RATING: rated === 0 ? null : rounded(meanRating),
    SATISFACTION_RATE: shareOf(satisfied, rated),
    VOLUNTEER_HOURS: Number(hoursCredited),
    ACTIVITIES_HELD: activitiesHeld,
    SEAT_FILL_RATE: shareOf(checkedIn, seats),
    WISHES_FULFILLED: fulfilled,
    MEDIAN_DAYS_TO_CLAIM: rounded(medianClaim),
    POST_CLAIMS: postClaims,
    VENUE_UTILISATION: shareOf(Math.round(booked * 10) / 10, Math.round(open * 10) / 10),
    DELIBERATIONS_RESOLVED: resolved,
    DELIBERATION_EVENTS_CLOSED: shareOf(codesClosed, codes.length),
    MEMBER_SERVICE_RATE: shareOf(servedMembers, members.length),
    NEEDS_ANSWERED_IN_7_DAYS: shareOf(wishes7 + accepted7 + needsAnswered, wishesPosted + ordered + needs),
  } as Record<string, number | null>;
}

describe("scorecards (成效评估)", () => {
  it("gives every indicator of a community and a street as SQL counts it, against the month before", async () => {
    const [from, to] = bounds(lastMonth);
    // Several divisions, so that data shapes one of them lacks (a deliberation taking up several events) are met.
    for (const code of [COMMUNITY, OTHER_COMMUNITY, "420683001003", "420683001004", STREET]) {
      const res = await graphql(api, CARD, { code, period: { month: lastMonth } });
      expect(res.errors).toBeUndefined();
      const card = res.data!.scorecard;
      expect(card).toMatchObject({ divisionCode: code, period: { label: lastMonth, from, to } });
      const figures = byIndicator(card);
      const want = await expected(code, from!, to!);
      for (const [indicator, value] of Object.entries(want)) expect(figures[indicator].value, `${code} ${indicator}`).toBe(value);
      const elsewhere = await expectedElsewhere(code, from!, to!);
      for (const [indicator, value] of Object.entries(elsewhere)) expect(figures[indicator].value, `${code} ${indicator}`).toBe(value);
      // Each of them has something to count in the demo city's street.
      if (code === STREET) for (const [indicator, value] of Object.entries(elsewhere)) expect(value, `${code} ${indicator}`).not.toBeNull();
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
    // Figures at each centre, what joins the party's to the others' (hours as the same Person, events taken up), and the names.
    for (const res of [street, city]) expect(res.extensions!.queryStats).toMatchObject({ governance: { statements: 2 }, civic: { statements: 2 }, party: { statements: 1 }, registry: { statements: 1 } });
  });

  it("gives a trend in the same statements whatever its length", async () => {
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
    for (const res of [six, weeks]) expect(res.extensions!.queryStats).toMatchObject({ governance: { statements: 2 }, civic: { statements: 2 }, party: { statements: 1 } });
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
