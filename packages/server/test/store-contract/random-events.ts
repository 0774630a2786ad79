import type { FieldFormat, LearningEvent } from '@companion-autofill/sdk/protocol';
import { makeEvent } from '@companion-autofill/test-kit/learning-events';
import { seededRandom } from '@companion-autofill/test-kit/seeded-random';

const STATUSES = [
  ['ok', 0.6],
  ['validation_error', 0.15],
  ['cancelled', 0.15],
  ['error', 0.1],
] as const;
const CANONICALS = [
  'email',
  'first_name',
  'last_name',
  'phone',
  'city',
  'zip',
  'address_line1',
  'country',
  'leave_alone',
];
const FORMATS: readonly FieldFormat[] = ['phone_e164', 'phone_national', 'date_iso', 'number_plain'];
// Hosts of two ATS families beside plain ones, so host and family field votes both have work.
const HOSTS = [
  'site-0.example.com',
  'site-1.example.com',
  'acme.wd5.myworkdayjobs.com',
  'beta.wd1.myworkdayjobs.com',
  'boards.greenhouse.io',
  'job-boards.greenhouse.io',
];
// Selectors with the characters real ones have: quotes, spaces, brackets, non-ASCII, backslashes.
const SELECTOR_SHAPES = [
  '#f{i}',
  'input[name="field {i}"]',
  "[aria-label='Prénom {i}']",
  'form > div:nth-of-type({i}) input',
  '#a\\:b{i}',
  '[data-ü="{i}"]',
];

export interface RandomEventOptions {
  seed: number;
  events: number;
  now: number;
  /** Events are spread over this many days before `now` (more than the lookback, so some fall out). */
  spreadDays: number;
}

/**
 * A random but realistic data set: forms with several selectors, each with a likely canonical and
 * rivals (leave_alone among them), a field signature drawn from a small pool shared across the
 * forms (so host and family votes see a signature on several forms, sometimes twice in one form)
 * and sometimes a format; installs of very different activity (one floods); every run status;
 * installs that submit a form 1–4 times (so per-install votes are thirds and quarters, not only
 * halves); a fifth of the runs from an older SDK without signatures or formats.
 */
export function randomEvents({ seed, events, now, spreadDays }: RandomEventOptions): LearningEvent[] {
  const random = seededRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const forms = Array.from({ length: 14 }, (_, f) => {
    const selectors = Array.from({ length: 3 + Math.floor(random() * 5) }, (_, i) => {
      const candidates = Array.from({ length: 1 + Math.floor(random() * 3) }, () => pick(CANONICALS));
      const signature = `f1:${Math.floor(random() * 12)
        .toString(16)
        .padStart(16, '0')}`;
      return {
        selector: pick(SELECTOR_SHAPES).replace('{i}', String(i)),
        candidates,
        loyalty: 0.4 + random() * 0.6,
        signature,
        formats: [pick(FORMATS), pick(FORMATS)],
      };
    });
    return { host: HOSTS[f % HOSTS.length]!, schemaHash: `v1:${(f + 1).toString(16).padStart(16, '0')}`, selectors };
  });
  const installs = Array.from({ length: 14 }, (_, i) => `install-${String(i).padStart(4, '0')}`);
  const status = () => {
    let r = random();
    for (const [name, p] of STATUSES) if ((r -= p) < 0) return name;
    return 'ok';
  };

  const out: LearningEvent[] = [];
  while (out.length < events) {
    const form = pick(forms);
    // install-0000 floods; the rest are spread unevenly.
    const install = random() < 0.2 ? installs[0]! : installs[1 + Math.floor(random() ** 2 * (installs.length - 1))]!;
    const runs = 1 + Math.floor(random() * 4);
    for (let r = 0; r < runs && out.length < events; r++) {
      const finalMap: Record<string, string> = {};
      const signatures: Record<string, string> = {};
      const formats: Record<string, FieldFormat> = {};
      const olderSdk = random() < 0.2;
      for (const { selector, candidates, loyalty, signature, formats: named } of form.selectors) {
        if (random() < 0.1) continue;
        finalMap[selector] = random() < loyalty ? candidates[0]! : pick(candidates);
        if (olderSdk) continue;
        signatures[selector] = signature;
        if (random() < 0.5) formats[selector] = random() < loyalty ? named[0]! : pick(named);
      }
      const added = Math.floor(random() * 40);
      out.push(
        makeEvent({
          install_id: install,
          host: form.host,
          schema_hash: form.schemaHash,
          status: status(),
          occurred_at: new Date(now - Math.floor(random() * spreadDays * 86_400_000)).toISOString(),
          duration_ms: Math.floor(random() * 120_000),
          edit_stats: { total_chars_added: added, total_chars_deleted: Math.floor(random() * added), per_field: {} },
          suggested_map: finalMap,
          final_map: finalMap,
          ...(olderSdk ? {} : { field_signatures: signatures, field_formats: formats }),
        }),
      );
    }
  }
  return out;
}
