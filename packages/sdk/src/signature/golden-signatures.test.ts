import { describe, expect, it } from 'vitest';
import { field } from '../heuristics/field.fixture.ts';
import type { FieldDescriptor } from '../scan/field-descriptor.ts';
import { computeFieldSignatures } from './field-signature.ts';
import { computeSchemaHash } from './schema-hash.ts';

/**
 * Golden signatures of fixed forms. Every learned profile is keyed by its form's `schema_hash`, and
 * every host and ATS-family vote by its fields' signatures: a change to how either is computed
 * orphans all of them, while the other signature tests (same on reorder, different on a new field)
 * still pass. When a change is meant, bump SCHEMA_HASH_VERSION / FIELD_SIGNATURE_VERSION and these
 * values together. (test/accuracy/golden-signatures.chromium.test.ts pins real library pages.)
 */
const FORMS: Readonly<Record<string, readonly FieldDescriptor[]>> = {
  'greenhouse-like': [
    field({ name: 'job_application[first_name]', id: 'first_name', label: 'First Name *', autocomplete: 'given-name' }),
    field({ name: 'job_application[last_name]', id: 'last_name', label: 'Last Name *', autocomplete: 'family-name' }),
    field({ name: 'job_application[email]', type: 'email', label: 'Email *' }),
    field({ name: 'job_application[phone]', type: 'tel', label: 'Phone' }),
    field({ name: 'job_application[resume]', type: 'file', label: 'Resume/CV' }),
    field({
      tag: 'select',
      type: 'select-one',
      name: 'job_application[answers_attributes][0][boolean_value]',
      label: 'Are you legally authorized to work in the United States?',
    }),
  ],
  'generated-ids-and-long-digits': [
    field({
      name: 'question_28374651',
      id: 'react-select-3-input',
      label: 'How did you hear about us? (ref 20261127)',
    }),
    field({ name: 'cards[a1b2][field0]', label: 'LinkedIn Profile' }),
    field({ name: 'cards[a1b2][field1]', label: 'Website' }),
    field({ tag: 'textarea', type: 'textarea', name: 'comments', label: 'Additional information' }),
  ],
  'groups-and-choices': [
    field({ type: 'radio', name: 'sponsorship', group: 'sponsorship', label: 'Yes', selector: '#sp-yes' }),
    field({ type: 'radio', name: 'sponsorship', group: 'sponsorship', label: 'No', selector: '#sp-no' }),
    field({ type: 'checkbox', name: 'days[]', group: 'days[]', label: 'Monday', selector: '#d-mon' }),
    field({ type: 'checkbox', name: 'days[]', group: 'days[]', label: 'Tuesday', selector: '#d-tue' }),
    field({ type: 'checkbox', name: 'privacy', label: 'I agree to the privacy notice' }),
    field({ tag: 'select', type: 'select-one', name: 'country', label: 'Country', autocomplete: 'country-name' }),
  ],
  'non-latin-labels': [
    field({ name: 'vorname', label: 'Vorname (Pflichtfeld)' }),
    field({ name: 'nachname', label: 'Nachname' }),
    field({ name: 'namae', label: '名前' }),
    field({ name: 'email', type: 'email', label: 'E-Mail-Adresse', autocomplete: 'email' }),
  ],
};

const GOLDEN_SCHEMA_HASHES: Readonly<Record<string, string>> = {
  'greenhouse-like': 'v1:b219b16078693f0a',
  'generated-ids-and-long-digits': 'v1:1b04a018513aee12',
  'groups-and-choices': 'v1:f7240fe30074622a',
  'non-latin-labels': 'v1:cbb63e0b160cbbc0',
};
const GOLDEN_FIELD_SIGNATURES: Readonly<Record<string, Record<string, string>>> = {
  'greenhouse-like': {
    '[name="job_application[first_name]"]': 'f1:f23fb16a09f6471d',
    '[name="job_application[last_name]"]': 'f1:feedbcacc9856abe',
    '[name="job_application[email]"]': 'f1:585bf495531150f9',
    '[name="job_application[phone]"]': 'f1:cdbf5b0f0c8525d2',
    '[name="job_application[resume]"]': 'f1:1dee931561aed0ab',
    '[name="job_application[answers_attributes][0][boolean_value]"]': 'f1:ee0b47c8749425e6',
  },
  'generated-ids-and-long-digits': {
    '[name="question_28374651"]': 'f1:13c8db212195ef14',
    '[name="cards[a1b2][field0]"]': 'f1:7805aee981a0e973',
    '[name="cards[a1b2][field1]"]': 'f1:14f6100711783982',
    '[name="comments"]': 'f1:abc9e32c8ad043c4',
  },
  'groups-and-choices': {
    '#sp-yes': 'f1:df01613edd28263d',
    '#sp-no': 'f1:94a4c8ac418908a8',
    '#d-mon': 'f1:ef54b4507336e784',
    '#d-tue': 'f1:b3446a8172d3e806',
    '[name="privacy"]': 'f1:7810d6c2d22fe73e',
    '[name="country"]': 'f1:57c0599a4206ee5a',
  },
  'non-latin-labels': {
    '[name="vorname"]': 'f1:633d1ff5a90819d3',
    '[name="nachname"]': 'f1:82f53ebbca3aa040',
    '[name="namae"]': 'f1:61af64d43555f57d',
    '[name="email"]': 'f1:ff115639d1ba49b6',
  },
};

describe('golden signatures', () => {
  it.each(Object.keys(FORMS))('%s keeps its schema_hash', async (form) => {
    expect(await computeSchemaHash(FORMS[form]!)).toBe(GOLDEN_SCHEMA_HASHES[form]);
  });

  it.each(Object.keys(FORMS))('%s keeps its field signatures', async (form) => {
    expect(await computeFieldSignatures(FORMS[form]!)).toEqual(GOLDEN_FIELD_SIGNATURES[form]);
  });
});
