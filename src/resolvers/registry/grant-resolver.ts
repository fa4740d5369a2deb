import { Arg, Authorized, Ctx, Mutation, Query, Resolver } from "type-graphql";
import { DepartmentGrant, DepartmentGrantInput } from "../../schema/registry/grant.js";
import type { Context } from "../context.js";

/** Which data sets partner departments may read: administrators configure it, departments' requests follow it at once. */
@Resolver()
export class DepartmentGrantResolver {
  @Authorized(["admin"])
  @Query(() => [DepartmentGrant], { description: "The data sets shared with partner departments (部门数据共享授权); administrators only." })
  departmentGrants(
    @Arg("department", () => String, { nullable: true, description: "Only this department's grants; all when omitted." }) department: string | null,
    @Ctx() { departmentGrants }: Context,
  ): Promise<DepartmentGrant[]> {
    return departmentGrants.list(department);
  }

  @Authorized(["admin"])
  @Mutation(() => DepartmentGrant, { description: "Share a data set with a department inside a division code prefix; the department's next request sees it. Granting it again changes nothing." })
  grantDepartmentAccess(@Arg("input", () => DepartmentGrantInput, { description: "The department, data set and prefix." }) input: DepartmentGrantInput, @Ctx() { departmentGrants }: Context): Promise<DepartmentGrant> {
    return departmentGrants.grant(input);
  }

  @Authorized(["admin"])
  @Mutation(() => Boolean, { description: "Withdraw a grant; the department's next request no longer sees the data. False when there was no such grant." })
  revokeDepartmentAccess(@Arg("input", () => DepartmentGrantInput, { description: "The department, data set and prefix." }) input: DepartmentGrantInput, @Ctx() { departmentGrants }: Context): Promise<boolean> {
    return departmentGrants.revoke(input);
  }
}
