import { describe, expect, it } from 'vitest';
import { namedRegion } from './named-region.ts';

describe('namedRegion', () => {
  it('reads the EU and the EEA as their members, Switzerland with them', () => {
    const region = namedRegion('Do you have the right to work in the EU/EEA (for visits to our Helsinki office)?');
    expect(region).toContain('FI');
    expect(region).toContain('CH');
    expect(region).not.toContain('US');
    expect(namedRegion('Are you eligible to work in the European Union?')).toContain('DE');
  });

  it('names none for a country or for words that only hold the letters', () => {
    expect(namedRegion('Are you authorized to work in the United States?')).toBeUndefined();
    expect(namedRegion('Neuer Beruf')).toBeUndefined();
  });
});
