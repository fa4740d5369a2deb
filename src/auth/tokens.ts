import { readFileSync } from "node:fs";
import { createLocalJWKSet, createRemoteJWKSet, errors, jwtVerify, SignJWT, type JWTPayload } from "jose";
import type { AuthConfig } from "../config.js";
import { AuthenticationError, PUBLIC, ROLES, type Identity, type Role } from "./identity.js";

/** Verifies a bearer token and reads the caller's identity from its claims. */
export type TokenVerifier = (authorization: string | undefined | null) => Promise<Identity>;

const CODE = /^\d{6,15}$/;
const VERIFIED_KEPT = 10_000;
const VERIFIED_MS = 60_000;
const GRID = /^\d{15}$/;

function claimsToIdentity(payload: JWTPayload): Identity {
  const role = payload.role;
  if (typeof role !== "string" || !(ROLES as readonly string[]).includes(role)) throw new AuthenticationError(`the token's role must be one of ${ROLES.join(", ")}`);
  const jurisdiction = payload.jurisdiction ?? null;
  if (jurisdiction !== null && (typeof jurisdiction !== "string" || !CODE.test(jurisdiction))) throw new AuthenticationError("the token's jurisdiction must be a division code prefix of 6 to 15 digits");
  const department = payload.department ?? null;
  if (department !== null && (typeof department !== "string" || department.length > 80)) throw new AuthenticationError("the token's department must be a name of at most 80 characters");
  // OAuth's space-separated `scope`, or a `scopes` array.
  const rawScopes = payload.scopes ?? (typeof payload.scope === "string" ? payload.scope.split(" ").filter(Boolean) : []);
  if (!Array.isArray(rawScopes) || !rawScopes.every((s) => typeof s === "string")) throw new AuthenticationError("the token's scopes must be a list of strings");
  const grids = payload.grids ?? [];
  if (!Array.isArray(grids) || !grids.every((g) => typeof g === "string" && GRID.test(g))) throw new AuthenticationError("the token's grids must be a list of 15-digit grid codes");
  if (!payload.sub) throw new AuthenticationError("the token has no subject");
  if (payload.sub.length > 200) throw new AuthenticationError("the token's subject must be at most 200 characters");
  const name = payload.name ?? null;
  if (name !== null && (typeof name !== "string" || name.length === 0 || name.length > 80)) throw new AuthenticationError("the token's name must be 1 to 80 characters");
  const identity: Identity = { subject: payload.sub, name, role: role as Role, jurisdiction, grids, department, scopes: rawScopes, expiresAt: payload.exp ? new Date(payload.exp * 1000) : null };
  requireRoleClaims(identity);
  return identity;
}

/** Claims a role cannot work without: a token missing them would silently see nothing. */
function requireRoleClaims(identity: Identity): void {
  switch (identity.role) {
    case "grid_worker":
      if (identity.grids.length === 0 && identity.jurisdiction?.length !== 15) throw new AuthenticationError("a grid_worker token needs `grids` or a 15-digit grid code as jurisdiction");
      break;
    case "community_worker":
    case "street_officer":
      if (identity.jurisdiction === null) throw new AuthenticationError(`a ${identity.role} token needs a jurisdiction`);
      break;
    case "department":
      if (identity.department === null) throw new AuthenticationError("a department token needs a department");
      break;
  }
}

/**
 * HS256 with a shared secret (development), or RS256/ES256 against a JWKS file or URL
 * (production). Expiry, issuer and audience are always checked; no token means `public`.
 */
export function createTokenVerifier(config: AuthConfig): TokenVerifier {
  // A token without an expiry would be valid for ever: refused.
  const checks = { issuer: config.issuer, audience: config.audience, requiredClaims: ["exp"] };
  let verify: (jwt: string) => Promise<{ payload: JWTPayload }>;
  if (config.jwks) {
    const keys = /^https?:\/\//.test(config.jwks) ? createRemoteJWKSet(new URL(config.jwks), { cacheMaxAge: 60_000 }) : createLocalJWKSet(JSON.parse(readFileSync(config.jwks, "utf8")));
    verify = (jwt) => jwtVerify(jwt, keys, { ...checks, algorithms: ["RS256", "ES256"] });
  } else {
    const secret = new TextEncoder().encode(config.secret);
    verify = (jwt) => jwtVerify(jwt, secret, { ...checks, algorithms: ["HS256"] });
  }
  // A client sends the same token with every request, and checking its signature costs about
  // 0.3 ms: an identity once verified is kept (at most VERIFIED_KEPT tokens, VERIFIED_MS each).
  const verified = new Map<string, { identity: Identity; until: number }>();
  return async (authorization) => {
    if (!authorization) return PUBLIC;
    const match = /^Bearer ([A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+)$/.exec(authorization.trim());
    if (!match) throw new AuthenticationError("Authorization must be `Bearer <JWT>`");
    const jwt = match[1]!;
    const kept = verified.get(jwt);
    if (kept && kept.until > Date.now()) return kept.identity;
    verified.delete(jwt);
    try {
      const identity = claimsToIdentity((await verify(jwt)).payload);
      if (verified.size >= VERIFIED_KEPT) verified.delete(verified.keys().next().value!);
      verified.set(jwt, { identity, until: Math.min(Date.now() + VERIFIED_MS, identity.expiresAt?.getTime() ?? Infinity) });
      return identity;
    } catch (error) {
      if (error instanceof AuthenticationError) throw error;
      if (error instanceof errors.JWTExpired) throw new AuthenticationError("the token has expired");
      if (error instanceof errors.JWTClaimValidationFailed) throw new AuthenticationError(`the token's ${error.claim} claim is not accepted`);
      throw new AuthenticationError("the token could not be verified");
    }
  };
}

/** Signs an HS256 token for development (`npm run token`) and tests. */
export function signDevToken(
  config: AuthConfig,
  claims: { subject: string; name?: string; role: Role; jurisdiction?: string; grids?: string[]; department?: string; scopes?: string[] },
  ttlSeconds = 8 * 3600,
): Promise<string> {
  const { subject, scopes, grids, ...rest } = claims;
  return new SignJWT({ ...rest, ...(grids?.length ? { grids } : {}), ...(scopes?.length ? { scope: scopes.join(" ") } : {}) })
    .setProtectedHeader({ alg: "HS256" })
    .setSubject(subject)
    .setIssuer(config.issuer)
    .setAudience(config.audience)
    .setIssuedAt()
    .setExpirationTime(Math.floor(Date.now() / 1000) + ttlSeconds)
    .sign(new TextEncoder().encode(config.secret));
}
