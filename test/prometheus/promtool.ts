import { execFile } from 'node:child_process';
import { accessSync, constants } from 'node:fs';

/** Where Debian's `prometheus` package installs promtool; PROMTOOL overrides it. */
export const PROMTOOL = process.env.PROMTOOL ?? '/usr/bin/promtool';

/** Throws a readable error when promtool is not installed, instead of a spawn ENOENT. */
export function assertPromtoolInstalled(): void {
  try {
    accessSync(PROMTOOL, constants.X_OK);
  } catch {
    throw new Error(
      `promtool not found at ${PROMTOOL}: install it with \`apt-get install -y --no-install-recommends prometheus\` or set PROMTOOL`,
    );
  }
}

/**
 * Runs promtool to completion (bounded to 2 minutes), with `stdin` as its input if given, and
 * returns its exit code and output.
 */
export function runPromtool(
  args: readonly string[],
  cwd: string,
  stdin?: string,
): Promise<{ code: number; output: string }> {
  assertPromtoolInstalled();
  return new Promise((resolve) => {
    const child = execFile(PROMTOOL, args, { cwd, timeout: 120_000 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
      resolve({ code, output: `${stdout}${stderr}` });
    });
    child.stdin?.end(stdin ?? '');
  });
}
