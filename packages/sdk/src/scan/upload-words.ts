/** Words that say how to upload, not what ("Add file", "Browse", Uppy's "Drop files here or"). */
const UPLOAD_WORD =
  '(?:add|choose|select|browse|upload|attach|drop|drag|and|or|click|tap|to|here|it|an?|your|files?|documents?|from|computer|device|&)(?:\\s+|$)';
/** An upload box's label that names the action, not the document: every word an upload word. */
export const UPLOAD_ACTION = new RegExp(`^(?:${UPLOAD_WORD})+$`, 'i');
/** How to upload, at the start of an area's text: three upload words or more. */
export const UPLOAD_INSTRUCTIONS = new RegExp(`^(?:${UPLOAD_WORD}){3,}`, 'i');

const NAMES_DOCUMENT =
  /(?<!\p{L})(r[eé]sum[eé]|cv|cover|letter|transcript|portfolio|certificate|licen[cs]e|photo|writing sample)(?!\p{L})/iu;
/** What an upload shows before a file is chosen: "No file chosen", "No files selected yet". */
const NO_FILE_YET = /^no (files?|documents?) (chosen|selected|uploaded|attached)( yet)?\.?$/i;
/** Words of the files an upload takes: their kinds and sizes. */
const FILE_TIPS = /\b(pdf|docx?|word|rtf|txt|jpe?g|png|[mk]b|max(imum)?|file size|formats?|files? types?)\b/i;

/**
 * Upload text that names no document: only how to upload ("Drop file here", "Upload a file (5MB
 * max)": limits in parentheses neither), that none is chosen yet ("No file chosen"), how to upload and then the files it takes ("Choose file
 * or drop a PDF or DOCX here"), or only the files it takes ("PDF or Word, max 10 MB", TDesign's
 * tips). The label of what to upload is elsewhere: the caption before it, the heading over it.
 */
export function namesNoDocument(shown: string): boolean {
  // An icon drawn as a glyph before the words ("⤒ Click or drag file…") says nothing.
  const text = shown.replace(/^[^\p{L}\p{N}(]+/u, '');
  const action = text.replace(/\([^)]*\)/g, ' ').trim();
  if (UPLOAD_ACTION.test(action) || NO_FILE_YET.test(action)) return true;
  if (NAMES_DOCUMENT.test(text)) return false;
  return FILE_TIPS.test(text) || UPLOAD_INSTRUCTIONS.test(text);
}
