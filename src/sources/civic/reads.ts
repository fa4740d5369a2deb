import { and, asc, eq } from "drizzle-orm";
import type { SourceDatabase } from "../common/database.js";
import { anyOf, countsByParent, keysetPagesByParent, type PageRequest } from "../common/keyset.js";
import * as tables from "./tables.js";
import { activities, demands, practiceSites, volunteers } from "./tables.js";

/** Reads of the New-Era Civilisation Practice Centre (新时代文明实践中心) database. */
export class CivicReads {
  constructor(private readonly source: SourceDatabase<typeof tables>) {}

  private get db() {
    return this.source.db;
  }

  stationsByCommunity(codes: readonly string[]) {
    return this.db.select().from(practiceSites).where(and(eq(practiceSites.level, "STATION"), anyOf(practiceSites.divisionCode, codes)));
  }

  activitiesByCommunity(codes: readonly string[], page: PageRequest) {
    return keysetPagesByParent(this.db, { table: activities, parentColumn: activities.communityCode, parents: codes, where: undefined, sortColumn: activities.startsAt, idColumn: activities.id, page });
  }

  countActivitiesByCommunity(codes: readonly string[]) {
    return countsByParent(this.db, activities, activities.communityCode, codes, undefined);
  }

  demandsByCommunity(codes: readonly string[], page: PageRequest) {
    return keysetPagesByParent(this.db, { table: demands, parentColumn: demands.communityCode, parents: codes, where: undefined, sortColumn: demands.orderedAt, idColumn: demands.id, page });
  }

  countDemandsByCommunity(codes: readonly string[]) {
    return countsByParent(this.db, demands, demands.communityCode, codes, undefined);
  }

  volunteersByIdNumber(idNumbers: readonly string[]) {
    return this.db.select().from(volunteers).where(anyOf(volunteers.idNumber, idNumbers)).orderBy(asc(volunteers.id));
  }
}
