/**
 * CPU time and resident memory of processes on this machine, read from /proc (Linux). Every
 * reader returns undefined where /proc does not have the process (another OS, a remote or
 * containerised PostgreSQL), so the figures that need it print as n/a instead of failing.
 */
import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";

function clockTicks(): number {
  try {
    const ticks = Number(execFileSync("getconf", ["CLK_TCK"], { encoding: "utf8" }).trim());
    return Number.isFinite(ticks) && ticks > 0 ? ticks : 100;
  } catch {
    return 100;
  }
}

const MS_PER_TICK = 1000 / clockTicks();

interface Stat {
  ppid: number;
  /** Own user + system time, in ms. */
  cpuMs: number;
  /** User + system time of children it has waited for, in ms. */
  childrenCpuMs: number;
}

function readStat(pid: number): Stat | undefined {
  let text: string;
  try {
    text = readFileSync(`/proc/${pid}/stat`, "utf8");
  } catch {
    return undefined;
  }
  // The command name (field 2) is in parentheses and may hold spaces; fields 3… follow the last ")".
  const fields = text.slice(text.lastIndexOf(")") + 2).split(" ").map(Number);
  const [ppid, utime, stime, cutime, cstime] = [fields[1], fields[11], fields[12], fields[13], fields[14]];
  if (ppid === undefined || utime === undefined || stime === undefined || cutime === undefined || cstime === undefined) return undefined;
  return { ppid, cpuMs: (utime + stime) * MS_PER_TICK, childrenCpuMs: (cutime + cstime) * MS_PER_TICK };
}

/** User + system CPU the process has used so far, in ms. */
export function cpuMs(pid: number): number | undefined {
  return readStat(pid)?.cpuMs;
}

/** Resident set size, in bytes. */
export function rssBytes(pid: number): number | undefined {
  try {
    const match = /^VmRSS:\s+(\d+) kB$/m.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    return match ? Number(match[1]) * 1024 : undefined;
  } catch {
    return undefined;
  }
}

/** The parent of a process: for a PostgreSQL backend, its postmaster. */
export function parentPid(pid: number): number | undefined {
  return readStat(pid)?.ppid;
}

/**
 * CPU of a PostgreSQL cluster so far, in ms: the postmaster, its live children (backends,
 * background workers) and the children it has already reaped (their time moves into its
 * cumulative children's time when they exit, so connections closing mid-window lose nothing).
 */
export function clusterCpuMs(postmasterPid: number): number | undefined {
  const postmaster = readStat(postmasterPid);
  if (!postmaster) return undefined;
  let total = postmaster.cpuMs + postmaster.childrenCpuMs;
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    const stat = readStat(Number(entry));
    if (stat?.ppid === postmasterPid) total += stat.cpuMs;
  }
  return total;
}
