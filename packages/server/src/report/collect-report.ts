import type { ExpectedWeights } from './expected-weights.ts';
import { createImpactAccumulator, type ImpactReport } from './impact-report.ts';
import type { ReportStore } from './report-store.ts';

const DAY_MS = 86_400_000;

/** Streams the last `days` days of rows from `store` into an impact report. Does not mutate. */
export async function collectImpactReport(store: ReportStore, options: { days: number; expectedWeights: ExpectedWeights; now: number }): Promise<ImpactReport> {
  const accumulator = createImpactAccumulator(options);
  for await (const chunk of store.reportRows(options.now - options.days * DAY_MS)) {
    for (const row of chunk) accumulator.add(row);
  }
  return accumulator.report();
}
