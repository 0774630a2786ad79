/**
 * The learning loop end to end, in a real browser with the demo extension and a real server (the
 * same scenario in Chromium and Firefox: learning-loop.<browser>.test.ts):
 * heuristics fill a Greenhouse-like form, users correct every field that is not what the page's
 * ground truth (greenhouse.truth.json) asks for, the server aggregates their votes, and a new
 * install's next visit has more fields right, none broken, and needs no edits.
 * Every request the extension sends passes a recording proxy; the last test proves the user's
 * values (canaries) reached neither the wire nor the server's database or logs.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { metricValue } from '@companion-autofill/test-kit/learning-events';
import { runCli, startServerProcess, type ServerProcess } from '@companion-autofill/test-kit/server-process';
import { buildExtensionForTest, type BuiltExtension } from '../support/built-extension.ts';
import { CANARY_NEEDLES, CANARY_VALUES, leakedNeedles } from '../support/canary-profile.ts';
import { configureForE2e } from '../support/configured-rig.ts';
import type { E2ePage } from '../support/e2e-page.ts';
import {
  storedEvents,
  storedRuns,
  waitForStoredRuns,
  withStore,
  type StoredRun,
} from '@companion-autofill/test-kit/store-reads';
import type { BrowserUnderTest, ExtensionInstall } from '../support/extension-install.ts';
import { startFixtureSite, type FixtureSite } from '../support/fixture-site.ts';
import { readFixtureTruth, rightFields, wrongFields } from '../support/fixture-truth.ts';
import { startRecordingProxy, type RecordingProxy } from '../support/recording-proxy.ts';

/** The Greenhouse-like form and what each of its fields asks for (greenhouse.truth.json). */
const PAGE = 'greenhouse.html';
const TRUTH = readFixtureTruth(PAGE);

/** Options of {@link describeLearningLoop}. */
export interface LearningLoopOptions {
  /** Where to save the popup after the learned fill (the demo README's screenshot); none when absent. */
  popupScreenshotPath?: string;
}

const rightOn = (page: E2ePage) => rightFields(TRUTH, (selector) => page.inputValue(selector));
const wrongOn = (page: E2ePage) => wrongFields(TRUTH, (selector) => page.inputValue(selector));

/** The user fixes every field whose value is not the truth with their own value, key by key, and submits. */
async function correctAndSubmit(page: E2ePage): Promise<void> {
  for (const selector of await wrongOn(page)) await page.retype(selector, TRUTH.rightValue(selector));
  await submitForm(page);
}

async function submitForm(page: E2ePage): Promise<void> {
  await page.click('#submit_app');
  await page.waitVisible('#submitted');
}

/** The one stored run of `installId` with `profileSource` (each install's runs here differ by source). */
function runOf(runs: readonly StoredRun[], installId: string, profileSource: StoredRun['profileSource']): StoredRun {
  const found = runs.filter((run) => run.installId === installId && run.profileSource === profileSource);
  expect(found, `${profileSource} runs of ${installId}`).toHaveLength(1);
  return found[0]!;
}

/** The final maps of the stored events of one install, read through the store port. */
async function storedFinalMaps(dbPath: string, installId: string): Promise<Record<string, string>[]> {
  const events = await withStore(dbPath, storedEvents);
  return events.filter((event) => event.installId === installId).map((event) => event.finalMap);
}

