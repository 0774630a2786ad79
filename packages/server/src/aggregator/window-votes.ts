import { atsFamilyOf } from '../tuning/ats-families.ts';
import { formKey } from '../store/form-key.ts';
import type { AggregationRow, FieldProfile, FieldScope, MappingFlip } from '../store/store-port.ts';
import { createFieldVotes, type FieldElection, type FieldVotes } from './field-votes.ts';
import { mappingFlips } from './mapping-flips.ts';
import { createRunFieldViewCache, type SignatureViews } from './run-fields.ts';
import type { SupportThresholds } from './support-thresholds.ts';
import { OPEN_VOTING, type VotingContext } from './voting-context.ts';

/** What a run (or a folded group of one install's identical runs) brings to the vote. */
export type VotingRun = Pick<
  AggregationRow,
  'host' | 'schemaHash' | 'installId' | 'finalMap' | 'fieldSignatures' | 'fieldFormats'
>;

/** The maps one form's votes elected. */
export interface FormMaps {
  canonicalMap: Record<string, string>;
  formatMap: Record<string, string>;
}

/** Every vote of a window: per form, and per field signature over each host and each ATS family. */
export interface WindowVotes {
  /** Adds a run with its weight (see RUN_WEIGHT), or `runs` folded runs with their summed weight. */
  add(run: VotingRun, weight: number, runs: number): void;
  /**
   * Elects what is still open. Call once, after the last `add`. `flips`: served mappings the
   * election moved; `heldForms`: the formKeys of forms with a served name that only the flip margin held.
   */
  finish(): {
    formMaps: Map<string, FormMaps>;
    fieldProfiles: FieldProfile[];
    flips: MappingFlip[];
    heldForms: Set<string>;
  };
}

/**
 * Counts a window's runs, which must arrive ordered by (host, schema_hash), into three scopes:
 * the form (elected when the next form starts), its host (when the next host starts: a host's forms
 * are contiguous in that order) and its ATS family (at the end: a family's hosts are not). Only a
 * form's and a host's runs, and the family runs, are held, compactly (see createFieldVotes).
 *
 *   run ─┬─► form votes   (selector)  ── next form ──► canonical_map + format_map
 *        ├─► host votes   (signature) ── next host ──► field profiles, scope host
 *        └─► family votes (signature) ── finish ─────► field profiles, scope family
 *
 * Only installs in standing `voter` vote (see VotingContext), each from its network. The flip
 * margin protects the served form maps only: field predictions are hints below a form's profile.
 */
