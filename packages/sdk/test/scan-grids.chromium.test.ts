/**
 * Hand-written applications as older ATSs and employers' own sites serve them: label cells with a
 * cell for the required mark, grids of entries named by their column headings, title bars drawn as
 * divs, questions one after another in one flat part. Scanned in Chromium, mapped in Node.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from '@playwright/test';
import type { FieldDescriptor } from '../src/scan/field-descriptor.ts';
import { mapByHeuristics } from '../src/heuristics/map-by-heuristics.ts';
import { matchField } from '../src/heuristics/match-field.ts';
import { decoyScopes } from '../src/scan/decoy-scopes.ts';
import { type Harness, startHarness } from './support/harness.ts';

let harness: Harness;
let page: Page;
let fields: FieldDescriptor[];

beforeAll(async () => {
  harness = await startHarness();
  page = await harness.open('/scan-grids.html');
  fields = await page.evaluate(() => window.companionSdk.scanForm(document).map((field) => field.descriptor));
});
afterAll(async () => harness?.close());

const byName = (name: string) => fields.find((field) => field.name === name);
/** What the heuristics give the named field, mapped with the fields of its own form as a run maps them. */
const mapped = (name: string) => {
  const field = byName(name);
  return mapByHeuristics(fields.filter((other) => other.scope === field?.scope))[field?.selector ?? ''];
};

