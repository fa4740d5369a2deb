import { and, eq, lt } from "drizzle-orm";
import { Arg, Ctx, FieldResolver, Int, Query, Resolver, Root } from "type-graphql";
import { MatchReason, NeedMatch, UnmatchedNeeds, type HelperKindValue, type MatchReasonCodeValue } from "../../schema/analytics/matching.js";
import { ResidentNeed } from "../../schema/common/resident-need.js";
import type { Node } from "../../schema/common/node.js";
import { DEMAND } from "../../sources/civic/entities.js";
import { EVENT } from "../../sources/governance/entities.js";
import { MICRO_WISH } from "../../sources/party/entities.js";
import { streetOf } from "../../sources/common/division-codes.js";
import type { Context } from "../context.js";
import { badArgument } from "../common/errors.js";
import { pageSize } from "../common/cursor.js";
import { rowsFor } from "../common/node-type.js";
import { divisionCodeArg } from "../common/validate.js";
import { NEED_STATUSES } from "../links/needs.js";
import { toActivity, toDemand, toVolunteer, toVolunteerTeam } from "../civic/mappers.js";
import { toEvent } from "../governance/mappers.js";
import { toMicroWish, toPartyMember, toRedStation, toServicePost, toVenue } from "../party/mappers.js";
import { demands } from "../../sources/civic/tables.js";
import { events } from "../../sources/governance/tables.js";
import { microWishes } from "../../sources/party/tables.js";

/**
 * 供需匹配. A need's candidates are the helpers of its community (and, for teams, its street)
 * that the caller sees: volunteers and teams, in-service party members and open posts, upcoming
 * activities, venues and red stations. Each gets points for what fits, and loses some for what
 * it already carries:
 */
const WEIGHT = {
  SAME_GRID: 3,
  SAME_COMMUNITY: 2,
  SAME_STREET: 1,
  SKILL_FIT: 3,
  CATEGORY_FIT: 3,
  /** At the need's spot; falls to 0 at 1 km. */
  NEARBY: 2,
  /** Per open task, at most four of them counted. */
  OPEN_LOAD: -0.5,
  /** Per point of mean rating above 3 (below: taken away), from three ratings up. */
  PAST_RATING: 1,
  SEATS_FREE: 1,
} as const satisfies Record<MatchReasonCodeValue, number>;

const NEARBY_METERS = 1000;

/** What a need offers to match on. */
interface NeedFacts {
  communityCode: string;
  gridCode: string | null;
  category: string | null;
  text: string;
  point: { lat: number; lng: number } | null;
}

function factsOf(need: ResidentNeed): NeedFacts {
  const n = need as ResidentNeed & { gridCode?: string | null; category?: string; lat?: number | null; lng?: number | null };
  return {
    communityCode: need.communityCode,
    gridCode: n.gridCode ?? null,
    // Only a service order carries a category the civic centre's teams and activities share.
    category: need.source === "CIVIC" ? (n.category ?? null) : null,
    text: `${need.title} ${need.description}`,
    point: typeof n.lat === "number" && typeof n.lng === "number" ? { lat: n.lat, lng: n.lng } : null,
  };
}

class Scored {
  readonly reasons: MatchReason[] = [];
  constructor(
    readonly kind: HelperKindValue,
    readonly helper: Node,
  ) {}

  add(code: MatchReasonCodeValue, weight: number, detail: string): this {
    if (weight !== 0) this.reasons.push(Object.assign(new MatchReason(), { code, weight: Math.round(weight * 100) / 100, detail }));
    return this;
  }

  get score(): number {
    return Math.round(this.reasons.reduce((sum, r) => sum + r.weight, 0) * 100) / 100;
  }
}

const skillIn = (text: string, skills: readonly string[]) => skills.find((skill) => skill.length > 0 && text.includes(skill));
const load = (scored: Scored, open: number, what: string) => scored.add("OPEN_LOAD", WEIGHT.OPEN_LOAD * Math.min(open, 4), `${open} ${what} open`);

function place(scored: Scored, need: NeedFacts, at: { communityCode: string; gridCode?: string | null }): Scored {
  if (need.gridCode && at.gridCode === need.gridCode) return scored.add("SAME_GRID", WEIGHT.SAME_GRID, at.gridCode);
  if (at.communityCode === need.communityCode) return scored.add("SAME_COMMUNITY", WEIGHT.SAME_COMMUNITY, at.communityCode);
  return scored;
}

