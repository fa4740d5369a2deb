import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { inject } from "vitest";
import type { RunningApi } from "../src/server/app.js";
import { graphql } from "./support/api.js";
import { startTestApi } from "./support/api.js";
import { gid } from "./support/global-id.js";
import { forgetOldKeys } from "../src/sources/common/idempotency.js";

let api: RunningApi;
let sql: pg.Pool;
let grid: { code: string; communityCode: string; workerId: string };
beforeAll(async () => {
  api = await startTestApi();
  sql = new pg.Pool({ connectionString: inject("databaseUrls").governance, max: 2 });
  const res = await graphql(api, `{ community(code: "420683001002") { grids { code workers { id } } } }`);
  const node = res.data!.community.grids[0];
  grid = { code: node.code, communityCode: "420683001002", workerId: node.workers[0].id };
});
afterAll(async () => {
  await sql?.end();
  await api?.stop();
});

const EVENT_FIELDS = "id code status version dueAt reportedAt closedAt assignedDepartment supervisionLevel allowedActions gridWorker { id } history { action fromStatus toStatus actor note }";
const REPORT = `mutation($input: ReportEventInput!) { reportEvent(input: $input) { replayed event { ${EVENT_FIELDS} } } }`;
const TRANSITION = `mutation($input: TransitionEventInput!) { transitionEvent(input: $input) { event { ${EVENT_FIELDS} } } }`;

const newEvent = (overrides: Record<string, unknown> = {}) => ({
  gridCode: grid.code,
  category: "FACILITIES",
  urgency: "NORMAL",
  channel: "GRID_PATROL",
  title: "路灯不亮",
  description: "小区东门路灯连续三晚不亮",
  address: "东门",
  location: { lat: 31.72, lng: 112.26 },
  ...overrides,
});

async function report(input: Record<string, unknown> = {}, actor = "网格员张三") {
  const res = await graphql(api, REPORT, { input: newEvent(input) }, { actor });
  expect(res.errors).toBeUndefined();
  return res.data!.reportEvent.event;
}

async function step(event: { id: string; version: number }, action: string, extra: Record<string, unknown> = {}, actor = "街道综治中心") {
  return graphql(api, TRANSITION, { input: { eventId: event.id, action, expectedVersion: event.version, ...extra } }, { actor });
}

async function countRows(table: string): Promise<number> {
  const { rows } = await sql.query(`SELECT count(*)::int AS n FROM ${table}`);
  return rows[0].n;
}

