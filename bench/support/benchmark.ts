/**
 * The shape every benchmark reports in: named figures, each optionally beside a baseline measured in
 * the same run and a target. Benchmarks print figures; nothing here fails a build.
 */

/** How a figure is judged against its target. */
export const TARGET_KINDS = ['at_least', 'at_most', 'below', 'ratio_at_least', 'ratio_at_most'] as const;
export type TargetKind = (typeof TARGET_KINDS)[number];

/**
 * A target: `at_least`/`at_most`/`below` compare the value itself, `ratio_at_least` and
 * `ratio_at_most` compare value / baseline (for "≥ 50 % of the bound").
 */
export interface Target {
  kind: TargetKind;
  value: number;
}

/** A measurement taken in the same run, beside which a figure is read. */
export interface Baseline {
  /** What the baseline is, e.g. "raw SQLite insert, tx of 50". */
  label: string;
  value: number;
}

/** One measured number. */
export interface Figure {
  /** Short name, unique within its benchmark, e.g. "stored events/s". */
  name: string;
  value: number;
  unit: string;
  baseline?: Baseline;
  target?: Target;
  /** One line of context printed under the table (conditions, sample size). */
  note?: string;
}

/** What one benchmark returns. */
export interface BenchmarkReport {
  figures: Figure[];
  /** Conditions the reader needs to interpret the figures (counts, concurrency, data shape). */
  conditions: string[];
}

/** A runnable benchmark; `name` is what `pnpm bench <name>` selects. */
export interface Benchmark {
  name: string;
  title: string;
  run(context: BenchContext): Promise<BenchmarkReport>;
}

/** What every benchmark gets from the runner. */
export interface BenchContext {
  /** A fresh temporary folder, removed after the benchmark. */
  workDir: string;
  /** Progress line on stderr (kept off the table on stdout). */
  log(message: string): void;
}

/** The verdict of a figure against its target; undefined when it has none. */
export function targetMet(figure: Figure): boolean | undefined {
  const { target } = figure;
  if (!target) return undefined;
  switch (target.kind) {
    case 'at_least':
      return figure.value >= target.value;
    case 'at_most':
      return figure.value <= target.value;
    case 'below':
      return figure.value < target.value;
    case 'ratio_at_least':
      return (
        figure.baseline !== undefined &&
        figure.baseline.value > 0 &&
        figure.value / figure.baseline.value >= target.value
      );
    case 'ratio_at_most':
      return (
        figure.baseline !== undefined &&
        figure.baseline.value > 0 &&
        figure.value / figure.baseline.value <= target.value
      );
  }
}

/** The target in words, e.g. "≥ 50 % of baseline", "< 5000 ms". */
export function describeTarget(target: Target, unit: string): string {
  switch (target.kind) {
    case 'at_least':
      return `≥ ${formatNumber(target.value)} ${unit}`;
    case 'at_most':
      return `≤ ${formatNumber(target.value)} ${unit}`;
    case 'below':
      return `< ${formatNumber(target.value)} ${unit}`;
    case 'ratio_at_least':
      return `≥ ${Math.round(target.value * 100)} % of baseline`;
    case 'ratio_at_most':
      return `≤ ${Math.round(target.value * 100)} % of baseline`;
  }
}

/** Numbers as a table shows them: 3 significant digits, thousands grouped. */
export function formatNumber(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  const abs = Math.abs(value);
  if (abs >= 1000) return Math.round(value).toLocaleString('en-US');
  if (abs >= 100) return value.toFixed(0);
  if (abs >= 10) return value.toFixed(1);
  if (abs >= 1) return value.toFixed(2);
  return value === 0 ? '0' : value.toPrecision(2);
}
