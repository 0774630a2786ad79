import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
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

  it('keeps the content script within its ceiling, with no zod in it', () => {
    // The target is 20 KB gzipped (issue #13); with the choice resolver, its country table, the
    // widget driver and the value formats the script is ~33 KB today. This ceiling only stops it
    // growing further until the fill engine is split out and loaded on the first fill (see the
    // demo README). zod/mini alone would be ~4.5 KB gzipped of it.
    const source = readFileSync(join(dir, 'content-script.js'));
    expect(sizes['content-script.js']).toBe(source.length);
    expect(gzipSync(source, { level: 9 }).length).toBeLessThanOrEqual(35 * 1024);
    expect(source.toString('utf8')).not.toMatch(/_zod|Nieprawidłow|Ungültig/);
  });
});
