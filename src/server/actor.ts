import { GraphQLError } from "graphql";
import { AuthenticationError, type Identity } from "../auth/identity.js";
import type { Services } from "../resolvers/context.js";

/** The caller of a request from its `Authorization` header; a refused token is UNAUTHENTICATED (HTTP 401). */
export async function identify(services: Services, authorization: string | undefined | null): Promise<Identity> {
  try {
    return await services.verifyToken(authorization);
  } catch (error) {
    if (!(error instanceof AuthenticationError)) throw error;
    throw new GraphQLError(`Not authenticated: ${error.message}`, { extensions: { code: "UNAUTHENTICATED", http: { status: 401 } } });
  }
}

/**
 * The acting person from an `X-Actor` header or connection parameter (percent-encoded, so
 * Chinese names survive HTTP headers). Histories record it; tokens replace it once requests
 * are authenticated.
 */
export function actorFrom(raw: unknown): string {
  if (typeof raw !== "string" || raw === "") return "anonymous";
  try {
    return decodeURIComponent(raw).trim().slice(0, 80) || "anonymous";
  } catch {
    return raw.slice(0, 80);
  }
}
