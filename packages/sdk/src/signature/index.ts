/** Form signature (DESIGN §3). `signatureDescriptors` is exported for debugging signature changes. */
export { SCHEMA_HASH_VERSION, computeSchemaHash, normalizeLabel, signatureDescriptors } from './schema-hash.ts';
export { normalizeName, stripDigitRuns } from './normalize-label.ts';
export { FIELD_SIGNATURE_VERSION, computeFieldSignatures, fieldSignatureText } from './field-signature.ts';
