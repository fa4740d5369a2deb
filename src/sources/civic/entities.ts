import { ne } from "drizzle-orm";
import { entity } from "../common/entity.js";
import { activities, demands, enrolments, practiceSites, volunteers, volunteerTeams } from "./tables.js";

/** The New-Era Civilisation Practice Centre's (新时代文明实践中心) entities. */

export const PRACTICE_SITE = entity({ name: "PracticeSite", table: practiceSites, key: practiceSites.id, place: { community: practiceSites.divisionCode, grid: null }, visibility: { everyone: true } });

export const VOLUNTEER_TEAM = entity({ name: "VolunteerTeam", table: volunteerTeams, key: volunteerTeams.id, place: { community: volunteerTeams.divisionCode, grid: null }, visibility: { everyone: true } });

export const VOLUNTEER = entity({ name: "Volunteer", table: volunteers, key: volunteers.id, place: { community: volunteers.communityCode, grid: null }, visibility: { dataset: "VOLUNTEERS" } });

/** Every activity but a draft is public. */
export const ACTIVITY = entity({
  name: "Activity",
  table: activities,
  key: activities.id,
  place: { community: activities.communityCode, grid: null },
  visibility: { dataset: "ACTIVITIES", public: ne(activities.status, "DRAFT") },
  live: true,
});

/** Enrolments name volunteers: only those of activities in the caller's places. */
export const ENROLMENT = entity({ name: "Enrolment", table: enrolments, key: enrolments.id, place: null, visibility: { dataset: "ACTIVITIES", placeOf: { key: enrolments.activityId, parent: ACTIVITY } }, live: true });

export const DEMAND = entity({
  name: "Demand",
  table: demands,
  key: demands.id,
  place: { community: demands.communityCode, grid: demands.gridCode },
  visibility: { dataset: "DEMANDS", owner: demands.ownerSubject },
  live: true,
});
