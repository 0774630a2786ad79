import { describe, expect, it } from 'vitest';
import { CANONICAL_FIELDS } from '../../packages/sdk/src/heuristics/canonical-fields.ts';
import { leakedProfileNeedles, PROFILE_NEEDLES, PROFILE_VALUES, RESUME_FILE } from './profile.ts';

describe('the accuracy profile', () => {
  it('holds a value for every canonical the SDK knows (the resume is a file)', () => {
    expect(Object.keys(PROFILE_VALUES).sort()).toEqual(
      CANONICAL_FIELDS.filter((name) => name !== 'resume_upload').sort(),
    );
    expect(Object.values(PROFILE_VALUES).every((value) => value.trim() !== '')).toBe(true);
  });

  it('the leak check finds every canary in the values and the stored resume, and none in clean text', () => {
    const everything = `${JSON.stringify(PROFILE_VALUES)} 4155550134 (415) 555-0134 ${JSON.stringify(RESUME_FILE)}`;
    expect(leakedProfileNeedles(everything)).toEqual([...PROFILE_NEEDLES]);
    expect(leakedProfileNeedles(RESUME_FILE.base64)).toHaveLength(1);
    expect(
      leakedProfileNeedles('{"schema_hash":"v1:7c2e0a9b4f1d3e55","selector":"#email","canonical":"email"}'),
    ).toEqual([]);
  });

  it('the resume is a PDF whose declared size matches its bytes', () => {
    const bytes = Buffer.from(RESUME_FILE.base64, 'base64');
    expect(bytes.subarray(0, 8).toString('latin1')).toBe('%PDF-1.4');
    expect(bytes.subarray(-6).toString('latin1')).toBe('%%EOF\n');
    expect(RESUME_FILE.size).toBe(bytes.length);
  });
});
