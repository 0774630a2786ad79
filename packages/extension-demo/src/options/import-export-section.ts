/**
 * The options page's JSON Resume import and export. An import is read and checked whole before
 * anything is written, then written once: the document's values replace those it names, the rest
 * stay as stored. A refused document (size, syntax, a wrong field) changes nothing.
 *
 * Scriptable on purpose (an operator's test harness may drive it): paste into `#import-json` and
 * click `#import`, or set a file on `#import-file`; `#import-status` then says what happened, with
 * `data-state="ok"` or `"error"`.
 *
 *   #import / #import-file ─► size ─► JSON ─► jsonResumeToValues ─ problems ─► #import-status (error)
 *                                                                └ values ─► storage.set ─► onImported
 *   #export ─► stored values ─► valuesToJsonResume ─► download companion-resume.json
 */
import browser from 'webextension-polyfill';
import { documentSizeProblem, readJsonResumeText } from '../settings/json-resume.ts';
import { valuesToJsonResume } from '../settings/json-resume-export.ts';
import { DRAFT_MATERIAL_KEY, readDraftMaterial } from '../settings/draft-material.ts';
import { parseProfileValues, PROFILE_VALUES_KEY, type ProfileValues } from '../settings/profile-values.ts';
import { element, report } from './page-element.ts';

/** Name of the exported file. */
export const EXPORT_FILE_NAME = 'companion-resume.json';

/** Problems shown before "and N more": enough to fix a document in a few rounds. */
const PROBLEMS_SHOWN = 5;

/** What the section needs from the page. */
export interface ImportExportOptions {
  /** Called with every stored value after an import, to show them in the form. */
  onImported(values: ProfileValues): void;
}

const plural = (count: number, noun: string) => `${count} ${noun}${count === 1 ? '' : 's'}`;

async function storedValues(): Promise<ProfileValues> {
  return parseProfileValues((await browser.storage.local.get(PROFILE_VALUES_KEY))[PROFILE_VALUES_KEY]);
}

async function importText(text: string, options: ImportExportOptions): Promise<void> {
  const status = element('import-status');
  const result = readJsonResumeText(text, new Date());
  if (!result.ok) {
    const more =
      result.problems.length > PROBLEMS_SHOWN ? ` …and ${result.problems.length - PROBLEMS_SHOWN} more.` : '';
    report(status, 'error', `Nothing imported: ${result.problems.slice(0, PROBLEMS_SHOWN).join(' ')}${more}`);
    return;
  }
  const values = { ...(await storedValues()), ...result.values };
  try {
    // Material is replaced only by a document that has some: importing a bare contact card keeps it.
    const material = result.draftMaterial === undefined ? {} : { [DRAFT_MATERIAL_KEY]: result.draftMaterial };
    await browser.storage.local.set({ [PROFILE_VALUES_KEY]: values, ...material });
  } catch (error) {
    report(
      status,
      'error',
      `Nothing imported: storing failed (${error instanceof Error ? error.message : 'unknown error'}).`,
    );
    return;
  }
  options.onImported(values);
  const drafts = result.draftMaterial === undefined ? '' : ' and the summary and highlights for drafted answers';
  report(status, 'ok', `Imported ${plural(Object.keys(result.values).length, 'value')}${drafts}.`);
}

async function importFile(input: HTMLInputElement, options: ImportExportOptions): Promise<void> {
  const file = input.files?.[0];
  input.value = '';
  if (!file) return;
  // Checked before reading: a huge file is refused without loading it.
  const tooLarge = documentSizeProblem(file.size);
  if (tooLarge !== undefined) {
    report(element('import-status'), 'error', `Nothing imported: ${tooLarge}`);
    return;
  }
  await importText(await file.text(), options);
}

async function exportValues(): Promise<void> {
  const values = await storedValues();
  const material = readDraftMaterial((await browser.storage.local.get(DRAFT_MATERIAL_KEY))[DRAFT_MATERIAL_KEY]);
  const blob = new Blob([`${JSON.stringify(valuesToJsonResume(values, material), null, 2)}\n`], {
    type: 'application/json',
  });
  const link = document.createElement('a');
  link.href = URL.createObjectURL(blob);
  link.download = EXPORT_FILE_NAME;
  link.click();
  // Not revoked at once: the download reads the URL after this task.
  setTimeout(() => URL.revokeObjectURL(link.href), 60_000);
  report(
    element('import-status'),
    'ok',
    `Exported ${plural(Object.keys(values).length, 'value')} as ${EXPORT_FILE_NAME}.`,
  );
}

/** Wires the import and export controls of options.html. */
export function setupImportExport(options: ImportExportOptions): void {
  const textarea = element<HTMLTextAreaElement>('import-json');
  const fileInput = element<HTMLInputElement>('import-file');
  element('import').addEventListener('click', () => void importText(textarea.value, options));
  fileInput.addEventListener('change', () => void importFile(fileInput, options));
  element('export').addEventListener('click', () => void exportValues());
}
