import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { maskAddress, maskContactsIn, maskIdNumber, maskName, maskPhone } from "../src/auth/masking.js";
import type { RunningApi } from "../src/server/app.js";
import { post, startTestApi } from "./support/api.js";
import { gid, rowId } from "./support/global-id.js";
import { liveClient, subscribe } from "./support/live.js";
import { TcpProxy } from "./support/tcp-proxy.js";
import { tokenHeaders as token } from "./support/tokens.js";

let api: RunningApi;
let registry: pg.Pool;
let governance: pg.Pool;
let worker: { id: string; grid: string; phone: string };
let event: { id: string; address: string };

beforeAll(async () => {
  api = await startTestApi();
  const urls = inject("databaseUrls");
  registry = new pg.Pool({ connectionString: urls.registry, max: 2 });
  governance = new pg.Pool({ connectionString: urls.governance, max: 2 });
  const w = (await governance.query("SELECT id, grid_code, phone FROM grid_workers WHERE phone IS NOT NULL AND grid_code LIKE '420683001%' ORDER BY id LIMIT 1")).rows[0];
  worker = { id: gid("GridWorker", w.id), grid: w.grid_code, phone: w.phone };
  const e = (await governance.query("SELECT id, address FROM events WHERE grid_code = $1 AND address ~ '[0-9]' ORDER BY id LIMIT 1", [w.grid_code])).rows[0];
  event = { id: gid("Event", e.id), address: e.address };
});
afterAll(async () => {
  await Promise.all([registry?.end(), governance?.end()]);
  await api?.stop();
});

const ask = async (query: string, variables: Record<string, unknown>, headers: Record<string, string> = {}) => (await post(api, { query, variables }, headers)).body;
const READ = `query Dossier($w: ID!, $e: ID!) { w: node(id: $w) { ... on GridWorker { phone } } e: node(id: $e) { ... on Event { address } } }`;

