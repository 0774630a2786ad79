/**
 * Puts one of the user's files into `<input type=file>` the way a drop does: a DataTransfer whose
 * File the page reads with its name, type and bytes, then bubbling `input` and `change`. The file
 * stays on the device; the page receives it only as a person's upload would.
 */
import { dispatchInputAndChange } from './field-events.ts';
import type { FillOutcome } from './fill-outcome.ts';
import { waitFor } from '../widgets/wait-for.ts';
import { fieldsBeside, isInputElement } from '../scan/field-element.ts';

/** A file the user keeps for applications (a resume), kept on the device. */
export interface ProfileFile {
  readonly name: string;
  readonly type: string;
  readonly bytes: Uint8Array;
}

/** True when the input's `accept` list takes a file of this name and type (no list takes all). */
export function acceptsFile(accept: string, file: Pick<ProfileFile, 'name' | 'type'>): boolean {
  const tokens = accept
    .split(',')
    .map((token) => token.trim().toLowerCase())
    .filter(Boolean);
  if (tokens.length === 0) return true;
  const name = file.name.toLowerCase();
  const type = file.type.toLowerCase();
  return tokens.some((token) =>
    token.startsWith('.')
      ? name.endsWith(token)
      : token.endsWith('/*')
        ? type.startsWith(token.slice(0, -1))
        : token === type,
  );
}

/** Sets `file` as the input's only file. */
export async function fillFile(input: HTMLInputElement, file: ProfileFile): Promise<FillOutcome> {
  if (input.disabled) return 'not_fillable';
  if (!acceptsFile(input.accept, file)) return 'no_matching_option';
  const view = (input.ownerDocument.defaultView ?? window) as Window & typeof globalThis;
  const transfer = new view.DataTransfer();
  transfer.items.add(new view.File([file.bytes as BlobPart], file.name, { type: file.type }));
  input.files = transfer.files;
  dispatchInputAndChange(input);
  if (input.files?.[0]?.name === file.name) return 'filled';
  const listed = await waitFor(
    input.ownerDocument,
    () => listsFile(input, file.name, FILE_LIST_DEPTH),
    FILE_LIST_TIMEOUT_MS,
  );
  return listed ? 'filled' : 'did_not_stick';
}

/** How long an upload that emptied its input may take to list the file (a framework's next render). */
const FILE_LIST_TIMEOUT_MS = 500;

/** How far up from its input an upload's list of taken files may sit (input › upload › form item). */
const FILE_LIST_DEPTH = 3;

/**
 * True when the page lists the file by name within `levels` wrappers around `element`: many uploads
 * (Naive UI's, Element Plus's) take the file into a list of their own and empty the input, so that
 * the same file can be picked again; a drop zone lists what it took inside or beside it.
 */
export function listsFile(element: Element, name: string, levels: number): boolean {
  // A drop zone lists what it took inside itself.
  if (element.localName !== 'input' && namesFile(element.textContent ?? '', name)) return true;
  let node = element.parentElement;
  for (let depth = 0; node && depth < levels; depth += 1, node = node.parentElement) {
    // A wrapper holding other fields is the form's, not the upload's: a banner there naming the
    // file a parser read ("We used Resume.pdf to fill in the fields below") lists no upload; a
    // choice of the files the account holds ("( ) Resume.pdf") does.
    const others = fieldsBeside(node, element);
    if (others.length > 0) return others.some((other) => offersFile(other, name));
    if (namesFile(node.textContent ?? '', name)) return true;
  }
  return false;
}

/** A radio or checkbox whose label names the file: one of the files an account holds, to pick. */
const offersFile = (control: Element, name: string): boolean =>
  isInputElement(control) &&
  /^(radio|checkbox)$/.test(control.type) &&
  Array.from(control.labels ?? []).some((label) => namesFile(label.textContent ?? '', name));

/** A long name cut in its middle to fit ("Ysoldine_Quarr...on_Resume.pdf", Uppy's list). */
const CUT = /\.\.\.|…/g;
/** How much of each end of the name a cut one must still show to be that name. */
const MIN_END = 4;

/**
 * True when `text` shows the file's name whole, or cut in its middle: some head of the name right
 * before an ellipsis and some tail of it right after. The text of a list runs its parts together
 * ("1 file selectedYsoldine_Quarr...on_Resume.pdf9 B"), so the ends are read from the ellipsis out.
 */
export function namesFile(text: string, name: string): boolean {
  if (text.includes(name)) return true;
  for (const cut of text.matchAll(CUT)) {
    const at = cut.index;
    const after = at + cut[0].length;
    const head = longest(name.length, (size) => text.slice(at - size, at) === name.slice(0, size));
    const tail = longest(name.length - head, (size) => text.startsWith(name.slice(name.length - size), after));
    if (head >= MIN_END && tail >= MIN_END) return true;
  }
  return false;
}

/** The largest size below `limit` that `fits`, or 0. */
function longest(limit: number, fits: (size: number) => boolean): number {
  for (let size = limit - 1; size > 0; size -= 1) if (fits(size)) return size;
  return 0;
}
