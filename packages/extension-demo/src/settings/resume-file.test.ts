import { describe, expect, it } from 'vitest';
import {
  checkResumeFile,
  formatFileSize,
  RESUME_FILE_PROBLEMS,
  resumeFileProblemText,
  toStoredResumeFile,
} from './resume-file-check.ts';
import { MAX_RESUME_FILE_BYTES, readStoredResumeFile } from './resume-file.ts';

/** Every byte value, several times over: base64 must carry each one. */
const bytes = Uint8Array.from({ length: 70_000 }, (_, index) => (index * 7) % 256);

describe('checkResumeFile', () => {
  it('accepts the document types by extension and stores their standard MIME type', () => {
    expect(checkResumeFile({ name: 'cv.pdf', size: 10 })).toEqual({ ok: true, type: 'application/pdf' });
    expect(checkResumeFile({ name: 'My CV.DOCX', size: 10 })).toEqual({
      ok: true,
      type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    });
    for (const name of ['a.doc', 'a.rtf', 'a.txt', 'a.odt'])
      expect(checkResumeFile({ name, size: 1 }).ok, name).toBe(true);
  });

  it('refuses other types, empty files and files over 2 MB', () => {
    expect(checkResumeFile({ name: 'cv.zip', size: 10 })).toEqual({ ok: false, problem: 'unsupported_type' });
    expect(checkResumeFile({ name: 'pdf', size: 10 })).toEqual({ ok: false, problem: 'unsupported_type' });
    expect(checkResumeFile({ name: 'cv.pdf.exe', size: 10 })).toEqual({ ok: false, problem: 'unsupported_type' });
    expect(checkResumeFile({ name: 'cv.pdf', size: 0 })).toEqual({ ok: false, problem: 'empty' });
    expect(checkResumeFile({ name: 'cv.pdf', size: MAX_RESUME_FILE_BYTES })).toMatchObject({ ok: true });
    expect(checkResumeFile({ name: 'cv.pdf', size: MAX_RESUME_FILE_BYTES + 1 })).toEqual({
      ok: false,
      problem: 'too_large',
    });
  });

  it('says what is wrong, with the sizes', () => {
    const big = { name: 'big.pdf', size: 2.5 * 1024 * 1024 };
    expect(resumeFileProblemText('too_large', big)).toBe('big.pdf is 2.5 MB; the limit is 2.0 MB.');
    for (const problem of RESUME_FILE_PROBLEMS) expect(resumeFileProblemText(problem, big)).toMatch(/^big\.pdf /);
    expect([formatFileSize(820), formatFileSize(123_000), formatFileSize(2_621_440)]).toEqual([
      '820 B',
      '120 KB',
      '2.5 MB',
    ]);
  });
});

describe('stored resume file', () => {
  it('gives back the same bytes it stored', () => {
    const stored = toStoredResumeFile('cv.pdf', 'application/pdf', bytes);
    expect(stored).toMatchObject({ name: 'cv.pdf', type: 'application/pdf', size: bytes.length });
    expect(Buffer.from(stored.base64, 'base64').equals(Buffer.from(bytes))).toBe(true);
    const read = readStoredResumeFile(JSON.parse(JSON.stringify(stored)));
    expect(read?.name).toBe('cv.pdf');
    expect(read?.type).toBe('application/pdf');
    expect(Buffer.from(read?.bytes ?? []).equals(Buffer.from(bytes))).toBe(true);
  });

  it('reads nothing from a malformed entry', () => {
    const stored = toStoredResumeFile('cv.pdf', 'application/pdf', bytes.subarray(0, 30));
    for (const raw of [
      undefined,
      null,
      'cv.pdf',
      {},
      { ...stored, size: 31 },
      { ...stored, base64: '***not base64***' },
      { ...stored, name: '' },
      { ...stored, size: '30' },
      { ...stored, type: 7 },
    ])
      expect(readStoredResumeFile(raw), JSON.stringify(raw)).toBeUndefined();
  });
});
