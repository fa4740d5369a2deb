import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { Volunteer } from "../../schema/civic/volunteer.js";
import { Person } from "../../schema/common/person.js";
import { GridWorker } from "../../schema/governance/grid.js";
import { PartyMember } from "../../schema/party/member.js";
import type { Context } from "../context.js";
import { manyEach } from "../common/loaders.js";
import { personId } from "../common/person-id.js";
import { toVolunteer } from "../civic/mappers.js";
import { toGridWorker } from "../governance/mappers.js";
import { toPartyMember } from "../party/mappers.js";

/** Every source's records of people, by national ID number, batched per request. */
export const personLoaders = ({ loaders, reads }: Context) => ({
  members: loaders.get("membersByIdNumber", async (ids: readonly string[]) => manyEach(ids, await reads.party.membersByIdNumber(ids), (r) => r.idNumber)),
  volunteers: loaders.get("volunteersByIdNumber", async (ids: readonly string[]) => manyEach(ids, await reads.civic.volunteersByIdNumber(ids), (r) => r.idNumber)),
  workers: loaders.get("workersByIdNumber", async (ids: readonly string[]) => manyEach(ids, await reads.governance.workersByIdNumber(ids), (r) => r.idNumber)),
});

export const toPerson = (idNumber: string, name: string, secret: string): Person => Object.assign(new Person(), { id: personId(idNumber, secret), name, idNumber });

/** Finds a person in any source; null when no source knows the ID number. Unreachable sources are skipped. */
export async function findPerson(idNumber: string, ctx: Context): Promise<Person | null> {
  const l = personLoaders(ctx);
  const found = await Promise.allSettled([l.members.load(idNumber), l.volunteers.load(idNumber), l.workers.load(idNumber)]);
  for (const result of found) if (result.status === "fulfilled" && result.value[0]) return toPerson(idNumber, result.value[0].name, ctx.idSecret);
  const failure = found.find((r) => r.status === "rejected");
  if (failure) throw failure.reason;
  return null;
}

/** A person's records in each centre. */
@Resolver(() => Person)
export class PersonResolver {
  @FieldResolver(() => [PartyMember], { nullable: true, description: "The person's party membership records (党员身份), from the party centre." })
  async partyMemberships(@Root() person: Person, @Ctx() ctx: Context): Promise<PartyMember[]> {
    return (await personLoaders(ctx).members.load(person.idNumber)).map(toPartyMember);
  }

  @FieldResolver(() => [Volunteer], { nullable: true, description: "The person's volunteer registrations (志愿者身份), from the civic centre." })
  async volunteerRecords(@Root() person: Person, @Ctx() ctx: Context): Promise<Volunteer[]> {
    return (await personLoaders(ctx).volunteers.load(person.idNumber)).map(toVolunteer);
  }

  @FieldResolver(() => [GridWorker], { nullable: true, description: "The person's grid worker posts (网格员身份), from the governance centre." })
  async gridWorkerPosts(@Root() person: Person, @Ctx() ctx: Context): Promise<GridWorker[]> {
    return (await personLoaders(ctx).workers.load(person.idNumber)).map(toGridWorker);
  }
}

/** From any one identity to the whole person. */
@Resolver(() => PartyMember)
export class PartyMemberPersonResolver {
  @FieldResolver(() => Person, { description: "The same resident across all centres." })
  person(@Root() member: PartyMember, @Ctx() ctx: Context): Person {
    return toPerson(member.idNumber, member.name, ctx.idSecret);
  }
}

@Resolver(() => Volunteer)
export class VolunteerPersonResolver {
  @FieldResolver(() => Person, { description: "The same resident across all centres." })
  person(@Root() volunteer: Volunteer, @Ctx() ctx: Context): Person {
    return toPerson(volunteer.idNumber, volunteer.name, ctx.idSecret);
  }
}

@Resolver(() => GridWorker)
export class GridWorkerPersonResolver {
  @FieldResolver(() => Person, { description: "The same resident across all centres." })
  person(@Root() worker: GridWorker, @Ctx() ctx: Context): Person {
    return toPerson(worker.idNumber, worker.name, ctx.idSecret);
  }
}
