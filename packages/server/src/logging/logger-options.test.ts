import { Writable } from 'node:stream';
import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';
import { boundedLoggerOptions } from './logger-options.ts';

function capture() {
  const lines: Record<string, unknown>[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString().split('\n').filter(Boolean))
        lines.push(JSON.parse(line) as Record<string, unknown>);
      done();
    },
  });
  return { lines, stream };
}

describe('the server logger', () => {
  it('bounds the fields and the message of every line, also on child loggers', async () => {
    const { lines, stream } = capture();
    const app = Fastify({ logger: { ...boundedLoggerOptions('info'), stream } });
    const child = app.log.child({ reqId: 'r1' });
    child.info({ rejected: ['k'.repeat(100_000)] }, `sync: ${'m'.repeat(100_000)}`);
    await app.close();
    const line = lines.find((l) => l.reqId === 'r1')!;
    expect(JSON.stringify(line).length).toBeLessThan(2_000);
    expect(String(line.msg)).toMatch(/…\(\+\d+ chars\)$/);
  });

  it('writes identical lines up to the limit per window and then says how many it held back', async () => {
    const { lines, stream } = capture();
    let now = 0;
    const app = Fastify({
      logger: { ...boundedLoggerOptions('info', { maxIdentical: 3, windowMs: 1_000 }, () => now), stream },
    });
    for (let i = 0; i < 50; i++) app.log.info({ i }, 'sync: events rejected');
    now = 1_000;
    app.log.info('sync: events rejected');
    app.log.warn('another line');
    await app.close();
    const repeated = lines.filter((l) => String(l.msg).startsWith('sync: events rejected'));
    expect(repeated.map((l) => l.msg)).toEqual([
      'sync: events rejected',
      'sync: events rejected',
      'sync: events rejected',
      'sync: events rejected (47 identical lines suppressed in the previous 1 s)',
    ]);
    expect(lines.some((l) => l.msg === 'another line')).toBe(true);
  });
});
