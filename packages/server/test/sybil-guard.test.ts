import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { API_KEY, HOUR, learnFromFiveNetworks, RIGHT, startSybilRig, type SybilRig } from './sybil-rig.ts';

// SECURITY.md, "A guard no single install controls": success rate and edit chars are medians per
// install, then per network, so neither one install nor installs on 3 of 8 networks can get a
// profile rejected.
const FAILING = { final_map: RIGHT, status: 'validation_error' as const };
const EDITING = {
  final_map: RIGHT,
  edit_stats: { total_chars_added: 1_000_000, total_chars_deleted: 0, per_field: {} },
};

describe('at the production values', () => {
  let rig: SybilRig;
  beforeEach(async () => {
    rig = await startSybilRig();
    await learnFromFiveNetworks(rig);
  });
  afterEach(async () => {
    await rig.close();
  });

  it('installs on 3 networks failing every run cannot get the profile rejected; the crowded-networks alarm is raised', async () => {
    await rig.crowd([101, 102, 103], 30, 3, FAILING);
    rig.advance(73 * HOUR);
    await rig.aggregate();
    expect(await rig.profile()).toMatchObject({ status: 'ok', canonical_map: RIGHT });
    expect(await rig.metric('applylens_autofill_forms_vote_alarm', { alarm: 'crowded_networks' })).toBe(1);
  });

  it('installs on 3 networks editing a million characters a run cannot get the profile rejected', async () => {
    await rig.crowd([101, 102, 103], 30, 3, EDITING);
    rig.advance(73 * HOUR);
    await rig.aggregate();
    expect(await rig.profile()).toMatchObject({ status: 'ok', canonical_map: RIGHT });
  });
});

describe('at the one-machine defaults (issue #15, item 2)', () => {
  let rig: SybilRig;
  beforeEach(async () => {
    rig = await startSybilRig({
      COMPANION_API_KEYS: API_KEY,
      COMPANION_ADMIN_TOKEN: 'operator-token-000000000000000001',
      COMPANION_AUTOFILL_AGG_ENABLED: '0',
      COMPANION_RATE_LIMIT_PER_INSTALL: '100000',
    });
    for (let install = 0; install < 3; install++) await rig.sync(127, install, 1, { final_map: RIGHT });
    await rig.aggregate();
    expect(await rig.profile()).toMatchObject({ status: 'ok' });
  });
  afterEach(async () => {
    await rig.close();
  });

  it('one event with a million edited characters does not reject the profile', async () => {
    await rig.sync(127, 9, 1, EDITING);
    await rig.aggregate();
    expect(await rig.profile()).toMatchObject({ status: 'ok', canonical_map: RIGHT });
  });

  it('100 validation_error runs from one install do not reject the profile', async () => {
    await rig.sync(127, 9, 100, FAILING);
    await rig.aggregate();
    expect(await rig.profile()).toMatchObject({ status: 'ok', canonical_map: RIGHT });
  });

  it('most installs failing still do: the guard works', async () => {
    for (let install = 10; install < 14; install++) await rig.sync(127, install, 2, FAILING);
    await rig.aggregate();
    expect(await rig.profile()).toMatchObject({ status: 'rejected', reason: 'low_success_rate' });
  });
});
