/**
 * What the demo's drafted answers are written from: the person's own summary and the highlights of
 * their current job, as their JSON Resume gives them (`basics.summary`, the current `work[]`
 * entry's `summary` and `highlights`). Kept in `browser.storage.local` on this device only, under
 * its own key; read by hand in the content script (no zod there).
 */
import { isJsonObject } from './json-fields.ts';
import { currentWork, type WorkEntry } from './work-history.ts';

/** Storage key of the material: `{ summary, highlights }`. */
export const DRAFT_MATERIAL_KEY = 'demo.draftMaterial.v1';

/** Longest summary kept; a JSON Resume summary is a paragraph. */
export const MAX_SUMMARY_LENGTH = 2_000;
/** Highlights kept, and the longest one: a résumé bullet is a sentence. */
export const MAX_HIGHLIGHTS = 8;
export const MAX_HIGHLIGHT_LENGTH = 400;

/** The person's own words a draft is built from. */
export interface DraftMaterial {
  summary: string;
  highlights: string[];
}

const text = (value: unknown): string => (typeof value === 'string' ? value.trim() : '');

/** Checks what storage holds; anything else reads as no material. */
export function readDraftMaterial(raw: unknown): DraftMaterial | undefined {
  if (!isJsonObject(raw) || !Array.isArray(raw.highlights)) return undefined;
  const summary = text(raw.summary);
  const highlights = raw.highlights.map(text).filter((line) => line !== '');
  if (summary.length > MAX_SUMMARY_LENGTH || highlights.length > MAX_HIGHLIGHTS) return undefined;
  if (highlights.some((line) => line.length > MAX_HIGHLIGHT_LENGTH)) return undefined;
  return summary === '' && highlights.length === 0 ? undefined : { summary, highlights };
}

/**
 * The material of a JSON Resume document, capped to what storage keeps; undefined when it has no
 * summary and no highlights. Reads leniently: the import's own checks report malformed fields.
 */
export function draftMaterialOf(document: unknown): DraftMaterial | undefined {
  if (!isJsonObject(document)) return undefined;
  const basics = isJsonObject(document.basics) ? document.basics : {};
  const jobs = (Array.isArray(document.work) ? document.work : []).filter(isJsonObject).map((job) => ({
    job,
    entry: {
      company: text(job.name) || text(job.company) || undefined,
      position: text(job.position) || undefined,
      startDate: text(job.startDate) || undefined,
      endDate: text(job.endDate) || undefined,
    } satisfies WorkEntry,
  }));
  const current = currentWork(jobs.map(({ entry }) => entry));
  const job = jobs.find(({ entry }) => entry === current)?.job ?? {};
  const summary = (text(basics.summary) || text(job.summary)).slice(0, MAX_SUMMARY_LENGTH);
  const highlights = (Array.isArray(job.highlights) ? job.highlights : [])
    .map(text)
    .filter((line) => line !== '' && line.length <= MAX_HIGHLIGHT_LENGTH)
    .slice(0, MAX_HIGHLIGHTS);
  return summary === '' && highlights.length === 0 ? undefined : { summary, highlights };
}
