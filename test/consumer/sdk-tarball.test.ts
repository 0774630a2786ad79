import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { packSdk, runRepoBin } from './support/packed-sdk.ts';

const run = promisify(execFile);

/** The SDK tarball as `pnpm pack` makes it, checked by the tools a registry user would trust. */
describe('the packed SDK', () => {
  let tarball = '';
  beforeAll(async () => {
    tarball = await packSdk();
  }, 120_000);

  it('holds the built entries, their declarations and the changelog, and no sources or tests', async () => {
    const { stdout } = await run('tar', ['-tzf', tarball]);
    const files = stdout.split('\n').filter(Boolean);
    for (const entry of ['protocol', 'content', 'background']) {
      expect(files).toContain(`package/dist/${entry}/index.js`);
      expect(files).toContain(`package/dist/${entry}/index.d.ts`);
    }
    expect(files).toContain('package/CHANGELOG.md');
    expect(files).toContain('package/LICENSE');
    expect(files.filter((file) => /\.test\.|\/testing\/|\.fixture\.|^package\/src\//.test(file))).toEqual([]);
  });

  it('passes publint', async () => {
    const result = await runRepoBin('publint', ['run', '--strict', tarball]);
    expect(result.output).toContain('All good');
    expect(result.code).toBe(0);
  });

  it('passes Are the Types Wrong as an ESM-only package, and resolves each entry in node16 (from ESM) and bundler', async () => {
    const result = await runRepoBin('attw', ['--profile', 'esm-only', '--format', 'json', tarball]);
    expect(result.code, result.output).toBe(0);
    const { analysis } = JSON.parse(result.output) as AttwReport;
    expect(Object.keys(analysis.entrypoints).sort()).toEqual(['./background', './content', './protocol']);
    // The esm-only profile forgives CommonJS and node10 resolution, nothing else.
    const problems = Object.values(analysis.problems).flat();
    expect(
      problems.filter((problem) => problem.resolutionKind !== 'node10' && problem.resolutionKind !== 'node16-cjs'),
    ).toEqual([]);
  }, 60_000);
});

/** The part of `attw --format json` these assertions read. */
interface AttwReport {
  analysis: {
    entrypoints: Record<string, unknown>;
    problems: Record<string, { kind: string; resolutionKind?: string }[]>;
  };
}
