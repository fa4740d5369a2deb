import { describe, expect, it } from "vitest";
import { parseUtcTimestamp } from "../src/sources/common/utc-timestamp.js";

describe("parseUtcTimestamp", () => {
  it("reads PostgreSQL's UTC text and JSON forms as the general parser does", () => {
    for (const text of [
      "2026-06-08 05:44:02.33+00",
      "2026-06-08 05:44:02+00",
      "2026-06-08 05:44:02.123956+00",
      "2026-06-08T05:44:02.5+00:00",
      "2026-12-31 23:59:59.999999+00",
      "2024-02-29 00:00:00.001+00",
    ]) {
      expect(parseUtcTimestamp(text)?.toISOString(), text).toBe(new Date(text).toISOString());
    }
  });

  it("leaves other forms to the general parser", () => {
    for (const text of ["2026-06-08 13:44:02+08", "0099-01-01 00:00:00+00", "2026-06-08 05:44:02+00 BC", "infinity", "2026-06-08 05:44"]) {
      expect(parseUtcTimestamp(text), text).toBeUndefined();
    }
  });
});
