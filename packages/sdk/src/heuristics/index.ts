/**
 * Field heuristics: the catalog, the autocomplete mapping and the matcher. The catalog entries and
 * evidence texts are exported for debugging tools; the pattern helpers are not.
 */
export { CANONICAL_FIELDS, type CanonicalField } from './canonical-fields.ts';
export { FIELD_CATALOG, type CatalogEntry } from './field-catalog.ts';
export { EVIDENCE_KINDS, EVIDENCE_SCORES, type EvidenceKind } from './evidence.ts';
export { FIELD_KINDS, fieldKind, isYesNoQuestion, type FieldKind } from './field-kind.ts';
export { matchField, type FieldCandidate } from './match-field.ts';
export {
  MIN_CHOICE_MARGIN,
  MIN_CHOICE_SCORE,
  MIN_TEXT_SCORE,
  confidentCandidate,
  mapByHeuristics,
} from './map-by-heuristics.ts';
export { AUTOCOMPLETE_CANONICALS, autofillFieldName, mapByAutocomplete } from './map-by-autocomplete.ts';
export { groupRepresentatives } from './group-representatives.ts';
