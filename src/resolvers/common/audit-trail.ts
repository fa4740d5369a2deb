import type { AuditEntry } from "../../sources/registry/audit.js";

/** The unmasked reads of one request (or one delivered subscription item), written to the audit log together. */
export class AuditTrail {
  readonly entries: AuditEntry[] = [];

  constructor(
    /** Why the caller reads personal data, from the `X-Purpose` header. */
    readonly purpose: string | null,
  ) {}

  /** Hands over what was recorded so far, emptying the trail. */
  take(): AuditEntry[] {
    return this.entries.splice(0);
  }
}
