import { describe, expect, it } from 'vitest';
import { looksGenerated } from './generated-id.ts';

describe('looksGenerated', () => {
  it.each([
    ':r1:',
    ':R2b3:',
    '«r5»',
    '_r_0_',
    '_R_1bk_',
    '_r_j_-form-item',
    ':r3:-form-item-description',
    'ember1234',
    'ext-gen12',
    'mui-7',
    'radix-:r3:',
    'input_12345',
    'field-20240101',
    '3f2c9a7e-1b2d-4c5e-8f90-123456789abc',
    'a1b2c3d4e5',
    'aB3xk9Qz',
    'has space',
    '',
  ])('flags %j', (id) => expect(looksGenerated(id)).toBe(true));

  it.each([
    'email',
    'first_name',
    'firstName',
    'address-line-1',
    'addressLine2',
    'stable-country',
    'job_title',
    'cover',
  ])('keeps %j', (id) => expect(looksGenerated(id)).toBe(false));
});
