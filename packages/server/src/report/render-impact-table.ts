import { alignedTable, formatP, numberInterval, percent, percentInterval, seconds } from './figure-format.ts';
import type { GroupSummary } from './group-summary.ts';
import type { ImpactReport } from './impact-report.ts';
import { comparisonLines } from './render-comparison.ts';

const BANNER = '!'.repeat(100);

/**
 * The report as plain text for a terminal: warnings first, in a banner no one scrolls past, then
 * the overall figures, the split by profile source, each experiment's arms and differences, and
 * how the figures were made.
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
  lines.push('By profile source (not randomized: sources differ in who and which forms, read with care)');
  lines.push(
    ...groupTable(
      'source',
      report.byProfileSource.map((group) => [group.profileSource, group]),
    ),
  );
  for (const experiment of report.experiments) {
    lines.push('');
    lines.push(`Experiment ${experiment.name} (control: ${experiment.control})`);
    lines.push(
      ...groupTable(
        'arm',
        experiment.arms.map((arm) => [`${arm.arm}${arm.weight === null ? '' : ` (w ${arm.weight})`}`, arm]),
      ),
    );
    for (const comparison of experiment.comparisons) lines.push(...comparisonLines(comparison));
    const check = experiment.sampleRatio;
    lines.push(
      check
        ? `  sample ratio (installs): chi-square ${check.chiSquare.toFixed(2)}, ${formatP(check.pValue)}${check.mismatch ? '  <-- MISMATCH' : ' (ok)'}`
        : '  sample ratio: not checked (no configured weights)',
    );
  }
  lines.push('', ...methodLines(report));
  return `${lines.join('\n')}\n`;
}

/** Per group: installs and runs, then each ratio with its install-level interval ("inst") and, where one exists, the run-level one. */
function groupTable(label: string, groups: readonly (readonly [string, GroupSummary])[]): string[] {
  const header = [
    label,
    'installs',
    'runs',
    'success ratio',
    '95% CI inst',
    '95% CI runs',
    'edit chars/run',
    '95% CI inst',
    '95% CI runs',
    'mean fill',
    '95% CI inst',
    'p50 fill',
    'p90 fill',
    'cancel+error',
    '95% CI inst',
  ];
  const rows = groups.map(([name, group]) => {
    const level = group.installLevel;
    return [
      name,
      String(group.installs),
      String(group.runs),
      level.successRatio.value === null ? 'n/a' : percent(level.successRatio.value),
      percentInterval(level.successRatio.interval),
      percentInterval(group.successRatio.interval),
      level.editCharsPerRun.value === null ? 'n/a' : level.editCharsPerRun.value.toFixed(1),
      numberInterval(level.editCharsPerRun.interval, 1),
      numberInterval(group.editChars.interval, 1),
      level.timeToFillMs.value === null ? 'n/a' : seconds(level.timeToFillMs.value),
      numberInterval(level.timeToFillMs.interval, 1, 0.001),
      group.timeToFillMs ? seconds(group.timeToFillMs.p50) : 'n/a',
      group.timeToFillMs ? seconds(group.timeToFillMs.p90) : 'n/a',
      level.failureRatio.value === null ? 'n/a' : percent(level.failureRatio.value),
      percentInterval(level.failureRatio.interval),
    ];
  });
  return alignedTable(header, rows);
}

function methodLines(report: ImpactReport): string[] {
  const method = report.method;
  const lines = [
    'How to read this: installs are the unit of randomization, so decide on the install-level intervals ("inst",',
    '"installs": delta method over per-install sums, Welch t). Run-level intervals treat runs as independent and',
    'are too narrow; they are shown for comparison only. Read the always-valid interval when you look daily: it',
    `holds its ${method.sequentialAlpha * 100} % error rate over all looks together (normal-mixture SPRT, mixture sd = effect ${method.effect}).`,
    `Power is for a success-ratio change of ${(method.effect * 100).toFixed(1)} pp (--effect). CUPED uses each install's own figures from the`,
    `pre-period ${method.prePeriod.since} to ${method.prePeriod.until} (${method.prePeriod.installs} installs ran then); it is valid only if`,
    'the experiment started after the pre-period. Guardrails: HARMED when the install-level interval of time-to-fill or',
    'the cancelled+error ratio lies wholly above 0.',
  ];
  if (method.simulatorAssumption)
    lines.push(
      '',
      `NOTE: ${method.simulatedRuns} of ${report.overall.runs} runs are simulated. ${method.simulatorAssumption}`,
    );
  return lines;
}
