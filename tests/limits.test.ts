import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RunningApi } from "../src/server/app.js";
import { post, startTestApi } from "./support/api.js";
import { liveClient } from "./support/live.js";
import { tokenHeaders } from "./support/tokens.js";

let api: RunningApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api?.stop());

/** Headers with a token for `role`, signed with `secret` (another API's) when given. */
const bearer = (secret: string | undefined, role: "street_officer" | "admin") =>
  tokenHeaders({ subject: `limits-${role}`, role, jurisdiction: role === "admin" ? undefined : "420683" }, secret ? { secret } : {});

// Lists multiply: 30 communities × 10 grids (assumed) × 40 events × their history.
const COSTLY = `{ communities(first: 30) { edges { node { grids { events(first: 40) { edges { node { id history { action actor at note } } } } } } } } }`;
const DEEP = `{ grid(code: "420683001001001") { community { grids { community { grids { community { grids { community { grids { community { name } } } } } } } } } } }`;

describe("depth and cost limits per role", () => {
  it("refuses a costly operation for the public with QUERY_TOO_COMPLEX and the computed cost, before any SQL", async () => {
    const { status, body } = await post(api, COSTLY);
    expect(status).toBe(400);
    expect(body.data).toBeUndefined();
    expect(body.errors![0]!.extensions).toMatchObject({ code: "QUERY_TOO_COMPLEX", maxCost: 200_000, depth: 9 });
    expect(body.errors![0]!.extensions.cost).toBeGreaterThan(200_000);
    expect(body.errors![0]!.extensions.http).toBeUndefined();
  });

  it("runs the same operation for a street officer, whose limit is higher", async () => {
    const { status, body } = await post(api, COSTLY, await bearer(undefined, "street_officer"));
    expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    expect(body.data.communities.edges.length).toBeGreaterThan(0);
  });

  it("refuses an operation nested deeper than the role allows", async () => {
    const { body } = await post(api, DEEP);
    expect(body.errors![0]!.extensions).toMatchObject({ code: "QUERY_TOO_COMPLEX", depth: 11, maxDepth: 10 });
  });

  it("applies the same limits over WebSocket", async () => {
    const client = liveClient(api, {});
    const result = await new Promise<any>((resolve) => {
      client.subscribe({ query: COSTLY }, { next: resolve, error: resolve, complete: () => undefined });
    });
    const errors = Array.isArray(result) ? result : result.errors;
    expect(errors[0].extensions.code).toBe("QUERY_TOO_COMPLEX");
    await client.dispose();
  });
});

describe("limits configured per role", () => {
  it("refuse to start with a limit for a role that does not exist, naming the roles", async () => {
    await expect(startTestApi({}, { GONGZHI_MAX_COST_NOBODY: "5000" })).rejects.toThrow(/name roles \(public, resident, .*\), not nobody/);
  });
});

describe("cross-site requests and introspection", () => {
  it("refuses simple cross-site requests (CSRF prevention)", async () => {
    const form = await fetch(api.url, { method: "POST", headers: { "content-type": "text/plain" }, body: JSON.stringify({ query: "{ viewer { role } }" }) });
    expect(form.status).toBe(400);
    const get = await fetch(`${api.url}?query=${encodeURIComponent("{ viewer { role } }")}`);
    expect(get.status).toBe(400);
    const preflighted = await fetch(`${api.url}?query=${encodeURIComponent("{ viewer { role } }")}`, { headers: { "apollo-require-preflight": "1" } });
    expect(preflighted.status).toBe(200);
  });

  it("allows introspection only with a token in production", async () => {
    const secret = "a-production-secret-of-at-least-32-chars";
    const prod = await startTestApi({}, { NODE_ENV: "production", GONGZHI_ID_SECRET: "production-id-secret", GONGZHI_JWT_SECRET: secret });
    try {
      const introspect = `{ __schema { queryType { name } } }`;
      const anonymous = await post(prod, introspect);
      expect(anonymous.status).toBe(403);
      expect(anonymous.body.errors![0]!.extensions.code).toBe("FORBIDDEN");
      const signedIn = await post(prod, introspect, await bearer(secret, "admin"));
      expect(signedIn.body.data).toEqual({ __schema: { queryType: { name: "Query" } } });
      expect((await post(api, introspect)).body.data).toEqual({ __schema: { queryType: { name: "Query" } } });
    } finally {
      await prod.stop();
    }
  });
});

