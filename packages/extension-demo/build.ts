/**
 * Builds the demo extension into `dist/` (or `--out DIR`): five esbuild bundles, the static pages
 * and manifest.json. Run with `pnpm --filter @companion-autofill/extension-demo build`; the e2e
 * tests call {@link buildExtension} with a temp folder.
 *
 * COMPANION_SERVER_URL (default http://127.0.0.1:8003) is the server the build grants host access to.
 */
import { copyFile, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { build, type BuildOptions as EsbuildOptions } from 'esbuild';
import { createManifest, OUTPUT_FILES, STATIC_FILES } from './src/manifest.ts';
import { DEFAULT_SERVER_URL } from './src/settings/demo-settings.ts';

const PACKAGE_DIR = fileURLToPath(new URL('.', import.meta.url));

const ENTRIES = {
  [OUTPUT_FILES.contentScript]: 'src/content/content-script.ts',
  [OUTPUT_FILES.contentEngine]: 'src/content/content-engine.ts',
  [OUTPUT_FILES.serviceWorker]: 'src/background/service-worker.ts',
  [OUTPUT_FILES.popup]: 'src/popup/popup-page.ts',
  [OUTPUT_FILES.options]: 'src/options/options-page.ts',
} as const;

/** How every bundle is built; the SDK bench measures the content script with the same options. */
export const BUNDLE_OPTIONS = {
  bundle: true,
  format: 'iife',
  platform: 'browser',
  // The oldest browsers the manifest admits (minimum_chrome_version, gecko strict_min_version).
  target: ['chrome120', 'firefox128'],
  legalComments: 'none',
} as const satisfies EsbuildOptions;

/** Size of each bundle written, in bytes. */
export type BundleSizes = Record<keyof typeof ENTRIES, number>;

/** Options of {@link buildExtension}. */
export interface BuildOptions {
  outDir: string;
  /** @default DEFAULT_SERVER_URL */
  serverUrl?: string;
  /** Minify the bundles. @default true */
  minify?: boolean;
}

/** Builds the unpacked extension into `outDir` (emptied first); resolves with the bundle sizes. */
export async function buildExtension(options: BuildOptions): Promise<BundleSizes> {
  const { outDir } = options;
  await rm(outDir, { recursive: true, force: true });
  await mkdir(outDir, { recursive: true });
  const sizes = {} as BundleSizes;
  await Promise.all(
    Object.entries(ENTRIES).map(async ([file, entry]) => {
      const result = await build({
        ...BUNDLE_OPTIONS,
        entryPoints: [join(PACKAGE_DIR, entry)],
        // The engine is imported as a module (import()); every other bundle is a classic script.
        ...(file === OUTPUT_FILES.contentEngine ? { format: 'esm' as const } : {}),
        outfile: join(outDir, file),
        minify: options.minify ?? true,
        metafile: true,
        logLevel: 'warning',
      });
      const output = Object.values(result.metafile.outputs)[0];
      sizes[file as keyof BundleSizes] = output?.bytes ?? 0;
    }),
  );
  await Promise.all(STATIC_FILES.map((file) => copyFile(join(PACKAGE_DIR, 'static', file), join(outDir, file))));
  const { version } = JSON.parse(await readFile(join(PACKAGE_DIR, 'package.json'), 'utf8')) as { version: string };
  const manifest = createManifest({ serverUrl: options.serverUrl ?? DEFAULT_SERVER_URL, version });
  await writeFile(join(outDir, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  return sizes;
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { out: { type: 'string' } } });
  const outDir = values.out ?? join(PACKAGE_DIR, 'dist');
  const sizes = await buildExtension({ outDir, serverUrl: process.env.COMPANION_SERVER_URL ?? DEFAULT_SERVER_URL });
  for (const [file, bytes] of Object.entries(sizes))
    process.stdout.write(`${file.padEnd(20)} ${(bytes / 1024).toFixed(1)} KB\n`);
  process.stdout.write(`built ${outDir}\n`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await main();
