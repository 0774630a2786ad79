import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';

/** Clock ticks per second of /proc/<pid>/stat times; 100 on every Linux Node supports. */
const TICKS_PER_SECOND = 100;

/**
 * CPU time (user + system) a process has used so far, in ms, from /proc/<pid>/stat. Unlike wall
 * time it does not grow when other work on the machine takes the CPU away, so the CPU cost of a
 * request stays comparable between runs on a busy box. 10 ms resolution.
 */
export function processCpuMs(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  // Fields after the command name (which may contain spaces) start after the last ')'.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const utime = Number(fields[11]);
  const stime = Number(fields[12]);
  return ((utime + stime) * 1000) / TICKS_PER_SECOND;
}

/** Measures the CPU time `pid` spends while `work` runs. */
export async function cpuDuring<T>(pid: number, work: () => Promise<T>): Promise<{ result: T; cpuMs: number }> {
  const before = processCpuMs(pid);
  const result = await work();
  return { result, cpuMs: processCpuMs(pid) - before };
}

/** The 1-minute load average, to say how busy the machine was while a figure was taken. */
export function loadAverage(): string {
  return loadavg()[0]!.toFixed(2);
}