describe("masking", () => {
  it("masks the way the personal-information rules expect", () => {
    expect(maskPhone("13812345678")).toBe("138****5678");
    expect(maskIdNumber("420683199001011234")).toBe("4206**********1234");
    expect(maskAddress("解放路120号和谐家园3栋")).toBe("解放路…");
    expect(maskName("王小明")).toBe("王**");
    expect(maskContactsIn("电话13812345678或0710-1234567，证件42068319900101123X，编号SJ-20261123-0001")).toBe("电话138****5678或0710-1234567，证件4206**********123X，编号SJ-20261123-0001");
  });

  it("masks phones and exact addresses by default, for roles without pii:read; the public does not see these rows at all", async () => {
    for (const headers of [await token({ subject: "a-1", role: "admin" }), await token({ subject: "s-1", role: "street_officer", jurisdiction: "420683001" })]) {
      const { data, errors } = await ask(READ, { w: worker.id, e: event.id }, headers);
      expect(errors).toBeUndefined();
      expect(data.w.phone).toBe(maskPhone(worker.phone));
      expect(data.e.address).toBe(maskAddress(event.address));
    }
    expect((await ask(READ, { w: worker.id, e: event.id })).data).toEqual({ w: null, e: null });
  });

  it("unmasks inside the caller's jurisdiction with pii:read, writing every unmasked read to the audit log", async () => {
    const headers = { ...(await token({ subject: "officer-audit-1", role: "street_officer", jurisdiction: "420683001", scopes: ["pii:read"] })), "x-purpose": encodeURIComponent("核实群众诉求") };
    const { data } = await ask(READ, { w: worker.id, e: event.id }, headers);
    expect(data).toEqual({ w: { phone: worker.phone }, e: { address: event.address } });
    const { rows } = await registry.query("SELECT subject, role, operation, entity, entity_id, field, purpose FROM audit_log WHERE subject = 'officer-audit-1' ORDER BY field");
    expect(rows).toEqual([
      { subject: "officer-audit-1", role: "street_officer", operation: "Dossier", entity: "Event", entity_id: event.id, field: "address", purpose: "核实群众诉求" },
      { subject: "officer-audit-1", role: "street_officer", operation: "Dossier", entity: "GridWorker", entity_id: worker.id, field: "phone", purpose: "核实群众诉求" },
    ]);
  });

  it("keeps masking outside the caller's jurisdiction and for analysts, and writes no audit record for masked reads", async () => {
    for (const headers of [
      await token({ subject: "admin-elsewhere", role: "admin", jurisdiction: "420683002", scopes: ["pii:read"] }),
      await token({ subject: "analyst-pii", role: "analyst", scopes: ["pii:read"] }),
    ]) {
      const { data } = await ask(READ, { w: worker.id, e: event.id }, headers);
      expect(data.w.phone).toBe(maskPhone(worker.phone));
      expect(data.e.address).toBe(maskAddress(event.address));
    }
    const { rows } = await registry.query("SELECT 1 FROM audit_log WHERE subject IN ('admin-elsewhere', 'analyst-pii')");
    expect(rows).toHaveLength(0);
  });

  it("masks who reported or ordered (name and phone) on events, service orders and micro-wishes, and audits each unmasked read", async () => {
    const urls = inject("databaseUrls");
    const civic = new pg.Pool({ connectionString: urls.civic, max: 1 });
    try {
      const e = (await governance.query("SELECT id, reporter_name, reporter_phone FROM events WHERE reporter_phone IS NOT NULL AND grid_code LIKE '420683001%' ORDER BY id LIMIT 1")).rows[0];
      const d = (await civic.query("SELECT id, resident_name, resident_phone FROM demands WHERE resident_phone IS NOT NULL AND community_code LIKE '420683001%' ORDER BY id LIMIT 1")).rows[0];
      const query = `query Callback($e: ID!, $d: ID!) { e: node(id: $e) { ... on Event { reporterName reporterPhone } } d: node(id: $d) { ... on Demand { residentName residentPhone } } }`;
      const vars = { e: gid("Event", e.id), d: gid("Demand", d.id) };
      const masked = await ask(query, vars, await token({ subject: "so-callback-0", role: "street_officer", jurisdiction: "420683001" }));
      expect(masked.data).toEqual({
        e: { reporterName: maskName(e.reporter_name), reporterPhone: maskPhone(e.reporter_phone) },
        d: { residentName: maskName(d.resident_name), residentPhone: maskPhone(d.resident_phone) },
      });
      const full = await ask(query, vars, await token({ subject: "so-callback-1", role: "street_officer", jurisdiction: "420683001", scopes: ["pii:read"] }));
      expect(full.data).toEqual({ e: { reporterName: e.reporter_name, reporterPhone: e.reporter_phone }, d: { residentName: d.resident_name, residentPhone: d.resident_phone } });
      const { rows } = await registry.query("SELECT entity, field FROM audit_log WHERE subject = 'so-callback-1' ORDER BY entity, field");
      expect(rows).toEqual([
        { entity: "Demand", field: "residentName" },
        { entity: "Demand", field: "residentPhone" },
        { entity: "Event", field: "reporterName" },
        { entity: "Event", field: "reporterPhone" },
      ]);
    } finally {
      await civic.end();
    }
  });

  it("places rows without a place of their own by their parent: a booking by its venue, a mediation's parties by its event", async () => {
    const party = new pg.Pool({ connectionString: inject("databaseUrls").party, max: 1 });
    try {
      const inside = (await party.query("SELECT b.id, b.booker_phone FROM venue_bookings b JOIN venues v ON v.id = b.venue_id WHERE v.community_code LIKE '420683001%' AND b.booker_phone IS NOT NULL ORDER BY b.id LIMIT 1")).rows[0];
      const outside = (await party.query("SELECT b.id, b.booker_phone FROM venue_bookings b JOIN venues v ON v.id = b.venue_id WHERE v.community_code NOT LIKE '420683001%' AND b.booker_phone IS NOT NULL ORDER BY b.id LIMIT 1")).rows[0];
      const mediation = (await governance.query("SELECT m.id, m.parties FROM mediations m JOIN events e ON e.id = m.event_id WHERE e.grid_code LIKE '420683001%' ORDER BY m.id LIMIT 1")).rows[0];
      const query = `query($a: ID!, $b: ID!, $m: ID!) { a: node(id: $a) { ... on VenueBooking { bookerPhone } } b: node(id: $b) { ... on VenueBooking { bookerPhone } } m: node(id: $m) { ... on Mediation { parties } } }`;
      const variables = { a: gid("VenueBooking", inside.id), b: gid("VenueBooking", outside.id), m: gid("Mediation", mediation.id) };
      const allowed = await ask(query, variables, await token({ subject: "officer-parents", role: "admin", jurisdiction: "420683001", scopes: ["pii:read"] }));
      expect(allowed.errors).toBeUndefined();
      expect(allowed.data).toEqual({ a: { bookerPhone: inside.booker_phone }, b: { bookerPhone: maskPhone(outside.booker_phone) }, m: { parties: mediation.parties } });
      const { rows } = await registry.query("SELECT entity, entity_id, field FROM audit_log WHERE subject = 'officer-parents' ORDER BY entity");
      expect(rows).toEqual([
        { entity: "Mediation", entity_id: variables.m, field: "parties" },
        { entity: "VenueBooking", entity_id: variables.a, field: "bookerPhone" },
      ]);
      const masked = await ask(query, variables, await token({ subject: "officer-no-pii", role: "admin" }));
      expect(masked.data.m.parties).toEqual(mediation.parties.map(maskName));
      expect(masked.data.a.bookerPhone).toBe(maskPhone(inside.booker_phone));
    } finally {
      await party.end();
    }
  });

  it("masks over WebSocket too, and audits unmasked subscription items", async () => {
    const grid = worker.grid;
    const query = `subscription { eventChanged(filter: { gridCode: "${grid}" }) { event { id address } } }`;
    const masked = liveClient(api);
    const unmasked = liveClient(api, { ...(await token({ subject: "officer-live", role: "street_officer", jurisdiction: "420683001", scopes: ["pii:read"] })), "x-purpose": "dispatch" });
    const a = subscribe(masked, query);
    const b = subscribe(unmasked, query);
    await a.settle(300);
    await governance.query("UPDATE events SET title = title || '' WHERE id = $1", [rowId(event.id)]);
    const [[fromAdmin], [fromOfficer]] = await Promise.all([a.waitFor(1), b.waitFor(1)]);
    expect(fromAdmin.event.address).toBe(maskAddress(event.address));
    expect(fromOfficer.event.address).toBe(event.address);
    const { rows } = await registry.query("SELECT field, purpose FROM audit_log WHERE subject = 'officer-live'");
    expect(rows).toEqual([{ field: "address", purpose: "dispatch" }]);
    await Promise.all([masked.dispose(), unmasked.dispose()]);
  });
});

