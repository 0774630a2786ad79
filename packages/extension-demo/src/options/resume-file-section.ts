/**
 * The options page's resume file: shows the stored file, stores a newly chosen one at once (no
 * Save needed) and removes it. A refused file (type, size, empty) or a failed write leaves the
 * stored file as it was. The file stays in `browser.storage.local`; the content script hands it
 * to the SDK, which puts it into a form's file input.
 *
 *   #resume-file change ─► checkResumeFile ─ refused ─► #resume-status says why, stored file kept
 *                                          └ ok ─► read bytes ─► storage.set ─► #resume-current
 *   #resume-remove click ─► storage.remove ─► #resume-current
 */
import browser from 'webextension-polyfill';
import {
  checkResumeFile,
  formatFileSize,
  RESUME_FILE_ACCEPT,
  resumeFileProblemText,
  toStoredResumeFile,
} from '../settings/resume-file-check.ts';
import { readStoredResumeFile, RESUME_FILE_KEY } from '../settings/resume-file.ts';
import { element, report } from './page-element.ts';

async function storedFile(): Promise<{ name: string; size: number } | undefined> {
  const file = readStoredResumeFile((await browser.storage.local.get(RESUME_FILE_KEY))[RESUME_FILE_KEY]);
  return file === undefined ? undefined : { name: file.name, size: file.bytes.length };
}

async function showStored(): Promise<boolean> {
  const file = await storedFile();
  element('resume-current').textContent =
    file === undefined ? 'none stored' : `${file.name} (${formatFileSize(file.size)})`;
  element('resume-remove').hidden = file === undefined;
  return file !== undefined;
}

async function store(input: HTMLInputElement): Promise<void> {
  const status = element('resume-status');
  const file = input.files?.[0];
  // Cleared so that choosing the same file again fires `change` again.
  input.value = '';
  if (!file) return;
  const kept = (await storedFile()) === undefined ? 'Nothing was stored.' : 'The stored file was kept.';
  const checked = checkResumeFile(file);
  if (!checked.ok) {
    report(status, 'error', `${resumeFileProblemText(checked.problem, file)} ${kept}`);
    return;
  }
  try {
    const bytes = new Uint8Array(await file.arrayBuffer());
    await browser.storage.local.set({ [RESUME_FILE_KEY]: toStoredResumeFile(file.name, checked.type, bytes) });
  } catch (error) {
    report(
      status,
      'error',
      `Could not store ${file.name} (${error instanceof Error ? error.message : 'unknown error'}). ${kept}`,
    );
    return;
  }
  await showStored();
  report(status, 'ok', `Stored ${file.name} (${formatFileSize(file.size)}).`);
}

async function remove(): Promise<void> {
  await browser.storage.local.remove(RESUME_FILE_KEY);
  await showStored();
  report(element('resume-status'), 'ok', 'Removed the resume file.');
}

/** Wires the resume controls of options.html and shows the stored file. */
export async function setupResumeFileSection(): Promise<void> {
  const input = element<HTMLInputElement>('resume-file');
  input.accept = RESUME_FILE_ACCEPT;
  input.addEventListener('change', () => void store(input));
  element('resume-remove').addEventListener('click', () => void remove());
  await showStored();
}
