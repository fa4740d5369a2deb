import type { GraphQLResolveInfo } from "graphql";
import { Ctx, FieldResolver, Info, Resolver, Root } from "type-graphql";
import { GridWorker } from "../../schema/governance/grid.js";
import type { Context } from "../context.js";
import { reveal } from "../common/personal-data.js";

/** A grid worker's personal data, masked by default. */
@Resolver(() => GridWorker)
export class GridWorkerResolver {
  @FieldResolver(() => String, {
    nullable: true,
    description: "Work phone (联系电话), shown as 138****5678; masked unless the caller holds pii:read and the grid lies in its jurisdiction; unmasked reads are audited.",
  })
  phone(@Root() worker: GridWorker, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo): string | null {
    return reveal(ctx, info, { kind: "phone", value: worker.phone, place: worker.gridCode, entityId: worker.id });
  }
}
