import { describe, expect, it } from 'vitest';
import { loadForms } from './form-catalog.ts';
import { parseTruth } from './truth.ts';

const minimal = {
  title: 'T',
  family: 'f',
  template: 't',
  sibling_of: null,
  submit: '#go',
  fields: [{ id: 'a', label: 'A', kind: 'text', selector: '#a', expect: 'x' }],
};

describe('parseTruth', () => {
  it('every form on disk has a valid truth file; siblings name their form', () => {
    const forms = loadForms();
    expect(forms.length).toBeGreaterThanOrEqual(18 + 6);
    expect(forms.filter((form) => form.truth.sibling_of !== null).length).toBeGreaterThanOrEqual(6);
    for (const form of forms) expect(form.truth.fields.length, form.name).toBeGreaterThan(0);
  });

  it('fills defaults: step 1, page index.html, no steps', () => {
    const truth = parseTruth(minimal, 'x');
    expect(truth).toMatchObject({ page: 'index.html', next: [], submit: { selector: '#go' } });
    expect(truth.fields[0]).toMatchObject({ step: 1, leave_alone: false, expect: 'x' });
  });

  it('takes the answer in effect on the day the suite runs, the model value with it', () => {
    const windowed = {
      ...minimal,
      fields: [
        {
          id: 'start',
          label: 'When can you start?',
          kind: 'select',
          selector: '#start',
          expect: 'More than a month',
          model: { key: 'start', value: 'More than a month' },
          expect_from: { '2026-12-16': 'Within a month', '2027-01-02': 'Within 2 weeks' },
        },
      ],
    };
    const on = (day: string) => parseTruth(windowed, 'x', new Date(`${day}T12:00:00Z`)).fields[0];
    expect(on('2026-12-03')).toMatchObject({ expect: 'More than a month', model: { value: 'More than a month' } });
    expect(on('2026-12-16')).toMatchObject({ expect: 'Within a month', model: { value: 'Within a month' } });
    expect(on('2027-03-01')?.expect).toBe('Within 2 weeks');
    const badDay = { ...windowed, fields: [{ ...windowed.fields[0], expect_from: { soon: 'Now' } }] };
    expect(() => parseTruth(badDay, 'x')).toThrow(/keys must be days/);
  });

  it('rejects what would make a judgement meaningless, naming the form and field', () => {
    const withField = (field: Record<string, unknown>) => ({
      ...minimal,
      fields: [{ id: 'a', label: 'A', selector: '#a', ...field }],
    });
    expect(() => parseTruth(withField({ kind: 'text' }), 'x')).toThrow(
      /x\/truth.json: fields\[0\] \(a\): needs "expect"/,
    );
    expect(() => parseTruth(withField({ kind: 'text', leave_alone: true, expect: 'y' }), 'x')).toThrow(
      /"initial", not "expect"/,
    );
    expect(() => parseTruth(withField({ kind: 'select', leave_alone: true }), 'x')).toThrow(/needs "initial"/);
    expect(() => parseTruth(withField({ kind: 'widget', expect: 'y' }), 'x')).toThrow(/needs "pick"/);
    expect(() => parseTruth(withField({ kind: 'checkbox', expect: 'yes' }), 'x')).toThrow(/"checked" or "unchecked"/);
    expect(() => parseTruth(withField({ kind: 'text', expect: 'y', step: 2 }), 'x')).toThrow(/"step" must be 1..1/);
    expect(() => parseTruth(withField({ kind: 'text', expect: 'y', colour: 'red' }), 'x')).toThrow(
      /unknown key "colour"/,
    );
    expect(() => parseTruth({ ...minimal, fields: [...minimal.fields, ...minimal.fields] }, 'x')).toThrow(/used twice/);
  });
});
