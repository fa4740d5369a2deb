import type { GraphQLFormattedError } from "graphql";
import type { Services } from "../resolvers/context.js";
import type { AuditTrail } from "../resolvers/common/personal-data.js";

/** What a caller gets instead of personal data that could not be recorded: nothing unaudited leaves. */
export const AUDIT_FAILED: GraphQLFormattedError = {
  message: "The audit log could not record this read of personal data, so none is returned; try again later",
  extensions: { code: "SOURCE_UNAVAILABLE", source: "registry" },
};

/** Writes what a request read unmasked to the audit log; false when that failed. */
export async function recordAudit(services: Services, trail: AuditTrail): Promise<boolean> {
  const entries = trail.take();
  if (entries.length === 0) return true;
  try {
    await services.auditLog.record(entries);
    return true;
  } catch (error) {
    console.error("gongzhi: could not write the audit log:", error instanceof Error ? error.message : error);
    return false;
  }
}
