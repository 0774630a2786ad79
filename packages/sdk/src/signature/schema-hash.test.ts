import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { field } from '../heuristics/field.fixture.ts';
import { computeSchemaHash, normalizeLabel, signatureDescriptors } from './schema-hash.ts';

const form = [
  field({ name: 'first_name', id: 'input-1', label: 'First name *' }),
  field({ name: 'last_name', id: 'input-2', label: 'Last name *' }),
  field({ name: 'email', type: 'email', autocomplete: 'email', label: 'Email' }),
  field({ tag: 'select', type: 'select-one', name: 'country', label: 'Country' }),
];

describe('computeSchemaHash', () => {
  it('has the v1 shape', async () => {
    expect(await computeSchemaHash(form)).toMatch(/^v1:[0-9a-f]{16}$/);
  });

  it('is the truncated SHA-256 of the sorted descriptors', async () => {
    const expected = createHash('sha256').update(signatureDescriptors(form).join('\n')).digest('hex').slice(0, 16);
    expect(await computeSchemaHash(form)).toBe(`v1:${expected}`);
  });

  it('is the same whatever the field order', async () => {
    const reversed = [...form].reverse();
    expect(await computeSchemaHash(reversed)).toBe(await computeSchemaHash(form));
  });

  it('ignores ids, which are often generated', async () => {
    const regenerated = form.map((f, i) => ({ ...f, id: `react-select-${i * 7 + 3}` }));
    expect(await computeSchemaHash(regenerated)).toBe(await computeSchemaHash(form));
  });

  it('ignores selectors, placeholders and nearby text', async () => {
    const changed = form.map((f) => ({
      ...f,
      selector: `#x-${f.name}`,
      placeholder: 'Type here',
      nearbyText: 'Step 2',
    }));
    expect(await computeSchemaHash(changed)).toBe(await computeSchemaHash(form));
  });

  it('strips digit runs of five or more from names and labels', async () => {
    const a = [field({ name: 'q_12345678', label: 'Question 20240101' })];
    const b = [field({ name: 'q_98765432', label: 'Question 19991231' })];
    expect(await computeSchemaHash(a)).toBe(await computeSchemaHash(b));
  });

  it('keeps short digit runs, which carry meaning (field0 vs field1)', async () => {
    const a = [field({ name: 'cards[x][field0]' })];
    const b = [field({ name: 'cards[x][field1]' })];
    expect(await computeSchemaHash(a)).not.toBe(await computeSchemaHash(b));
  });

  it('normalizes label case, punctuation and whitespace', async () => {
    const a = [field({ name: 'city', label: 'City *' })];
    const b = [field({ name: 'city', label: '  city:  ' })];
    expect(await computeSchemaHash(a)).toBe(await computeSchemaHash(b));
  });

  it('counts a radio group once, whatever its size and member order', async () => {
    const yes = field({ type: 'radio', name: 'sponsor', group: 'sponsor', label: 'Yes', selector: '#s-yes' });
    const no = field({ type: 'radio', name: 'sponsor', group: 'sponsor', label: 'No', selector: '#s-no' });
    expect(signatureDescriptors([yes, no])).toHaveLength(1);
    expect(await computeSchemaHash([...form, yes, no])).toBe(await computeSchemaHash([no, ...form, yes]));
    expect(await computeSchemaHash([...form, yes, no, { ...no, selector: '#s-no-2' }])).toBe(
      await computeSchemaHash([...form, yes, no]),
    );
  });

  it('counts checkbox groups once but keeps ungrouped checkboxes apart', () => {
    const a = field({ type: 'checkbox', name: 'days[]', group: 'days[]', label: 'Mon' });
    const b = field({ type: 'checkbox', name: 'days[]', group: 'days[]', label: 'Tue' });
    const terms = field({ type: 'checkbox', name: 'terms', label: 'I agree' });
    const privacy = field({ type: 'checkbox', name: 'privacy', label: 'I agree' });
    expect(signatureDescriptors([a, b, terms, privacy])).toHaveLength(3);
  });

  it('changes when a field is added', async () => {
    const extra = [...form, field({ name: 'phone', type: 'tel', label: 'Phone' })];
    expect(await computeSchemaHash(extra)).not.toBe(await computeSchemaHash(form));
  });

  it('changes when a label or a type changes', async () => {
    const relabelled = form.map((f) => (f.name === 'email' ? { ...f, label: 'Work email' } : f));
    const retyped = form.map((f) => (f.name === 'email' ? { ...f, type: 'text' } : f));
    const base = await computeSchemaHash(form);
    expect(await computeSchemaHash(relabelled)).not.toBe(base);
    expect(await computeSchemaHash(retyped)).not.toBe(base);
  });

  it('does not collide when parts shift between name and label', async () => {
    const a = [field({ name: 'a b', label: '' })];
    const b = [field({ name: 'a', label: 'b' })];
    expect(await computeSchemaHash(a)).not.toBe(await computeSchemaHash(b));
  });

  it('changes when a duplicate field appears', async () => {
    expect(await computeSchemaHash([...form, form[0]!])).not.toBe(await computeSchemaHash(form));
  });
});

describe('normalizeLabel', () => {
  it('lower-cases, drops punctuation and collapses whitespace', () => {
    expect(normalizeLabel('  First   Name *:')).toBe('first name');
    expect(normalizeLabel('E-mail\naddress')).toBe('e mail address');
  });

  it('strips long digit runs but keeps short numbers', () => {
    expect(normalizeLabel('Reference 123456789')).toBe('reference');
    expect(normalizeLabel('Address line 2')).toBe('address line 2');
  });

  it('keeps non-Latin letters', () => {
    expect(normalizeLabel('Vorname (Pflichtfeld)')).toBe('vorname pflichtfeld');
    expect(normalizeLabel('名前')).toBe('名前');
  });

  it('caps very long labels', () => {
    expect(normalizeLabel('word '.repeat(100)).length).toBeLessThanOrEqual(120);
  });
});
