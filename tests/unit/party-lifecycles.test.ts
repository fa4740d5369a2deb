import { describe, expect, it } from "vitest";
import { deliberationLifecycle, wishLifecycle } from "../../src/sources/party/lifecycles.js";
import { deliberationStatus, wishStatus } from "../../src/sources/party/tables.js";
import { expectTransitions, reachable } from "../support/transitions.js";

describe("micro-wish lifecycle (认领 → 兑现)", () => {
  it("claims an open wish and fulfils a claimed one, and nothing else", () => {
    expect(wishLifecycle.actions).toEqual(["CLAIM", "FULFIL"]);
    expectTransitions(wishLifecycle, wishStatus.enumValues, {
      OPEN: [["CLAIM", "CLAIMED"]],
      CLAIMED: [["FULFIL", "FULFILLED"]],
      FULFILLED: [],
    });
    expect([...reachable(wishLifecycle, "OPEN")].sort()).toEqual([...wishStatus.enumValues].sort());
  });
});

describe("deliberation outcomes (议事协商)", () => {
  it("records HELD from SCHEDULED and RESOLVED from SCHEDULED or HELD, and nothing after a resolution or a withdrawal", () => {
    expect(deliberationLifecycle.actions).toEqual(["HELD", "RESOLVED"]);
    expectTransitions(deliberationLifecycle, deliberationStatus.enumValues, {
      SCHEDULED: [
        ["HELD", "HELD"],
        ["RESOLVED", "RESOLVED"],
      ],
      HELD: [["RESOLVED", "RESOLVED"]],
      RESOLVED: [],
      WITHDRAWN: [],
    });
  });
});
