import type { FastifyPluginAsync } from 'fastify';
import type { Store } from '../store/store-port.ts';

export interface MaintenanceOptions {
  store: Store;
  retentionDays: number;
  clock?: () => number;
  /** Time between passes; a day by default. */
  everyMs?: number;
}

const DAY_MS = 86_400_000;

/**
 * Daily housekeeping: prune events past retention, then let the backend reclaim space (SQLite
 * truncates the WAL so it cannot grow without bound). The first pass runs a minute after start.
 */
export const maintenancePlugin: FastifyPluginAsync<MaintenanceOptions> = async (app, options) => {
  const clock = options.clock ?? Date.now;
  const everyMs = options.everyMs ?? DAY_MS;
  let timer: NodeJS.Timeout | undefined;

  async function pass(): Promise<void> {
    try {
      const pruned = await options.store.events.pruneBefore(clock() - options.retentionDays * DAY_MS);
      await options.store.housekeep();
      app.log.info({ pruned, retentionDays: options.retentionDays }, 'maintenance: events pruned, storage compacted');
    } catch (error) {
      app.log.error({ err: error }, 'maintenance pass failed');
    }
    schedule(everyMs);
  }
  function schedule(delay: number): void {
    timer = setTimeout(() => void pass(), delay);
    timer.unref();
  }

  app.addHook('onReady', async () => schedule(Math.min(60_000, everyMs)));
  app.addHook('onClose', async () => {
    if (timer) clearTimeout(timer);
  });
};
