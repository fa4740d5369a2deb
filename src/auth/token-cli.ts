/**
 * `npm run token -- --role street_officer --jurisdiction 420683001 [--subject S]
 * [--name N] [--grids G1,G2] [--department D] [--scopes pii:read,...] [--hours H]`: prints a development token, signed
 * with GONGZHI_JWT_SECRET (or the development default), for `Authorization: Bearer <token>`.
 */
import { parseArgs } from "node:util";
import { loadConfig } from "../config.js";
import { ROLES, type Role } from "./identity.js";
import { createTokenVerifier, signDevToken } from "./tokens.js";

const USAGE = `usage: npm run token -- --role ROLE [--jurisdiction CODE] [--grids CODE,...] [--subject ID] [--name NAME] [--department NAME] [--scopes a,b] [--hours H]
  ROLE: ${ROLES.join(", ")}`;

function fail(message: string): never {
  process.stderr.write(`token: ${message}\n${USAGE}\n`);
  process.exit(1);
}

let values;
try {
  ({ values } = parseArgs({
    options: {
      role: { type: "string" },
      jurisdiction: { type: "string" },
      grids: { type: "string" },
      subject: { type: "string" },
      name: { type: "string" },
      department: { type: "string" },
      scopes: { type: "string" },
      hours: { type: "string" },
      help: { type: "boolean", short: "h" },
    },
  }));
} catch (error) {
  fail(error instanceof Error ? error.message : String(error));
}
if (values.help) {
  process.stdout.write(`${USAGE}\n`);
  process.exit(0);
}
const role = values.role;
if (!role || !(ROLES as readonly string[]).includes(role)) fail(`--role must be one of ${ROLES.join(", ")}`);
if (values.jurisdiction && !/^\d{6,15}$/.test(values.jurisdiction)) fail("--jurisdiction must be a division code prefix of 6 to 15 digits");
if (values.grids && !values.grids.split(",").every((g) => /^\d{15}$/.test(g))) fail("--grids must be comma-separated 15-digit grid codes");
const hours = values.hours ? Number(values.hours) : 8;
if (!(hours > 0 && hours <= 24 * 30)) fail("--hours must be a number of hours up to 720");
const config = loadConfig();
if (config.auth.jwks) fail("GONGZHI_JWT_JWKS is set: tokens come from the identity provider, not from this command");
const token = await signDevToken(
  config.auth,
  {
    subject: values.subject ?? `dev-${role}`,
    name: values.name,
    role: role as Role,
    jurisdiction: values.jurisdiction,
    grids: values.grids?.split(",").filter(Boolean),
    department: values.department,
    scopes: values.scopes?.split(",").filter(Boolean),
  },
  Math.round(hours * 3600),
);
// The API's own check, so a token this prints is one the API accepts.
try {
  await createTokenVerifier(config.auth)(`Bearer ${token}`);
} catch (error) {
  fail(error instanceof Error ? error.message : String(error));
}
process.stdout.write(`${token}\n`);
