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
  /** The current form's signatures by selector, and the formats its host's and each family's forms elected per signature. */
  let formSignatures = new Map<string, string>();
  let hostFormats = new Map<string, Set<string>>();
  const familyFormats = new Map<string, Map<string, Set<string>>>();

  const closeForm = () => {
    if (host === undefined) return;
    const key = formKey(host, schemaHash);
    const served = voting.served.get(key);
    const elected = formVotes.elect(support, voting, served);
    const maps = formMapsOf(elected);
    formMaps.set(key, maps);
    const familyName = atsFamilyOf(host);
    const scopes = [hostFormats, ...(familyName === undefined ? [] : [formatsOf(familyFormats, familyName)])];
    for (const [selector, format] of Object.entries(maps.formatMap)) {
      const signature = formSignatures.get(selector);
      if (signature !== undefined) for (const formats of scopes) formatSet(formats, signature).add(format);
    }
    formSignatures = new Map();
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
        family = familyVotes(families, run.host);
      } else if (run.schemaHash !== schemaHash) {
        closeForm();
        schemaHash = run.schemaHash;
      }
      const voter = voting.voterOf(run.installId);
      if (voter.standing !== 'voter') return;
      for (const [selector, signature] of run.fieldSignatures) formSignatures.set(selector, signature);
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
            formatsOf(familyFormats, name),
          ),
        );
      return { formMaps, fieldProfiles: [...hostProfiles, ...familyProfiles], flips, heldForms };
    },
  };
}

function familyVotes(families: Map<string, FieldVotes>, host: string): FieldVotes | undefined {
  const name = atsFamilyOf(host);
  if (name === undefined) return undefined;
  let votes = families.get(name);
  if (!votes) families.set(name, (votes = createFieldVotes()));
  return votes;
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

function formatsOf(scopes: Map<string, Map<string, Set<string>>>, name: string): Map<string, Set<string>> {
  let formats = scopes.get(name);
  if (!formats) scopes.set(name, (formats = new Map()));
  return formats;
}

function formatSet(formats: Map<string, Set<string>>, signature: string): Set<string> {
  let set = formats.get(signature);
  if (!set) formats.set(signature, (set = new Set()));
  return set;
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
  formFormats: ReadonlyMap<string, ReadonlySet<string>>,
): FieldProfile[] {
  return elected.map(({ field, canonical, format, installs }) => {
    const agreed = format !== undefined && (formFormats.get(field)?.size ?? 0) <= 1;
    return { scope, key, fieldSignature: field, canonical, ...(agreed ? { format } : {}), installs };
  });
}
