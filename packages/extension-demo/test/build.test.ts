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
  it('writes the manifest, the five bundles and the pages it names', () => {
    expect(readdirSync(dir).sort()).toEqual([
      'content-engine.js',
      'content-script.js',
      'manifest.json',
      'options.html',
      'options.js',
      'pages.css',
      'popup.html',
      'popup.js',
      'service-worker.js',
    ]);
    const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
    expect(manifest.host_permissions).toContain('https://companion.example.org/*');
    expect(manifest.content_scripts[0].js).toEqual(['content-script.js']);
  });

  it('keeps the content script on every page small, and zod out of it and of the engine it loads', () => {
    // Budget, not a timing. The loader runs on every page; the engine only where the user fills.
    const loader = readFileSync(join(dir, 'content-script.js'));
    const engine = readFileSync(join(dir, 'content-engine.js'));
    expect(sizes['content-script.js']).toBe(loader.length);
    expect(gzipSync(loader, { level: 9 }).length).toBeLessThanOrEqual(20 * 1024);
    // The engine (resolver, country table 4.4 KB, widget driver and its antd/Selectize adapters,
    // dropdowns drawn without ARIA, web-component groups and listboxes, drop zones, date pickers
    // and the calendar driver, formats, drafts, field words in fourteen languages, caption grids,
    // drawn checkboxes, month panels, choice groups drawn without radios, switches, tree popups,
    // start windows in six languages, options for those abroad, words of forms in Chinese, Japanese,
    // Korean, Arabic, Hebrew, Czech and Slovak, time zones, salaries written as examples, world
    // regions, a box's refused shapes, layout tables' rows and titles, jQuery-era grouped lists,
    // flatpickr's stand-in box, steps redrawn during a fill, shadow-root listboxes, chat
    // transcripts, Base Web's and nice-select's drawn selects, Evergreen's menus, statement chips,
    // employment terms, cover-letter boxes beside their uploads, parts named by their heading,
    // uploads answered through their own file dialog, tab rows and component radios as answers,
    // drawn selects without ARIA, date parts and month names in other languages, a current job
    // asked in one box, street lookups, chat docks past honeypots, Italian, Dutch, Czech, Turkish,
    // Polish and Swedish wording, the usual facts in Hungarian, Romanian, Finnish, Vietnamese, Thai,
    // Greek, Ukrainian, Indonesian and Croatian, action sheets, lists drawn only where scrolled, parts
    // of the US, calendar quarters, read-only calendar boxes, drawn sliders, lone toggle buttons,
    // Chinese-and-English labels, the usual facts in Latvian, Lithuanian, Estonian and Icelandic,
    // captions up a table's column, typeaheads that open on focus, the long "… of America" forms,
    // paper forms' grids, office boxes and inline captions, metro names, relocation answers,
    // captions printed under boxes or named by a letter, datalist spellings, captions in brackets
    // after boxes, "[ ] Yes [ ] No" check-box pairs, yes/no and residence questions in the page's
    // language, Dutch, Norwegian, Swedish, Turkish and Japanese wording, ladders of schooling by
    // length, states spelled in the page's language) is ~123 KB gzipped today: this ceiling
    // stops it growing unnoticed, and moves only on purpose, with the reason in the note of the change
    // that moves it. zod/mini alone would be ~4.5 KB gzipped of it.
    expect(gzipSync(engine, { level: 9 }).length).toBeLessThanOrEqual(126 * 1024);
    for (const source of [loader, engine]) expect(source.toString('utf8')).not.toMatch(/_zod|Nieprawidłow|Ungültig/);
    const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
    expect(manifest.web_accessible_resources[0].resources).toEqual(['content-engine.js']);
  });
});
