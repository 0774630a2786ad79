/**
 * SDK in Chromium: scan + signature + merge + fill of a 60-field form (median of repeated runs),
 * beside simply setting the 60 values; long tasks (> 50 ms) seen by a PerformanceObserver while it
 * runs; and the content script a developer ships — the demo extension's, built as its build.ts
 * builds it — minified and gzipped, beside the whole content entry for information.
 *
 * The bundle part runs alone with
 *   node --import tsx -e "import('./bench/sdk-content.ts').then(async (m) => console.log(await m.measureContentBundles()))"
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { build, type BuildOptions } from 'esbuild';
import { BUNDLE_OPTIONS as DEMO_BUNDLE_OPTIONS } from '../packages/extension-demo/build.ts';
import { bundleForPage } from '../packages/sdk/test/support/bundle.ts';
import { startFixtureServer } from '../packages/sdk/test/support/fixture-server.ts';
import type { Benchmark, Figure } from './support/benchmark.ts';
import { sixtyFieldFormHtml, USER_VALUES } from './support/sixty-field-form.ts';

const ENTRY = fileURLToPath(new URL('./support/sdk-bench-entry.ts', import.meta.url));
const DEMO_CONTENT_SCRIPT = fileURLToPath(
  new URL('../packages/extension-demo/src/content/content-script.ts', import.meta.url),
);
const DEMO_CONTENT_ENGINE = fileURLToPath(
  new URL('../packages/extension-demo/src/content/content-engine.ts', import.meta.url),
);
const CONTENT_INDEX = fileURLToPath(new URL('../packages/sdk/src/content/index.ts', import.meta.url));
const RUNS = 40;
const WARMUP = 5;
/** The baseline is a fraction of a millisecond: it is timed in blocks, above the timer's resolution. */
const BASELINE_BLOCK = 20;
const KB = 1024;

/** What the page measures, all times in ms. */
interface PageResult {
  fields: number;
  filled: number;
  firstRun: number;
  pipeline: number[];
  steps: { scan: number[]; hash: number[]; map: number[]; fill: number[] };
  setValues: number[];
  autofill: number[];
  /** Durations of the long tasks before the runs (page load, bundle evaluation). */
  longTasksAtLoad: number[];
  /** Durations of the long tasks that overlap an SDK run (the baseline's are not counted). */
  longTasksDuringRuns: number[];
}

interface LongTask {
  start: number;
  duration: number;
}