describe('scanForm on hand-written applications', () => {
  it('names a field by the label cell before a cell holding only the required mark, a split phone too', () => {
    expect(byName('FIRST_NAME')?.label).toBe('First Name');
    expect(['PHONE_AREA', 'PHONE_LINE'].map((name) => byName(name)?.label)).toEqual(['Phone', 'Phone']);
  });

  it("names a grid's boxes by their column's heading, after the row's own name when it has one", () => {
    expect(['EMP1_NAME', 'EMP2_TITLE', 'EMP1_CITY'].map((name) => byName(name)?.label)).toEqual([
      'Employer',
      'Job Title',
      'City, State',
    ]);
    expect(['HS_DEGREE', 'COL_NAME', 'COL_DEGREE'].map((name) => byName(name)?.label)).toEqual([
      'High School Degree',
      'College School Name & Location',
      'College Degree',
    ]);
  });

  it("names an entry's boxes by the headings right above them, past a title row spanning the table", () => {
    expect(['REF1_NAME', 'REF1_YEARS', 'REF1_EMAIL', 'REF1_CONTACT'].map((name) => byName(name)?.label)).toEqual([
      'Name',
      'Years known',
      "Reference's e-mail",
      'May we contact them?',
    ]);
  });

  it("reads a table's caption as the heading of its boxes: a referee's company is no employer of the person's", () => {
    expect(byName('REFGRID_COMPANY_1')?.section).toBe('Professional References');
    expect(['REFGRID_COMPANY_1', 'REFGRID_NAME_1'].map(mapped)).toEqual([undefined, undefined]);
  });

  it('reads title bars drawn as divs as the headings of their parts', () => {
    expect(byName('FIRST_NAME')?.section).toBe('PERSONAL INFORMATION');
    expect(byName('EMP1_NAME')).toMatchObject({
      section: 'Employment History',
      sectionNote: 'List your present or last employer first.',
    });
    expect(byName('COL_DEGREE')?.section).toBe('EDUCATION');
  });

  it("gives each of a flat part's radio groups the question right before it, not the part's heading", () => {
    expect(byName('authorizedUS')?.label).toBe('Are you legally authorized to work in the US? *');
    expect(byName('needsSponsorship')?.label).toBe('Will you now or in the future require sponsorship?');
  });

  it("maps the current job's row to the person's employer and the rest of the history to nobody", () => {
    expect(['EMP1_NAME', 'EMP1_TITLE'].map(mapped)).toEqual(['current_company', 'current_title']);
    expect(['EMP1_FROM', 'EMP1_CITY', 'EMP2_NAME', 'EMP2_CITY'].map(mapped)).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
    expect(['HS_NAME', 'HS_DEGREE', 'COL_NAME', 'COL_DEGREE'].map(mapped)).toEqual([
      undefined,
      undefined,
      'school',
      'degree',
    ]);
    expect(['PHONE_AREA', 'authorizedUS', 'needsSponsorship'].map(mapped)).toEqual([
      'phone',
      'work_authorization',
      'sponsorship',
    ]);
  });
  it("reads a row's link type picker as the help of its bare URL box, and maps the box to that link", () => {
    expect(byName('links.0.url')).toMatchObject({ label: 'URL', hint: 'LinkedIn' });
    expect(byName('links.1.url')).toMatchObject({ label: 'Link', hint: 'GitHub' });
    expect(byName('otherNotes')).toMatchObject({ hint: '' });
    expect([mapped('links.0.url'), mapped('links.1.url')]).toEqual(['linkedin_url', 'github_url']);
  });

  it("names a phone's boxes by the row's caption and their own, past the bracket drawn before the area code", () => {
    expect([byName('PP_AREA')?.label, byName('PP_NUM')?.label]).toEqual(['Telephone Area code', 'Telephone Number']);
  });

  it("reads an attachment row's type as the help of its bare file, not of its description, and matches the file to it", () => {
    expect(byName('ATT_FILE_1')).toMatchObject({ label: 'File 1', hint: 'Résumé/CV' });
    expect(byName('ATT_DESCR_1')).toMatchObject({ hint: '' });
    const best = (name: string) => matchField(byName(name)!)[0]?.canonical;
    expect([best('ATT_FILE_1'), best('ATT_FILE_2'), best('ATT_DESCR_1')]).toEqual([
      'resume_upload',
      undefined,
      undefined,
    ]);
  });

  it('reads an add-on written after the box but drawn before it as its prefix, and a unit drawn after it as none', () => {
    expect(byName('slotSite')?.prefix).toBe('https://');
    expect(byName('slotPay')?.prefix).toBe('');
  });

  it('names an upload by the heading over it when its label and caption say only how to upload', () => {
    expect(byName('cvUpload')?.label).toBe('Resume/CV');
  });

  it('names a hidden upload by the caption before its drop zone when the zone names no document', () => {
    expect(byName('dzSample')?.label).toBe('Writing sample');
    expect(byName('dzLetter')?.label).toBe('Cover letter (optional)');
  });

  it("names a tag box by the label of the input it hides, not by its library's stock name", () => {
    expect(fields.find((field) => /tags|Tags input field/.test(field.selector))?.label).toBe(
      'Countries where you already have the right to work',
    );
  });

  it("scans a hidden upload opened by a web component's button", () => {
    expect(byName('wcResume')).toMatchObject({ type: 'file', label: 'Resume' });
  });

  it("scans an uploader's own input, not its drop text, where the two sit apart in the uploader's wrapper (Jotform)", () => {
    const uploads = fields.filter((field) => field.type === 'file' && /jfResume|jfUpload/.test(field.selector));
    expect(uploads.map((field) => field.selector)).toEqual(['input[name="jfResume"]']);
  });

  it("reads a drop zone's upload buttons as its ways in, not a choice, though another upload sits in the form's wrapper", () => {
    expect(fields.find((field) => field.selector === '#dzPortfolio')).toMatchObject({
      type: 'file',
      label: 'Portfolio',
    });
  });

  it("reads a fixed dial code drawn with its country's flag as the phone's add-on", () => {
    expect(byName('flagPhone')).toMatchObject({ label: 'Mobile phone number', prefix: '+1' });
  });

  it('scans a hidden upload opened by the links of its area, though a paste box shown on demand sits there too', () => {
    expect(byName('ghResume')).toMatchObject({ type: 'file', label: 'Resume/CV' });
    expect(byName('ghResumeText')).toBeUndefined();
  });

  it("reads a layout table's row of one header cell as its part's heading", () => {
    expect(byName('whReason')).toMatchObject({
      section: 'Work History (most recent first)',
      sectionNote: 'Employer 1',
    });
    const referee = byName('refPhone')!;
    expect(referee.section).toBe('References');
    expect(matchField(referee)).toEqual([]);
  });

  it('names an answer whose label cell is empty by the question written across the row above', () => {
    expect(byName('q_2216')?.label).toBe('5. How many total years of professional experience do you have?');
  });

  it('reads each labelled row of a layout table in a fieldset as its own question, not the legend', () => {
    expect(byName('kxAmount')?.label).toBe('Amount');
    expect(matchField(byName('kxAmount')!)[0]?.canonical).toBe('salary_expectation');
    expect(['kxMonth', 'kxDay', 'kxYear'].map((name) => byName(name)?.label)).toEqual([
      'Date available Month',
      'Date available Day',
      'Date available Year',
    ]);
    expect(['kxMonth', 'kxDay', 'kxYear'].map((name) => matchField(byName(name)!)[0]?.canonical)).toEqual([
      'start_date',
      'start_date',
      'start_date',
    ]);
  });

  it("reads a box's title as its help when only a glyph follows it", () => {
    expect(byName('psAvail')?.hint).toBe('MM/DD/YYYY');
    expect(byName('maskFax')?.hint).toBe('###-###-####');
  });

  it('tells boxes sharing one row label apart by their titles', () => {
    expect(['lnFirst', 'lnMiddle', 'lnLast'].map((name) => byName(name)?.label)).toEqual([
      'Name * First',
      'Name * Middle',
      'Name * Last',
    ]);
    expect(['lnFirst', 'lnLast'].map((name) => matchField(byName(name)!)[0]?.canonical)).toEqual([
      'first_name',
      'last_name',
    ]);
  });

  it('reads past a required mark to the label before it, so the first address block counts as much as the second', () => {
    expect(byName('permStreet')?.nearbyText).toBe('Street');
    // A currency sign before the box is no required mark: it says what the amount is in.
    expect(byName('gbpPay')?.nearbyText).toBe('£');
    expect(matchField(byName('permStreet')!)[0]).toEqual(matchField(byName('curStreet')!)[0]);
  });

  it('names a group by the caption before it, past the unrendered inputs a library posts beside it', () => {
    const label = (selector: string) => fields.find((field) => field.selector === selector)?.label;
    expect(label('#lblYears')).toBe('Years of professional experience');
    expect(label('#hlSponsor')).toBe('Will you require visa sponsorship?');
  });

  it('reads a heading opening the wrapper of its one select as the question it asks, and maps it', () => {
    expect(byName('headingQ')?.label).toMatch(/Are you legally authorized to work in the United States\?/);
    expect(mapped('headingQ')).toBe('work_authorization');
  });

  it('gives a heading over one part of several fields to that part only, and to every entry of a list', async () => {
    const parts = await harness.open('/scan-grids.html');
    const sections = await parts.evaluate(() => {
      // Greenhouse: "Education" over the education block, the custom questions after it.
      document.body.innerHTML = `<form><h3>Education</h3>
        <div id="education_section"><input name="eduSchool"><input name="eduDegree"><input name="eduMajor"></div>
        <div id="custom_fields"><input name="cqSalary"><input name="cqLinkedin"><input name="cqSource"></div>
        <h3>Work history</h3>
        <div id="job-0" class="job"><input name="job0Company"><input name="job0Title"><input name="job0From"></div>
        <div id="job-1" class="job"><input name="job1Company"><input name="job1Title"><input name="job1From"></div></form>`;
      const scanned = window.companionSdk.scanForm(document).map((field) => field.descriptor);
      return Object.fromEntries(scanned.map((field) => [field.name, field.section]));
    });
    expect([sections['eduDegree'], sections['cqSalary'], sections['job1Company']]).toEqual([
      'Education',
      '',
      'Work history',
    ]);
    await parts.close();
  });

  it('leaves a previous address to the person', () => {
    expect(matchField(byName('prevCity')!)).toEqual([]);
  });

  it("reads no other box's caption as a box's help", () => {
    expect(byName('telDay')).toMatchObject({ label: 'Telephone Daytime', hint: '' });
    expect(byName('telEve')).toMatchObject({ label: 'Telephone Evening', hint: 'e.g. 860-555-0199' });
  });
});

