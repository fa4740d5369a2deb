/**
 * Deterministic demo data for the four source databases: a county-level city (宜城市, code
 * 420683) with its streets, communities and grids, party work, civilisation practice and
 * governance events. The same (scale, seed, referenceDate) always produces the same rows.
 * Every time is placed relative to the reference date, the load time unless given, so the
 * city is alive on the day it is loaded: events reported this morning, some overdue and some
 * due soon, activities this week, rooms booked today.
 *
 * Rows are generated community by community and written in multi-row batches; each
 * database has its own write queue, so the four databases load in parallel while the next
 * community is being generated.
 */
import { getTableColumns, getTableName, is, sql } from "drizzle-orm";
import type { NodePgDatabase } from "drizzle-orm/node-postgres";
import type pg from "pg";
import { PgTable } from "drizzle-orm/pg-core";
import type { SourceDatabases } from "../sources/index.js";
import * as civic from "../sources/civic/tables.js";
import * as governance from "../sources/governance/tables.js";
import * as party from "../sources/party/tables.js";
import * as registry from "../sources/registry/tables.js";
import * as N from "./names.js";
import { startOfLocalDay } from "../sources/common/local-time.js";
import { Random } from "./random.js";

export const DEFAULT_SEED = 20261123;

export interface DemoOptions {
  scale: number;
  seed?: number;
  /** "Now" for the data: everything is placed relative to it. Defaults to the moment of loading. */
  referenceDate?: Date | string;
}

export interface DemoSummary {
  scale: number;
  seed: number;
  referenceDate: string;
  /** Row count per table, keyed `source.table`. */
  tables: Record<string, number>;
  totalRows: number;
  elapsedMs: number;
}

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const MINUTE = 60_000;
const CST = 8 * HOUR; // China Standard Time offset
const PROVINCE_CITY_COUNTY = "420683";
const CITY_CODE = `${PROVINCE_CITY_COUNTY}000000`;
const CITY_CENTRE = { lat: 31.72, lng: 112.26 };
/** Postgres allows 65,535 bind parameters per statement. */
const MAX_PARAMS = 60_000;
const MAX_CHUNK_ROWS = 5_000;
const FLUSH_THRESHOLD_ROWS = 20_000;
const WRITE_CONCURRENCY = 2;

// ---------------------------------------------------------------------------------------------
// Batched writer
// ---------------------------------------------------------------------------------------------

type Row = Record<string, unknown>;

/** Buffers rows per table and writes them in dependency order, in batches, on one queue per database. */
class Sink {
  private readonly buffers = new Map<PgTable, Row[]>();
  private buffered = 0;
  private inFlight = 0;
  private pending: Promise<void> = Promise.resolve();
  private error: unknown;

  constructor(
    private readonly pool: pg.Pool,
    readonly tables: readonly PgTable[],
  ) {
    for (const table of tables) this.buffers.set(table, []);
  }

  push<T extends PgTable>(table: T, row: T["$inferInsert"]): void {
    const buffer = this.buffers.get(table);
    if (!buffer) throw new Error(`table ${getTableName(table)} is not part of this sink`);
    buffer.push(row as Row);
    this.buffered++;
  }

  /** Schedules a write of everything buffered; waits only when the queue is backed up. */
  async maybeFlush(): Promise<void> {
    this.throwIfFailed();
    if (this.buffered < FLUSH_THRESHOLD_ROWS) return;
    this.flush();
    if (this.inFlight > 1) await this.pending;
    this.throwIfFailed();
  }

  async drain(): Promise<void> {
    this.flush();
    await this.pending;
    this.throwIfFailed();
  }

  private flush(): void {
    if (this.buffered === 0) return;
    const batches: [PgTable, Row[]][] = [];
    for (const table of this.tables) {
      const rows = this.buffers.get(table) as Row[];
      if (rows.length > 0) batches.push([table, rows]);
      this.buffers.set(table, []);
    }
    this.buffered = 0;
    this.inFlight++;
    this.pending = this.pending
      .then(async () => {
        if (this.error) return;
        for (const [table, rows] of batches) await this.write(table, rows);
      })
      .catch((error: unknown) => {
        this.error ??= error;
      })
      .finally(() => {
        this.inFlight--;
      });
  }

  /**
   * One multi-row INSERT per chunk. Values go through each drizzle column's own driver mapping
   * (dates, numerics, arrays), but the statement text is assembled here: drizzle's query
   * builder takes about ten times longer than the database itself on batches this size.
   */
  private async write(table: PgTable, rows: Row[]): Promise<void> {
    const columns = Object.entries(getTableColumns(table));
    const head = `INSERT INTO "${getTableName(table)}" (${columns.map(([, c]) => `"${c.name}"`).join(", ")}) VALUES `;
    const size = Math.max(1, Math.min(MAX_CHUNK_ROWS, Math.floor(MAX_PARAMS / columns.length)));
    const statements: { text: string; params: unknown[] }[] = [];
    for (let i = 0; i < rows.length; i += size) {
      const params: unknown[] = [];
      const tuples: string[] = [];
      for (const row of rows.slice(i, i + size)) {
        const slots: string[] = [];
        for (const [key, column] of columns) {
          const value = row[key];
          if (value === undefined) slots.push("DEFAULT");
          else if (value === null) slots.push("NULL");
          else {
            params.push(column.mapToDriverValue(value));
            slots.push(`$${params.length}`);
          }
        }
        tuples.push(`(${slots.join(",")})`);
      }
      statements.push({ text: head + tuples.join(","), params });
    }
    // Chunks of one table are independent: two at a time keeps a second server core busy.
    for (let i = 0; i < statements.length; i += WRITE_CONCURRENCY) {
      await Promise.all(statements.slice(i, i + WRITE_CONCURRENCY).map((s) => this.pool.query(s.text, s.params)));
    }
  }

  private throwIfFailed(): void {
    if (this.error) throw this.error;
  }
}

const tablesOf = (module: Record<string, unknown>): PgTable[] => Object.values(module).filter((v): v is PgTable => is(v, PgTable));
/** Tables the demo data never empties: configuration (filled by migrations) and the audit trail. */
const KEPT: ReadonlySet<PgTable> = new Set([governance.serviceLevelRules, registry.auditLog]);

/** Insert order (parents first) per source. */
const ORDER = {
  registry: [registry.divisions, registry.departmentGrants],
  party: [
    party.partyOrganizations,
    party.partyMembers,
    party.servicePosts,
    party.servicePostClaims,
    party.microWishes,
    party.venues,
    party.venueBookings,
    party.redStations,
    party.deliberations,
    party.propertyCompanies,
    party.residentialCompounds,
    party.propertyRatings,
    party.jointMeetings,
  ],
  civic: [civic.practiceSites, civic.volunteerTeams, civic.volunteers, civic.activities, civic.enrolments, civic.demands],
  governance: [
    governance.grids,
    governance.gridWorkers,
    governance.events,
    governance.eventTransitions,
    governance.whistles,
    governance.whistleDepartments,
    governance.mediations,
    governance.riskAssessments,
  ],
} as const;

const MODULES = { registry, party, civic, governance } as const;
type Source = keyof typeof MODULES;
const SOURCES: readonly Source[] = ["registry", "party", "civic", "governance"];

// ---------------------------------------------------------------------------------------------
// Small helpers
// ---------------------------------------------------------------------------------------------

const pad = (n: number, width: number) => String(n).padStart(width, "0");
/** Local (UTC+8) calendar date of an instant, as YYYY-MM-DD. */
const localDate = (ms: number) => new Date(ms + CST).toISOString().slice(0, 10);
const round1 = (x: number) => Math.round(x * 10) / 10;
const round6 = (x: number) => Math.round(x * 1e6) / 1e6;

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const ID_CHECK = "10X98765432";

