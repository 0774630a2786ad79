/**
 * The generation hook: the extension's own way of drafting an answer to an open question (a
 * template, a local model, an LLM call it owns). The SDK only asks and fills; it never sends the
 * question or the text anywhere.
 */
import type { UserProfileValues } from '../edits/index.ts';

/** What the hook is asked. */
export interface DraftQuestion {
  /** The question as the person reads it (label, else placeholder or hint). */
  question: string;
  /** Help text tied to the field, `''` when none. */
  hint: string;
  /** The heading of the form part the field sits in, `''` when none. */
  section: string;
  /** Characters the field takes; undefined when unlimited. */
  maxLength: number | undefined;
  /** The style to draft in: the server's `gen_style` arm, else the extension's default. */
  styleId: string;
  /** The user's values (canonical → value), on the device only. */
  values: UserProfileValues;
}

/** Drafts one answer; `undefined` or `''` leaves the field alone. May be async. */
export type DraftAnswer = (question: DraftQuestion) => string | undefined | Promise<string | undefined>;

/** The experiment whose arm picks the style (the tuning file's `experiments.gen_style`). */
export const STYLE_EXPERIMENT = 'gen_style';

/** The style when neither the server nor the extension names one. */
export const DEFAULT_DRAFT_STYLE = 'default';

/** Style of a run: the experiment's arm when the server assigned one, else the extension's own. */
export function draftStyle(experiments: Readonly<Record<string, string>>, extensionStyle: string | undefined): string {
  return experiments[STYLE_EXPERIMENT] ?? extensionStyle ?? DEFAULT_DRAFT_STYLE;
}
