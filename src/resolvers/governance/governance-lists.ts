import { Arg, Args, Ctx, Query, Resolver } from "type-graphql";
import { Connection, PageArgs } from "../../schema/common/connection.js";
import { DivisionScope } from "../../schema/common/filters.js";
import { RiskAssessment, RiskLevel } from "../../schema/governance/event.js";
import { GridWorker } from "../../schema/governance/grid.js";
import type { RiskAssessmentRow } from "../../sources/governance/tables.js";
import type { Context } from "../context.js";
import { encodeCursor, idCursor, toConnection } from "../common/connection.js";
import { listPage, scopePrefix } from "../common/list-args.js";
import { toGridWorker, toRiskAssessment } from "./mappers.js";

const GridWorkerConnection = Connection(GridWorker, "GridWorker", "A page of grid workers (网格员列表).");
const RiskAssessmentConnection = Connection(RiskAssessment, "RiskAssessment", "A page of risk assessments (风险评估列表).");

/** Lists owned by the Comprehensive Governance Centre (events are in EventResolver). */
@Resolver()
export class GovernanceListResolver {
  @Query(() => GridWorkerConnection, { description: "Grid workers in a jurisdiction (网格员)." })
  async gridWorkers(@Args(() => PageArgs) { first, after }: PageArgs, @Arg("filter", () => DivisionScope, { nullable: true, description: "Only rows of this jurisdiction (辖区); all when omitted." }) scope: DivisionScope | null, @Ctx() { reads }: Context) {
    const filter = { codePrefix: scopePrefix(scope) };
    const page = await reads.governance.gridWorkers(filter, listPage(first, after, "ASC"));
    return toConnection(page, toGridWorker, idCursor, () => reads.governance.countGridWorkers(filter));
  }

  @Query(() => RiskAssessmentConnection, { description: "Community risk assessments, newest first (风险评估)." })
  async riskAssessments(
    @Args(() => PageArgs) { first, after }: PageArgs,
    @Arg("filter", () => DivisionScope, { nullable: true, description: "Only rows of this jurisdiction (辖区); all when omitted." }) scope: DivisionScope | null,
    @Arg("levels", () => [RiskLevel], { nullable: true, description: "Only these levels." }) levels: RiskAssessmentRow["level"][] | null,
    @Ctx() { reads }: Context,
  ) {
    const filter = { codePrefix: scopePrefix(scope), levels: levels ?? undefined };
    const page = await reads.governance.risks(filter, listPage(first, after, "DESC"));
    return toConnection(page, toRiskAssessment, (r) => encodeCursor(r.assessedAt, r.id), () => reads.governance.countRisks(filter));
  }
}
