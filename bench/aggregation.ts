/**
 * Aggregation: one run of the real aggregator runner over 1M events on 20k forms, in its own
 * process: wall and CPU time, anonymous RSS high-water (sampled by this process from
 * /proc/<pid>/status every 10 ms) and heap high-water (largest heap before any GC, from
 * `--trace-gc`). Baselines: reading the window through the store with nothing aggregated, for
 * time; the same run over a quarter of the events, for memory (bounded = no growth with the window).
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateAggregationData, type AggregationData } from './support/aggregation-data.ts';
import type { Benchmark } from './support/benchmark.ts';
import { loadAverage } from './support/process-cpu.ts';
import { CANONICALS } from './support/synthetic-events.ts';

const CHILD = fileURLToPath(new URL('./support/aggregation-child.ts', import.meta.url));
const FULL: AggregationData = { events: 1_000_000, forms: 20_000, fields: 10, installs: 30_011, days: 20 };
const QUARTER: AggregationData = { ...FULL, events: 250_000 };
const MB = 1024 * 1024;
const SAMPLE_EVERY_MS = 10;

interface ChildResult {
  wallMs: number;
  cpuMs: number;
  /** VmHWM: includes file pages mapped while the window is scanned. */
  peakRssBytes: number;
  rssBeforeBytes: number;
  summary?: { status: string; events_read?: number; profiles_updated?: number; duration_ms?: number; error?: string };
  rows?: number;
  /** Field profiles the run wrote, per scope. */
  fieldProfiles?: { scope: string; count: number }[];
  /** Largest RssAnon seen by the sampler: memory the process itself allocated. */
  peakAnonBytes: number;
  /** From the GC trace: the largest heap in use before a collection, MB. */
  heapHighWaterMb: number;
  gcCount: number;
}

export const aggregationBenchmark: Benchmark = {
  name: 'aggregation',
  title: 'aggregator runner, 1M events over 20k forms, in its own process',
  async run(context) {
    const fullDb = join(context.workDir, 'full.db');
    const quarterDb = join(context.workDir, 'quarter.db');
    let started = performance.now();
    generateAggregationData(fullDb, FULL);
    const generatedMs = performance.now() - started;
    context.log(
      `aggregation: generated ${FULL.events.toLocaleString()} events in ${(generatedMs / 1000).toFixed(1)} s`,
    );
    generateAggregationData(quarterDb, QUARTER);

    const loadBefore = loadAverage();
    const scan = await runChild('scan', fullDb);
    context.log(`aggregation: window read ${scan.wallMs.toFixed(0)} ms`);
    const quarter = await runChild('run', quarterDb);
    started = performance.now();
    const full = await runChild('run', fullDb);
    if (full.summary?.status !== 'ok' || quarter.summary?.status !== 'ok') {
      throw new Error(
        `aggregator run did not succeed: ${JSON.stringify(full.summary)} / ${JSON.stringify(quarter.summary)}`,
      );
    }
    context.log(`aggregation: run ${full.wallMs.toFixed(0)} ms, ${full.summary.profiles_updated} profiles`);
    return {
      figures: [
        {
          name: 'run time, 1M events',
          value: full.wallMs,
          unit: 'ms',
          baseline: {
            label:
              'reading the same window through the store (rows decoded, maps parsed, nothing aggregated) in its own process',
            value: scan.wallMs,
          },
          target: { kind: 'below', value: 5_000 },
        },
        {
          name: 'run CPU time, 1M events',
          value: full.cpuMs,
          unit: 'ms',
          baseline: { label: 'CPU time of the window read', value: scan.cpuMs },
          note: "user+system of the child over the run: the part of the wall time that is the run's own work",
        },
        {
          name: 'anonymous RSS high-water, 1M events',
          value: full.peakAnonBytes / MB,
          unit: 'MB',
          baseline: {
            label: 'the same over 250k events on the same 20k forms: bounded memory means no growth with the window',
            value: quarter.peakAnonBytes / MB,
          },
          target: { kind: 'ratio_at_most', value: 1.25 },
          note: `RSS before the run (Node, tsx, store open) ${(full.rssBeforeBytes / MB).toFixed(0)} MB; VmHWM ${(full.peakRssBytes / MB).toFixed(0)} MB including the database pages mapped during the scan (page cache, not allocated memory)`,
        },
        {
          name: 'heap high-water, 1M events',
          value: full.heapHighWaterMb,
          unit: 'MB',
          baseline: { label: 'heap high-water of the 250k-event run', value: quarter.heapHighWaterMb },
          target: { kind: 'ratio_at_most', value: 1.25 },
        },
      ],
      conditions: [
        `${FULL.events.toLocaleString()} events over ${FULL.forms.toLocaleString()} forms × ${FULL.fields} fields, ${FULL.installs.toLocaleString()} installs, ${FULL.days} days inside the 30-day window; arrival (time) order, forms interleaved; 1 run in 10 disagrees on a field; every field with a signature (a pool of ${2 * CANONICALS.length} shared by all forms, so host and family votes see each on many forms), phone/date/salary fields with a format, one field left alone on every third form; 1 host in 10 a Workday host (the family's votes cover a tenth of the window); rows ~2 KB as the server writes them`,
        `rows written straight into SQLite with the server's schema in ${(generatedMs / 1000).toFixed(1)} s (not part of any figure); database warm in the page cache`,
        `run: ${full.summary.events_read} events read, ${full.summary.profiles_updated} form profiles and ${(full.fieldProfiles ?? []).map((f) => `${f.count} ${f.scope}`).join(' + ')} field profiles written (commit included), ${full.gcCount} GCs; load average ${loadBefore} → ${loadAverage()}`,
      ],
    };
  },
};

function runChild(mode: 'run' | 'scan', dbPath: string): Promise<ChildResult> {
  const child = spawn(process.execPath, ['--trace-gc', '--import', 'tsx', CHILD, mode, dbPath], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  let peakAnonBytes = 0;
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const sampler = setInterval(() => {
    peakAnonBytes = Math.max(peakAnonBytes, anonRssBytes(child.pid ?? -1));
  }, SAMPLE_EVERY_MS);
  return new Promise((resolve, reject) => {
    child.once('exit', (code) => {
      clearInterval(sampler);
      const line = stdout.split('\n').find((l) => l.startsWith('@result '));
      if (code !== 0 || !line) {
        reject(new Error(`aggregation child (${mode}) exited with ${String(code)}:\n${stderr.slice(-2000)}`));
        return;
      }
      const gc = heapBeforeGc(stdout);
      const reported = JSON.parse(line.slice('@result '.length)) as Omit<
        ChildResult,
        'heapHighWaterMb' | 'gcCount' | 'peakAnonBytes'
      >;
      resolve({ ...reported, peakAnonBytes, heapHighWaterMb: Math.max(0, ...gc), gcCount: gc.length });
    });
  });
}

/** RssAnon of a live process, bytes; 0 once it is gone. */
function anonRssBytes(pid: number): number {
  try {
    const match = /RssAnon:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) * 1024 : 0;
  } catch {
    return 0;
  }
}

/** Heap in use (MB) before each collection, from V8's `--trace-gc` lines: "Scavenge 5.2 (6.0) -> 4.8 (7.0) MB". */
function heapBeforeGc(trace: string): number[] {
  return [
    ...trace.matchAll(
      /: (?:Scavenge|Mark-Compact|Minor Mark-Compact|Mark-Sweep)[^\d]*([\d.]+) \([\d.]+\) -> [\d.]+ \([\d.]+\) MB/g,
    ),
  ].map((m) => Number(m[1]));
}
