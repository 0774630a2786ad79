import type { ConfigKey } from '../config/config-variables.ts';
import { REPORT_USAGE } from './report-command.ts';
import { parseStrictArgs, UsageError } from './strict-args.ts';
import { SIMULATE_USAGE } from './simulate-command.ts';

export const COMMANDS = ['serve', 'aggregate', 'migrate', 'delete-install', 'report', 'simulate'] as const;
/** Commands that parse their own flags from what follows the command name. */
const SELF_PARSING: readonly Command[] = ['report', 'simulate'];
export type Command = (typeof COMMANDS)[number];

export const USAGE = `usage: companion-server <command> [options]

commands:
  serve      run the HTTP server            [--port N] [--host ADDR] [--db PATH]
  aggregate  one aggregator run, JSON out   [--db PATH] [--lookback-days N]
  migrate    apply database migrations      [--db PATH]
  delete-install  erase one install's events  --install-id ID [--db PATH]
  ${REPORT_USAGE}
  ${SIMULATE_USAGE}

Every option has an environment variable (see README): flags win over the environment.`;



/** Parses `argv` (without node and script) into the command and config overrides. */
export interface CliArgs {
  command: Command;
  overrides: Partial<Record<ConfigKey, string>>;
  installId?: string;
  /** For self-parsing commands: the arguments after the command name. */
  rest: readonly string[];
}

export function parseCliArgs(argv: readonly string[]): CliArgs {
  const first = argv[0] as Command | undefined;
  if (first && SELF_PARSING.includes(first)) return { command: first, overrides: {}, rest: argv.slice(1) };
  const parsed = parseStrictArgs(
    argv,
    {
      port: { type: 'string' },
      host: { type: 'string' },
      db: { type: 'string' },
      'lookback-days': { type: 'string' },
      'install-id': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    true,
  );
  const [command, ...extra] = parsed.positionals;
  if (parsed.values.help) throw new UsageError('');
  if (!command || !(COMMANDS as readonly string[]).includes(command)) throw new UsageError(command ? `unknown command: ${command}` : 'no command given');
  if (extra.length > 0) throw new UsageError(`unexpected argument: ${extra[0]}`);
  const overrides: Partial<Record<ConfigKey, string>> = {};
  if (parsed.values.port !== undefined) overrides.port = parsed.values.port;
  if (parsed.values.host !== undefined) overrides.listenHost = parsed.values.host;
  if (parsed.values.db !== undefined) overrides.dbPath = parsed.values.db;
  if (parsed.values['lookback-days'] !== undefined) overrides.aggLookbackDays = parsed.values['lookback-days'];
  if (command === 'delete-install' && !parsed.values['install-id']) throw new UsageError('delete-install needs --install-id');
  return { command: command as Command, overrides, rest: [], ...(parsed.values['install-id'] ? { installId: parsed.values['install-id'] } : {}) };
}
