import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildExtension, type BundleSizes } from '../../../packages/extension-demo/build.ts';

/** The unpacked extension built for one test file. */
export interface BuiltExtension {
  dir: string;
  sizes: BundleSizes;
}

/**
 * Builds the demo extension into a temp folder: `pnpm test` from a clean clone needs no prior
 * build step, and a developer's own dist/ (maybe loaded in their browser) is left alone.
 */
export async function buildExtensionForTest(): Promise<BuiltExtension> {
  const dir = join(mkdtempSync(join(tmpdir(), 'companion-e2e-ext-')), 'dist');
  return { dir, sizes: await buildExtension({ outDir: dir }) };
}
