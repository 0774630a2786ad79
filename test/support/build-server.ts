import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/**
 * vitest globalSetup: tests start `companion-server` as a process, which runs the compiled dist/.
 * Compile it from the current sources first, so a test never runs yesterday's server (the build
 * writes only what changed, in about a second).
 */
export default function buildServer(): void {
  execFileSync(process.execPath, [fileURLToPath(new URL('../../packages/server/build.mjs', import.meta.url))], { stdio: 'inherit' });
}
