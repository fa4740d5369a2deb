import { loadConfig } from "../../src/config.js";
import { signDevToken } from "../../src/auth/tokens.js";

/** The development signing configuration the test APIs verify against. */
export const auth = loadConfig({}).auth;

export type Claims = Parameters<typeof signDevToken>[1];

/** An `Authorization` value for a token with these claims, signed as the test APIs expect unless `signing` says otherwise. */
export const bearer = async (claims: Claims, signing: Partial<typeof auth> = {}): Promise<string> => `Bearer ${await signDevToken({ ...auth, ...signing }, claims)}`;

/** Request headers carrying a token with these claims: `{ authorization }`, to spread into other headers. */
export const tokenHeaders = async (claims: Claims, signing: Partial<typeof auth> = {}): Promise<{ authorization: string }> => ({ authorization: await bearer(claims, signing) });

/** Tests of features rather than of access run as an administrator, who sees every row. */
export const ADMIN = await bearer({ subject: "test-admin", role: "admin" });
