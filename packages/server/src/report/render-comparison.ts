import type { ArmComparison } from './experiment-report.ts';
import { formatP, signed, signedInterval } from './figure-format.ts';
import type { GuardrailCheck } from './install-level-comparison.ts';
import type { CupedDifference } from './statistics/cuped-adjustment.ts';
import { excludesZero, type Interval } from './statistics/interval.ts';
import type { RatioDifference } from './statistics/ratio-difference.ts';

/** How a metric's difference is written: scale to display units, digits, unit suffix. */
interface MetricFormat {
  scale: number;
  digits: number;
  unit: string;
}

const SUCCESS: MetricFormat = { scale: 100, digits: 1, unit: ' pp' };
const EDITS: MetricFormat = { scale: 1, digits: 1, unit: '' };
const FILL: MetricFormat = { scale: 0.001, digits: 2, unit: ' s' };

/**
 * One comparison `arm − control` as text: per metric the install-level interval (the one to
 * decide on) above the run-level one (runs taken as independent, for comparison), the
 * always-valid interval and CUPED for the primary metric, power, then the guardrails.
 */
export function comparisonLines(comparison: ArmComparison): string[] {
  const level = comparison.installLevel;
  const success = level.differences.successRatio;
  const installs = success?.installs ?? level.differences.editCharsPerRun?.installs;
  const lines = [
    `  ${comparison.arm} - ${comparison.control}${installs ? ` (installs ${installs.treatment} vs ${installs.control})` : ''}:`,
  ];
  const indent = ' '.repeat(22);
  const label = (text: string) => `    ${text.padEnd(18)}`;

  lines.push(`${label('success ratio')}${installLine(success, SUCCESS)}`);
  const runSuccess = comparison.successRatio;
  if (runSuccess)
    lines.push(
      `${indent}runs      ${signedInterval(runSuccess.interval, 100, 1)}, ${formatP(runSuccess.pValue)}  (runs as if independent: too narrow, for comparison only)`,
    );
  if (level.sequential) {
    const sequential = level.sequential;
    lines.push(
      `${indent}always-valid ${signedInterval(sequential.interval, 100, 1)}, ${formatP(sequential.pValue)}  (${excludesZero(sequential.interval) ? 'excludes 0' : 'not significant'}; safe to read at every look)`,
    );
  }
  lines.push(`${indent}${cupedText(level.cuped?.successRatio ?? null, level.cuped === null, SUCCESS)}`);

  lines.push(`${label('edit chars/run')}${installLine(level.differences.editCharsPerRun, EDITS)}`);
  const runEdits = comparison.editChars;
  if (runEdits)
    lines.push(
      `${indent}runs      ${signedInterval(runEdits.interval, 1, 1)}, ${formatP(runEdits.pValue)}  (runs as if independent)`,
    );
  lines.push(`${indent}${cupedText(level.cuped?.editCharsPerRun ?? null, level.cuped === null, EDITS)}`);
  // Drafting styles (the gen_style experiment) are compared on how much people change a draft.
  const drafts = level.differences.draftEditCharsPerDraft;
  if (drafts) lines.push(`${label('edit chars/draft')}${installLine(drafts, EDITS)}`);

  const power = level.power;
  lines.push(
    `${label('power')}${
      power
        ? `MDE ${(power.minimumDetectableEffect * 100).toFixed(1)} pp at ${power.installsNow} installs (80 % power, 5 % two-sided, fixed horizon); ` +
          `${(power.effect * 100).toFixed(1)} pp needs about ${power.installsNeeded} installs at this split`
        : 'n/a (fewer than two installs with decided runs in an arm)'
    }`,
  );
  lines.push(`${label('guardrails')}${level.guardrails.map(guardrailText).join('; ')}`);
  return lines;
}

function installLine(difference: RatioDifference | null, format: MetricFormat): string {
  if (!difference) return 'n/a (fewer than two installs in an arm)';
  return `${signed(difference.difference * format.scale, format.digits)}${format.unit}  installs ${signedInterval(difference.interval, format.scale, format.digits)}, ${formatP(difference.pValue)}${verdict(difference.interval)}`;
}

function cupedText(adjusted: CupedDifference | null, noPrePeriod: boolean, format: MetricFormat): string {
  if (noPrePeriod) return 'CUPED     n/a (no install of these arms ran in the pre-period)';
  if (!adjusted) return 'CUPED     n/a (too little pre-period data)';
  return (
    `CUPED     ${signed(adjusted.difference * format.scale, format.digits)}${format.unit} ${signedInterval(adjusted.interval, format.scale, format.digits)}, ${formatP(adjusted.pValue)}` +
    ` (variance ${(adjusted.varianceReduction * 100).toFixed(0)} % lower, ${adjusted.installsWithPrePeriod} installs with a pre-period)`
  );
}

function guardrailText(check: GuardrailCheck): string {
  const name = check.metric === 'timeToFillMs' ? 'time-to-fill' : 'cancelled+error';
  const format = check.metric === 'timeToFillMs' ? FILL : SUCCESS;
  if (!check.difference) return `${name} n/a`;
  return `${name} ${signed(check.difference.difference * format.scale, format.digits)}${format.unit} ${signedInterval(check.difference.interval, format.scale, format.digits)} ${check.harmed ? 'HARMED' : 'ok'}`;
}

function verdict(interval: Interval): string {
  return excludesZero(interval) ? '  (interval excludes 0)' : '  (not significant)';
}
