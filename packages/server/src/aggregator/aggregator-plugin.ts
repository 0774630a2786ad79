import type { FastifyPluginAsync } from 'fastify';
import type { AggregatorLog } from './aggregator-log.ts';
import type { AggregatorRunner } from './aggregator-runner.ts';
import { startAggregatorSchedule } from './aggregator-schedule.ts';

export interface AggregatorPluginOptions {
  runner: AggregatorRunner;
  everyHours: number;
  lastSuccessAt: () => Promise<number | null>;
  log: AggregatorLog;
}

/** Starts the scheduled aggregator with the server and stops it on close. */
export const aggregatorPlugin: FastifyPluginAsync<AggregatorPluginOptions> = async (app, options) => {
  let schedule: { stop(): void } | undefined;
  app.addHook('onReady', async () => {
    schedule = startAggregatorSchedule(options);
  });
  app.addHook('onClose', async () => {
    schedule?.stop();
  });
};
