import { describe, expect, it } from 'vitest';
import { looksLikePersonalData, selectorCarriesPersonalData } from './personal-data.ts';

describe('personal data in selectors (#15)', () => {
  it('finds emails anywhere, and phone numbers or long digit runs as whole values', () => {
    for (const text of [
      'jane@example.com',
      'mailto:jane.doe@mail.example.co.uk',
      '+1 415 555 0134',
      '(415) 555-0134',
      '4155550134',
      '030 1234567',
      '4111111111111111',
      'acct-1234567890123',
    ]) {
      expect(looksLikePersonalData(text), text).toBe(true);
    }
    for (const text of [
      'email',
      'QA_6083112',
      'q-300001913',
      'urn:li:fsd_jobPosting:4087512345,87654333,multipleChoice',
      'e5d4c3b2-a190-4f8e-b7d6-c5b4a3928108',
      '2024',
      '12345',
      'first_name',
      'user@',
      '@handle',
    ]) {
      expect(looksLikePersonalData(text), text).toBe(false);
    }
  });

  it('reads the attribute values and ids of a selector, quoted, unquoted and escaped', () => {
    expect(selectorCarriesPersonalData('input[value="jane@example.com"]')).toBe(true);
    expect(selectorCarriesPersonalData('input[value="+1 415 555 0134"]')).toBe(true);
    expect(selectorCarriesPersonalData("input[data-phone='4155550134']")).toBe(true);
    expect(selectorCarriesPersonalData('input[data-phone=4155550134]')).toBe(true);
    expect(selectorCarriesPersonalData('#\\34 155550134')).toBe(true);
    expect(selectorCarriesPersonalData('form#apply > input[aria-label="jane\\40 example.com"]')).toBe(true);
    expect(selectorCarriesPersonalData('div[data-x="a"] >>> input[value="jane@example.com"]')).toBe(true);
    for (const selector of [
      'input[name="email"]',
      '#phone',
      'input[name="urn:li:fsd_formElement:urn:li:jobs_applyformcommon_easyApplyFormElement:(urn:li:fsd_jobPosting:4087512345,87654333,multipleChoice)"]',
      'body > div:nth-of-type(2) > input:nth-of-type(1)',
      'input[autocomplete="tel"][type="tel"]',
      '#QA_6083112',
      'input[name="question_30000191"]',
    ]) {
      expect(selectorCarriesPersonalData(selector), selector).toBe(false);
    }
  });
});
