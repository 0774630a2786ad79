import { CONFIG_VARIABLES } from '../config/config-variables.ts';
import type { Command } from './cli-args.ts';

/** One option of a command: its flag with the value it takes, and what it does. */
interface OptionHelp {
  flag: string;
  /** Shown without brackets in the usage line. */
  required?: boolean;
  /** Free text, or the configuration variable the flag overrides (its text, env name and default). */
  about: string | { variable: keyof typeof CONFIG_VARIABLES };
}

/** What `companion-server <command> --help` prints, and the command's line in the overview. */
interface CommandHelp {
  summary: string;
  description: string;
  options: readonly OptionHelp[];
}

const DB: OptionHelp = { flag: '--db PATH', about: { variable: 'dbPath' } };

const HELP: Record<Command, CommandHelp> = {
  serve: {
    summary: 'run the HTTP server',
    description:
      'Runs the server until SIGINT or SIGTERM, then closes it gracefully. GET /healthz answers 200 when the database does.',
    options: [
      { flag: '--port N', about: { variable: 'port' } },
      { flag: '--host ADDR', about: { variable: 'listenHost' } },
      DB,
    ],
  },
  aggregate: {
    summary: 'one aggregator run, JSON out',
    description:
      'Runs the aggregator once on the database and prints its summary as JSON on stdout (log lines go to stderr). Exit 1 when the run failed.',
    options: [DB, { flag: '--lookback-days N', about: { variable: 'aggLookbackDays' } }],
  },
  migrate: {
    summary: 'apply database migrations',
    description:
      'Applies pending migrations of the configured backend (SQLite, or PostgreSQL with COMPANION_DATABASE_URL) and prints what it did as JSON.',
    options: [DB],
  },
  'delete-install': {
    summary: "erase one install's events",
    description: 'Erases every event of one install (a data-rights request) and prints { install_id, deleted_events }.',
    options: [{ flag: '--install-id ID', required: true, about: 'the install whose events are erased' }, DB],
  },
  report: {
    summary: 'impact report (intervals, power, CUPED, guardrails, SRM)',
    description:
      'Prints the impact report of the last N days: experiment arms and profile sources with install-level intervals, power, guardrails and a sample ratio check. Exit 1 when the database cannot be read.',
    options: [
      { flag: '--days N', about: 'days of events to report on, 1-365 (default 30)' },
      {
        flag: '--effect E',
        about: 'the success-ratio change the power figures are for, between 0 and 1 (default 0.05 = 5 pp)',
      },
      { flag: '--format table|json', about: 'output format (default table)' },
      DB,
      { flag: '--tuning FILE', about: { variable: 'tuningFile' } },
    ],
  },
  simulate: {
    summary: 'simulated installs against a running server',
    description:
      "Sends simulated installs through a running server's real endpoints, with an aggregation between cycles (in this process on --db, or through the admin endpoint with --admin-token), and prints a summary. Loopback servers only. Exit 1 when the server failed a request.",
    options: [
      { flag: '--url URL', about: 'the server, http on loopback (default http://127.0.0.1:$COMPANION_PORT)' },
      { flag: '--db PATH', about: "aggregate in this process on the server's SQLite database" },
      { flag: '--admin-token T', about: "aggregate through the server's admin endpoint" },
      { flag: '--api-key K', about: 'sent as x-api-key' },
      { flag: '--installs N', about: 'simulated installs (default 200)' },
      { flag: '--hosts N', about: 'simulated sites (default 30)' },
      { flag: '--cycles N', about: 'rounds of runs, each followed by an aggregation (default 5)' },
      { flag: '--runs-per-cycle N', about: 'runs per install and cycle (default 5)' },
      { flag: '--seed N', about: 'random seed (default 1)' },
    ],
  },
};

const ENVIRONMENT_NOTE = 'Every setting has an environment variable (see the README); flags win over the environment.';

function optionText(about: OptionHelp['about']): string {
  if (typeof about === 'string') return about;
  const variable = CONFIG_VARIABLES[about.variable];
  return `${variable.description}; env ${variable.env}${variable.default === '' ? '' : `, default ${String(variable.default)}`}`;
}

function usageFlags(options: readonly OptionHelp[]): string {
  return options.map((option) => (option.required ? option.flag : `[${option.flag}]`)).join(' ');
}

function columns(rows: readonly (readonly [string, string])[]): string {
  const width = Math.max(...rows.map(([left]) => left.length)) + 2;
  return rows.map(([left, right]) => `  ${left.padEnd(width)}${right}`).join('\n');
}

/** The overview: every command with its summary and flags (`companion-server --help`). */
export function overviewHelp(): string {
  const commands = (Object.keys(HELP) as Command[]).map((command) => {
    return [command, `${HELP[command].summary}  ${usageFlags(HELP[command].options)}`] as const;
  });
  return [
    'usage: companion-server <command> [options]',
    "       companion-server <command> --help   (that command's options)",
    '       companion-server --version',
    '',
    'commands:',
    columns(commands),
    '',
    ENVIRONMENT_NOTE,
  ].join('\n');
}

/** One command's usage and options (`companion-server <command> --help`). */
export function commandHelp(command: Command): string {
  const help = HELP[command];
  const options = [
    ...help.options.map((option) => [option.flag, optionText(option.about)] as const),
    ['-h, --help', 'show this help'] as const,
  ];
  return [
    `usage: companion-server ${command} ${usageFlags(help.options)}`,
    '',
    help.description,
    '',
    'options:',
    columns(options),
    '',
    ENVIRONMENT_NOTE,
  ].join('\n');
}
