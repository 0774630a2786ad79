import { firstIssueReason, InstallId } from '@companion-autofill/sdk/protocol';
import type { ServerConfig } from '../config/load-config.ts';
import { openStore } from '../store/open-store.ts';
import { UsageError } from './strict-args.ts';

/** Erases every event of one install (data rights) and prints `{ install_id, deleted_events }`. */
export async function deleteInstallCommand(config: ServerConfig, installId: string): Promise<number> {
  const valid = InstallId.safeParse(installId);
  if (!valid.success) throw new UsageError(`--install-id: ${firstIssueReason(valid.error)}`);
  const store = await openStore(config);
  try {
    const deleted = await store.events.deleteInstall(installId);
    await store.housekeep();
    process.stdout.write(`${JSON.stringify({ install_id: installId, deleted_events: deleted })}\n`);
    return 0;
  } finally {
    await store.close();
  }
}
