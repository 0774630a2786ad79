import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildExtension, type BundleSizes } from '../build.ts';

let dir: string;
let sizes: BundleSizes;

beforeAll(async () => {
  dir = join(mkdtempSync(join(tmpdir(), 'companion-demo-build-')), 'dist');
  sizes = await buildExtension({ outDir: dir, serverUrl: 'https://companion.example.org' });
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('buildExtension', () => {
  it('writes the manifest, the four bundles and the pages it names', () => {
    expect(readdirSync(dir).sort()).toEqual(
      ['content-script.js', 'manifest.json', 'options.html', 'options.js', 'pages.css', 'popup.html', 'popup.js', 'service-worker.js'],
    );
    const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
    expect(manifest.host_permissions).toContain('https://companion.example.org/*');
    expect(manifest.content_scripts[0].js).toEqual(['content-script.js']);
  });

  it('keeps the content script small: zod/mini without its locales', () => {
    // Budget, not a timing: the full zod build (every locale) alone is about 430 KB.
    expect(sizes['content-script.js']).toBeLessThan(120 * 1024);
    const source = readFileSync(join(dir, 'content-script.js'), 'utf8');
    expect(source).not.toMatch(/Nieprawidłow|Ungültig/);
  });
});
