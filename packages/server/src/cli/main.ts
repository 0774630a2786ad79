import { ConfigError, loadConfig } from '../config/load-config.ts';
import { aggregateCommand } from './aggregate-command.ts';
import { parseCliArgs, USAGE } from './cli-args.ts';
import { UsageError } from './strict-args.ts';
import { deleteInstallCommand } from './delete-install-command.ts';
import { migrateCommand } from './migrate-command.ts';
import { reportCommand } from './report-command.ts';
import { simulateCommand } from './simulate-command.ts';
import { serveCommand } from './serve-command.ts';

/** Entry point of `companion-server`. Bad usage exits 2, bad configuration 78 (EX_CONFIG). */
export async function main(argv: readonly string[]): Promise<void> {
  try {
    const { command, overrides, installId, rest } = parseCliArgs(argv);
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
      process.stderr.write(`${error.message ? `companion-server: ${error.message}\n\n` : ''}${USAGE}\n`);
      process.exitCode = 2;
    } else if (error instanceof ConfigError) {
      process.stderr.write(`companion-server: configuration error: ${error.message}\n`);
      process.exitCode = 78;
    } else {
      throw error;
    }
  }
}
