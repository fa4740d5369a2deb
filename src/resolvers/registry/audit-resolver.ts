import { Arg, Args, Authorized, Ctx, Query, Resolver } from "type-graphql";
import { Connection, PageArgs } from "../../schema/common/connection.js";
import { AuditLogFilter, AuditRecord } from "../../schema/registry/audit.js";
import type { AuditRow } from "../../sources/registry/tables.js";
import type { Context } from "../context.js";
import { encodeCursor, toConnection } from "../common/connection.js";
import { listPage } from "../common/list-args.js";

const AuditConnection = Connection(AuditRecord, "AuditRecord", "A page of audit records, newest first.");

const toAuditRecord = (row: AuditRow): AuditRecord => Object.assign(new AuditRecord(), row, { id: String(row.id) });

/** The records of processing, for administrators. */
@Resolver()
export class AuditLogResolver {
  @Authorized(["admin"])
  @Query(() => AuditConnection, { description: "Every read of personal data in full (个人信息处理记录), newest first; administrators only." })
  async auditLog(
    @Args(() => PageArgs) { first, after }: PageArgs,
    @Arg("filter", () => AuditLogFilter, { nullable: true, description: "Which records; all when omitted." }) filter: AuditLogFilter | null,
    @Ctx() { auditLog }: Context,
  ) {
    const where = { subject: filter?.subject ?? undefined, entity: filter?.entity ?? undefined, from: filter?.from ?? undefined, to: filter?.to ?? undefined };
    const page = await auditLog.list(where, listPage(first, after, "DESC"));
    return toConnection(page, toAuditRecord, (r) => encodeCursor(r.at, r.id), () => auditLog.count(where));
  }
}
