import { pino, type DestinationStream, type Logger } from "pino";

/**
 * The process's structured log: one JSON object per line on standard output, with an ISO time,
 * a level name and, for a request, its `requestId` (and `traceId` when tracing).
 */
let current: Logger = create("info");

function create(level: string, destination?: DestinationStream): Logger {
  const options = { level, base: { service: "gongzhi" }, timestamp: pino.stdTimeFunctions.isoTime, formatters: { level: (label: string) => ({ level: label }) } };
  return destination ? pino(options, destination) : pino(options);
}

export const log = (): Logger => current;

/** Sets the level, and where lines go (standard output unless given). */
export function configureLog(level: string, destination?: DestinationStream): void {
  current = create(level, destination);
}