/** ISO 7064 MOD 11-2 check character of the first 17 digits of a national ID number. */
export function idCheckCharacter(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * (ID_WEIGHTS[i] as number);
  return ID_CHECK[sum % 11] as string;
}

const PHONE_PREFIXES = ["138", "139", "137", "136", "135", "158", "159", "150", "151", "152", "186", "187", "188", "189", "133", "153", "177", "180", "181", "199"];

interface Person {
  name: string;
  idNumber: string;
  gender: "M" | "F";
  birthDate: string;
  phone: string;
}

interface GridInfo {
  code: string;
  name: string;
  lat: number;
  lng: number;
  road: string;
  compound: string;
  workers: { id: number; person: Person; leader: boolean }[];
}

interface PropertyCompanyPlan {
  id: number;
  name: string;
  creditCode: string;
  streetCode: string;
  /** Where its party branch (if it has one) is attached. */
  communityCode: string;
  phone: string;
  /** 0 to 2: how well residents rate it. */
  quality: number;
  hasOrganization: boolean;
  liaisonMemberId: number | null;
}

const PROPERTY_BRANDS = ["安居", "康居", "恒信", "惠民", "和美", "锦程", "城建", "红润"] as const;
const PROPERTY_KINDS = ["物业服务有限公司", "物业管理有限公司", "物业发展有限公司", "社区服务有限公司"] as const;
const PROPERTY_COMMENTS = ["保洁及时，楼道干净", "门岗管理规范", "电梯维修不够及时", "绿化养护到位", "停车管理有待改进", "报修响应快，点赞", "垃圾清运不及时"] as const;
const JOINT_MEETING_TOPICS = ["小区停车位规划", "电梯加装与维保", "物业费收缴与公示", "老旧小区改造施工协调", "垃圾分类投放点设置", "楼道堆物清理", "二次供水设施维护", "公共收益使用公示"] as const;
const JOINT_MEETING_RESOLUTIONS = [
  "物业公司一周内完成楼道堆物清理，社区跟踪督办",
  "业委会牵头征求业主意见，下次会议表决",
  "公共收益收支每季度张榜公示",
  "社区协调街道城管中队规范周边停车",
  "物业公司增设夜间巡逻一班",
  "电梯维保单位每月公示维保记录",
] as const;

interface CommunityPlan {
  code: string;
  name: string;
  urbanRuralClass: number;
  lat: number;
  lng: number;
  redStations: number;
}

interface UnitPlan {
  code: string;
  name: string;
  lat: number;
  lng: number;
  communities: CommunityPlan[];
}

interface EventInfo {
  id: number;
  code: string;
  reportedAt: number;
  category: string;
}

const EVENT_STATUSES = ["REPORTED", "ACCEPTED", "ASSIGNED", "IN_PROGRESS", "RESPONDED", "VERIFIED", "CLOSED"] as const;
const EVENT_ACTIONS = ["REPORT", "ACCEPT", "ASSIGN", "START", "RESPOND", "VERIFY", "CLOSE"] as const;
/** Cumulative share of the handling time at which each step happens. */
const EVENT_STEP_SHARE = [0, 0.05, 0.15, 0.3, 0.75, 0.9, 1];
const DUE_HOURS = { CRITICAL: 4, HIGH: 24, NORMAL: 72, LOW: 168 } as const;

type Category = (typeof civic.activityCategory.enumValues)[number];
type EventStatus = (typeof governance.eventStatus.enumValues)[number];

// ---------------------------------------------------------------------------------------------
// Generator
// ---------------------------------------------------------------------------------------------

class Generator {
  private readonly rng: Random;
  /** The reference instant: what lies before it has happened. */
  private readonly ref: number;
  /** Local midnight of the reference day: day-based times (bookings, activities, meetings) count from it. */
  private readonly today: number;
  private readonly idNumbers = new Set<string>();
  private readonly eventSeqByDay = new Map<string, number>();
  /** 红色物业 draws from a stream of its own, so the rest of the demo city stays as it was without it. */
  private readonly propertyRng: Random;
  private readonly property = { company: 0, compound: 0, rating: 0, meeting: 0 };
  /** Each street's property companies, created as its communities need them; their party organisations are written last (see `propertyCompanies`). */
  private readonly companiesByStreet = new Map<string, PropertyCompanyPlan[]>();
  private readonly ids = {
    org: 0, member: 0, post: 0, claim: 0, wish: 0, venue: 0, booking: 0, station: 0, deliberation: 0,
    site: 0, team: 0, volunteer: 0, activity: 0, enrolment: 0, demand: 0,
    worker: 0, event: 0, transition: 0, whistle: 0, whistleDept: 0, mediation: 0, risk: 0,
  };

  constructor(
    private readonly sinks: Record<Source, Sink>,
    private readonly scale: number,
    seed: number,
    reference: Date,
  ) {
    this.rng = new Random(seed);
    this.propertyRng = new Random(seed + 0x7e1);
    this.ref = reference.getTime();
    this.today = startOfLocalDay(reference).getTime();
  }

  // --- people -------------------------------------------------------------------------------

  private personName(gender: "M" | "F"): string {
    const r = this.rng;
    const given = gender === "M" ? N.GIVEN_MALE : N.GIVEN_FEMALE;
    return r.pick(N.SURNAMES) + r.pick(given) + (r.chance(0.7) ? r.pick(given) : "");
  }

  private anyName(): string {
    return this.personName(this.rng.chance(0.5) ? "M" : "F");
  }

  phone(r: Random = this.rng): string {
    let s = r.pick(PHONE_PREFIXES);
    for (let i = 0; i < 8; i++) s += String(r.int(0, 9));
    return s;
  }

  private person(minAge: number, maxAge: number): Person {
    const r = this.rng;
    const gender: "M" | "F" = r.chance(0.5) ? "M" : "F";
    const refYear = new Date(this.ref + CST).getUTCFullYear();
    const year = refYear - r.int(minAge, maxAge);
    const birthDate = `${year}-${pad(r.int(1, 12), 2)}-${pad(r.int(1, 28), 2)}`;
    const digits = birthDate.replaceAll("-", "");
    let idNumber = "";
    for (;;) {
      let seq = r.int(0, 999);
      if ((seq % 2 === 1) !== (gender === "M")) seq = (seq + 1) % 1000;
      const first17 = PROVINCE_CITY_COUNTY + digits + pad(seq, 3);
      idNumber = first17 + idCheckCharacter(first17);
      if (!this.idNumbers.has(idNumber)) break;
    }
    this.idNumbers.add(idNumber);
    return { name: this.personName(gender), idNumber, gender, birthDate, phone: this.phone() };
  }

  private dateOnly(ms: number): string {
    return localDate(ms);
  }

  // --- geography ----------------------------------------------------------------------------

