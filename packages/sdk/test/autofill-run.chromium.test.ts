import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from '@playwright/test';
import { LearningEvent } from '../src/protocol/index.ts';
import type { AutofillRun, CompanionContent, RunReport } from '../src/content/index.ts';
import { type Harness, startHarness } from './support/harness.ts';

/** The user's own values. None of them may appear in an event. */
const VALUES = {
  first_name: 'Ada',
  last_name: 'Lovelace',
  email: 'ada@example.com',
  phone: '+44 20 7946 0000',
  city: 'London',
  linkedin_url: 'https://linkedin.com/in/ada-canary',
};

/** What the user types over the filled phone: one digit changed. */
const TYPED_PHONE = '+44 20 7946 0009';

interface Setup {
  profile: 'ok' | 'throws';
  consent: boolean;
  values: Record<string, string>;
}

/** Page-side test state, on `window.t`. */
interface PageState {
  companion: CompanionContent;
  runs: AutofillRun[];
  events: LearningEvent[];
  profileQueries: string[];
  clock: number;
}
type TestWindow = Window & { t: PageState };

let harness: Harness;
let page: Page;

beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => harness?.close());

/** Opens the fixture and creates the content side with stub ports, a fake clock and in-memory storage. */
async function open(setup: Setup): Promise<void> {
  page = await harness.open('/content.html');
  await page.evaluate((setup) => {
    const sdk = window.companionSdk;
    const state = { runs: [], events: [], profileQueries: [], clock: 1_000 } as unknown as PageState;
    state.companion = sdk.createCompanionContent({
      installId: 'install-test-0001',
      host: 'jobs.example.com',
      storage: sdk.createMemoryStorage(),
      profilePort: {
        async getProfile(host, schemaHash) {
          state.profileQueries.push(`${host} ${schemaHash}`);
          if (setup.profile === 'throws') throw new Error('background unreachable');
          return {
            status: 'ok',
            canonicalMap: { 'input[name="q1"]': 'city' },
            experiments: { profile_holdout: 'treatment' },
            formatMap: {},
            fieldPredictions: {},
          };
        },
      },
      eventSink: { queue: async (event) => void state.events.push(event) },
      profileValues: () => setup.values,
      consent: () => setup.consent,
      clock: () => state.clock,
      now: () => Date.UTC(2026, 10, 27, 12, 0, 0),
    });
    (window as unknown as TestWindow).t = state;
  }, setup);
}

/** Runs autofill and returns the serializable part of the run. */
function autofill() {
  return page.evaluate(async () => {
    const { t } = window as unknown as TestWindow;
    const run = await t.companion.autofill();
    if (run.kind !== 'run') return run;
    t.runs.push(run);
    const { kind, schemaHash, suggestedMap, outcomes, profileSource } = run;
    return { kind, schemaHash, suggestedMap, outcomes, profileSource };
  });
}

const finished = () =>
  page.evaluate(() => (window as unknown as TestWindow).t.runs.at(-1)?.finished as Promise<RunReport>);
const sinkEvents = () => page.evaluate(() => (window as unknown as TestWindow).t.events);
const setClock = (ms: number) => page.evaluate((ms) => void ((window as unknown as TestWindow).t.clock = ms), ms);

