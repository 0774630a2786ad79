import { describe, expect, it } from 'vitest';
import { resolveChoice } from './index.ts';

const options = (texts: readonly string[]) => texts.map((text) => ({ value: text, text }));
const person = { country: 'United States', region: 'California', city: 'San Francisco' };

describe('a part of the US asked instead of a state', () => {
  it("picks the area that holds the person's state, asked as the country, the place or the region", () => {
    const parts = options(['US – East Coast', 'US – Central', 'US – Mountain', 'US – West Coast', 'Canada']);
    expect(resolveChoice(parts, 'country', 'United States', person)).toBe(3);
    expect(resolveChoice(parts, 'location', 'San Francisco, CA', person)).toBe(3);
    // A bare compass word beside the other US areas is one of them.
    const census = options(['Northeast', 'Midwest', 'South', 'West (CA, OR, WA, …)']);
    expect(resolveChoice(census, 'region', 'California', { ...person })).toBe(3);
    const sizes = options(['Northeast', 'Southeast', 'Midwest', 'Southwest', 'West', 'I live outside the U.S.']);
    expect(resolveChoice(sizes, 'region', 'California', person)).toBe(4);
    expect(
      resolveChoice(options(['Northeast', 'Midwest', 'US South', 'US West']), 'region', 'California', person),
    ).toBe(3);
    // Cards whose description lists the area's states: the one listing the person's.
    const cards = options([
      'US – West CA, OR, WA, NV, AZ',
      'US – Mountain CO, UT, ID, MT, NM',
      'US – Central IL, TX, MN, MO',
      'Outside the US',
    ]);
    expect(resolveChoice(cards, 'region', 'California', person)).toBe(0);
    expect(resolveChoice(cards, 'region', 'Texas', { ...person, region: 'Texas' })).toBe(2);
  });

  it('reads no compass word of another place as a US area, and answers nothing outside the US', () => {
    const countries = options(['South Africa', 'South Korea', 'United States', 'West Bank']);
    expect(resolveChoice(countries, 'country', 'United States', person)).toBe(2);
    const parts = options(['US – East Coast', 'US – West Coast', 'Outside North America']);
    expect(resolveChoice(parts, 'country', 'Germany', { country: 'Germany', city: 'Berlin' })).not.toBe(1);
  });
});
