import { describe, expect, it } from 'vitest';
import { createManifest, GECKO_ID, serverHostPermission } from './manifest.ts';

describe('createManifest', () => {
  it('is MV3 with the permissions, command and pages the demo uses', () => {
    const manifest = createManifest({ serverUrl: 'http://127.0.0.1:8003', version: '0.1.0' });
    expect(manifest.manifest_version).toBe(3);
    expect(manifest.permissions).toEqual(['storage', 'alarms']);
    expect(manifest.commands).toMatchObject({ 'fill-form': { suggested_key: { default: 'Alt+Shift+F' } } });
    expect(manifest.action).toMatchObject({ default_popup: 'popup.html' });
  });

  it('runs in both browsers: a service worker for Chromium, the same file as an event page and a fixed id for Firefox', () => {
    const manifest = createManifest({ serverUrl: 'http://127.0.0.1:8003', version: '0.1.0' });
    expect(manifest.background).toEqual({ service_worker: 'service-worker.js', scripts: ['service-worker.js'] });
    expect(manifest.browser_specific_settings).toEqual({ gecko: { id: GECKO_ID, strict_min_version: '128.0' } });
  });

  it('grants the configured server and never a port-specific pattern', () => {
    const manifest = createManifest({ serverUrl: 'https://companion.example.org:8443/base/', version: '1.2.3' });
    expect(manifest.host_permissions).toEqual([
      'http://127.0.0.1/*',
      'http://localhost/*',
      'https://companion.example.org/*',
    ]);
    expect(serverHostPermission('http://localhost:8003')).toBe('http://localhost/*');
  });
});
