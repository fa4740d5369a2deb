import { describe, expect, it } from "vitest";
import { ACTIONS_NEEDING_NOTE, eventLifecycle, OPEN_EVENT_STATUSES } from "../../src/sources/governance/event-lifecycle.js";
import { eventStatus } from "../../src/sources/governance/tables.js";
import { expectTransitions, reachable } from "../support/transitions.js";

const STATUSES = eventStatus.enumValues;

describe("event lifecycle (办理流程)", () => {
  it("has the eight actions in the order clients see them", () => {
    expect(eventLifecycle.actions).toEqual(["ACCEPT", "ASSIGN", "START", "RESPOND", "VERIFY", "CLOSE", "REJECT", "REOPEN"]);
  });

  it("allows every step of the handling flow, rejection before hand-over and reopening after a response, and nothing else", () => {
    expectTransitions(eventLifecycle, STATUSES, {
      REPORTED: [
        ["ACCEPT", "ACCEPTED"],
        ["REJECT", "REJECTED"],
      ],
      ACCEPTED: [
        ["ASSIGN", "ASSIGNED"],
        ["REJECT", "REJECTED"],
      ],
      ASSIGNED: [["START", "IN_PROGRESS"]],
      IN_PROGRESS: [["RESPOND", "RESPONDED"]],
      RESPONDED: [
        ["VERIFY", "VERIFIED"],
        ["REOPEN", "IN_PROGRESS"],
      ],
      VERIFIED: [
        ["CLOSE", "CLOSED"],
        ["REOPEN", "IN_PROGRESS"],
      ],
      CLOSED: [],
      REJECTED: [],
    });
  });

  it("walks from REPORTED to CLOSED by the ordinary flow", () => {
    let status: (typeof STATUSES)[number] = "REPORTED";
    for (const action of ["ACCEPT", "ASSIGN", "START", "RESPOND", "VERIFY", "CLOSE"] as const) status = eventLifecycle.next({ status, version: 1 }, action);
    expect(status).toBe("CLOSED");
  });

  it("reaches every status from REPORTED", () => {
    expect([...reachable(eventLifecycle, "REPORTED")].sort()).toEqual([...STATUSES].sort());
  });

  it("counts as open exactly the statuses from which some action is still allowed", () => {
    expect([...OPEN_EVENT_STATUSES].sort()).toEqual(STATUSES.filter((s) => eventLifecycle.allowed(s).length > 0).sort());
    expect(OPEN_EVENT_STATUSES).not.toContain("CLOSED");
    expect(OPEN_EVENT_STATUSES).not.toContain("REJECTED");
  });

  it("asks for a written reason for rejecting and reopening only", () => {
    expect([...ACTIONS_NEEDING_NOTE].sort()).toEqual(["REJECT", "REOPEN"]);
    for (const action of ACTIONS_NEEDING_NOTE) expect(eventLifecycle.actions).toContain(action);
  });
});
