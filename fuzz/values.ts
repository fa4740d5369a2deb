import {
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
  type GraphQLInputType,
} from "graphql";
import { toGlobalId } from "../src/resolvers/common/global-id.js";
import type { Random } from "../src/seed/random.js";
import type { Known } from "./known.js";

/** What a value is generated for: the argument or input field's name, and the root field it belongs to. */
export interface Slot {
  name: string;
  rootField: string;
}

/** Where generation stands: the stream, the known values, the run's reference time, and how hostile to be. */
export interface ValueContext {
  r: Random;
  known: Known;
  /** Milliseconds; dates are placed around it. */
  now: number;
  /** Chance that one value is hostile (0 for a valid document). */
  hostility: number;
}

const TEXTS = ["社区议事", "楼道清理", "独居老人探访", "垃圾分类宣传", "电梯维修", "停车难", "路灯不亮", "邻里纠纷", "读书会", "义诊", "测试 test", "Ünïcödé ✓"];
const NAMES = ["张伟", "王芳", "李娜", "刘洋", "陈静", "杨磊", "赵敏", "黄勇"];
const DEPARTMENTS = ["城管", "住建", "公安派出所", "民政", "应急管理", "卫健", "供电公司"];

/**
 * Hostile scalars of every JSON kind. None contains the words the checks look for in answers
 * (SQL, stack frames, source paths): an error that echoes the input must not fail the run.
 */
function hostileScalar(c: ValueContext): unknown {
  const { r } = c;
  switch (r.int(0, 17)) {
    case 0:
      return r.pick([-1, 0, -2147483649, 2147483648, 9007199254740993, 1e308, -1e308, 1.5, -0.0001]);
    case 1:
      return "x".repeat(r.pick([256, 4_096, 70_000]));
    case 2:
      return r.pick(["", " ", "\u0000", "\u202e反向", "😀👨‍👩‍👧‍👦", "\ud800", "Ω≈ç√∫", "null", "undefined", "NaN", "Infinity", "{}", "[]"]);
    case 3:
      return r.pick([true, false, {}, [], { a: 1 }, [1, 2]]);
    case 4:
      return r.pick(["2026-13-45T99:99:99Z", "0000-01-01T00:00:00Z", "9999-12-31T23:59:59Z", "+275760-09-13T00:00:00Z", "2026-02-30", "yesterday", "1700000000"]);
    case 5:
      // Malformed global ids.
      return r.pick(["!!", "Zm9v", toGlobalId("Venue", "abc"), toGlobalId("Venue", -1), toGlobalId("Venue", "1e3"), toGlobalId("Spaceship", 1), toGlobalId("Event", "99999999999"), toGlobalId("", 1), "VmVudWU6"]);
    case 6:
      // Well-formed ids of rows that do not exist, or of another type than asked.
      return r.pick([toGlobalId(r.pick(typesOf(c.known)), 99_999_999), anyId(c)]);
    case 7:
      return r.pick(["'; DROP TABLE venues; --", "%", "_", "\\", "' OR '1'='1", "$1", "\\x00", "%00", "../../etc/passwd"]);
    case 8:
      return r.pick(["42068", "4206830010010011", "42068300100A", "000000000000", "999999999999", "-42068300100"]);
    case 9:
      return r.pick(["2026-13", "2026-Q5", "2026-Q0", "1899-01", "3000-01"]);
    case 10:
      return String.fromCodePoint(...Array.from({ length: r.int(1, 300) }, () => r.int(0x20, 0x2fff)));
    default:
      return r.pick([-2147483648, 2147483647, 0, 32768, -32769, 100000, "1", "abc", 3.0000001]);
  }
}

const typesOf = (known: Known): string[] => {
  const types = [...known.idsByType.keys()];
  return types.length > 0 ? types : ["Venue"];
};

function anyId(c: ValueContext): string {
  const type = c.r.pick(typesOf(c.known));
  const ids = c.known.idsByType.get(type) ?? [];
  return ids.length > 0 ? c.r.pick(ids) : toGlobalId(type, 1);
}

/** A real id of the type an argument's name suggests (`memberId` → PartyMember, `venueId` → Venue), else any real id. */
function idFor(c: ValueContext, name: string): string {
  const base = name.replace(/Ids?$/, "").toLowerCase();
  const types = base === "" || base === "id" ? [] : typesOf(c.known).filter((t) => t.toLowerCase().endsWith(base));
  if (types.length === 0) return anyId(c);
  const type = c.r.pick(types);
  if (c.r.chance(0.05)) return toGlobalId(type, 99_999_999);
  const ids = c.known.idsByType.get(type) ?? [];
  return ids.length > 0 ? c.r.pick(ids) : toGlobalId(type, c.r.int(1, 50));
}

const pickOr = (c: ValueContext, list: string[], fallback: string) => (list.length > 0 ? c.r.pick(list) : fallback);

/** A division code for the slot: a grid's, a community's, a street's or the city's. */
function codeFor(c: ValueContext, slot: Slot): string {
  const { codes } = c.known;
  const name = slot.name.toLowerCase();
  const root = slot.rootField.toLowerCase();
  if (name.includes("grid") || (name === "code" && root === "grid")) return pickOr(c, codes.grid, "420683001001001");
  if (name.includes("community") || (name === "code" && /community/.test(root))) return pickOr(c, codes.community, "420683001001");
  if (name === "code" && root === "eventbycode") return pickOr(c, c.known.eventCodes, "SJ-0");
  const level = c.r.weighted([
    [codes.community, 5],
    [codes.street, 3],
    [codes.city, 2],
    [codes.grid, 1],
  ] as const);
  return pickOr(c, [...level], "420683");
}

