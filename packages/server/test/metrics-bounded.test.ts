import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeEvent, metricValue, postBatch } from '../../../test/support/learning-events.ts';
import { startServerProcess, type ServerProcess } from '../../../test/support/server-process.ts';

const HOSTS = 10_000;
const CAP = 200;
let server: ServerProcess;

beforeAll(async () => {
  server = await startServerProcess();
  for (let start = 0; start < HOSTS; start += 100) {
    const batch = Array.from({ length: 100 }, (_, i) => makeEvent({ host: `h${start + i}.flood.example.com` }));
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
    // 201 hosts × (runs + edit chars + 11 histogram series) ≈ 2.6k lines: bounded, whatever the flood.
    expect(text.split('\n').length).toBeLessThan(3_500);
  });

  it('passes promtool check metrics, except the seed name applylens_autofill_time_ms', async () => {
    const text = await (await fetch(`${server.url}/metrics`)).text();
    const { code, output } = await new Promise<{ code: number | string; output: string }>((resolve) => {
      const child = execFile('promtool', ['check', 'metrics'], (error, stdout, stderr) =>
        resolve({ code: error ? (error.code ?? 'failed') : 0, output: `${stdout}${stderr}` }));
      child.stdin?.end(text);
    });
    // The one documented exception: the seed's histogram name has no unit suffix (promtool exits 3 for lint problems).
    expect(code).toBe(3);
    expect(output.trim()).toBe('applylens_autofill_time_ms metric names should not contain abbreviated units');
  });
});
