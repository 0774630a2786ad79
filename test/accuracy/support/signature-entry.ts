/** Bundled into accuracy pages by the golden-signature test: the form signature as the SDK computes it. */
import { scanForm } from '../../../packages/sdk/src/scan/scan-form.ts';
import { computeSchemaHash } from '../../../packages/sdk/src/signature/index.ts';

(window as unknown as { formSignature: () => Promise<string> }).formSignature = () =>
  computeSchemaHash(scanForm(document).map((field) => field.descriptor));
