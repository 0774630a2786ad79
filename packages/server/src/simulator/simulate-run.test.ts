import { describe, expect, it } from 'vitest';
import { createSeededRandom } from './seeded-random.ts';
import { simulateRun } from './simulate-run.ts';
import { createWorld } from './simulated-world.ts';

describe('createWorld', () => {
  it('is the same world for the same seed and another for another seed', () => {
    expect(createWorld({ hosts: 5, seed: 7 })).toEqual(createWorld({ hosts: 5, seed: 7 }));
    expect(createWorld({ hosts: 5, seed: 7 })).not.toEqual(createWorld({ hosts: 5, seed: 8 }));
  });

  it('gives every host one or two forms with valid wire names, and mislabels at most two fields per form', () => {
    const world = createWorld({ hosts: 30, seed: 1 });
    expect(new Set(world.map((form) => form.host)).size).toBe(30);
    for (const form of world) {
      expect(form.schemaHash).toMatch(/^v1:[0-9a-f]{16}$/);
      expect(form.host).toMatch(/^[a-z0-9.-]+$/);
      expect(form.fields.filter((field) => field.heuristic !== field.canonical).length).toBeLessThanOrEqual(2);
    }
    // 15 % of ~7 fields per form on 40+ forms: some fields are wrong somewhere.
    expect(world.some((form) => form.fields.some((field) => field.heuristic !== field.canonical))).toBe(true);
  });
});

describe('simulateRun', () => {
  const form = {
    host: 'a.sim.example',
    schemaHash: 'v1:0000000000000001',
    fields: [
      { selector: '#a', canonical: 'email', valueLength: 20, heuristic: 'email' },
      { selector: '#b', canonical: 'phone', valueLength: 12, heuristic: 'city' },
    ],
  };

  it('leaves a heuristic mistake for the user to correct', () => {
    const run = simulateRun(form, {}, createSeededRandom(3));
    expect(run.wrongFields).toBe(1);
    expect(run.suggestedMap).toEqual({ '#a': 'email', '#b': 'city' });
    expect(run.finalMap).toEqual({ '#a': 'email', '#b': 'phone' });
    expect(run.profileSource).toBe('heuristics_only');
    // The right phone typed in (12), maybe a touch-up of at most 3 more.
    expect(run.charsAdded).toBeGreaterThanOrEqual(12);
    expect(run.charsAdded).toBeLessThanOrEqual(15);
    expect(run.charsDeleted).toBeGreaterThanOrEqual(3);
  });

  it('fixes it with the server map, which the run reports as its source', () => {
    const run = simulateRun(form, { '#b': 'phone' }, createSeededRandom(3));
    expect(run.wrongFields).toBe(0);
    expect(run.charsDeleted).toBe(0);
    expect(run.filledChars).toBe(32);
    expect(run.fieldSources).toEqual({ '#a': 'heuristic', '#b': 'server' });
    expect(run.profileSource).toBe('server_only');
  });

  it('succeeds less often with wrong fields left', () => {
    const random = createSeededRandom(11);
    const ok = (map: Record<string, string>) =>
      Array.from({ length: 2_000 }, () => simulateRun(form, map, random)).filter((run) => run.status === 'ok').length;
    // The average user (base success 0.92): about 0.97·0.92 = 89 % vs 0.97·0.92·0.8 = 71 % of 2,000, far apart beyond noise (sd ≈ 20 runs).
    expect(ok({ '#b': 'phone' }) - ok({})).toBeGreaterThan(250);
  });
});
