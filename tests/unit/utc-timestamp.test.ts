import { describe, expect, it } from "vitest";
import { parseUtcTimestamp } from "../../src/sources/common/utc-timestamp.js";

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

  it("reads one to six fractional digits, dropping those below a millisecond", () => {
    const cases: [string, string][] = [
      ["2026-06-08 05:44:02.1+00", "2026-06-08T05:44:02.100Z"],
      ["2026-06-08 05:44:02.12+00", "2026-06-08T05:44:02.120Z"],
      ["2026-06-08 05:44:02.123+00", "2026-06-08T05:44:02.123Z"],
      ["2026-06-08 05:44:02.1239+00", "2026-06-08T05:44:02.123Z"],
      ["2026-06-08 05:44:02.12399+00", "2026-06-08T05:44:02.123Z"],
      ["2026-06-08 05:44:02.999999+00", "2026-06-08T05:44:02.999Z"],
      ["2026-06-08T05:44:02.000001+00:00", "2026-06-08T05:44:02.000Z"],
    ];
    for (const [text, iso] of cases) {
      expect(parseUtcTimestamp(text)?.toISOString(), text).toBe(iso);
      expect(new Date(text).toISOString(), text).toBe(iso);
    }
  });

  it("reads the years from 1000 to 9999, before 1970 included, and normalises as Date.UTC does", () => {
    for (const text of ["1000-01-01 00:00:00+00", "1900-01-01 00:00:00+00", "1969-12-31 23:59:59.999+00", "9999-12-31 23:59:59.999999+00", "2026-06-08 24:00:00+00"]) {
      expect(parseUtcTimestamp(text)?.toISOString(), text).toBe(new Date(text).toISOString());
    }
  });

  it("leaves other forms to the general parser", () => {
    for (const text of [
      "2026-06-08 13:44:02+08",
      "2026-06-08 05:44:02+05:30",
      "2026-06-08 05:44:02-00",
      "2026-06-08 05:44:02.33+0000",
      "2026-06-08T05:44:02Z",
      "2026-06-08 05:44:02 +00",
      "2026-06-08 05:44:02,5+00",
      "2026-06-08 5:44:02.33+00",
      "2026/06/08 05:44:02+00",
      "0999-12-31 23:59:59+00",
      "0099-01-01 00:00:00+00",
      "2026-06-08 05:44:02+00 BC",
      "202a-06-08 05:44:02+00",
      "infinity",
      "-infinity",
      "2026-06-08 05:44",
      "2026-06-08 05:44+00",
      "+00",
      "",
    ]) {
      expect(parseUtcTimestamp(text), text).toBeUndefined();
    }
  });
});
