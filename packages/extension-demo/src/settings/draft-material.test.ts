import { describe, expect, it } from 'vitest';
import { draftMaterialOf, MAX_HIGHLIGHTS, MAX_SUMMARY_LENGTH, readDraftMaterial } from './draft-material.ts';

describe('draftMaterialOf', () => {
  it('takes the summary and the current job’s highlights', () => {
    const document = {
      basics: { summary: ' I build data platforms. ' },
      work: [
        { name: 'Old Co', startDate: '2015-01', endDate: '2018-12', highlights: ['Old win'] },
        { name: 'Now Co', startDate: '2019-01', highlights: ['Led the rebuild', '', 'Halved batch time', 42] },
      ],
    };
    expect(draftMaterialOf(document)).toEqual({
      summary: 'I build data platforms.',
      highlights: ['Led the rebuild', 'Halved batch time'],
    });
  });

  it('falls back to the current job’s summary, caps what it keeps, and finds nothing in a bare document', () => {
    const highlights = Array.from({ length: 12 }, (_, index) => `Win ${index}`);
    expect(draftMaterialOf({ work: [{ name: 'Now Co', summary: 'Runs the data team', highlights }] })).toEqual({
      summary: 'Runs the data team',
      highlights: highlights.slice(0, MAX_HIGHLIGHTS),
    });
    expect(draftMaterialOf({ basics: { summary: 'x'.repeat(MAX_SUMMARY_LENGTH + 10) } })?.summary).toHaveLength(
      MAX_SUMMARY_LENGTH,
    );
    expect(draftMaterialOf({ basics: { name: 'Ada' } })).toBeUndefined();
    expect(draftMaterialOf([])).toBeUndefined();
  });
});

describe('readDraftMaterial', () => {
  it('reads what the import stored and refuses anything else', () => {
    expect(readDraftMaterial({ summary: 'Hi', highlights: ['One'] })).toEqual({ summary: 'Hi', highlights: ['One'] });
    expect(readDraftMaterial({ summary: 'Hi' })).toBeUndefined();
    expect(readDraftMaterial({ summary: 'x'.repeat(MAX_SUMMARY_LENGTH + 1), highlights: [] })).toBeUndefined();
    expect(readDraftMaterial({ summary: '', highlights: [] })).toBeUndefined();
    expect(readDraftMaterial('Hi')).toBeUndefined();
  });
});
