import { describe, expect, it } from 'vitest';
import { expandAbbreviations } from './abbreviations.ts';
import { field } from './field.fixture.ts';
import { matchField } from './match-field.ts';

describe('expandAbbreviations', () => {
  it('writes out the short forms of captions, reading "exp", "comp" and "no" by their neighbours', () => {
    expect(expandAbbreviations('yrs exp total all jobs')).toBe('years experience total all jobs');
    expect(expandAbbreviations('exp ctc usd')).toBe('expected ctc usd');
    expect(expandAbbreviations('desired comp yr')).toBe('desired compensation year');
    expect(expandAbbreviations('comp sci')).toBe('comp sci');
    expect(expandAbbreviations('mob no')).toBe('mobile number');
    expect(expandAbbreviations('no of dependants')).toBe('no of dependants');
  });
});

describe('matchField with short forms', () => {
  it('reads abbreviated captions as the words they stand for', () => {
    const top = (label: string, type = 'text') => matchField(field({ label, type }))[0]?.canonical;
    expect(top('Yrs exp. (total, all jobs)')).toBe('years_experience');
    expect(top('Curr. employer')).toBe('current_company');
    expect(top('Curr. title')).toBe('current_title');
    expect(top('Desired comp. ($/yr)')).toBe('salary_expectation');
    expect(top('Avail. start date')).toBe('start_date');
    expect(top('Mob. no.', 'tel')).toBe('phone');
    expect(top('Auth. to work in US?', 'radio')).toBe('work_authorization');
  });
});
