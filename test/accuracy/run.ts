/**
 * `pnpm accuracy [--forms a,b] [--json FILE] [--learning] [--verbose]`: our own accuracy suite.
 * Builds the demo extension, serves the forms under test/accuracy/forms on 127.0.0.1, starts a
 * real companion-server, and drives every form through the extension in Chromium; prints a table
 * per form and the totals, then the leak check. `--learning` runs the learning loop instead (see
 * support/learning-run.ts). A measurement: the exit code is 0 however low the figures are; 1 when
 * the harness failed (a truth selector the page lacks, a crash) or a profile value leaked; 2 for
 * bad flags or an unknown form.
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { loadForms } from './support/form-catalog.ts';
import { renderLeakReport } from './support/leak-check.ts';
import { renderLearningRun, runLearning } from './support/learning-run.ts';
import { runMeasurement } from './support/measure-run.ts';
import { renderAccuracyTable, renderMisses } from './support/results-table.ts';
import { tallyForms } from './support/tally.ts';

const USAGE = 'usage: pnpm accuracy [--forms a,b] [--json FILE] [--learning] [--verbose]';

const out = (text: string) => process.stdout.write(`${text}\n`);
const progress = (line: string) => process.stderr.write(`${line}\n`);

async function main(argv: readonly string[]): Promise<number> {
  let flags;
  try {
    flags = parseArgs({
      args: [...argv],
      options: {
        forms: { type: 'string' },
        json: { type: 'string' },
        learning: { type: 'boolean' },
        verbose: { type: 'boolean' },
      },
      strict: true,
      allowPositionals: false,
    }).values;
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n${USAGE}\n`);
    return 2;
  }
  const only = flags.forms
    ?.split(',')
    .map((name) => name.trim())
    .filter(Boolean);
  let forms;
  try {
    forms = loadForms(only);
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n${USAGE}\n`);
    return 2;
  }

  if (flags.learning) {
    const run = await runLearning(forms, progress);
    out(renderLearningRun(run, flags.verbose === true));
    if (flags.json) writeFileSync(flags.json, `${JSON.stringify(run, null, 2)}\n`);
    return run.leak.leaks.length > 0 || run.missing > 0 ? 1 : 0;
  }

  const run = await runMeasurement(forms, progress);
  out('');
  out(renderAccuracyTable(run.results));
  if (flags.verbose) out(`\nmisses:\n${renderMisses(run.results)}`);
  out('');
  out(`${run.storedEvents} events stored by the server`);
  out(renderLeakReport(run.leak));
  if (flags.json)
    writeFileSync(
      flags.json,
      `${JSON.stringify({ mode: 'fill', totals: tallyForms(run.results), forms: run.results, leak: run.leak }, null, 2)}\n`,
    );
  return run.leak.leaks.length > 0 || tallyForms(run.results).missing > 0 ? 1 : 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`accuracy: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 1;
  },
);
