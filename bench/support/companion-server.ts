import { join } from 'node:path';
import { startServerProcess, type ServerProcess } from '@companion-autofill/test-kit/server-process';

/** Settings every benchmark server runs with: limits out of the way, no scheduled aggregation, default logs (request lines are off in the app). */
export const BENCH_SERVER_ENV = {
  COMPANION_RATE_LIMIT_PER_IP: '10000000',
  COMPANION_RATE_LIMIT_PER_INSTALL: '10000000',
  COMPANION_AUTOFILL_AGG_ENABLED: '0',
} as const;

/**
 * Starts `companion-server serve` as a real process on 127.0.0.1 (the CLI, as operators run it)
 * with its database in `workDir`.
 */
export function startCompanionServer(
  workDir: string,
  env: Record<string, string> = {},
  dbFile = 'companion.db',
): Promise<ServerProcess> {
  return startServerProcess({ dbPath: join(workDir, dbFile), env: { ...BENCH_SERVER_ENV, ...env } });
}
