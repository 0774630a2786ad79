import { describe, expect, it } from 'vitest';
import { computeDraftStats } from './draft-stats.ts';

describe('computeDraftStats', () => {
  it('counts drafted characters and the characters the person added and deleted', () => {
    expect(computeDraftStats({ '#why': 'I like data.' }, { '#why': 'I love data.' })).toEqual({
      '#why': { drafted_chars: 12, edit_chars: 4 },
    });
  });

  it('counts an untouched draft as no edit, a cleared one as every character deleted', () => {
    expect(computeDraftStats({ '#a': 'Kept as is', '#b': 'Gone' }, { '#a': 'Kept as is', '#b': '' })).toEqual({
      '#a': { drafted_chars: 10, edit_chars: 0 },
      '#b': { drafted_chars: 4, edit_chars: 4 },
    });
  });

  it('skips a drafted field that left the page and counts code points, not UTF-16 units', () => {
    expect(computeDraftStats({ '#gone': 'text', '#e': '🚀 go' }, { '#e': '🚀 go!' })).toEqual({
      '#e': { drafted_chars: 4, edit_chars: 1 },
    });
  });
});
