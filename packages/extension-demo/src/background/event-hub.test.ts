import { describe, expect, it } from 'vitest';
import { createEventHub } from './event-hub.ts';

describe('createEventHub', () => {
  it('calls every listener and answers with the first defined result', () => {
    const hub = createEventHub<[number], string | undefined>();
    const seen: number[] = [];
    hub.addListener((n) => void seen.push(n));
    hub.addListener((n) => `first ${n}`);
    hub.addListener((n) => `second ${n}`);
    expect(hub.emit(7)).toBe('first 7');
    expect(seen).toEqual([7]);
  });

  it('forgets removed listeners', () => {
    const hub = createEventHub<[], number>();
    const listener = () => 1;
    hub.addListener(listener);
    expect(hub.size).toBe(1);
    hub.removeListener(listener);
    expect(hub.size).toBe(0);
    expect(hub.emit()).toBeUndefined();
  });
});
