import { createAggregatorLog } from '../aggregator/aggregator-log.ts';
import { createAggregatorRunner, type AggregatorRunSummary } from '../aggregator/aggregator-runner.ts';
import { defencesOf, supportOf } from '../app.ts';
import type { ServerConfig } from '../config/load-config.ts';
import { openStore } from '../store/open-store.ts';

/** sysexits.h: a temporary failure, the caller may retry. */
const EX_TEMPFAIL = 75;

/**
 * One aggregator run against the database; prints the summary as JSON on stdout (log lines go to
 * stderr so the JSON stays parseable). Exit code 1 when the run failed, 75 (EX_TEMPFAIL, try again
 * later) when it was skipped because another run holds the lease: a script must not read that as done.
 */
export async function aggregateCommand(config: ServerConfig): Promise<number> {
  const store = await openStore(config);
  try {
    const log = createAggregatorLog((line) => process.stderr.write(`${line}\n`));
    const runner = createAggregatorRunner({
      store,
      lookbackDays: config.aggLookbackDays,
      support: supportOf(config),
      defences: defencesOf(config),
      log,
      leaseTtlMs: config.aggLeaseSeconds * 1000,
    });
    const summary: AggregatorRunSummary = await runner.runOnce();
    process.stdout.write(`${JSON.stringify(summary)}\n`);
    return summary.status === 'err' ? 1 : summary.status === 'skipped' ? EX_TEMPFAIL : 0;
  } finally {
    await store.close();
  }
}