  private plan(): UnitPlan[] {
    const r = this.rng;
    const regular = 4 * this.scale - 1;
    const seqs: number[] = [];
    for (let i = 0; i < regular; i++) {
      let seq = i < 99 ? i + 1 : 100 + (i - 99);
      if (seq >= 400) seq += 1; // 400 is the development zone
      if (seq > 599) throw new Error(`scale ${this.scale} needs more street-level units than one county code holds`);
      seqs.push(seq);
    }
    seqs.splice(Math.min(3, seqs.length), 0, 400);
    const communityNameUse = new Map<string, number>();
    const variants = ["", "东", "西", "南", "北", "中", "新"];
    const nameCommunity = (): string => {
      const base = r.pick(N.COMMUNITY_NAMES);
      const used = communityNameUse.get(base) ?? 0;
      communityNameUse.set(base, used + 1);
      const v = used < variants.length ? (variants[used] as string) : String(used - variants.length + 2);
      return v === "新" ? `新${base}` : base + v;
    };
    let streetNo = 0;
    let townNo = 0;
    const units: UnitPlan[] = [];
    seqs.forEach((seq, u) => {
      const code = `${PROVINCE_CITY_COUNTY}${pad(seq, 3)}`;
      let name: string;
      if (seq === 400) name = N.ZONE_NAME;
      else if (seq < 100) name = N.STREET_NAMES[streetNo++] ?? `${N.COMMUNITY_NAMES[streetNo % N.COMMUNITY_NAMES.length]}${Math.floor(streetNo / N.COMMUNITY_NAMES.length) || ""}街道`;
      else if (seq < 200) name = N.TOWN_NAMES[townNo++] ?? `${N.COMMUNITY_NAMES[(townNo * 7) % N.COMMUNITY_NAMES.length]}${Math.floor(townNo / N.COMMUNITY_NAMES.length) || ""}镇`;
      else name = `${N.COMMUNITY_NAMES[(seq * 11) % N.COMMUNITY_NAMES.length]}${seq}乡`;
      const angle = u * 2.39996;
      const radius = u === 0 ? 0 : 0.014 + 0.016 * Math.sqrt(u);
      const lat = CITY_CENTRE.lat + radius * Math.sin(angle) + r.float(-0.003, 0.003);
      const lng = CITY_CENTRE.lng + radius * Math.cos(angle) * 1.15 + r.float(-0.003, 0.003);
      const count = seq === 400 ? 6 : ([9, 8, 8][u % 3] as number);
      const communities: CommunityPlan[] = [];
      for (let c = 0; c < count; c++) {
        const town = seq >= 100 && seq !== 400;
        const cls = town ? (c < count / 2 ? 121 : 122) : seq === 400 ? 112 : c < count * 0.6 ? 111 : 112;
        const a = c * 2.39996 + u;
        const rad = 0.0035 * Math.sqrt(c + 1);
        communities.push({
          code: `${code}${pad(c + 1, 3)}`,
          name: nameCommunity(),
          urbanRuralClass: cls,
          lat: lat + rad * Math.sin(a),
          lng: lng + rad * Math.cos(a) * 1.15,
          redStations: 0,
        });
      }
      units.push({ code: `${code}000`, name, lat, lng, communities });
    });
    // 274 red stations per 31 communities, spread evenly with the remainder at random.
    const all = units.flatMap((u) => u.communities);
    const total = Math.round((274 * all.length) / 31);
    const base = Math.floor(total / all.length);
    for (const c of all) c.redStations = base;
    for (const c of r.sample(all, total - base * all.length)) c.redStations++;
    return units;
  }

  // --- run ----------------------------------------------------------------------------------

  async run(): Promise<void> {
    const r = this.rng;
    const units = this.plan();
    const { registry: reg, civic: civ } = this.sinks;
    reg.push(registry.divisions, { code: CITY_CODE, name: N.CITY_NAME, level: "CITY", parentCode: null, urbanRuralClass: null });
    // Partner departments see what is assigned or whistled to them, plus what they are granted.
    for (const [department, dataset] of N.DEPARTMENT_GRANTS) reg.push(registry.departmentGrants, { department, dataset, codePrefix: "" });
    const centreId = ++this.ids.site;
    civ.push(civic.practiceSites, {
      id: centreId, level: "CENTRE", name: `${N.CITY_NAME}新时代文明实践中心`, divisionCode: CITY_CODE, parentId: null,
      address: `${N.CITY_NAME}${r.pick(N.ROAD_NAMES)}${r.int(1, 300)}号市民中心`,
    });
    for (const unit of units) {
      reg.push(registry.divisions, { code: unit.code, name: unit.name, level: "STREET", parentCode: CITY_CODE, urbanRuralClass: null });
      const instituteId = ++this.ids.site;
      civ.push(civic.practiceSites, {
        id: instituteId, level: "INSTITUTE", name: `${unit.name}新时代文明实践所`, divisionCode: unit.code, parentId: centreId,
        address: `${N.CITY_NAME}${unit.name}${r.pick(N.ROAD_NAMES)}${r.int(1, 300)}号`,
      });
      const streetTeams: { id: number; focus: Category }[] = [];
      for (const name of r.sample(N.TEAM_NAMES, r.int(1, 2))) {
        const id = ++this.ids.team;
        const focus = r.pick(N.ACTIVITY_CATEGORIES);
        streetTeams.push({ id, focus });
        civ.push(civic.volunteerTeams, {
          id, name: `${unit.name.replace(/(街道|镇|乡)$/, "")}${name}`, siteId: instituteId, divisionCode: unit.code, focus,
          foundedOn: this.dateOnly(this.ref - r.int(400, 3000) * DAY),
        });
      }
      for (const community of unit.communities) {
        this.community(unit, community, instituteId, streetTeams);
        await Promise.all(SOURCES.map((s) => this.sinks[s].maybeFlush()));
        await new Promise<void>((resolve) => setImmediate(resolve));
      }
    }
    this.propertyCompanies();
    await Promise.all(SOURCES.map((s) => this.sinks[s].drain()));
  }

  private community(unit: UnitPlan, c: CommunityPlan, instituteId: number, streetTeams: { id: number; focus: Category }[]): void {
    this.sinks.registry.push(registry.divisions, { code: c.code, name: `${c.name}社区`, level: "COMMUNITY", parentCode: unit.code, urbanRuralClass: c.urbanRuralClass });
    const grids = this.grids(c);
    const events = this.events(unit, c, grids);
    const members = this.party(c, grids, events);
    this.civic(c, grids, members, instituteId, streetTeams);
    this.redProperty(unit, c, grids, members);
  }

  // --- 红色物业 -------------------------------------------------------------------------------

  /** A community's compounds (one per grid's compound, and a few more), their companies, residents' ratings and 三方联动 meetings. */
  private redProperty(unit: UnitPlan, c: CommunityPlan, grids: GridInfo[], members: { id: number; kind: string }[]): void {
    const r = this.propertyRng;
    const p = this.sinks.party;
    const companies = this.companiesByStreet.get(unit.code) ?? [];
    this.companiesByStreet.set(unit.code, companies);
    const places = [...grids.map((g) => ({ grid: g, name: g.compound })), ...r.sample(grids, r.int(0, 2)).map((g) => ({ grid: g, name: `${g.road.replace(/(大道|路|街)$/, "")}${r.pick(["家园", "小区", "新村", "花园"])}` }))];
    for (const { grid, name } of places) {
      const managed = r.chance(0.85);
      let company: PropertyCompanyPlan | null = null;
      if (managed) {
        company = companies.length > 0 && r.chance(0.85) ? r.pick(companies) : this.newCompany(unit, c, members, companies.length);
        if (!companies.includes(company)) companies.push(company);
      }
      const compoundId = ++this.property.compound;
      const ownersCommittee = r.chance(0.55);
      p.push(party.residentialCompounds, {
        id: compoundId, name: `${name}${r.chance(0.3) ? `${r.pick(["一", "二", "三"])}期` : ""}`, communityCode: c.code, gridCode: grid.code,
        address: `${grid.road}${r.int(1, 400)}号`, households: r.int(120, 2400), builtYear: r.int(1985, 2022), companyId: company?.id ?? null, ownersCommittee,
      });
      if (!company) continue;
      // Residents rate each month; a better-run company is rated better.
      for (let month = 0; month < 6; month++) {
        const at = this.ref - month * 30 * DAY - r.int(0, 29) * DAY;
        const monthLabel = localDate(at).slice(0, 7);
        const raters = r.int(0, 12);
        for (let k = 0; k < raters; k++) {
          p.push(party.propertyRatings, {
            id: ++this.property.rating, compoundId, companyId: company.id, ownerSubject: `resident-${compoundId}-${month}-${k}`, month: monthLabel,
            score: r.weighted([[5, 30 + company.quality * 20], [4, 35], [3, 20 - company.quality * 5], [2, 8], [1, 4]] as const),
            comment: r.chance(0.3) ? r.pick(PROPERTY_COMMENTS) : null, ratedAt: new Date(Math.min(at, this.ref - r.int(1, 600) * MINUTE)),
          });
        }
      }
      for (let m = r.int(0, 3); m > 0; m--) {
        const heldAt = this.today + r.int(-365, 29) * DAY + r.pick([9, 10, 15, 19]) * HOUR;
        const status = heldAt >= this.ref ? "SCHEDULED" : r.chance(0.88) ? "HELD" : "CANCELLED";
        const held = status === "HELD";
        p.push(party.jointMeetings, {
          id: ++this.property.meeting, communityCode: c.code, compoundId, companyId: company.id, topic: r.pick(JOINT_MEETING_TOPICS), heldAt: new Date(heldAt), status,
          partiesPresent: held ? ["COMMUNITY", "PROPERTY_COMPANY", ...(ownersCommittee || r.chance(0.5) ? ["OWNERS_COMMITTEE"] : [])] : [],
          summary: held ? `社区、${company.name}与业主代表就“${name}”相关问题进行三方协商。` : status === "CANCELLED" ? "因天气原因延期，另行通知。" : null,
          resolutions: held ? r.sample(JOINT_MEETING_RESOLUTIONS, r.int(1, 3)) : [], version: status === "SCHEDULED" ? 1 : 2,
        });
      }
    }
  }

