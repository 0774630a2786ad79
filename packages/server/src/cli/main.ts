import { ConfigError, loadConfig } from '../config/load-config.ts';
import { aggregateCommand } from './aggregate-command.ts';
import { parseCliArgs, USAGE, UsageError } from './cli-args.ts';
import { migrateCommand } from './migrate-command.ts';
import { serveCommand } from './serve-command.ts';

/** Entry point of `companion-server`. Bad usage exits 2, bad configuration 78 (EX_CONFIG). */
export async function main(argv: readonly string[]): Promise<void> {
  try {
    const { command, overrides } = parseCliArgs(argv);
    const config = loadConfig(process.env, overrides);
    if (command === 'serve') return await serveCommand(config);
    process.exitCode = command === 'aggregate' ? await aggregateCommand(config) : migrateCommand(config);
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
