import { describe, expect, it } from 'vitest';
import type { DraftQuestion } from '@companion-autofill/sdk/content';
import { draftFromMaterial } from './draft-styles.ts';

const MATERIAL = {
  summary: 'I build reliable data platforms.',
  highlights: ['Led the pipeline rebuild', 'Cut nightly batch time in half', 'Mentored four engineers'],
};

const question = (styleId: string, values: Record<string, string> = {}): DraftQuestion => ({
  question: 'Why do you want to join us?',
  hint: '',
  section: '',
  maxLength: undefined,
  styleId,
  values,
});

describe('draftFromMaterial', () => {
  it('writes a paragraph: the summary, then two highlights of the current role in one sentence', () => {
    expect(
      draftFromMaterial(
        MATERIAL,
        question('paragraph', { current_title: 'Senior Data Engineer', current_company: 'Brackenfold' }),
      ),
    ).toBe(
      'I build reliable data platforms. Highlights of my work as Senior Data Engineer at Brackenfold: Led the pipeline rebuild; Cut nightly batch time in half.',
    );
    expect(draftFromMaterial(MATERIAL, question('paragraph'))).toBe(
      'I build reliable data platforms. Led the pipeline rebuild; Cut nightly batch time in half.',
    );
  });

  it('writes bullets: the summary and up to four highlights', () => {
    expect(draftFromMaterial(MATERIAL, question('bullets'))).toBe(
      '• I build reliable data platforms.\n• Led the pipeline rebuild\n• Cut nightly batch time in half\n• Mentored four engineers',
    );
  });

  it('drafts an arm it does not know as a paragraph, and nothing without material', () => {
    expect(draftFromMaterial(MATERIAL, question('style_z'))).toBe(draftFromMaterial(MATERIAL, question('paragraph')));
    expect(draftFromMaterial(undefined, question('bullets'))).toBeUndefined();
    expect(draftFromMaterial({ summary: '', highlights: [] }, question('bullets'))).toBeUndefined();
  });
});
