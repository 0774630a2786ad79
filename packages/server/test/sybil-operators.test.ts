import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { reportCommand } from '../src/cli/report-command.ts';
import { loadConfig } from '../src/config/load-config.ts';
import { ADMIN_TOKEN, API_KEY, FORM, RIGHT, startSybilRig, WRONG, type SybilRig } from './sybil-rig.ts';

// SECURITY.md, "Operators see and undo attacks". At the one-machine defaults an attacker with a
// network of their own can flip a mapping: the flip is counted, and an operator undoes it by
// quarantining the network, or holds the form with a pin.
let rig: SybilRig;

beforeEach(async () => {
  rig = await startSybilRig({
    COMPANION_API_KEYS: API_KEY,
    COMPANION_ADMIN_TOKEN: ADMIN_TOKEN,
    COMPANION_AUTOFILL_AGG_ENABLED: '0',
  });
  for (let network = 1; network <= 3; network++) await rig.sync(network, 0, 1, { final_map: RIGHT });
  await rig.aggregate();
  expect((await rig.profile()).canonical_map).toEqual(RIGHT);
});
afterEach(async () => {
  await rig.close();
});

const attack = () => rig.crowd([66], 12, 1, { final_map: WRONG });

describe('operators', () => {
  it('see a flip in the metric and the flips list, and undo it by quarantining the network by an address in it', async () => {
    await attack();
    expect(await rig.aggregate()).toMatchObject({ mappings_flipped: 2 });
    expect((await rig.profile()).canonical_map).toEqual(WRONG);
    expect(await rig.metric('applylens_autofill_mapping_flips_total')).toBe(2);
    const flips = await rig.admin('GET', '/api/admin/flips');
    expect(flips.body.flips).toEqual([
      expect.objectContaining({ host: FORM.host, selector: '[name="given"]', from: 'first_name', to: 'last_name' }),
      expect.objectContaining({ host: FORM.host, selector: '[name="contact"]', from: 'email', to: 'phone' }),
    ]);

    const quarantined = await rig.admin('POST', '/api/admin/quarantines', { network_address: '10.66.0.200' });
    expect(quarantined.body).toMatchObject({
      kind: 'network',
      created: true,
      key: expect.stringMatching(/^[0-9a-f]{16}$/),
    });
    expect(await rig.metric('applylens_autofill_quarantines', { kind: 'network' })).toBe(1);
    await rig.aggregate();
    expect((await rig.profile()).canonical_map).toEqual(RIGHT);

    const key = quarantined.body.key as string;
    let out = '';
    expect(
      await reportCommand(loadConfig({}), ['--db', rig.dbPath], { stdout: (text) => (out += text), stderr: () => {} }),
    ).toBe(0);
    expect(out).toContain(`network ${key} since`);
    expect(out).toContain(`${FORM.host} ${FORM.schema_hash} [name="contact"]: email -> phone`);
    expect((await rig.admin('GET', '/api/admin/quarantines')).body.quarantines).toEqual([
      expect.objectContaining({ kind: 'network', key }),
    ]);
    expect((await rig.admin('DELETE', `/api/admin/quarantines/network/${key}`)).body).toMatchObject({ released: true });
    await rig.aggregate();
    expect((await rig.profile()).canonical_map).toEqual(WRONG);
  });

  it('quarantine single installs', async () => {
    await rig.crowd([66], 5, 1, { final_map: WRONG });
    await rig.aggregate();
    expect((await rig.profile()).canonical_map).toEqual(WRONG); // 5 against 3
    for (const install of [0, 1, 2])
      await rig.admin('POST', '/api/admin/quarantines', { install_id: `install-n66-i${install}` });
    expect(await rig.metric('applylens_autofill_quarantines', { kind: 'install' })).toBe(3);
    await rig.aggregate();
    expect((await rig.profile()).canonical_map).toEqual(RIGHT); // 3 against 2
  });

  it('pin the known-good map: served at once and through an attack, until unpinned', async () => {
    expect(
      (await rig.admin('PUT', '/api/admin/pins', { host: FORM.host, schema_hash: FORM.schema_hash })).body,
    ).toMatchObject({ canonical_map: RIGHT });
    expect(await rig.metric('applylens_autofill_pinned_profiles')).toBe(1);
    let json = '';
    await reportCommand(loadConfig({}), ['--db', rig.dbPath, '--format', 'json'], {
      stdout: (text) => (json += text),
      stderr: () => {},
    });
    expect(JSON.parse(json).defences.pins).toEqual([expect.objectContaining({ host: FORM.host, canonicalMap: RIGHT })]);
    await attack();
    await rig.aggregate();
    expect(await rig.profile()).toMatchObject({ status: 'ok', canonical_map: RIGHT });
    expect(
      (await rig.admin('DELETE', `/api/admin/pins?host=${FORM.host}&schema_hash=${FORM.schema_hash}`)).body,
    ).toMatchObject({ unpinned: true });
    expect((await rig.profile()).canonical_map).toEqual(WRONG);
  });

  it('pin a given map for a form never learned, and refuse a pin of nothing', async () => {
    const fresh = { host: 'fresh.example.com', schema_hash: 'v1:00000000000000cc' };
    expect((await rig.admin('PUT', '/api/admin/pins', fresh)).status).toBe(404);
    await rig.admin('PUT', '/api/admin/pins', { ...fresh, canonical_map: { '#mail': 'email' } });
    expect(await rig.profile(fresh)).toMatchObject({ status: 'ok', canonical_map: { '#mail': 'email' } });
  });

  it('are refused a body outside the contract', async () => {
    expect((await rig.admin('POST', '/api/admin/quarantines', { network_address: 'example.com' })).status).toBe(400);
    expect(
      (
        await rig.admin('POST', '/api/admin/quarantines', {
          install_id: 'install-aaaa0001',
          network_key: '0123456789abcdef',
        })
      ).status,
    ).toBe(400);
    expect(
      (await rig.admin('PUT', '/api/admin/pins', { ...FORM, canonical_map: { '#x': 'email' }, note: 'x' })).status,
    ).toBe(400);
    const anonymous = await rig.app.inject({ method: 'GET', url: '/api/admin/quarantines' });
    expect(anonymous.statusCode).toBe(401);
  });
});
