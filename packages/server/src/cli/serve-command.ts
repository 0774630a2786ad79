import type { AddressInfo } from 'node:net';
import { buildApp } from '../app.ts';
import type { ServerConfig } from '../config/load-config.ts';
import { openStore } from '../store/open-store.ts';
import { storeBackendFor } from '../store/store-backends.ts';

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
  // The bound port, not the configured one: with --port 0 the OS picks it (tests read this line).
  const { port } = app.server.address() as AddressInfo;
  const db = storeBackendFor(config).label(config);
  const aggregator = config.aggEnabled ? `every ${config.aggEveryHours}h` : 'off';
  app.log.info(
    `companion-server on ${config.listenHost}:${port} db=${db} aggregator=${aggregator} profiles=${config.profileEnabled ? 'on' : 'shadow'}`,
  );
}
