import { describe, expect, it } from 'vitest';
import { ATS_FAMILIES, ATS_FAMILY_DOMAINS, atsFamilyOf } from './ats-families.ts';

describe('atsFamilyOf', () => {
  it('recognises the hosts ATS forms are served from', () => {
    expect(atsFamilyOf('boards.greenhouse.io')).toBe('greenhouse');
    expect(atsFamilyOf('job-boards.greenhouse.io')).toBe('greenhouse');
    expect(atsFamilyOf('jobs.lever.co')).toBe('lever');
    expect(atsFamilyOf('acme.wd5.myworkdayjobs.com')).toBe('workday');
    expect(atsFamilyOf('wd3.myworkdaysite.com')).toBe('workday');
    expect(atsFamilyOf('jobs.ashbyhq.com')).toBe('ashby');
    expect(atsFamilyOf('jobs.smartrecruiters.com')).toBe('smartrecruiters');
    expect(atsFamilyOf('careers-acme.icims.com')).toBe('icims');
  });

  it('matches the bare domain too', () => {
    expect(atsFamilyOf('lever.co')).toBe('lever');
  });

  it('does not match a look-alike domain or an unrelated host', () => {
    expect(atsFamilyOf('notgreenhouse.io')).toBeUndefined();
    expect(atsFamilyOf('greenhouse.io.evil.com')).toBeUndefined();
    expect(atsFamilyOf('boards.example.com')).toBeUndefined();
  });

  it('gives every domain to exactly one family', () => {
    const domains = ATS_FAMILIES.flatMap((family) => ATS_FAMILY_DOMAINS[family]);
    expect(new Set(domains).size).toBe(domains.length);
    for (const family of ATS_FAMILIES) {
      for (const domain of ATS_FAMILY_DOMAINS[family]) expect(atsFamilyOf(`x.${domain}`)).toBe(family);
    }
  });
});
