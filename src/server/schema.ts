import "reflect-metadata";
import type { GraphQLSchema } from "graphql";
import { buildSchema } from "type-graphql";
import { RootResolver } from "../resolvers/common/root-resolver.js";
import { EventResolver } from "../resolvers/governance/event-resolver.js";
import { CommunityResolver } from "../resolvers/links/community.js";
import { CivicListResolver } from "../resolvers/civic/civic-lists.js";
import { GovernanceListResolver } from "../resolvers/governance/governance-lists.js";
import { PartyListResolver, PartyOrganizationResolver } from "../resolvers/party/party-lists.js";
import { NeedsResolver } from "../resolvers/links/needs.js";
import { GridResolver } from "../resolvers/links/grid.js";
import { GridWorkerPersonResolver, PartyMemberPersonResolver, PersonResolver, VolunteerPersonResolver } from "../resolvers/links/person.js";

/** The whole GraphQL schema, generated from the type-graphql classes. */
export function createSchema(): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers: [RootResolver, NeedsResolver, PartyListResolver, PartyOrganizationResolver, CivicListResolver, GovernanceListResolver, EventResolver, CommunityResolver, GridResolver, PersonResolver, PartyMemberPersonResolver, VolunteerPersonResolver, GridWorkerPersonResolver],
    validate: false,
    emitSchemaFile: false,
  });
}
