import { describe, expect, expectTypeOf, it } from 'vitest';
import type { UserProfileValues } from '../edits/profile-values.ts';
import type { Choice } from '../fill/match-choice.ts';
import * as api from './index.ts';

describe('choice public API', () => {
  it('exports the contract and nothing else', () => {
    expect(Object.keys(api).sort()).toEqual([
      'canonicalForChoice',
      'countryCode',
      'countryCodeInAnyLanguage',
      'dialCode',
      'leadingDialCode',
      'resolveChoice',
      'resolveChoices',
    ]);
  });

  it('has the agreed signatures', () => {
    expectTypeOf(api.resolveChoice).toEqualTypeOf<
      (choices: readonly Choice[], canonical: string, value: string, values?: UserProfileValues) => number
    >();
    expectTypeOf(api.resolveChoices).toEqualTypeOf<
      (choices: readonly Choice[], canonical: string, value: string, values?: UserProfileValues) => number[]
    >();
    expectTypeOf(api.canonicalForChoice).toEqualTypeOf<
      (choice: Choice, values: UserProfileValues, candidates?: readonly string[]) => string | undefined
    >();
    expectTypeOf(api.countryCode).toEqualTypeOf<(text: string) => string | undefined>();
    expectTypeOf(api.dialCode).toEqualTypeOf<(alpha2: string) => string | undefined>();
    expectTypeOf(api.leadingDialCode).toEqualTypeOf<(digits: string) => string | undefined>();
  });
});
