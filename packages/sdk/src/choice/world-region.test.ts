import { describe, expect, it } from 'vitest';
import { inNamedRegion } from './world-region.ts';

describe('inNamedRegion', () => {
  it('places countries in the regions forms name, by their dial zones', () => {
    expect(['US', 'CA', 'MX'].map((code) => inNamedRegion('North America', code))).toEqual([true, true, true]);
    expect(['DE', 'GB', 'PL'].map((code) => inNamedRegion('Outside Europe', code))).toEqual([true, true, true]);
    expect(inNamedRegion('Europe', 'US')).toBe(false);
    expect(['BR', 'AR', 'JM'].map((code) => inNamedRegion('Latin America', code))).toEqual([true, true, true]);
    expect(['NG', 'ZA', 'KE'].map((code) => inNamedRegion('Africa', code))).toEqual([true, true, true]);
    expect(['IN', 'JP', 'SG', 'AE'].map((code) => inNamedRegion('Asia', code))).toEqual([true, true, true, true]);
    expect(['AU', 'NZ'].map((code) => inNamedRegion('APAC', code))).toEqual([true, true]);
    expect(['GB', 'AE', 'ZA', 'US'].map((code) => inNamedRegion('EMEA', code))).toEqual([true, true, true, false]);
  });

  it('reads the EU and the EEA as their members, not as Europe, Switzerland with the EEA', () => {
    expect(['FR', 'NO', 'GB'].map((code) => inNamedRegion('Elsewhere in the EU', code))).toEqual([true, false, false]);
    const rightToWork = 'Do you have the right to work in the EU/EEA (for visits to our Helsinki office)?';
    expect(['FI', 'NO', 'CH', 'GB', 'US'].map((code) => inNamedRegion(rightToWork, code))).toEqual([
      true,
      true,
      true,
      false,
      false,
    ]);
    // The union named in other languages.
    expect(inNamedRegion('¿Tienes permiso de trabajo en la Unión Europea?', 'US')).toBe(false);
    expect(inNamedRegion('Besitzen Sie eine Arbeitserlaubnis für die Europäische Union?', 'DE')).toBe(true);
  });

  it('says nothing of a text that names no region, or of an unknown country', () => {
    expect(inNamedRegion('Bay Area', 'US')).toBeUndefined();
    expect(inNamedRegion('Are you authorized to work in the United States?', 'US')).toBeUndefined();
    expect(inNamedRegion('Neuer Beruf', 'DE')).toBeUndefined();
    expect(inNamedRegion('Europe', 'ZZ')).toBeUndefined();
  });
});
