/** Words that say how to upload, not what ("Add file", "Browse", Uppy's "Drop files here or"). */
const UPLOAD_WORD =
  '(?:add|choose|select|browse|upload|attach|drop|drag|and|or|click|tap|to|here|an?|your|files?|documents?|from|computer|device|&)(?:\\s+|$)';
/** An upload box's label that names the action, not the document: every word an upload word. */
export const UPLOAD_ACTION = new RegExp(`^(?:${UPLOAD_WORD})+$`, 'i');
/** How to upload, at the start of an area's text: three upload words or more. */
export const UPLOAD_INSTRUCTIONS = new RegExp(`^(?:${UPLOAD_WORD}){3,}`, 'i');
