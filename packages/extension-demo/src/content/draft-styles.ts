/**
 * The demo's two drafting styles, honest templates built from the person's own words (their JSON
 * Resume summary and current job highlights): no model, nothing sent anywhere. The server's
 * `gen_style` experiment picks one per install (name its arms `paragraph` and `bullets`); an arm the
 * demo does not know drafts as a paragraph.
 *
 *   paragraph: the summary, then up to two highlights of the current role in one sentence
 *   bullets:   "• " lines, the summary first, then up to four highlights
 */
import type { DraftQuestion } from '@companion-autofill/sdk/content';
import type { DraftMaterial } from '../settings/draft-material.ts';

const sentence = (line: string): string => (/[.!?]$/.test(line) ? line : `${line}.`);

function paragraph(material: DraftMaterial, question: DraftQuestion): string {
  const { current_title: title, current_company: company } = question.values;
  const highlights = material.highlights.slice(0, 2).join('; ');
  const work =
    highlights !== '' && title && company
      ? `Highlights of my work as ${title} at ${company}: ${highlights}`
      : highlights;
  return [material.summary, work]
    .filter((part) => part !== '')
    .map(sentence)
    .join(' ');
}

function bullets(material: DraftMaterial): string {
  return [material.summary, ...material.highlights.slice(0, 4)]
    .filter((line) => line !== '')
    .map((line) => `• ${line}`)
    .join('\n');
}

/** Drafts one answer in the question's style, or undefined when there is nothing of the person's to say. */
export function draftFromMaterial(material: DraftMaterial | undefined, question: DraftQuestion): string | undefined {
  if (material === undefined) return undefined;
  const text = question.styleId === 'bullets' ? bullets(material) : paragraph(material, question);
  return text === '' ? undefined : text;
}
