import { describe, expect, it } from "vitest";
import { activityLifecycle, demandLifecycle } from "../../src/sources/civic/lifecycles.js";
import { activityStatus, demandStatus } from "../../src/sources/civic/tables.js";
import { expectTransitions, reachable } from "../support/transitions.js";

describe("demand lifecycle (点单 → 派单 → 接单 → 评单)", () => {
  it("has its actions in the order clients see them", () => {
    expect(demandLifecycle.actions).toEqual(["DISPATCH", "ACCEPT", "COMPLETE", "RATE", "CANCEL"]);
  });

  it("allows each step of the order once, cancelling until the service is done, and nothing else", () => {
    expectTransitions(demandLifecycle, demandStatus.enumValues, {
      ORDERED: [
        ["DISPATCH", "DISPATCHED"],
        ["CANCEL", "CANCELLED"],
      ],
      DISPATCHED: [
        ["ACCEPT", "ACCEPTED"],
        ["CANCEL", "CANCELLED"],
      ],
      ACCEPTED: [
        ["COMPLETE", "DONE"],
        ["CANCEL", "CANCELLED"],
      ],
      DONE: [["RATE", "RATED"]],
      RATED: [],
      CANCELLED: [],
    });
  });

  it("reaches every status from ORDERED", () => {
    expect([...reachable(demandLifecycle, "ORDERED")].sort()).toEqual([...demandStatus.enumValues].sort());
  });
});

describe("activity lifecycle", () => {
  it("completes or cancels a published activity, once, and leaves drafts alone", () => {
    expect(activityLifecycle.actions).toEqual(["COMPLETE", "CANCEL"]);
    expectTransitions(activityLifecycle, activityStatus.enumValues, {
      DRAFT: [],
      PUBLISHED: [
        ["COMPLETE", "COMPLETED"],
        ["CANCEL", "CANCELLED"],
      ],
      COMPLETED: [],
      CANCELLED: [],
    });
  });
});