/** Meters between two points (haversine). */
function meters(a: { lat: number; lng: number }, b: { lat: number; lng: number }): number {
  const rad = Math.PI / 180;
  const h = Math.sin(((b.lat - a.lat) * rad) / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(((b.lng - a.lng) * rad) / 2) ** 2;
  return 2 * 6_371_000 * Math.asin(Math.sqrt(h));
}

type Helpers = { civic: Awaited<ReturnType<Context["reads"]["civic"]["helpersIn"]>>; party: Awaited<ReturnType<Context["reads"]["party"]["helpersIn"]>> };

/** The helpers of every community asked for in this request, read once: a fixed number of statements at each centre, whatever the number of needs. */
function helpersOf(ctx: Context, communityCode: string): Promise<Helpers> {
  return ctx.loaders
    .get("matchHelpers", async (codes: readonly string[]) => {
      const [civic, party] = await Promise.all([ctx.reads.civic.helpersIn(codes, new Date()), ctx.reads.party.helpersIn(codes)]);
      return codes.map(() => ({ civic, party }));
    })
    .load(communityCode);
}

/** Every candidate for one need, scored. */
export function candidates(need: NeedFacts, { civic, party }: Helpers): Scored[] {
  const out: Scored[] = [];
  const inCommunity = <R extends { communityCode: string }>(rows: readonly R[]) => rows.filter((r) => r.communityCode === need.communityCode);
  for (const v of inCommunity(civic.volunteers)) {
    const s = place(new Scored("VOLUNTEER", toVolunteer(v)), need, v);
    const skill = skillIn(need.text, v.skills);
    if (skill) s.add("SKILL_FIT", WEIGHT.SKILL_FIT, skill);
    load(s, civic.volunteerLoad.get(v.id) ?? 0, "accepted orders");
    const scores = civic.ratings.get(v.id) ?? new Map<number, number>();
    const rated = [...scores.values()].reduce((a, b) => a + b, 0);
    if (rated >= 3) {
      const mean = [...scores].reduce((sum, [score, n]) => sum + score * n, 0) / rated;
      s.add("PAST_RATING", WEIGHT.PAST_RATING * (mean - 3), `mean ${mean.toFixed(2)} of ${rated} ratings`);
    }
    out.push(s);
  }
  const street = streetOf(need.communityCode);
  for (const t of civic.teams.filter((t) => t.divisionCode === need.communityCode || t.divisionCode === street)) {
    const s = new Scored("VOLUNTEER_TEAM", toVolunteerTeam(t));
    if (t.divisionCode === need.communityCode) s.add("SAME_COMMUNITY", WEIGHT.SAME_COMMUNITY, t.divisionCode);
    else s.add("SAME_STREET", WEIGHT.SAME_STREET, t.divisionCode);
    if (need.category && t.focus === need.category) s.add("CATEGORY_FIT", WEIGHT.CATEGORY_FIT, t.focus);
    load(s, civic.teamLoad.get(t.id) ?? 0, "dispatched orders");
    out.push(s);
  }
  for (const a of inCommunity(civic.activities)) {
    if (!need.category || a.category !== need.category) continue;
    const s = new Scored("ACTIVITY", toActivity(a)).add("SAME_COMMUNITY", WEIGHT.SAME_COMMUNITY, a.communityCode).add("CATEGORY_FIT", WEIGHT.CATEGORY_FIT, a.category);
    const free = a.capacity - (civic.enrolled.get(a.id) ?? 0);
    if (free > 0) s.add("SEATS_FREE", WEIGHT.SEATS_FREE, `${free} of ${a.capacity} seats free`);
    out.push(s);
  }
  for (const m of inCommunity(party.members)) {
    const s = place(new Scored("PARTY_MEMBER", toPartyMember(m)), need, m);
    const skill = skillIn(need.text, m.skills);
    if (skill) s.add("SKILL_FIT", WEIGHT.SKILL_FIT, skill);
    load(s, party.memberLoad.get(m.id) ?? 0, "claimed wishes");
    out.push(s);
  }
  for (const p of inCommunity(party.posts)) {
    const skill = skillIn(need.text, p.skillsWanted);
    if (!skill) continue;
    const s = new Scored("SERVICE_POST", toServicePost(p)).add("SAME_COMMUNITY", WEIGHT.SAME_COMMUNITY, p.communityCode).add("SKILL_FIT", WEIGHT.SKILL_FIT, skill);
    const free = p.capacity - (party.claims.get(p.id) ?? 0);
    if (free > 0) s.add("SEATS_FREE", WEIGHT.SEATS_FREE, `${free} of ${p.capacity} places free`);
    out.push(s);
  }
  if (need.point) {
    const at = need.point;
    for (const r of inCommunity(party.stations)) {
      const d = meters(at, r);
      if (d > NEARBY_METERS) continue;
      out.push(new Scored("RED_STATION", toRedStation(r, Math.round(d))).add("NEARBY", WEIGHT.NEARBY * (1 - d / NEARBY_METERS), `${Math.round(d / 100) * 100} m`));
    }
  }
  for (const v of inCommunity(party.venues)) out.push(new Scored("VENUE", toVenue(v)).add("SAME_COMMUNITY", WEIGHT.SAME_COMMUNITY, v.communityCode));
  return out;
}

/** Highest score first; ties by kind and id, so the order is stable. */
const ranked = (scored: Scored[]) => scored.sort((a, b) => b.score - a.score || a.kind.localeCompare(b.kind) || a.helper.id.localeCompare(b.helper.id));

@Resolver(() => ResidentNeed)
export class NeedMatchResolver {
  @FieldResolver(() => [NeedMatch], {
    description:
      "Who could answer this need, from every centre, best first (供需匹配): volunteers and teams, in-service party members and open posts, upcoming activities of its category, venues, and red stations near it, each with a score and its reasons. Only helpers the caller sees; act on one with the existing workflows (dispatchDemand, claimMicroWish, transitionEvent ASSIGN).",
  })
  async matches(@Root() need: ResidentNeed, @Arg("first", () => Int, { defaultValue: 10, description: "How many (1–100)." }) first: number, @Ctx() ctx: Context): Promise<NeedMatch[]> {
    const size = pageSize(first);
    const facts = factsOf(need);
    const scored = ranked(candidates(facts, await helpersOf(ctx, facts.communityCode)));
    return scored.slice(0, size).map((s) => Object.assign(new NeedMatch(), { kind: s.kind, helper: s.helper, score: s.score, reasons: s.reasons }));
  }
}

@Resolver()
export class UnmatchedNeedsResolver {
  @Query(() => UnmatchedNeeds, { description: "A street's or community's needs nobody has taken up for longer than `olderThanHours` (待响应需求), from all three centres, the oldest first." })
  async unmatchedNeeds(
    @Arg("divisionCode", () => String, { description: "A street's 9 digits or a community's 12." }) divisionCode: string,
    @Arg("olderThanHours", () => Int, { defaultValue: 48, description: "Waiting longer than this many hours (0 to 8760)." }) olderThanHours: number,
    @Arg("first", () => Int, { defaultValue: 50, description: "How many of the oldest (1–100)." }) first: number,
    @Ctx() ctx: Context,
  ): Promise<UnmatchedNeeds> {
    const inside = divisionCodeArg(divisionCode, "divisionCode", [9, 12]);
    if (!Number.isInteger(olderThanHours) || olderThanHours < 0 || olderThanHours > 8760) throw badArgument("olderThanHours", "`olderThanHours` must be between 0 and 8760");
    const size = pageSize(first);
    const before = new Date(Date.now() - olderThanHours * 3_600_000);
    const page = { first: size, direction: "ASC" as const };
    // Nobody has taken them up: the statuses behind the common OPEN state, as the needs list has them.
    const wishFilter = { inside, match: { status: NEED_STATUSES.PARTY.OPEN }, where: lt(microWishes.postedAt, before) };
    const demandFilter = { inside, match: { status: NEED_STATUSES.CIVIC.OPEN }, where: lt(demands.orderedAt, before) };
    const eventFilter = { inside, match: { status: NEED_STATUSES.GOVERNANCE.OPEN }, where: and(eq(events.category, "LIVELIHOOD"), lt(events.reportedAt, before)) };
    const [party, civic, governance] = [rowsFor(ctx, MICRO_WISH), rowsFor(ctx, DEMAND), rowsFor(ctx, EVENT)];
    const [wishes, orders, requests, counts] = await Promise.all([
      party.page(MICRO_WISH, wishFilter, { sort: microWishes.postedAt, page }),
      civic.page(DEMAND, demandFilter, { sort: demands.orderedAt, page }),
      governance.page(EVENT, eventFilter, { sort: events.reportedAt, page }),
      Promise.all([party.count(MICRO_WISH, wishFilter), civic.count(DEMAND, demandFilter), governance.count(EVENT, eventFilter)]),
    ]);
    const needs: ResidentNeed[] = [...wishes.rows.map(toMicroWish), ...orders.rows.map(toDemand), ...requests.rows.map(toEvent)];
    needs.sort((a, b) => a.requestedAt.getTime() - b.requestedAt.getTime() || a.id.localeCompare(b.id));
    return Object.assign(new UnmatchedNeeds(), { totalCount: counts.reduce((a, b) => a + b, 0), needs: needs.slice(0, size) });
  }
}
