import { describe, expect, it } from "vitest";
import { canonical } from "../../src/sources/common/idempotency.js";

describe("canonical form of an idempotent request's input", () => {
  const form = (value: unknown) => canonical(value);

  it("is the same whatever the order of object keys, at every depth", () => {
    const a = { title: "楼道堆物", gridCode: "420683001001001", location: { lng: 112.2, lat: 31.7 }, tags: [{ b: 2, a: 1 }] };
    const b = { tags: [{ a: 1, b: 2 }], location: { lat: 31.7, lng: 112.2 }, gridCode: "420683001001001", title: "楼道堆物" };
    expect(form(a)).toBe(form(b));
    expect(form(a)).toBe('{"gridCode":"420683001001001","location":{"lat":31.7,"lng":112.2},"tags":[{"a":1,"b":2}],"title":"楼道堆物"}');
  });

  it("keeps the order of array items", () => {
    expect(form([1, 2])).not.toBe(form([2, 1]));
  });

  it("leaves out fields that are absent, undefined or null", () => {
    expect(form({ a: 1, b: null, c: undefined })).toBe(form({ a: 1 }));
    expect(form({ a: { b: null } })).toBe('{"a":{}}');
  });

  it("keeps null items of an array, which hold a place", () => {
    expect(form([1, null])).toBe("[1,null]");
    expect(form([1, null])).not.toBe(form([1]));
  });

  it("writes times as ISO text, the same for equal instants", () => {
    expect(form({ at: new Date("2026-05-01T08:00:00+08:00") })).toBe(form({ at: new Date("2026-05-01T00:00:00Z") }));
    expect(form({ at: new Date("2026-05-01T00:00:00Z") })).toBe('{"at":"2026-05-01T00:00:00.000Z"}');
  });

  it("tells apart values that differ only in type", () => {
    expect(form({ n: 1 })).not.toBe(form({ n: "1" }));
    expect(form({ n: true })).not.toBe(form({ n: "true" }));
    expect(form({ n: [] })).not.toBe(form({ n: {} }));
  });

  it("reads input class instances as their fields", () => {
    class ReportInput {
      constructor(
        readonly title: string,
        readonly note: string | null,
      ) {}
    }
    expect(form(new ReportInput("x", null))).toBe(form({ title: "x" }));
  });

  it("escapes keys and strings as JSON does", () => {
    expect(form({ 'a"b': "c\nd" })).toBe('{"a\\"b":"c\\nd"}');
  });
});
