/**
 * The accuracy forms on 127.0.0.1 (a random port), as an ATS would serve them: each form's folder
 * at `/forms/<name>/`, its app entry (app.jsx / app.js, if any) bundled by esbuild and served as
 * `app.js` and `app.css`. Bundles are built once, when the site starts, so no page waits for one.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import { APP_ENTRIES, FORMS_DIR, type AccuracyForm } from './form-catalog.ts';
import { bundlePage, type PageBundle } from './page-bundle.ts';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
};

/** The running site. */
export interface FormSite {
  origin: string;
  /** URL of a form's page; `visit` makes it unique, so the extension's tab for it can be found by URL. */
  url(form: AccuracyForm, visit: number): string;
  close(): Promise<void>;
}

/** The app entry of a form folder, if it has one. */
function appEntry(folder: string): string | undefined {
  return APP_ENTRIES.map((file) => join(FORMS_DIR, folder, file)).find((path) => existsSync(path));
}

/**
 * Bundles built at once: esbuild holds every library graph it is building in memory, and a few
 * hundred framework pages built together took most of a 24 GB machine.
 */
const BUNDLES_AT_ONCE = 4;

/** Starts the site for `forms` (their bundles are built first, a few at a time). */
export async function startFormSite(forms: readonly AccuracyForm[]): Promise<FormSite> {
  const bundles = new Map<string, PageBundle>();
  const pending = forms.flatMap((form) => {
    const entry = appEntry(form.name);
    return entry ? [{ name: form.name, entry }] : [];
  });
  const worker = async () => {
    for (let next = pending.shift(); next; next = pending.shift()) bundles.set(next.name, await bundlePage(next.entry));
  };
  await Promise.all(Array.from({ length: BUNDLES_AT_ONCE }, worker));
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://127.0.0.1').pathname);
    const send = (type: string, body: string | Buffer) =>
      response.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' }).end(body);
    const match = /^\/forms\/([^/]+)\/(app\.(?:js|css))$/.exec(path);
    const bundle = match ? bundles.get(match[1] as string) : undefined;
    if (match && bundle) {
      send(CONTENT_TYPES[extname(path)] as string, match[2] === 'app.js' ? bundle.js : bundle.css);
      return;
    }
    const file = normalize(join(FORMS_DIR, path.replace(/^\/forms\//, '')));
    const type = CONTENT_TYPES[extname(file)];
    if (
      !path.startsWith('/forms/') ||
      !file.startsWith(FORMS_DIR) ||
      file.split(sep).includes('..') ||
      type === undefined
    ) {
      response.writeHead(404).end();
      return;
    }
    readFile(file).then(
      (body) => send(type, body),
      () => response.writeHead(404).end(),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    url: (form, visit) => `${origin}/forms/${encodeURIComponent(form.name)}/${form.truth.page}?visit=${visit}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
