import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { reportCommand } from '../src/cli/report-command.ts';
import { loadConfig } from '../src/config/load-config.ts';
import { API_KEY, HOUR, startSybilRig, WRONG, type SybilRig } from './sybil-rig.ts';

// SECURITY.md: at the production values no number of installs on up to three networks creates a
// served profile for a form nobody else uses; the attempt raises a vote alarm.
const NEW_FORM = { host: 'new.example.com', schema_hash: 'v1:00000000000000bb' };
let rig: SybilRig;

beforeEach(async () => {
  rig = await startSybilRig();
});
afterEach(async () => {
  await rig.close();
});

describe('a served profile for a new form', () => {
  it('is not created by 3 events from 2 invented installs (issue #15, item 1)', async () => {
    await rig.sync(101, 0, 2, { final_map: WRONG }, NEW_FORM);
    await rig.sync(101, 1, 1, { final_map: WRONG }, NEW_FORM);
    await rig.aggregate();
    expect(await rig.profile(NEW_FORM)).toMatchObject({ status: 'unknown', canonical_map: {} });
  });

  it('is not created by any number of aged installs on 3 networks, and the form raises the crowded-networks alarm', async () => {
    await rig.crowd([101, 102, 103], 40, 3, { final_map: WRONG }, NEW_FORM);
    rig.advance(73 * HOUR);
    await rig.aggregate();
    expect(await rig.profile(NEW_FORM)).toMatchObject({ status: 'unknown', canonical_map: {} });
    expect(await rig.metric('applylens_autofill_forms_vote_alarm', { alarm: 'crowded_networks' })).toBe(1);
    let out = '';
    await reportCommand(loadConfig({}), ['--db', rig.dbPath], { stdout: (text) => (out += text), stderr: () => {} });
    expect(out).toContain(
      `${NEW_FORM.host} ${NEW_FORM.schema_hash}: crowded_networks (120 installs, 3 voting networks)`,
    );
  });

  it('is created once four networks agree (the production minimum)', async () => {
    await rig.crowd([1, 2, 3, 4], 1, 3, { final_map: WRONG }, NEW_FORM);
    rig.advance(73 * HOUR);
    await rig.aggregate();
    expect(await rig.profile(NEW_FORM)).toMatchObject({ status: 'ok', canonical_map: WRONG });
  });
});

describe('the one-machine defaults', () => {
  it('still learn from three installs on one network after one aggregation', async () => {
    const local = await startSybilRig({
      COMPANION_API_KEYS: API_KEY,
      COMPANION_ADMIN_TOKEN: 'operator-token-000000000000000001',
      COMPANION_AUTOFILL_AGG_ENABLED: '0',
    });
    try {
      for (let install = 0; install < 3; install++) await local.sync(127, install, 1, { final_map: WRONG }, NEW_FORM);
      await local.aggregate();
      expect(await local.profile(NEW_FORM)).toMatchObject({ status: 'ok', canonical_map: WRONG });
    } finally {
      await local.close();
    }
  });
});
