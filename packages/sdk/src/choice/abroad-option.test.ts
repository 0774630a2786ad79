import { describe, expect, it } from 'vitest';
import { abroadRule, abroadScore, namedAbroadRule } from './abroad-option.ts';
import { usStateRule } from './us-states.ts';

const list = (...texts: string[]) => texts.map((text) => ({ value: text, text }));
const person = { country: 'United States', city: 'San Francisco', region: 'California' };

describe('abroadScore', () => {
  it('scores an option outside a named country other than home, in several languages', () => {
    for (const text of [
      'Outside India',
      'Overseas - outside of the UK',
      'Hors de France',
      'Extérieur du Canada',
      'Outside Canada',
      'Not residing in Singapore',
      'Not residing in the UAE (no UAE visa)',
      'Non-resident of Malaysia',
      'Nicht in Österreich wohnhaft',
      'En dehors du Canada',
    ])
      expect(abroadScore({ value: '', text }, 'US', 0.5, 0.5), text).toBe(1);
    expect(abroadScore({ value: '', text: 'Outside the United States' }, 'US', 0.5, 0.5)).toBe(0);
    expect(abroadScore({ value: '', text: 'Not currently living in the U.S.' }, 'US', 0.5, 0.5)).toBe(0);
    // A country named in the page's language is read by the browser's region names; a declined
    // form of it ("Polski" for Polska) is a place the table does not know: loosely abroad, unless
    // it is home in another language.
    expect(abroadScore({ value: '', text: 'Fuera de España' }, 'US', 0.5, 0.5)).toBe(1);
    expect(abroadScore({ value: '', text: 'spoza Polski' }, 'US', 0.5, 0.5)).toBe(0.5);
    expect(abroadScore({ value: '', text: 'Fuera de Estados Unidos' }, 'US', 0.5, 0.5)).toBe(0);
  });

  it('gives an option saying abroad without a country, or outside a place it does not know, the score asked for, and any other option none', () => {
    for (const text of ['EX – Exterior', 'International', '海外', 'Overseas', 'Ausland', 'Estrangeiro'])
      expect(abroadScore({ value: '', text }, 'US', 0.5, 0.5), text).toBe(0.5);
    for (const text of [
      'Külföld',
      'Străinătate',
      'Ulkomaat',
      'Nước ngoài',
      'ต่างประเทศ',
      'Εξωτερικό',
      'Luar Negeri',
      'Utomlands',
      'Yurt dışı',
    ])
      expect(abroadScore({ value: '', text }, 'US', 0.5, 0.5), text).toBe(0.5);
    for (const text of ['Internal transfer', 'Exeter', 'Bavaria', 'Foreigner-friendly office'])
      expect(abroadScore({ value: '', text }, 'US', 0.5, 0.5), text).toBe(0);
  });
});

describe('abroadRule', () => {
  it("answers a list of another country's cities by its option for those abroad", () => {
    expect(abroadRule(list('Bengaluru', 'Mumbai', 'Outside India'), 'San Francisco, CA', person)).toEqual([0, 0, 1]);
  });

  it('answers a list of places near the employer by the world region the person lives in or lies outside of', () => {
    const dublin = list('Ireland', 'United Kingdom', 'Elsewhere in the EU/EEA', 'Outside Europe');
    expect(abroadRule(dublin, 'San Francisco, CA', person)).toEqual([0, 0, 0, 1]);
    const french = { country: 'France', city: 'Lyon' };
    expect(abroadRule(dublin, 'Lyon, France', french)).toEqual([0, 0, 1, 0]);
    expect(abroadRule(list('EMEA', 'North America', 'APAC'), 'San Francisco, CA', person)).toEqual([0, 1, 0]);
  });

  it('is not applicable when an option names the city, when none is for those abroad, or the country is unknown', () => {
    expect(abroadRule(list('San Francisco, CA', 'International'), 'San Francisco, CA', person)).toBeUndefined();
    expect(abroadRule(list('Bengaluru', 'Mumbai'), 'San Francisco, CA', person)).toBeUndefined();
    expect(
      abroadRule(list('Bengaluru', 'Outside India'), 'San Francisco, CA', { city: 'San Francisco' }),
    ).toBeUndefined();
  });
});

describe('namedAbroadRule', () => {
  it("answers another country's status list by its option for those who do not live there", () => {
    const singapore = list('Singapore Citizen', 'Singapore PR', 'Employment Pass holder', 'Not residing in Singapore');
    expect(namedAbroadRule(singapore, 'no', person)).toEqual([0, 0, 0, 1]);
    expect(namedAbroadRule(list('Employment visa', 'Golden visa', 'Not residing in the UAE'), 'no', person)).toEqual([
      0, 0, 1,
    ]);
  });

  it('is not applicable to a status list without a named country, or of the country the person lives in', () => {
    expect(namedAbroadRule(list('Student visa', 'International', 'Overseas'), 'no', person)).toBeUndefined();
    expect(namedAbroadRule(list('Citizen', 'Green card', 'Not residing in the US'), 'no', person)).toBeUndefined();
    expect(namedAbroadRule(list('Citizen', 'Not residing in Singapore'), 'no', {})).toBeUndefined();
  });
});

describe('usStateRule abroad', () => {
  it("picks the option for those abroad from another country's regions, the state when the list has it", () => {
    expect(usStateRule(list('Madrid', 'Sevilla', 'Fuera de España'), 'California', person)).toEqual([0, 0, 1]);
    expect(usStateRule(list('SP – São Paulo', 'PR – Paraná', 'EX – Exterior'), 'California', person)).toEqual([
      0, 0, 0.5,
    ]);
    expect(usStateRule(list('California', 'Oregon', 'International'), 'California', person)).toEqual([1, 0, 0]);
    expect(usStateRule(list('New South Wales', 'Outside Australia'), 'California', {})).toEqual([0, 0]);
  });
});
