import "reflect-metadata";
import { describe, expect, it } from "vitest";
import { INDICATORS } from "../../src/schema/analytics/scorecard.js";
import { INDICATOR_DEFINITIONS } from "../../src/resolvers/analytics/indicators.js";
import { periodOf, seriesPeriods } from "../../src/resolvers/analytics/periods.js";

const at = (iso: string) => new Date(iso);

describe("scorecard periods, in local time (UTC+8)", () => {
  it("takes a month, and the month before, across a year's turn", () => {
    const { period, previous } = periodOf({ month: "2026-01" });
    expect(period).toEqual({ from: at("2025-12-31T16:00:00Z"), to: at("2026-01-31T16:00:00Z"), label: "2026-01" });
    expect(previous).toEqual({ from: at("2025-11-30T16:00:00Z"), to: at("2025-12-31T16:00:00Z"), label: "2025-12" });
  });

  it("takes a quarter, and the quarter before", () => {
    const { period, previous } = periodOf({ quarter: "2026-Q1" });
    expect(period.label).toBe("2026-Q1");
    expect(period.to).toEqual(at("2026-03-31T16:00:00Z"));
    expect(previous).toMatchObject({ label: "2025-Q4", from: at("2025-09-30T16:00:00Z") });
  });

  it("takes a range, and the range of the same length before it", () => {
    const { period, previous } = periodOf({ from: at("2026-11-01T00:00:00+08:00"), to: at("2026-11-08T00:00:00+08:00") });
    expect(period.label).toBe("2026-11-01..2026-11-07");
    expect(previous).toEqual({ from: at("2026-10-25T00:00:00+08:00"), to: at("2026-11-01T00:00:00+08:00"), label: "2026-10-25..2026-10-31" });
  });

  it("refuses anything else, naming the argument", () => {
    for (const input of [{}, { month: "2026-11", quarter: "2026-Q4" }, { month: "2026-1" }, { quarter: "2026-Q5" }, { from: at("2026-01-01T00:00:00Z") }, { from: at("2026-02-01T00:00:00Z"), to: at("2026-01-01T00:00:00Z") }]) {
      expect(() => periodOf(input), JSON.stringify(input)).toThrow(expect.objectContaining({ extensions: expect.objectContaining({ code: "BAD_USER_INPUT", argument: "period" }) }));
    }
  });

  it("steps weeks from Monday and months from the first, covering the range", () => {
    const weeks = seriesPeriods(at("2026-11-04T12:00:00+08:00"), at("2026-11-20T00:00:00+08:00"), "WEEK");
    expect(weeks.map((w) => w.from)).toEqual([at("2026-11-02T00:00:00+08:00"), at("2026-11-09T00:00:00+08:00"), at("2026-11-16T00:00:00+08:00")]);
    const months = seriesPeriods(at("2026-06-15T00:00:00+08:00"), at("2026-12-01T00:00:00+08:00"), "MONTH");
    expect(months.map((m) => m.label)).toEqual(["2026-06", "2026-07", "2026-08", "2026-09", "2026-10", "2026-11"]);
    expect(() => seriesPeriods(at("2020-01-01T00:00:00Z"), at("2026-01-01T00:00:00Z"), "MONTH")).toThrow(/at most 60/);
  });
});

describe("the indicator catalogue", () => {
  it("defines every indicator of the schema, once, in the enum's order", () => {
    expect(INDICATOR_DEFINITIONS.map((d) => d.indicator)).toEqual([...INDICATORS]);
    for (const d of INDICATOR_DEFINITIONS) expect(d.term.length * d.definition.length, d.indicator).toBeGreaterThan(0);
  });
});
