import { describe, expect, it } from 'vitest';
import { namesNoDocument } from './upload-words.ts';

describe('namesNoDocument', () => {
  it.each([
    'Drop file here',
    'Upload a file (5MB max)',
    'or drop it here',
    'Choose file or drop a PDF or DOCX here',
    'PDF or Word, max 10 MB',
    // What a basic uploader shows until a file is picked (PrimeVue's FileUpload mode="basic").
    'No file chosen',
    // An icon drawn as a glyph before the words, and a hint after them (antd's Dragger).
    '⤒ Click or drag file to this area to upload Optional, but we read every one.',
  ])('finds no document in %j', (text) => {
    expect(namesNoDocument(text)).toBe(true);
  });

  it.each([
    'Resume',
    'Drag and drop your resume here',
    'Click or drag file to upload your résumé',
    'Cover letter (PDF, max 5 MB)',
    'Upload your CV',
  ])('finds the document %j names', (text) => {
    expect(namesNoDocument(text)).toBe(false);
  });
});
