/**
 * The write workload's requests: an event reported and moved through its whole lifecycle
 * (REPORT, then ACCEPT → ASSIGN → START → RESPOND → VERIFY → CLOSE), each step one mutation
 * and one transaction. The API and the floor server receive the same request bodies and
 * answer in the same shape, so one load client drives both.
 */
import type { SourceName } from "../src/config.js";

export const LIFECYCLE = ["ACCEPT", "ASSIGN", "START", "RESPOND", "VERIFY", "CLOSE"] as const;
export type Action = (typeof LIFECYCLE)[number];
export const MUTATIONS = ["reportEvent", ...LIFECYCLE.map((a) => `transitionEvent ${a}`)] as const;

/** The status each action leads to, and the one it must start from. */
export const TRANSITIONS: Record<Action, { from: string; to: string }> = {
  ACCEPT: { from: "REPORTED", to: "ACCEPTED" },
  ASSIGN: { from: "ACCEPTED", to: "ASSIGNED" },
  START: { from: "ASSIGNED", to: "IN_PROGRESS" },
  RESPOND: { from: "IN_PROGRESS", to: "RESPONDED" },
  VERIFY: { from: "RESPONDED", to: "VERIFIED" },
  CLOSE: { from: "VERIFIED", to: "CLOSED" },
};

export const isAction = (value: unknown): value is Action => typeof value === "string" && (LIFECYCLE as readonly string[]).includes(value);

const REPORT = `mutation BenchReport($input: ReportEventInput!) { reportEvent(input: $input) { event { id code status version } } }`;
const TRANSITION = `mutation BenchTransition($input: TransitionEventInput!) { transitionEvent(input: $input) { event { id status version } } }`;

export interface ReportInput {
  gridCode: string;
  category: string;
  urgency: string;
  channel: string;
  title: string;
  description: string;
  address: string;
}

export interface TransitionInput {
  eventId: string | number;
  action: Action;
  expectedVersion: number;
  department?: string;
}

/** An event as a mutation's answer names it: the API's ids are global ids, the floor's row ids. */
export interface EventRef {
  id: string | number;
  version: number;
}

export const reportBody = (gridCode: string, n: number): string =>
  JSON.stringify({
    operationName: "BenchReport",
    query: REPORT,
    variables: {
      input: {
        gridCode,
        category: "FACILITIES",
        urgency: "NORMAL",
        channel: "GRID_PATROL",
        title: `压测事件 ${n}`,
        description: "路灯不亮，影响夜间出行",
        address: "东门",
      } satisfies ReportInput,
    },
  });

export const transitionBody = (event: EventRef, action: Action): string =>
  JSON.stringify({
    operationName: "BenchTransition",
    query: TRANSITION,
    variables: { input: { eventId: event.id, action, expectedVersion: event.version, ...(action === "ASSIGN" ? { department: "城管局" } : {}) } satisfies TransitionInput },
  });

interface Reply {
  data?: { reportEvent?: { event?: EventRef }; transitionEvent?: { event?: EventRef } } | null;
  errors?: { message: string }[];
  extensions?: { queryStats?: Stats };
}

/** The event a mutation's answer carries, or undefined when it failed. */
export function eventOf(body: string): EventRef | undefined {
  let reply: Reply;
  try {
    reply = JSON.parse(body) as Reply;
  } catch {
    return undefined;
  }
  return reply.errors?.length ? undefined : eventInData(reply.data);
}

/** The event in a successful mutation's `data`. */
export function eventInData(data: unknown): EventRef | undefined {
  const answer = data as Reply["data"];
  const event = answer?.reportEvent?.event ?? answer?.transitionEvent?.event;
  return event && (typeof event.id === "string" || typeof event.id === "number") && typeof event.version === "number" ? event : undefined;
}

export type Stats = Partial<Record<SourceName, { statements: number }>>;

/** One lifecycle through the API with `X-Query-Stats: 1`: the statements each mutation ran, per source. */
export async function lifecycleStatements(url: string, authorization: string, gridCode: string): Promise<Map<string, Stats>> {
  const statements = new Map<string, Stats>();
  const send = async (step: string, body: string): Promise<EventRef> => {
    const res = await fetch(url, { method: "POST", headers: { "content-type": "application/json", authorization, "x-query-stats": "1" }, body });
    const text = await res.text();
    const event = res.ok ? eventOf(text) : undefined;
    if (!event) throw new Error(`${step}: HTTP ${res.status}: ${text.slice(0, 300)}`);
    statements.set(step, (JSON.parse(text) as Reply).extensions?.queryStats ?? {});
    return event;
  };
  let event = await send("reportEvent", reportBody(gridCode, 0));
  for (const action of LIFECYCLE) event = await send(`transitionEvent ${action}`, transitionBody(event, action));
  return statements;
}
