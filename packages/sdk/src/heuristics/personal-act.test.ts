import { describe, expect, it } from 'vitest';
import { field } from './field.fixture.ts';
import { isPersonalAct } from './personal-act.ts';

describe('isPersonalAct', () => {
  it('finds signature and initials boxes by label, name or section', () => {
    expect(isPersonalAct(field({ label: 'Signature (type your full name)' }))).toBe(true);
    expect(isPersonalAct(field({ name: 'esignature_full_name' }))).toBe(true);
    expect(isPersonalAct(field({ label: 'Full name', section: 'E-Signature' }))).toBe(true);
    expect(isPersonalAct(field({ label: 'Initials' }))).toBe(true);
    // ASP.NET names: the words are in camel case.
    expect(isPersonalAct(field({ label: 'Full Legal Name', name: 'ctl00$ContentPlaceHolder1$txtSignature' }))).toBe(
      true,
    );
    expect(isPersonalAct(field({ label: 'Full Legal Name', id: 'applicantSignature' }))).toBe(true);
    // Short forms and a name typed to certify.
    expect(isPersonalAct(field({ label: 'E-sig.: type your full legal name to certify the above' }))).toBe(true);
    expect(isPersonalAct(field({ label: 'Type your name to confirm you agree' }))).toBe(true);
    expect(isPersonalAct(field({ label: 'Type your name as it appears on your passport' }))).toBe(false);
    // A name written into a declaration: "I, [ ], hereby authorize …".
    const declared = {
      nearbyText: 'I,',
      hint: ", hereby authorize the Sheriff's Office to conduct a background check",
    };
    expect(isPersonalAct(field(declared))).toBe(true);
    expect(isPersonalAct(field({ nearbyText: 'I', hint: 'certify that the information is true' }))).toBe(true);
    expect(isPersonalAct(field({ nearbyText: 'I,', hint: 'years of experience' }))).toBe(false);
  });

  it('leaves ordinary fields alone', () => {
    expect(isPersonalAct(field({ label: 'Full name' }))).toBe(false);
    expect(isPersonalAct(field({ label: 'Designation' }))).toBe(false);
    expect(isPersonalAct(field({ label: 'Job title', placeholder: 'Whatever it says on your email signature' }))).toBe(
      false,
    );
  });

  it('leaves an upload in a part titled for documents and signing to the documents', () => {
    expect(isPersonalAct(field({ label: 'Resume', type: 'file', section: 'Documents & Signature' }))).toBe(false);
    expect(isPersonalAct(field({ label: 'Upload your signature', type: 'file' }))).toBe(true);
  });

  it("leaves a signing part's other questions to their answers: the act is a name or a date", () => {
    const section = 'Attachments, Questions and Signature';
    expect(isPersonalAct(field({ label: 'Cover Letter', type: 'textarea', section }))).toBe(false);
    expect(isPersonalAct(field({ label: 'Are you legally authorized to work in the US?', section }))).toBe(false);
    expect(isPersonalAct(field({ label: 'Date', section }))).toBe(true);
    expect(isPersonalAct(field({ label: '', section: 'Signature' }))).toBe(true);
  });
});
