/**
 * How a form offers to take the resume ("How would you like to provide your resume?": upload a
 * file, paste it as text, none now; Taleo): someone whose resume the extension holds uploads it.
 */
import type { ChoiceRule } from './choice-rule.ts';
import { normalizeText, optionTexts } from './normalize-option.ts';

/** The value that asks for the upload option: the fill gives it when the person has a resume file. */
export const RESUME_FILE_CHOICE = 'upload';

const UPLOAD = /\b(upload|attach|browse)\w*\b/;
/** An upload put off or declined ("I will upload it later", "do not want to attach"). */
const DECLINED = /\b(later|not|no|without|don t|won t)\b/;

/** 1 for the option that uploads a file, 0 for the others (paste, none, LinkedIn); not understood for another value. */
export const resumeOptionRule: ChoiceRule = (choices, value) =>
  value === RESUME_FILE_CHOICE
    ? choices.map((choice) =>
        optionTexts(choice).some((text) => UPLOAD.test(normalizeText(text)) && !DECLINED.test(normalizeText(text)))
          ? 1
          : 0,
      )
    : undefined;
