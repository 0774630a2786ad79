import { build } from 'esbuild';

/**
 * Bundles one entry for the page: IIFE, browser platform, React in production mode. Returns the
 * script text; nothing is written to disk. A stylesheet a library's modules import is left out
 * (a fixture that needs one loads it itself: widget-harness.ts).
 */
export async function bundleForPage(entry: string): Promise<string> {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'chrome120',
    write: false,
    logLevel: 'silent',
    loader: { '.css': 'empty' },
    define: { 'process.env.NODE_ENV': '"production"' },
  });
  const [output] = result.outputFiles;
  if (!output) throw new Error(`esbuild produced no output for ${entry}`);
  return output.text;
}
