import type { Embedded } from "../../sources/common/select.js";
import { Field, Float, Int, ObjectType } from "type-graphql";
import { PersonName, Sensitive } from "../common/person-name.js";
import { workerKind, type GridRow, type GridWorkerRow } from "../../sources/governance/tables.js";
import { graphqlEnum } from "../common/enums.js";
import { Node } from "../common/node.js";

/** A grid (网格), owned by the governance centre. */
@ObjectType({ simpleResolvers: true, implements: Node, description: "A grid (网格): its community's code plus three digits, with everything the centres hold about it." })
export class Grid extends Node {
  @Field(() => String, { description: "15-digit grid code (网格编码)." })
  code!: GridRow["code"];

  @Field(() => String, { description: "Grid name (网格名称)." })
  name!: GridRow["name"];

  @Field(() => String, { description: "Code of the community the grid belongs to." })
  communityCode!: GridRow["communityCode"];

  @Field(() => Int, { description: "Resident population (人口)." })
  population!: GridRow["population"];

  @Field(() => Int, { description: "Households (户数)." })
  households!: GridRow["households"];

  @Field(() => Float, { description: "Latitude of the grid's centre point (WGS-84)." })
  centerLat!: GridRow["centerLat"];

  @Field(() => Float, { description: "Longitude of the grid's centre point (WGS-84)." })
  centerLng!: GridRow["centerLng"];

  /** Links the grids' own statement read, by response key (see `Embed`). */
  embedded?: Embedded;
}

export const WorkerKind = graphqlEnum("GridWorkerKind", workerKind.enumValues, "Employment of a grid worker (网格员类型).", {
  FULL_TIME: "Full-time grid worker (专职网格员).",
  PART_TIME: "Part-time grid worker (兼职网格员).",
});

/** A grid worker (网格员). */
@ObjectType({ simpleResolvers: true, implements: Node, description: "A grid worker (网格员)." })
export class GridWorker extends Node {
  @PersonName
  @Field(() => String, { description: "Name (姓名)." })
  name!: GridWorkerRow["name"];

  @Sensitive("phone")
  @Field(() => String, {
    nullable: true,
    description: "Work phone (联系电话), shown as 138****5678; masked unless the caller holds pii:read and the grid lies in its jurisdiction; unmasked reads are audited.",
  })
  phone!: GridWorkerRow["phone"];

  @Field(() => String, { description: "Code of the grid the worker serves." })
  gridCode!: GridWorkerRow["gridCode"];

  @Field(() => WorkerKind, { description: "Full-time or part-time." })
  kind!: GridWorkerRow["kind"];

  @Field(() => Boolean, { description: "Whether the worker leads the grid (网格长)." })
  isGridLeader!: GridWorkerRow["isGridLeader"];

  rowId!: number;
  idNumber!: string;
}
