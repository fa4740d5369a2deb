import { describe, expect, it } from "vitest";
import { comparePositions, type FeedPosition } from "../../src/sources/common/change-feed.js";

const at = (txid: bigint, seq: number): FeedPosition => ({ txid, seq });

describe("comparePositions", () => {
  it("orders by transaction first, then by sequence number within it", () => {
    expect(comparePositions(at(5n, 100), at(6n, 1))).toBeLessThan(0);
    expect(comparePositions(at(6n, 1), at(5n, 100))).toBeGreaterThan(0);
    expect(comparePositions(at(5n, 1), at(5n, 2))).toBeLessThan(0);
    expect(comparePositions(at(5n, 2), at(5n, 1))).toBeGreaterThan(0);
  });

  it("gives 0 only for the same position", () => {
    expect(comparePositions(at(5n, 2), at(5n, 2))).toBe(0);
    expect(comparePositions(at(0n, 0), at(0n, 0))).toBe(0);
    expect(comparePositions(at(5n, 2), at(6n, 2))).not.toBe(0);
  });

  it("compares transaction ids beyond 2^53 exactly", () => {
    const big = 9_007_199_254_740_993n; // 2^53 + 1: the same Number as 2^53
    expect(comparePositions(at(big - 1n, 9), at(big, 1))).toBeLessThan(0);
    expect(comparePositions(at(big, 1), at(big - 1n, 9))).toBeGreaterThan(0);
    expect(comparePositions(at(18_446_744_073_709_551_615n, 0), at(18_446_744_073_709_551_614n, 999))).toBeGreaterThan(0);
  });

  it("sorts positions as the change log orders them (txid, seq)", () => {
    const positions = [at(7n, 3), at(2n, 40), at(7n, 1), at(9_007_199_254_740_993n, 0), at(2n, 5), at(9_007_199_254_740_992n, 8)];
    expect([...positions].sort(comparePositions)).toEqual([at(2n, 5), at(2n, 40), at(7n, 1), at(7n, 3), at(9_007_199_254_740_992n, 8), at(9_007_199_254_740_993n, 0)]);
  });

  it("is antisymmetric and transitive over a grid of positions", () => {
    const positions = [0n, 1n, 2n].flatMap((txid) => [0, 1, 2].map((seq) => at(txid, seq)));
    for (const a of positions) {
      for (const b of positions) {
        expect(Math.sign(comparePositions(a, b)) + Math.sign(comparePositions(b, a))).toBe(0);
        for (const c of positions) {
          if (comparePositions(a, b) < 0 && comparePositions(b, c) < 0) expect(comparePositions(a, c)).toBeLessThan(0);
        }
      }
    }
  });
});