describe('createCompanionContent', () => {
  it('fills, watches the submit, learns and queues an event without any value', async () => {
    await open({ profile: 'ok', consent: true, values: VALUES });
    const run = await autofill();
    expect(run.kind).toBe('run');
    if (run.kind !== 'run') return;
    expect(run.schemaHash).toMatch(/^v1:[0-9a-f]{16}$/);
    expect(await page.evaluate(() => (window as unknown as TestWindow).t.profileQueries)).toEqual([
      `jobs.example.com ${run.schemaHash}`,
    ]);
    expect(run.suggestedMap).toMatchObject({
      'input[name="q1"]': 'city',
      'input[name="email"]': 'email',
      'input[name="first_name"]': 'first_name',
    });
    expect(await page.inputValue('input[name="first_name"]')).toBe('Ada');
    expect(await page.inputValue('input[name="q1"]')).toBe('London');
    expect(await page.inputValue('input[name="q2"]')).toBe('');

    // The user fixes one digit of the phone and types their LinkedIn URL into an unmapped question.
    await page.fill('input[name="phone"]', TYPED_PHONE);
    await page.fill('input[name="q2"]', VALUES.linkedin_url);
    await setClock(6_000);
    await page.click('button[type="submit"]');

    const report = await finished();
    expect(report).toMatchObject({ outcome: 'queued', status: 'ok' });
    const events = await sinkEvents();
    expect(events).toEqual([report.event]);
    const event = events[0] as LearningEvent;
    // The content side does not validate its events (the background does): what a real run builds must pass.
    expect(LearningEvent.safeParse(event).success).toBe(true);
    expect(event).toMatchObject({
      install_id: 'install-test-0001',
      host: 'jobs.example.com',
      schema_hash: run.schemaHash,
      status: 'ok',
      duration_ms: 5_000,
      occurred_at: '2026-11-27T12:00:00.000Z',
      profile_used: true,
      profile_source: 'server_only',
      experiments: { profile_holdout: 'treatment' },
      suggested_map: run.suggestedMap,
      edit_stats: {
        total_chars_added: 1,
        total_chars_deleted: 1,
        per_field: { 'input[name="phone"]': { added: 1, deleted: 1 } },
      },
    });
    expect(event.field_sources).toMatchObject({ 'input[name="q1"]': 'server', 'input[name="email"]': 'autocomplete' });
    expect(Object.keys(event.field_sources).sort()).toEqual(Object.keys(run.suggestedMap).sort());
    expect(event.final_map).toEqual({ ...run.suggestedMap, 'input[name="q2"]': 'linkedin_url' });

    const serialized = JSON.stringify(events);
    for (const value of [...Object.values(VALUES), TYPED_PHONE, '7946']) expect(serialized).not.toContain(value);
    expect(harness.pageErrors).toEqual([]);
  });

  it('fills a learned correction from local memory on the next run', async () => {
    // Same page as the test above: its run taught q2 = linkedin_url.
    await page.evaluate(() => (document.getElementById('application') as HTMLFormElement).reset());
    const run = await autofill();
    if (run.kind !== 'run') throw new Error(`expected a run, got ${run.reason}`);
    expect(run.suggestedMap['input[name="q2"]']).toBe('linkedin_url');
    expect(run.profileSource).toBe('merged');
    expect(await page.inputValue('input[name="q2"]')).toBe(VALUES.linkedin_url);

    await page.evaluate(() => (window as unknown as TestWindow).t.companion.destroy());
    expect(await finished()).toEqual({ outcome: 'destroyed', status: undefined, event: undefined });
    await page.click('button[type="submit"]');
    expect(await sinkEvents()).toHaveLength(1);
  });

  it('queues nothing without consent, and a failing profile port only means heuristics', async () => {
    await open({ profile: 'throws', consent: false, values: VALUES });
    const run = await autofill();
    if (run.kind !== 'run') throw new Error(`expected a run, got ${run.reason}`);
    expect(run.profileSource).toBe('heuristics_only');
    expect(run.suggestedMap['input[name="q1"]']).toBeUndefined();
    expect(await page.inputValue('input[name="email"]')).toBe('ada@example.com');

    await page.evaluate(() => (document.getElementById('application') as HTMLFormElement).reset());
    const report = await finished();
    expect(report.outcome).toBe('no_consent');
    expect(report.status).toBe('cancelled');
    expect(report.event?.profile_used).toBe(false);
    expect(await sinkEvents()).toEqual([]);
    expect(harness.pageErrors).toEqual([]);
  });

  it('fills a form beyond the wire caps whole and learns from the fields an event can carry', async () => {
    await open({ profile: 'throws', consent: true, values: VALUES });
    // 110 questions of the employer's own (an enterprise page with long histories) before the
    // person's email: more fields than one event may carry.
    await page.evaluate(() => {
      const form = document.getElementById('application')!;
      const questions = Array.from(
        { length: 110 },
        (_, index) => `<label>Employer question ${index + 1} <input name="extra_${index}" /></label>`,
      ).join('');
      form.insertAdjacentHTML('afterbegin', questions);
    });
    const run = await autofill();
    if (run.kind !== 'run') throw new Error(`expected a run, got ${run.reason}`);
    expect(await page.inputValue('input[name="email"]')).toBe('ada@example.com');
    expect(await page.inputValue('input[name="first_name"]')).toBe('Ada');
    await page.fill('input[name="phone"]', TYPED_PHONE);
    await page.click('button[type="submit"]');
    const report = await finished();
    expect(report).toMatchObject({ outcome: 'queued', status: 'ok' });
    const event = report.event as LearningEvent;
    expect(LearningEvent.safeParse(event).success).toBe(true);
    // The fields given a value come first on the wire; the person's fix of one of them is learned.
    expect(event.suggested_map).toMatchObject({ 'input[name="email"]': 'email', 'input[name="phone"]': 'phone' });
    expect(event.edit_stats.per_field).toEqual({ 'input[name="phone"]': { added: 1, deleted: 1 } });
    expect(Object.keys(event.field_signatures ?? {}).length).toBeLessThanOrEqual(100);
    expect(harness.pageErrors).toEqual([]);
  });

  it('skips a page whose fields it cannot fill', async () => {
    await open({ profile: 'ok', consent: true, values: {} });
    expect(await autofill()).toMatchObject({ kind: 'skipped', reason: 'nothing_filled' });
    expect(await sinkEvents()).toEqual([]);
  });
});
