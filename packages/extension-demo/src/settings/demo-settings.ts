/**
 * The demo extension's settings, as the options page edits them and both sides read them. One
 * zod/mini schema with defaults: whatever is in storage (old versions, hand edits) is parsed here
 * once, and the rest of the extension trusts the result. The content script reads only its two
 * flags, through content-settings.ts (same rule, no zod); the storage key is in settings-key.ts.
 *
 * Privacy: the user's own values live under a separate key (see profile-values.ts); nothing here is
 * a value that could be filled into a form.
 */
import * as z from 'zod/mini';

/** The server the demo talks to when nothing else is configured (the server's default port). */
export const DEFAULT_SERVER_URL = 'http://127.0.0.1:8003';

const HttpUrl = z.string().check(
  z.refine((value) => {
    try {
      const url = new URL(value);
      return url.protocol === 'http:' || url.protocol === 'https:';
    } catch {
      return false;
    }
  }, 'must be an http(s) URL'),
);

/** Settings as stored. Every field has a default, so `{}` parses to the defaults. */
export const DemoSettings = z.object({
  /** Base URL of the Companion server. @default DEFAULT_SERVER_URL */
  serverUrl: z._default(HttpUrl, DEFAULT_SERVER_URL),
  /** Sent as `x-api-key`; empty = none. @default '' */
  apiKey: z._default(z.string().check(z.maxLength(128)), ''),
  /** Telemetry consent: events are queued only after an explicit opt-in. @default false */
  telemetry: z._default(z.boolean(), false),
  /** Fill forms as soon as they appear, without pressing Fill. @default false */
  fillOnLoad: z._default(z.boolean(), false),
  /** Draft answers to open questions from the person's JSON Resume summary and highlights. @default false */
  draftAnswers: z._default(z.boolean(), false),
  /** How long a learned profile is used before the server is asked again (0 = always ask). @default 30 */
  profileCacheMinutes: z._default(z.number().check(z.gte(0), z.lte(24 * 60)), 30),
  /**
   * Queued events are sent this long after the first one (0 = at once). A few seconds batch the
   * runs of a multi-step form and still send a finished application before the browser closes.
   * @default 2
   */
  syncDelaySeconds: z._default(z.int().check(z.gte(0), z.lte(3_600)), 2),
});
export type DemoSettings = z.infer<typeof DemoSettings>;

/** The defaults, for a fresh install. */
export const DEFAULT_SETTINGS: DemoSettings = DemoSettings.parse({});

/**
 * Reads stored settings; an invalid field falls back to its default instead of losing the rest
 * (a bad server URL must not switch telemetry on or off).
 */
export function parseSettings(raw: unknown): DemoSettings {
  const whole = DemoSettings.safeParse(raw ?? {});
  if (whole.success) return whole.data;
  if (typeof raw !== 'object' || raw === null) return DEFAULT_SETTINGS;
  const out: Record<string, unknown> = { ...DEFAULT_SETTINGS };
  for (const [key, value] of Object.entries(raw)) {
    if (!(key in DEFAULT_SETTINGS)) continue;
    if (DemoSettings.safeParse({ [key]: value }).success) out[key] = value;
  }
  return DemoSettings.parse(out);
}
