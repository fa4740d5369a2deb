import type { Identity } from "../src/auth/identity.js";
import { signDevToken } from "../src/auth/tokens.js";
import { loadConfig } from "../src/config.js";

/** An `Authorization` value for a benchmark caller, valid for a day. */
export const bearerFor = async (claims: { role: Identity["role"]; jurisdiction?: string }): Promise<string> =>
  `Bearer ${await signDevToken(loadConfig().auth, { subject: `bench-${claims.role}`, ...claims }, 24 * 3600)}`;

/** The benchmark calls the API as an administrator, who sees every row, as the floor's SQL does. */
export const AUTHORIZATION = await bearerFor({ role: "admin" });
