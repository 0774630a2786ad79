import { renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { makeTempDir } from '@companion-autofill/test-kit/server-process';
import { watchFileChanges, type FileWatch } from './file-watch.ts';

let watches: FileWatch[] = [];
afterEach(() => {
  for (const watch of watches) watch.close();
  watches = [];
});

/** A watch whose changes are counted, and a promise for the next one. */
function counted(path: string) {
  let count = 0;
  let wake: (() => void) | undefined;
  const watch = watchFileChanges({
    path,
    debounceMs: 20,
    onChange: () => {
      count += 1;
      wake?.();
    },
    onError: (error) => {
      throw error;
    },
  });
  watches.push(watch);
  return {
    watch,
    count: () => count,
    next: () => new Promise<void>((resolve) => (wake = resolve)),
  };
}

describe('watchFileChanges', () => {
  it('reports a write, then a rename over the file, once each has settled', async () => {
    const dir = makeTempDir();
    const path = join(dir, 'tuning.json');
    writeFileSync(path, '{}');
    const watched = counted(path);

    let next = watched.next();
    writeFileSync(path, '{"a":1}');
    writeFileSync(path, '{"a":2}');
    await next;
    const afterWrites = watched.count();
    expect(afterWrites).toBeGreaterThanOrEqual(1);

    next = watched.next();
    writeFileSync(join(dir, 'tuning.json.tmp'), '{"a":3}');
    renameSync(join(dir, 'tuning.json.tmp'), path);
    await next;
    expect(watched.count()).toBeGreaterThan(afterWrites);
  });

  it('ignores other files in the same folder', async () => {
    const dir = makeTempDir();
    writeFileSync(join(dir, 'a.json'), '{}');
    writeFileSync(join(dir, 'b.json'), '{}');
    const a = counted(join(dir, 'a.json'));
    const b = counted(join(dir, 'b.json'));
    const next = b.next();
    writeFileSync(join(dir, 'b.json'), '{"changed":true}');
    // Both watchers saw the same folder events; b's firing proves they were delivered.
    await next;
    expect(a.count()).toBe(0);
  });

  it('reports nothing after close', async () => {
    const dir = makeTempDir();
    const path = join(dir, 'tuning.json');
    writeFileSync(path, '{}');
    const closed = counted(path);
    const witness = counted(path);
    closed.watch.close();
    const next = witness.next();
    writeFileSync(path, '{"changed":true}');
    await next;
    expect(closed.count()).toBe(0);
  });
});
