import { build } from 'esbuild';

/** A page's script and its stylesheet (empty when the code imports no CSS). */
export interface PageBundle {
  js: string;
  css: string;
}

/**
 * Bundles a form's app entry for the browser with esbuild: IIFE, React's automatic JSX runtime,
 * libraries in production mode, and the CSS the libraries import (Element Plus, the phone input)
 * gathered into one stylesheet, fonts and images inlined. Nothing is written to disk.
 */
export async function bundlePage(entry: string): Promise<PageBundle> {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'chrome120',
    jsx: 'automatic',
    loader: { '.svg': 'dataurl', '.png': 'dataurl', '.woff': 'dataurl', '.woff2': 'dataurl', '.ttf': 'dataurl' },
    define: {
      'process.env.NODE_ENV': '"production"',
      __VUE_OPTIONS_API__: 'true',
      __VUE_PROD_DEVTOOLS__: 'false',
      __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false',
    },
    minify: true,
    write: false,
    outdir: 'bundle',
    logLevel: 'silent',
  });
  const js = result.outputFiles.find((file) => file.path.endsWith('.js'));
  if (!js) throw new Error(`esbuild produced no script for ${entry}`);
  return { js: js.text, css: result.outputFiles.find((file) => file.path.endsWith('.css'))?.text ?? '' };
}
