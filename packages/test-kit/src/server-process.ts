import { spawn, execFile } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach } from 'vitest';
import { SERVER_BUILD_ERROR_ENV } from './build-server.ts';

/** The CLI's entry, as `pnpm exec companion-server` runs it (the compiled server in dist/). */
export const CLI_PATH = fileURLToPath(new URL('../../server/bin/companion-server.js', import.meta.url));

/** Why the test run's build of the server failed (build-server.ts), so a stale dist/ is not run. */
function serverBuildError(): Error | undefined {
  const error = process.env[SERVER_BUILD_ERROR_ENV];
  return error ? new Error(`companion-server did not compile for this test run:\n${error}`) : undefined;
}

export interface ServerProcess {
  /** `http://127.0.0.1:<port>` */
  url: string;
  port: number;
  dbPath: string;
  pid: number;
  /** Everything the process wrote to stdout and stderr so far. */
  logs(): string;
  /** SIGTERM and wait for the exit. */
  stop(): Promise<void>;
  /** SIGKILL (no shutdown hooks) and wait for the exit. */
  kill9(): Promise<void>;
}

export interface StartOptions {
  env?: Record<string, string>;
  /** Reuse a database file (e.g. across a restart); a fresh temp file otherwise. */
  dbPath?: string;
  /** A fixed port (e.g. to restart on the same URL); any free port otherwise. */
  port?: number;
}

/** A temp folder for one test's files. */
export function makeTempDir(prefix = 'companion-test-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/**
 * Starts `companion-server serve` as a real process on 127.0.0.1 and resolves once it listens.
 * The scheduled aggregator is off unless the caller's env turns it on.
 */
export function startServerProcess(options: StartOptions = {}): Promise<ServerProcess> {
  const buildError = serverBuildError();
  if (buildError) return Promise.reject(buildError);
  const dbPath = options.dbPath ?? join(makeTempDir(), 'companion.db');
  const child = spawn(
    process.execPath,
    [CLI_PATH, 'serve', '--port', String(options.port ?? 0), '--host', '127.0.0.1', '--db', dbPath],
    {
      env: { ...process.env, COMPANION_AUTOFILL_AGG_ENABLED: '0', ...options.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return new Promise((resolve, reject) => {
    const timeout = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`server did not start within 20 s:\n${output}`));
    }, 20_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /companion-server on 127\.0\.0\.1:(\d+)/.exec(output);
      if (match && timeout) {
        clearTimeout(timeout);
        const port = Number(match[1]);
        resolve({
          url: `http://127.0.0.1:${port}`,
          port,
          dbPath,
          pid: child.pid ?? -1,
          logs: () => output,
          stop: async () => {
            if (child.exitCode === null) child.kill('SIGTERM');
            await exited;
          },
          kill9: async () => {
            if (child.exitCode === null) child.kill('SIGKILL');
            await exited;
          },
        });
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timeout);
      reject(new Error(`server exited with ${String(code)} before listening:\n${output}`));
    });
  });
}

/**
 * For a test file whose tests each start their own servers: returns `start`, and every process it
 * started is stopped after each test.
 */
export function startServersPerTest(): (options?: StartOptions) => Promise<ServerProcess> {
  const running: ServerProcess[] = [];
  afterEach(async () => {
    await Promise.all(running.splice(0).map((server) => server.stop()));
  });
  return async (options = {}) => {
    const server = await startServerProcess(options);
    running.push(server);
    return server;
  };
}

/** Runs one `companion-server` command to completion. */
export function runCli(
  args: readonly string[],
  env: Record<string, string> = {},
): Promise<{ code: number; stdout: string; stderr: string }> {
  const buildError = serverBuildError();
  if (buildError) return Promise.reject(buildError);
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [CLI_PATH, ...args],
      { env: { ...process.env, ...env }, timeout: 60_000 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}
