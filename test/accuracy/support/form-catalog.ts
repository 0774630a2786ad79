/**
 * The accuracy forms on disk: every folder under test/accuracy/forms with a truth.json. A folder
 * named `<form>--sibling` is another posting of `<form>`'s template (its truth says so in
 * `sibling_of`), used by the learning run as a form nobody learned on.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseTruth, type FormTruth } from './truth.ts';

/** test/accuracy/forms */
export const FORMS_DIR = fileURLToPath(new URL('../forms/', import.meta.url));

/** Entry files the site bundles with esbuild and serves as `app.js` (+ `app.css`) beside the page. */
export const APP_ENTRIES = ['app.jsx', 'app.js'] as const;

/** One form: its folder name and its checked truth. */
export interface AccuracyForm {
  name: string;
  truth: FormTruth;
}

/**
 * Every form, in name order; `only` keeps the named ones (an unknown name is an error). Only the
 * forms asked for are read: a truth being written in another folder stops no run of these.
 */
export function loadForms(only?: readonly string[]): AccuracyForm[] {
  const names = readdirSync(FORMS_DIR, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(FORMS_DIR, entry.name, 'truth.json')))
    .map((entry) => entry.name)
    .sort();
  const unknown = (only ?? []).filter((name) => !names.includes(name));
  if (unknown.length > 0) throw new Error(`no such form: ${unknown.join(', ')} (known: ${names.join(', ')})`);
  const forms = names
    .filter((name) => only?.includes(name) ?? true)
    .map((name) => ({
      name,
      truth: parseTruth(JSON.parse(readFileSync(join(FORMS_DIR, name, 'truth.json'), 'utf8')), name),
    }));
  for (const form of forms) {
    const { sibling_of: original } = form.truth;
    if (original !== null && !names.includes(original))
      throw new Error(`${form.name}: sibling_of names no form: ${original}`);
    if (original !== null && !form.name.startsWith(`${original}--`))
      throw new Error(`${form.name}: a sibling's folder is named <form>--<posting>`);
  }
  return forms;
}

/** True for a sibling posting (a form nobody learned on in the learning run). */
export const isSibling = (form: AccuracyForm): boolean => form.truth.sibling_of !== null;