  private newCompany(unit: UnitPlan, c: CommunityPlan, members: { id: number; kind: string }[], n: number): PropertyCompanyPlan {
    const r = this.propertyRng;
    const id = ++this.property.company;
    const hasOrganization = r.chance(0.4);
    const liaisons = members.filter((m) => m.kind !== "MOBILE");
    return {
      id, streetCode: unit.code, communityCode: c.code, quality: r.int(0, 2),
      name: `${N.CITY_NAME}${unit.name.replace(/(街道|镇|乡)$/, "")}${PROPERTY_BRANDS[n % PROPERTY_BRANDS.length]}${PROPERTY_KINDS[Math.floor(n / PROPERTY_BRANDS.length) % PROPERTY_KINDS.length]}`,
      creditCode: `91${PROVINCE_CITY_COUNTY}MA${String(id).padStart(7, "0")}${r.pick([..."0123456789ABCDEFGHJKLMNPQRTUWXY"])}`,
      phone: this.phone(r), hasOrganization, liaisonMemberId: !hasOrganization && liaisons.length > 0 && r.chance(0.6) ? r.pick(liaisons).id : null,
    };
  }

  /** The companies, after every community: a company's own party branch joins the organisation tree last, so no other row's id moves. */
  private propertyCompanies(): void {
    const p = this.sinks.party;
    for (const company of [...this.companiesByStreet.values()].flat().sort((a, b) => a.id - b.id)) {
      let partyOrganizationId: number | null = null;
      if (company.hasOrganization) {
        partyOrganizationId = ++this.ids.org;
        p.push(party.partyOrganizations, {
          id: partyOrganizationId, name: `${company.name}党支部`, kind: "PARTNER_UNIT", parentId: null, communityCode: company.communityCode, gridCode: null,
          secretaryName: this.anyName(), foundedOn: this.dateOnly(this.ref - this.propertyRng.int(200, 3000) * DAY),
        });
      }
      p.push(party.propertyCompanies, { id: company.id, name: company.name, creditCode: company.creditCode, streetCode: company.streetCode, phone: company.phone, partyOrganizationId, liaisonMemberId: company.liaisonMemberId });
    }
  }

  // --- governance ---------------------------------------------------------------------------

  private grids(c: CommunityPlan): GridInfo[] {
    const r = this.rng;
    const gov = this.sinks.governance;
    const count = r.int(6, 12);
    const grids: GridInfo[] = [];
    const roads = r.sample(N.ROAD_NAMES, 4);
    for (let g = 0; g < count; g++) {
      const code = `${c.code}${pad(g + 1, 3)}`;
      const households = r.int(250, 480);
      const info: GridInfo = {
        code, name: `${c.name}社区第${g + 1}网格`,
        lat: round6(c.lat + r.float(-0.0025, 0.0025)), lng: round6(c.lng + r.float(-0.003, 0.003)),
        road: r.pick(roads), compound: r.pick(N.COMPOUND_NAMES), workers: [],
      };
      gov.push(governance.grids, {
        code, communityCode: c.code, name: info.name, households,
        population: Math.round(households * r.float(2.5, 2.9)), centerLat: info.lat, centerLng: info.lng,
      });
      const workerCount = r.int(1, 3);
      for (let w = 0; w < workerCount; w++) {
        const id = ++this.ids.worker;
        const person = this.person(25, 55);
        const leader = w === 0;
        info.workers.push({ id, person, leader });
        gov.push(governance.gridWorkers, {
          id, name: person.name, idNumber: person.idNumber, phone: person.phone, gridCode: code,
          kind: leader || r.chance(0.4) ? "FULL_TIME" : "PART_TIME", isGridLeader: leader,
        });
      }
      grids.push(info);
    }
    return grids;
  }

  private address(grid: GridInfo): string {
    const r = this.rng;
    return `${grid.road}${r.int(1, 380)}号${grid.compound}${r.int(1, 24)}栋${r.int(1, 4)}单元`;
  }

  private eventCode(reportedAt: number): string {
    const day = localDate(reportedAt).replaceAll("-", "");
    const seq = (this.eventSeqByDay.get(day) ?? 0) + 1;
    this.eventSeqByDay.set(day, seq);
    return `SJ-${day}-${pad(seq, 4)}`;
  }

