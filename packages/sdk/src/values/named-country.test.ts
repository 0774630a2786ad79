import { describe, expect, it } from 'vitest';
import { namedCountries, namedCountry } from './named-country.ts';

describe('namedCountry', () => {
  it('finds the country a question names', () => {
    expect(namedCountry('Do you need a visa to work in Germany?')).toBe('DE');
    // In the page's language, by the runtime's region names.
    expect(namedCountry('Você possui autorização para trabalhar no Brasil?')).toBe('BR');
    expect(namedCountry('Disposez-vous d’un permis de travail valable en Belgique ?')).toBe('BE');
    expect(namedCountry('Are you legally authorized to work in the United States?')).toBe('US');
    expect(namedCountry('Are you authorized to work in the US?')).toBe('US');
    // A code or a list's abbreviation in capitals after a placing word of the page's language.
    expect(namedCountry('Wohnen Sie derzeit in den USA?')).toBe('US');
    expect(namedCountry('Você reside nos EUA?')).toBe('US');
    expect(namedCountry('Czy mieszkasz w USA?')).toBe('US');
    expect(namedCountry('Você mora nos Eua?')).toBeUndefined();
    // A question cut short in the middle of the name names no other country.
    expect(namedCountry('Will you require us to sponsor a visa for you to work in the United St')).toBeUndefined();
    expect(namedCountry('Have you flown with United before?')).toBeUndefined();
  });

  it('finds every country a question names, in its order', () => {
    const question =
      'Are you legally authorized to work in the country where this role is based (Canada or the United States)?';
    expect(namedCountries(question)).toEqual(['CA', 'US']);
    expect(namedCountries('Will you require sponsorship?')).toEqual([]);
  });

  it('finds a country named by its adjective', () => {
    expect(namedCountry('Do you hold a Canadian work permit or Canadian citizenship / PR?')).toBe('CA');
    expect(namedCountry('Do you have the right to work in the UK without British sponsorship?')).toBe('GB');
  });

  it('finds none in a question about the country of the job', () => {
    expect(namedCountry('Are you authorized to work in the country where this job is located?')).toBeUndefined();
    expect(namedCountry('Will you now or in the future require sponsorship?')).toBeUndefined();
  });

  it('reads a visa list as visas, not as country codes', () => {
    expect(namedCountry('Will you require sponsorship (e.g. H-1B, TN) to work for our client?')).toBeUndefined();
    expect(namedCountry('Are you eligible to work in UK?')).toBe('GB');
  });

  it("places a question by the terms of a country's immigration system", () => {
    expect(
      namedCountry('Do you require a Certificate of Sponsorship (Skilled Worker visa) to take up this post?'),
    ).toBe('GB');
    expect(namedCountry('Will you require an LMIA to work for us?')).toBe('CA');
    expect(namedCountry('Would you need Fenmoor to sponsor you under the Skilled Worker route?')).toBe('GB');
    expect(namedCountry('Do you hold, or will you need, an Accredited Employer Work Visa?')).toBe('NZ');
    // Terms of several systems, examples of any sponsorship, place it nowhere.
    expect(
      namedCountry('Will you require sponsorship (e.g. a work permit, LMIA or H-1B) to work in that country?'),
    ).toBeUndefined();
  });
});
