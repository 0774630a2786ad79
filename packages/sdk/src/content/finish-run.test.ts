import { describe, expect, it, vi } from 'vitest';
import { routerMessaging } from '../background/testing/router-messaging.ts';
import { createFormMemory } from '../memory/form-memory.ts';
import { LearningEvent } from '../protocol/index.ts';
import { createMemoryStorage } from '../storage/memory-storage.ts';
import { normalizeContentOptions, type CompanionContentOptions } from './content-options.ts';
import type { EventSink } from './event-sink.ts';
import { finishRun, type FinishedRunContext } from './finish-run.ts';
import { createMessageEventSink } from './message-ports.ts';
import { UNAVAILABLE_PROFILE } from './profile-port.ts';

const EMAIL = 'CANARY-ada@example.com';
const submitted = {
  signal: { kind: 'submit' as const, invalidFieldCount: 0 },
  finalValues: { '#email': EMAIL },
  finalChoices: {},
};

function context(options: Partial<CompanionContentOptions>): FinishedRunContext {
  const storage = createMemoryStorage();
  return {
    options: normalizeContentOptions({
      profilePort: { getProfile: async () => UNAVAILABLE_PROFILE },
      eventSink: { queue: async () => undefined },
      storage,
      profileValues: () => ({ email: EMAIL }),
      consent: () => true,
      installId: 'install-test-0001',
      host: 'jobs.example.com',
      now: () => Date.UTC(2026, 10, 27, 12),
      ...options,
    }),
    memory: createFormMemory(storage),
    schemaHash: 'v1:0123456789abcdef',
    startedAt: 0,
    fillMs: 4,
    merged: {
      map: { '#email': 'email' },
      sources: { '#email': 'heuristic' },
      profileSource: 'heuristics_only',
      profileUsed: false,
    },
    suggested: { '#email': 'email' },
    filled: { '#email': EMAIL },
    values: { email: EMAIL },
    profile: UNAVAILABLE_PROFILE,
    fieldSignatures: { '#email': 'f1:0123456789abcdef' },
    formats: {},
    drafted: {},
    styleId: 'default',
    uploads: [],
    chancePlaces: new Set(),
  };
}

/** The message event sink over the background's real router; its outbox handler is a spy. */
function backgroundSink() {
  const { handlers, send } = routerMessaging();
  return { queued: handlers['event.queue'], sink: createMessageEventSink(send) };
}

describe('finishRun', () => {
  it('queues a valid event through the background, with no value in it', async () => {
    const { queued, sink } = backgroundSink();
    const report = await finishRun(context({ eventSink: sink }), submitted);
    expect(report).toMatchObject({ outcome: 'queued', status: 'ok' });
    expect(LearningEvent.safeParse(report.event).success).toBe(true);
    expect(report.event?.field_signatures).toEqual({ '#email': 'f1:0123456789abcdef' });
    expect(queued).toHaveBeenCalledOnce();
    expect(JSON.stringify(vi.mocked(queued).mock.calls)).not.toContain(EMAIL);
  });

  it('reports invalid_event with the schema reason when the background refuses the event, which is never queued', async () => {
    const { queued, sink } = backgroundSink();
    // An option the content side does not check: the event carries it and the router refuses it.
    const report = await finishRun(context({ eventSink: sink, genStyleId: 'style b!' }), submitted);
    expect(report).toMatchObject({
      outcome: 'invalid_event',
      status: 'ok',
      reason: 'gen_style_id: must be 1-64 chars of [A-Za-z0-9_.-]',
    });
    expect(report.event?.gen_style_id).toBe('style b!');
    expect(queued).not.toHaveBeenCalled();
  });

  it('reports sink_failed for any other rejection, and sends nothing without consent', async () => {
    const failing: EventSink = { queue: async () => Promise.reject(new Error('port closed')) };
    expect(await finishRun(context({ eventSink: failing }), submitted)).toMatchObject({
      outcome: 'sink_failed',
      status: 'ok',
    });
    const { queued, sink } = backgroundSink();
    expect(await finishRun(context({ eventSink: sink, consent: () => false }), submitted)).toMatchObject({
      outcome: 'no_consent',
    });
    expect(queued).not.toHaveBeenCalled();
  });

  it('takes an upload the page emptied after reading its file for no removal, and a cleared box for one', async () => {
    const { sink } = backgroundSink();
    const base = context({ eventSink: sink });
    const report = await finishRun(
      {
        ...base,
        suggested: { '#email': 'email', '#cv': 'resume_upload' },
        filled: { '#email': EMAIL, '#cv': 'Jane_Resume.pdf' },
        uploads: ['#cv'],
      },
      { ...submitted, finalValues: { '#email': '', '#cv': '' } },
    );
    expect(report.event?.final_map).toEqual({ '#email': 'leave_alone', '#cv': 'resume_upload' });
  });

  it('reports drafted answers apart from the mapped fields, in the style they were drafted in, without their text', async () => {
    const { queued, sink } = backgroundSink();
    const draft = 'I build reliable data platforms.';
    const typed = 'I build reliable data platforms and teams.';
    const report = await finishRun(
      {
        ...context({ eventSink: sink, genStyleId: 'extension-default' }),
        drafted: { '#why': draft },
        styleId: 'bullets',
      },
      { ...submitted, finalValues: { '#email': EMAIL, '#why': typed } },
    );
    expect(report).toMatchObject({ outcome: 'queued', status: 'ok' });
    expect(report.event?.draft_stats).toEqual({
      '#why': { drafted_chars: draft.length, edit_chars: typed.length - draft.length },
    });
    expect(report.event?.gen_style_id).toBe('bullets');
    expect(report.event?.edit_stats.per_field).toEqual({});
    expect(report.event?.final_map).toEqual({ '#email': 'email' });
    expect(JSON.stringify(vi.mocked(queued).mock.calls)).not.toContain('reliable');
  });

  it('keeps the extension’s style id and no draft stats on a run without drafts', async () => {
    const report = await finishRun(context({ genStyleId: 'extension-default' }), submitted);
    expect(report.event?.gen_style_id).toBe('extension-default');
    expect(report.event).not.toHaveProperty('draft_stats');
  });
});
