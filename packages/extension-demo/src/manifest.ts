/**
 * The extension's manifest.json, built from code so the server the build targets gets its host
 * permission and the scripts' names agree with build.ts.
 */

/** Output file names, shared with build.ts. */
export const OUTPUT_FILES = {
  contentScript: 'content-script.js',
  /** The fill engine, an ES module the content script imports on the first fill. */
  contentEngine: 'content-engine.js',
  serviceWorker: 'service-worker.js',
  popup: 'popup.js',
  options: 'options.js',
} as const;

/** Pages served from dist/ besides the scripts. */
export const STATIC_FILES = ['popup.html', 'options.html', 'pages.css'] as const;

/** Match patterns for the pages the content script runs on (local test pages and any https site). */
export const CONTENT_MATCHES = ['http://127.0.0.1/*', 'http://localhost/*', 'https://*/*'] as const;

/**
 * The extension's id in Firefox (`browser_specific_settings.gecko.id`); Chromium derives its id from
 * the folder or key and ignores this. Without it Firefox makes up an id at each temporary install,
 * and its storage is keyed by that id; the e2e tests also pin the moz-extension host by it.
 */
export const GECKO_ID = 'companion-autofill-demo@companion-autofill.example';

/** Options of {@link createManifest}. */
export interface ManifestOptions {
  /** The server the build is configured for; its origin is added to host_permissions. */
  serverUrl: string;
  version: string;
}

/** The origin pattern of a server URL: `http://127.0.0.1:8003/x` → `http://127.0.0.1/*` (ports match any). */
export function serverHostPermission(serverUrl: string): string {
  const url = new URL(serverUrl);
  return `${url.protocol}//${url.hostname}/*`;
}

/**
 * The MV3 manifest object, one for both browsers: Chromium runs `service_worker` (and ignores
 * `scripts` with a warning), Firefox refuses a `service_worker`-only background and runs
 * `scripts` as an event page. The bundle is the same file: it uses no worker-only API.
 */
export function createManifest(options: ManifestOptions): Record<string, unknown> {
  const hostPermissions = [
    ...new Set(['http://127.0.0.1/*', 'http://localhost/*', serverHostPermission(options.serverUrl)]),
  ];
  return {
    manifest_version: 3,
    name: 'Companion Autofill demo',
    description:
      'Fills job application forms from your own profile and learns from corrections (Companion Autofill SDK demo).',
    version: options.version,
    minimum_chrome_version: '120',
    browser_specific_settings: { gecko: { id: GECKO_ID, strict_min_version: '128.0' } },
    permissions: ['storage', 'alarms'],
    host_permissions: hostPermissions,
    background: { service_worker: OUTPUT_FILES.serviceWorker, scripts: [OUTPUT_FILES.serviceWorker] },
    content_scripts: [
      {
        matches: [...CONTENT_MATCHES],
        js: [OUTPUT_FILES.contentScript],
        run_at: 'document_idle',
        all_frames: false,
      },
    ],
    // The content script imports the fill engine from the extension; only pages it runs on may.
    web_accessible_resources: [{ resources: [OUTPUT_FILES.contentEngine], matches: [...CONTENT_MATCHES] }],
    action: { default_title: 'Companion Autofill', default_popup: 'popup.html' },
    options_ui: { page: 'options.html', open_in_tab: true },
    commands: {
      'fill-form': {
        suggested_key: { default: 'Alt+Shift+F' },
        description: 'Fill the forms on this page',
      },
    },
  };
}