  private events(unit: UnitPlan, c: CommunityPlan, grids: GridInfo[]): EventInfo[] {
    const r = this.rng;
    const gov = this.sinks.governance;
    const count = r.int(850, 1150);
    const list: EventInfo[] = [];
    const times: number[] = [];
    for (let i = 0; i < count; i++) times.push(this.ref - Math.floor(Math.pow(r.next(), 1.15) * 365 * DAY) - r.int(1, 600) * MINUTE);
    times.sort((a, b) => a - b);
    const centre = `${c.name}社区综治中心`;
    const streetCentre = `${unit.name}综治中心`;
    for (const reportedAt of times) {
      const grid = r.pick(grids);
      const category = r.weighted([["DISPUTE", 18], ["SAFETY_HAZARD", 16], ["PUBLIC_ORDER", 14], ["ENVIRONMENT", 17], ["FACILITIES", 18], ["LIVELIHOOD", 17]] as const);
      const urgency = r.weighted([["LOW", 25], ["NORMAL", 55], ["HIGH", 16], ["CRITICAL", 4]] as const);
      const channel = r.weighted([["GRID_PATROL", 45], ["HOTLINE_12345", 25], ["APP", 20], ["WALK_IN", 10]] as const);
      const worker = r.pick(grid.workers);
      const leader = grid.workers[0] as GridInfo["workers"][number];
      const patrol = channel === "GRID_PATROL";
      const reporterName = patrol ? worker.person.name : this.anyName();
      const reporterPhone = patrol ? worker.person.phone : r.chance(0.85) ? this.phone() : null;
      const dueHours = DUE_HOURS[urgency];
      const dueAt = reportedAt + dueHours * HOUR;
      const address = this.address(grid);
      const title = r.pick(N.EVENT_TITLES[category] as readonly string[]);
      const description = `${address}${title}，${r.pick(N.EVENT_DETAILS[category] as readonly string[])}`;
      const department = r.chance(0.35) ? r.pick(N.DEPARTMENTS_BY_CATEGORY[category] as readonly string[]) : null;
      const handler = department ? `${department}` : `网格员${worker.person.name}`;

      // Timeline of the steps this event would take if nothing stopped it.
      const total = dueHours * HOUR * r.float(0.25, 1.35);
      const stepTimes: number[] = [reportedAt];
      for (let s = 1; s < EVENT_STATUSES.length; s++) {
        const at = reportedAt + Math.round(total * (EVENT_STEP_SHARE[s] as number) * r.float(0.85, 1.1));
        stepTimes.push(Math.max(at, (stepTimes[s - 1] as number) + r.int(1, 20) * MINUTE));
      }
      const stallAt = reportedAt > this.ref - 60 * DAY && r.chance(0.04) ? r.int(1, 4) : 99;
      const rejectAt = r.chance(0.03) ? r.int(1, 2) : 0;
      const id = ++this.ids.event;
      const transitions: { action: string; from: string | null; to: string; actor: string; note: string | null; at: number }[] = [];
      const reportActor = patrol ? `网格员${worker.person.name}` : channel === "HOTLINE_12345" ? "12345热线" : `居民${reporterName}`;
      transitions.push({ action: "REPORT", from: null, to: "REPORTED", actor: reportActor, note: channel === "HOTLINE_12345" ? "12345热线转办" : null, at: reportedAt });
      let status: string = "REPORTED";
      let closedAt: number | null = null;
      for (let s = 1; s < EVENT_STATUSES.length; s++) {
        const at = stepTimes[s] as number;
        if (at >= this.ref || s > stallAt) break;
        if (s === rejectAt) {
          transitions.push({ action: "REJECT", from: status, to: "REJECTED", actor: centre, note: r.pick(["不属于受理范围", "重复上报，已合并处理", "经核实情况不属实"]), at });
          status = "REJECTED";
          break;
        }
        const to = EVENT_STATUSES[s] as string;
        const action = EVENT_ACTIONS[s] as string;
        let actor = centre;
        let note: string | null = null;
        if (action === "ASSIGN") { actor = streetCentre; note = `交办${handler}`; }
        else if (action === "START") actor = handler;
        else if (action === "RESPOND") { actor = handler; note = r.pick(N.RESPONSE_NOTES); }
        else if (action === "VERIFY") { actor = `网格长${leader.person.name}`; note = "经核查已处置到位"; }
        else if (action === "CLOSE") { actor = streetCentre; note = "办结"; }
        transitions.push({ action, from: status, to, actor, note, at });
        status = to;
        if (to === "CLOSED") closedAt = at;
      }
      const statusIndex = EVENT_STATUSES.indexOf(status as (typeof EVENT_STATUSES)[number]);
      const assigned = status !== "REJECTED" && statusIndex >= 2;
      let supervision: "ORDINARY" | "YELLOW_CARD" | "RED_CARD" | null = null;
      const finishedAt = closedAt ?? (status === "REJECTED" ? null : this.ref);
      if (finishedAt !== null && finishedAt > dueAt && (closedAt === null || r.chance(0.4))) {
        const ratio = (finishedAt - dueAt) / (dueHours * HOUR);
        supervision = ratio < 0.5 ? "ORDINARY" : ratio < 1.5 ? "YELLOW_CARD" : "RED_CARD";
      }
      const code = this.eventCode(reportedAt);
      gov.push(governance.events, {
        id, code, gridCode: grid.code, communityCode: c.code, category, urgency, channel, title, description, address,
        lat: round6(grid.lat + r.float(-0.0018, 0.0018)), lng: round6(grid.lng + r.float(-0.0022, 0.0022)),
        status: status as EventStatus, reporterName, reporterPhone,
        reportedAt: new Date(reportedAt), dueAt: new Date(dueAt), closedAt: closedAt === null ? null : new Date(closedAt),
        assignedWorkerId: assigned ? worker.id : null, assignedDepartment: assigned ? department : null,
        supervisionLevel: supervision, version: transitions.length,
      });
      for (const t of transitions) {
        gov.push(governance.eventTransitions, {
          id: ++this.ids.transition, eventId: id, action: t.action,
          fromStatus: t.from as EventStatus | null, toStatus: t.to as EventStatus,
          actor: t.actor, note: t.note, at: new Date(t.at),
        });
      }
      // 吹哨报到 on about 1% of events that were at least assigned.
      if (assigned && r.chance(0.01)) {
        const blownAt = (stepTimes[2] as number) + r.int(30, 720) * MINUTE;
        if (blownAt < this.ref) {
          const whistleId = ++this.ids.whistle;
          gov.push(governance.whistles, {
            id: whistleId, eventId: id, blownByCode: r.chance(0.5) ? unit.code : c.code,
            note: `${title}涉及多个部门职责，吹哨召集相关部门到场处置`, blownAt: new Date(blownAt),
          });
          const pool = [...new Set([...(N.DEPARTMENTS_BY_CATEGORY[category] as readonly string[]), ...N.DEPARTMENTS])];
          for (const dept of r.sample(pool.slice(0, 8), r.int(2, 4))) {
            const reportedBack = blownAt + r.int(30, 2880) * MINUTE;
            const did = r.chance(0.75) && reportedBack < this.ref;
            gov.push(governance.whistleDepartments, {
              id: ++this.ids.whistleDept, whistleId, department: dept,
              reportedAt: did ? new Date(reportedBack) : null, action: did ? `${dept}到场报到，${r.pick(N.RESPONSE_NOTES)}` : null,
            });
          }
        }
      }
      // 调解 for about 30% of disputes that reached handling.
      if (category === "DISPUTE" && assigned && statusIndex >= 3 && r.chance(0.3)) {
        const start = stepTimes[3] as number;
        const end = Math.min(statusIndex >= 4 ? (stepTimes[4] as number) : this.ref, this.ref);
        const outcome = r.weighted([["AGREEMENT", 65], ["PARTIAL", 15], ["FAILED", 8], ["REFERRED", 12]] as const);
        gov.push(governance.mediations, {
          id: ++this.ids.mediation, eventId: id,
          disputeType: r.weighted([["NEIGHBOUR", 30], ["MARRIAGE_FAMILY", 18], ["PROPERTY", 16], ["LABOUR_WAGES", 10], ["LAND_DEMOLITION", 6], ["MEDICAL", 4], ["CONSUMER", 8], ["OTHER", 8]] as const),
          mediator: r.chance(0.5) ? `人民调解员${this.anyName()}` : `网格员${worker.person.name}`,
          parties: [reporterName, this.anyName()], outcome,
          agreement: outcome === "AGREEMENT" || outcome === "PARTIAL" ? r.pick(N.MEDIATION_AGREEMENTS) : null,
          mediatedAt: new Date(start + Math.floor(r.next() * Math.max(MINUTE, end - start))),
        });
      }
      list.push({ id, code, reportedAt, category });
    }
    // 风险评估 / 联合研判
    const risks = r.int(2, 6);
    for (let i = 0; i < risks; i++) {
      const assessedAt = this.today - r.int(1, 360) * DAY + r.int(8 * 60, 17 * 60) * MINUTE;
      const before = list.filter((e) => e.reportedAt < assessedAt && e.reportedAt > assessedAt - 90 * DAY);
      this.sinks.governance.push(governance.riskAssessments, {
        id: ++this.ids.risk, communityCode: c.code, topic: r.pick(N.RISK_TOPICS),
        level: r.weighted([["LOW", 35], ["MEDIUM", 40], ["HIGH", 20], ["CRITICAL", 5]] as const),
        measures: r.pick(N.RISK_MEASURES), assessedAt: new Date(assessedAt),
        linkedEventIds: r.sample(before, r.int(1, 4)).map((e) => e.id).sort((a, b) => a - b),
      });
    }
    return list;
  }

  // --- party --------------------------------------------------------------------------------

