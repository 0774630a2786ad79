import { buildApp } from '../app.ts';
import type { ServerConfig } from '../config/load-config.ts';
import { openStore, storeBackend } from '../store/open-store.ts';

/** Runs the server until SIGINT/SIGTERM, then closes it gracefully. */
export async function serveCommand(config: ServerConfig): Promise<void> {
  const store = await openStore(config);
  const app = await buildApp({ config, store });
  const shutdown = async (signal: string) => {
    app.log.info(`${signal}: closing`);
    await app.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
  await app.listen({ port: config.port, host: config.listenHost });
  app.log.info(
    `companion-server on ${config.listenHost}:${String(app.server.address() && typeof app.server.address() === 'object' ? (app.server.address() as { port: number }).port : config.port)}` +
      ` db=${storeBackend(config) === 'postgres' ? 'postgres' : config.dbPath} aggregator=${config.aggEnabled ? `every ${config.aggEveryHours}h` : 'off'} profiles=${config.profileEnabled ? 'on' : 'shadow'}`,
  );
}
