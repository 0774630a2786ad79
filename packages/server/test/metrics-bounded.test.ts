import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeEvent, metricValue, postBatch } from '@companion-autofill/test-kit/learning-events';
import { startServerProcess, type ServerProcess } from '@companion-autofill/test-kit/server-process';

const HOSTS = 10_000;
const CAP = 200;
const TIME_CAP = 50;
let server: ServerProcess;

beforeAll(async () => {
  server = await startServerProcess();
  for (let start = 0; start < HOSTS; start += 100) {
    // One install per batch: the per-install limit counts every event.
    const batch = Array.from({ length: 100 }, (_, i) =>
      makeEvent({ host: `h${start + i}.flood.example.com`, install_id: `install-flood-${start}` }),
    );
    const { body } = await postBatch(server.url, batch);
    expect(body.accepted).toHaveLength(100);
  }
}, 120_000);
afterAll(async () => {
  await server.stop();
});

describe('/metrics under a flood of hosts', () => {
  it('keeps the host label to the cap and counts the overflow', async () => {
    const text = await (await fetch(`${server.url}/metrics`)).text();
    const hosts = new Set([...text.matchAll(/host="([^"]+)"/g)].map((m) => m[1]));
    expect(hosts.size).toBe(CAP + 1);
    expect(hosts.has('__other__')).toBe(true);
    expect(metricValue(text, 'applylens_autofill_runs_total', { status: 'ok', host: '__other__' })).toBe(HOSTS - CAP);
    expect(metricValue(text, 'applylens_autofill_metric_host_overflow_total')).toBe(HOSTS - CAP);
    // 201 hosts × (runs + edit chars) + 51 hosts × 11 histogram series ≈ 1k lines: bounded, whatever the flood.
    expect(text.split('\n').length).toBeLessThan(1_200);
    expect(text.length).toBeLessThan(150 * 1024);
  });

  it('gives the time-to-fill histogram its own lower cap, counting the rest in __other__', async () => {
    const text = await (await fetch(`${server.url}/metrics`)).text();
    const histogramHosts = new Set(
      [...text.matchAll(/^applylens_autofill_time_ms_count\{host="([^"]+)"\}/gm)].map((m) => m[1]),
    );
    expect(histogramHosts.size).toBe(TIME_CAP + 1);
    expect(metricValue(text, 'applylens_autofill_time_ms_count', { host: '__other__' })).toBe(HOSTS - TIME_CAP);
    expect(metricValue(text, 'applylens_autofill_time_ms_count', { host: 'h0.flood.example.com' })).toBe(1);
    expect(text).not.toContain(`applylens_autofill_time_ms_count{host="h${TIME_CAP}.flood.example.com"}`);
    // The host past the histogram's cap still has its own run counter.
    expect(
      metricValue(text, 'applylens_autofill_runs_total', { status: 'ok', host: `h${TIME_CAP}.flood.example.com` }),
    ).toBe(1);
  });

  it('passes promtool check metrics, except the seed name applylens_autofill_time_ms', async () => {
    const text = await (await fetch(`${server.url}/metrics`)).text();
    const { code, output } = await new Promise<{ code: number | string; output: string }>((resolve) => {
      const child = execFile('promtool', ['check', 'metrics'], (error, stdout, stderr) =>
        resolve({ code: error ? (error.code ?? 'failed') : 0, output: `${stdout}${stderr}` }),
      );
      child.stdin?.end(text);
    });
    // The one documented exception: the seed's histogram name has no unit suffix (promtool exits 3 for lint problems).
    expect(code).toBe(3);
    expect(output.trim()).toBe('applylens_autofill_time_ms metric names should not contain abbreviated units');
  });
});
