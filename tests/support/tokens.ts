import { loadConfig } from "../../src/config.js";
import { signDevToken } from "../../src/auth/tokens.js";

/** The development signing configuration the test APIs verify against. */
export const auth = loadConfig({}).auth;

export type Claims = Parameters<typeof signDevToken>[1];

/** An `Authorization` value for a token with these claims. */
export const bearer = async (claims: Claims): Promise<string> => `Bearer ${await signDevToken(auth, claims)}`;

/** Tests of features rather than of access run as an administrator, who sees every row. */
export const ADMIN = await bearer({ subject: "test-admin", role: "admin" });
