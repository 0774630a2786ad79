import { describe, expect, it } from 'vitest';
import { impliedAlpha3, lookupCountryName, parseCountryTable } from './country-names.ts';

// A table in the packed format, small enough to read: France's alpha-3 is implied by its first key.
const PACKED = [
  'FR||33|france',
  'ES|ESP|34|spain',
  'KR|KOR|82|south korea|republic of korea',
  'KP|PRK|850|north korea|democratic people republic of korea',
  'CG|COG|242|republic of the congo',
  'CD|COD|243|dr congo|democratic republic of the congo',
  'AQ|ATA||antarctica',
].join(';');

describe('parseCountryTable', () => {
  const table = parseCountryTable(PACKED);

  it('reads codes, an implied alpha-3 and dial codes', () => {
    expect(table.byCode.get('FRA')).toBe('FR');
    expect(table.byCode.get('ESP')).toBe('ES');
    expect(table.byCode.has('SPA')).toBe(false);
    expect(table.byCode.get('PRK')).toBe('KP');
    expect(table.dialCodes.get('KR')).toBe('82');
    expect(table.dialCodes.has('AQ')).toBe(false);
  });

  it('marks a bare key two countries share as ambiguous', () => {
    expect(table.byBareKey.get('korea')).toBeNull();
    expect(table.byBareKey.get('congo')).toBeNull();
    expect(table.byBareKey.get('spain')).toBe('ES');
  });
});

describe('impliedAlpha3', () => {
  it('is the first three letters of the key', () => {
    expect(impliedAlpha3('spain')).toBe('SPA');
    expect(impliedAlpha3('dr congo')).toBe('DRC');
  });
});

describe('lookupCountryName', () => {
  const table = parseCountryTable(PACKED);

  it('finds stored keys, inverted ISO names and names without their state form', () => {
    expect(lookupCountryName(table, 'South Korea')).toBe('KR');
    expect(lookupCountryName(table, 'Korea, Republic of')).toBe('KR');
    expect(lookupCountryName(table, 'Kingdom of Spain')).toBe('ES');
    expect(lookupCountryName(table, 'Congo, The Democratic Republic of the')).toBe('CD');
  });

  it('gives up on a name two countries share, and on codes', () => {
    expect(lookupCountryName(table, 'Korea')).toBeUndefined();
    expect(lookupCountryName(table, 'Congo')).toBeUndefined();
    expect(lookupCountryName(table, 'ES')).toBeUndefined();
  });
});
