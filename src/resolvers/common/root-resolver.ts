import { type GraphQLResolveInfo } from "graphql";
import { Viewer } from "../../schema/common/viewer.js";
import { Arg, Args, Ctx, ID, Info, Int, Query, Resolver } from "type-graphql";
import { GeoPointInput } from "../../schema/common/geo.js";
import { Connection, PageArgs } from "../../schema/common/connection.js";
import { Node } from "../../schema/common/node.js";
import { SourceHealth } from "../../schema/common/source-health.js";
import { Grid } from "../../schema/governance/grid.js";
import { RedStation } from "../../schema/party/facilities.js";
import { Community, CommunityFilter, Division, DivisionLevel } from "../../schema/registry/division.js";
import { eachSource } from "../../sources/index.js";
import type { DivisionRow } from "../../sources/registry/tables.js";
import type { Context } from "../context.js";
import { toConnection } from "./connection.js";
import { decodeCursor, pageSize } from "./cursor.js";
import { fromGlobalId } from "./global-id.js";
import { divisionLoader } from "../registry/loaders.js";
import { gridLoader } from "../governance/loaders.js";
import { divisionCodeArg } from "./validate.js";
import { lookupNode, NODE_TYPES } from "./node-type.js";
import { columnsFor, Selection } from "./selection.js";
import { GRID_COLUMNS } from "../governance/event-columns.js";
import { toGrid } from "../governance/mappers.js";
import { toRedStation } from "../party/mappers.js";
import { toCommunity, toDivision } from "../registry/mappers.js";
import { encodeCursor } from "./cursor.js";
import { idNumberOf } from "./person-id.js";
import { findPerson } from "../links/person.js";
import { badArgument } from "./errors.js";

const CommunityConnection = Connection(Community, "Community", "A page of communities (社区列表).");

/** Root lookups that are not owned by one area: nodes, divisions, communities, grids, sources. */
@Resolver()
export class RootResolver {
  @Query(() => Viewer, { description: "Who the API takes the caller to be, from the bearer token (当前用户)." })
  viewer(@Ctx() { identity }: Context): Viewer {
    return Object.assign(new Viewer(), identity, { scopes: [...identity.scopes], grids: [...identity.grids] });
  }

  @Query(() => Node, { nullable: true, description: "Any object by its global id; null when it does not exist." })
  node(@Arg("id", () => ID, { description: "A global id from any object's `id` field." }) id: string, @Ctx() ctx: Context): Promise<Node | null> {
    return resolveNode(id, ctx);
  }

  @Query(() => [Node], { nullable: "items", description: "Several objects by global id, in the order asked; null for those that do not exist." })
  nodes(@Arg("ids", () => [ID], { description: "Global ids, at most 100." }) ids: string[], @Ctx() ctx: Context): Promise<(Node | null)[]> {
    if (ids.length > 100) throw badArgument("ids", "At most 100 ids at once");
    return Promise.all(ids.map((id) => resolveNode(id, ctx)));
  }

  @Query(() => Division, { nullable: true, description: "A division by its 12-digit code; null when unknown." })
  async division(@Arg("code", () => String, { description: "The division's 12-digit code." }) code: string, @Ctx() ctx: Context): Promise<Division | null> {
    const row = await divisionLoader(ctx).load(divisionCodeArg(code, "code", [12]));
    return row && toDivision(row);
  }

  @Query(() => [Division], { description: "Divisions, optionally children of one parent and of one level, in code order." })
  async divisions(
    @Arg("parentCode", () => String, { nullable: true, description: "Only the children of this division (its code)." }) parentCode: string | null,
    @Arg("level", () => DivisionLevel, { nullable: true, description: "Only divisions of this level." }) level: DivisionRow["level"] | null,
    @Ctx() { reads }: Context,
  ): Promise<Division[]> {
    const rows = await reads.registry.divisions({ parentCode: parentCode ? divisionCodeArg(parentCode, "parentCode", [12]) : undefined, level: level ?? undefined });
    return rows.map(toDivision);
  }