describe('side boxes inside the one form of a page', () => {
  it("gives a sidebar's box a scope of its own, left alone as a page landmark", () => {
    const side = byName('SVC_PHONE');
    expect(side?.scope).not.toBe(byName('FIRST_NAME')?.scope);
    expect(decoyScopes(fields).has(side?.scope ?? '')).toBe(true);
    expect(byName('COVER')?.scope).toBe(byName('FIRST_NAME')?.scope);
  });
});

describe('a chat widget drawn in a frame of its own', () => {
  it('names its form by the frame the page titles, and leaves it alone beside the application', async () => {
    const framed = await harness.open('/scan-grids.html');
    const scanned = await framed.evaluate(async () => {
      document.body.innerHTML = `<form id="apply"><label>First name <input name="first"></label>
        <label>Last name <input name="last"></label><label>Email <input type="email" name="email"></label>
        <label>Phone <input type="tel" name="phone"></label><button>Submit application</button></form>
        <iframe id="widget-frame" title="Chat with Quayline"></iframe>`;
      const frame = document.querySelector('iframe')!;
      frame.contentDocument!.body.innerHTML = `<form id="lead"><label for="n">Name</label><input id="n" name="name">
        <label for="e">Email</label><input type="email" id="e" name="email"><button>Send</button></form>`;
      return window.companionSdk.scanForm(document).map((field) => field.descriptor);
    });
    const chat = scanned.find((field) => field.inFrame && field.name === 'email');
    expect(chat?.scopeText).toContain('Chat with Quayline');
    expect(decoyScopes(scanned).has(chat?.scope ?? '')).toBe(true);
    await framed.close();
  });
});

