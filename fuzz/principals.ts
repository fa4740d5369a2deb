import type { AuthConfig } from "../src/config.js";
import { signDevToken } from "../src/auth/tokens.js";
import type { Known } from "./known.js";

/** Who sends a document: a name for the summary and the `Authorization` value (null: the public). */
export interface Principal {
  name: string;
  authorization: string | null;
  /** How often it sends a document, relative to the others. */
  weight: number;
}

const first = (list: string[], fallback: string) => list[0] ?? fallback;

/**
 * Every role, placed where the demo city has data (the first grid, community and street known),
 * with and without the right to read personal data, plus tokens that must be refused.
 */
export async function principals(auth: AuthConfig, known: Known): Promise<Principal[]> {
  const grid = first(known.codes.grid, "420683001001001");
  const community = grid.slice(0, 12);
  const street = grid.slice(0, 9);
  const sign = (claims: Parameters<typeof signDevToken>[1], ttl?: number) => signDevToken(auth, claims, ttl).then((t) => `Bearer ${t}`);
  const list: Principal[] = [
    { name: "public", authorization: null, weight: 3 },
    { name: "resident", authorization: await sign({ subject: "fuzz-resident", name: "居民甲", role: "resident" }), weight: 3 },
    { name: "grid_worker", authorization: await sign({ subject: "fuzz-grid", name: "网格员", role: "grid_worker", grids: [grid] }), weight: 2 },
    { name: "community_worker", authorization: await sign({ subject: "fuzz-community", name: "社工", role: "community_worker", jurisdiction: community }), weight: 2 },
    { name: "street_officer", authorization: await sign({ subject: "fuzz-street", name: "街道干部", role: "street_officer", jurisdiction: street, scopes: ["pii:read"] }), weight: 2 },
    { name: "department", authorization: await sign({ subject: "fuzz-dept", name: "民政", role: "department", department: "民政" }), weight: 2 },
    { name: "analyst", authorization: await sign({ subject: "fuzz-analyst", name: "分析员", role: "analyst" }), weight: 2 },
    { name: "admin", authorization: await sign({ subject: "fuzz-admin", name: "管理员", role: "admin", scopes: ["pii:read"] }), weight: 3 },
    // Refused at the door: expired, signed with another key, not a JWT, another scheme, a role the API lacks.
    { name: "expired", authorization: await sign({ subject: "fuzz-old", role: "admin" }, -60), weight: 0.3 },
    { name: "forged", authorization: `Bearer ${await signDevToken({ ...auth, secret: "not-the-secret-of-this-api-0123456789" }, { subject: "x", role: "admin" })}`, weight: 0.3 },
    { name: "garbage", authorization: "Bearer abc.def.ghi", weight: 0.2 },
    { name: "basic", authorization: "Basic YWRtaW46YWRtaW4=", weight: 0.1 },
    { name: "no_claims", authorization: await sign({ subject: "fuzz-bad", role: "street_officer" }), weight: 0.1 },
  ];
  return list;
}
