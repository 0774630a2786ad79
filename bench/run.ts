/**
 * `pnpm bench [name…]`: runs the benchmarks (all, or the named ones), prints one table of figures
 * each beside its baseline measured in the same run, and writes the same data as JSON to
 * bench/results/<timestamp>.json (gitignored). Figures, not pass/fail: the exit code is 0 whether
 * or not a target is met; it is 1 only when a benchmark could not run.
 *
 * Loopback only, bounded counts and durations. See bench/README.md for what each one measures.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { aggregationBenchmark } from './aggregation.ts';
import { ingestBenchmark } from './ingest.ts';
import { metricsBenchmark } from './metrics-scrape.ts';
import { profileGetBenchmark } from './profile-get.ts';
import { sdkBenchmark } from './sdk-content.ts';
import { serverStartBenchmark } from './server-start.ts';
import type { Benchmark } from './support/benchmark.ts';
import { renderTable, type NamedReport } from './support/render-table.ts';

const BENCH_DIR = fileURLToPath(new URL('.', import.meta.url));

/** bench/postgres.ts (written separately) joins the list when present and exporting `postgresBenchmark`. */
async function optionalBenchmarks(): Promise<Benchmark[]> {
  const path = join(BENCH_DIR, 'postgres.ts');
  if (!existsSync(path)) return [];
  const module = (await import(path)) as { postgresBenchmark?: Benchmark };
  return module.postgresBenchmark ? [module.postgresBenchmark] : [];
}

async function main(argv: readonly string[]): Promise<number> {
  const all = [
    ingestBenchmark,
    aggregationBenchmark,
    profileGetBenchmark,
    metricsBenchmark,
    sdkBenchmark,
    serverStartBenchmark,
    ...(await optionalBenchmarks()),
  ];
  const unknown = argv.filter((name) => !all.some((b) => b.name === name));
  if (unknown.length > 0) {
    process.stderr.write(
      `unknown benchmark: ${unknown.join(', ')}\nusage: pnpm bench [${all.map((b) => b.name).join('|')}]…\n`,
    );
    return 2;
  }
  const selected = argv.length === 0 ? all : all.filter((b) => argv.includes(b.name));
  const reports: NamedReport[] = [];
  const failures: { name: string; error: string }[] = [];
  for (const benchmark of selected) {
    const workDir = mkdtempSync(join(tmpdir(), `companion-bench-${benchmark.name}-`));
    const started = performance.now();
    process.stderr.write(`▶ ${benchmark.name}: ${benchmark.title}\n`);
    try {
      const report = await benchmark.run({ workDir, log: (message) => process.stderr.write(`  ${message}\n`) });
      reports.push({ name: benchmark.name, title: benchmark.title, report });
      process.stderr.write(`  done in ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
    } catch (error) {
      const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
      failures.push({ name: benchmark.name, error: message });
      process.stderr.write(`  FAILED: ${message}\n`);
    } finally {
      rmSync(workDir, { recursive: true, force: true });
    }
  }

  const machine = `${cpus().length} × ${cpus()[0]?.model.trim() ?? 'cpu'}, Node ${process.version}, ${process.platform}`;
  process.stdout.write(`\n${renderTable(reports)}\nmachine: ${machine}\n`);
  const resultsDir = join(BENCH_DIR, 'results');
  mkdirSync(resultsDir, { recursive: true });
  const file = join(resultsDir, `${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
  writeFileSync(file, `${JSON.stringify({ at: new Date().toISOString(), machine, reports, failures }, null, 2)}\n`);
  process.stdout.write(`results: ${file}\n`);
  for (const failure of failures) process.stdout.write(`FAILED ${failure.name}: ${failure.error.split('\n')[0]}\n`);
  return failures.length > 0 ? 1 : 0;
}

process.exitCode = await main(process.argv.slice(2));
