import { signDevToken } from "../src/auth/tokens.js";
import { loadConfig } from "../src/config.js";

/** The benchmark calls the API as an administrator, who sees every row, as the floor's SQL does. */
export const AUTHORIZATION = `Bearer ${await signDevToken(loadConfig().auth, { subject: "bench", role: "admin" }, 24 * 3600)}`;