const LOCAL = 8 * 3_600_000;

/** A local time (UTC+8) `days` days from the reference at a round hour of the day, as ISO text. */
function localTime(c: ValueContext, days: number, hour: number, minute = 0): string {
  const day = Math.floor((c.now + LOCAL) / 86_400_000) + days;
  return new Date(day * 86_400_000 - LOCAL + hour * 3_600_000 + minute * 60_000).toISOString();
}

/** Dates within one input object agree: ends after starts, `to` after `from`. */
export interface DatePlan {
  days: number;
  hour: number;
  length: number;
}

export const planDates = (r: Random): DatePlan => ({ days: r.int(-20, 20), hour: r.int(7, 20), length: r.int(1, 3) });

function dateFor(c: ValueContext, name: string, plan: DatePlan): string {
  const later = /end|to$|before|until|due/i.test(name);
  if (/^(from|to)$/.test(name)) return localTime(c, later ? plan.days + 30 : plan.days - 30, 0);
  return localTime(c, plan.days, plan.hour + (later ? plan.length : 0), c.r.pick([0, 30]));
}

function stringFor(c: ValueContext, slot: Slot, plan: DatePlan): string {
  const { r } = c;
  const name = slot.name;
  if (/Ids?$|^id$/.test(name)) return idFor(c, name);
  if (/code/i.test(name) || name === "jurisdiction" || /prefix/i.test(name)) return codeFor(c, slot);
  if (/department/i.test(name)) return r.pick(DEPARTMENTS);
  if (name === "month") return localTime(c, plan.days, 0).slice(0, 7);
  if (name === "quarter") return `${localTime(c, plan.days, 0).slice(0, 4)}-Q${r.int(1, 4)}`;
  if (name === "after" || name === "before") return pickOr(c, c.known.cursors, "");
  if (/phone/i.test(name)) return `13${r.int(100000000, 999999999)}`;
  if (/name/i.test(name)) return r.pick(NAMES);
  if (/idempotency/i.test(name)) return `fuzz-${r.int(1, 200)}`;
  if (/At$/.test(name)) return dateFor(c, name, plan);
  return `${r.pick(TEXTS)}${r.chance(0.5) ? ` ${r.int(1, 999)}` : ""}`;
}

function intFor(c: ValueContext, name: string): number {
  const { r } = c;
  if (name === "first") return r.weighted([
    [r.int(1, 10), 8],
    [r.int(11, 100), 1],
  ] as const);
  if (/capacity|seats/i.test(name)) return r.int(1, 30);
  if (/rating|score|stars|level/i.test(name)) return r.int(1, 5);
  if (/version/i.test(name)) return r.int(1, 4);
  if (/meters/i.test(name)) return r.int(100, 5000);
  if (/hours/i.test(name)) return r.int(1, 240);
  return r.int(0, 50);
}

function floatFor(c: ValueContext, name: string): number {
  const { r } = c;
  if (/lat/i.test(name)) return Math.round(r.float(31.2, 32.2) * 1e5) / 1e5;
  if (/lng|lon/i.test(name)) return Math.round(r.float(111.7, 112.8) * 1e5) / 1e5;
  if (/hours/i.test(name)) return r.pick([0.5, 1, 1.5, 2, 3, 8]);
  return Math.round(r.float(0, 100) * 10) / 10;
}

/** A value for an argument or input field: valid most of the time, hostile with the context's chance. */
export function valueFor(c: ValueContext, type: GraphQLInputType, slot: Slot, plan: DatePlan = planDates(c.r)): unknown {
  const { r } = c;
  if (r.chance(c.hostility)) {
    // Null where non-null, an item where a list, or a scalar of the wrong kind.
    return r.weighted<() => unknown>([
      [() => null, 2],
      [() => (isListType(type) || (isNonNullType(type) && isListType(type.ofType)) ? hostileScalar(c) : [hostileScalar(c)]), 1],
      [() => hostileScalar(c), 8],
    ])();
  }
  if (isNonNullType(type)) return valueFor(c, type.ofType, slot, plan);
  if (isListType(type)) {
    const n = r.weighted([
      [r.int(1, 3), 8],
      [0, 1],
      [r.int(4, 30), 1],
    ] as const);
    return Array.from({ length: n }, () => valueFor(c, type.ofType, slot, plan));
  }
  if (isEnumType(type)) return r.pick(type.getValues()).name;
  if (isInputObjectType(type)) {
    const inner = planDates(r);
    const out: Record<string, unknown> = {};
    for (const field of Object.values(type.getFields())) {
      const required = isNonNullType(field.type) && field.defaultValue === undefined;
      if (required || r.chance(0.5)) out[field.name] = valueFor(c, field.type, { name: field.name, rootField: slot.rootField }, inner);
    }
    if (c.hostility > 0 && r.chance(0.05)) out[r.pick(["bogus", "toString", "constructor"])] = 1;
    return out;
  }
  if (isScalarType(type)) {
    switch (type.name) {
      case "Int":
        return intFor(c, slot.name);
      case "Float":
        return floatFor(c, slot.name);
      case "Boolean":
        return r.chance(0.5);
      case "DateTimeISO":
        return dateFor(c, slot.name, plan);
      case "ID":
        return /code/i.test(slot.name) ? codeFor(c, slot) : idFor(c, slot.name);
      default:
        return stringFor(c, slot, plan);
    }
  }
  return null;
}
