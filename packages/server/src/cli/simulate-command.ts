import { supportOf } from '../app.ts';
import type { ServerConfig } from '../config/load-config.ts';
import {
  adminEndpointAggregation,
  inProcessAggregation,
  NO_AGGREGATION,
  type AggregationTrigger,
} from '../simulator/aggregation-trigger.ts';
import { describeAssumedEffect } from '../simulator/assumed-effect.ts';
import { runSimulation, type SimulationResult } from '../simulator/run-simulation.ts';
import { createHttpSimulationClient } from '../simulator/simulation-client.ts';
import { parseStrictArgs, UsageError } from './strict-args.ts';

export interface SimulateFlags {
  url: string;
  db?: string;
  adminToken?: string;
  apiKey?: string;
  installs: number;
  hosts: number;
  cycles: number;
  runsPerCycle: number;
  seed: number;
}

export interface SimulateCommandIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Receives the result, for tests and scripts. */
  onResult?: (result: SimulationResult) => void;
}

const DEFAULT_IO: SimulateCommandIo = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
};

/** Hosts the simulator may send traffic to: it is a load generator, so loopback only. */
const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

/**
 * `companion-server simulate`: simulated installs against a running server over its real
 * endpoints, with an aggregation between cycles (in this process on `--db`, or through the admin
 * endpoint with `--admin-token`). Prints a progress line per cycle and a summary. `argv` is what
 * follows the command name. Exit 0, 1 when the server failed a request; bad flags throw UsageError.
 *
 * A server with default rate limits (600 requests/min per IP) throttles a big simulation; start it
 * with COMPANION_RATE_LIMIT_PER_IP and COMPANION_RATE_LIMIT_PER_INSTALL raised for the demo.
 */
export async function simulateCommand(
  config: ServerConfig,
  argv: readonly string[],
  io: Partial<SimulateCommandIo> = {},
): Promise<number> {
  const { stdout, stderr, onResult } = { ...DEFAULT_IO, ...io };
  const flags = parseSimulateFlags(argv, config);
  const aggregation: AggregationTrigger = flags.db
    ? inProcessAggregation(flags.db, { lookbackDays: config.aggLookbackDays, support: supportOf(config) })
    : flags.adminToken
      ? adminEndpointAggregation(flags.url, flags.adminToken)
      : NO_AGGREGATION;
  let warnedThrottle = false;
  const client = createHttpSimulationClient({
    url: flags.url,
    apiKey: flags.apiKey,
    onThrottled: (seconds) => {
      if (warnedThrottle) return;
      warnedThrottle = true;
      stderr(
        `simulate: the server rate-limits this simulation (waiting ${seconds} s and retrying); raise COMPANION_RATE_LIMIT_PER_IP / COMPANION_RATE_LIMIT_PER_INSTALL on the server to go faster\n`,
      );
    },
  });
  stdout(
    `simulate: ${flags.installs} installs, ${flags.hosts} hosts, ${flags.cycles} cycles × ${flags.runsPerCycle} runs per install, seed ${flags.seed}, against ${flags.url}\n`,
  );
  try {
    const result = await runSimulation({
      client,
      installs: flags.installs,
      hosts: flags.hosts,
      cycles: flags.cycles,
      runsPerCycle: flags.runsPerCycle,
      seed: flags.seed,
      aggregate: () => aggregation.run(),
      log: (line) => stdout(`${line}\n`),
      now: Date.now,
    });
    stdout(`\nsummary (${result.events} events; arm = profile_holdout arm the server assigned):\n${result.summary}\n`);
    stdout(`${describeAssumedEffect(result.assumedEffect)}\n`);
    onResult?.(result);
    return 0;
  } catch (error) {
    stderr(`simulate: ${(error as Error).message}\n`);
    return 1;
  } finally {
    await aggregation.close();
  }
}

function parseSimulateFlags(argv: readonly string[], config: ServerConfig): SimulateFlags {
  const { values } = parseStrictArgs(argv, {
    url: { type: 'string' },
    db: { type: 'string' },
    'admin-token': { type: 'string' },
    'api-key': { type: 'string' },
    installs: { type: 'string' },
    hosts: { type: 'string' },
    cycles: { type: 'string' },
    'runs-per-cycle': { type: 'string' },
    seed: { type: 'string' },
  });
  const url = (values.url ?? `http://127.0.0.1:${config.port}`).replace(/\/+$/, '');
  let parsedUrl: URL;
  try {
    parsedUrl = new URL(url);
  } catch {
    throw new UsageError(`--url is not a URL: ${url}`);
  }
  if (parsedUrl.protocol !== 'http:' || !LOOPBACK_HOSTS.has(parsedUrl.hostname)) {
    throw new UsageError(`--url must be http on loopback (127.0.0.1, localhost, [::1]); got ${url}`);
  }
  return {
    url,
    ...(values.db ? { db: values.db } : {}),
    ...(values['admin-token'] ? { adminToken: values['admin-token'] } : {}),
    ...(values['api-key'] ? { apiKey: values['api-key'] } : {}),
    installs: integerFlag('installs', values.installs, 200, 1, 100_000),
    hosts: integerFlag('hosts', values.hosts, 30, 1, 10_000),
    cycles: integerFlag('cycles', values.cycles, 5, 1, 1_000),
    runsPerCycle: integerFlag('runs-per-cycle', values['runs-per-cycle'], 5, 1, 1_000),
    seed: integerFlag('seed', values.seed, 1, 0, 2 ** 32 - 1),
  };
}

function integerFlag(name: string, raw: string | undefined, fallback: number, min: number, max: number): number {
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max)
    throw new UsageError(`--${name} must be an integer between ${min} and ${max}, got ${raw}`);
  return value;
}
