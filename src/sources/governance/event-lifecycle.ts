import { lifecycleOf } from "../common/lifecycle.js";
import type { EventRow } from "./tables.js";

type EventStatus = EventRow["status"];

/**
 * The event lifecycle (办理流程): which action moves an event from which states to which.
 * REJECT is possible before the event is handed over; REOPEN (回退) sends a responded or
 * verified event back for handling when a check (核查) finds it was not dealt with.
 */
export const eventLifecycle = lifecycleOf<EventStatus>()("event", {
  ACCEPT: { from: ["REPORTED"], to: "ACCEPTED" },
  ASSIGN: { from: ["ACCEPTED"], to: "ASSIGNED" },
  START: { from: ["ASSIGNED"], to: "IN_PROGRESS" },
  RESPOND: { from: ["IN_PROGRESS"], to: "RESPONDED" },
  VERIFY: { from: ["RESPONDED"], to: "VERIFIED" },
  CLOSE: { from: ["VERIFIED"], to: "CLOSED" },
  REJECT: { from: ["REPORTED", "ACCEPTED"], to: "REJECTED" },
  REOPEN: { from: ["RESPONDED", "VERIFIED"], to: "IN_PROGRESS" },
});

export type EventAction = (typeof eventLifecycle.actions)[number];

/** Actions whose reason must be written down. */
export const ACTIONS_NEEDING_NOTE: readonly EventAction[] = ["REJECT", "REOPEN"];

/** States in which an event is still being dealt with. */
export const OPEN_EVENT_STATUSES: readonly EventStatus[] = ["REPORTED", "ACCEPTED", "ASSIGNED", "IN_PROGRESS", "RESPONDED", "VERIFIED"];