describe("per-client rate limit", () => {
  it("answers 429 RATE_LIMITED with Retry-After once a client spends its burst, counting each token separately", async () => {
    const limited = await startTestApi({}, { GONGZHI_RATE_LIMIT: "1", GONGZHI_RATE_BURST: "3" });
    try {
      const statuses = [];
      for (let i = 0; i < 4; i++) statuses.push((await post(limited, "{ viewer { role } }")).status);
      expect(statuses).toEqual([200, 200, 200, 429]);
      const res = await post(limited, "{ viewer { role } }");
      expect(res.status).toBe(429);
      expect(Number(res.headers.get("retry-after"))).toBeGreaterThanOrEqual(1);
      expect(res.body.errors![0]!.extensions).toMatchObject({ code: "RATE_LIMITED" });
      const withToken = await post(limited, "{ viewer { role } }", await bearer(undefined, "street_officer"));
      expect(withToken.status).toBe(200);
      await new Promise((r) => setTimeout(r, 1100));
      expect((await post(limited, "{ viewer { role } }")).status).toBe(200);
    } finally {
      await limited.stop();
    }
  });

  it("over WebSocket, answers each operation beyond the connection's share with RATE_LIMITED instead of running it", async () => {
    const limited = await startTestApi({}, { GONGZHI_RATE_LIMIT: "1", GONGZHI_RATE_BURST: "2" });
    const client = liveClient(limited, {});
    const other = liveClient(limited, { authorization: (await bearer(undefined, "street_officer")).authorization });
    try {
      const once = (on: typeof client) =>
        new Promise<any>((resolve) => {
          let result: unknown;
          on.subscribe({ query: "{ viewer { role } }" }, { next: (r) => (result = r), error: resolve, complete: () => resolve(result) });
        });
      const results = [await once(client), await once(client), await once(client)];
      expect(results.slice(0, 2).map((r) => r.data?.viewer?.role)).toEqual(["public", "public"]);
      const refused = Array.isArray(results[2]) ? results[2][0] : results[2].errors[0];
      expect(refused.extensions).toMatchObject({ code: "RATE_LIMITED" });
      expect(refused.extensions.retryAfter).toBeGreaterThanOrEqual(1);
      // Another token is another client.
      expect((await once(other)).data.viewer.role).toBe("street_officer");
    } finally {
      await client.dispose();
      await other.dispose();
      await limited.stop();
    }
  });

  it("counts each forwarded address separately behind a trusted proxy", async () => {
    const proxied = await startTestApi({}, { GONGZHI_RATE_LIMIT: "1", GONGZHI_RATE_BURST: "1", GONGZHI_TRUST_PROXY: "1" });
    try {
      const from = async (address: string) => (await post(proxied, "{ viewer { role } }", { "x-forwarded-for": `${address}, 10.0.0.1` })).status;
      expect([await from("203.0.113.7"), await from("203.0.113.7"), await from("198.51.100.2")]).toEqual([200, 429, 200]);
    } finally {
      await proxied.stop();
    }
  });
});

describe("persisted operations (strict mode)", () => {
  it("lets callers without a token run only the registered operations; callers with one run any", async () => {
    const strict = await startTestApi({}, { GONGZHI_PERSISTED_OPERATIONS: "strict" });
    try {
      const { readFile } = await import("node:fs/promises");
      const { join } = await import("node:path");
      const { projectRoot } = await import("../src/paths.js");
      // Layout differs from the file's: the operation counts, not its spacing.
      const file = await readFile(join(projectRoot, "examples", "nearby-stations.graphql"), "utf8");
      const registered = file.split("\n").filter((line) => !line.trim().startsWith("#")).join(" ").replace(/\s+/g, " ");
      const run = (query: string, headers: Record<string, string> = {}) => post(strict, { query, variables: { lat: 31.72, lng: 112.26 } }, headers);
      const ok = await run(registered);
      expect(ok.body.errors).toBeUndefined();
      expect(ok.body.data.redStations).toBeDefined();
      const adHoc = await run(`{ viewer { role } }`);
      expect(adHoc.status).toBe(403);
      expect(adHoc.body.errors![0]!.extensions).toEqual({ code: "FORBIDDEN", reason: "OPERATION_NOT_REGISTERED" });
      const staff = await run(`{ viewer { role } }`, await bearer(undefined, "street_officer"));
      expect(staff.body.data.viewer.role).toBe("street_officer");
    } finally {
      await strict.stop();
    }
  });
});
