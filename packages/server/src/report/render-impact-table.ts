import type { ArmComparison } from './experiment-report.ts';
import type { GroupSummary } from './group-summary.ts';
import type { ImpactReport } from './impact-report.ts';
import type { Interval } from './statistics/interval.ts';

const BANNER = '!'.repeat(100);

/**
 * The report as plain text for a terminal: warnings first, in a banner no one scrolls past, then
 * the overall figures, the split by profile source, and each experiment's arms and differences.
 */
export function renderImpactTable(report: ImpactReport): string {
  const lines: string[] = [];
  lines.push(`Companion Autofill impact report: last ${report.days} day(s), ${report.since} to ${report.generatedAt}`);
  lines.push('');
  if (report.warnings.length > 0) {
    lines.push(BANNER);
    for (const warning of report.warnings) lines.push(`!!! WARNING [${warning.code}] ${warning.message}`);
    lines.push(BANNER);
    lines.push('');
  }
  lines.push(`All runs: ${report.overall.runs} runs from ${report.overall.installs} installs`);
  if (report.overall.runs === 0) return `${lines.join('\n')}\n(no events in the window)\n`;
  lines.push('');
  lines.push('By profile source');
  lines.push(...groupTable('source', report.byProfileSource.map((group) => [group.profileSource, group])));
  for (const experiment of report.experiments) {
    lines.push('');
    lines.push(`Experiment ${experiment.name} (control: ${experiment.control})`);
    lines.push(...groupTable('arm', experiment.arms.map((arm) => [`${arm.arm}${arm.weight === null ? '' : ` (w ${arm.weight})`}`, arm])));
    for (const comparison of experiment.comparisons) lines.push(...comparisonLines(comparison));
    const check = experiment.sampleRatio;
    lines.push(check ? `  sample ratio (installs): chi-square ${check.chiSquare.toFixed(2)}, ${formatP(check.pValue)}${check.mismatch ? '  <-- MISMATCH' : ' (ok)'}` : '  sample ratio: not checked (no configured weights)');
  }
  return `${lines.join('\n')}\n`;
}

function groupTable(label: string, groups: readonly (readonly [string, GroupSummary])[]): string[] {
  const header = [label, 'installs', 'runs', 'success ratio [95% CI]', 'edit chars/run [95% CI]', 'p50 fill', 'p90 fill'];
  const rows = groups.map(([name, group]) => [
    name,
    String(group.installs),
    String(group.runs),
    group.successRatio.value === null ? 'n/a' : `${percent(group.successRatio.value)} ${percentInterval(group.successRatio.interval)}`,
    group.editChars.mean === null ? 'n/a' : `${group.editChars.mean.toFixed(1)} ${numberInterval(group.editChars.interval, 1)}`,
    group.timeToFillMs ? seconds(group.timeToFillMs.p50) : 'n/a',
    group.timeToFillMs ? seconds(group.timeToFillMs.p90) : 'n/a',
  ]);
  const widths = header.map((cell, i) => Math.max(cell.length, ...rows.map((row) => row[i]!.length)));
  const format = (row: readonly string[]) => `  ${row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  ')}`;
  return [format(header), ...rows.map(format)];
}

function comparisonLines(comparison: ArmComparison): string[] {
  const name = `  ${comparison.arm} - ${comparison.control}:`;
  const success = comparison.successRatio;
  const edits = comparison.editChars;
  return [
    `${name} success ratio ${success ? `${signed(success.difference * 100, 1)} pp ${signedInterval(success.interval, 100, 1)}, ${formatP(success.pValue)}${verdict(success.interval)}` : 'n/a (no ok/validation_error runs in an arm)'}`,
    `${' '.repeat(name.length)} edit chars/run ${edits ? `${signed(edits.difference, 1)} ${signedInterval(edits.interval, 1, 1)}, ${formatP(edits.pValue)}${verdict(edits.interval)}` : 'n/a (fewer than 2 runs in an arm)'}`,
  ];
}

function verdict(interval: Interval): string {
  return interval.low > 0 || interval.high < 0 ? '  (interval excludes 0)' : '  (not significant)';
}

function percent(value: number): string {
  return `${(value * 100).toFixed(1)}%`;
}

function percentInterval(interval: Interval | null): string {
  return interval ? `[${(interval.low * 100).toFixed(1)}, ${(interval.high * 100).toFixed(1)}]` : '';
}

function numberInterval(interval: Interval | null, digits: number): string {
  return interval ? `[${interval.low.toFixed(digits)}, ${interval.high.toFixed(digits)}]` : '';
}

function signed(value: number, digits: number): string {
  return `${value >= 0 ? '+' : ''}${value.toFixed(digits)}`;
}

function signedInterval(interval: Interval, scale: number, digits: number): string {
  return `[${signed(interval.low * scale, digits)}, ${signed(interval.high * scale, digits)}]`;
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`;
}

/** p-values below display precision read "p < 0.001", not "p = 0.000". */
function formatP(p: number): string {
  return p < 0.001 ? 'p < 0.001' : `p = ${p.toFixed(3)}`;
}
