/** The accuracy run's printed tables. Pure: results in, text out. */
import type { FormResult } from './form-visit.ts';
import { percent, tallyFields, tallyForms } from './tally.ts';

/** Left-aligned columns, the first row a header, a rule under it. */
export function renderColumns(rows: readonly (readonly string[])[]): string {
  const widths = rows[0]?.map((_, column) => Math.max(...rows.map((row) => (row[column] ?? '').length))) ?? [];
  const line = (row: readonly string[]) =>
    row
      .map((cell, column) => cell.padEnd(widths[column] ?? 0))
      .join('  ')
      .trimEnd();
  const [header, ...body] = rows;
  if (!header) return '';
  return [line(header), widths.map((width) => '-'.repeat(width)).join('  '), ...body.map(line)].join('\n');
}

/** Where the latest fill's mapping came from (the steps' profile sources, deduplicated). */
function sourcesOf(result: FormResult): string {
  const sources = [...new Set(result.steps.map((status) => status?.profileSource ?? status?.skipped ?? 'no status'))];
  return sources.join('+');
}

/** One row per form and a total: fields to fill, right, leave-alone fields, kept. */
export function renderAccuracyTable(results: readonly FormResult[]): string {
  const rows = [['form', 'family', 'to fill', 'right', 'leave alone', 'kept', 'source', 'notes']];
  for (const result of results) {
    const tally = tallyFields(result.fields);
    const notes = [...(tally.missing > 0 ? [`${tally.missing} MISSING`] : []), ...result.problems].join('; ');
    rows.push([
      result.form,
      result.family,
      String(tally.toFill),
      String(tally.right),
      String(tally.leaveAlone),
      String(tally.kept),
      sourcesOf(result),
      notes.slice(0, 90),
    ]);
  }
  const total = tallyForms(results);
  rows.push([
    'TOTAL',
    `${results.length} forms`,
    String(total.toFill),
    `${total.right} (${percent(total.right, total.toFill)})`,
    String(total.leaveAlone),
    `${total.kept} (${percent(total.kept, total.leaveAlone)})`,
    '',
    total.missing > 0 ? `${total.missing} MISSING` : '',
  ]);
  return renderColumns(rows);
}

/** The wrong and touched fields of each form, for reading what went wrong. */
export function renderMisses(results: readonly FormResult[]): string {
  const lines: string[] = [];
  for (const result of results) {
    for (const field of result.fields) {
      if (field.verdict === 'right' || field.verdict === 'kept') continue;
      const model = field.model
        ? ` model ${field.model.key}=${JSON.stringify(field.model.actual)} want ${JSON.stringify(field.model.wanted)}`
        : '';
      lines.push(
        `  ${result.form} · ${field.id} [${field.verdict}] got ${JSON.stringify(field.actual)} want ${JSON.stringify(field.wanted ?? '(model)')}${model}`,
      );
    }
  }
  return lines.join('\n');
}
