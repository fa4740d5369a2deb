import { describe, expect, it } from "vitest";
import { CommandError } from "../../src/sources/common/errors.js";
import { Lifecycle, lifecycleOf, requireVersion } from "../../src/sources/common/lifecycle.js";
import { expectTransitions } from "../support/transitions.js";
import { refusalOf } from "../support/refusal.js";

type TicketStatus = "DRAFT" | "OPEN" | "SHUT" | "ARCHIVED";
const TICKET_STATUSES: TicketStatus[] = ["DRAFT", "OPEN", "SHUT", "ARCHIVED"];

// `from` lists deliberately out of declaration order: allowed() must follow the actions' order.
const tickets = lifecycleOf<TicketStatus>()("ticket", {
  PUBLISH: { from: ["DRAFT"], to: "OPEN" },
  SHUT: { from: ["OPEN", "DRAFT"], to: "SHUT" },
  TOUCH: { from: ["OPEN"], to: "OPEN" },
  REOPEN: { from: ["SHUT"], to: "OPEN" },
  ARCHIVE: { from: ["SHUT"], to: "ARCHIVED" },
});


describe("Lifecycle", () => {
  it("is a Lifecycle whose actions are the step names in declaration order", () => {
    expect(tickets).toBeInstanceOf(Lifecycle);
    expect(tickets.actions).toEqual(["PUBLISH", "SHUT", "TOUCH", "REOPEN", "ARCHIVE"]);
  });

  it("lists the actions allowed from a state in declaration order, and none from a final state", () => {
    expect(tickets.allowed("DRAFT")).toEqual(["PUBLISH", "SHUT"]);
    expect(tickets.allowed("OPEN")).toEqual(["SHUT", "TOUCH"]);
    expect(tickets.allowed("SHUT")).toEqual(["REOPEN", "ARCHIVE"]);
    expect(tickets.allowed("ARCHIVED")).toEqual([]);
  });

  it("allows exactly the declared steps, including a step back to the same state, and refuses every other pair", () => {
    expectTransitions(tickets, TICKET_STATUSES, {
      DRAFT: [
        ["PUBLISH", "OPEN"],
        ["SHUT", "SHUT"],
      ],
      OPEN: [
        ["SHUT", "SHUT"],
        ["TOUCH", "OPEN"],
      ],
      SHUT: [
        ["REOPEN", "OPEN"],
        ["ARCHIVE", "ARCHIVED"],
      ],
      ARCHIVED: [],
    });
  });

  it("refuses with a CONFLICT that names the action, the noun, the state and what is allowed", () => {
    const refused = refusalOf(() => tickets.next({ status: "OPEN", version: 3 }, "ARCHIVE"), CommandError);
    expect(refused.code).toBe("CONFLICT");
    expect(refused.message).toBe("Cannot ARCHIVE a ticket that is OPEN; allowed: SHUT, TOUCH");
    expect(refused.details).toEqual({ status: "OPEN", allowedActions: ["SHUT", "TOUCH"], currentVersion: 3 });

    const final = refusalOf(() => tickets.next({ status: "ARCHIVED", version: 9 }, "REOPEN"), CommandError);
    expect(final.message).toBe("Cannot REOPEN a ticket that is ARCHIVED; allowed: none");
    expect(final.details).toEqual({ status: "ARCHIVED", allowedActions: [], currentVersion: 9 });

    const orders = lifecycleOf<"NEW" | "DONE">()("order", { FINISH: { from: ["NEW"], to: "DONE" } });
    expect(refusalOf(() => orders.next({ status: "DONE", version: 1 }, "FINISH"), CommandError).message).toBe("Cannot FINISH an order that is DONE; allowed: none");
  });

  it("computes the next state without touching the row", () => {
    const row = { status: "DRAFT" as TicketStatus, version: 1 };
    expect(tickets.next(row, "PUBLISH")).toBe("OPEN");
    expect(row).toEqual({ status: "DRAFT", version: 1 });
  });
});

describe("requireVersion", () => {
  it("lets the expected version through", () => {
    expect(() => requireVersion({ status: "OPEN", version: 4 }, 4, "Ticket T-1")).not.toThrow();
  });

  it("refuses an older or a newer expected version with CONFLICT and the row's current version and state", () => {
    for (const expected of [3, 5, 0]) {
      const refused = refusalOf(() => requireVersion({ status: "SHUT", version: 4 }, expected, "Ticket T-1"), CommandError);
      expect(refused.code).toBe("CONFLICT");
      expect(refused.message).toBe(`Ticket T-1 has changed since version ${expected}; it is now version 4 (SHUT)`);
      expect(refused.details).toEqual({ currentVersion: 4, status: "SHUT" });
    }
  });
});
