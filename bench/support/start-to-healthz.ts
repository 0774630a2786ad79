import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { processCpuMs } from './process-cpu.ts';

/** One cold start of a server process. */
export interface StartSample {
  /** From spawn to the first 200 of GET /healthz, ms. */
  readyMs: number;
  /** CPU time (user + system) the process used until then, ms. */
  readyCpuMs: number;
  /** Resident set size after `idleMs` without requests, bytes. */
  idleRssBytes: number;
}

export interface StartCommand {
  args: readonly string[];
  env?: Record<string, string>;
  /** The line the server prints once it listens; group 1 is the port. */
  listening: RegExp;
}

/** VmRSS of a process, bytes. */
function residentBytes(pid: number): number {
  const match = /^VmRSS:\s+(\d+) kB$/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  if (!match) throw new Error(`no VmRSS for ${pid}`);
  return Number(match[1]) * 1024;
}

/**
 * Spawns `node <args>`, waits for its listening line, polls GET /healthz every 5 ms until it
 * answers 200, then leaves the process idle for `idleMs` and reads its RSS, and stops it.
 */
export async function measureStart(command: StartCommand, idleMs: number): Promise<StartSample> {
  const started = performance.now();
  const child = spawn(process.execPath, [...command.args], {
    env: { ...process.env, ...command.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  try {
    let output = '';
    const port = await new Promise<number>((resolve, reject) => {
      const onData = (chunk: Buffer) => {
        output += chunk.toString();
        const match = command.listening.exec(output);
        if (match) resolve(Number(match[1]));
      };
      child.stdout.on('data', onData);
      child.stderr.on('data', onData);
      child.once('exit', (code) => reject(new Error(`exited with ${String(code)} before listening:\n${output}`)));
    });
    for (;;) {
      const status = await fetch(`http://127.0.0.1:${port}/healthz`).then(
        (response) => response.status,
        () => 0,
      );
      if (status === 200) break;
      await sleep(5);
    }
    const readyMs = performance.now() - started;
    const pid = child.pid ?? -1;
    const readyCpuMs = processCpuMs(pid);
    await sleep(idleMs);
    return { readyMs, readyCpuMs, idleRssBytes: residentBytes(pid) };
  } finally {
    if (child.exitCode === null) child.kill('SIGTERM');
    await exited;
  }
}
