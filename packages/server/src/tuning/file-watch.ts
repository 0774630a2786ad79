import { watch, type FSWatcher } from 'node:fs';
import { basename, dirname } from 'node:path';

export interface FileWatchOptions {
  path: string;
  /** Quiet time after the last event before `onChange` fires: one save is several fs events. */
  debounceMs: number;
  onChange: () => void;
  onError: (error: Error) => void;
}

/** A running watch; `close()` removes the watcher and any pending timer. */
export interface FileWatch {
  close(): void;
}

/**
 * Calls `onChange` once the file has settled after a change. Watches the folder rather than the
 * file: editors and config tools replace a file by renaming a temp file over it, which ends a
 * watch on the old inode but shows up in the folder as an event for the file's name.
 */
export function watchFileChanges({ path, debounceMs, onChange, onError }: FileWatchOptions): FileWatch {
  const name = basename(path);
  let timer: NodeJS.Timeout | undefined;
  let watcher: FSWatcher | undefined = watch(dirname(path), { persistent: false }, (_event, filename) => {
    // Linux always names the file; a platform that cannot gets the benefit of the doubt.
    if (filename !== null && filename !== name) return;
    clearTimeout(timer);
    timer = setTimeout(() => {
      timer = undefined;
      onChange();
    }, debounceMs);
    timer.unref();
  });
  watcher.on('error', onError);
  return {
    close() {
      clearTimeout(timer);
      timer = undefined;
      watcher?.close();
      watcher = undefined;
    },
  };
}
