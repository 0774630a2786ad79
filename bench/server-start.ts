/**
 * How fast `companion-server serve` answers /healthz after it is started, and how much memory it
 * holds at idle, beside a bare Fastify app compiled and started the same way (an esbuild bundle
 * under plain Node, spawned, polled on /healthz). The companion server opens a fresh SQLite
 * database each time, so its figure includes the migrations and the writer thread's start.
 */
import { join } from 'node:path';
import { CLI_PATH } from '@companion-autofill/test-kit/server-process';
import { bareFastifyBundle } from './support/bare-fastify.ts';
import type { Benchmark, Figure } from './support/benchmark.ts';
import { BENCH_SERVER_ENV } from './support/companion-server.ts';
import { median } from './support/latency.ts';
import { loadAverage } from './support/process-cpu.ts';
import { measureStart, type StartSample } from './support/start-to-healthz.ts';

const ROUNDS = 7;
const IDLE_MS = 2_000;
const MB = 1024 * 1024;

export const serverStartBenchmark: Benchmark = {
  name: 'start',
  title: 'companion-server start to /healthz and idle RSS, beside bare Fastify',
  async run(context) {
    const bare = { args: [await bareFastifyBundle()], listening: /bare-fastify on 127\.0\.0\.1:(\d+)/ };
    const companion: StartSample[] = [];
    const baseline: StartSample[] = [];
    // Alternating, so both see the same machine (page cache, load) round by round.
    for (let round = 0; round < ROUNDS; round += 1) {
      const dbPath = join(context.workDir, `start-${round}.db`);
      companion.push(
        await measureStart(
          {
            args: [CLI_PATH, 'serve', '--port', '0', '--host', '127.0.0.1', '--db', dbPath],
            env: BENCH_SERVER_ENV,
            listening: /companion-server on 127\.0\.0\.1:(\d+)/,
          },
          IDLE_MS,
        ),
      );
      baseline.push(await measureStart(bare, IDLE_MS));
      context.log(
        `round ${round + 1}/${ROUNDS}: companion ${companion.at(-1)!.readyMs.toFixed(0)} ms, bare ${baseline.at(-1)!.readyMs.toFixed(0)} ms`,
      );
    }
    const bareLabel = 'bare Fastify, same start';
    const figure = (name: string, unit: string, pick: (sample: StartSample) => number, scale = 1): Figure => ({
      name,
      value: median(companion.map(pick)) / scale,
      unit,
      baseline: { label: bareLabel, value: median(baseline.map(pick)) / scale },
    });
    return {
      figures: [
        {
          ...figure('start to /healthz 200 (median)', 'ms', (s) => s.readyMs),
          target: { kind: 'below', value: 1_000 },
        },
        {
          name: 'start to /healthz 200 (slowest)',
          value: Math.max(...companion.map((s) => s.readyMs)),
          unit: 'ms',
          baseline: { label: `${bareLabel}, slowest`, value: Math.max(...baseline.map((s) => s.readyMs)) },
        },
        figure('CPU time to /healthz 200 (median)', 'ms', (s) => s.readyCpuMs),
        figure(`RSS at idle, ${IDLE_MS / 1000} s after ready (median)`, 'MB', (s) => s.idleRssBytes, MB),
      ],
      conditions: [
        `${ROUNDS} alternating cold starts of each; the companion server on a fresh SQLite database (migrations, writer thread), scheduled aggregation off`,
        `both are esbuild bundles run by plain Node (no TypeScript loader); load average ${loadAverage()}`,
      ],
    };
  },
};
