import { describe, expect, it } from 'vitest';
import { EditStats, LIMITS } from '../protocol/index.ts';
import { computeEditStats } from './edit-stats.ts';

describe('computeEditStats', () => {
  it('lists only changed fields and sums them', () => {
    const stats = computeEditStats(
      { '#first': 'Jane', '#last': 'Doe', '#email': 'jane@example.com' },
      { '#first': 'Janet', '#last': 'Doe', '#email': 'j@example.org' },
    );
    expect(stats.per_field).toEqual({
      '#first': { added: 1, deleted: 0 },
      '#email': { added: 2, deleted: 5 }, // -ane; com→org keeps the o
    });
    expect(stats.total_chars_added).toBe(3);
    expect(stats.total_chars_deleted).toBe(5);
  });

  it('counts a cleared field as all deleted', () => {
    expect(computeEditStats({ '#city': 'Berlin' }, { '#city': '' })).toEqual({
      total_chars_added: 0,
      total_chars_deleted: 6,
      per_field: { '#city': { added: 0, deleted: 6 } },
    });
  });

  it('skips fields no longer on the page and fields the SDK did not fill', () => {
    expect(computeEditStats({ '#gone': 'x' }, { '#other': 'typed by the user' })).toEqual({
      total_chars_added: 0,
      total_chars_deleted: 0,
      per_field: {},
    });
  });

  it('carries no value, only counts, and passes the wire schema', () => {
    const stats = computeEditStats({ '#email': 'canary-9f3e@example.com' }, { '#email': 'canary-9f3e@example.org' });
    expect(JSON.stringify(stats)).not.toContain('canary');
    expect(EditStats.safeParse(stats).success).toBe(true);
  });

  it('lists at most maxFieldsPerForm fields but totals them all', () => {
    const count = LIMITS.maxFieldsPerForm + 5;
    const filled = Object.fromEntries(Array.from({ length: count }, (_, i) => [`#f${i}`, 'a']));
    const final = Object.fromEntries(Array.from({ length: count }, (_, i) => [`#f${i}`, 'ab']));
    const stats = computeEditStats(filled, final);
    expect(Object.keys(stats.per_field)).toHaveLength(LIMITS.maxFieldsPerForm);
    expect(stats.total_chars_added).toBe(count);
    expect(EditStats.safeParse(stats).success).toBe(true);
  });
});
