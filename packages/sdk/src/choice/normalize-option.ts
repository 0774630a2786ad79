/**
 * The one way option texts, option values and user values are compared: what a person reads as the
 * same words compares equal ("Bachelor's Degree" ~ "bachelor degree", "U.S." ~ "us", "Côte" ~ "cote").
 */
import type { Choice } from '../fill/match-choice.ts';
import { languageHalves } from './two-languages.ts';

/**
 * Folds case, accents (NFKD, marks stripped), possessive "'s", apostrophes and abbreviation dots,
 * "&" (→ "and") and every other run of punctuation or whitespace into one space.
 *
 * @example normalizeText("  Bachelor's  Degree (B.Sc.) ") // 'bachelor degree bsc'
 */
export function normalizeText(text: string): string {
  return (
    text
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/['’‘`´]s\b/g, '')
      .replace(/['’‘`´]/g, '')
      // A dot between digits is a decimal point ("1.5"); elsewhere it abbreviates ("B.Sc.", "U.S.").
      .replace(/(?<!\d)\.|\.(?!\d)/g, '')
      .replace(/&/g, ' and ')
      .replace(/[^\p{L}\p{N}.]+/gu, ' ')
      .trim()
  );
}

/** The words a person reads in `text`, normalized: `normalizeText` split at its spaces. */
export function normalizedWords(text: string): string[] {
  return normalizeText(text).split(' ').filter(Boolean);
}

/**
 * True when an option's value attribute is an id, not words: digits only (Greenhouse answer ids,
 * indices), a checkbox's default "on", or a token mixing letters and digits (uuids, Workday ids).
 * Such values say nothing about meaning, so only the visible text is compared.
 */
export function isOpaqueValue(value: string): boolean {
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed) || trimmed.toLowerCase() === 'on') return true;
  return trimmed.length >= 8 && !/\s/.test(trimmed) && /\d/.test(trimmed) && /[a-z]/i.test(trimmed);
}

/**
 * The texts of an option worth reading for meaning: its visible text (and each half of one written
 * in two languages), then a non-opaque value.
 */
export function optionTexts(choice: Choice): string[] {
  const texts = [choice.text, ...(languageHalves(choice.text) ?? [])];
  if (choice.value.trim() !== '' && !isOpaqueValue(choice.value)) texts.push(choice.value);
  return texts.filter((text) => text.trim() !== '');
}
