import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FORM, HOUR, learnFromFiveNetworks, RIGHT, startSybilRig, WRONG, type SybilRig } from './sybil-rig.ts';

// SECURITY.md, "Votes that cost something": at the production values, with the public API key,
// installs invented on up to three networks cannot change a mapping five installs on five networks
// taught — neither fresh nor aged past the history rule — and each attempt moves a metric.
const ATTACK_NETWORKS = [101, 102, 103];
let rig: SybilRig;

beforeEach(async () => {
  rig = await startSybilRig();
  await learnFromFiveNetworks(rig);
});
afterEach(async () => {
  await rig.close();
});

describe('a served mapping learned from 5 installs on 5 networks', () => {
  it('is served', async () => {
    expect(await rig.profile()).toMatchObject({ status: 'ok', canonical_map: RIGHT });
  });

  it('cannot be flipped by one batch of invented installs (issue #15, item 1): the batch is refused', async () => {
    const { makeEvent } = await import('@companion-autofill/test-kit/learning-events');
    const events = Array.from({ length: 8 }, (_, i) =>
      makeEvent({ ...FORM, install_id: `install-fake000${i}`, final_map: WRONG }),
    );
    const response = await rig.app.inject({
      method: 'POST',
      url: '/api/extension/learning/sync',
      headers: { 'x-api-key': 'public-extension-key-0001' },
      payload: { events },
    });
    expect(response.statusCode).toBe(400);
    await rig.aggregate();
    expect((await rig.profile()).canonical_map).toEqual(RIGHT);
  });

  it('cannot be flipped by fresh installs from 3 networks: they have no history, and the form raises the new-installs alarm', async () => {
    await rig.crowd(ATTACK_NETWORKS, 20, 3, { final_map: WRONG });
    expect(await rig.aggregate()).toMatchObject({ status: 'ok', mappings_flipped: 0 });
    expect((await rig.profile()).canonical_map).toEqual(RIGHT);
    expect(await rig.metric('applylens_autofill_forms_vote_alarm', { alarm: 'new_installs' })).toBe(1);
    expect(await rig.metric('applylens_autofill_mapping_flips_total')).toBe(0);
  });

  it('cannot be flipped by installs from 3 networks aged past the history rule: each network weighs one vote, and the crowded-networks alarm is raised', async () => {
    await rig.crowd(ATTACK_NETWORKS, 30, 3, { final_map: WRONG });
    rig.advance(73 * HOUR);
    expect(await rig.aggregate()).toMatchObject({ status: 'ok', mappings_flipped: 0 });
    expect((await rig.profile()).canonical_map).toEqual(RIGHT);
    expect(await rig.metric('applylens_autofill_forms_vote_alarm', { alarm: 'crowded_networks' })).toBe(1);
    expect(await rig.metric('applylens_autofill_mapping_flips_total')).toBe(0);
  });

  // Indistinguishable from three users who disagree: outvoted 5 to 3, and no alarm is due.
  it('cannot be flipped by one aged install on each of 3 networks either', async () => {
    await rig.crowd(ATTACK_NETWORKS, 1, 3, { final_map: WRONG });
    rig.advance(73 * HOUR);
    await rig.aggregate();
    expect((await rig.profile()).canonical_map).toEqual(RIGHT);
  });

  it('runs into the daily quotas when one network floods, which the quota metric counts', async () => {
    const statuses = await rig.crowd([101], 25, 100, { final_map: WRONG });
    expect(statuses.filter((s) => s === 429).length).toBeGreaterThan(0); // 2000 events a network a day
    expect(await rig.metric('applylens_autofill_quota_hits_total', { scope: 'network' })).toBeGreaterThan(0);
    const install = await rig.sync(102, 0, 100, { final_map: WRONG });
    expect(install.status).toBe(200);
    expect((await rig.sync(102, 0, 100, { final_map: WRONG })).status).toBe(200);
    expect((await rig.sync(102, 0, 1, { final_map: WRONG })).status).toBe(429); // 200 an install a day
    expect(await rig.metric('applylens_autofill_quota_hits_total', { scope: 'install' })).toBe(1);
    rig.advance(24 * HOUR);
    expect((await rig.sync(102, 0, 1, { final_map: WRONG })).status).toBe(200);
  });

  it('moves only when real networks move: a close majority is held (and flagged), a clear one flips it, and the flip is counted', async () => {
    // Six networks against five: phone leads, short of 60 %; the margin holds email and says so.
    for (let network = 6; network <= 11; network++) await rig.sync(network, 0, 3, { final_map: WRONG });
    rig.advance(73 * HOUR);
    expect(await rig.aggregate()).toMatchObject({ mappings_flipped: 0 });
    expect((await rig.profile()).canonical_map).toEqual(RIGHT);
    expect(await rig.metric('applylens_autofill_forms_vote_alarm', { alarm: 'held_by_margin' })).toBe(1);
    // Ten against five: phone holds 2/3 of the vote, a third more than email.
    for (let network = 12; network <= 15; network++) await rig.sync(network, 0, 3, { final_map: WRONG });
    rig.advance(73 * HOUR);
    expect(await rig.aggregate()).toMatchObject({ mappings_flipped: 2 });
    expect((await rig.profile()).canonical_map).toEqual(WRONG);
    expect(await rig.metric('applylens_autofill_mapping_flips_total')).toBe(2);
  });
});
