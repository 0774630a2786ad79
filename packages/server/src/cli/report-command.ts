import type { ServerConfig } from '../config/load-config.ts';
import { collectImpactReport } from '../report/collect-report.ts';
import { readExpectedWeights } from '../report/expected-weights.ts';
import { DEFAULT_EFFECT } from '../report/report-method.ts';
import { renderImpactTable } from '../report/render-impact-table.ts';
import { collectDefenceReport, renderDefenceReport } from '../report/defence-report.ts';
import { openReportSource } from '../store/open-store.ts';
import type { ReportSource } from '../store/store-backend.ts';
import { parseStrictArgs, UsageError } from './strict-args.ts';

export const REPORT_FORMATS = ['table', 'json'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

/** Where the report command writes, and its clock; tests pass their own. */
export interface ReportCommandIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  now: () => number;
  /** The tuning file whose experiment weights the sample ratio check uses (COMPANION_TUNING_FILE). */
  tuningFile?: string | undefined;
}

const DEFAULT_IO: ReportCommandIo = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  now: Date.now,
};

/**
 * `companion-server report [--days N] [--effect E] [--format table|json] [--db PATH] [--tuning FILE]`:
 * the impact report over the last N days (default 30) of the database; E is the success-ratio
 * change (absolute, default 0.05) the power analysis and the always-valid interval are set for. `argv` is what follows the command
 * name. Exit 0, or 1 when the database cannot be read; bad flags throw UsageError (exit 2 in main).
 * A sample ratio mismatch does not change the exit code: it is in the report, in a banner.
 */
export async function reportCommand(
  config: ServerConfig,
  argv: readonly string[],
  io: Partial<ReportCommandIo> = {},
): Promise<number> {
  const { stdout, stderr, now, tuningFile } = { ...DEFAULT_IO, ...io };
  const flags = parseReportFlags(argv);
  // --db names a SQLite file, whatever COMPANION_DATABASE_URL says.
  const location = flags.db ? { dbPath: flags.db } : config;
  let store: ReportSource;
  try {
    store = await openReportSource(location);
  } catch (error) {
    stderr(`companion-server report: ${(error as Error).message}\n`);
    return 1;
  }
  try {
    const expectedWeights = readExpectedWeights(flags.tuning ?? tuningFile);
    const report = await collectImpactReport(store, {
      days: flags.days,
      effect: flags.effect,
      expectedWeights,
      now: now(),
    });
    const defences = store.defences ? await collectDefenceReport(store.defences) : undefined;
    stdout(
      flags.format === 'json'
        ? `${JSON.stringify(defences ? { ...report, defences } : report, null, 2)}\n`
        : renderImpactTable(report) + (defences ? renderDefenceReport(defences) : ''),
    );
    for (const warning of report.warnings) stderr(`companion-server report: WARNING ${warning.message}\n`);
    return 0;
  } catch (error) {
    stderr(`companion-server report: ${(error as Error).message}\n`);
    return 1;
  } finally {
    await store.close();
  }
}

function parseReportFlags(argv: readonly string[]): {
  days: number;
  effect: number;
  format: ReportFormat;
  db?: string;
  tuning?: string;
} {
  const { values } = parseStrictArgs(argv, {
    days: { type: 'string' },
    effect: { type: 'string' },
    format: { type: 'string' },
    db: { type: 'string' },
    tuning: { type: 'string' },
  });
  const days = values.days === undefined ? 30 : Number(values.days);
  if (!Number.isInteger(days) || days < 1 || days > 365)
    throw new UsageError(`--days must be an integer between 1 and 365, got ${values.days}`);
  const effect = values.effect === undefined ? DEFAULT_EFFECT : Number(values.effect);
  if (!(effect > 0 && effect < 1))
    throw new UsageError(`--effect must be a success-ratio change between 0 and 1 (0.05 = 5 pp), got ${values.effect}`);
  const format = values.format ?? 'table';
  if (!(REPORT_FORMATS as readonly string[]).includes(format))
    throw new UsageError(`--format must be table or json, got ${format}`);
  return {
    days,
    effect,
    format: format as ReportFormat,
    ...(values.db ? { db: values.db } : {}),
    ...(values.tuning ? { tuning: values.tuning } : {}),
  };
}