export const sdkBenchmark: Benchmark = {
  name: 'sdk',
  title: 'content side in Chromium (60-field form) and its bundle size',
  async run(context) {
    const bundles = await measureContentBundles();
    for (const [label, bundle] of [
      ['demo content script', bundles.shipped],
      ['whole content entry', bundles.wholeEntry],
    ] as const) {
      context.log(
        `sdk: ${label} ${(bundle.minified / KB).toFixed(1)} KB minified, ${(bundle.gzipped / KB).toFixed(1)} KB gzipped`,
      );
    }

    writeFileSync(`${context.workDir}/form.html`, sixtyFieldFormHtml('/bench-sdk.js'));
    const server = await startFixtureServer(`${context.workDir}/`, { '/bench-sdk.js': await bundleForPage(ENTRY) });
    const browser = await chromium.launch({
      executablePath: '/usr/bin/chromium',
      headless: true,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--no-first-run',
      ],
    });
    let result: PageResult;
    try {
      const page = await browser.newPage();
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      await page.goto(server.url('/form.html'), { waitUntil: 'load' });
      await page.waitForFunction(() => window.benchSdk !== undefined);
      // tsx compiles this file with esbuild's keepNames, whose `__name(fn, name)` calls travel with the
      // serialized function: the page needs the helper (an identity) to run it.
      await page.evaluate('globalThis.__name = (fn) => fn');
      context.log(`sdk: ${RUNS} runs in Chromium`);
      result = await page.evaluate(measureInPage, {
        runs: RUNS,
        warmup: WARMUP,
        block: BASELINE_BLOCK,
        values: USER_VALUES,
      });
      if (errors.length > 0) throw new Error(`page errors: ${errors.join('; ')}`);
    } finally {
      await browser.close();
      await server.close();
    }

    const median = (values: readonly number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
    const setValues = median(result.setValues);
    const stepFigure = (name: string, values: number[]): Figure => ({
      name: `  ${name}`,
      value: median(values),
      unit: 'ms',
    });
    return {
      figures: [
        {
          name: 'scan + signature + merge + fill, median',
          value: median(result.pipeline),
          unit: 'ms',
          baseline: {
            label: `setting the ${result.fields} values directly (value/checked per element, no events), timed in blocks of ${BASELINE_BLOCK}`,
            value: setValues,
          },
        },
        stepFigure('scan', result.steps.scan),
        stepFigure('signature (SHA-256, WebCrypto)', result.steps.hash),
        stepFigure('autocomplete + heuristics + merge', result.steps.map),
        stepFigure('fill (native setter + events)', result.steps.fill),
        { name: 'first run (cold)', value: result.firstRun, unit: 'ms' },
        {
          name: 'companion.autofill() end to end, median',
          value: median(result.autofill),
          unit: 'ms',
          note: 'createCompanionContent with in-memory storage and a stub profile port: the pipeline plus FormMemory, ports and the run watcher',
        },
        {
          name: 'long tasks > 50 ms during runs',
          value: result.longTasksDuringRuns.length,
          unit: 'tasks',
          target: { kind: 'at_most', value: 0 },
          note: `PerformanceObserver('longtask') installed before the page's scripts; tasks overlapping an SDK run (cold run included) counted; longest ${Math.max(0, ...result.longTasksDuringRuns).toFixed(0)} ms; at page load (bundle evaluation): ${result.longTasksAtLoad.length} task(s) ${result.longTasksAtLoad.map((d) => `${d.toFixed(0)} ms`).join(', ')}`,
        },
        { name: 'shipped content script, minified', value: bundles.shipped.minified / KB, unit: 'KB' },
        {
          name: 'shipped content script, gzipped',
          value: bundles.shipped.gzipped / KB,
          unit: 'KB',
          target: { kind: 'at_most', value: 20 },
          note: `the demo's content script on every page: a loader that imports the fill engine on the first fill; largest inputs (minified bytes): ${bundles.shipped.largest}`,
        },
        {
          name: 'fill engine (imported on the first fill), gzipped',
          value: bundles.engine.gzipped / KB,
          unit: 'KB',
          target: { kind: 'at_most', value: 20 },
          note: `${(bundles.engine.minified / KB).toFixed(1)} KB minified; SDK code ${(bundles.engine.sdkBytes / KB).toFixed(1)} KB of it; the 20 KB target of issue #13 is not met by the engine (resolver, country table, widgets, formats); largest inputs (minified bytes): ${bundles.engine.largest}`,
        },
        { name: 'whole content entry, minified', value: bundles.wholeEntry.minified / KB, unit: 'KB' },
        {
          name: 'whole content entry, gzipped',
          value: bundles.wholeEntry.gzipped / KB,
          unit: 'KB',
          note: `every export of packages/sdk/src/content/index.ts kept: what a content script importing all of it would carry; largest inputs (minified bytes): ${bundles.wholeEntry.largest}`,
        },
      ],
      conditions: [
        `${result.fields} fields scanned (16 text, 2 selects, 2 yes/no radio groups, 40 screening questions), ${result.filled} filled from the user's values; server map for the profile fields, no local corrections`,
        `${RUNS} runs after ${WARMUP} warm-up runs, the form reset between runs; system Chromium headless, 2 cores shared`,
        "shipped content script: esbuild of packages/extension-demo/src/content/content-script.ts with the demo build's options (IIFE, platform browser, target chrome120, no legal comments), minified; whole content entry: packages/sdk/src/content/index.ts as ESM so every export is kept, same options otherwise; gzip level 9",
      ],
    };
  },
};

/** One bundle's size and where its bytes come from. */
interface BundleSize {
  minified: number;
  gzipped: number;
  /** Minified bytes from packages/sdk. */
  sdkBytes: number;
  largest: string;
}

/**
 * The content-script bundles, measured without a browser: the demo's content script (the loader on
 * every page) and its fill engine as the build ships them, and the SDK's whole content entry.
 */
export async function measureContentBundles(): Promise<{
  shipped: BundleSize;
  engine: BundleSize;
  wholeEntry: BundleSize;
}> {
  const [shipped, engine, wholeEntry] = await Promise.all([
    bundleSize({ ...DEMO_BUNDLE_OPTIONS, entryPoints: [DEMO_CONTENT_SCRIPT] }),
    bundleSize({ ...DEMO_BUNDLE_OPTIONS, entryPoints: [DEMO_CONTENT_ENGINE], format: 'esm' }),
    bundleSize({ ...DEMO_BUNDLE_OPTIONS, entryPoints: [CONTENT_INDEX], format: 'esm' }),
  ]);
  return { shipped, engine, wholeEntry };
}

async function bundleSize(options: BuildOptions): Promise<BundleSize> {
  const result = await build({ ...options, minify: true, write: false, metafile: true, logLevel: 'silent' });
  const output = result.outputFiles?.[0];
  if (!output) throw new Error('esbuild produced no output');
  const inputs = Object.entries(Object.values(result.metafile.outputs)[0]?.inputs ?? {});
  const largest = [...inputs]
    .sort((a, b) => b[1].bytesInOutput - a[1].bytesInOutput)
    .slice(0, 6)
    .map(
      ([path, { bytesInOutput }]) =>
        `${path.replace(/^.*node_modules\/\.pnpm\/[^/]+\/node_modules\//, '').replace(/^packages\/(sdk|extension-demo)\/src\//, '$1/')} ${bytesInOutput}`,
    )
    .join(', ');
  const sdkBytes = inputs
    .filter(([path]) => path.startsWith('packages/sdk/'))
    .reduce((sum, [, input]) => sum + input.bytesInOutput, 0);
  return {
    minified: output.contents.length,
    gzipped: gzipSync(output.contents, { level: 9 }).length,
    sdkBytes,
    largest,
  };
}

