import type { Interval } from './statistics/interval.ts';

/** How the report writes its figures: percentages, signed differences, intervals, p-values. */

export function percent(value: number): string {
  return `${(value * 100).toFixed(1)}%`;
}

export function percentInterval(interval: Interval | null): string {
  return interval ? `[${(interval.low * 100).toFixed(1)}, ${(interval.high * 100).toFixed(1)}]` : '';
}

export function numberInterval(interval: Interval | null, digits: number, scale = 1): string {
  return interval ? `[${(interval.low * scale).toFixed(digits)}, ${(interval.high * scale).toFixed(digits)}]` : '';
}

export function signed(value: number, digits: number): string {
  return `${value >= 0 ? '+' : ''}${value.toFixed(digits)}`;
}

export function signedInterval(interval: Interval, scale: number, digits: number): string {
  return `[${signed(interval.low * scale, digits)}, ${signed(interval.high * scale, digits)}]`;
}

export function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`;
}

/** p-values below display precision read "p < 0.001", not "p = 0.000". */
export function formatP(p: number): string {
  return p < 0.001 ? 'p < 0.001' : `p = ${p.toFixed(3)}`;
}

/** Left-aligned first column, right-aligned figures, two spaces between columns. */
export function alignedTable(header: readonly string[], rows: readonly (readonly string[])[]): string[] {
  const widths = header.map((cell, i) => Math.max(cell.length, ...rows.map((row) => row[i]!.length)));
  const format = (row: readonly string[]) =>
    `  ${row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  ')}`;
  return [format(header), ...rows.map(format)];
}
