import { Matches } from "class-validator";
import { Field, InputType, ObjectType } from "type-graphql";
import { DATASETS } from "../../auth/row-scope.js";
import type { DepartmentGrantRow } from "../../sources/registry/tables.js";
import { graphqlEnum } from "../common/enums.js";
import { Text } from "../common/validation.js";

export const Dataset = graphqlEnum("Dataset", DATASETS, "A data set that can be shared with a partner department (可共享数据).", {
  EVENTS: "Governance events, with their history, whistles and mediations (事件).",
  RISK_ASSESSMENTS: "Risk assessments of communities (风险评估).",
  GRID_WORKERS: "Grid workers (网格员).",
  DEMANDS: "Residents' service orders (点单).",
  VOLUNTEERS: "Volunteers (志愿者).",
  ACTIVITIES: "Unpublished activities and enrolments (活动及报名).",
  MICRO_WISHES: "Residents' micro-wishes (微心愿).",
  VENUE_BOOKINGS: "Venue bookings (场地预约).",
  PARTY_MEMBERS: "Party members (党员).",
  PARTY_ORGANIZATIONS: "Party organisations (党组织).",
  SERVICE_POSTS: "Service posts for party members (服务岗位).",
  DELIBERATIONS: "Deliberations not yet resolved (议事协商).",
});

@ObjectType({ simpleResolvers: true, description: "A data set a partner department may read, inside a division code prefix (部门数据共享授权)." })
export class DepartmentGrant {
  @Field(() => String, { description: "The department, as named in its tokens' department claim." })
  department!: DepartmentGrantRow["department"];

  @Field(() => Dataset, { description: "The data set shared." })
  dataset!: DepartmentGrantRow["dataset"];

  @Field(() => String, { description: "Division code prefix the grant is limited to; empty for everywhere." })
  codePrefix!: DepartmentGrantRow["codePrefix"];

  @Field(() => Date, { description: "When it was granted." })
  grantedAt!: DepartmentGrantRow["grantedAt"];
}

@InputType({ description: "A department, a data set and where (部门授权)." })
export class DepartmentGrantInput {
  @Text(80)
  @Field(() => String, { description: "The department, as named in its tokens' department claim; at most 80 characters." })
  department!: string;

  @Field(() => Dataset, { description: "The data set." })
  dataset!: DepartmentGrantRow["dataset"];

  @Matches(/^(\d{6}|\d{9}|\d{12}|\d{15})?$/, { message: "codePrefix must be empty or a 6-, 9-, 12- or 15-digit division code" })
  @Field(() => String, { defaultValue: "", description: "Division code prefix (6, 9, 12 or 15 digits) the grant is limited to; empty for everywhere." })
  codePrefix!: string;
}
