/**
 * The settings the content script acts on, read without the settings schema: zod/mini alone
 * would be ~4.5 KB gzipped of a content script that must stay under 20 KB. Same rule as
 * parseSettings — a field that is not a boolean falls back to its default, false — which the
 * settings tests hold it to.
 */
import type { DemoSettings } from './demo-settings.ts';

/** What the content script needs from the settings. */
export type ContentSettings = Pick<DemoSettings, 'telemetry' | 'fillOnLoad' | 'draftAnswers'>;

/** Reads the stored settings object (or anything else) as parseSettings would, for these two fields. */
export function readContentSettings(raw: unknown): ContentSettings {
  const stored: Partial<Record<keyof ContentSettings, unknown>> = typeof raw === 'object' && raw !== null ? raw : {};
  return {
    telemetry: stored.telemetry === true,
    fillOnLoad: stored.fillOnLoad === true,
    draftAnswers: stored.draftAnswers === true,
  };
}