export function createWindowVotes(support: SupportThresholds, voting: VotingContext = OPEN_VOTING): WindowVotes {
  const formMaps = new Map<string, FormMaps>();
  const flips: MappingFlip[] = [];
  const heldForms = new Set<string>();
  const fieldRules = { ...voting, flipMargin: 0 };
  const hostProfiles: FieldProfile[] = [];
  const families = new Map<string, FieldVotes>();
  let host: string | undefined;
  let schemaHash = '';
  let family: FieldVotes | undefined;
  let formVotes = createFieldVotes();
  let hostVotes = createFieldVotes();
  const signatureViews: SignatureViews = new Map();
  let views = createRunFieldViewCache(signatureViews);
  /**
   * The current form's field signature maps (a few distinct ones, shared by its runs), and the
   * formats its host's and its family's forms elected per signature.
   */
  let formSignatures = new Set<ReadonlyMap<string, string>>();
  let hostFormats: FormFormats = new Map();
  let familyFormats: FormFormats | undefined;
  const familiesFormats = new Map<string, FormFormats>();

  const closeForm = () => {
    if (host === undefined) return;
    const key = formKey(host, schemaHash);
    const served = voting.served.get(key);
    const elected = formVotes.elect(support, voting, served);
    const maps = formMapsOf(elected);
    formMaps.set(key, maps);
    // Each elected format is traced to its signature through the first of the form's maps that has it.
    const untraced = new Map(Object.entries(maps.formatMap));
    for (const signatures of untraced.size > 0 ? formSignatures : []) {
      for (const [selector, format] of untraced) {
        const signature = signatures.get(selector);
        if (signature === undefined) continue;
        untraced.delete(selector);
        for (const formats of familyFormats ? [hostFormats, familyFormats] : [hostFormats])
          entryOf(formats, signature, () => new Set<string>()).add(format);
      }
      if (untraced.size === 0) break;
    }
    formSignatures = new Set();
    if (elected.some((field) => field.heldByMargin)) heldForms.add(key);
    for (const flip of mappingFlips(host, schemaHash, served, maps.canonicalMap)) flips.push(flip);
    formVotes = createFieldVotes();
    views = createRunFieldViewCache(signatureViews);
  };
  const closeHost = () => {
    if (host === undefined) return;
    closeForm();
    for (const profile of fieldProfilesOf('host', host, hostVotes.elect(support, fieldRules), hostFormats))
      hostProfiles.push(profile);
    hostVotes = createFieldVotes();
    hostFormats = new Map();
  };

  return {
    add(run, weight, runs) {
      if (run.host !== host) {
        closeHost();
        host = run.host;
        schemaHash = run.schemaHash;
        const familyName = atsFamilyOf(run.host);
        family = familyName === undefined ? undefined : entryOf(families, familyName, createFieldVotes);
        familyFormats = familyName === undefined ? undefined : entryOf(familiesFormats, familyName, () => new Map());
      } else if (run.schemaHash !== schemaHash) {
        closeForm();
        schemaHash = run.schemaHash;
      }
      const voter = voting.voterOf(run.installId);
      if (voter.standing !== 'voter') return;
      formSignatures.add(run.fieldSignatures);
      const { bySelector, bySignature } = views.viewsOf(run.finalMap, run.fieldSignatures, run.fieldFormats);
      formVotes.add(run.installId, voter.network, weight, runs, bySelector);
      hostVotes.add(run.installId, voter.network, weight, runs, bySignature);
      family?.add(run.installId, voter.network, weight, runs, bySignature);
    },
    finish() {
      closeHost();
      const familyProfiles = [...families.keys()]
        .sort()
        .flatMap((name) =>
          fieldProfilesOf(
            'family',
            name,
            families.get(name)!.elect(support, fieldRules),
            familiesFormats.get(name) ?? new Map(),
          ),
        );
      return { formMaps, fieldProfiles: [...hostProfiles, ...familyProfiles], flips, heldForms };
    },
  };
}

/** Formats elected per field signature by the forms of one scope (a host, an ATS family). */
type FormFormats = Map<string, Set<string>>;

/** The entry of `map` under `key`, made first when there is none. */
function entryOf<K, V>(map: Map<K, V>, key: K, make: () => V): V {
  let value = map.get(key);
  if (value === undefined) map.set(key, (value = make()));
  return value;
}

function formMapsOf(elected: readonly FieldElection[]): FormMaps {
  const canonicalMap: Record<string, string> = {};
  const formatMap: Record<string, string> = {};
  for (const { field, canonical, format } of elected) {
    canonicalMap[field] = canonical;
    if (format !== undefined) formatMap[field] = format;
  }
  return { canonicalMap, formatMap };
}

/**
 * A scope's field profiles. A format is a form's way of writing a value: a signature whose forms
 * each elected a format of their own (one host's forms asking "Phone" as digits and as written)
 * predicts the canonical alone, or the crowd would write one form's way into the others.
 */
function fieldProfilesOf(
  scope: FieldScope,
  key: string,
  elected: readonly FieldElection[],
  formFormats: FormFormats,
): FieldProfile[] {
  return elected.map(({ field, canonical, format, installs }) => {
    const agreed = format !== undefined && (formFormats.get(field)?.size ?? 0) <= 1;
    return { scope, key, fieldSignature: field, canonical, ...(agreed ? { format } : {}), installs };
  });
}
