import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** Set for the test workers when the server does not compile; server-process.ts refuses to start it then. */
export const SERVER_BUILD_ERROR_ENV = 'COMPANION_TEST_SERVER_BUILD_ERROR';

/**
 * vitest globalSetup: tests start `companion-server` as a process, which runs the compiled dist/.
 * Compile it from the current sources first, so a test never runs yesterday's server (the build
 * writes only what changed, in about a second). A source that does not compile fails only the tests
 * that start the server (with the compiler's message), not the whole run.
 */
export default function buildServer(): void {
  const build = spawnSync(process.execPath, [fileURLToPath(new URL('../../server/build.mjs', import.meta.url))], {
    encoding: 'utf8',
  });
  if (build.status === 0) return;
  const message =
    `${build.stderr}${build.error?.message ?? ''}`.trim() || `build.mjs exited with ${String(build.status)}`;
  process.stderr.write(`companion-server does not compile; tests that start it will fail:\n${message}\n`);
  // Test workers are forked after global setup and inherit this environment.
  process.env[SERVER_BUILD_ERROR_ENV] = message;
}
