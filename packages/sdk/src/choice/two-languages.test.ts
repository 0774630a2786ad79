import { describe, expect, it } from 'vitest';
import { languageHalves, scriptHalves } from './two-languages.ts';

describe('languageHalves', () => {
  it('splits a text written in two languages at its spaced slash', () => {
    expect(languageHalves('Vereinigte Staaten / United States')).toEqual(['Vereinigte Staaten', 'United States']);
    expect(languageHalves('Berufserfahrung / Professional experience *')).toEqual([
      'Berufserfahrung',
      'Professional experience *',
    ]);
  });

  it('leaves a path, a bracketed pair, an unspaced slash and a lone text whole', () => {
    expect(languageHalves('United States / California / San Francisco')).toBeUndefined();
    expect(languageHalves("Bachelor's degree (BA / BSc)")).toBeUndefined();
    expect(languageHalves('she/her')).toBeUndefined();
    expect(languageHalves('United States')).toBeUndefined();
    expect(languageHalves('+1 / 555')).toBeUndefined();
    expect(languageHalves('+1 Stati Uniti / Canada')).toBeUndefined();
  });
});

describe('scriptHalves', () => {
  it('splits a text written in an East Asian script and in Latin letters, the Latin half first', () => {
    expect(scriptHalves('地址 Address')).toEqual(['Address', '地址']);
    expect(scriptHalves('5-8年 5-8 years')).toEqual(['5-8 years', '5-8年']);
    expect(scriptHalves('現時月薪 (港幣) Current Monthly Salary (HK$)')).toEqual([
      'Current Monthly Salary (HK$)',
      '現時月薪 (港幣)',
    ]);
    expect(scriptHalves('Hong Kong 香港')).toEqual(['Hong Kong', '香港']);
  });

  it('leaves a text in one script, or mixing them word by word, whole', () => {
    expect(scriptHalves('Years of experience')).toBeUndefined();
    expect(scriptHalves('5-8年')).toBeUndefined();
    expect(scriptHalves('LinkedIn 個人檔案 LinkedIn Profile')).toBeUndefined();
  });
});
