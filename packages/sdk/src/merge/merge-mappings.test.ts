import { describe, expect, it } from 'vitest';
import { decideProfileSource, mergeMappings, type MergeInput } from './merge-mappings.ts';
import { LEAVE_ALONE } from '../heuristics/canonical-fields.ts';
import { UNMAPPED } from './unmapped.ts';

const none = { server: {}, local: {}, autocomplete: {}, heuristic: {} } as const;
const merge = (input: Partial<MergeInput> & Pick<MergeInput, 'selectors'>) => mergeMappings({ ...none, ...input });

describe('mergeMappings precedence', () => {
  it('prefers local over server over autocomplete over heuristic for one field', () => {
    const all = {
      selectors: ['#f'],
      local: { '#f': 'a' },
      server: { '#f': 'b' },
      autocomplete: { '#f': 'c' },
      heuristic: { '#f': 'd' },
    };
    expect(merge(all).map).toEqual({ '#f': 'a' });
    expect(merge(all).sources).toEqual({ '#f': 'local' });
    expect(merge({ ...all, local: {} }).sources).toEqual({ '#f': 'server' });
    expect(merge({ ...all, local: {}, server: {} }).sources).toEqual({ '#f': 'autocomplete' });
    expect(merge({ ...all, local: {}, server: {}, autocomplete: {} })).toMatchObject({
      map: { '#f': 'd' },
      sources: { '#f': 'heuristic' },
    });
  });

  it('fills different fields from different sources', () => {
    const result = merge({
      selectors: ['#a', '#b', '#c', '#d'],
      local: { '#a': 'first_name' },
      server: { '#b': 'last_name' },
      autocomplete: { '#c': 'email' },
      heuristic: { '#d': 'phone' },
    });
    expect(result.map).toEqual({ '#a': 'first_name', '#b': 'last_name', '#c': 'email', '#d': 'phone' });
    expect(result.sources).toEqual({ '#a': 'local', '#b': 'server', '#c': 'autocomplete', '#d': 'heuristic' });
  });

  it('lets learned sources give one canonical to several fields, and never take it from another field', () => {
    // A local correction claiming `email` for the confirmation box leaves the real email field filled.
    const result = merge({
      selectors: ['#email', '#confirm'],
      local: { '#confirm': 'email' },
      heuristic: { '#email': 'email' },
    });
    expect(result.map).toEqual({ '#email': 'email', '#confirm': 'email' });
    expect(merge({ selectors: ['#b', '#a'], server: { '#a': 'email', '#b': 'email' } }).map).toEqual({
      '#a': 'email',
      '#b': 'email',
    });
  });

  it('gives a guessed canonical once per scope, across the guessing sources, but again in another form', () => {
    const result = merge({
      selectors: ['#a', '#b', '#c'],
      autocomplete: { '#a': 'email' },
      heuristic: { '#b': 'email', '#c': 'email' },
      scopeOf: { '#a': 'form#1', '#b': 'form#1', '#c': 'form#2' },
    });
    expect(result.map).toEqual({ '#a': 'email', '#c': 'email' });
  });

  it('lets a guessing source repeat a canonical it chose itself (a confirmation box)', () => {
    expect(merge({ selectors: ['#a', '#b'], heuristic: { '#a': 'email', '#b': 'email' } }).map).toEqual({
      '#a': 'email',
      '#b': 'email',
    });
  });

  it("lets a guessing source repeat a canonical another gave, when it agrees on that field (the page's email box and its confirmation)", () => {
    const result = merge({
      selectors: ['#email', '#confirm', '#other'],
      autocomplete: { '#email': 'email', '#other': 'phone' },
      heuristic: { '#email': 'email', '#confirm': 'email', '#other': 'email' },
    });
    expect(result.map).toEqual({ '#email': 'email', '#confirm': 'email', '#other': 'phone' });
    expect(result.sources).toMatchObject({ '#email': 'autocomplete', '#confirm': 'heuristic' });
  });

  it('honours a learned "leave alone" from local, server or the field-level crowd', () => {
    for (const source of ['local', 'server', 'serverFields'] as const) {
      const result = merge({
        selectors: ['#a', '#b'],
        [source]: { '#a': source === 'local' ? UNMAPPED : LEAVE_ALONE },
        autocomplete: { '#a': 'email' },
        heuristic: { '#b': 'phone' },
      });
      expect(result.map, source).toEqual({ '#b': 'phone' });
    }
  });

  it('ranks field-level predictions below the form map and local memory, above the guesses', () => {
    const result = merge({
      selectors: ['#a', '#b', '#c'],
      local: { '#a': 'first_name' },
      server: {},
      serverFields: { '#a': 'full_name', '#b': 'github_url' },
      heuristic: { '#b': 'website', '#c': 'email' },
    });
    expect(result.sources).toEqual({ '#a': 'local', '#b': 'server_field', '#c': 'heuristic' });
    expect(result).toMatchObject({ profileSource: 'transferred', profileUsed: false });
  });

  it('ignores a "leave alone" from a guessing source', () => {
    const result = merge({ selectors: ['#a'], autocomplete: { '#a': LEAVE_ALONE }, heuristic: { '#a': 'phone' } });
    expect(result.map).toEqual({ '#a': 'phone' });
  });
});

