import { writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { makeEvent, metricValue, postBatch } from '@companion-autofill/test-kit/learning-events';
import { makeTempDir, runCli, startServersPerTest } from '@companion-autofill/test-kit/server-process';

const startServer = startServersPerTest();
const SYNC = '/api/extension/learning/sync';

function post(url: string, body: Buffer | string, headers: Record<string, string> = {}) {
  return fetch(`${url}${SYNC}`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
}

/** Issue #15 item 9: the smaller attacks, each as it was found. */
describe('HTTP edges (#15)', () => {
  it('closes a connection whose body never finishes arriving', async () => {
    const server = await startServer({ env: { COMPANION_REQUEST_TIMEOUT_SECONDS: '1' } });
    const socket = connect(server.port, '127.0.0.1');
    let answer = '';
    socket.on('data', (chunk) => (answer += chunk.toString()));
    const closed = new Promise<void>((resolve) => socket.once('close', () => resolve()));
    socket.write(
      `POST ${SYNC} HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n\r\n{"events":[`,
    );
    // The client goes quiet; before the fix the server held such sockets for minutes.
    await closed;
    expect(answer === '' || answer.startsWith('HTTP/1.1 408')).toBe(true);
  });

  it('answers 304 to If-None-Match with the weak form, a list holding the tag, or *', async () => {
    const server = await startServer();
    const url = `${server.url}/api/extension/learning/profile?host=jobs.example.com&schema_hash=v1:00000000000000aa`;
    const first = await fetch(url);
    const etag = first.headers.get('etag')!;
    expect(etag).toMatch(/^"/);
    for (const header of [etag, `W/${etag}`, `"other", ${etag}`, `W/"other", W/${etag}`, '*']) {
      expect((await fetch(url, { headers: { 'if-none-match': header } })).status, header).toBe(304);
    }
    expect((await fetch(url, { headers: { 'if-none-match': '"other"' } })).status).toBe(200);
  });

  it('answers malformed JSON and a broken compressed body with the catalog, not Fastify, codes', async () => {
    const server = await startServer();
    const malformed = await post(server.url, '{"events": [');
    expect(malformed.status).toBe(400);
    expect(await malformed.json()).toEqual({ error: 'CA_ERR_INVALID_JSON', message: 'body is not valid JSON' });
    const broken = await post(server.url, Buffer.from('this is not gzip'), { 'content-encoding': 'gzip' });
    expect(broken.status).toBe(400);
    expect(await broken.json()).toEqual({
      error: 'CA_ERR_INVALID_ENCODING',
      message: 'body could not be decompressed with its content-encoding',
    });
  });

  it('reads content codings case-insensitively: GZIP is gzip', async () => {
    const server = await startServer();
    const response = await post(server.url, gzipSync(JSON.stringify({ events: [makeEvent()] })), {
      'content-encoding': 'GZIP',
    });
    expect(response.status).toBe(200);
    expect(((await response.json()) as { accepted: string[] }).accepted).toHaveLength(1);
  });

  it('rejects an occurred_at in year 0000', async () => {
    const server = await startServer();
    const { body } = await postBatch(server.url, [makeEvent({ occurred_at: '0000-01-01T00:00:00.000Z' })]);
    expect(body.rejected).toEqual([
      expect.objectContaining({ reason: 'occurred_at: must not be before 2020-01-01T00:00:00Z' }),
    ]);
  });

  it('dedupes event ids case-insensitively, answering with the ids as sent', async () => {
    const server = await startServer();
    const event = makeEvent();
    const upper = event.event_id.toUpperCase();
    expect((await postBatch(server.url, [{ ...event, event_id: upper }])).body).toMatchObject({
      accepted: [upper],
      duplicates: [],
    });
    expect((await postBatch(server.url, [event])).body).toMatchObject({ accepted: [], duplicates: [event.event_id] });
    const both = makeEvent();
    expect(
      (await postBatch(server.url, [both, { ...both, event_id: both.event_id.toUpperCase() }])).body,
    ).toMatchObject({
      accepted: [both.event_id],
      duplicates: [both.event_id.toUpperCase()],
    });
  });

  it('refuses and counts selectors that carry personal data, without echoing them', async () => {
    const server = await startServer();
    const selector = 'input[value="jane@example.com"]';
    const { body } = await postBatch(server.url, [
      makeEvent({ final_map: { [selector]: 'email' }, suggested_map: {}, field_sources: {} }),
    ]);
    expect(body.rejected).toEqual([
      expect.objectContaining({
        reason: 'final_map.*: key must not carry personal data (an email, a phone number or a long digit run)',
      }),
    ]);
    expect(JSON.stringify(body)).not.toContain('jane');
    const metrics = await (await fetch(`${server.url}/metrics`)).text();
    expect(metricValue(metrics, 'applylens_autofill_personal_data_keys_refused_total')).toBe(1);
    expect(server.logs()).not.toContain('jane');
  });

  it('exits 78 with a message, not a stack, when the database cannot be opened', async () => {
    const notADatabase = join(makeTempDir(), 'not-a-db.db');
    writeFileSync(notADatabase, 'this is a text file, not SQLite '.repeat(200));
    for (const args of [
      ['serve', '--port', '0', '--db', notADatabase],
      ['aggregate', '--db', notADatabase],
      ['serve', '--port', '0', '--db', '/dev/null/companion.db'],
    ]) {
      const result = await runCli(args);
      expect(result.code, args.join(' ')).toBe(78);
      expect(result.stderr).toMatch(/^companion-server: cannot open the SQLite database \S+: /);
      expect(result.stderr).not.toMatch(/\n\s+at /);
    }
  });
});
