import { describe, expect, it } from "vitest";
import { divisionPrefix, registryCode, streetOf } from "../../src/sources/common/division-codes.js";

describe("division codes", () => {
  it("turn a prefix into the registry's code and back, for the city, a street and a community", () => {
    for (const [prefix, code] of [["420683", "420683000000"], ["420683001", "420683001000"], ["420683001001", "420683001001"]] as const) {
      expect(registryCode(prefix)).toBe(code);
      expect(divisionPrefix(code)).toBe(prefix);
    }
  });

  it("find the street of a community or a grid", () => {
    expect(streetOf("420683001001")).toBe("420683001000");
    expect(streetOf("420683001001003")).toBe("420683001000");
  });
});
