import { chmod, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { exportJWK, generateKeyPair, SignJWT } from "jose";
import WebSocket from "ws";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../src/config.js";
import { signDevToken } from "../src/auth/tokens.js";
import type { RunningApi } from "../src/server/app.js";
import { post, startTestApi } from "./support/api.js";
import { liveClient, subscribe, wsUrl } from "./support/live.js";

const auth = loadConfig({}).auth;
const VIEWER = `{ viewer { subject name role jurisdiction grids department scopes expiresAt } }`;

let api: RunningApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api?.stop());

const ask = (target: RunningApi, authorization?: string) => post<{ viewer: Record<string, unknown> }>(target, VIEWER, authorization ? { authorization } : {});

const sign = (claims: Record<string, unknown>, options: { secret?: string; issuer?: string; audience?: string; expires?: number } = {}) =>
  new SignJWT(claims)
    .setProtectedHeader({ alg: "HS256" })
    .setSubject("u-1")
    .setIssuer(options.issuer ?? auth.issuer)
    .setAudience(options.audience ?? auth.audience)
    .setExpirationTime(options.expires ?? Math.floor(Date.now() / 1000) + 600)
    .sign(new TextEncoder().encode(options.secret ?? auth.secret));

describe("identity from bearer tokens", () => {
  it("takes a request without a token as the public", async () => {
    const { status, body } = await ask(api);
    expect(status).toBe(200);
    expect(body.data!.viewer).toEqual({ subject: null, name: null, role: "public", jurisdiction: null, grids: [], department: null, scopes: [], expiresAt: null });
  });

  it("reads subject, name, role, jurisdiction, grids, department and scopes from a valid token", async () => {
    const token = await signDevToken(auth, { subject: "officer-7", name: "街道干部李明", role: "street_officer", jurisdiction: "420683001", scopes: ["pii:read"] });
    const { status, body } = await ask(api, `Bearer ${token}`);
    expect(status).toBe(200);
    expect(body.data!.viewer).toMatchObject({ subject: "officer-7", name: "街道干部李明", role: "street_officer", jurisdiction: "420683001", grids: [], department: null, scopes: ["pii:read"] });
    const worker = await signDevToken(auth, { subject: "gw-9", role: "grid_worker", grids: ["420683001004001", "420683001004002"] });
    expect((await ask(api, `Bearer ${worker}`)).body.data!.viewer).toMatchObject({ role: "grid_worker", grids: ["420683001004001", "420683001004002"] });
    expect(Date.parse(body.data!.viewer.expiresAt as string)).toBeGreaterThan(Date.now());
  });

  it("refuses expired, forged, foreign and malformed tokens with 401 UNAUTHENTICATED", async () => {
    const cases: [string, string][] = [
      ["expired", `Bearer ${await sign({ role: "admin" }, { expires: Math.floor(Date.now() / 1000) - 60 })}`],
      ["forged", `Bearer ${await sign({ role: "admin" }, { secret: "not-the-secret-not-the-secret-00" })}`],
      ["wrong audience", `Bearer ${await sign({ role: "admin" }, { audience: "someone-else" })}`],
      ["wrong issuer", `Bearer ${await sign({ role: "admin" }, { issuer: "evil" })}`],
      ["unknown role", `Bearer ${await sign({ role: "emperor" })}`],
      ["bad jurisdiction", `Bearer ${await sign({ role: "street_officer", jurisdiction: "4206-83" })}`],
      ["officer without a jurisdiction", `Bearer ${await sign({ role: "street_officer" })}`],
      ["grid worker without grids", `Bearer ${await sign({ role: "grid_worker", jurisdiction: "420683001" })}`],
      ["bad grids", `Bearer ${await sign({ role: "grid_worker", grids: ["4206830010"] })}`],
      ["department without a department", `Bearer ${await sign({ role: "department" })}`],
      ["no expiry", `Bearer ${await new SignJWT({ role: "admin" }).setProtectedHeader({ alg: "HS256" }).setSubject("u-1").setIssuer(auth.issuer).setAudience(auth.audience).sign(new TextEncoder().encode(auth.secret))}`],
      ["not a bearer token", "Basic dXNlcjpwYXNz"],
      ["garbage", "Bearer x.y"],
    ];
    for (const [name, authorization] of cases) {
      const { status, body } = await ask(api, authorization);
      expect(status, name).toBe(401);
      expect(body.errors?.[0]?.extensions, name).toEqual({ code: "UNAUTHENTICATED" });
      expect(body.errors?.[0]?.message, name).toMatch(/^Not authenticated/);
      expect(body.data, name).toBeUndefined();
    }
  });

  it("verifies RS256 tokens against a JWKS file in production setups, and then refuses HS256 ones", async () => {
    const dir = await mkdtemp(join(tmpdir(), "gongzhi-jwks-"));
    await chmod(dir, 0o755);
    const { publicKey, privateKey } = await generateKeyPair("RS256");
    const jwk = { ...(await exportJWK(publicKey)), kid: "k1", alg: "RS256", use: "sig" };
    await writeFile(join(dir, "jwks.json"), JSON.stringify({ keys: [jwk] }));
    const rsApi = await startTestApi({}, { GONGZHI_JWT_JWKS: join(dir, "jwks.json"), GONGZHI_JWT_ISSUER: "https://idp.example", GONGZHI_JWT_AUDIENCE: "gongzhi-prod" });
    try {
      const token = await new SignJWT({ role: "department", department: "城管局" })
        .setProtectedHeader({ alg: "RS256", kid: "k1" })
        .setSubject("dept-1")
        .setIssuer("https://idp.example")
        .setAudience("gongzhi-prod")
        .setExpirationTime("10m")
        .sign(privateKey);
      expect((await ask(rsApi, `Bearer ${token}`)).body.data!.viewer).toMatchObject({ subject: "dept-1", role: "department", department: "城管局" });
      const hs = await sign({ role: "admin" }, { issuer: "https://idp.example", audience: "gongzhi-prod" });
      expect((await ask(rsApi, `Bearer ${hs}`)).status).toBe(401);
    } finally {
      await rsApi.stop();
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe("identity over WebSocket", () => {
  it("checks the token once at connection_init and closes the connection when it expires", async () => {
    const token = await signDevToken(auth, { subject: "grid-9", role: "grid_worker", jurisdiction: "420683001001001" }, 2);
    const client = liveClient(api, { authorization: `Bearer ${token}` });
    const started = Date.now();
    subscribe(client, `subscription { eventChanged(filter: { gridCode: "420683001001001" }) { id } }`);
    const closed = new Promise<number>((resolve) => client.on("closed", (event) => resolve((event as { code: number }).code)));
    expect(await closed).toBe(4401);
    // Accepted at first: the connection lived until the token ran out.
    expect(Date.now() - started).toBeGreaterThan(900);
    await client.dispose();
  }, 15_000);

  it("refuses a forged token at connection_init with close code 4401", async () => {
    const forged = await sign({ role: "admin" }, { secret: "not-the-secret-not-the-secret-00" });
    const code = await new Promise<number>((resolve) => {
      const ws = new WebSocket(wsUrl(api), "graphql-transport-ws");
      ws.on("open", () => ws.send(JSON.stringify({ type: "connection_init", payload: { authorization: `Bearer ${forged}` } })));
      ws.on("close", (c) => resolve(c));
    });
    expect(code).toBe(4401);
  });
});
