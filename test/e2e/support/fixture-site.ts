import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundleForPage } from '../../../packages/sdk/test/support/bundle.ts';

/** test/fixtures, served as the "ATS" site. */
export const FIXTURES_DIR = fileURLToPath(new URL('../../fixtures/', import.meta.url));

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
};

/** The fixture pages on 127.0.0.1 (a random port). */
export interface FixtureSite {
  origin: string;
  /** URL of a fixture page; `visit` makes the URL unique so a test can find its tab by URL. */
  url(page: string, visit?: string): string;
  close(): Promise<void>;
}

/** Starts the fixture site: static files from test/fixtures plus `/ashby-app.js`. */
export async function startFixtureSite(): Promise<FixtureSite> {
  const scripts: Record<string, string> = { '/ashby-app.js': await bundleForPage(join(FIXTURES_DIR, 'ashby-app.js')) };
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
    const script = scripts[path];
    if (script !== undefined) {
      response.writeHead(200, { 'content-type': CONTENT_TYPES['.js'], 'cache-control': 'no-store' }).end(script);
      return;
    }
    const file = normalize(join(FIXTURES_DIR, path));
    if (!file.startsWith(FIXTURES_DIR) || extname(file) !== '.html') {
      response.writeHead(404).end();
      return;
    }
    readFile(file).then(
      (body) =>
        response.writeHead(200, { 'content-type': CONTENT_TYPES['.html'], 'cache-control': 'no-store' }).end(body),
      () => response.writeHead(404).end(),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    url: (page, visit) => `${origin}/${page}${visit === undefined ? '' : `?visit=${encodeURIComponent(visit)}`}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
