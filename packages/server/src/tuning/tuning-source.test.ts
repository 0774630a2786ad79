import { createHash } from 'node:crypto';
import { renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Registry } from 'prom-client';
import { afterEach, describe, expect, it } from 'vitest';
import { metricValue } from '@companion-autofill/test-kit/learning-events';
import { makeTempDir } from '@companion-autofill/test-kit/server-process';
import { ConfigError } from '../config/load-config.ts';
import { resolveThresholds } from './resolve-thresholds.ts';
import { createTuningSource, type ReloadResult, type TuningSource, type TuningSourceOptions } from './tuning-source.ts';

const ENV = { minSuccessRate: 0.6, maxAvgEditChars: 500 };
const HOST = 'boards.example.com';

let sources: TuningSource[] = [];
afterEach(() => {
  for (const source of sources) source.close();
  sources = [];
});

function versionOf(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 12);
}

function fileWith(minSuccess: number): string {
  return `${JSON.stringify({ quality: { hosts: { [HOST]: { min_success: minSuccess } } } }, null, 2)}\n`;
}

/** A source over a real temp file, with its registry, log lines and a promise for the next reload. */
function start(text: string, options: Partial<TuningSourceOptions> = {}) {
  const path = join(makeTempDir(), 'tuning.json');
  writeFileSync(path, text);
  const registry = new Registry();
  const errors: string[] = [];
  const infos: string[] = [];
  let wake: ((result: ReloadResult) => void) | undefined;
  const source = createTuningSource({
    path,
    registry,
    log: { info: (line) => infos.push(line), error: (line) => errors.push(line) },
    reloadSignal: null,
    debounceMs: 20,
    onReload: (result) => wake?.(result),
    ...options,
  });
  sources.push(source);
  return {
    path,
    source,
    errors,
    infos,
    metrics: () => registry.metrics(),
    nextReload: () => new Promise<ReloadResult>((resolve) => (wake = resolve)),
  };
}

function infoSeries(text: string): string[] {
  return text.split('\n').filter((line) => line.startsWith('applylens_autofill_tuning_config_info{'));
}

