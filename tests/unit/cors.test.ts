import { describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config.js";
import { ALLOWED_HEADERS, isPreflight, originMatcher, preflightHeaders, responseHeaders, upgradeOriginRefusal } from "../../src/server/cors.js";

const origins = (value: string | undefined, production = false) =>
  loadConfig({ ...(value === undefined ? {} : { GONGZHI_CORS_ORIGINS: value }), ...(production ? { NODE_ENV: "production", GONGZHI_ID_SECRET: "s", GONGZHI_JWT_SECRET: "x".repeat(32) } : {}) }).corsOrigins;

describe("GONGZHI_CORS_ORIGINS", () => {
  it("defaults to no origin in production and any port of localhost otherwise", () => {
    expect(origins(undefined, true)).toEqual([]);
    expect(origins(undefined)).toEqual(["http://localhost:*", "http://127.0.0.1:*"]);
    expect(origins("none")).toEqual([]);
  });

  it("takes exact origins and the wildcard forms, trimmed and lower-cased", () => {
    expect(origins(" https://Portal.Example.gov.cn , https://*.example.gov.cn,http://localhost:*,http://10.0.0.5:8080,http://[::1]:3000")).toEqual([
      "https://portal.example.gov.cn",
      "https://*.example.gov.cn",
      "http://localhost:*",
      "http://10.0.0.5:8080",
      "http://[::1]:3000",
    ]);
  });

  it.each([
    ["*", "no wildcard for every origin"],
    ["null", "no wildcard for every origin"],
    ["https://portal.example.gov.cn/", "no path"],
    ["https://portal.example.gov.cn/app", "no path"],
    ["portal.example.gov.cn", "scheme://host"],
    ["ftp://portal.example.gov.cn", "http or https"],
    ["https://portal.*.gov.cn", "`*.` may start the host"],
    ["https://*example.gov.cn", "`*.` may start the host"],
    ["https://portal.example.gov.cn:99999", "a port is 1 to 65535"],
    ["https://a.cn,,https://b.cn", "is not an origin"],
  ])("refuses %s at start", (value, message) => {
    expect(() => origins(value)).toThrow(message);
    expect(() => origins(value)).toThrow("GONGZHI_CORS_ORIGINS");
  });
});

describe("origin matching", () => {
  const allowed = originMatcher(["https://portal.example.gov.cn", "https://*.street.gov.cn", "http://localhost:*", "http://10.0.0.5:8080", "https://explicit.cn:443"]);

  it("matches exact origins, and only them", () => {
    expect(allowed("https://portal.example.gov.cn")).toBe(true);
    expect(allowed("https://PORTAL.example.gov.cn")).toBe(true);
    expect(allowed("http://portal.example.gov.cn")).toBe(false);
    expect(allowed("https://portal.example.gov.cn:8443")).toBe(false);
    expect(allowed("https://evil-portal.example.gov.cn")).toBe(false);
    expect(allowed("https://portal.example.gov.cn.evil.com")).toBe(false);
    expect(allowed("http://10.0.0.5:8080")).toBe(true);
    expect(allowed("http://10.0.0.5")).toBe(false);
  });

  it("takes a default port written out as the same origin", () => {
    expect(allowed("https://explicit.cn")).toBe(true);
    expect(allowed("https://explicit.cn:443")).toBe(true);
  });

  it("matches one or more subdomain labels under `*.`, not the domain itself or look-alikes", () => {
    expect(allowed("https://a.street.gov.cn")).toBe(true);
    expect(allowed("https://h5.a.street.gov.cn")).toBe(true);
    expect(allowed("https://street.gov.cn")).toBe(false);
    expect(allowed("https://evilstreet.gov.cn")).toBe(false);
    expect(allowed("http://a.street.gov.cn")).toBe(false);
    expect(allowed("https://a.street.gov.cn:8443")).toBe(false);
  });

  it("matches any port under `:*`, the default included", () => {
    expect(allowed("http://localhost:4010")).toBe(true);
    expect(allowed("http://localhost")).toBe(true);
    expect(allowed("https://localhost:4010")).toBe(false);
    expect(allowed("http://localhost.evil.com:4010")).toBe(false);
  });

  it("never matches `null` or anything that is not an origin", () => {
    expect(allowed("null")).toBe(false);
    expect(allowed("")).toBe(false);
    expect(allowed("https://portal.example.gov.cn/")).toBe(false);
    expect(originMatcher([])("http://localhost:4010")).toBe(false);
  });
});

describe("headers", () => {
  it("a preflight's answer names the origin, the methods, the API's headers and a max-age, never credentials", () => {
    const headers = preflightHeaders("https://portal.example.gov.cn");
    expect(headers["access-control-allow-origin"]).toBe("https://portal.example.gov.cn");
    expect(headers["access-control-allow-methods"]).toBe("GET, POST, OPTIONS");
    for (const name of ["content-type", "authorization", "x-purpose", "x-query-stats", "apollo-require-preflight", "x-apollo-operation-name"]) {
      expect(headers["access-control-allow-headers"]!.split(", ")).toContain(name);
    }
    expect(ALLOWED_HEADERS).toContain("traceparent");
    expect(Number(headers["access-control-max-age"])).toBeGreaterThan(0);
    expect(headers.vary).toBe("Origin");
    expect(Object.keys(headers)).not.toContain("access-control-allow-credentials");
  });

  it("an answer exposes the request id and Retry-After", () => {
    expect(responseHeaders("https://portal.example.gov.cn")).toEqual({
      "access-control-allow-origin": "https://portal.example.gov.cn",
      "access-control-expose-headers": "x-request-id, retry-after",
      vary: "Origin",
    });
  });

  it("a preflight is an OPTIONS with Origin and Access-Control-Request-Method", () => {
    expect(isPreflight("OPTIONS", { origin: "https://a.cn", "access-control-request-method": "POST" })).toBe(true);
    expect(isPreflight("OPTIONS", { origin: "https://a.cn" })).toBe(false);
    expect(isPreflight("POST", { origin: "https://a.cn", "access-control-request-method": "POST" })).toBe(false);
  });
});

describe("the WebSocket upgrade's origin", () => {
  const allowed = originMatcher(["https://portal.example.gov.cn"]);
  const refusal = (headers: Record<string, string>) => upgradeOriginRefusal({ headers }, allowed);

  it("serves clients without Origin, the API's own origin and the allowed origins", () => {
    expect(refusal({ host: "api.example.gov.cn" })).toBeNull();
    expect(refusal({ host: "127.0.0.1:4000", origin: "http://127.0.0.1:4000" })).toBeNull();
    expect(refusal({ host: "api.example.gov.cn", origin: "https://api.example.gov.cn" })).toBeNull();
    expect(refusal({ host: "api.example.gov.cn:443", origin: "https://api.example.gov.cn" })).toBeNull();
    expect(refusal({ host: "api.example.gov.cn", origin: "https://portal.example.gov.cn" })).toBeNull();
  });

  it("refuses any other browser origin, and `null`", () => {
    expect(refusal({ host: "127.0.0.1:4000", origin: "http://127.0.0.1:4001" })).toContain("refused");
    expect(refusal({ host: "api.example.gov.cn", origin: "https://evil.example.com" })).toContain("GONGZHI_CORS_ORIGINS");
    expect(refusal({ host: "api.example.gov.cn", origin: "null" })).toContain("refused");
  });
});
