/**
 * Uploads the page reads to fill the form for the person ("Upload your resume to autofill the
 * application", Ashby's "Autofill from resume"). Such a box is a resume upload only where the form
 * asks for no resume of its own, and a page may show the rest of its form only once it has read
 * the file, a second or two later.
 */
import type { FieldDescriptor } from '../scan/field-descriptor.ts';
import { evidenceTexts } from './evidence.ts';

/** Words of a label that offer to fill the form from the file. */
export const READS_UPLOAD_TO_FILL = /\b(auto ?-?fill|pre ?-?fill|parse|parsing|quick apply)\b/;

/** True for a file input whose label offers to fill the form from the file put in it. */
export function readsUploadToFill(field: FieldDescriptor): boolean {
  return field.type === 'file' && READS_UPLOAD_TO_FILL.test(evidenceTexts(field).label);
}