  private party(c: CommunityPlan, grids: GridInfo[], events: EventInfo[]): { id: number; person: Person; kind: string; skills: string[] }[] {
    const r = this.rng;
    const p = this.sinks.party;
    const org = (row: Omit<typeof party.partyOrganizations.$inferInsert, "id">): number => {
      const id = ++this.ids.org;
      p.push(party.partyOrganizations, { id, ...row });
      return id;
    };
    const founded = () => this.dateOnly(this.ref - r.int(300, 9000) * DAY);
    const committee = org({ name: `中共${N.CITY_NAME}${c.name}社区委员会`, kind: "COMMUNITY_COMMITTEE", parentId: null, communityCode: c.code, gridCode: null, secretaryName: this.anyName(), foundedOn: founded() });
    const partners: number[] = [];
    for (const name of r.sample(N.PARTNER_UNITS, r.int(1, 3))) partners.push(org({ name, kind: "PARTNER_UNIT", parentId: committee, communityCode: c.code, gridCode: null, secretaryName: this.anyName(), foundedOn: founded() }));
    const projects: number[] = [];
    for (const name of r.sample(N.PROJECT_BRANCHES, r.int(0, 2))) projects.push(org({ name: `${c.name}社区${name}`, kind: "PROJECT_BRANCH", parentId: committee, communityCode: c.code, gridCode: null, secretaryName: this.anyName(), foundedOn: this.dateOnly(this.ref - r.int(30, 700) * DAY) }));

    const members: { id: number; person: Person; kind: string; skills: string[] }[] = [];
    for (const [g, grid] of grids.entries()) {
      const branch = org({ name: `${c.name}社区第${g + 1}网格党支部`, kind: "GRID_BRANCH", parentId: committee, communityCode: c.code, gridCode: grid.code, secretaryName: this.anyName(), foundedOn: founded() });
      const groups: number[] = [];
      const groupCount = r.int(1, 3);
      for (let b = 0; b < groupCount; b++) groups.push(org({ name: `${grid.compound}${r.int(1, 24)}栋党小组`, kind: "BUILDING_GROUP", parentId: branch, communityCode: c.code, gridCode: grid.code, secretaryName: this.anyName(), foundedOn: founded() }));
      const count = r.int(45, 75);
      for (let m = 0; m < count; m++) {
        // Some grid workers are party members of their own grid: the same person in two sources.
        const worker = grid.workers[m];
        const asWorker = worker !== undefined && r.chance(0.45);
        const person = asWorker ? worker.person : this.person(22, 85);
        const kind = asWorker ? "REGISTERED" : r.weighted([["REGISTERED", 66], ["IN_SERVICE", 26], ["MOBILE", 8]] as const);
        const organizationId = kind === "IN_SERVICE" ? (r.chance(0.3) ? r.pick(partners) : branch)
          : kind === "MOBILE" ? (r.chance(0.3) ? committee : branch)
          : projects.length > 0 && r.chance(0.05) ? r.pick(projects) : r.chance(0.7) ? r.pick(groups) : branch;
        const skills = r.sample(N.SKILLS, r.weighted([[0, kind === "IN_SERVICE" ? 1 : 4], [1, 4], [2, 2], [3, 1]] as const));
        const birthYear = Number(person.birthDate.slice(0, 4));
        const refYear = new Date(this.ref + CST).getUTCFullYear();
        const joinedYear = r.int(Math.min(birthYear + 18, refYear - 1), refYear - 1);
        const id = ++this.ids.member;
        p.push(party.partyMembers, {
          id, name: person.name, idNumber: person.idNumber, phone: person.phone, gender: person.gender, birthDate: person.birthDate,
          kind, organizationId, communityCode: c.code, gridCode: kind === "MOBILE" && r.chance(0.3) ? null : grid.code,
          workplace: kind === "IN_SERVICE" ? r.pick(N.WORKPLACES) : kind === "MOBILE" ? r.pick(["武汉", "深圳", "广州", "上海", "襄阳", "杭州"]) + "务工" : null,
          demonstrationHousehold: r.chance(0.05), skills, joinedOn: `${joinedYear}-${pad(r.int(1, 12), 2)}-${pad(r.int(1, 28), 2)}`,
        });
        members.push({ id, person, kind, skills });
      }
    }

    // 按需设岗 and 认领
    const inService = members.filter((m) => m.kind === "IN_SERVICE");
    for (const [title, skillsWanted] of r.sample(N.SERVICE_POSTS, r.int(3, 8))) {
      const id = ++this.ids.post;
      const createdAt = this.today - r.int(5, 365) * DAY + r.int(8 * 60, 18 * 60) * MINUTE;
      const capacity = r.int(2, 10);
      const claimers = r.sample(inService, r.int(0, capacity));
      const status = claimers.length === capacity ? "FILLED" : createdAt < this.ref - 200 * DAY && r.chance(0.3) ? "CLOSED" : "OPEN";
      p.push(party.servicePosts, {
        id, communityCode: c.code, title: `${c.name}社区${title}`, description: `${title}：面向在职党员招募，每周服务不少于2小时。`,
        capacity, skillsWanted: [...skillsWanted], status, createdAt: new Date(createdAt),
      });
      for (const m of claimers) {
        p.push(party.servicePostClaims, { id: ++this.ids.claim, postId: id, memberId: m.id, claimedAt: new Date(createdAt + Math.floor(r.next() * Math.min(30 * DAY, this.ref - createdAt))) });
      }
    }

    // 微心愿
    const wishes = r.int(30, 60);
    for (let i = 0; i < wishes; i++) {
      const postedAt = this.ref - r.int(1, 365 * 24 * 60) * MINUTE;
      const claimedAt = postedAt + r.int(6, 120) * HOUR;
      const fulfilledAt = claimedAt + r.int(1, 20) * DAY;
      const claims = claimedAt < this.ref && r.chance(0.93);
      const fulfils = claims && fulfilledAt < this.ref && r.chance(0.92);
      const claimer = claims ? r.pick(members) : null;
      const resident = this.anyName();
      const title = r.pick(N.MICRO_WISHES);
      p.push(party.microWishes, {
        id: ++this.ids.wish, communityCode: c.code, gridCode: r.pick(grids).code, residentName: resident, residentPhone: this.phone(),
        title, description: `${resident}：${title}。`, status: fulfils ? "FULFILLED" : claims ? "CLAIMED" : "OPEN", postedAt: new Date(postedAt),
        claimedByMemberId: claimer ? claimer.id : null, claimedAt: claims ? new Date(claimedAt) : null, fulfilledAt: fulfils ? new Date(fulfilledAt) : null,
        version: 1 + (claims ? 1 : 0) + (fulfils ? 1 : 0),
      });
    }

    // 阵地 venues and their bookings (never overlapping per venue)
    const hours = r.pick([["08:30", "21:00"], ["08:00", "20:30"], ["09:00", "21:30"]] as const);
    const opensMin = Number(hours[0].slice(0, 2)) * 60 + Number(hours[0].slice(3));
    const closesMin = Number(hours[1].slice(0, 2)) * 60 + Number(hours[1].slice(3));
    const centreRoad = grids[0] as GridInfo;
    const centreAddress = `${centreRoad.road}${r.int(1, 300)}号${c.name}社区党群服务中心`;
    for (const [kind, label, capacity] of r.sample(N.VENUE_KINDS, r.int(4, 7))) {
      const venueId = ++this.ids.venue;
      p.push(party.venues, { id: venueId, communityCode: c.code, name: `${c.name}社区${label}`, kind, capacity, opensAt: `${hours[0]}:00`, closesAt: `${hours[1]}:00`, address: `${centreAddress}${r.int(1, 3)}楼` });
      for (let d = -90; d < 30; d++) {
        if (!r.chance(0.3)) continue;
        const dayStart = this.today + d * DAY;
        let cursor = opensMin + r.int(0, 4) * 30;
        const n = r.int(1, 3);
        for (let k = 0; k < n; k++) {
          const duration = r.int(2, 6) * 30;
          if (cursor + duration > closesMin) break;
          const startsAt = dayStart + cursor * MINUTE;
          const endsAt = startsAt + duration * MINUTE;
          const createdAt = Math.min(startsAt - r.int(1, 14 * 24) * HOUR, this.ref - r.int(1, 48) * HOUR);
          p.push(party.venueBookings, {
            id: ++this.ids.booking, venueId, bookerName: this.anyName(), bookerPhone: this.phone(),
            purpose: r.pick(N.BOOKING_PURPOSES[kind] as readonly string[]), startsAt: new Date(startsAt), endsAt: new Date(endsAt),
            status: r.chance(0.08) ? "CANCELLED" : "CONFIRMED", createdAt: new Date(createdAt),
          });
          cursor += duration + r.int(0, 6) * 30;
        }
      }
    }

    // 红色驿站
    for (let i = 0; i < c.redStations; i++) {
      const grid = r.pick(grids);
      const host = r.pick(N.RED_STATION_HOSTS);
      p.push(party.redStations, {
        id: ++this.ids.station, communityCode: c.code, name: `${c.name}社区红色驿站·${grid.road.replace(/(大道|路|街)$/, "")}${i + 1}号站`,
        address: this.address(grid).replace(/\d+栋\d+单元$/, "临街门面"),
        lat: round6(grid.lat + r.float(-0.0015, 0.0015)), lng: round6(grid.lng + r.float(-0.0018, 0.0018)),
        amenities: r.sample(N.RED_STATION_AMENITIES, r.int(3, 8)), hostUnit: host === "社区党群服务中心" ? `${c.name}社区党群服务中心` : host,
        opensAt: r.pick(["07:00:00", "07:30:00", "06:30:00", "08:00:00"]), closesAt: r.pick(["20:00:00", "19:30:00", "21:00:00", "22:00:00"]),
      });
    }

    // 议事协商
    const deliberations = r.int(5, 15);
    const relevant = events.filter((e) => e.category === "DISPUTE" || e.category === "LIVELIHOOD" || e.category === "FACILITIES");
    for (let i = 0; i < deliberations; i++) {
      const heldAt = this.today + r.int(-365, 29) * DAY + r.pick([9, 10, 14, 15, 19]) * HOUR;
      const past = heldAt < this.ref;
      const status = !past ? "SCHEDULED" : r.weighted([["RESOLVED", 70], ["HELD", 20], ["WITHDRAWN", 10]] as const);
      const participants = [`社区党委书记${this.anyName()}`, `居民代表${this.anyName()}`, `居民代表${this.anyName()}`];
      if (r.chance(0.7)) participants.push(`物业公司代表${this.anyName()}`);
      if (r.chance(0.5)) participants.push(`网格员${r.pick(r.pick(grids).workers).person.name}`);
      if (r.chance(0.4)) participants.push(`共建单位${r.pick(N.PARTNER_UNITS).replace(/党支部$|机关.*$/, "")}`);
      const candidates = relevant.filter((e) => e.reportedAt < heldAt && e.reportedAt > heldAt - 120 * DAY);
      p.push(party.deliberations, {
        id: ++this.ids.deliberation, communityCode: c.code, topic: r.pick(N.DELIBERATION_TOPICS), format: r.pick(N.DELIBERATION_FORMATS),
        heldAt: new Date(heldAt), participants, attendeeCount: status === "HELD" || status === "RESOLVED" ? r.int(8, 40) : null,
        resolution: status === "RESOLVED" ? r.pick(N.RESOLUTIONS) : null, status,
        linkedEventCodes: r.chance(0.6) ? r.sample(candidates, r.int(1, 3)).map((e) => e.code).sort() : [],
        version: status === "SCHEDULED" ? 1 : 2,
      });
    }
    return members;
  }

