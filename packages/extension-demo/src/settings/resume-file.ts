/**
 * The user's resume file, kept in `browser.storage.local` on this device only and put into a
 * form's file input by the SDK. Stored as base64 (storage holds JSON, not bytes). This module is
 * what the content script loads: the key, the limit and the reader, checked by hand (no zod, for
 * the 20 KB budget). Which files the options page accepts is in resume-file-check.ts.
 */
import type { ProfileFile } from '@companion-autofill/sdk/content';

/** Storage key of the stored file. */
export const RESUME_FILE_KEY = 'demo.resumeFile.v1';

/** Largest file kept: 2 MB, well within a form's upload limit and storage.local's 10 MB. */
export const MAX_RESUME_FILE_BYTES = 2 * 1024 * 1024;

/** The file as stored. */
export interface StoredResumeFile {
  name: string;
  /** MIME type, e.g. `application/pdf`. */
  type: string;
  /** The bytes, base64. */
  base64: string;
  /** Size in bytes. */
  size: number;
}

function isStoredResumeFile(raw: unknown): raw is StoredResumeFile {
  if (typeof raw !== 'object' || raw === null) return false;
  const { name, type, base64, size } = raw as Partial<Record<keyof StoredResumeFile, unknown>>;
  return (
    typeof name === 'string' &&
    name !== '' &&
    name.length <= 255 &&
    typeof type === 'string' &&
    type.length <= 255 &&
    typeof base64 === 'string' &&
    typeof size === 'number' &&
    Number.isInteger(size) &&
    size > 0 &&
    size <= MAX_RESUME_FILE_BYTES
  );
}

/** The stored file with its bytes as the SDK's `profileFiles` option takes it, or undefined when none is stored or it is malformed (wrong size, bad base64). Never throws. */
export function readStoredResumeFile(raw: unknown): ProfileFile | undefined {
  if (!isStoredResumeFile(raw)) return undefined;
  let binary: string;
  try {
    binary = atob(raw.base64);
  } catch {
    return undefined;
  }
  if (binary.length !== raw.size) return undefined;
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index++) bytes[index] = binary.charCodeAt(index);
  return { name: raw.name, type: raw.type, bytes };
}
