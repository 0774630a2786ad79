import { describe, expect, it } from 'vitest';
import { namesFile } from './fill-file.ts';

const name = 'Ysoldine_Quarrington_Resume.pdf';

describe('namesFile', () => {
  it('reads the name whole, or cut in its middle as a list that runs its parts together shows it', () => {
    expect(namesFile(`Uploaded: ${name} (9 B)`, name)).toBe(true);
    expect(namesFile('1 file selectedYsoldine_Quarr...on_Resume.pdf9 B', name)).toBe(true);
    expect(namesFile('Ysoldine_Qu…ume.pdf', name)).toBe(true);
  });

  it('refuses another file, an ellipsis that shows too little of either end, and no name at all', () => {
    expect(namesFile('1 file selectedCover_Lett...on_Resume.pdf', name)).toBe(false);
    expect(namesFile('Ysoldine_Quarr...pdf', name)).toBe(false);
    expect(namesFile('Drop files here or browse files', name)).toBe(false);
    expect(namesFile('Loading...', name)).toBe(false);
  });
});