  // --- civic --------------------------------------------------------------------------------

  private civic(c: CommunityPlan, grids: GridInfo[], members: { id: number; person: Person; kind: string; skills: string[] }[], instituteId: number, streetTeams: { id: number; focus: Category }[]): void {
    const r = this.rng;
    const cv = this.sinks.civic;
    const stationId = ++this.ids.site;
    const stationAddress = `${(grids[0] as GridInfo).road}${r.int(1, 300)}号${c.name}社区党群服务中心`;
    cv.push(civic.practiceSites, { id: stationId, level: "STATION", name: `${c.name}社区新时代文明实践站`, divisionCode: c.code, parentId: instituteId, address: stationAddress });
    const teams: { id: number; focus: Category }[] = [];
    for (const name of r.sample(N.TEAM_NAMES, r.int(1, 3))) {
      const id = ++this.ids.team;
      const focus = r.pick(N.ACTIVITY_CATEGORIES);
      teams.push({ id, focus });
      cv.push(civic.volunteerTeams, { id, name: `${c.name}社区${name}`, siteId: stationId, divisionCode: c.code, focus, foundedOn: this.dateOnly(this.ref - r.int(200, 2500) * DAY) });
    }
    const allTeams = [...teams, ...streetTeams];

    // Volunteers: about 30% of registered and in-service party members, plus other residents.
    interface Vol { id: number; row: typeof civic.volunteers.$inferInsert; weight: number; hours: number }
    const vols: Vol[] = [];
    const addVolunteer = (person: Person, skills: string[]) => {
      const id = ++this.ids.volunteer;
      const teamId = r.chance(0.7) ? (r.chance(0.8) ? r.pick(teams) : r.pick(allTeams)).id : null;
      vols.push({
        id, weight: r.float(0.2, 3), hours: 0,
        row: {
          id, volunteerNo: `V${PROVINCE_CITY_COUNTY}${pad(id, 7)}`, name: person.name, idNumber: person.idNumber, phone: person.phone,
          teamId, communityCode: c.code, skills, registeredOn: this.dateOnly(this.ref - r.int(400, 2400) * DAY), totalHours: 0,
        },
      });
    };
    for (const m of members) {
      if ((m.kind === "IN_SERVICE" || m.kind === "REGISTERED") && r.chance(0.3)) addVolunteer(m.person, m.skills);
    }
    const others = r.int(150, 200);
    for (let i = 0; i < others; i++) addVolunteer(this.person(16, 75), r.sample(N.SKILLS, r.int(0, 2)));

    const cumulative: number[] = [];
    let acc = 0;
    for (const v of vols) cumulative.push((acc += v.weight));
    const drawVolunteer = (): Vol => {
      const x = r.next() * acc;
      let lo = 0;
      let hi = cumulative.length - 1;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if ((cumulative[mid] as number) > x) hi = mid;
        else lo = mid + 1;
      }
      return vols[lo] as Vol;
    };

    // Activities and enrolments.
    const activities = r.int(85, 115);
    for (let i = 0; i < activities; i++) {
      const category = r.pick(N.ACTIVITY_CATEGORIES);
      const startsAt = this.today + r.int(-365, 29) * DAY + r.int(16, 38) * 30 * MINUTE;
      const halfHours = r.int(2, 8);
      const endsAt = startsAt + halfHours * 30 * MINUTE;
      const capacity = r.int(10, 50);
      const status = endsAt <= this.ref ? (r.chance(0.04) ? "CANCELLED" : "COMPLETED") : startsAt > this.ref && r.chance(0.08) ? "DRAFT" : "PUBLISHED";
      const team = r.chance(0.8) ? r.pick(allTeams) : null;
      const atStation = r.chance(0.85);
      const title = r.pick(N.ACTIVITIES[category] as readonly string[]);
      const grid = r.pick(grids);
      const activityId = ++this.ids.activity;
      cv.push(civic.activities, {
        id: activityId, siteId: atStation ? stationId : instituteId, teamId: team ? team.id : null, communityCode: c.code,
        title: `${c.name}社区${title}`, category, description: `${title}：欢迎志愿者报名参与，服务${c.name}社区居民。`,
        location: r.chance(0.6) ? `${c.name}社区新时代文明实践站` : `${grid.compound}小区广场`,
        startsAt: new Date(startsAt), endsAt: new Date(endsAt), capacity, status, version: status === "PUBLISHED" ? 1 : 2,
      });
      const seats = status === "COMPLETED" ? Math.round(capacity * r.float(0.4, 1)) : status === "PUBLISHED" ? Math.round(capacity * r.float(0, 0.8)) : status === "CANCELLED" ? r.int(0, 5) : 0;
      const chosen = new Set<Vol>();
      for (let attempts = 0; chosen.size < Math.min(seats, vols.length) && attempts < seats * 20; attempts++) chosen.add(drawVolunteer());
      for (const v of chosen) {
        const enrolledAt = Math.min(startsAt - r.int(60, 10 * 24 * 60) * MINUTE, this.ref - r.int(1, 600) * MINUTE);
        const checked = status === "COMPLETED" && r.chance(0.92);
        const credited = checked ? Math.max(0.5, (halfHours - (r.chance(0.15) ? 1 : 0)) / 2) : null;
        if (credited !== null) v.hours += credited;
        cv.push(civic.enrolments, {
          id: ++this.ids.enrolment, activityId, volunteerId: v.id, enrolledAt: new Date(enrolledAt),
          checkedInAt: checked ? new Date(startsAt - r.int(0, 15) * MINUTE) : null, creditedHours: credited,
        });
      }
    }
    // totalHours is the exact sum of credited hours (half-hour steps add exactly in binary floating point).
    for (const v of vols) cv.push(civic.volunteers, { ...v.row, totalHours: round1(v.hours) });

