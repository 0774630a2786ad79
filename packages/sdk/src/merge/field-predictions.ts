import type { FieldDescriptor } from '../scan/field-descriptor.ts';

/**
 * The crowd's field-level answers for `descriptors`, matched by field signature. `signatures` holds
 * every field of the page: a signature two of them share names neither, for the crowd's answer was
 * for one of them.
 */
export function fieldPredictionsFor(
  descriptors: readonly FieldDescriptor[],
  signatures: Readonly<Record<string, string>>,
  predictions: Readonly<Record<string, { canonical: string; format?: string }>>,
): { canonicals: Record<string, string>; formats: Record<string, string> } {
  const canonicals: Record<string, string> = {};
  const formats: Record<string, string> = {};
  const fieldsPerSignature = new Map<string, number>();
  for (const signature of Object.values(signatures))
    fieldsPerSignature.set(signature, (fieldsPerSignature.get(signature) ?? 0) + 1);
  for (const { selector } of descriptors) {
    const signature = signatures[selector];
    const shared = signature === undefined || fieldsPerSignature.get(signature)! > 1;
    const prediction = shared ? undefined : predictions[signature];
    if (!prediction) continue;
    canonicals[selector] = prediction.canonical;
    if (prediction.format !== undefined) formats[selector] = prediction.format;
  }
  return { canonicals, formats };
}
