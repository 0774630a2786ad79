import { describe, expect, it } from 'vitest';
import type { AggregationRow, FieldProfile } from '../store/store-port.ts';
import { RUN_WEIGHT } from './run-weight.ts';
import { DEFAULT_SUPPORT, type SupportThresholds } from './support-thresholds.ts';
import { createWindowVotes } from './window-votes.ts';

const SIG_PHONE = 'f1:00000000000000a1';
const SIG_PRONOUNS = 'f1:00000000000000a2';
const SIG_EMAIL = 'f1:00000000000000a3';

interface RunSpec {
  host: string;
  form?: string;
  install: string;
  /** selector → [signature, canonical, format?] */
  fields: Record<string, [string | undefined, string, string?]>;
  status?: AggregationRow['status'];
}

function row({ host, form = 'v1:0000000000000001', install, fields, status = 'ok' }: RunSpec): AggregationRow {
  const finalMap: Record<string, string> = {};
  const fieldSignatures: Record<string, string> = {};
  const fieldFormats: Record<string, string> = {};
  for (const [selector, [signature, canonical, format]] of Object.entries(fields)) {
    finalMap[selector] = canonical;
    if (signature !== undefined) fieldSignatures[selector] = signature;
    if (format !== undefined) fieldFormats[selector] = format;
  }
  return {
    host,
    schemaHash: form,
    installId: install,
    status,
    occurredAt: 1,
    durationMs: 1,
    editChars: 0,
    finalMap,
    fieldSignatures: new Map(Object.entries(fieldSignatures)),
    fieldFormats: new Map(Object.entries(fieldFormats)),
  };
}

/** The field profiles of a window; rows are sorted by form first, as every store streams them. */
function fieldProfiles(rows: readonly AggregationRow[], support: SupportThresholds = DEFAULT_SUPPORT): FieldProfile[] {
  const votes = createWindowVotes(support);
  const ordered = [...rows].sort((a, b) =>
    a.host < b.host ? -1 : a.host > b.host ? 1 : a.schemaHash < b.schemaHash ? -1 : a.schemaHash > b.schemaHash ? 1 : 0,
  );
  for (const r of ordered) votes.add(r, RUN_WEIGHT[r.status], 1);
  return votes.finish().fieldProfiles;
}

describe('field votes over a host', () => {
  it('learns nothing for a signature two fields of a run share with different answers', () => {
    // Two unlabelled boxes of one row sign alike: the person typed their expected salary in one and
    // left their current salary alone; the signature cannot say which box is which.
    const rows = ['i0', 'i1', 'i2'].map((install) =>
      row({
        host: 'careers.acme.com',
        install,
        fields: {
          '#current > input': [SIG_PHONE, 'leave_alone'],
          '#expected > input': [SIG_PHONE, 'salary_expectation'],
          '#e': [SIG_EMAIL, 'email'],
        },
      }),
    );
    expect(fieldProfiles(rows).map((profile) => profile.fieldSignature)).toEqual([SIG_EMAIL]);
  });

  it('learns a signature from several forms of the host, none of which could learn it alone', () => {
    // Three forms, one install each: every form has too few runs and installs for its own map.
    const rows = ['v1:0000000000000001', 'v1:0000000000000002', 'v1:0000000000000003'].map((form, i) =>
      row({
        host: 'careers.acme.com',
        form,
        install: `i${i}`,
        fields: { [`#q${i}`]: [SIG_PHONE, 'phone', 'phone_national'] },
      }),
    );
    expect(fieldProfiles(rows)).toEqual([
      {
        scope: 'host',
        key: 'careers.acme.com',
        fieldSignature: SIG_PHONE,
        canonical: 'phone',
        format: 'phone_national',
        installs: 3,
      },
    ]);
  });

  it('predicts only the canonical of a signature whose forms each learned a format of their own', () => {
    // Two forms of one host ask "Phone" alike; people write it as digits on one, as held on the other.
    const form = (schemaHash: string, format: string) =>
      ['i0', 'i1', 'i2'].map((install) =>
        row({
          host: 'jobs.example.com',
          form: schemaHash,
          install,
          fields: { '#phone': [SIG_PHONE, 'phone', format] },
        }),
      );
    // The first is filled twice as often: digits hold two thirds of each install's runs.
    const split = fieldProfiles([
      ...form('v1:0000000000000001', 'phone_digits'),
      ...form('v1:0000000000000001', 'phone_digits'),
      ...form('v1:0000000000000002', 'as_written'),
    ]);
    expect(split).toEqual([
      { scope: 'host', key: 'jobs.example.com', fieldSignature: SIG_PHONE, canonical: 'phone', installs: 3 },
    ]);
    // Forms that agree teach the format.
    const agreed = fieldProfiles([
      ...form('v1:0000000000000001', 'phone_digits'),
      ...form('v1:0000000000000002', 'phone_digits'),
    ]);
    expect(agreed[0]).toMatchObject({ canonical: 'phone', format: 'phone_digits' });
  });

  it('holds field votes to the same thresholds: two installs on three runs of one host are enough, one install is not', () => {
    const twoInstalls = [
      row({ host: 'a.com', install: 'x', fields: { '#e': [SIG_EMAIL, 'email'] } }),
      row({ host: 'a.com', form: 'v1:0000000000000002', install: 'x', fields: { '#mail': [SIG_EMAIL, 'email'] } }),
      row({ host: 'a.com', install: 'y', fields: { '#e': [SIG_EMAIL, 'email'] } }),
    ];
    expect(fieldProfiles(twoInstalls)).toEqual([
      { scope: 'host', key: 'a.com', fieldSignature: SIG_EMAIL, canonical: 'email', installs: 2 },
    ]);
    const oneInstall = Array.from({ length: 20 }, (_, i) =>
      row({
        host: 'a.com',
        form: `v1:${String(i).padStart(16, '0')}`,
        install: 'x',
        fields: { '#e': [SIG_EMAIL, 'email'] },
      }),
    );
    expect(fieldProfiles(oneInstall)).toEqual([]);
  });

  it('counts an install that fills many forms of the host as one voter', () => {
    const honest = ['a', 'b', 'c'].map((install) =>
      row({ host: 'a.com', install, fields: { '#p': [SIG_PHONE, 'phone'] } }),
    );
    const flood = Array.from({ length: 60 }, (_, i) =>
      row({
        host: 'a.com',
        form: `v1:${String(i + 10).padStart(16, '0')}`,
        install: 'mallory',
        fields: { '#x': [SIG_PHONE, 'email'] },
      }),
    );
    expect(fieldProfiles([...honest, ...flood])).toEqual([
      { scope: 'host', key: 'a.com', fieldSignature: SIG_PHONE, canonical: 'phone', installs: 3 },
    ]);
  });

  it('learns leave_alone at the field level, without a format', () => {
    const rows = ['a', 'b', 'c'].map((install, i) =>
      row({
        host: 'a.com',
        form: `v1:000000000000000${i}`,
        install,
        fields: { '#pro': [SIG_PRONOUNS, 'leave_alone', 'date_iso'] },
      }),
    );
    expect(fieldProfiles(rows)).toEqual([
      { scope: 'host', key: 'a.com', fieldSignature: SIG_PRONOUNS, canonical: 'leave_alone', installs: 3 },
    ]);
  });

  it("counts two inputs of one run that share a signature and an answer as that install's runs on it", () => {
    const rows = ['a', 'b', 'c'].map((install) =>
      row({ host: 'a.com', install, fields: { '#p1': [SIG_PHONE, 'phone'], '#p2': [SIG_PHONE, 'phone'] } }),
    );
    expect(fieldProfiles(rows, { minRuns: 3, minInstalls: 2, minShare: 0.5 })).toEqual([
      { scope: 'host', key: 'a.com', fieldSignature: SIG_PHONE, canonical: 'phone', installs: 3 },
    ]);
  });

  it('leaves fields without a signature (older SDKs) to their form alone', () => {
    const rows = ['a', 'b', 'c'].map((install) =>
      row({ host: 'a.com', install, fields: { '#p': [undefined, 'phone'] } }),
    );
    expect(fieldProfiles(rows)).toEqual([]);
  });
});

