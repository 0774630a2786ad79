/**
 * Puts one of the user's files into `<input type=file>` the way a drop does: a DataTransfer whose
 * File the page reads with its name, type and bytes, then bubbling `input` and `change`. The file
 * stays on the device; the page receives it only as a person's upload would.
 */
import { dispatchInputAndChange } from './field-events.ts';
import type { FillOutcome } from './fill-outcome.ts';

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
export function fillFile(input: HTMLInputElement, file: ProfileFile): FillOutcome {
  if (input.disabled) return 'not_fillable';
  if (!acceptsFile(input.accept, file)) return 'no_matching_option';
  const view = (input.ownerDocument.defaultView ?? window) as Window & typeof globalThis;
  const transfer = new view.DataTransfer();
  transfer.items.add(new view.File([file.bytes as BlobPart], file.name, { type: file.type }));
  input.files = transfer.files;
  dispatchInputAndChange(input);
  return input.files?.[0]?.name === file.name ? 'filled' : 'did_not_stick';
}
