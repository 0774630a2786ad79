import { describe, expect, it } from 'vitest';
import { normalizeName, normalizeSelector } from './normalize-label.ts';

describe('normalizeName', () => {
  it('names a library-generated group the same on every load', () => {
    expect(normalizeName('el-id-75-30')).toBe(normalizeName('el-id-4-112'));
    expect(normalizeName('mui-7')).toBe(normalizeName('mui-23'));
    expect(normalizeName(':r1:')).toBe(normalizeName(':r2b:'.replace('b', '')));
  });

  it('strips GUID- and hash-like tokens and long digit runs, keeping the rest exact', () => {
    expect(normalizeName('cards[8f3c2b1e-5d4a-4c3b-9e8f-1a2b3c4d5e6f][field0]')).toBe('cards[][field]');
    expect(normalizeName('q_12345678')).toBe('q_');
    expect(normalizeName('job_application[answers_attributes][1][text_value]')).toBe(
      'job_application[answers_attributes][1][text_value]',
    );
    expect(normalizeName('address2')).toBe('address2');
  });
});

describe('normalizeSelector', () => {
  it('keeps the positions of a path, which tell the boxes of one row apart', () => {
    const current = '#apply > div:nth-of-type(8) > div:nth-of-type(1) > input:nth-of-type(1)';
    const expected = '#apply > div:nth-of-type(8) > div:nth-of-type(2) > input:nth-of-type(1)';
    expect(normalizeSelector(current)).toBe(current);
    expect(normalizeSelector(current)).not.toBe(normalizeSelector(expected));
  });

  it('drops the digits of a generated id inside a path, so every load signs the same', () => {
    expect(normalizeSelector('#mui-7 > div:nth-of-type(2) > input')).toBe(
      normalizeSelector('#mui-23 > div:nth-of-type(2) > input'),
    );
    expect(normalizeSelector('#mui-7 > div:nth-of-type(2) > input')).not.toBe(
      normalizeSelector('#mui-7 > div:nth-of-type(3) > input'),
    );
  });

  it('keeps a numbered label in an attribute selector', () => {
    expect(normalizeSelector('input[aria-label="Reference 1 name"]')).not.toBe(
      normalizeSelector('input[aria-label="Reference 2 name"]'),
    );
  });
});