describe('field votes over an ATS family', () => {
  const workday = ['acme.wd5.myworkdayjobs.com', 'beta.wd1.myworkdayjobs.com', 'gamma.wd3.myworkdayjobs.com'];

  it('learns what no single host of the family could, and keys it by the family', () => {
    const rows = workday.map((host, i) =>
      row({ host, install: `i${i}`, fields: { '#phone': [SIG_PHONE, 'phone', 'phone_digits'] } }),
    );
    expect(fieldProfiles(rows)).toEqual([
      {
        scope: 'family',
        key: 'workday',
        fieldSignature: SIG_PHONE,
        canonical: 'phone',
        format: 'phone_digits',
        installs: 3,
      },
    ]);
  });

  it('counts an install active on several hosts of the family once', () => {
    const rows = [
      ...workday.map((host) => row({ host, install: 'mallory', fields: { '#phone': [SIG_PHONE, 'email'] } })),
      ...workday.map((host, i) => row({ host, install: `honest-${i}`, fields: { '#phone': [SIG_PHONE, 'phone'] } })),
    ];
    const family = fieldProfiles(rows).filter((profile) => profile.scope === 'family');
    expect(family).toEqual([
      { scope: 'family', key: 'workday', fieldSignature: SIG_PHONE, canonical: 'phone', installs: 3 },
    ]);
  });

  it('gives hosts outside every family host profiles only', () => {
    const rows = ['a', 'b', 'c'].map((install) =>
      row({ host: 'careers.example.com', install, fields: { '#p': [SIG_PHONE, 'phone'] } }),
    );
    expect(fieldProfiles(rows).map((profile) => profile.scope)).toEqual(['host']);
  });

  it('elects host and family separately: the host may say what the family does not', () => {
    const host = 'acme.wd5.myworkdayjobs.com';
    const local = ['a', 'b', 'c'].map((install) =>
      row({ host, install, fields: { '#x': [SIG_PHONE, 'leave_alone'] } }),
    );
    const elsewhere = ['d', 'e', 'f', 'g', 'h'].map((install, i) =>
      row({ host: workday[1 + (i % 2)]!, install, fields: { '#x': [SIG_PHONE, 'phone'] } }),
    );
    expect(fieldProfiles([...local, ...elsewhere])).toEqual([
      { scope: 'host', key: host, fieldSignature: SIG_PHONE, canonical: 'leave_alone', installs: 3 },
      { scope: 'host', key: workday[1], fieldSignature: SIG_PHONE, canonical: 'phone', installs: 3 },
      { scope: 'family', key: 'workday', fieldSignature: SIG_PHONE, canonical: 'phone', installs: 5 }, // 5 of 8: 0.625
    ]);
  });
});
