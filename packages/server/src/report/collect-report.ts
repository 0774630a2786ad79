import type { ExpectedWeights } from './expected-weights.ts';
import { createImpactAccumulator, type ImpactReport, type ImpactReportOptions } from './impact-report.ts';
import type { ReportStore } from '../store/report-store.ts';

const DAY_MS = 86_400_000;

/**
 * Streams the last `days` days of rows from `store` into an impact report, with the per-install
 * sums of the `days` before them as CUPED's pre-period. Does not mutate.
 */
export async function collectImpactReport(
  store: ReportStore,
  options: ImpactReportOptions & { expectedWeights: ExpectedWeights },
): Promise<ImpactReport> {
  const accumulator = createImpactAccumulator(options);
  const since = options.now - options.days * DAY_MS;
  for await (const chunk of store.reportRows(since)) {
    for (const row of chunk) accumulator.add(row);
  }
  return accumulator.report({ sums: await store.installSums(since - options.days * DAY_MS, since) });
}
