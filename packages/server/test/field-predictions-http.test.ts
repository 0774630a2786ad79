import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterEach, describe, expect, it } from 'vitest';
import { ProfileResponse, type LearningEvent } from '@companion-autofill/sdk/protocol';
import { makeEvent } from '@companion-autofill/test-kit/learning-events';
import { makeTempDir } from '@companion-autofill/test-kit/server-process';
import { buildApp } from '../src/app.ts';
import { loadConfig } from '../src/config/load-config.ts';
import { createSqliteStore } from '../src/store/sqlite/sqlite-store.ts';

const ADMIN = 'admin-token-0123456789abcdef';
const SIG_PHONE = 'f1:00000000000000a1';
const SIG_PRONOUNS = 'f1:00000000000000a2';
const NOW = Date.now();

let app: FastifyInstance | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

async function start(env: Record<string, string> = {}): Promise<FastifyInstance> {
  const config = loadConfig({ COMPANION_AUTOFILL_AGG_ENABLED: '0', COMPANION_ADMIN_TOKEN: ADMIN, ...env });
  app = await buildApp({
    config,
    store: createSqliteStore(join(makeTempDir('field-http-'), 'companion.db')),
    aggregatorLog: () => {},
  });
  return app;
}

/** A run on a form of `host` that learns the phone field's signature and a left-alone pronouns field. */
function run(install_id: string, host: string, schema_hash: string): LearningEvent {
  return makeEvent({
    install_id,
    host,
    schema_hash,
    occurred_at: new Date(NOW - 60_000).toISOString(),
    suggested_map: { '#tel': 'phone', '#pro': 'pronouns' },
    final_map: { '#tel': 'phone', '#pro': 'leave_alone' },
    field_signatures: { '#tel': SIG_PHONE, '#pro': SIG_PRONOUNS },
    field_formats: { '#tel': 'phone_national' },
  });
}

async function learn(server: FastifyInstance, events: LearningEvent[]): Promise<void> {
  // One batch per install, as the SDK sends them (a batch mixing installs is refused).
  for (const event of events) {
    const sync = await server.inject({
      method: 'POST',
      url: '/api/extension/learning/sync',
      payload: { events: [event] },
    });
    expect(sync.json()).toMatchObject({ accepted: [event.event_id], rejected: [] });
  }
  const aggregate = await server.inject({
    method: 'POST',
    url: '/api/admin/aggregate',
    headers: { authorization: `Bearer ${ADMIN}` },
  });
  expect(aggregate.json()).toMatchObject({ status: 'ok' });
}

async function profileOf(
  server: FastifyInstance,
  host: string,
  schemaHash: string,
  headers: Record<string, string> = {},
) {
  return server.inject({
    method: 'GET',
    url: `/api/extension/learning/profile?host=${host}&schema_hash=${schemaHash}`,
    headers,
  });
}

describe('field predictions over HTTP', () => {
  it('answers a form the server never saw with what the other forms of its host taught', async () => {
    const server = await start();
    // Three installs, three different forms of one host: no form can learn alone.
    await learn(
      server,
      ['install-aaaa0001', 'install-bbbb0002', 'install-cccc0003'].map((id, i) =>
        run(id, 'careers.acme.com', `v1:000000000000000${i + 1}`),
      ),
    );

    const response = await profileOf(server, 'careers.acme.com', 'v1:00000000000000ff');
    expect(response.statusCode).toBe(200);
    const body = ProfileResponse.parse(response.json());
    expect(body).toMatchObject({
      status: 'unknown',
      canonical_map: {},
      field_predictions: {
        [SIG_PHONE]: { canonical: 'phone', format: 'phone_national' },
        [SIG_PRONOUNS]: { canonical: 'leave_alone' },
      },
      stats: null,
    });
    // Revalidation works as for any answer.
    const again = await profileOf(server, 'careers.acme.com', 'v1:00000000000000ff', {
      'if-none-match': response.headers.etag as string,
    });
    expect(again.statusCode).toBe(304);
    // Another host learned nothing.
    expect((await profileOf(server, 'careers.other.com', 'v1:00000000000000ff')).json()).not.toHaveProperty(
      'field_predictions',
    );
  });

  it('answers a new host of an ATS family with what the family taught', async () => {
    const server = await start();
    const hosts = ['acme.wd5.myworkdayjobs.com', 'beta.wd1.myworkdayjobs.com', 'gamma.wd3.myworkdayjobs.com'];
    await learn(
      server,
      hosts.map((host, i) => run(`install-wd00000${i}`, host, 'v1:00000000000000aa')),
    );
    const body = ProfileResponse.parse(
      (await profileOf(server, 'delta.wd12.myworkdayjobs.com', 'v1:00000000000000bb')).json(),
    );
    expect(body.field_predictions).toEqual({
      [SIG_PHONE]: { canonical: 'phone', format: 'phone_national' },
      [SIG_PRONOUNS]: { canonical: 'leave_alone' },
    });
  });

  it('serves a learned form its formats, and moves the ETag when a run changes the predictions', async () => {
    const server = await start();
    const form = 'v1:0000000000000001';
    await learn(
      server,
      ['install-aaaa0001', 'install-bbbb0002', 'install-cccc0003'].map((id) => run(id, 'careers.acme.com', form)),
    );
    const first = await profileOf(server, 'careers.acme.com', form);
    expect(ProfileResponse.parse(first.json())).toMatchObject({
      status: 'ok',
      canonical_map: { '#tel': 'phone', '#pro': 'leave_alone' },
      format_map: { '#tel': 'phone_national' },
      field_predictions: { [SIG_PHONE]: { canonical: 'phone', format: 'phone_national' } },
    });

    // Three more installs clear another field of the host on another form: a new prediction.
    const cleared = ['install-dddd0004', 'install-eeee0005', 'install-ffff0006'].map((install_id) =>
      makeEvent({
        install_id,
        host: 'careers.acme.com',
        schema_hash: 'v1:0000000000000002',
        occurred_at: new Date(NOW - 60_000).toISOString(),
        suggested_map: { '#ref': 'linkedin_url' },
        final_map: { '#ref': 'leave_alone' },
        field_signatures: { '#ref': 'f1:00000000000000a3' },
      }),
    );
    await learn(server, cleared);
    const second = await profileOf(server, 'careers.acme.com', form, { 'if-none-match': first.headers.etag as string });
    expect(second.statusCode).toBe(200);
    expect(second.json().field_predictions).toMatchObject({ 'f1:00000000000000a3': { canonical: 'leave_alone' } });
    expect(second.json().version).not.toBe(first.json().version);
  });

  it('sends no predictions in shadow mode', async () => {
    const server = await start({ COMPANION_AUTOFILL_PROFILE_ENABLED: '0' });
    await learn(
      server,
      ['install-aaaa0001', 'install-bbbb0002', 'install-cccc0003'].map((id, i) =>
        run(id, 'careers.acme.com', `v1:000000000000000${i + 1}`),
      ),
    );
    const body = (await profileOf(server, 'careers.acme.com', 'v1:00000000000000ff')).json();
    expect(body.status).toBe('disabled');
    expect(body).not.toHaveProperty('field_predictions');
  });
});