describe("reportEvent", () => {
  it("assigns a readable code unique per day and a due time from the service-level rule", async () => {
    const [a, b] = await Promise.all([report(), report({ category: "SAFETY_HAZARD", urgency: "HIGH" })]);
    const day = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai" }).format(new Date()).replaceAll("-", "");
    for (const e of [a, b]) expect(e.code).toMatch(new RegExp(`^SJ-${day}-\\d{4,}$`));
    expect(a.code).not.toBe(b.code);
    const hours = (e: { dueAt: string; reportedAt: string }) => (Date.parse(e.dueAt) - Date.parse(e.reportedAt)) / 3_600_000;
    const rule = async (category: string, urgency: string) =>
      (await sql.query("SELECT due_hours FROM service_level_rules WHERE category = $1 AND urgency = $2", [category, urgency])).rows[0].due_hours;
    expect(hours(a)).toBeCloseTo(await rule("FACILITIES", "NORMAL"), 1);
    expect(hours(b)).toBeCloseTo(await rule("SAFETY_HAZARD", "HIGH"), 1);
    expect(a).toMatchObject({ status: "REPORTED", version: 1, allowedActions: ["ACCEPT", "REJECT"], history: [{ action: "REPORT", fromStatus: null, toStatus: "REPORTED", actor: "网格员张三" }] });
  });

  it("numbers 20 concurrent reports without a duplicate code", async () => {
    const events = await Promise.all(Array.from({ length: 20 }, () => report()));
    expect(new Set(events.map((e) => e.code)).size).toBe(20);
  });

  it("replays a resend with the same idempotency key and refuses the key for different input", async () => {
    const input = newEvent({ idempotencyKey: "phone-7f3a-0001", title: "井盖缺失" });
    const before = await countRows("events");
    const first = await graphql(api, REPORT, { input });
    const again = await graphql(api, REPORT, { input });
    expect(first.data!.reportEvent.replayed).toBe(false);
    expect(again.data!.reportEvent).toMatchObject({ replayed: true, event: { id: first.data!.reportEvent.event.id, code: first.data!.reportEvent.event.code } });
    expect(await countRows("events")).toBe(before + 1);

    const different = await graphql(api, REPORT, { input: { ...input, title: "井盖破损" } });
    expect(different.errors![0]!.extensions).toMatchObject({ code: "CONFLICT", field: "input.idempotencyKey" });
    expect(await countRows("events")).toBe(before + 1);
  });

  it("writes one event when ten resends of one key arrive at once", async () => {
    const input = newEvent({ idempotencyKey: "phone-7f3a-0002" });
    const before = await countRows("events");
    const results = await Promise.all(Array.from({ length: 10 }, () => graphql(api, REPORT, { input })));
    expect(results.every((r) => r.errors === undefined)).toBe(true);
    expect(new Set(results.map((r) => r.data!.reportEvent.event.id)).size).toBe(1);
    expect(results.filter((r) => !r.data!.reportEvent.replayed)).toHaveLength(1);
    expect(await countRows("events")).toBe(before + 1);
  });

  it("forgets keys older than the retention, so only recent resends are replayed", async () => {
    const input = newEvent({ idempotencyKey: "phone-7f3a-old" });
    const first = await graphql(api, REPORT, { input });
    await sql.query("UPDATE idempotency_keys SET created_at = now() - interval '73 hours' WHERE key = 'phone-7f3a-old'");
    const recent = await graphql(api, REPORT, { input: newEvent({ idempotencyKey: "phone-7f3a-recent" }) });
    expect(await forgetOldKeys(api.databases.governance, 72)).toBeGreaterThanOrEqual(1);
    const { rows } = await sql.query("SELECT key FROM idempotency_keys WHERE key LIKE 'phone-7f3a-%'");
    expect(rows.map((r) => r.key)).not.toContain("phone-7f3a-old");
    expect(rows.map((r) => r.key)).toContain("phone-7f3a-recent");
    const late = await graphql(api, REPORT, { input });
    expect(late.data!.reportEvent.replayed).toBe(false);
    expect(late.data!.reportEvent.event.id).not.toBe(first.data!.reportEvent.event.id);
    expect(recent.errors).toBeUndefined();
  });

  it("validates input before writing, naming the field at fault", async () => {
    const before = await countRows("events");
    const cases: [Record<string, unknown>, string][] = [
      [{ title: "x".repeat(201) }, "input.title"],
      [{ title: "   " }, "input.title"],
      [{ gridCode: "42068300100" }, "input.gridCode"],
      [{ location: { lat: 39.9, lng: 116.4 } }, "input.location"],
      [{ reporterPhone: "12345" }, "input.reporterPhone"],
      [{ idempotencyKey: "has spaces" }, "input.idempotencyKey"],
      [{ gridCode: "420683999999999" }, "input.gridCode"],
      // 100 telephones with variation selectors: 200 code points, as PostgreSQL counts them.
      [{ title: "☎️".repeat(101) }, "input.title"],
    ];
    for (const [override, field] of cases) {
      const res = await graphql(api, REPORT, { input: newEvent(override) });
      expect(res.data).toBeNull();
      expect(res.errors![0]!.extensions, JSON.stringify(override)).toMatchObject({ code: "BAD_USER_INPUT", field });
      expect(res.errors![0]!.message).not.toMatch(/insert|select|violates/i);
    }
    const fits = await graphql(api, REPORT, { input: newEvent({ title: "☎️".repeat(100) }) });
    expect(fits.errors).toBeUndefined();
    const badEnum = await graphql(api, REPORT, { input: newEvent({ category: "ALIENS" }) });
    expect(badEnum.errors![0]!.extensions!.code).toBe("BAD_USER_INPUT");
    expect(await countRows("events")).toBe(before + 1);
  });

  it("treats an optional field sent as null and one left out as the same resend", async () => {
    const first = await graphql(api, REPORT, { input: newEvent({ idempotencyKey: "phone-7f3a-nulls", reporterName: null, location: null }) });
    const again = await graphql(api, REPORT, { input: newEvent({ idempotencyKey: "phone-7f3a-nulls", location: undefined }) });
    expect(again.data!.reportEvent).toMatchObject({ replayed: true, event: { id: first.data!.reportEvent.event.id } });
  });
});

