import { describe, expect, it } from 'vitest';
import { resolveThresholds } from './resolve-thresholds.ts';
import { EMPTY_TUNING, type Tuning } from './tuning-schema.ts';

const env = { minSuccessRate: 0.6, maxAvgEditChars: 500 };

function tuningWith(quality: Partial<Tuning['quality']>): Tuning {
  return { experiments: {}, quality: { default: {}, families: {}, hosts: {}, ...quality } };
}

const layered = tuningWith({
  default: { min_success: 0.7, max_edit: 400 },
  families: { greenhouse: { min_success: 0.8, max_edit: 300 }, workday: { max_edit: 900 } },
  hosts: { 'boards.greenhouse.io': { min_success: 0.9, max_edit: 200 }, 'boards.example.com': { min_success: 0.5 } },
});

describe('resolveThresholds', () => {
  it('uses the environment when the file says nothing', () => {
    expect(resolveThresholds('boards.greenhouse.io', EMPTY_TUNING, env)).toEqual(env);
  });

  it('prefers the file default over the environment', () => {
    expect(resolveThresholds('unknown.example.org', layered, env)).toEqual({
      minSuccessRate: 0.7,
      maxAvgEditChars: 400,
    });
  });

  it('prefers the ATS family over the file default', () => {
    expect(resolveThresholds('job-boards.greenhouse.io', layered, env)).toEqual({
      minSuccessRate: 0.8,
      maxAvgEditChars: 300,
    });
  });

  it('prefers the exact host over its family', () => {
    expect(resolveThresholds('boards.greenhouse.io', layered, env)).toEqual({
      minSuccessRate: 0.9,
      maxAvgEditChars: 200,
    });
  });

  it('resolves each threshold on its own, falling through missing keys', () => {
    // workday sets only max_edit: min_success comes from the file default.
    expect(resolveThresholds('acme.wd5.myworkdayjobs.com', layered, env)).toEqual({
      minSuccessRate: 0.7,
      maxAvgEditChars: 900,
    });
    // the host sets only min_success, it has no family: max_edit comes from the file default.
    expect(resolveThresholds('boards.example.com', layered, env)).toEqual({
      minSuccessRate: 0.5,
      maxAvgEditChars: 400,
    });
    // no file default: the environment fills the gap.
    const sparse = tuningWith({ hosts: { 'boards.example.com': { max_edit: 10 } } });
    expect(resolveThresholds('boards.example.com', sparse, env)).toEqual({ minSuccessRate: 0.6, maxAvgEditChars: 10 });
  });

  it('matches host overrides exactly, not by suffix', () => {
    const parent = tuningWith({ hosts: { 'example.com': { min_success: 0.1 } } });
    expect(resolveThresholds('boards.example.com', parent, env)).toEqual(env);
  });

  it('takes a zero override as a value, not as missing', () => {
    expect(resolveThresholds('a.example.com', tuningWith({ default: { min_success: 0, max_edit: 0 } }), env)).toEqual({
      minSuccessRate: 0,
      maxAvgEditChars: 0,
    });
  });

  it('does not modify the defaults it is given', () => {
    const defaults = { ...env };
    resolveThresholds('boards.greenhouse.io', layered, defaults);
    expect(defaults).toEqual(env);
  });
});
