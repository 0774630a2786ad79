import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from '@playwright/test';
import type { LearningEvent } from '../src/protocol/index.ts';
import type { CompanionContent, DraftQuestion, RunReport } from '../src/content/index.ts';
import { type Harness, startHarness } from './support/harness.ts';

/** How the page's hook answers: in the asked style, at once, after a delay, or by throwing. */
type HookMode = 'answer' | 'slow' | 'throws' | 'none';

interface PageState {
  companion: CompanionContent;
  asked: DraftQuestion[];
  events: LearningEvent[];
  report: Promise<RunReport> | undefined;
}
type TestWindow = Window & { t: PageState };

let harness: Harness;
let page: Page;

beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => harness?.close());

/** Opens the fixture with a content side whose draft hook behaves as `mode`; `experiments` is the server's answer. */
async function open(mode: HookMode, experiments: Record<string, string> = {}): Promise<void> {
  page = await harness.open('/drafts.html');
  await page.evaluate(
    ({ mode, experiments }) => {
      const sdk = window.companionSdk;
      const state = { asked: [], events: [], report: undefined } as unknown as PageState;
      const draftAnswer = (question: DraftQuestion) => {
        state.asked.push({ ...question, values: { ...question.values } });
        const text = `[${question.styleId}] ${question.values.first_name} drafts an answer to: ${question.question}`;
        if (mode === 'throws') throw new Error('model unavailable');
        if (mode === 'slow') return new Promise<string>((resolve) => setTimeout(() => resolve(text), 2_000));
        return text;
      };
      state.companion = sdk.createCompanionContent({
        installId: 'install-test-0001',
        host: 'jobs.example.com',
        storage: sdk.createMemoryStorage(),
        profilePort: {
          getProfile: async () => ({
            status: 'disabled',
            canonicalMap: {},
            experiments,
            formatMap: {},
            fieldPredictions: {},
          }),
        },
        eventSink: { queue: async (event) => void state.events.push(event) },
        profileValues: () => ({ first_name: 'Ada', email: 'ada@example.com' }),
        consent: () => true,
        genStyleId: 'house-style',
        draftTimeoutMs: 300,
        ...(mode === 'none' ? {} : { draftAnswer }),
      });
      (window as unknown as TestWindow).t = state;
    },
    { mode, experiments },
  );
}

async function autofill(): Promise<void> {
  await page.evaluate(async () => {
    const { t } = window as unknown as TestWindow;
    const run = await t.companion.autofill();
    if (run.kind === 'run') t.report = run.finished;
  });
}

const valueOf = (name: string) => page.locator(`[name="${name}"]`).inputValue();

describe('drafted answers', () => {
  it('drafts the empty open questions in the server’s style and reports each one’s edit distance, never the text', async () => {
    await open('answer', { gen_style: 'bullets' });
    await autofill();
    const why = await valueOf('q_why');
    expect(why).toBe('[bullets] Ada drafts an answer to: Why do you want to join Northwind?');
    expect([...(await valueOf('q_short'))].length).toBeLessThanOrEqual(40);
    expect(await valueOf('q_else')).toBe('I already wrote this.');
    expect(await valueOf('q_hear')).toBe('');
    expect(await valueOf('q_notice')).toBe('');
    expect(await valueOf('first_name')).toBe('Ada');
    const asked = await page.evaluate(() => (window as unknown as TestWindow).t.asked);
    // 'Anything else we should know?' already holds the person's words: not even asked.
    expect(asked.map((question) => question.question).sort()).toEqual([
      'Tell us about a project you are proud of',
      'Why do you want to join Northwind?',
    ]);
    expect(asked[0]).toMatchObject({ styleId: 'bullets', section: '', hint: '' });
    expect(asked.find((question) => question.question.startsWith('Tell us'))?.maxLength).toBe(40);

    await page.locator('[name="q_why"]').fill(`${why} Thanks!`);
    await page.locator('button[type="submit"]').click();
    const event = await page.evaluate(async () => (await (window as unknown as TestWindow).t.report)?.event);
    expect(event?.gen_style_id).toBe('bullets');
    expect(event?.draft_stats).toEqual({
      'textarea[name="q_why"]': { drafted_chars: why.length, edit_chars: ' Thanks!'.length },
      'textarea[name="q_short"]': { drafted_chars: [...(await valueOf('q_short'))].length, edit_chars: 0 },
    });
    expect(Object.keys(event?.suggested_map ?? {})).not.toContain('textarea[name="q_why"]');
    expect(JSON.stringify(event)).not.toContain('Northwind');
    expect(JSON.stringify(event)).not.toContain('Ada');
  });

  it('uses the extension’s own style when the server assigns none', async () => {
    await open('answer');
    await autofill();
    expect(await valueOf('q_why')).toMatch(/^\[house-style\] /);
  });

  it('leaves open questions alone without a hook (drafting is opt-in), and when the hook fails or is too slow', async () => {
    for (const mode of ['none', 'throws', 'slow'] as const) {
      await open(mode);
      await autofill();
      expect({ mode, why: await valueOf('q_why'), name: await valueOf('first_name') }).toEqual({
        mode,
        why: '',
        name: 'Ada',
      });
    }
  });
});