describe("transitionEvent: the lifecycle state machine", () => {
  it("walks REPORTED → ACCEPTED → ASSIGNED → IN_PROGRESS → RESPONDED → VERIFIED → CLOSED, recording who, when and why", async () => {
    let event = await report();
    const steps: [string, string, Record<string, unknown>][] = [
      ["ACCEPT", "ACCEPTED", {}],
      ["ASSIGN", "ASSIGNED", { department: "城管局", workerId: grid.workerId, note: "请城管局处置" }],
      ["START", "IN_PROGRESS", {}],
      ["RESPOND", "RESPONDED", { note: "已更换灯泡" }],
      ["VERIFY", "VERIFIED", {}],
      ["CLOSE", "CLOSED", { note: "办结" }],
    ];
    for (const [action, status, extra] of steps) {
      const res = await step(event, action, extra, `actor-${action}`);
      expect(res.errors, action).toBeUndefined();
      const next = res.data!.transitionEvent.event;
      expect(next).toMatchObject({ status, version: event.version + 1 });
      event = next;
    }
    expect(event).toMatchObject({ assignedDepartment: "城管局", gridWorker: { id: grid.workerId }, allowedActions: [] });
    expect(event.closedAt).not.toBeNull();
    expect(event.history.map((h: { action: string }) => h.action)).toEqual(["REPORT", "ACCEPT", "ASSIGN", "START", "RESPOND", "VERIFY", "CLOSE"]);
    expect(event.history[2]).toMatchObject({ fromStatus: "ACCEPTED", toStatus: "ASSIGNED", actor: "actor-ASSIGN", note: "请城管局处置" });
  });

  it("reopens a verified event whose check failed, and rejects from the early states only", async () => {
    let event = await report();
    for (const [action, extra] of [["ACCEPT", {}], ["ASSIGN", { department: "水务局" }], ["START", {}], ["RESPOND", {}], ["VERIFY", {}]] as const) {
      event = (await step(event, action, extra)).data!.transitionEvent.event;
    }
    const noNote = await step(event, "REOPEN");
    expect(noNote.errors![0]!.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.note" });
    const reopened = (await step(event, "REOPEN", { note: "现场核查仍漏水" })).data!.transitionEvent.event;
    expect(reopened).toMatchObject({ status: "IN_PROGRESS", allowedActions: ["RESPOND"] });

    for (const start of [[], ["ACCEPT"]]) {
      let early = await report();
      for (const action of start) early = (await step(early, action)).data!.transitionEvent.event;
      const rejected = await step(early, "REJECT", { note: "重复上报" });
      expect(rejected.data!.transitionEvent.event.status).toBe("REJECTED");
    }
  });

  it("refuses every illegal transition with CONFLICT listing the allowed actions", async () => {
    const allowed: Record<string, string[]> = {
      REPORTED: ["ACCEPT", "REJECT"],
      ACCEPTED: ["ASSIGN", "REJECT"],
      ASSIGNED: ["START"],
      IN_PROGRESS: ["RESPOND"],
      RESPONDED: ["VERIFY", "REOPEN"],
      VERIFIED: ["CLOSE", "REOPEN"],
      CLOSED: [],
    };
    const path = ["ACCEPT", "ASSIGN", "START", "RESPOND", "VERIFY", "CLOSE"];
    const extras: Record<string, Record<string, unknown>> = { ASSIGN: { department: "住建局" }, REJECT: { note: "n" }, REOPEN: { note: "n" } };
    let event = await report();
    for (let i = 0; ; i++) {
      for (const action of ["ACCEPT", "ASSIGN", "START", "RESPOND", "VERIFY", "CLOSE", "REJECT", "REOPEN"]) {
        if (allowed[event.status]!.includes(action)) continue;
        const res = await step(event, action, extras[action]);
        expect(res.errors![0]!.extensions, `${action} from ${event.status}`).toMatchObject({ code: "CONFLICT", status: event.status, allowedActions: allowed[event.status] });
      }
      const action = path[i];
      if (!action) break;
      event = (await step(event, action, extras[action])).data!.transitionEvent.event;
    }
    expect(event.status).toBe("CLOSED");
    expect(event.history).toHaveLength(7);
  });

  it("refuses a stale version with CONFLICT and the current version, writing nothing", async () => {
    const event = await report();
    const first = await step(event, "ACCEPT");
    expect(first.errors).toBeUndefined();
    const stale = await step(event, "REJECT", { note: "过时的页面" });
    expect(stale.errors![0]!.extensions).toMatchObject({ code: "CONFLICT", currentVersion: 2, status: "ACCEPTED" });
    const now = await graphql(api, `query($id: ID!) { node(id: $id) { ... on Event { status version history { action } } } }`, { id: event.id });
    expect(now.data!.node).toMatchObject({ status: "ACCEPTED", version: 2, history: [{ action: "REPORT" }, { action: "ACCEPT" }] });
  });

  it("costs a fixed number of statements, all in the governance database", async () => {
    const event = await report();
    const res = await graphql(api, `mutation($input: TransitionEventInput!) { transitionEvent(input: $input) { event { id status } } }`, { input: { eventId: event.id, action: "ACCEPT", expectedVersion: 1 } });
    // BEGIN, the locking SELECT, UPDATE … RETURNING, the history INSERT, COMMIT.
    expect(res.extensions!.queryStats).toEqual({ governance: { statements: 5, milliseconds: expect.any(Number) } });
    const reported = await graphql(api, REPORT, { input: newEvent() });
    // BEGIN, grid, service-level rule, code counter, INSERT event, INSERT history, COMMIT; then history and gridWorker reads.
    expect(reported.extensions!.queryStats!.governance!.statements).toBeLessThanOrEqual(9);
    expect(Object.keys(reported.extensions!.queryStats!)).toEqual(["governance"]);
  });

  it("lets exactly one of 20 concurrent handlers take the same step", async () => {
    const event = await report();
    const results = await Promise.all(Array.from({ length: 20 }, (_, i) => step(event, "ACCEPT", {}, `handler-${i}`)));
    expect(results.filter((r) => !r.errors)).toHaveLength(1);
    expect(results.filter((r) => r.errors?.[0]?.extensions?.code === "CONFLICT")).toHaveLength(19);
    const { rows } = await sql.query("SELECT count(*)::int AS n FROM event_transitions t JOIN events e ON e.id = t.event_id WHERE e.code = $1 AND t.action = 'ACCEPT'", [event.code]);
    expect(rows[0].n).toBe(1);
  });

  it("checks ASSIGN's assignee and refuses one on other steps", async () => {
    const event = (await step(await report(), "ACCEPT")).data!.transitionEvent.event;
    expect((await step(event, "ASSIGN")).errors![0]!.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.department" });
    const ghost = gid("GridWorker", 99999999);
    expect((await step(event, "ASSIGN", { workerId: ghost })).errors![0]!.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.workerId" });
    expect((await step(event, "ASSIGN", { workerId: event.id })).errors![0]!.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.workerId" });
    const fresh = await report();
    expect((await step(fresh, "ACCEPT", { department: "x" })).errors![0]!.extensions).toMatchObject({ code: "BAD_USER_INPUT" });
    const missing = await step({ id: gid("Event", 99999999), version: 1 }, "ACCEPT");
    expect(missing.errors![0]!.extensions!.code).toBe("NOT_FOUND");
    const huge = await step({ id: gid("Event", 2147483648), version: 1 }, "ACCEPT");
    expect(huge.errors![0]!.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.eventId" });
  });
});

const SUPERVISE = `mutation($input: SuperviseEventInput!) { superviseEvent(input: $input) { event { id status version supervisionLevel history { action note } } } }`;

describe("supervision (督办)", () => {
  it("supervises overdue open events only, lifts supervision, and lists them per street", async () => {
    const event = await report();
    const notOverdue = await graphql(api, SUPERVISE, { input: { eventId: event.id, expectedVersion: 1, level: "YELLOW_CARD" } });
    expect(notOverdue.errors![0]!.extensions!.code).toBe("CONFLICT");

    await sql.query("UPDATE events SET due_at = now() - interval '2 hours' WHERE code = $1", [event.code]);
    const supervised = await graphql(api, SUPERVISE, { input: { eventId: event.id, expectedVersion: 1, level: "YELLOW_CARD", note: "限期三日办结" } });
    expect(supervised.data!.superviseEvent.event).toMatchObject({ supervisionLevel: "YELLOW_CARD", version: 2 });
    expect(supervised.data!.superviseEvent.event.history.at(-1)).toMatchObject({ action: "SUPERVISE", note: "YELLOW_CARD: 限期三日办结" });

    // The whole ledger, page by page: how many seeded events are overdue depends on the day.
    const street = grid.code.slice(0, 9);
    const page = `query($d: String!, $after: String) { supervisionList(divisionCode: $d, first: 100, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { id status dueAt supervisionLevel } } } }`;
    const nodes: any[] = [];
    let totalCount = 0;
    for (let after: string | null = null; ; ) {
      const list: any = await graphql(api, page, { d: street, after });
      expect(list.errors).toBeUndefined();
      const { edges, pageInfo } = list.data.supervisionList;
      nodes.push(...edges.map((e: any) => e.node));
      totalCount = list.data.supervisionList.totalCount;
      if (!pageInfo.hasNextPage) break;
      after = pageInfo.endCursor;
    }
    expect(nodes).toHaveLength(totalCount);
    expect(nodes.map((n: any) => n.id)).toContain(event.id);
    const now = Date.now();
    for (const n of nodes) {
      expect(["CLOSED", "REJECTED"]).not.toContain(n.status);
      expect(Date.parse(n.dueAt) < now || n.supervisionLevel !== null).toBe(true);
    }
    const dues = nodes.map((n: any) => Date.parse(n.dueAt));
    expect(dues).toEqual([...dues].sort((a, b) => a - b));

    const lifted = await graphql(api, SUPERVISE, { input: { eventId: event.id, expectedVersion: 2, level: null, note: "已整改" } });
    expect(lifted.data!.superviseEvent.event).toMatchObject({ supervisionLevel: null, version: 3 });
    const again = await graphql(api, SUPERVISE, { input: { eventId: event.id, expectedVersion: 3, level: null } });
    expect(again.errors![0]!.extensions!.code).toBe("CONFLICT");
  });
});

const WHISTLE_FIELDS = "whistle { id blownByCode summons { department reportedAt action } } event { id version pendingDepartments whistles { id } history { action } }";

describe("吹哨报到: whistles and department reports", () => {
  it("summons departments, records each report once, and shows who has not reported", async () => {
    const event = await report();
    const blow = await graphql(
      api,
      `mutation($input: BlowWhistleInput!) { blowWhistle(input: $input) { ${WHISTLE_FIELDS} } }`,
      { input: { eventId: event.id, divisionCode: grid.code.slice(0, 9), departments: ["城管局", "住建局", "供电公司"], note: "路灯线路老化" } },
    );
    expect(blow.errors).toBeUndefined();
    const { whistle, event: blown } = blow.data!.blowWhistle;
    expect(blown.pendingDepartments).toEqual(["住建局", "供电公司", "城管局"].sort());
    expect(whistle.summons.every((s: any) => s.reportedAt === null)).toBe(true);

    const reportTo = (department: string, action = "已到场") =>
      graphql(api, `mutation($input: ReportToWhistleInput!) { reportToWhistle(input: $input) { ${WHISTLE_FIELDS} } }`, { input: { whistleId: whistle.id, department, action } });
    const first = await reportTo("供电公司", "更换线路");
    expect(first.data!.reportToWhistle.event.pendingDepartments).toEqual(["住建局", "城管局"].sort());
    expect(first.data!.reportToWhistle.whistle.summons.find((s: any) => s.department === "供电公司")).toMatchObject({ action: "更换线路" });
    expect((await reportTo("供电公司")).errors![0]!.extensions!.code).toBe("CONFLICT");
    expect((await reportTo("公安局")).errors![0]!.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.department" });
    const history = first.data!.reportToWhistle.event.history.map((h: any) => h.action);
    expect(history).toEqual(["REPORT", "WHISTLE", "WHISTLE_REPORT"]);
  });

  it("refuses a whistle from outside the event's street and a repeated department", async () => {
    const event = await report();
    const outside = await graphql(api, `mutation($input: BlowWhistleInput!) { blowWhistle(input: $input) { whistle { id } } }`, {
      input: { eventId: event.id, divisionCode: "420683999", departments: ["城管局"], note: "n" },
    });
    expect(outside.errors![0]!.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.divisionCode" });
    const repeated = await graphql(api, `mutation($input: BlowWhistleInput!) { blowWhistle(input: $input) { whistle { id } } }`, {
      input: { eventId: event.id, divisionCode: grid.communityCode, departments: ["城管局", "城管局"], note: "n" },
    });
    expect(repeated.errors![0]!.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.departments" });
  });
});

describe("mediation and risk assessment", () => {
  const MEDIATE = `mutation($input: RecordMediationInput!) { recordMediation(input: $input) { mediation { id outcome parties agreement event { id } } event { id mediations { id } } } }`;

  it("records a mediation of a dispute, and refuses other categories and agreements without terms", async () => {
    const dispute = await report({ category: "DISPUTE", title: "楼上漏水纠纷" });
    const input = { eventId: dispute.id, disputeType: "NEIGHBOUR", mediator: "李调解", parties: ["王某", "赵某"], outcome: "AGREEMENT", agreement: "楼上负责维修" };
    const ok = await graphql(api, MEDIATE, { input });
    expect(ok.errors).toBeUndefined();
    expect(ok.data!.recordMediation.event.mediations).toHaveLength(1);
    expect(ok.data!.recordMediation.mediation.event.id).toBe(dispute.id);

    const noTerms = await graphql(api, MEDIATE, { input: { ...input, agreement: null } });
    expect(noTerms.errors![0]!.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.agreement" });
    const onlyOne = await graphql(api, MEDIATE, { input: { ...input, parties: ["王某"] } });
    expect(onlyOne.errors![0]!.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.parties" });
    const notDispute = await graphql(api, MEDIATE, { input: { ...input, eventId: (await report()).id } });
    expect(notDispute.errors![0]!.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.eventId" });
  });

  it("assesses a community's risk linking its own events only", async () => {
    const linked = await report();
    const ASSESS = `mutation($input: AssessRiskInput!) { assessRisk(input: $input) { riskAssessment { id level communityCode linkedEvents { id } } } }`;
    const input = { communityCode: grid.communityCode, topic: "冬季用电安全", level: "MEDIUM", measures: "逐户排查", linkedEventIds: [linked.id] };
    const ok = await graphql(api, ASSESS, { input });
    expect(ok.data!.assessRisk.riskAssessment).toMatchObject({ level: "MEDIUM", linkedEvents: [{ id: linked.id }] });

    const before = await countRows("risk_assessments");
    const otherCommunity = await graphql(api, ASSESS, { input: { ...input, communityCode: "420683001001" } });
    expect(otherCommunity.errors![0]!.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.linkedEventIds" });
    const noCommunity = await graphql(api, ASSESS, { input: { ...input, communityCode: "420683001999", linkedEventIds: [] } });
    expect(noCommunity.errors![0]!.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.communityCode" });
    expect(await countRows("risk_assessments")).toBe(before);
  });
});