/** Runs in the page (serialized by Playwright): everything it needs comes in `options`. */
async function measureInPage(options: {
  runs: number;
  warmup: number;
  block: number;
  values: Record<string, string>;
}): Promise<PageResult> {
  const sdk = window.benchSdk;
  const form = document.getElementById('application') as HTMLFormElement;
  const longTasks = (window as unknown as { longTasks: LongTask[] }).longTasks;
  const runsStart = performance.now();
  // When SDK code ran: a long task counts against the SDK only if it overlaps one of these.
  const sdkSpans: [number, number][] = [];
  const yieldToPage = () => new Promise((resolve) => setTimeout(resolve, 0));

  // The learned profile: what the heuristics map, as a server would have learned it.
  const initial = sdk.scanForm(document).map((field) => field.descriptor);
  const server = sdk.mapByHeuristics(initial);

  const steps = { scan: [] as number[], hash: [] as number[], map: [] as number[], fill: [] as number[] };
  const pipeline: number[] = [];
  let filled = 0;
  let fields = 0;
  const once = async (record: boolean) => {
    const t0 = performance.now();
    const scanned = sdk.scanForm(document);
    const descriptors = scanned.map((field) => field.descriptor);
    const t1 = performance.now();
    await sdk.computeSchemaHash(descriptors);
    const t2 = performance.now();
    const merged = sdk.mergeMappings({
      selectors: descriptors.map((d) => d.selector),
      server,
      local: {},
      autocomplete: sdk.mapByAutocomplete(descriptors),
      heuristic: sdk.mapByHeuristics(descriptors),
    });
    const t3 = performance.now();
    const fill = await sdk.fillForm(scanned, merged.map, options.values);
    const t4 = performance.now();
    sdkSpans.push([t0, t4]);
    fields = scanned.length;
    filled = Object.keys(fill.filled).length;
    if (record) {
      steps.scan.push(t1 - t0);
      steps.hash.push(t2 - t1);
      steps.map.push(t3 - t2);
      steps.fill.push(t4 - t3);
      pipeline.push(t4 - t0);
    }
    return t4 - t0;
  };
  // The form is reset a task before each run, so the style recalculation the reset causes is not
  // charged to the scan.
  form.reset();
  await yieldToPage();
  const firstRun = await once(false);
  for (let i = 1; i < options.warmup + options.runs; i += 1) {
    form.reset();
    await yieldToPage();
    await once(i >= options.warmup);
  }

  // Baseline: one value per field, straight onto the elements (a radio group is one field).
  const seenGroups = new Set<string>();
  const targets = [
    ...form.querySelectorAll<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>('input, select, textarea'),
  ].filter((element) => {
    if (element.type !== 'radio') return true;
    if (seenGroups.has(element.name)) return false;
    seenGroups.add(element.name);
    return true;
  });
  const setValues: number[] = [];
  for (let sample = 0; sample < options.runs; sample += 1) {
    form.reset();
    await yieldToPage();
    const started = performance.now();
    for (let k = 0; k < options.block; k += 1) {
      const text = k % 2 === 0 ? 'Ada' : 'Lovelace';
      for (const element of targets) {
        if (element instanceof HTMLInputElement && (element.type === 'radio' || element.type === 'checkbox'))
          element.checked = k % 2 === 0;
        else if (element instanceof HTMLSelectElement) element.selectedIndex = 1 + (k % 2);
        else element.value = text;
      }
    }
    setValues.push((performance.now() - started) / options.block);
  }

  // The whole content side, as an extension calls it.
  const companion = sdk.createCompanionContent({
    installId: 'install-bench-0001',
    host: 'jobs.example.com',
    storage: sdk.createMemoryStorage(),
    profilePort: {
      getProfile: async () => ({
        status: 'ok',
        canonicalMap: server,
        experiments: {},
        formatMap: {},
        fieldPredictions: {},
      }),
    },
    eventSink: { queue: async () => undefined },
    profileValues: () => options.values,
    consent: () => false,
  });
  const autofill: number[] = [];
  for (let i = 0; i < options.warmup + options.runs; i += 1) {
    form.reset();
    await yieldToPage();
    const started = performance.now();
    const run = await companion.autofill();
    const ended = performance.now();
    sdkSpans.push([started, ended]);
    if (i >= options.warmup) autofill.push(ended - started);
    if (run.kind === 'run') run.destroy();
  }
  companion.destroy();
  // Long tasks are reported after they end: give the observer a turn.
  await new Promise((resolve) => setTimeout(resolve, 100));
  const overlapsSdk = (task: LongTask) =>
    sdkSpans.some(([from, to]) => task.start < to && task.start + task.duration > from);
  return {
    fields,
    filled,
    firstRun,
    pipeline,
    steps,
    setValues,
    autofill,
    longTasksAtLoad: longTasks.filter((task) => task.start < runsStart).map((task) => task.duration),
    longTasksDuringRuns: longTasks
      .filter((task) => task.start >= runsStart && overlapsSdk(task))
      .map((task) => task.duration),
  };
}
