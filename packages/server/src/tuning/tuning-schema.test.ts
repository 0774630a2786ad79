import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseTuning } from './tuning-schema.ts';

function problemsOf(file: unknown): string[] {
  const result = parseTuning(typeof file === 'string' ? file : JSON.stringify(file));
  if (result.ok) throw new Error('expected the file to be refused');
  return result.problems;
}

const EXAMPLE = {
  experiments: {
    profile_holdout: { salt: '2026-11', arms: { treatment: 90, holdout: 10 } },
    gen_style: { salt: 's1', arms: { style_a: 50, style_b: 50 } },
  },
  quality: {
    default: { min_success: 0.7 },
    families: { greenhouse: { min_success: 0.8 }, lever: { max_edit: 300 } },
    hosts: { 'boards.example.com': { min_success: 0.5, max_edit: 50 } },
  },
};

describe('parseTuning', () => {
  it('accepts the documented example as is', () => {
    expect(parseTuning(JSON.stringify(EXAMPLE))).toEqual({ ok: true, tuning: EXAMPLE });
  });

  it('accepts the example file shipped for operators', () => {
    const text = readFileSync(new URL('./tuning.example.json', import.meta.url), 'utf8');
    expect(parseTuning(text)).toMatchObject({
      ok: true,
      tuning: { experiments: { profile_holdout: { arms: { holdout: 10 } } } },
    });
  });

  it('fills in every missing section', () => {
    expect(parseTuning('{}')).toEqual({
      ok: true,
      tuning: { experiments: {}, quality: { default: {}, families: {}, hosts: {} } },
    });
    expect(parseTuning('{"quality":{"hosts":{"a.example.com":{}}}}')).toEqual({
      ok: true,
      tuning: { experiments: {}, quality: { default: {}, families: {}, hosts: { 'a.example.com': {} } } },
    });
  });

  it('rejects unknown keys at every level, naming them', () => {
    expect(problemsOf({ ...EXAMPLE, extra: true })).toEqual(['(root): unknown key extra']);
    expect(problemsOf({ quality: { default: { min_sucess: 0.5 } } })).toEqual([
      'quality.default: unknown key min_sucess',
    ]);
    expect(problemsOf({ quality: { families: { greenhous: {} } } })).toEqual([
      'quality.families: unknown key greenhous',
    ]);
    expect(problemsOf({ quality: { per_host: {} } })).toEqual(['quality: unknown key per_host']);
    expect(problemsOf({ experiments: { x: { salt: 's', arms: { a: 1 }, weight: 2 } } })).toEqual([
      'experiments.x: unknown key weight',
    ]);
  });

  it('rejects thresholds outside the ranges of the environment variables', () => {
    expect(problemsOf({ quality: { default: { min_success: 1.5 } } })).toEqual([
      'quality.default.min_success: too big (max 1)',
    ]);
    expect(problemsOf({ quality: { hosts: { 'a.example.com': { max_edit: -1 } } } })).toEqual([
      'quality.hosts.a.example.com.max_edit: too small (min 0)',
    ]);
    expect(problemsOf({ quality: { default: { max_edit: '500' } } })).toEqual([
      'quality.default.max_edit: expected number',
    ]);
  });

  it('rejects hosts that are not lower-case hostnames', () => {
    expect(problemsOf({ quality: { hosts: { 'Boards.Example.com': {} } } })).toEqual([
      'quality.hosts.Boards.Example.com: invalid name (must be a lower-case hostname without port or path)',
    ]);
  });

  it('rejects experiment and arm names that could not be metric labels', () => {
    expect(problemsOf({ experiments: { 'Gen-Style': { salt: 's', arms: { a: 1 } } } })).toEqual([
      'experiments.Gen-Style: invalid name (must be snake_case, at most 32 chars)',
    ]);
    expect(problemsOf({ experiments: { x: { salt: 's', arms: { ['a'.repeat(33)]: 1 } } } })[0]).toMatch(
      /^experiments\.x\.arms\.a+: invalid name/,
    );
  });

  it('rejects weights that are not positive integers, and empty or oversized splits', () => {
    expect(problemsOf({ experiments: { x: { salt: 's', arms: { a: 1.5, b: 0 } } } })).toEqual([
      'experiments.x.arms.a: expected int',
      'experiments.x.arms.b: too small (min 1)',
    ]);
    expect(problemsOf({ experiments: { x: { salt: 's', arms: {} } } })).toEqual([
      'experiments.x.arms: needs at least one arm',
    ]);
    expect(problemsOf({ experiments: { x: { salt: 's', arms: { a: 999_999, b: 2 } } } })).toEqual([
      'experiments.x.arms: weights add up to more than 1000000',
    ]);
    const nine = Object.fromEntries(Array.from({ length: 9 }, (_, i) => [`arm_${i}`, 1]));
    expect(problemsOf({ experiments: { x: { salt: 's', arms: nine } } })).toEqual([
      'experiments.x.arms: too many arms (max 8)',
    ]);
  });

  it('rejects more than 8 experiments and an empty salt', () => {
    const nine = Object.fromEntries(Array.from({ length: 9 }, (_, i) => [`exp_${i}`, { salt: 's', arms: { a: 1 } }]));
    expect(problemsOf({ experiments: nine })).toEqual(['experiments: too many experiments (max 8)']);
    expect(problemsOf({ experiments: { x: { salt: '', arms: { a: 1 } } } })).toEqual([
      'experiments.x.salt: too small (min 1 chars)',
    ]);
  });

  it('requires the holdout arm in the profile experiment', () => {
    expect(problemsOf({ experiments: { profile_holdout: { salt: 's', arms: { treatment: 1, control: 1 } } } })).toEqual(
      ['experiments.profile_holdout.arms: profile_holdout needs an arm named holdout'],
    );
  });

  it('explains a file that is not JSON or not an object', () => {
    expect(problemsOf('{ "quality": ')[0]).toMatch(/^not valid JSON: /);
    expect(problemsOf('')[0]).toMatch(/^not valid JSON: /);
    expect(problemsOf('[]')).toEqual(['(root): expected object']);
  });

  it('reports several problems at once, at most five', () => {
    const bad = Object.fromEntries(Array.from({ length: 7 }, (_, i) => [`h${i}.example.com`, { min_success: 2 }]));
    expect(problemsOf({ quality: { hosts: bad } })).toHaveLength(5);
  });
});
