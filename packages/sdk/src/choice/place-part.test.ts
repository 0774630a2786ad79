import { describe, expect, it } from 'vitest';
import { narrowestPlacePart } from './place-part.ts';

const PERSON = { city: 'San Francisco', region: 'California', country: 'United States' };
const options = (...texts: string[]) => texts.map((text) => ({ value: '', text }));

describe('narrowestPlacePart', () => {
  it("picks the narrowest part of the person's place a column lists", () => {
    expect(narrowestPlacePart(options('Canada', 'Mexico', 'United States'), 'location', PERSON)).toBe(2);
    // The first column stays drawn beside the second: the state goes before the country.
    expect(narrowestPlacePart(options('Canada', 'United States', 'Arizona', 'California'), 'location', PERSON)).toBe(3);
    expect(
      narrowestPlacePart(options('United States', 'California', 'Los Angeles', 'San Francisco'), 'location', PERSON),
    ).toBe(3);
  });

  it("reads a country's code as the country's, not as a state's", () => {
    const coded = [
      { value: 'CA', text: 'Canada' },
      { value: 'US', text: 'United States' },
    ];
    expect(narrowestPlacePart(coded, 'location', PERSON)).toBe(1);
  });

  it("steps down to the field's own part only", () => {
    // A state's cascader: countries, then states; never a city.
    expect(narrowestPlacePart(options('Canada', 'United States'), 'region', PERSON)).toBe(1);
    expect(narrowestPlacePart(options('San Francisco', 'Oakland'), 'region', PERSON)).toBe(-1);
    expect(narrowestPlacePart(options('United States'), 'email', PERSON)).toBe(-1);
  });

  it("goes on past the country in a country's cascader that opens the country's states", () => {
    expect(narrowestPlacePart(options('Ontario', 'Quebec'), 'country', PERSON)).toBe(-1);
    expect(narrowestPlacePart(options('Nevada', 'California'), 'country', PERSON)).toBe(1);
  });

  it('picks nothing when no option names a part of the place', () => {
    expect(narrowestPlacePart(options('Canada', 'Mexico'), 'location', PERSON)).toBe(-1);
    expect(narrowestPlacePart(options('United States'), 'location', {})).toBe(-1);
  });
});
