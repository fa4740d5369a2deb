import { Arg, Authorized, Ctx, FieldResolver, Mutation, Resolver, Root } from "type-graphql";
import { Mediation, Whistle, WhistleSummons } from "../../schema/governance/escalation.js";
import { AssessRiskInput, AssessRiskPayload, BlowWhistleInput, RecordMediationInput, RecordMediationPayload, ReportToWhistleInput, WhistlePayload } from "../../schema/governance/event-inputs.js";
import { Event, RiskAssessment } from "../../schema/governance/event.js";
import type { Context } from "../context.js";
import { intKeyOf } from "../common/global-id.js";
import { badInput } from "../common/input-validation.js";
import { rowsOf, settled } from "../common/loaders.js";
import { requireCommunity } from "../common/places.js";
import { eventLoader } from "./loaders.js";
import { toEvent, toMediation, toRiskAssessment, toSummons, toWhistle } from "./mappers.js";
import { FIELD_STAFF, requireTarget, STAFF } from "../common/write-access.js";
import { WHISTLE_NODE } from "./node-types.js";
import { targetEvent } from "./event-mutations.js";
import { EVENT, WHISTLE } from "../../sources/governance/entities.js";
import { forbidden, notFound } from "../common/errors.js";

async function loadEvent(ctx: Context, id: number): Promise<Event> {
  const row = await eventLoader(ctx).load(id);
  if (!row) throw notFound(`Event ${id}`);
  return toEvent(row);
}

/** 吹哨报到, mediations and risk assessments: writes and the links of their objects. */
@Resolver()
export class EscalationMutationResolver {
  @Authorized(STAFF)
  @Mutation(() => WhistlePayload, { description: "Summon departments to an open event (吹哨), inside the caller's jurisdiction. Each must then report (报到) with reportToWhistle." })
  async blowWhistle(@Arg("input", () => BlowWhistleInput, { description: "The event and the departments to summon." }) input: BlowWhistleInput, @Ctx() ctx: Context): Promise<WhistlePayload> {
    const eventId = intKeyOf(input.eventId, EVENT, "input.eventId");
    await targetEvent(ctx, eventId);
    const { whistle, event } = await ctx.commands.governance.blowWhistle({ eventId, divisionCode: input.divisionCode, departments: input.departments, note: input.note }, ctx.actor);
    return { whistle: toWhistle(whistle), event: toEvent(event) };
  }

  @Authorized(["department", "admin"])
  @Mutation(() => WhistlePayload, { description: "A summoned department reports to a whistle (报到) and records its action; each department reports once, and only as itself." })
  async reportToWhistle(@Arg("input", () => ReportToWhistleInput, { description: "The whistle, the department and what it did." }) input: ReportToWhistleInput, @Ctx() ctx: Context): Promise<WhistlePayload> {
    const whistleId = intKeyOf(input.whistleId, WHISTLE, "input.whistleId");
    if (ctx.identity.role === "department" && input.department !== ctx.identity.department) {
      throw forbidden(`You report as ${ctx.identity.department}, not as ${input.department}`, { field: "input.department" });
    }
    await requireTarget<Whistle>(ctx, WHISTLE_NODE, whistleId);
    const { whistle, event } = await ctx.commands.governance.reportToWhistle({ whistleId, department: input.department, action: input.action }, ctx.actor);
    return { whistle: toWhistle(whistle), event: toEvent(event) };
  }

  @Authorized(FIELD_STAFF)
  @Mutation(() => RecordMediationPayload, { description: "Record the mediation (调解) of a dispute event in the caller's grids or jurisdiction." })
  async recordMediation(@Arg("input", () => RecordMediationInput, { description: "The dispute event and the mediation's record." }) input: RecordMediationInput, @Ctx() ctx: Context): Promise<RecordMediationPayload> {
    if (input.outcome === "AGREEMENT" && !input.agreement) throw badInput("input.agreement", "An AGREEMENT outcome needs the agreement's terms");
    const { eventId: id, agreement, ...rest } = input;
    const eventId = intKeyOf(id, EVENT, "input.eventId");
    await targetEvent(ctx, eventId);
    const { mediation, event } = await ctx.commands.governance.recordMediation({ ...rest, eventId, agreement: agreement ?? null }, ctx.actor);
    return { mediation: toMediation(mediation), event: toEvent(event) };
  }

  @Authorized(STAFF)
  @Mutation(() => AssessRiskPayload, { description: "Record a risk assessment (风险评估/联合研判) of a community in the caller's jurisdiction, linking events of that community." })
  async assessRisk(@Arg("input", () => AssessRiskInput, { description: "The community and the assessment." }) input: AssessRiskInput, @Ctx() ctx: Context): Promise<AssessRiskPayload> {
    const linkedEventIds = input.linkedEventIds.map((id, i) => intKeyOf(id, EVENT, `input.linkedEventIds.${i}`));
    await requireCommunity(ctx, "RISK_ASSESSMENTS", input.communityCode);
    const row = await ctx.commands.governance.assessRisk({ communityCode: input.communityCode, topic: input.topic, level: input.level, measures: input.measures, linkedEventIds });
    return { riskAssessment: toRiskAssessment(row) };
  }
}

@Resolver(() => Whistle)
export class WhistleResolver {
  @FieldResolver(() => Event, { description: "The event the departments were summoned to." })
  event(@Root() whistle: Whistle, @Ctx() ctx: Context): Promise<Event> {
    return loadEvent(ctx, whistle.eventId);
  }

  @FieldResolver(() => [WhistleSummons], { description: "Every department summoned, and whether it has reported (报到)." })
  summons(@Root() whistle: Whistle, @Ctx() { loaders, reads }: Context): Promise<WhistleSummons[]> {
    return rowsOf(loaders, "whistleSummons", whistle.rowId, (ids: readonly number[]) => reads.governance.summonsByWhistle(ids), (r) => r.whistleId, toSummons);
  }
}

@Resolver(() => Mediation)
export class MediationResolver {
  @FieldResolver(() => Event, { description: "The dispute event mediated." })
  event(@Root() mediation: Mediation, @Ctx() ctx: Context): Promise<Event> {
    return loadEvent(ctx, mediation.eventId);
  }
}

@Resolver(() => RiskAssessment)
export class RiskAssessmentResolver {
  @FieldResolver(() => [Event], { description: "Events the assessment is about." })
  async linkedEvents(@Root() risk: RiskAssessment, @Ctx() ctx: Context): Promise<Event[]> {
    const rows = settled(await eventLoader(ctx).loadMany(risk.linkedEventIds));
    return rows.flatMap((row) => (row ? [toEvent(row)] : []));
  }
}
