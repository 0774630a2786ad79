import { describe, expect, it } from 'vitest';
import { cityRule } from './city-option.ts';
import { resolveChoice } from './resolve-choice.ts';

const list = (...texts: string[]) => texts.map((text) => ({ value: text, text }));
const person = { city: 'San Francisco', region: 'California', country: 'United States' };

describe('cityRule', () => {
  it('scores the place that begins with the city above one that only holds it', () => {
    expect(cityRule(list('Los Angeles', 'South San Francisco', 'San Francisco Bay Area'), '', person)).toEqual([
      0, 1, 2,
    ]);
  });

  it('is not applicable when no option names the city, or the city is unknown', () => {
    expect(cityRule(list('Los Angeles', 'Seattle'), '', person)).toBeUndefined();
    expect(cityRule(list('San Francisco Bay Area'), '', {})).toBeUndefined();
  });

  it("tells the person's San Francisco from another by the state or country named after it", () => {
    const places = list(
      'San Francisco, Córdoba, Argentina',
      'South San Francisco, California, United States',
      'San Francisco, California, United States',
    );
    expect(resolveChoice(places, 'location', 'San Francisco, CA', person)).toBe(2);
    expect(resolveChoice(list('San Francisco, Argentina', 'San Francisco, USA'), 'location', 'SF', person)).toBe(1);
  });

  it("picks the city's row of a cascader's search, not the row of a city that holds its name", () => {
    const rows = list('United States / California / South San Francisco', 'United States / California / San Francisco');
    expect(resolveChoice(rows, 'location', 'San Francisco, CA', person)).toBe(1);
  });

  it("picks the metro area named after the person's city from a list of areas", () => {
    const areas = list('Greater Los Angeles', 'San Diego', 'San Francisco Bay Area', 'Sacramento Valley');
    expect(resolveChoice(areas, 'location', 'San Francisco, CA', person)).toBe(2);
  });
});
