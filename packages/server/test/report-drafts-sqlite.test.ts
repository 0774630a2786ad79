import { join } from 'node:path';
import { writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { LearningEvent } from '@companion-autofill/sdk/protocol';
import { makeEvent } from '@companion-autofill/test-kit/learning-events';
import { makeTempDir } from '@companion-autofill/test-kit/server-process';
import { seededRandom } from '@companion-autofill/test-kit/seeded-random';
import { reportCommand } from '../src/cli/report-command.ts';
import { loadConfig } from '../src/config/load-config.ts';
import type { ImpactReport } from '../src/report/impact-report.ts';
import { createSqliteStore } from '../src/store/sqlite/sqlite-store.ts';

const NOW = Date.parse('2026-11-27T12:00:00Z');
const DAY = 86_400_000;
const STYLES = { salt: 'drafts', arms: { paragraph: 50, bullets: 50 } };

/**
 * 25 installs per drafting style, 3–8 runs each with one or two drafted answers. People rewrite
 * ~60 characters of a bullets draft and ~20 of a paragraph, each install with its own habit; runs
 * without drafts are mixed in and must not count.
 */
async function styleDatabase(): Promise<string> {
  const dbPath = join(makeTempDir(), 'companion.db');
  const random = seededRandom(3);
  const events: LearningEvent[] = [];
  for (const style of ['paragraph', 'bullets'] as const) {
    for (let install = 0; install < 25; install++) {
      const habit = (style === 'bullets' ? 60 : 20) * (0.5 + random());
      const runs = 3 + Math.floor(random() * 6);
      for (let run = 0; run < runs; run++) {
        const drafted = run % 3 === 2 ? 0 : 1 + Math.floor(random() * 2);
        const draft_stats = Object.fromEntries(
          Array.from({ length: drafted }, (_, field) => [
            `textarea[name="q${field}"]`,
            { drafted_chars: 300, edit_chars: Math.round(habit * (0.5 + random())) },
          ]),
        );
        events.push(
          makeEvent({
            install_id: `install-${style}-${String(install).padStart(3, '0')}`,
            occurred_at: new Date(NOW - (0.5 + random() * 5) * DAY).toISOString(),
            experiments: { gen_style: style },
            ...(drafted > 0 ? { draft_stats, gen_style_id: style } : {}),
          }),
        );
      }
    }
  }
  const store = createSqliteStore(dbPath);
  for (let i = 0; i < events.length; i += 100) await store.events.insertEvents(events.slice(i, i + 100), NOW);
  await store.close();
  return dbPath;
}

async function report(dbPath: string, format: 'json' | 'table') {
  const tuning = join(makeTempDir(), 'tuning.json');
  writeFileSync(tuning, JSON.stringify({ experiments: { gen_style: STYLES } }));
  let stdout = '';
  let stderr = '';
  const code = await reportCommand(
    loadConfig({}),
    ['--db', dbPath, '--tuning', tuning, '--days', '7', '--format', format],
    {
      stdout: (text) => (stdout += text),
      stderr: (text) => (stderr += text),
      now: () => NOW,
    },
  );
  expect(code, stderr).toBe(0);
  return stdout;
}

describe('companion-server report: drafting styles', () => {
  it('compares the gen_style arms on edit characters per drafted answer, at the install level', async () => {
    const dbPath = await styleDatabase();
    const parsed = JSON.parse(await report(dbPath, 'json')) as ImpactReport;
    const experiment = parsed.experiments.find((entry) => entry.name === 'gen_style')!;
    const [comparison] = experiment.comparisons;
    const drafts = comparison!.installLevel.differences.draftEditCharsPerDraft!;
    expect(drafts.installs).toEqual({ treatment: 25, control: 25 });
    // The control is the first arm of the tuning file (paragraph): bullets drafts get rewritten more.
    expect(`${comparison!.arm} - ${comparison!.control}`).toBe('bullets - paragraph');
    expect(drafts.difference).toBeGreaterThan(25);
    expect(drafts.interval!.low).toBeGreaterThan(0);
    const arms = Object.fromEntries(experiment.arms.map((arm) => [arm.arm, arm.installLevel.draftEditCharsPerDraft]));
    expect(arms.paragraph!.value).toBeGreaterThan(10);
    expect(arms.paragraph!.value).toBeLessThan(35);
    expect(arms.bullets!.installs).toBe(25);

    const table = await report(dbPath, 'table');
    expect(table).toMatch(/edit chars\/draft\s+\+\d+\.\d {2}installs \[\+\d+\.\d, \+\d+\.\d\]/);
  });
});
