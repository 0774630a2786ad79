/**
 * Which resume files the options page keeps, and how they are stored. A file is judged by its
 * extension (browsers leave `File.type` empty for some of these), and stored with the standard
 * MIME type of that extension so every form's `accept` check sees the same thing.
 */
import { MAX_RESUME_FILE_BYTES, type StoredResumeFile } from './resume-file.ts';

/** Accepted extensions and the MIME type each is stored with. */
export const RESUME_FILE_TYPES = {
  pdf: 'application/pdf',
  doc: 'application/msword',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  rtf: 'application/rtf',
  txt: 'text/plain',
  odt: 'application/vnd.oasis.opendocument.text',
} as const;

/** Why a file was refused. Closed list: each has its message in {@link resumeFileProblemText}. */
export const RESUME_FILE_PROBLEMS = ['unsupported_type', 'too_large', 'empty'] as const;
export type ResumeFileProblem = (typeof RESUME_FILE_PROBLEMS)[number];

/** The `accept` attribute of the file picker. */
export const RESUME_FILE_ACCEPT = Object.keys(RESUME_FILE_TYPES)
  .map((extension) => `.${extension}`)
  .join(',');

/** The MIME type to store a file with, or why it is refused. */
export type ResumeFileCheck = { ok: true; type: string } | { ok: false; problem: ResumeFileProblem };

/** Checks a chosen file by its name and size, before its bytes are read. */
export function checkResumeFile(file: { name: string; size: number }): ResumeFileCheck {
  const extension = /\.([^.]+)$/.exec(file.name)?.[1]?.toLowerCase() ?? '';
  if (!Object.hasOwn(RESUME_FILE_TYPES, extension)) return { ok: false, problem: 'unsupported_type' };
  if (file.size > MAX_RESUME_FILE_BYTES) return { ok: false, problem: 'too_large' };
  if (file.size === 0) return { ok: false, problem: 'empty' };
  return { ok: true, type: RESUME_FILE_TYPES[extension as keyof typeof RESUME_FILE_TYPES] };
}

/** A size as people read it: '820 B', '120 KB', '2.4 MB'. */
export function formatFileSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/** What the user reads about a refused file. */
export function resumeFileProblemText(problem: ResumeFileProblem, file: { name: string; size: number }): string {
  switch (problem) {
    case 'unsupported_type':
      return `${file.name} is not a PDF, DOC, DOCX, RTF, TXT or ODT file.`;
    case 'too_large':
      return `${file.name} is ${formatFileSize(file.size)}; the limit is ${formatFileSize(MAX_RESUME_FILE_BYTES)}.`;
    case 'empty':
      return `${file.name} is empty.`;
  }
}

/** Base64 of `bytes`, in chunks: one String.fromCharCode call over 2 MB of arguments would overflow the stack. */
function toBase64(bytes: Uint8Array): string {
  const chunks: string[] = [];
  for (let start = 0; start < bytes.length; start += 0x8000) {
    chunks.push(String.fromCharCode(...bytes.subarray(start, start + 0x8000)));
  }
  return btoa(chunks.join(''));
}

/** The stored form of a checked file. */
export function toStoredResumeFile(name: string, type: string, bytes: Uint8Array): StoredResumeFile {
  return { name, type, base64: toBase64(bytes), size: bytes.length };
}