    // 点单 → 派单 → 接单 → 评单
    const demands = r.int(40, 80);
    for (let i = 0; i < demands; i++) {
      const category = r.pick(N.ACTIVITY_CATEGORIES);
      const orderedAt = this.ref - r.int(30, 365 * 24 * 60) * MINUTE;
      const dispatchedAt = orderedAt + r.int(2, 48) * HOUR;
      const acceptedAt = dispatchedAt + r.int(1, 24) * HOUR;
      const doneAt = acceptedAt + r.int(1, 7) * DAY;
      const ratedAt = doneAt + r.int(2, 72) * HOUR;
      const cancelled = r.chance(0.05);
      const cancelStage = cancelled ? r.int(0, 1) : 99; // cancelled before dispatch (0) or before acceptance (1)
      let stage = 0; // 0 ORDERED, 1 DISPATCHED, 2 ACCEPTED, 3 DONE, 4 RATED
      if (dispatchedAt < this.ref && cancelStage > 0) stage = 1;
      if (stage === 1 && acceptedAt < this.ref && cancelStage > 1) stage = 2;
      if (stage === 2 && doneAt < this.ref) stage = 3;
      if (stage === 3 && ratedAt < this.ref && r.chance(0.85)) stage = 4;
      const status = cancelled ? "CANCELLED" : (["ORDERED", "DISPATCHED", "ACCEPTED", "DONE", "RATED"] as const)[stage];
      const team = stage >= 1 ? (allTeams.find((t) => t.focus === category && r.chance(0.7)) ?? r.pick(allTeams)) : null;
      let volunteer: Vol | null = null;
      if (stage >= 2 && team) {
        const inTeam = vols.filter((v) => v.row.teamId === team.id);
        volunteer = inTeam.length > 0 ? r.pick(inTeam) : r.pick(vols);
      }
      const rating = stage === 4 ? r.weighted([[5, 60], [4, 28], [3, 9], [2, 2], [1, 1]] as const) : null;
      const resident = this.anyName();
      const title = r.pick(N.DEMANDS[category] as readonly string[]);
      cv.push(civic.demands, {
        id: ++this.ids.demand, communityCode: c.code, gridCode: r.pick(grids).code, residentName: resident, residentPhone: this.phone(),
        category, title, description: `${resident}（${c.name}社区）：${title}。`, status, orderedAt: new Date(orderedAt),
        dispatchedTeamId: team ? team.id : null, dispatchedAt: stage >= 1 ? new Date(dispatchedAt) : null,
        acceptedVolunteerId: volunteer ? volunteer.id : null, acceptedAt: stage >= 2 ? new Date(acceptedAt) : null,
        doneAt: stage >= 3 ? new Date(doneAt) : null, rating,
        feedback: rating === null ? null : rating >= 4 ? r.pick(["服务很周到，非常感谢！", "志愿者很热心，点赞", "及时解决了问题，满意"]) : r.pick(["服务一般，等待时间较长", "问题只解决了一部分"]),
        version: 1 + stage + (cancelled ? 1 : 0),
      });
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Public API
// ---------------------------------------------------------------------------------------------

const dbOf = (dbs: SourceDatabases, source: Source) => dbs[source].db as unknown as NodePgDatabase<Record<string, never>>;

/** True when the registry already holds divisions (demo data or real data). */
export async function hasDemoData(dbs: SourceDatabases): Promise<boolean> {
  const result = await dbs.registry.pool.query<{ present: boolean }>("SELECT EXISTS (SELECT 1 FROM divisions) AS present");
  return result.rows[0]?.present === true;
}

/** Empties every table of the four databases and loads fresh demo data. */
export async function loadDemoData(dbs: SourceDatabases, options: DemoOptions): Promise<DemoSummary> {
  const started = performance.now();
  const scale = options.scale;
  if (!Number.isInteger(scale) || scale < 1) throw new Error(`scale must be a positive integer, got ${scale}`);
  const seed = options.seed ?? DEFAULT_SEED;
  if (!Number.isInteger(seed)) throw new Error(`seed must be an integer, got ${seed}`);
  const reference = options.referenceDate === undefined ? new Date() : new Date(options.referenceDate);
  if (Number.isNaN(reference.getTime())) throw new Error("referenceDate is not a valid date");

  await Promise.all(
    SOURCES.map(async (source) => {
      const names = tablesOf(MODULES[source])
        .filter((t) => !KEPT.has(t))
        .map((t) => `"${getTableName(t)}"`);
      await dbOf(dbs, source).execute(sql.raw(`TRUNCATE TABLE ${names.join(", ")} RESTART IDENTITY CASCADE`));
    }),
  );

  const sinks = {
    registry: new Sink(dbs.registry.pool, ORDER.registry),
    party: new Sink(dbs.party.pool, ORDER.party),
    civic: new Sink(dbs.civic.pool, ORDER.civic),
    governance: new Sink(dbs.governance.pool, ORDER.governance),
  } satisfies Record<Source, Sink>;
  const generator = new Generator(sinks, scale, seed, reference);
  try {
    await generator.run();
  } catch (error) {
    // Let queued writes settle before reporting, so no statement outlives the call.
    await Promise.allSettled(SOURCES.map((s) => sinks[s].drain()));
    throw error;
  }

  const tables: Record<string, number> = {};
  await Promise.all(
    SOURCES.map(async (source) => {
      const db = dbOf(dbs, source);
      // Loading demo data is not a change anyone subscribes to: drop what the triggers logged.
      if (MODULES[source] !== registry) await db.execute(sql.raw('TRUNCATE TABLE "change_log" RESTART IDENTITY'));
      for (const table of tablesOf(MODULES[source])) {
        const name = getTableName(table);
        if ("id" in getTableColumns(table)) {
          // Ids were written explicitly: move each serial sequence past them.
          await db.execute(sql.raw(`SELECT setval(pg_get_serial_sequence('"${name}"', 'id'), COALESCE((SELECT max(id) FROM "${name}"), 0) + 1, false)`));
        }
        const result = await db.execute<{ n: number }>(sql.raw(`SELECT count(*)::int AS n FROM "${name}"`));
        tables[`${source}.${name}`] = Number(result.rows[0]?.n ?? 0);
      }
      await db.execute(sql.raw("ANALYZE"));
    }),
  );
  const ordered = Object.fromEntries(Object.entries(tables).sort(([a], [b]) => a.localeCompare(b)));
  return {
    scale,
    seed,
    referenceDate: reference.toISOString(),
    tables: ordered,
    totalRows: Object.values(ordered).reduce((a, b) => a + b, 0),
    elapsedMs: Math.round(performance.now() - started),
  };
}
