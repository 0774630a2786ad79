import { createHash } from 'node:crypto';
import { renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { LearningEvent } from '@companion-autofill/sdk/protocol';
import { makeEvent, metricValue, postBatch } from '@companion-autofill/test-kit/learning-events';
import {
  makeTempDir,
  runCli,
  startServerProcess,
  type ServerProcess,
} from '@companion-autofill/test-kit/server-process';

const FORM = { host: 'boards.example.com', schema_hash: 'v1:5555555555555555' } as const;
const MAP = { '[name="q1"]': 'first_name', '[name="q2"]': 'email' };
/** Long enough for a debounced reload on a loaded machine; waitFor returns as soon as it holds. */
const RELOAD_WAIT = { timeout: 15_000, interval: 50 };

let servers: ServerProcess[] = [];
afterEach(async () => {
  await Promise.all(servers.map((s) => s.stop()));
  servers = [];
});

function versionOf(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 12);
}

function tuningText(minSuccess: number): string {
  return `${JSON.stringify({ quality: { hosts: { [FORM.host]: { min_success: minSuccess } } } }, null, 2)}\n`;
}

/** Replaces the file the way config tools do: write a temp file, rename it over. */
function replaceFile(path: string, text: string): void {
  writeFileSync(`${path}.tmp`, text);
  renameSync(`${path}.tmp`, path);
}

function runs(count: number, install: string, overrides: Partial<LearningEvent> = {}): LearningEvent[] {
  return Array.from({ length: count }, () => makeEvent({ ...FORM, install_id: install, final_map: MAP, ...overrides }));
}

/** A server over a learned profile whose success rate is 0.8 (4 ok, 1 validation error). */
async function serverWithProfile(tuningFile: string): Promise<ServerProcess> {
  const server = await startServerProcess({ env: { COMPANION_TUNING_FILE: tuningFile } });
  servers.push(server);
  await postBatch(server.url, [
    ...runs(2, 'install-aaaa0001'),
    ...runs(2, 'install-bbbb0002'),
    ...runs(1, 'install-bbbb0002', { status: 'validation_error' }),
  ]);
  const aggregated = await runCli(['aggregate', '--db', server.dbPath]);
  expect(aggregated.code, aggregated.stderr).toBe(0);
  return server;
}

async function profileStatus(server: ServerProcess): Promise<{ status: string; reason?: string }> {
  const response = await fetch(
    `${server.url}/api/extension/learning/profile?host=${FORM.host}&schema_hash=${FORM.schema_hash}`,
  );
  expect(response.status).toBe(200);
  return (await response.json()) as { status: string; reason?: string };
}

async function metrics(server: ServerProcess): Promise<string> {
  return (await fetch(`${server.url}/metrics`)).text();
}

function liveVersions(text: string): string[] {
  return [...text.matchAll(/^applylens_autofill_tuning_config_info\{version="([^"]+)"\} 1$/gm)].map(
    (m) => m[1] as string,
  );
}

describe('COMPANION_TUNING_FILE in a running server', () => {
  it('applies an edited host threshold without a restart, and keeps it through a broken edit', async () => {
    const path = join(makeTempDir(), 'tuning.json');
    const strict = tuningText(0.9);
    writeFileSync(path, strict);
    const server = await serverWithProfile(path);
    expect(await profileStatus(server)).toMatchObject({ status: 'rejected', reason: 'low_success_rate' });
    expect(liveVersions(await metrics(server))).toEqual([versionOf(strict)]);

    const lenient = tuningText(0.5);
    replaceFile(path, lenient);
    await vi.waitFor(async () => expect((await profileStatus(server)).status).toBe('ok'), RELOAD_WAIT);
    let text = await metrics(server);
    expect(liveVersions(text)).toEqual([versionOf(lenient)]);
    expect(metricValue(text, 'applylens_autofill_tuning_reloads_total', { result: 'ok' })).toBeGreaterThanOrEqual(1);
    expect(metricValue(text, 'applylens_autofill_tuning_reloads_total', { result: 'error' })).toBe(0);

    replaceFile(path, '{ "quality": { "hosts": { "boards.example.com": { "min_success": 0.99 ');
    await vi.waitFor(
      async () =>
        expect(metricValue(await metrics(server), 'applylens_autofill_tuning_reloads_total', { result: 'error' })).toBe(
          1,
        ),
      RELOAD_WAIT,
    );
    text = await metrics(server);
    expect(liveVersions(text)).toEqual([versionOf(lenient)]);
    expect((await profileStatus(server)).status).toBe('ok');
    expect(server.logs()).toContain(`keeping version ${versionOf(lenient)}: not valid JSON`);

    // A schema error is reported by key, and also leaves the last good file in force.
    replaceFile(path, JSON.stringify({ quality: { hosts: { [FORM.host]: { min_success: 0.99, max_edits: 1 } } } }));
    await vi.waitFor(
      async () =>
        expect(metricValue(await metrics(server), 'applylens_autofill_tuning_reloads_total', { result: 'error' })).toBe(
          2,
        ),
      RELOAD_WAIT,
    );
    expect(server.logs()).toContain(`quality.hosts.${FORM.host}: unknown key max_edits`);
    expect((await profileStatus(server)).status).toBe('ok');
    expect(liveVersions(await metrics(server))).toEqual([versionOf(lenient)]);
  });

  it('reloads on SIGHUP', async () => {
    const path = join(makeTempDir(), 'tuning.json');
    writeFileSync(path, tuningText(0.5));
    const server = await serverWithProfile(path);
    expect((await profileStatus(server)).status).toBe('ok');
    const before = metricValue(await metrics(server), 'applylens_autofill_tuning_reloads_total', { result: 'ok' });

    process.kill(server.pid, 'SIGHUP');
    await vi.waitFor(
      async () =>
        expect(
          metricValue(await metrics(server), 'applylens_autofill_tuning_reloads_total', { result: 'ok' }),
        ).toBeGreaterThan(before),
      RELOAD_WAIT,
    );
    expect(server.logs()).toContain('SIGHUP received');
    expect((await profileStatus(server)).status).toBe('ok'); // still serving: SIGHUP did not end it
  });

  it('refuses to start on a bad tuning file, naming the variable and the problem', async () => {
    const path = join(makeTempDir(), 'tuning.json');
    writeFileSync(path, JSON.stringify({ quality: { families: { greenhous: { min_success: 0.5 } } } }));
    await expect(startServerProcess({ env: { COMPANION_TUNING_FILE: path } })).rejects.toThrow(
      /exited with 78[\s\S]*COMPANION_TUNING_FILE=.*tuning\.json is invalid: quality\.families: unknown key greenhous/,
    );
  });

  it('runs without a tuning file, showing version none', async () => {
    const server = await startServerProcess();
    servers.push(server);
    expect(liveVersions(await metrics(server))).toEqual(['none']);
  });
});