describe('scanForm on a page whose parts are titled by bare divs', () => {
  it("reads a panel's title as its part's heading, so the school's own degree takes the degree too", async () => {
    const titled = await harness.open('/scan-panel-titles.html');
    const scanned = await titled.evaluate(() =>
      window.companionSdk.scanForm(document).map((field) => field.descriptor),
    );
    const named = (name: string) => scanned.find((field) => field.name === name);
    expect(['q1', 'school'].map((name) => named(name)?.section)).toEqual(['Pre-Screening Questions', 'Education']);
    const map = mapByHeuristics(scanned);
    expect(['q1', 'school', 'degree'].map((name) => map[named(name)?.selector ?? ''])).toEqual([
      'degree',
      'school',
      'degree',
    ]);
  });
});

describe('a paper-style table of caption rows over rows of boxes', () => {
  let scanned: FieldDescriptor[];
  beforeAll(async () => {
    const table = await harness.open('/scan-grids.html');
    scanned = await table.evaluate(() => {
      document.body.innerHTML = `<form><table>
        <tr><td colspan="3">Personal Information</td></tr>
        <tr><td><b>Legal First Name</b> <img alt="required" src="data:,"></td><td><b>Middle Name</b></td><td><b>Last Name</b></td></tr>
        <tr><td><input name="f1"></td><td><input name="f2"></td><td><input name="f3"></td></tr>
        <tr><td colspan="2"><b>Primary Phone</b></td><td><b>Secondary Phone</b></td></tr>
        <tr><td colspan="3">Area code first, numbers only (example: 9165550100).</td></tr>
        <tr><td colspan="2"><input name="f4"></td><td><input name="f5"></td></tr>
        <tr><td><b>Date Available</b></td><td colspan="2"><b>Desired Salary</b></td></tr>
        <tr><td>MM/DD/YYYY</td><td colspan="2">Annual amount in whole dollars</td></tr>
        <tr><td><input name="f6"></td><td colspan="2">$ <input name="f7"></td></tr>
        <tr><td colspan="3"><b>Do you currently reside in California?</b></td></tr>
        <tr><td colspan="3">This remote position is open to California residents only.</td></tr>
        <tr><td colspan="3"><input type="radio" name="r1" value="Y">Yes <input type="radio" name="r1" value="N">No</td></tr>
      </table>
      <table><tr><td><input name="g1"><span class="cap">Last</span></td><td><input name="g2"><span class="cap">First</span></td></tr></table>
      <fieldset><legend><span>3.</span> <span>Mobile</span> <span>number</span></legend>
        <div class="fsSupporting">We'll text you. Format: 555-555-5555</div><input name="h1"></fieldset>
      <fieldset><legend><span>5.</span><i class="icon fa-linkedin" aria-hidden="true" title="LinkedIn"></i><span>profile</span>
        <i class="icon" title="Help"></i></legend><input name="h2" placeholder="https://"></fieldset>
      <button>Apply</button></form>`;
      return window.companionSdk.scanForm(document).map((field) => field.descriptor);
    });
  });
  const named = (name: string) => scanned.find((field) => field.name === name);

  it("names each box by the caption up its column, past rows of instructions, which are the box's help", () => {
    expect(['f1', 'f2', 'f3', 'f4', 'f5', 'f6', 'f7'].map((name) => named(name)?.label)).toEqual([
      'Legal First Name',
      'Middle Name',
      'Last Name',
      'Primary Phone',
      'Secondary Phone',
      'Date Available',
      'Desired Salary',
    ]);
    expect(['f4', 'f6', 'f7'].map((name) => named(name)?.hint)).toEqual([
      'Area code first, numbers only (example: 9165550100).',
      'MM/DD/YYYY',
      'Annual amount in whole dollars',
    ]);
  });

  it('names a radio group by the caption up its column too, past the instructions under it', () => {
    expect(named('r1')?.label).toBe('Do you currently reside in California?');
  });

  it("reads a caption under a box as that box's, not as the label of the box in the next cell", () => {
    expect(['g1', 'g2'].map((name) => named(name)?.label)).toEqual(['Last', 'First']);
  });

  it("names a box by its fieldset's legend, past the supporting text between them", () => {
    expect(named('h1')?.label).toContain('Mobile number');
    expect(mapByHeuristics(scanned)[named('h1')?.selector ?? '']).toBe('phone');
  });

  it('reads the word an icon stands for by its title, but no help mark', () => {
    expect(named('h2')?.label).toBe('5. LinkedIn profile');
    expect(mapByHeuristics(scanned)[named('h2')?.selector ?? '']).toBe('linkedin_url');
  });
});