describe('mergeMappings filtering', () => {
  it('drops entries for selectors not on the page, before anything else', () => {
    const result = merge({
      selectors: ['#a'],
      server: { '#gone': 'email' },
      local: { '#gone': 'phone' },
      autocomplete: { '#gone': 'city' },
      heuristic: { '#a': 'email' },
    });
    expect(result.map).toEqual({ '#a': 'email' });
    expect(result.profileSource).toBe('heuristics_only');
    expect(result.profileUsed).toBe(false);
  });

  it('returns an empty map for an empty page', () => {
    expect(merge({ selectors: [], server: { '#a': 'email' } })).toEqual({
      map: {},
      sources: {},
      profileSource: 'heuristics_only',
      profileUsed: false,
    });
  });
});

describe('decideProfileSource', () => {
  it('follows the seed definition', () => {
    expect(decideProfileSource(0, 0)).toBe('heuristics_only');
    expect(decideProfileSource(0, 1)).toBe('local_only');
    expect(decideProfileSource(1, 0)).toBe('server_only');
    expect(decideProfileSource(1, 1)).toBe('merged');
  });
});

describe('mergeMappings profile_source and profile_used', () => {
  const selectors = ['#a', '#b'];

  it('is server_only with a server map and no local overrides', () => {
    expect(merge({ selectors, server: { '#a': 'email' }, heuristic: { '#b': 'phone' } })).toMatchObject({
      profileSource: 'server_only',
      profileUsed: true,
    });
  });

  it('is local_only with local overrides and no server map', () => {
    expect(merge({ selectors, local: { '#a': 'email' } })).toMatchObject({
      profileSource: 'local_only',
      profileUsed: false,
    });
  });

  it('is merged with both', () => {
    expect(merge({ selectors, server: { '#a': 'email' }, local: { '#b': 'phone' } })).toMatchObject({
      profileSource: 'merged',
      profileUsed: true,
    });
  });

  it('is merged even when local wins every server claim', () => {
    expect(merge({ selectors, server: { '#a': 'email' }, local: { '#a': 'phone' } })).toMatchObject({
      map: { '#a': 'phone' },
      profileSource: 'merged',
      profileUsed: true,
    });
  });

  it('counts a local UNMAPPED as a local override', () => {
    expect(merge({ selectors, local: { '#a': UNMAPPED } })).toMatchObject({ map: {}, profileSource: 'local_only' });
  });

  it('is heuristics_only with neither, whatever autocomplete and heuristics say', () => {
    expect(merge({ selectors, autocomplete: { '#a': 'email' }, heuristic: { '#b': 'phone' } })).toMatchObject({
      profileSource: 'heuristics_only',
      profileUsed: false,
    });
  });

  it('always agrees with the wire contract rule for profile_used', () => {
    for (const server of [{}, { '#a': 'email' }] as Record<string, string>[]) {
      for (const local of [{}, { '#b': 'phone' }] as Record<string, string>[]) {
        const result = merge({ selectors: ['#a', '#b'], server, local });
        expect(result.profileUsed).toBe(result.profileSource === 'server_only' || result.profileSource === 'merged');
      }
    }
  });
});
