import { describeTarget, formatNumber, targetMet, type BenchmarkReport } from './benchmark.ts';

/** One benchmark's report as the runner prints and stores it. */
export interface NamedReport {
  name: string;
  title: string;
  report: BenchmarkReport;
}

const VERDICT = { true: 'yes', false: 'NO', undefined: '' } as const;

/**
 * The figures as a Markdown table (readable in a terminal, pasted as-is into bench/README.md),
 * then each benchmark's conditions and baselines as a list.
 */
export function renderTable(reports: readonly NamedReport[]): string {
  const header = ['bench', 'figure', 'value', 'baseline', 'vs baseline', 'target', 'met'];
  const rows: string[][] = [];
  for (const { name, report } of reports) {
    for (const figure of report.figures) {
      const value = `${formatNumber(figure.value)} ${figure.unit}`;
      const baseline = figure.baseline ? `${formatNumber(figure.baseline.value)} ${figure.unit}` : '';
      const ratio =
        figure.baseline && figure.baseline.value !== 0
          ? `${Math.round((figure.value / figure.baseline.value) * 100)} %`
          : '';
      const target = figure.target ? describeTarget(figure.target, figure.unit) : '';
      rows.push([
        name,
        figure.name,
        value,
        baseline,
        ratio,
        target,
        VERDICT[String(targetMet(figure)) as keyof typeof VERDICT],
      ]);
    }
  }
  const widths = header.map((cell, column) => Math.max(cell.length, ...rows.map((row) => row[column]!.length)));
  const line = (cells: readonly string[]) =>
    `| ${cells.map((cell, column) => cell.padEnd(widths[column]!)).join(' | ')} |`;
  const table = [line(header), `|${widths.map((width) => '-'.repeat(width + 2)).join('|')}|`, ...rows.map(line)];

  const notes: string[] = [];
  for (const { name, title, report } of reports) {
    notes.push(`- **${name}** — ${title}`);
    for (const condition of report.conditions) notes.push(`  - ${condition}`);
    for (const figure of report.figures) {
      if (figure.baseline) notes.push(`  - baseline of "${figure.name}": ${figure.baseline.label}`);
      if (figure.note) notes.push(`  - "${figure.name}": ${figure.note}`);
    }
  }
  return `${table.join('\n')}\n\n${notes.join('\n')}\n`;
}
