import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { AggregatorRunner, AggregatorRunSummary } from './aggregator-runner.ts';
import { startAggregatorSchedule } from './aggregator-schedule.ts';

const HOUR = 3_600_000;
const ok: AggregatorRunSummary = {
  status: 'ok',
  run_id: 1,
  events_read: 0,
  profiles_updated: 0,
  mappings_flipped: 0,
  duration_ms: 1,
};

function fakeRunner() {
  const runner = { runOnce: vi.fn(async () => ok) };
  return runner as unknown as AggregatorRunner & { runOnce: typeof runner.runOnce };
}

describe('startAggregatorSchedule', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2026-11-27T00:00:00Z'));
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('runs every interval with jitter within ±10 %', async () => {
    const runner = fakeRunner();
    const randoms = [0, 1]; // the two extremes of the jitter
    let i = 0;
    const schedule = startAggregatorSchedule({
      runner,
      everyHours: 6,
      lastSuccessAt: async () => Date.now(),
      log: () => {},
      random: () => randoms[i++ % 2]!,
    });
    await vi.advanceTimersByTimeAsync(6 * HOUR * 0.9 - 1);
    expect(runner.runOnce).toHaveBeenCalledTimes(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(runner.runOnce).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(6 * HOUR * 1.1 - 1);
    expect(runner.runOnce).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(runner.runOnce).toHaveBeenCalledTimes(2);
    schedule.stop();
  });

  it('keeps the cadence across a restart: the first run is due an interval after the last success', async () => {
    const runner = fakeRunner();
    const lastSuccess = Date.now() - 5 * HOUR;
    const schedule = startAggregatorSchedule({
      runner,
      everyHours: 6,
      lastSuccessAt: async () => lastSuccess,
      log: () => {},
      random: () => 0.5,
    });
    await vi.advanceTimersByTimeAsync(HOUR - 1);
    expect(runner.runOnce).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(runner.runOnce).toHaveBeenCalledTimes(1);
    schedule.stop();
  });

  it('runs soon when there never was a run, and never after stop()', async () => {
    const runner = fakeRunner();
    const schedule = startAggregatorSchedule({ runner, everyHours: 6, lastSuccessAt: async () => null, log: () => {} });
    await vi.advanceTimersByTimeAsync(1_000);
    expect(runner.runOnce).toHaveBeenCalledTimes(1);
    schedule.stop();
    await vi.advanceTimersByTimeAsync(24 * HOUR);
    expect(runner.runOnce).toHaveBeenCalledTimes(1);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('asks for scheduled runs with a gap of 0.8 interval, so replicas make one run per interval between them', async () => {
    const runner = fakeRunner();
    const schedule = startAggregatorSchedule({ runner, everyHours: 6, lastSuccessAt: async () => null, log: () => {} });
    await vi.advanceTimersByTimeAsync(1_000);
    expect(runner.runOnce).toHaveBeenCalledWith({ minGapMs: 4.8 * HOUR });
    schedule.stop();
  });

  it('keeps scheduling after a run throws', async () => {
    const runner = fakeRunner();
    runner.runOnce.mockRejectedValueOnce(new Error('disk full'));
    const lines: string[] = [];
    const schedule = startAggregatorSchedule({
      runner,
      everyHours: 1,
      lastSuccessAt: async () => null,
      log: (level, message) => lines.push(`${level} ${message}`),
      random: () => 0.5,
    });
    await vi.advanceTimersByTimeAsync(1_000 + HOUR);
    expect(runner.runOnce).toHaveBeenCalledTimes(2);
    expect(lines).toContain('ERROR scheduled run crashed: disk full');
    schedule.stop();
  });
});
