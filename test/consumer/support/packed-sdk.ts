import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** The repository root, where `pnpm` and the lint tools run. */
export const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/**
 * Packs the SDK as a release would (`pnpm --filter @companion-autofill/sdk pack`: prepack builds
 * dist/, publishConfig swaps in the published exports) into a fresh temp folder; returns the
 * tarball's path.
 */
export async function packSdk(): Promise<string> {
  const destination = mkdtempSync(join(tmpdir(), 'companion-sdk-pack-'));
  await run('pnpm', ['--filter', '@companion-autofill/sdk', 'pack', '--pack-destination', destination], {
    cwd: REPO_ROOT,
    timeout: 120_000,
  });
  const [tarball, ...others] = readdirSync(destination).filter((name) => name.endsWith('.tgz'));
  if (!tarball || others.length > 0)
    throw new Error(`expected one tarball in ${destination}, found ${readdirSync(destination).join(', ')}`);
  return join(destination, tarball);
}

/** Runs a command from the repository's node_modules/.bin; resolves with its exit code and output. */
export function runRepoBin(bin: string, args: readonly string[]): Promise<{ code: number; output: string }> {
  return new Promise((resolve) => {
    execFile(
      join(REPO_ROOT, 'node_modules', '.bin', bin),
      [...args],
      { cwd: REPO_ROOT, timeout: 120_000 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
        resolve({ code, output: `${stdout}${stderr}` });
      },
    );
  });
}
