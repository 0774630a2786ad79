import type { ConfigKey } from '../config/config-variables.ts';
import { parseStrictArgs, UsageError } from './strict-args.ts';

export const COMMANDS = ['serve', 'aggregate', 'migrate', 'delete-install', 'report', 'simulate'] as const;
/** Commands that parse their own flags from what follows the command name. */
const SELF_PARSING: readonly Command[] = ['report', 'simulate'];
export type Command = (typeof COMMANDS)[number];

const HELP_FLAGS: readonly string[] = ['--help', '-h'];

/** A command to run: its config overrides, or for self-parsing commands the arguments after its name. */
export interface CliArgs {
  kind: 'run';
  command: Command;
  overrides: Partial<Record<ConfigKey, string>>;
  installId?: string;
  /** For self-parsing commands: the arguments after the command name. */
  rest: readonly string[];
}

/** What the command line asks for: run a command, show help (of one command or all), or the version. */
export type CliRequest = CliArgs | { kind: 'help'; command?: Command } | { kind: 'version' };

function isCommand(word: string | undefined): word is Command {
  return (COMMANDS as readonly (string | undefined)[]).includes(word);
}

/**
 * Parses `argv` (without node and script). `--help` after a command asks for that command's help,
 * whatever else is on the line; `--help`, `help [command]` and `--version` stand alone.
 * Anything else that does not parse throws UsageError.
 */
export function parseCliArgs(argv: readonly string[]): CliRequest {
  const [first, second] = argv;
  if (first === '--version') return { kind: 'version' };
  if (first !== undefined && (HELP_FLAGS.includes(first) || first === 'help'))
    return isCommand(second) ? { kind: 'help', command: second } : { kind: 'help' };
  if (isCommand(first) && argv.slice(1).some((arg) => HELP_FLAGS.includes(arg)))
    return { kind: 'help', command: first };
  if (isCommand(first) && SELF_PARSING.includes(first))
    return { kind: 'run', command: first, overrides: {}, rest: argv.slice(1) };
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
  if (parsed.values.help && command === undefined) return { kind: 'help' };
  if (!isCommand(command)) throw new UsageError(command ? `unknown command: ${command}` : 'no command given');
  if (extra.length > 0) throw new UsageError(`unexpected argument: ${extra[0]}`);
  const overrides: Partial<Record<ConfigKey, string>> = {};
  if (parsed.values.port !== undefined) overrides.port = parsed.values.port;
  if (parsed.values.host !== undefined) overrides.listenHost = parsed.values.host;
  if (parsed.values.db !== undefined) overrides.dbPath = parsed.values.db;
  if (parsed.values['lookback-days'] !== undefined) overrides.aggLookbackDays = parsed.values['lookback-days'];
  if (command === 'delete-install' && !parsed.values['install-id'])
    throw new UsageError('delete-install needs --install-id');
  return {
    kind: 'run',
    command,
    overrides,
    rest: [],
    ...(parsed.values['install-id'] ? { installId: parsed.values['install-id'] } : {}),
  };
}
