import "reflect-metadata";
import type { GraphQLSchema } from "graphql";
import { buildSchema, type PubSub } from "type-graphql";
import { AuditLogResolver } from "../resolvers/registry/audit-resolver.js";
import { DepartmentGrantResolver } from "../resolvers/registry/grant-resolver.js";
import { LiveResolver } from "../resolvers/live/subscriptions.js";
import { validateInput } from "../resolvers/common/input-validation.js";
import { authChecker } from "../resolvers/common/write-access.js";
import { applyPersonalDataRules } from "../resolvers/common/personal-data-fields.js";
import { DateTimeISO } from "../schema/common/date-time.js";
import { RootResolver } from "../resolvers/common/root-resolver.js";
import { EventResolver } from "../resolvers/governance/event-resolver.js";
import { EventMutationResolver } from "../resolvers/governance/event-mutations.js";
import { EscalationMutationResolver, MediationResolver, RiskAssessmentResolver, WhistleResolver } from "../resolvers/governance/escalation-resolver.js";
import { CommunityResolver } from "../resolvers/links/community.js";
import { CivicListResolver } from "../resolvers/civic/civic-lists.js";
import { ActivityResolver, DemandResolver, EnrolmentResolver, VolunteerResolver, VolunteerTeamResolver } from "../resolvers/civic/civic-links.js";
import { ActivityMutationResolver } from "../resolvers/civic/activity-mutations.js";
import { DemandMutationResolver } from "../resolvers/civic/demand-mutations.js";
import { GovernanceListResolver } from "../resolvers/governance/governance-lists.js";
import { PartyListResolver, PartyOrganizationResolver } from "../resolvers/party/party-lists.js";
import { NeedsResolver } from "../resolvers/links/needs.js";
import { GridResolver } from "../resolvers/links/grid.js";
import { MicroWishMutationResolver, MicroWishResolver } from "../resolvers/party/micro-wishes.js";
import { VenueBookingMutationResolver, VenueBookingResolver, VenueResolver } from "../resolvers/party/venue-bookings.js";
import { ServicePostClaimResolver, ServicePostResolver } from "../resolvers/party/service-posts.js";
import { DeliberationResolver } from "../resolvers/party/deliberations.js";
import { GridWorkerPersonResolver, PartyMemberPersonResolver, PersonResolver, VolunteerPersonResolver } from "../resolvers/links/person.js";

// type-graphql insists on a PubSub once there are subscriptions, though each of ours brings
// its own stream (fed by the centres' change logs); topics are not used.
const noTopics: PubSub = {
  publish: () => {
    throw new Error("subscriptions stream from the change logs; there are no topics to publish to");
  },
  subscribe: () => {
    throw new Error("subscriptions stream from the change logs; there are no topics to subscribe to");
  },
};

/** The whole GraphQL schema, generated from the type-graphql classes. */
export async function createSchema(): Promise<GraphQLSchema> {
  const schema = await buildSchema({
    resolvers: [RootResolver, NeedsResolver, PartyListResolver, PartyOrganizationResolver, CivicListResolver, GovernanceListResolver, EventResolver, EventMutationResolver, EscalationMutationResolver, WhistleResolver, MediationResolver, RiskAssessmentResolver, CommunityResolver, GridResolver, PersonResolver, PartyMemberPersonResolver, VolunteerPersonResolver, GridWorkerPersonResolver, DemandMutationResolver, ActivityMutationResolver, DemandResolver, VolunteerResolver, VolunteerTeamResolver, ActivityResolver, EnrolmentResolver, MicroWishMutationResolver, MicroWishResolver, VenueBookingMutationResolver, VenueBookingResolver, VenueResolver, ServicePostResolver, ServicePostClaimResolver, DeliberationResolver, LiveResolver, AuditLogResolver, DepartmentGrantResolver],
    validateFn: validateInput,
    authChecker,
    scalarsMap: [{ type: Date, scalar: DateTimeISO }],
    pubSub: noTopics,
    emitSchemaFile: false,
  });
  applyPersonalDataRules(schema);
  // type-graphql names the root types but offers no way to describe them.
  const query = schema.getQueryType();
  const mutation = schema.getMutationType();
  if (query) query.description = "Reads across the three centres and the division registry.";
  if (mutation) mutation.description = "Writes, each to the centre that owns the data, inside that centre's transaction.";
  const subscription = schema.getSubscriptionType();
  if (subscription) subscription.description = "Live changes over WebSocket (graphql-ws on /graphql), fed by every centre's own change log.";
  return schema;
}
