import { GraphQLError } from "graphql";
import { AuthenticationError, type Identity } from "../auth/identity.js";
import type { Caller, Services } from "../resolvers/context.js";
import { rowScopeOf } from "../auth/row-scope.js";

/** The caller of a request from its `Authorization` header; a refused token is UNAUTHENTICATED (HTTP 401). */
export async function identify(services: Services, authorization: string | undefined | null): Promise<Caller> {
  let identity: Identity;
  try {
    identity = await services.verifyToken(authorization);
  } catch (error) {
    if (!(error instanceof AuthenticationError)) throw error;
    throw new GraphQLError(`Not authenticated: ${error.message}`, { extensions: { code: "UNAUTHENTICATED", http: { status: 401 } } });
  }
  return callerOf(services, identity);
}

/** The rows an identity sees: a department's come from the grants configured for it, read for every request. */
export async function callerOf(services: Services, identity: Identity): Promise<Caller> {
  const grants = identity.role === "department" && identity.department !== null ? await services.departmentGrants.list(identity.department) : [];
  return { identity, scope: rowScopeOf(identity, grants) };
}

/** A percent-encoded header (so Chinese text survives HTTP), trimmed to `max` characters; null when absent. */
function headerText(raw: unknown, max: number): string | null {
  if (typeof raw !== "string" || raw === "") return null;
  let text = raw;
  try {
    text = decodeURIComponent(raw);
  } catch {
    // Not percent-encoded: taken as it is.
  }
  return text.trim().slice(0, max) || null;
}

/** Why the caller reads personal data, from `X-Purpose` (at most 200 characters). */
export const purposeFrom = (raw: unknown): string | null => headerText(raw, 200);
