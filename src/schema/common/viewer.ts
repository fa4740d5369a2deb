import { Field, ObjectType } from "type-graphql";
import { ROLES, type Identity } from "../../auth/identity.js";
import { graphqlEnum } from "./enums.js";

export const Role = graphqlEnum("Role", ROLES, "What a caller may see and do (角色); see the README's table.", {
  public: "Anyone without a token: public facilities, activities and aggregate figures (公众).",
  resident: "A resident: the public view and their own requests (居民).",
  grid_worker: "A grid worker: events and needs of their grids (网格员).",
  community_worker: "Community staff: everything in their jurisdiction (社区工作者).",
  street_officer: "Street-office staff: everything in their jurisdiction (街道干部).",
  department: "A partner department: what is assigned or whistled to it and what it is granted (职能部门).",
  analyst: "An analyst: aggregates and de-identified rows (分析人员).",
  admin: "An administrator: everything (管理员).",
});

/** The caller as the API sees it. */
@ObjectType({ simpleResolvers: true, description: "Who the API takes the caller to be, from the bearer token (当前用户)." })
export class Viewer {
  @Field(() => String, { nullable: true, description: "The token's subject; null for the public." })
  subject!: Identity["subject"];

  @Field(() => String, { nullable: true, description: "The caller's display name, from the token's name claim; histories record it (else the subject) as who acted." })
  name!: Identity["name"];

  @Field(() => Role, { description: "The caller's role." })
  role!: Identity["role"];

  @Field(() => String, { nullable: true, description: "Division code prefix the caller's access is limited to (辖区)." })
  jurisdiction!: Identity["jurisdiction"];

  @Field(() => [String], { description: "A grid worker's grids (15-digit codes); empty for other roles." })
  grids!: string[];

  @Field(() => String, { nullable: true, description: "The caller's department, for partner departments." })
  department!: Identity["department"];

  @Field(() => [String], { description: "Extra permissions granted, e.g. pii:read." })
  scopes!: string[];

  @Field(() => Date, { nullable: true, description: "When the token expires; null for the public." })
  expiresAt!: Identity["expiresAt"];
}
