import { randomUUID } from "node:crypto";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { RunningApi } from "../src/server/app.js";
import { graphql, startTestApi } from "./support/api.js";
import { gid, rowId } from "./support/global-id.js";
import { TcpProxy } from "./support/tcp-proxy.js";

const COMMUNITY = "420683001001";
const OTHER_COMMUNITY = "420683001002";
const run = randomUUID().slice(0, 8);

let api: RunningApi;
let party: pg.Client;
let inService: string[] = [];
let registered: string;
let grid: string;

beforeAll(async () => {
  api = await startTestApi();
  party = new pg.Client({ connectionString: inject("databaseUrls").party });
  await party.connect();
  const res = await graphql(api, `{ inService: partyMembers(first: 25, kind: IN_SERVICE) { edges { node { id } } }
    registered: partyMembers(first: 1, kind: REGISTERED) { edges { node { id } } }
    community(code: "${COMMUNITY}") { grids { code } } }`);
  expect(res.errors).toBeUndefined();
  inService = res.data!.inService.edges.map((e: any) => e.node.id);
  registered = res.data!.registered.edges[0].node.id;
  grid = res.data!.community.grids[0].code;
});
afterAll(async () => {
  await party?.end();
  await api?.stop();
});

const count = async (sql: string, params: unknown[] = []) => (await party.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${sql}`, params)).rows[0]!.n;
const errorOf = (res: { errors?: { extensions?: Record<string, any> }[] }) => res.errors?.[0]?.extensions ?? {};

// --- micro-wishes ------------------------------------------------------------------------------

const WISH = `id status version claimedAt fulfilledAt claimedBy { id name }`;
const POST_WISH = `mutation($input: PostMicroWishInput!) { postMicroWish(input: $input) { replayed microWish { ${WISH} communityCode gridCode title } } }`;
const CLAIM_WISH = `mutation($input: ClaimMicroWishInput!) { claimMicroWish(input: $input) { microWish { ${WISH} } } }`;
const FULFIL_WISH = `mutation($input: FulfilMicroWishInput!) { fulfilMicroWish(input: $input) { microWish { ${WISH} } } }`;

const wishInput = (over: Record<string, unknown> = {}) => ({
  communityCode: COMMUNITY,
  gridCode: grid,
  residentName: `居民${run}`,
  residentPhone: "13800000000",
  title: "帮忙修理轮椅",
  description: "家中轮椅刹车失灵，希望有党员帮忙修理。",
  ...over,
});

describe("micro-wishes (微心愿): OPEN → CLAIMED → FULFILLED", () => {
  it("walks every step, refusing the illegal ones, with one winner among 20 concurrent claims", async () => {
    const posted = await graphql(api, POST_WISH, { input: wishInput() });
    expect(posted.errors).toBeUndefined();
    const wish = posted.data!.postMicroWish.microWish;
    expect(posted.data!.postMicroWish.replayed).toBe(false);
    expect(wish).toMatchObject({ status: "OPEN", version: 1, claimedBy: null, communityCode: COMMUNITY, gridCode: grid });

    // Fulfilling an open wish is not a step of the lifecycle.
    const early = await graphql(api, FULFIL_WISH, { input: { microWishId: wish.id, memberId: inService[0], expectedVersion: 1 } });
    expect(errorOf(early)).toMatchObject({ code: "CONFLICT", status: "OPEN", allowedActions: ["CLAIM"] });

    const ghost = await graphql(api, CLAIM_WISH, { input: { microWishId: wish.id, memberId: gid("PartyMember", 99_999_999) } });
    expect(errorOf(ghost)).toMatchObject({ code: "BAD_USER_INPUT", field: "input.memberId" });
    const noWish = await graphql(api, CLAIM_WISH, { input: { microWishId: gid("MicroWish", 99_999_999), memberId: inService[0] } });
    expect(errorOf(noWish).code).toBe("NOT_FOUND");

    const claims = await Promise.all(inService.slice(0, 20).map((memberId) => graphql(api, CLAIM_WISH, { input: { microWishId: wish.id, memberId } })));
    const winners = claims.filter((r) => !r.errors);
    expect(winners).toHaveLength(1);
    for (const loser of claims.filter((r) => r.errors)) {
      expect(errorOf(loser)).toMatchObject({ code: "CONFLICT", status: "CLAIMED" });
      expect(loser.errors![0]!.message).toContain("CLAIMED");
    }
    const claimed = winners[0]!.data!.claimMicroWish.microWish;
    expect(claimed).toMatchObject({ status: "CLAIMED", version: 2 });
    expect(claimed.claimedAt).toBeTruthy();
    const claimer = claimed.claimedBy.id;
    const other = inService.find((m) => m !== claimer)!;

    const stranger = await graphql(api, FULFIL_WISH, { input: { microWishId: wish.id, memberId: other, expectedVersion: 2 } });
    expect(errorOf(stranger).code).toBe("FORBIDDEN");
    const stale = await graphql(api, FULFIL_WISH, { input: { microWishId: wish.id, memberId: claimer, expectedVersion: 1 } });
    expect(errorOf(stale)).toMatchObject({ code: "CONFLICT", currentVersion: 2, status: "CLAIMED" });

    const fulfilled = await graphql(api, FULFIL_WISH, { input: { microWishId: wish.id, memberId: claimer, expectedVersion: 2 } });
    expect(fulfilled.errors).toBeUndefined();
    expect(fulfilled.data!.fulfilMicroWish.microWish).toMatchObject({ status: "FULFILLED", version: 3, claimedBy: { id: claimer } });
    expect(fulfilled.data!.fulfilMicroWish.microWish.fulfilledAt).toBeTruthy();

    const again = await graphql(api, FULFIL_WISH, { input: { microWishId: wish.id, memberId: claimer, expectedVersion: 3 } });
    expect(errorOf(again)).toMatchObject({ code: "CONFLICT", status: "FULFILLED", allowedActions: [] });
    const reclaim = await graphql(api, CLAIM_WISH, { input: { microWishId: wish.id, memberId: other } });
    expect(errorOf(reclaim)).toMatchObject({ code: "CONFLICT", status: "FULFILLED" });

    const node = await graphql(api, `query($id: ID!) { node(id: $id) { ... on MicroWish { ${WISH} } } }`, { id: wish.id });
    expect(node.data!.node).toEqual(fulfilled.data!.fulfilMicroWish.microWish);
  });

  it("validates the input before writing, naming the field", async () => {
    const before = await count("micro_wishes WHERE resident_name = $1", [`居民${run}-bad`]);
    const cases: [Record<string, unknown>, string][] = [
      [{ communityCode: "999999999999", gridCode: null }, "input.communityCode"],
      [{ communityCode: "4206830010", gridCode: null }, "input.communityCode"],
      [{ gridCode: `${OTHER_COMMUNITY}001` }, "input.gridCode"],
      [{ gridCode: `${COMMUNITY}999` }, "input.gridCode"],
      [{ title: "愿".repeat(121) }, "input.title"],
      [{ description: "   " }, "input.description"],
      [{ residentPhone: "12345" }, "input.residentPhone"],
      [{ idempotencyKey: "no spaces allowed" }, "input.idempotencyKey"],
    ];
    for (const [over, field] of cases) {
      const res = await graphql(api, POST_WISH, { input: wishInput({ residentName: `居民${run}-bad`, ...over }) });
      expect(errorOf(res), field).toMatchObject({ code: "BAD_USER_INPUT", field });
    }
    expect(await count("micro_wishes WHERE resident_name = $1", [`居民${run}-bad`])).toBe(before);
  });

  it("replays a resend with the same idempotency key and refuses the key for a different wish", async () => {
    const input = wishInput({ residentName: `居民${run}-k`, idempotencyKey: `wish-${run}` });
    const first = await graphql(api, POST_WISH, { input });
    expect(first.errors).toBeUndefined();
    const rows = await count("micro_wishes WHERE resident_name = $1", [`居民${run}-k`]);
    expect(rows).toBe(1);
    const second = await graphql(api, POST_WISH, { input });
    expect(second.data!.postMicroWish).toMatchObject({ replayed: true, microWish: { id: first.data!.postMicroWish.microWish.id } });
    expect(await count("micro_wishes WHERE resident_name = $1", [`居民${run}-k`])).toBe(rows);

    const different = await graphql(api, POST_WISH, { input: { ...input, title: "另一个心愿" } });
    expect(errorOf(different)).toMatchObject({ code: "CONFLICT", field: "input.idempotencyKey" });
    expect(await count("micro_wishes WHERE resident_name = $1", [`居民${run}-k`])).toBe(rows);
  });

  it("writes one wish for 10 concurrent sends with one key", async () => {
    const input = wishInput({ residentName: `居民${run}-c`, idempotencyKey: `wish-burst-${run}` });
    const results = await Promise.all(Array.from({ length: 10 }, () => graphql(api, POST_WISH, { input })));
    expect(results.every((r) => !r.errors)).toBe(true);
    expect(new Set(results.map((r) => r.data!.postMicroWish.microWish.id)).size).toBe(1);
    expect(results.filter((r) => !r.data!.postMicroWish.replayed)).toHaveLength(1);
    expect(await count("micro_wishes WHERE resident_name = $1", [`居民${run}-c`])).toBe(1);
  });
});

// --- venue bookings ----------------------------------------------------------------------------

const BOOKING = `id status startsAt endsAt bookerName bookerPhone purpose createdAt cancelledAt venue { id name }`;
const BOOK = `mutation($input: BookVenueInput!) { bookVenue(input: $input) { replayed booking { ${BOOKING} } } }`;
const CANCEL = `mutation($input: CancelBookingInput!) { cancelBooking(input: $input) { booking { ${BOOKING} } } }`;

// A random far-future day per run, so reruns against a kept database find their slots free.
const bookingDay = (() => {
  const day = new Date(Date.UTC(2032, 0, 1) + Math.floor(Math.random() * 3000) * 86_400_000);
  return day.toISOString().slice(0, 10);
})();
const at = (clock: string, day = bookingDay) => `${day}T${clock}:00+08:00`;

let venues: { id: string; name: string; opensAt: string; closesAt: string }[] = [];
const venue = async (i: number) => {
  if (venues.length === 0) {
    const res = await graphql(api, `{ venues(first: 10, filter: { divisionCode: "${COMMUNITY}" }) { edges { node { id name opensAt closesAt } } } }`);
    venues = res.data!.venues.edges.map((e: any) => e.node);
  }
  return venues[i]!;
};
const bookingInput = (venueId: string, over: Record<string, unknown> = {}) => ({
  venueId,
  startsAt: at("10:00"),
  endsAt: at("11:00"),
  purpose: "党员学习会",
  bookerName: `预约人${run}`,
  bookerPhone: "027-88886666",
  ...over,
});

describe("venue bookings (场地预约)", () => {
  it("gives one slot to exactly one of 20 concurrent requests, and the database holds no overlap", async () => {
    const { id } = await venue(0);
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) => graphql(api, BOOK, { input: bookingInput(id, { bookerName: `抢订${i}`, startsAt: at(i % 2 ? "14:00" : "14:30"), endsAt: at("15:30") }) })),
    );
    const won = results.filter((r) => !r.errors);
    expect(won).toHaveLength(1);
    expect(won[0]!.data!.bookVenue.booking).toMatchObject({ status: "CONFIRMED", venue: { id } });
    const lost = results.filter((r) => r.errors);
    expect(lost).toHaveLength(19);
    for (const r of lost) expect(errorOf(r).code).toBe("CONFLICT");

    const venueKey = rowId(id);
    const slot = await count(
      `venue_bookings WHERE venue_id = $1 AND status = 'CONFIRMED' AND tstzrange(starts_at, ends_at) && tstzrange($2::timestamptz, $3::timestamptz)`,
      [venueKey, at("14:00"), at("15:30")],
    );
    expect(slot).toBe(1);
    const overlaps = await count(`venue_bookings a JOIN venue_bookings b ON a.venue_id = b.venue_id AND a.id < b.id
      WHERE a.status = 'CONFIRMED' AND b.status = 'CONFIRMED' AND tstzrange(a.starts_at, a.ends_at) && tstzrange(b.starts_at, b.ends_at)`);
    expect(overlaps).toBe(0);
  });

  it("refuses times outside the opening hours or otherwise out of bounds, naming the field", async () => {
    const v = await venue(1);
    const cases: [Record<string, unknown>, string][] = [
      [{ startsAt: at("06:00"), endsAt: at("07:00") }, "input.startsAt"],
      [{ startsAt: at("20:00"), endsAt: at("23:00") }, "input.endsAt"],
      [{ startsAt: at("10:00"), endsAt: at("09:00") }, "input.endsAt"],
      [{ startsAt: "2020-01-01T10:00:00+08:00", endsAt: "2020-01-01T11:00:00+08:00" }, "input.startsAt"],
      [{ startsAt: at("09:00"), endsAt: at("22:00") }, "input.endsAt"],
      [{ startsAt: at("21:00"), endsAt: `${new Date(Date.parse(at("00:00")) + 86_400_000 + 8 * 3_600_000).toISOString().slice(0, 10)}T01:00:00+08:00` }, "input.endsAt"],
      [{ purpose: "" }, "input.purpose"],
      [{ venueId: gid("Venue", 99_999_999) }, "input.venueId"],
      [{ venueId: gid("RedStation", 1) }, "input.venueId"],
    ];
    const before = await count("venue_bookings WHERE booker_name = $1", [`预约人${run}`]);
    for (const [over, field] of cases) {
      const res = await graphql(api, BOOK, { input: bookingInput(v.id, over) });
      expect(errorOf(res), JSON.stringify(over)).toMatchObject({ code: "BAD_USER_INPUT", field });
    }
    const early = await graphql(api, BOOK, { input: bookingInput(v.id, { startsAt: at("06:00"), endsAt: at("07:00") }) });
    expect(early.errors![0]!.message).toContain(v.opensAt.slice(0, 5));
    expect(await count("venue_bookings WHERE booker_name = $1", [`预约人${run}`])).toBe(before);
  });

  it("frees the slot on cancel, refuses a second cancel, and lists confirmed bookings in a window", async () => {
    const v = await venue(2);
    const input = bookingInput(v.id, { startsAt: at("16:00"), endsAt: at("17:00") });
    const first = await graphql(api, BOOK, { input });
    expect(first.errors).toBeUndefined();
    const booking = first.data!.bookVenue.booking;
    expect(errorOf(await graphql(api, BOOK, { input })).code).toBe("CONFLICT");
    // Touching end-to-start is not an overlap.
    const next = await graphql(api, BOOK, { input: bookingInput(v.id, { startsAt: at("17:00"), endsAt: at("18:00") }) });
    expect(next.errors).toBeUndefined();

    const window = `query($id: ID!, $from: DateTimeISO, $to: DateTimeISO) { node(id: $id) { ... on Venue { bookings(from: $from, to: $to) { id status startsAt } } } }`;
    const listed = await graphql(api, window, { id: v.id, from: at("00:00"), to: at("23:59") });
    expect(listed.data!.node.bookings.map((b: any) => b.id)).toEqual([booking.id, next.data!.bookVenue.booking.id]);

    const asNode = await graphql(api, `query($id: ID!) { node(id: $id) { ... on VenueBooking { ${BOOKING} } } }`, { id: booking.id });
    expect(asNode.data!.node).toEqual(booking);

    const cancelled = await graphql(api, CANCEL, { input: { bookingId: booking.id } });
    expect(cancelled.errors).toBeUndefined();
    expect(cancelled.data!.cancelBooking.booking).toMatchObject({ id: booking.id, status: "CANCELLED" });
    expect(cancelled.data!.cancelBooking.booking.cancelledAt).toBeTruthy();
    expect(errorOf(await graphql(api, CANCEL, { input: { bookingId: booking.id } }))).toMatchObject({ code: "CONFLICT", status: "CANCELLED" });

    const rebooked = await graphql(api, BOOK, { input: { ...input, bookerName: "另一位预约人" } });
    expect(rebooked.errors).toBeUndefined();
    expect(rebooked.data!.bookVenue.booking.id).not.toBe(booking.id);
    const after = await graphql(api, window, { id: v.id, from: at("00:00"), to: at("23:59") });
    expect(after.data!.node.bookings.map((b: any) => b.id)).toEqual([rebooked.data!.bookVenue.booking.id, next.data!.bookVenue.booking.id]);

    const tooWide = await graphql(api, window, { id: v.id, from: at("00:00"), to: "2099-01-01T00:00:00Z" });
    expect(errorOf(tooWide)).toMatchObject({ code: "BAD_USER_INPUT", argument: "to" });
  });

  it("batches Venue.bookings across venues into one statement", async () => {
    const res = await graphql(api, `{ venues(first: 20) { edges { node { bookings(from: "${at("00:00")}", to: "${at("23:59")}") { id venue { name } } } } } }`);
    expect(res.errors).toBeUndefined();
    // venues page + bookings + their venues (already loaded by id: one lookup)
    expect(res.extensions!.queryStats!.party!.statements).toBeLessThanOrEqual(3);
  });

  it("replays a resend with the same idempotency key, refuses it for a different booking, and writes once under 10 concurrent sends", async () => {
    const v = await venue(3);
    const input = bookingInput(v.id, { startsAt: at("10:00"), endsAt: at("11:30"), bookerName: `重发${run}`, idempotencyKey: `book-${run}` });
    const first = await graphql(api, BOOK, { input });
    expect(first.errors).toBeUndefined();
    const second = await graphql(api, BOOK, { input });
    expect(second.data!.bookVenue).toMatchObject({ replayed: true, booking: { id: first.data!.bookVenue.booking.id } });
    expect(await count("venue_bookings WHERE booker_name = $1", [`重发${run}`])).toBe(1);
    const different = await graphql(api, BOOK, { input: { ...input, endsAt: at("12:00") } });
    expect(errorOf(different)).toMatchObject({ code: "CONFLICT", field: "input.idempotencyKey" });

    const burst = { ...input, startsAt: at("13:00"), endsAt: at("14:00"), bookerName: `并发${run}`, idempotencyKey: `book-burst-${run}` };
    const results = await Promise.all(Array.from({ length: 10 }, () => graphql(api, BOOK, { input: burst })));
    expect(results.every((r) => !r.errors)).toBe(true);
    expect(new Set(results.map((r) => r.data!.bookVenue.booking.id)).size).toBe(1);
    expect(results.filter((r) => !r.data!.bookVenue.replayed)).toHaveLength(1);
    expect(await count("venue_bookings WHERE booker_name = $1", [`并发${run}`])).toBe(1);
  });
});

// --- service posts -----------------------------------------------------------------------------

const OPEN_POST = `mutation($input: OpenServicePostInput!) { openServicePost(input: $input) { post { id status capacity claimedCount } } }`;
const CLAIM_POST = `mutation($input: ClaimServicePostInput!) { claimServicePost(input: $input) { post { id status claimedCount } claim { claimedAt member { id kind } } } }`;
const postInput = (capacity: number) => ({ communityCode: COMMUNITY, title: `楼道清洁岗${run}`, description: "每周六上午清理楼道杂物。", capacity, skillsWanted: ["环境整治"] });

describe("service posts (按需设岗 / 认领岗位)", () => {
  it("never takes more claims than places: 20 concurrent claims on 3 places give 3 claims and FILLED", async () => {
    const opened = await graphql(api, OPEN_POST, { input: postInput(3) });
    expect(opened.errors).toBeUndefined();
    const post = opened.data!.openServicePost.post;
    expect(post).toMatchObject({ status: "OPEN", capacity: 3, claimedCount: 0 });

    const results = await Promise.all(inService.slice(0, 20).map((memberId) => graphql(api, CLAIM_POST, { input: { postId: post.id, memberId } })));
    const won = results.filter((r) => !r.errors);
    expect(won).toHaveLength(3);
    for (const r of results.filter((r) => r.errors)) expect(errorOf(r).code).toBe("CONFLICT");
    expect(won.every((r) => r.data!.claimServicePost.claim.member.kind === "IN_SERVICE")).toBe(true);

    const postKey = rowId(post.id);
    expect(await count("service_post_claims WHERE post_id = $1", [postKey])).toBe(3);
    const read = await graphql(api, `query($id: ID!) { node(id: $id) { ... on ServicePost { status claimedCount claims { member { id } } community { code } } } }`, { id: post.id });
    expect(read.data!.node).toMatchObject({ status: "FILLED", claimedCount: 3, community: { code: COMMUNITY } });
    expect(new Set(read.data!.node.claims.map((c: any) => c.member.id))).toEqual(new Set(won.map((r) => r.data!.claimServicePost.claim.member.id)));

    const listed = await graphql(api, `{ servicePosts(first: 100, filter: { divisionCode: "${COMMUNITY}", status: FILLED }) { totalCount edges { node { id status communityCode } } } }`);
    expect(listed.errors).toBeUndefined();
    expect(listed.data!.servicePosts.edges.map((e: any) => e.node.id)).toContain(post.id);
    expect(listed.data!.servicePosts.edges.every((e: any) => e.node.status === "FILLED" && e.node.communityCode === COMMUNITY)).toBe(true);
  });

  it("refuses a member who is not in service and a second claim by the same member", async () => {
    const post = (await graphql(api, OPEN_POST, { input: postInput(5) })).data!.openServicePost.post;
    const notInService = await graphql(api, CLAIM_POST, { input: { postId: post.id, memberId: registered } });
    expect(errorOf(notInService)).toMatchObject({ code: "BAD_USER_INPUT", field: "input.memberId" });

    const once = await graphql(api, CLAIM_POST, { input: { postId: post.id, memberId: inService[0] } });
    expect(once.data!.claimServicePost.post).toMatchObject({ status: "OPEN", claimedCount: 1 });
    const twice = await graphql(api, CLAIM_POST, { input: { postId: post.id, memberId: inService[0] } });
    expect(errorOf(twice).code).toBe("CONFLICT");
    const postKey = rowId(post.id);
    expect(await count("service_post_claims WHERE post_id = $1", [postKey])).toBe(1);
  });

  it("validates a new post's community and capacity", async () => {
    expect(errorOf(await graphql(api, OPEN_POST, { input: { ...postInput(3), communityCode: "420683999999" } }))).toMatchObject({ code: "BAD_USER_INPUT", field: "input.communityCode" });
    expect(errorOf(await graphql(api, OPEN_POST, { input: postInput(0) }))).toMatchObject({ code: "BAD_USER_INPUT", field: "input.capacity" });
  });
});

// --- deliberations -----------------------------------------------------------------------------

const DELIBERATION = `id status version resolution attendeeCount linkedEventCodes linkedEvents { id code communityCode }`;
const SCHEDULE = `mutation($input: ScheduleDeliberationInput!) { scheduleDeliberation(input: $input) { deliberation { ${DELIBERATION} } } }`;
const RECORD = `mutation($input: RecordDeliberationOutcomeInput!) { recordDeliberationOutcome(input: $input) { deliberation { ${DELIBERATION} } } }`;
const scheduleInput = (over: Record<string, unknown> = {}) => ({
  communityCode: COMMUNITY,
  topic: `加装电梯费用分摊${run}`,
  format: "幸福圆桌会",
  heldAt: at("19:00"),
  participants: ["社区党委书记", "居民代表", "物业公司代表"],
  ...over,
});
const eventsOf = async (community: string) =>
  (await graphql(api, `{ events(first: 3, filter: { communityCode: "${community}" }) { edges { node { id code } } } }`)).data!.events.edges.map((e: any) => e.node);

describe("deliberations (议事协商)", () => {
  it("writes nothing when a linked event does not exist or lies in another community", async () => {
    const [own] = await eventsOf(COMMUNITY);
    const [foreign] = await eventsOf(OTHER_COMMUNITY);
    const topic = `悬空链接${run}`;
    const missing = await graphql(api, SCHEDULE, { input: scheduleInput({ topic, linkedEventIds: [own.id, gid("Event", 99_999_999)] }) });
    expect(errorOf(missing)).toMatchObject({ code: "BAD_USER_INPUT", field: "input.linkedEventIds" });
    expect(missing.errors![0]!.message).toContain(gid("Event", 99_999_999));
    const stray = await graphql(api, SCHEDULE, { input: scheduleInput({ topic, linkedEventIds: [foreign.id] }) });
    expect(errorOf(stray)).toMatchObject({ code: "BAD_USER_INPUT", field: "input.linkedEventIds" });
    expect(stray.errors![0]!.message).toContain(foreign.code);
    const notAnEvent = await graphql(api, SCHEDULE, { input: scheduleInput({ topic, linkedEventIds: [gid("Venue", 1)] }) });
    expect(errorOf(notAnEvent)).toMatchObject({ code: "BAD_USER_INPUT", field: "input.linkedEventIds.0" });
    expect(await count("deliberations WHERE topic = $1", [topic])).toBe(0);
  });

  it("validates the schedule, naming the field", async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ heldAt: "2020-01-01T19:00:00+08:00" }, "input.heldAt"],
      [{ participants: Array.from({ length: 51 }, (_, i) => `居民${i}`) }, "input.participants"],
      [{ participants: [] }, "input.participants"],
      [{ topic: "议".repeat(201) }, "input.topic"],
      [{ communityCode: "420683001999" }, "input.communityCode"],
    ];
    for (const [over, field] of cases) expect(errorOf(await graphql(api, SCHEDULE, { input: scheduleInput(over) })), field).toMatchObject({ code: "BAD_USER_INPUT", field });
  });

  it("schedules with linked events and records HELD then RESOLVED, refusing stale versions and illegal steps", async () => {
    const events = await eventsOf(COMMUNITY);
    const scheduled = await graphql(api, SCHEDULE, { input: scheduleInput({ linkedEventIds: [events[0].id] }) });
    expect(scheduled.errors).toBeUndefined();
    const d = scheduled.data!.scheduleDeliberation.deliberation;
    expect(d).toMatchObject({ status: "SCHEDULED", version: 1, linkedEventCodes: [events[0].code], linkedEvents: [{ id: events[0].id, communityCode: COMMUNITY }] });

    const record = (over: Record<string, unknown>) => graphql(api, RECORD, { input: { deliberationId: d.id, resolution: "原则同意加装，费用按楼层分摊。", attendeeCount: 18, ...over } });
    const held = await record({ expectedVersion: 1, status: "HELD", linkedEventIds: [events[0].id, events[1].id] });
    expect(held.errors).toBeUndefined();
    expect(held.data!.recordDeliberationOutcome.deliberation).toMatchObject({ status: "HELD", version: 2, attendeeCount: 18, linkedEventCodes: [events[0].code, events[1].code] });

    expect(errorOf(await record({ expectedVersion: 1, status: "RESOLVED" }))).toMatchObject({ code: "CONFLICT", currentVersion: 2, status: "HELD" });
    expect(errorOf(await record({ expectedVersion: 2, status: "HELD" }))).toMatchObject({ code: "CONFLICT", status: "HELD", allowedActions: ["RESOLVED"] });
    const [foreign] = await eventsOf(OTHER_COMMUNITY);
    expect(errorOf(await record({ expectedVersion: 2, status: "RESOLVED", linkedEventIds: [foreign.id] }))).toMatchObject({ code: "BAD_USER_INPUT", field: "input.linkedEventIds" });
    expect(errorOf(await record({ expectedVersion: 2, status: "RESOLVED", attendeeCount: 0 }))).toMatchObject({ code: "BAD_USER_INPUT", field: "input.attendeeCount" });

    const resolved = await record({ expectedVersion: 2, status: "RESOLVED" });
    expect(resolved.errors).toBeUndefined();
    expect(resolved.data!.recordDeliberationOutcome.deliberation).toMatchObject({ status: "RESOLVED", version: 3, linkedEventCodes: [events[0].code, events[1].code] });
    expect(errorOf(await record({ expectedVersion: 3, status: "RESOLVED" }))).toMatchObject({ code: "CONFLICT", status: "RESOLVED", allowedActions: [] });
  });

  it("batches linkedEvents across deliberations through the event-by-code loader", async () => {
    const res = await graphql(api, `{ deliberations(first: 50) { edges { node { linkedEventCodes linkedEvents { code } } } } }`);
    expect(res.errors).toBeUndefined();
    const nodes = res.data!.deliberations.edges.map((e: any) => e.node);
    expect(nodes.some((n: any) => n.linkedEvents.length > 0)).toBe(true);
    for (const n of nodes) expect(n.linkedEvents.map((e: any) => e.code)).toEqual(n.linkedEventCodes);
    expect(res.extensions!.queryStats!.governance!.statements).toBe(1);
  });
});

describe("deliberations with the governance centre down", () => {
  let proxy: TcpProxy;
  let cut: RunningApi;
  beforeAll(async () => {
    proxy = new TcpProxy(inject("databaseUrls").governance);
    await proxy.up();
    cut = await startTestApi({ governance: proxy.url });
    await proxy.down();
  });
  afterAll(async () => {
    await cut?.stop();
    await proxy?.down();
  });

  it("answers linkedEvents with null and SOURCE_UNAVAILABLE, and refuses to link events it cannot check", async () => {
    const res = await graphql(cut, `{ deliberations(first: 50) { edges { node { topic linkedEventCodes linkedEvents { code } } } } }`);
    const nodes = res.data!.deliberations.edges.map((e: any) => e.node);
    const linked = nodes.filter((n: any) => n.linkedEventCodes.length > 0);
    expect(linked.length).toBeGreaterThan(0);
    expect(linked.every((n: any) => n.linkedEvents === null && n.topic)).toBe(true);
    expect(res.errors!.every((e) => e.extensions?.code === "SOURCE_UNAVAILABLE" && e.extensions?.source === "governance")).toBe(true);

    const topic = `治理中心离线${run}`;
    const scheduled = await graphql(cut, SCHEDULE, { input: scheduleInput({ topic, linkedEventIds: [gid("Event", 1)] }) });
    expect(errorOf(scheduled)).toMatchObject({ code: "SOURCE_UNAVAILABLE", source: "governance" });
    expect(await count("deliberations WHERE topic = $1", [topic])).toBe(0);
  });
});
