import { describe, expect, it } from 'vitest';
import { field } from './field.fixture.ts';
import { readsUploadToFill } from './upload-reader.ts';

describe('readsUploadToFill', () => {
  it.each([
    'Upload your resume to autofill the application',
    'Autofill from resume',
    'Auto-fill with your CV',
    'Pre-fill from your resume',
    'Upload a resume and we will parse it',
    'Quick apply with your resume',
  ])('reads the upload "%s" as one the page reads', (label) => {
    expect(readsUploadToFill(field({ type: 'file', label }))).toBe(true);
  });

  it.each(['Resume/CV', 'Cover letter', 'Attach your resume'])('does not read the upload "%s" as one', (label) => {
    expect(readsUploadToFill(field({ type: 'file', label }))).toBe(false);
  });

  it('reads only file inputs', () => {
    expect(readsUploadToFill(field({ type: 'text', label: 'Autofill from resume' }))).toBe(false);
  });
});
