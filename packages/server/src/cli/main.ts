import { ConfigError, loadConfig } from '../config/load-config.ts';
import { StoreOpenError } from '../store/open-store.ts';
import { aggregateCommand } from './aggregate-command.ts';
import { parseCliArgs } from './cli-args.ts';
import { commandHelp, overviewHelp } from './command-help.ts';
import { SERVER_VERSION } from './server-version.ts';
import { UsageError } from './strict-args.ts';
import { deleteInstallCommand } from './delete-install-command.ts';
import { migrateCommand } from './migrate-command.ts';
import { reportCommand } from './report-command.ts';
import { simulateCommand } from './simulate-command.ts';
import { serveCommand } from './serve-command.ts';

/**
 * Entry point of `companion-server`. Help and version go to stdout (exit 0); bad usage exits 2 with
 * the overview on stderr, bad configuration and a database that cannot be opened 78 (EX_CONFIG).
 */
export async function main(argv: readonly string[]): Promise<void> {
  try {
    const request = parseCliArgs(argv);
    if (request.kind === 'help') {
      process.stdout.write(`${request.command ? commandHelp(request.command) : overviewHelp()}\n`);
      return;
    }
    if (request.kind === 'version') {
      process.stdout.write(`companion-server ${SERVER_VERSION}\n`);
      return;
    }
    const { command, overrides, installId, rest } = request;
    const config = loadConfig(process.env, overrides);
    switch (command) {
      case 'serve':
        return await serveCommand(config);
      case 'aggregate':
        process.exitCode = await aggregateCommand(config);
        return;
      case 'migrate':
        process.exitCode = await migrateCommand(config);
        return;
      case 'delete-install':
        process.exitCode = await deleteInstallCommand(config, installId ?? '');
        return;
      case 'report':
        process.exitCode = await reportCommand(config, rest, { tuningFile: config.tuningFile || undefined });
        return;
      case 'simulate':
        process.exitCode = await simulateCommand(config, rest);
        return;
    }
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`companion-server: ${error.message}\n\n${overviewHelp()}\n`);
      process.exitCode = 2;
    } else if (error instanceof ConfigError) {
      process.stderr.write(`companion-server: configuration error: ${error.message}\n`);
      process.exitCode = 78;
    } else if (error instanceof StoreOpenError) {
      process.stderr.write(`companion-server: ${error.message}\n`);
      process.exitCode = 78;
    } else {
      throw error;
    }
  }
}
