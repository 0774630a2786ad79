import { describe, expect, it } from 'vitest';
import { judgeField } from './field-verdict.ts';
import type { TruthField } from './truth.ts';

const field = (overrides: Partial<TruthField>): TruthField => ({
  id: 'f',
  label: 'F',
  kind: 'text',
  selector: '#f',
  step: 1,
  leave_alone: false,
  ...overrides,
});

describe('judgeField', () => {
  it('text is right when equal after trimming, wrong otherwise', () => {
    expect(judgeField(field({ expect: '94110' }), { found: 1, value: '94110' })).toBe('right');
    expect(judgeField(field({ expect: '4155550134' }), { found: 1, value: '+1 415 555 0134' })).toBe('wrong');
  });

  it('option and widget text compare with white space folded', () => {
    expect(judgeField(field({ kind: 'select', expect: 'United States' }), { found: 1, value: 'United  States' })).toBe(
      'right',
    );
    expect(
      judgeField(field({ kind: 'widget', expect: '5-7 years', pick: { mode: 'option', option: 'li' } }), {
        found: 1,
        value: '5-7 years',
      }),
    ).toBe('right');
  });

  it('a model entry must hold the value too; absent counts as null', () => {
    const model = field({ expect: 'Ysoldine', model: { key: 'firstName' } });
    expect(judgeField(model, { found: 1, value: 'Ysoldine', model: { present: true, value: 'Ysoldine' } })).toBe(
      'right',
    );
    expect(judgeField(model, { found: 1, value: 'Ysoldine', model: { present: true, value: '' } })).toBe('wrong');
    const untouched = field({ kind: 'widget', leave_alone: true, model: { key: 'eeo.gender', value: null } });
    expect(judgeField(untouched, { found: 1, value: 'Select...', model: { present: true, value: undefined } })).toBe(
      'kept',
    );
    expect(judgeField(untouched, { found: 1, value: 'Female', model: { present: true, value: 'Female' } })).toBe(
      'touched',
    );
  });

  it('leave-alone fields are kept at their initial state (empty, unchecked, or the given one)', () => {
    expect(judgeField(field({ leave_alone: true }), { found: 1, value: '' })).toBe('kept');
    expect(judgeField(field({ leave_alone: true }), { found: 1, value: 'Ysoldine Quarrington' })).toBe('touched');
    expect(judgeField(field({ kind: 'checkbox', leave_alone: true }), { found: 1, value: 'checked' })).toBe('touched');
    expect(
      judgeField(field({ kind: 'select', leave_alone: true, initial: 'Please select' }), {
        found: 1,
        value: 'Please select',
      }),
    ).toBe('kept');
  });

  it('a selector that matched nothing, or a missing model, is missing (a broken truth), not wrong', () => {
    expect(judgeField(field({ expect: 'x' }), { found: 0, value: '' })).toBe('missing');
    expect(judgeField(field({ expect: 'x' }), { found: 2, value: '' })).toBe('missing');
    expect(judgeField(field({ kind: 'radio', expect: 'Yes' }), { found: 2, value: 'Yes' })).toBe('right');
    expect(
      judgeField(field({ expect: 'x', model: { key: 'k' } }), {
        found: 1,
        value: 'x',
        model: { present: false, value: undefined },
      }),
    ).toBe('missing');
  });
});
