import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { loadWorldCountries, renderCountryData } from '../../../../scripts/generate-country-data.ts';

const here = new URL('.', import.meta.url);

describe('country-data.ts', () => {
  it('is what the generator renders from the installed world-countries', () => {
    const { countries, version } = loadWorldCountries();
    const committed = readFileSync(new URL('country-data.ts', here), 'utf8');
    // On failure: node --import tsx scripts/generate-country-data.ts
    expect(committed).toBe(renderCountryData(countries, version));
  });

  it('stays within 4 KB gzipped once minified, its share of the content script budget', async () => {
    const result = await build({
      entryPoints: [new URL('country-data.ts', here).pathname],
      bundle: true,
      minify: true,
      format: 'esm',
      write: false,
    });
    const gzipped = gzipSync(result.outputFiles[0]?.contents ?? new Uint8Array(), { level: 9 }).length;
    expect(gzipped).toBeGreaterThan(1000);
    expect(gzipped).toBeLessThanOrEqual(4096);
  });
});
