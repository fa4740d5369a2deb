import type { Context } from "../context.js";
import { oneEach } from "../common/loaders.js";

// Named as node(id)'s lookups are (`<Type>ById`, rows or null), so a request doing both shares one loader.
const byId = <E extends "activities" | "demands" | "volunteers" | "practiceSites" | "volunteerTeams" | "enrolments">(type: string, entity: E) =>
  ({ loaders, reads }: Context) =>
    loaders.get(`${type}ById`, async (ids: readonly number[]) => oneEach(ids, await reads.civic.byId(entity, ids), (r) => r.id));

export const activityLoader = byId("Activity", "activities");
export const demandLoader = byId("Demand", "demands");
export const volunteerLoader = byId("Volunteer", "volunteers");
export const siteLoader = byId("PracticeSite", "practiceSites");
export const teamLoader = byId("VolunteerTeam", "volunteerTeams");