describe("auditLog", () => {
  it("lists the records for administrators only", async () => {
    const list = `query($f: AuditLogFilter) { auditLog(first: 10, filter: $f) { totalCount edges { node { subject role operation entity field purpose } } } }`;
    const admin = await token({ subject: "admin-1", role: "admin" });
    const { data } = await ask(list, { f: { subject: "officer-audit-1" } }, admin);
    expect(data.auditLog.totalCount).toBe(2);
    expect(data.auditLog.edges.map((e: any) => e.node.field).sort()).toEqual(["address", "phone"]);
    const cases: [Record<string, string>, string][] = [
      [{}, "UNAUTHENTICATED"],
      [await token({ subject: "s-2", role: "street_officer", jurisdiction: "420683001", scopes: ["pii:read"] }), "FORBIDDEN"],
    ];
    for (const [headers, code] of cases) {
      const refused = await ask(list, {}, headers);
      expect(refused.errors?.[0]?.extensions.code).toBe(code);
      expect(refused.data).toBeNull();
    }
  });
});

describe("when the audit log cannot be written", () => {
  it("returns no personal data in full: the read fails with SOURCE_UNAVAILABLE instead", async () => {
    const proxy = new TcpProxy(inject("databaseUrls").registry);
    await proxy.up();
    const guarded = await startTestApi({ registry: proxy.url });
    try {
      const headers = await token({ subject: "officer-no-audit", role: "street_officer", jurisdiction: "420683001", scopes: ["pii:read"] });
      await proxy.down();
      const { status, body } = await post(guarded, { query: READ, variables: { w: worker.id, e: event.id } }, headers);
      expect(status).toBe(503);
      expect(body.data).toBeUndefined();
      expect(body.errors?.[0]?.extensions).toEqual({ code: "SOURCE_UNAVAILABLE", source: "registry" });
      expect(JSON.stringify(body)).not.toContain(worker.phone);
    } finally {
      await proxy.up();
      await guarded.stop();
      await proxy.down();
    }
  });
});

