import { describe, expect, it } from 'vitest';
import { decideProfileSource, mergeMappings, type MergeInput } from './merge-mappings.ts';
import { UNMAPPED } from './unmapped.ts';

const none = { server: {}, local: {}, autocomplete: {}, heuristic: {} } as const;
const merge = (input: Partial<MergeInput> & Pick<MergeInput, 'selectors'>) => mergeMappings({ ...none, ...input });

describe('mergeMappings precedence', () => {
  it('prefers local over server over autocomplete over heuristic for one field', () => {
    const all = { selectors: ['#f'], local: { '#f': 'a' }, server: { '#f': 'b' }, autocomplete: { '#f': 'c' }, heuristic: { '#f': 'd' } };
    expect(merge(all).map).toEqual({ '#f': 'a' });
    expect(merge(all).sources).toEqual({ '#f': 'local' });
    expect(merge({ ...all, local: {} }).sources).toEqual({ '#f': 'server' });
    expect(merge({ ...all, local: {}, server: {} }).sources).toEqual({ '#f': 'autocomplete' });
    expect(merge({ ...all, local: {}, server: {}, autocomplete: {} })).toMatchObject({ map: { '#f': 'd' }, sources: { '#f': 'heuristic' } });
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

  it('gives a canonical to one field: a higher source removes lower claims elsewhere', () => {
    const result = merge({
      selectors: ['#a', '#b'],
      server: { '#a': 'email' },
      heuristic: { '#b': 'email' },
    });
    expect(result.map).toEqual({ '#a': 'email' });
  });

  it('leaves a field whose claim was dropped open for another canonical from a lower source', () => {
    const result = merge({
      selectors: ['#a', '#b'],
      local: { '#a': 'email' },
      server: { '#b': 'email' },
      heuristic: { '#b': 'phone' },
    });
    expect(result.map).toEqual({ '#a': 'email', '#b': 'phone' });
    expect(result.sources).toEqual({ '#a': 'local', '#b': 'heuristic' });
  });

  it('within one source, the first field in page order keeps a duplicated canonical', () => {
    const result = merge({ selectors: ['#b', '#a'], server: { '#a': 'email', '#b': 'email' } });
    expect(result.map).toEqual({ '#b': 'email' });
  });

  it('honours a local UNMAPPED: the field stays empty and no lower source fills it', () => {
    const result = merge({
      selectors: ['#a', '#b'],
      local: { '#a': UNMAPPED },
      server: { '#a': 'email' },
      heuristic: { '#a': 'email', '#b': 'email' },
    });
    expect(result.map).toEqual({ '#b': 'email' });
    expect(result.sources).toEqual({ '#b': 'heuristic' });
  });

  it('ignores an empty canonical from any source but local', () => {
    const result = merge({ selectors: ['#a'], server: { '#a': UNMAPPED }, heuristic: { '#a': 'phone' } });
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
    expect(merge({ selectors, local: { '#a': 'email' } })).toMatchObject({ profileSource: 'local_only', profileUsed: false });
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