/** The learning loop and the PII canary in `target`, one `describe` for the calling test file. */
export function describeLearningLoop(target: BrowserUnderTest, options: LearningLoopOptions = {}): void {
  /**
   * What the first install's heuristic fill got right and wrong, judged at run time against the
   * page's truth: the test holds learning to improving on whatever heuristics miss, not to today's
   * particular mistakes. The fixture asks for what words alone do not tell, so there is something to learn.
   */
  let rightBeforeLearning: string[] = [];
  let mistakes: string[] = [];
  let extension: BuiltExtension;
  let site: FixtureSite;
  let server: ServerProcess;
  let proxy: RecordingProxy;
  let installA: ExtensionInstall | undefined;
  let visits = 0;

  beforeAll(async () => {
    [extension, site, server] = await Promise.all([buildExtensionForTest(), startFixtureSite(), startServerProcess()]);
    proxy = await startRecordingProxy(server.url);
  });

  afterAll(async () => {
    await installA?.close();
    await Promise.all([proxy?.close(), site?.close(), server?.stop()]);
  });

  /** A fresh browser profile with the extension: opted in, filling on load, values = canaries. */
  async function newInstall(): Promise<ExtensionInstall> {
    return configureForE2e(await target.launch(extension.dir), proxy.url);
  }

  /** Opens the form and waits for the automatic fill. */
  async function visit(install: ExtensionInstall) {
    const page = await install.open(site.url(PAGE, String(++visits)));
    const status = await install.waitForRuns(page, 1);
    return { page, status };
  }

  async function metrics(): Promise<string> {
    return (await fetch(`${server.url}/metrics`)).text();
  }

  describe(`learning loop in ${target.name}`, () => {
    it('first visit: heuristics fill, the user corrects what they got wrong, the run is stored as an edited ok run', async () => {
      installA = await newInstall();
      const { page, status } = await visit(installA);
      expect(status).toMatchObject({ profileSource: 'heuristics_only', serverStatus: 'unknown' });
      rightBeforeLearning = await rightOn(page);
      mistakes = await wrongOn(page);
      expect(mistakes.length, 'the fixture asks for something words alone cannot tell').toBeGreaterThan(0);

      await correctAndSubmit(page);
      const run = runOf(await waitForStoredRuns(server.dbPath, 1), installA.installId, 'heuristics_only');
      expect(run.status).toBe('ok');
      expect(run.editChars).toBeGreaterThan(0);
      // The corrections made the run's final map the page's truth.
      expect(await storedFinalMaps(server.dbPath, installA.installId)).toEqual([TRUTH.finalMap]);
      await page.close();
    });

    it('the same install remembers its corrections: the next visit is local_only and needs no edit', async () => {
      const install = installA as ExtensionInstall;
      const { page, status } = await visit(install);
      expect(status).toMatchObject({
        profileSource: 'local_only',
        serverStatus: 'unknown',
        fieldsFilled: TRUTH.selectors.length,
      });
      expect(await wrongOn(page)).toEqual([]);
      await submitForm(page);
      const runs = await waitForStoredRuns(server.dbPath, 2);
      expect(runOf(runs, install.installId, 'local_only')).toMatchObject({ status: 'ok', editChars: 0 });
      await page.close();
    });

    it('two more installs hit the same mistakes and make the same corrections', async () => {
      for (const storedCount of [3, 4]) {
        const install = await newInstall();
        const { page, status } = await visit(install);
        expect(status.profileSource).toBe('heuristics_only');
        expect(await wrongOn(page)).toEqual(mistakes);
        await correctAndSubmit(page);
        const runs = await waitForStoredRuns(server.dbPath, storedCount);
        expect(runOf(runs, install.installId, 'heuristics_only').status).toBe('ok');
        expect(await storedFinalMaps(server.dbPath, install.installId)).toEqual([TRUTH.finalMap]);
        await install.close();
      }
      const runs = await withStore(server.dbPath, storedRuns);
      expect(new Set(runs.map((run) => run.installId)).size).toBe(3);
    });

    it('corrections improve the next install: after aggregation a new install fills more fields right and breaks none', async () => {
      const aggregate = await runCli(['aggregate', '--db', server.dbPath]);
      expect(aggregate.code).toBe(0);
      expect(JSON.parse(aggregate.stdout)).toMatchObject({ status: 'ok' });

      const before = await metrics();
      const installD = await newInstall();
      const { page, status } = await visit(installD);
      expect(status).toMatchObject({ profileSource: 'server_only', serverStatus: 'ok' });
      const rightAfterLearning = await rightOn(page);
      // Nothing the heuristics had right was broken, and strictly more is right than before.
      expect(rightAfterLearning).toEqual(expect.arrayContaining(rightBeforeLearning));
      expect(rightAfterLearning.length).toBeGreaterThan(rightBeforeLearning.length);
      // Three installs made the same corrections: every one of them was learned.
      expect(rightAfterLearning).toEqual(expect.arrayContaining(mistakes));
      expect(status.fieldsFilled).toBe(TRUTH.selectors.length);

      await submitForm(page);
      const runs = await waitForStoredRuns(server.dbPath, 5);
      expect(runOf(runs, installD.installId, 'server_only')).toMatchObject({ status: 'ok', editChars: 0 });
      expect(await storedFinalMaps(server.dbPath, installD.installId)).toEqual([TRUTH.finalMap]);

      // What the user sees in the popup after applying.
      const popup = await installD.openPopup(page);
      expect(await popup.text('#profile-source')).toBe('Learned from server');
      expect(await popup.text('#fields-filled')).toBe(`${TRUTH.selectors.length} fields filled`);
      expect(await popup.text('#stats')).toMatch(
        /^Companion saved you ~[1-9]\d* keystrokes this week \(1 fill,|^1 run sent/,
      );
      if (options.popupScreenshotPath !== undefined) await popup.screenshot(options.popupScreenshotPath);
      await popup.close();
      await installD.close();

      // The loop, measured: one more ok run from the server profile, and not one more edited char.
      const after = await metrics();
      const host = { host: '127.0.0.1' };
      expect(
        metricValue(after, 'applylens_autofill_runs_by_source_total', { profile_source: 'server_only', status: 'ok' }),
      ).toBe(
        metricValue(before, 'applylens_autofill_runs_by_source_total', {
          profile_source: 'server_only',
          status: 'ok',
        }) + 1,
      );
      expect(metricValue(after, 'applylens_autofill_edit_chars_total', host)).toBe(
        metricValue(before, 'applylens_autofill_edit_chars_total', host),
      );
      expect(metricValue(after, 'applylens_autofill_time_ms_count', host)).toBe(
        metricValue(before, 'applylens_autofill_time_ms_count', host) + 1,
      );
    });

    it('an install with its own corrections and a learned profile fills merged', async () => {
      const install = installA as ExtensionInstall;
      const { page, status } = await visit(install);
      expect(status).toMatchObject({ profileSource: 'merged', serverStatus: 'ok' });
      expect(await wrongOn(page)).toEqual([]);
      await submitForm(page);
      const runs = await waitForStoredRuns(server.dbPath, 6);
      expect(runOf(runs, install.installId, 'merged')).toMatchObject({ status: 'ok', editChars: 0 });
      await page.close();
    });

    it('/metrics agrees with the stored runs: counts by status and source, edit chars, time-to-fill', async () => {
      const runs = await withStore(server.dbPath, storedRuns);
      const text = await metrics();
      const host = { host: '127.0.0.1' };
      expect(metricValue(text, 'applylens_autofill_runs_total', { status: 'ok', ...host })).toBe(6);
      const bySource = (source: string) =>
        metricValue(text, 'applylens_autofill_runs_by_source_total', { profile_source: source, status: 'ok' });
      expect([
        bySource('heuristics_only'),
        bySource('local_only'),
        bySource('server_only'),
        bySource('merged'),
      ]).toEqual([3, 1, 1, 1]);
      const editChars = runs.reduce((sum, run) => sum + run.editChars, 0);
      expect(editChars).toBeGreaterThan(0);
      expect(metricValue(text, 'applylens_autofill_edit_chars_total', host)).toBe(editChars);
      expect(metricValue(text, 'applylens_autofill_time_ms_count', host)).toBe(6);
      expect(metricValue(text, 'applylens_autofill_time_ms_sum', host)).toBe(
        runs.reduce((sum, run) => sum + run.durationMs, 0),
      );
      expect(metricValue(text, 'applylens_autofill_time_ms_bucket', { ...host, le: '+Inf' })).toBe(6);
    });

    it('PII canary: the values filled and typed never reached the wire, the database files or the logs', async () => {
      await installA?.close();
      installA = undefined;
      // The detector itself finds every canary in the values the user had.
      expect(leakedNeedles(JSON.stringify(CANARY_VALUES))).toEqual([...CANARY_NEEDLES]);
      // The proxy saw the real traffic: every event went through it.
      const syncBodies = proxy.requests.filter((request) => request.url.startsWith('/api/extension/learning/sync'));
      const eventsOnWire = syncBodies.flatMap(
        (request) => (JSON.parse(request.body.toString('utf8')) as { events: unknown[] }).events,
      );
      expect(eventsOnWire.length).toBeGreaterThanOrEqual(6);
      expect(proxy.requests.some((request) => request.url.startsWith('/api/extension/learning/profile'))).toBe(true);
      for (const request of proxy.requests) {
        expect(
          leakedNeedles(`${request.url}\n${JSON.stringify(request.headers)}\n${request.body.toString('latin1')}`),
        ).toEqual([]);
      }

      await server.stop();
      const dbDir = dirname(server.dbPath);
      const dbFiles = readdirSync(dbDir).filter((name) => name.startsWith('companion.db'));
      expect(dbFiles).toContain('companion.db');
      for (const name of dbFiles) expect(leakedNeedles(readFileSync(join(dbDir, name)).toString('latin1'))).toEqual([]);
      expect(server.logs().length).toBeGreaterThan(0);
      expect(leakedNeedles(server.logs())).toEqual([]);
    });
  });
}