describe('createTuningSource over a real file', () => {
  it('loads the file at start and shows its version', async () => {
    const text = fileWith(0.3);
    const { source, metrics } = start(text);
    expect(resolveThresholds(HOST, source.current(), ENV)).toEqual({ minSuccessRate: 0.3, maxAvgEditChars: 500 });
    expect(source.version()).toBe(versionOf(text));
    const exposition = await metrics();
    expect(infoSeries(exposition)).toEqual([`applylens_autofill_tuning_config_info{version="${versionOf(text)}"} 1`]);
    expect(metricValue(exposition, 'applylens_autofill_tuning_reloads_total', { result: 'ok' })).toBe(0);
    expect(metricValue(exposition, 'applylens_autofill_tuning_reloads_total', { result: 'error' })).toBe(0);
  });

  it('picks up an edited host threshold without a restart', async () => {
    const { path, source, metrics, nextReload } = start(fileWith(0.3));
    const reloaded = nextReload();
    const edited = fileWith(0.95);
    writeFileSync(path, edited);
    expect(await reloaded).toEqual({ result: 'ok', version: versionOf(edited), changed: true });
    expect(resolveThresholds(HOST, source.current(), ENV).minSuccessRate).toBe(0.95);
    const exposition = await metrics();
    expect(infoSeries(exposition)).toEqual([`applylens_autofill_tuning_config_info{version="${versionOf(edited)}"} 1`]);
    expect(metricValue(exposition, 'applylens_autofill_tuning_reloads_total', { result: 'ok' })).toBeGreaterThanOrEqual(
      1,
    );
  });

  it('picks up a file replaced by rename, as config tools write it', async () => {
    const { path, source, nextReload } = start(fileWith(0.3));
    const reloaded = nextReload();
    writeFileSync(`${path}.tmp`, fileWith(0.4));
    renameSync(`${path}.tmp`, path);
    expect((await reloaded).result).toBe('ok');
    expect(resolveThresholds(HOST, source.current(), ENV).minSuccessRate).toBe(0.4);
  });

  it('keeps the last good tuning when the file becomes broken JSON, and says why', async () => {
    const good = fileWith(0.3);
    const { path, source, metrics, errors, nextReload } = start(good);
    const reloaded = nextReload();
    writeFileSync(path, '{ "quality": { "hosts": ');
    const result = await reloaded;
    expect(result).toMatchObject({ result: 'error', version: versionOf(good) });
    expect(resolveThresholds(HOST, source.current(), ENV).minSuccessRate).toBe(0.3);
    const exposition = await metrics();
    expect(
      metricValue(exposition, 'applylens_autofill_tuning_reloads_total', { result: 'error' }),
    ).toBeGreaterThanOrEqual(1);
    expect(infoSeries(exposition)).toEqual([`applylens_autofill_tuning_config_info{version="${versionOf(good)}"} 1`]);
    expect(errors.at(-1)).toContain('COMPANION_TUNING_FILE=');
    expect(errors.at(-1)).toContain(`keeping version ${versionOf(good)}: not valid JSON`);
  });

  it('keeps the last good tuning when an edit breaks the schema, naming the key', async () => {
    const { path, source, errors } = start(fileWith(0.3), { watch: false });
    writeFileSync(path, JSON.stringify({ quality: { hosts: { [HOST]: { min_sucess: 0.9 } } } }));
    const result = await source.reload();
    expect(result).toMatchObject({ result: 'error', problems: [`quality.hosts.${HOST}: unknown key min_sucess`] });
    expect(resolveThresholds(HOST, source.current(), ENV).minSuccessRate).toBe(0.3);
    expect(errors.at(-1)).toContain(`quality.hosts.${HOST}: unknown key min_sucess`);
  });

  it('keeps the last good tuning when the file disappears', async () => {
    const { path, source } = start(fileWith(0.3), { watch: false });
    renameSync(path, `${path}.gone`);
    expect(await source.reload()).toMatchObject({
      result: 'error',
      problems: [expect.stringMatching(/^cannot be read: ENOENT/)],
    });
    expect(resolveThresholds(HOST, source.current(), ENV).minSuccessRate).toBe(0.3);
  });

  it('counts a reload of an unchanged file as ok and unchanged', async () => {
    const { source, infos } = start(fileWith(0.3), { watch: false });
    const before = infos.length;
    expect(await source.reload()).toMatchObject({ result: 'ok', changed: false });
    expect(infos).toHaveLength(before);
  });

  it('reloads on SIGHUP, and stops listening on close', async () => {
    const listenersBefore = process.listenerCount('SIGHUP');
    const { path, source, nextReload } = start(fileWith(0.3), { watch: false, reloadSignal: 'SIGHUP' });
    expect(process.listenerCount('SIGHUP')).toBe(listenersBefore + 1);
    writeFileSync(path, fileWith(0.8));
    const reloaded = nextReload();
    process.emit('SIGHUP', 'SIGHUP');
    expect((await reloaded).result).toBe('ok');
    expect(resolveThresholds(HOST, source.current(), ENV).minSuccessRate).toBe(0.8);
    source.close();
    expect(process.listenerCount('SIGHUP')).toBe(listenersBefore);
  });

  it('applies concurrent reloads in order: the last read wins', async () => {
    const { path, source } = start(fileWith(0.3), { watch: false });
    writeFileSync(path, fileWith(0.4));
    const first = source.reload();
    writeFileSync(path, fileWith(0.5));
    const second = source.reload();
    await Promise.all([first, second]);
    expect(resolveThresholds(HOST, source.current(), ENV).minSuccessRate).toBe(0.5);
  });
});

describe('createTuningSource at start-up', () => {
  it('refuses a bad file with a ConfigError naming the variable', () => {
    expect(() => start('{"quality":{"default":{"min_success":7}}}')).toThrow(ConfigError);
    expect(() => start('{"quality":{"default":{"min_success":7}}}')).toThrow(
      /^COMPANION_TUNING_FILE=.* is invalid: quality\.default\.min_success: too big \(max 1\)$/,
    );
  });

  it('refuses a missing file', () => {
    const registry = new Registry();
    const path = join(makeTempDir(), 'absent.json');
    expect(() => createTuningSource({ path, registry, log: { info() {}, error() {} } })).toThrow(
      /COMPANION_TUNING_FILE=.*absent\.json cannot be read: ENOENT/,
    );
  });

  it('runs without a file: no experiment, no override, version none', async () => {
    const registry = new Registry();
    const listenersBefore = process.listenerCount('SIGHUP');
    const source = createTuningSource({ path: undefined, registry, log: { info() {}, error() {} } });
    sources.push(source);
    expect(source.current()).toEqual({ experiments: {}, quality: { default: {}, families: {}, hosts: {} } });
    expect(process.listenerCount('SIGHUP')).toBe(listenersBefore);
    expect(infoSeries(await registry.metrics())).toEqual(['applylens_autofill_tuning_config_info{version="none"} 1']);
  });
});