  @Query(() => Community, { nullable: true, description: "A community by its 12-digit code; null when no community has it." })
  async community(@Arg("code", () => String, { description: "The community's 12-digit code." }) code: string, @Ctx() ctx: Context): Promise<Community | null> {
    const row = await divisionLoader(ctx).load(divisionCodeArg(code, "code", [12]));
    return row?.level === "COMMUNITY" ? toCommunity(row) : null;
  }

  @Query(() => CommunityConnection, { description: "Communities in code order, filtered and keyset-paginated." })
  async communities(@Args(() => PageArgs) { first, after }: PageArgs, @Arg("filter", () => CommunityFilter, { nullable: true, description: "Which communities; all when omitted." }) filter: CommunityFilter | null, @Ctx() { reads }: Context) {
    const f = { codePrefix: filter?.codePrefix ? divisionCodeArg(filter.codePrefix, "filter.codePrefix", [6, 9, 12]) : undefined, nameContains: filter?.nameContains ?? undefined };
    const cursor = decodeCursor(after);
    const page = await reads.registry.communities(f, { first: pageSize(first), after: cursor ? String(cursor.sort) : undefined });
    return toConnection(page, toCommunity, (r) => encodeCursor(r.code, r.code), () => reads.registry.countCommunities(f));
  }

  @Query(() => Grid, { nullable: true, description: "A grid by its 15-digit code; null when unknown." })
  async grid(@Arg("code", () => String, { description: "The grid's 15-digit code." }) code: string, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo): Promise<Grid | null> {
    const row = await gridLoader(ctx, columnsFor(GRID_COLUMNS, Selection.of(info), ctx)).load(divisionCodeArg(code, "code", [15]));
    return row && toGrid(row);
  }

  @Query(() => [RedStation], { description: "Red stations within a distance of a point, nearest first: the 15-minute party-mass service circle (15分钟党群服务圈)." })
  async redStations(
    @Arg("near", () => GeoPointInput, { description: "The point to search around." }) near: GeoPointInput,
    @Arg("withinMeters", () => Int, { defaultValue: 1000, description: "Radius in metres (a 15-minute walk is about 1,000 m); at most 10,000." }) withinMeters: number,
    @Arg("first", () => Int, { defaultValue: 20, description: "How many (1–100)." }) first: number,
    @Ctx() { reads }: Context,
  ): Promise<RedStation[]> {
    const { lat, lng } = near;
    if (!(lat >= -90 && lat <= 90)) throw badArgument("near.lat", "`near.lat` must be between -90 and 90");
    if (!(lng >= -180 && lng <= 180)) throw badArgument("near.lng", "`near.lng` must be between -180 and 180");
    if (withinMeters < 1 || withinMeters > 10_000) throw badArgument("withinMeters", "`withinMeters` must be 1–10000");
    const rows = await reads.party.redStationsNear(lat, lng, withinMeters, pageSize(first));
    return rows.map((r) => toRedStation(r.station, Math.round(r.distance)));
  }

  @Query(() => [SourceHealth], { description: "Each source database's health and round-trip time (数据源状态)." })
  async sources(@Ctx() { databases }: Context): Promise<SourceHealth[]> {
    return Promise.all(
      eachSource(databases).map(async (db) => {
        try {
          return { name: db.name, up: true, roundTripMs: Math.round((await db.ping()) * 100) / 100 };
        } catch {
          return { name: db.name, up: false, roundTripMs: null };
        }
      }),
    );
  }
}

/** Resolves a global id through the same per-request loaders as the lists. */
export async function resolveNode(id: string, ctx: Context): Promise<Node | null> {
  const { type, key } = fromGlobalId(id);
  switch (type) {
    case "Division":
    case "Community": {
      const row = await divisionLoader(ctx).load(key);
      if (!row) return null;
      if (type === "Community") return row.level === "COMMUNITY" ? toCommunity(row) : null;
      return toDivision(row);
    }
    case "Person":
      return findPerson(idNumberOf(key, ctx.idSecret), ctx);
    default: {
      const nodeType = NODE_TYPES.get(type);
      if (nodeType) return lookupNode(ctx, nodeType, key);
      throw badArgument("id", `Unknown object type in id "${id.slice(0, 64)}"`);
    }
  }
}
