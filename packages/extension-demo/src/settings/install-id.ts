/**
 * The random id of this extension install. It groups one install's events (the server needs
 * "distinct installs" for its support thresholds) and is not a person's identity: a reinstall
 * gets a new one, and it is never derived from anything about the user.
 */
import type { CompanionContentOptions } from '@companion-autofill/sdk/content';

/** The SDK's storage port (not exported by name from the content entry). */
type StoragePort = CompanionContentOptions['storage'];

/** Storage key of the install id. */
export const INSTALL_ID_KEY = 'demo.installId';

const INSTALL_ID = /^[A-Za-z0-9_-]{8,64}$/;

/** Reads the install id, creating and storing one on first use. */
export async function loadInstallId(storage: StoragePort): Promise<string> {
  const stored = await storage.get<unknown>(INSTALL_ID_KEY);
  if (typeof stored === 'string' && INSTALL_ID.test(stored)) return stored;
  const created = `inst-${crypto.randomUUID()}`;
  await storage.set(INSTALL_ID_KEY, created);
  return created;
}
