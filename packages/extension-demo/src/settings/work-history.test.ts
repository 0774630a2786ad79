import { describe, expect, it } from 'vitest';
import { currentWork, endsBeforeStart, RESUME_DATE, yearsOfExperience } from './work-history.ts';

const TODAY = new Date('2026-06-15T12:00:00Z');

describe('currentWork', () => {
  it('is the ongoing job that started last', () => {
    const jobs = [
      { company: 'Old', startDate: '2010-01', endDate: '2015-01' },
      { company: 'Side gig', startDate: '2018-01' },
      { company: 'Main', startDate: '2020-05' },
    ];
    expect(currentWork(jobs)?.company).toBe('Main');
  });

  it('is the job that ended last when none is ongoing', () => {
    expect(
      currentWork([
        { company: 'A', startDate: '2010', endDate: '2012' },
        { company: 'B', startDate: '2012', endDate: '2019-04' },
      ])?.company,
    ).toBe('B');
  });

  it('keeps list order for undated jobs and skips entries naming neither company nor position', () => {
    expect(currentWork([{ company: 'Newest' }, { company: 'Older' }])?.company).toBe('Newest');
    expect(currentWork([{ startDate: '2024-01' }, { position: 'Engineer', startDate: '2020' }])?.position).toBe(
      'Engineer',
    );
    expect(currentWork([])).toBeUndefined();
  });
});

describe('yearsOfExperience', () => {
  it('counts whole years up to today for an ongoing job', () => {
    expect(yearsOfExperience([{ startDate: '2020-06' }], TODAY)).toBe(6);
    expect(yearsOfExperience([{ startDate: '2020-07' }], TODAY)).toBe(5);
  });

  it('counts overlapping jobs once and gaps not at all', () => {
    const jobs = [
      { startDate: '2010-01', endDate: '2013-12' }, // 4 years
      { startDate: '2012-01', endDate: '2013-06' }, // inside the first
      { startDate: '2016-01', endDate: '2017-12' }, // 2 years after a gap
    ];
    expect(yearsOfExperience(jobs, TODAY)).toBe(6);
  });

  it('reads a bare year as the whole year, and ignores days', () => {
    expect(yearsOfExperience([{ startDate: '2015', endDate: '2017' }], TODAY)).toBe(3);
    expect(yearsOfExperience([{ startDate: '2015-01-31', endDate: '2016-12-01' }], TODAY)).toBe(2);
  });

  it('counts no future months, and nothing without a start date', () => {
    expect(yearsOfExperience([{ startDate: '2025-06', endDate: '2031-01' }], TODAY)).toBe(1);
    expect(yearsOfExperience([{ startDate: '2030-01' }], TODAY)).toBe(0);
    expect(yearsOfExperience([{ company: 'Undated' }], TODAY)).toBeUndefined();
  });
});

describe('dates', () => {
  it("match JSON Resume's partial ISO dates only", () => {
    for (const date of ['2019', '2019-04', '2019-04-15']) expect(RESUME_DATE.test(date), date).toBe(true);
    for (const date of ['19', '2019-13', '2019-4', '04/2019', 'present', '2019-04-32'])
      expect(RESUME_DATE.test(date), date).toBe(false);
    expect(endsBeforeStart({ startDate: '2019-04', endDate: '2019-03' })).toBe(true);
    expect(endsBeforeStart({ startDate: '2019-04', endDate: '2019-04' })).toBe(false);
    expect(endsBeforeStart({ startDate: '2019-04' })).toBe(false);
  });
});
