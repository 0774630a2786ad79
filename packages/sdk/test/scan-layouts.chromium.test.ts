/**
 * Layouts that name or shape a field without the markup that usually does: labelled boxes of a
 * split phone, a hidden original's label on its visible stand-in, a format printed after the box
 * or in its title, a component's label several wrappers up, a select replaced by its control.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from '@playwright/test';
import type { FieldDescriptor } from '../src/scan/field-descriptor.ts';
import { type Harness, startHarness } from './support/harness.ts';

let harness: Harness;
let page: Page;
let fields: FieldDescriptor[];

beforeAll(async () => {
  harness = await startHarness();
  page = await harness.open('/scan-layouts.html');
  fields = await page.evaluate(() => window.companionSdk.scanForm(document).map((field) => field.descriptor));
});
afterAll(async () => harness?.close());

const byName = (name: string) => fields.find((field) => field.name === name);

describe('scanForm on layouts without the usual markup', () => {
  it('reads a row of labelled boxes under one legend as one value in parts', () => {
    const parts = ['Phone.Area', 'Phone.Exchange', 'Phone.Line'].map((name) => byName(name)?.split);
    expect(parts.map((split) => split?.index)).toEqual([0, 1, 2]);
    expect(parts[2]?.sizes).toEqual([3, 3, 4]);
  });

  it('reads a row of boxes beside their legend as one value in parts', () => {
    const parts = ['Field4', 'Field4-1', 'Field4-2'].map((name) => byName(name)?.split);
    expect(parts.map((split) => split?.index)).toEqual([0, 1, 2]);
  });

  it('reads the question a part of a date is described by, past the example printed between', () => {
    expect(['dutyMonth', 'dutyDay', 'dutyYear'].map((name) => byName(name)?.label)).toEqual([
      'Earliest date you could report for duty Month',
      'Earliest date you could report for duty Day',
      'Earliest date you could report for duty Year',
    ]);
  });

  it("reads a row of boxes after the first box's label as one value in parts", () => {
    const parts = ['pcArea', 'pcPre', 'pcLine'].map((name) => byName(name)?.split);
    expect(parts.map((split) => split?.index)).toEqual([0, 1, 2]);
    expect(parts[2]?.sizes).toEqual([3, 3, 4]);
  });

  it('reads a value split over boxes inside a sentence as one value in parts, the words around it as no part', () => {
    const phone = ['sentPhoneArea', 'sentPhonePrefix', 'sentPhoneLine'].map((name) => byName(name)?.split);
    expect(phone.map((split) => split?.index)).toEqual([0, 1, 2]);
    expect(phone[2]?.sizes).toEqual([3, 3, 4]);
    expect(byName('sentEmail')?.split).toBeUndefined();
    const date = ['sentStartMonth', 'sentStartDay', 'sentStartYear'].map((name) => byName(name)?.split);
    expect(date.map((split) => split?.sizes)).toEqual([
      [2, 2, 4],
      [2, 2, 4],
      [2, 2, 4],
    ]);
    // Words between two boxes ask two things: years, then months.
    expect(['sentYears', 'sentMonths'].map((name) => byName(name)?.split)).toEqual([undefined, undefined]);
  });

  it("reads a country list sharing a wrapper with the phone box alone as the phone's country code", () => {
    expect(['ghDial', 'adCountry'].map((name) => byName(name)?.label)).toEqual(['country code', 'Country']);
  });

  it('reads a sub-label under a box as its label when it has none, as its help text otherwise', () => {
    expect(byName('Address_Country')).toMatchObject({ label: 'Country' });
    expect(byName('Date')).toMatchObject({ label: 'Available From', hint: 'dd-MMM-yyyy' });
  });

  it("names a visible stand-in by its hidden original's label, and reads the text after it as its hint", () => {
    const standIn = fields.find((field) => field.placeholder === 'Pick a date');
    expect(standIn).toMatchObject({ label: 'Available from', hint: 'Type a date like January 15, 2027' });
  });

  it('reads the question heading over a box as its label past the note under it, not the next question', () => {
    expect(byName('managerFlat')?.label).toBe("Who's your current manager?");
  });

  it("names a dropdown's box by the aria-label the page gave the component element around it", () => {
    expect(fields.find((field) => field.id === 'host-currency')?.label).toBe('Currency');
  });

  it('reads the scheme chosen in a select before the box as its add-on', () => {
    expect(byName('groupLinkedin')?.prefix).toBe('https://');
  });

  it('reads the help text after a floating label drawn after its box', () => {
    expect(byName('floatPhone')).toMatchObject({ label: 'Phone *', hint: 'e.g. (555) 555-1234' });
  });

  it('takes a format printed after the box, or given only in the title, as the hint', () => {
    expect(byName('cell')?.hint).toBe('(xxx-xxx-xxxx)');
    expect(byName('availDt')?.hint).toBe('(example: 12/31/2000)');
    expect(byName('begin')?.hint).toBe('Date available (MM/DD/YYYY)');
    // A closed calendar between the box and its help is not printed there.
    expect(byName('picked')?.hint).toBe('mm/dd/yyyy');
  });

  it("reads a component's label several wrappers up, past an add-on", () => {
    const unnamed = fields.filter(
      (field) =>
        field.tag === 'input' &&
        !['radio', 'file', 'checkbox'].includes(field.type) &&
        field.name === '' &&
        field.placeholder === '',
    );
    expect(unnamed.map((field) => field.label)).toEqual(['Salary expectation']);
  });

  it('reads the label past an add-on drawn as a label, and keeps the add-on as the prefix', () => {
    expect(byName('site')).toMatchObject({ label: 'Personal website', prefix: 'https://' });
    expect(byName('naiveMobile')).toMatchObject({ label: 'Mobile', prefix: '+1' });
    // A floating label drawn between the add-on and the box is looked past.
    expect(byName('quasarGithub')).toMatchObject({ label: 'GitHub', prefix: 'github.com/' });
  });

  it('names a radio group by its own question, not by the legend of a section holding other questions', () => {
    expect(byName('authorized')?.label).toBe('Are you legally authorized to work in the United States?');
    expect(byName('relatives')?.label).toBe('Do you have any relatives employed here?');
    expect(byName('adult')?.label).toBe('Are you at least 18 years of age?');
    expect(byName('arcoEmployed')?.label).toBe('Are you currently employed?');
    expect(byName('arcoSchool')?.label).toBe('School');
    const alike = fields.filter((field) => field.name === 'default');
    expect(alike.map((field) => [field.label, field.options.length])).toEqual([
      ['Willing to travel?', 2],
      ['Willing to relocate?', 2],
    ]);
    // Two questions, so two groups: each keeps its own place in the map and the signature.
    expect(new Set(alike.map((field) => field.group)).size).toBe(2);
  });

  it("names an upload by the label of the component its file-name box belongs to (PatternFly's FileUpload)", () => {
    expect(byName('cvFile')?.label).toBe('Resume/CV');
  });

  it("names an upload area that says only how to upload by the caption before it, and leaves its folder picker out (Uppy's Dashboard)", () => {
    const uploads = fields.filter((field) => field.name === 'files[]');
    expect(uploads.map((field) => field.label)).toEqual(['CV / Resume *']);
  });

  it("gives a box in a web component's shadow root the part its host sits in, titled by the group's attribute (UI5)", () => {
    expect(byName('refCompanyShadow')).toMatchObject({ label: 'Company', section: 'Reference 1' });
  });

  it('names a switch by its label, not by the state its hidden track shows (Mantine)', () => {
    expect(byName('employedSwitch')?.label).toBe('Currently employed');
  });

  it("names an upload by its cell's caption past the tile that says only the files it takes (Vant's uploader)", () => {
    expect(byName('vantResume')?.label).toBe('Resume');
  });

  it("scans an upload component's input in its shadow root, named by the component, and a date picker's box as a box", () => {
    expect(fields.find((field) => field.selector.startsWith('#cv-upload-host'))?.label).toBe('CV (PDF, max. 10 MB)');
    expect(byName('startPicker')).toMatchObject({ tag: 'input', label: 'Earliest start date' });
    expect(byName('legalFirstShadow')?.label).toBe('Legal first name');
    // A box without a name of its own posts under its component's.
    expect(byName('education[0].degree')).toMatchObject({ label: 'Degree', inShadowRoot: true });
    expect(byName('calciteState')?.label).toBe('State');
  });

  it('groups the nameless radios of one box, named by the label that points at the box', async () => {
    const groups = fields.filter((field) => field.type === 'radio' && field.name === '');
    expect(groups.map((group) => [group.label, group.options.map((option) => option.text)])).toEqual([
      ['Work experience', ['3-5 yrs', '5-10 yrs']],
      ['Open to relocation?', ['Yes', 'No']],
      ['Legally authorized to work here?', ['Yes', 'No']],
    ]);
    const found = await page.evaluate(
      (selectors) => selectors.map((selector) => document.querySelectorAll(selector).length),
      groups.map((group) => group.selector),
    );
    expect(found).toEqual([2, 2, 2]);
  });

  it('scans a combobox box collapsed to no width inside the control drawn around it', () => {
    expect(fields.find((field) => field.selector === '#ngs-years')).toMatchObject({
      tag: 'combobox',
      label: 'Years of experience',
    });
  });

  it('scans a dropdown that only a data attribute names a select, its box collapsed beside its placeholder', () => {
    expect(fields.find((field) => field.selector === '#bw-degree')).toMatchObject({
      tag: 'combobox',
      label: 'Highest level of education',
    });
  });

  it('names a box by a label wrapped alone in a styled element before it', () => {
    expect(fields.find((field) => field.selector === '#bw-city')).toMatchObject({ label: 'Current city' });
  });

  it('names a box by the caption a builder draws over its description, its classes in camelCase', () => {
    expect(fields.find((field) => field.name === 'at-employer')).toMatchObject({ label: 'Current employer' });
  });

  it('names the options of radios all labelled by their question by their own labels', () => {
    expect(byName('or_visa')).toMatchObject({
      label: 'Visa sponsorship',
      options: [
        { value: 'needs', text: 'I will need a work visa' },
        { value: 'none', text: 'I will not need sponsorship' },
      ],
    });
  });

  it('reads a phone row of boxes each in wrappers of its own, the one captioned "Country" first as its country code', () => {
    expect(byName('sq-cc')).toMatchObject({ label: 'Phone country code' });
    expect(byName('sq-cc')?.split).toBeUndefined();
    expect([byName('sq-area'), byName('sq-prefix'), byName('sq-line')].map((field) => field?.split?.index)).toEqual([
      0, 1, 2,
    ]);
    expect(byName('sq-line')?.split?.sizes).toEqual([3, 3, 4]);
  });

  it('reads a lone box labelled by its answer with the question captioned above it', () => {
    expect(byName('mf-employed')?.label).toBe('Currently employed? Yes, I have a job right now');
  });

  it('names a switch by its own text, unless that text only shows its state', () => {
    const label = (selector: string) => fields.find((field) => field.selector === selector)?.label;
    expect([label('#sw-employed'), label('#sw-relocate')]).toEqual(['Currently employed', 'Willing to relocate?']);
    // Nothing names it but the statement printed after it.
    expect(label('#sw-naive')).toBe('I am legally authorized to work in the United States');
  });

  it('reads help its class names after the wrapper of the box as its hint, though the next field follows it', () => {
    expect(byName('gd-start')?.hint).toBe('MM/DD/YYYY');
  });

  it('names each group of drawn choices by the question right before it, not the one before that', () => {
    const label = (selector: string) => fields.find((field) => field.selector === selector)?.label;
    expect([label('#vb-auth'), label('#vb-sponsor')]).toEqual([
      'Are you authorized to work in the US?',
      'Will you need visa sponsorship?',
    ]);
  });

  it('scans the fields of parts a person opens, not a follow-up no answer has revealed yet', () => {
    expect(byName('schoolName')?.label).toBe('School name');
    expect(byName('homePhone')?.label).toBe('Home phone');
    expect(byName('ukPostcode')).toBeUndefined();
  });

  it('names the parts of a row by the question above it', () => {
    expect(byName('expYears')?.label).toBe('Total Experience Years');
    expect(byName('expMonths')?.label).toBe('Total Experience Months');
    expect(byName('Field12')?.label).toBe('Desired Annual Salary Dollars');
  });

  it('scans a replaced select as its control only', () => {
    expect(byName('currency')).toBeUndefined();
    expect(fields.find((field) => field.tag === 'combobox' && field.label === 'Currency')).toBeDefined();
  });

  it("scans a combobox box as one field, not its search input, named by the page's label (not a library's name, not when it names no id)", () => {
    const boxes = fields.filter(
      (field) => field.tag === 'combobox' && field.label !== 'Currency' && !/^#(ngs|bw|vb|dial)-/.test(field.selector),
    );
    expect(boxes.map((field) => field.label)).toEqual(['Country', 'Years of relevant experience', 'Language']);
    expect(fields.find((field) => field.label === '-searchbox')).toBeUndefined();
  });

  it("reads a caption drawn after the box in the box's own wrapper as its label, a radio group's too", () => {
    expect(byName('given')?.label).toBe('Given name(s)');
    expect(byName('fxCountry')).toMatchObject({ tag: 'select', label: 'Country of residence' });
    expect(byName('work')).toMatchObject({ type: 'radio', label: 'Can you work in the US?' });
  });

  it('reads a question tied only by aria-describedby above the box as its label, not help text after it', () => {
    expect(byName('f1')?.label).toBe('Given name(s)');
    expect(byName('f2')).toMatchObject({ label: '', hint: 'We never share it' });
  });

  it('reads a phone row starting with its country-code select, each box captioned, as one value in parts', () => {
    const parts = ['area', 'num'].map((name) => byName(name)?.split);
    expect(parts.map((split) => split?.index)).toEqual([0, 1]);
    expect(parts[1]?.sizes).toEqual([3, 7]);
    expect(byName('cc')?.split).toBeUndefined();
  });

  it('names a table of options headed by their own names by the cell before it', () => {
    expect(byName('exp')).toMatchObject({ type: 'radio', label: "How many years' experience do you have?" });
  });

  it('scans radios hidden behind the labels a person clicks as a group, not ones whose labels are hidden too', () => {
    expect(byName('auth')).toMatchObject({ type: 'radio', label: 'Are you authorized to work in the US?' });
    expect(byName('auth')?.options.map((option) => option.text)).toEqual(['Yes', 'No']);
    expect(byName('authHidden')).toBeUndefined();
  });

  it("gives the boxes of a date's parts the example their group shows above them, not its question", () => {
    const example = /For example, 27 3 2027$/;
    expect(byName('gdsStartMonth')).toMatchObject({
      label: 'When could you start? Month',
      hint: expect.stringMatching(example),
    });
    expect(byName('jtStartYear')?.hint).toBe('For example, 27 3 2027');
  });

  it("names a grid's boxes by the captions of the row above them, and questions alternating with answers one by one", () => {
    expect(['gridOrg', 'gridRole'].map((name) => byName(name)?.label)).toEqual(['Employer', 'Job title']);
    expect(byName('gridQ1')).toMatchObject({
      label: 'Legally allowed to work in the U.S. for any employer?',
      hint: '',
    });
    expect(byName('gridQ2')?.label).toBe('Will you require sponsorship to remain employed?');
  });

  it('reads a span opening the paragraph that holds the box as its caption, and a long question over radios whole', () => {
    expect(byName('spanState')?.label).toBe('State *');
    // Help drawn above the box is its format, not its caption.
    expect(byName('fxStart')?.label).not.toBe('MM/YYYY');
    expect(byName('q[1][answer]')?.label).toBe(
      'Q1. Do you currently have the legal right to take up employment in the United States? *',
    );
  });

  it("reads the label before an input group as the box's, past the picker its prepend slot holds", () => {
    expect(byName('groupMobile')?.label).toBe('Mobile phone');
    expect(byName('groupDial')?.label).toBe('Mobile phone');
  });

  it("names a box labelled by its part's heading and its own caption by the caption, and by every part otherwise", () => {
    expect(byName('twoIdsCity')?.label).toBe('City');
    expect(byName('twoIdsGiven')?.label).toBe('Given name');
  });

  it('names each box of a row by its part of a caption that names them part by part, not the parts of a date', () => {
    expect([byName('rowState')?.label, byName('rowZip')?.label]).toEqual(['State', 'Zip']);
    expect(byName('rowYear')?.label).not.toBe('Year');
    // One box under a caption naming alternatives, beside another field's box in a wider layout.
    expect(byName('rowPortfolio')?.label).toBe('Portfolio / GitHub');
  });

  it('reads a label copied with its row, still pointing at the first box, as the label of the box after it', () => {
    expect([byName('mail1')?.label, byName('mail2')?.label]).toEqual(['Email', 'Confirm Email']);
  });

  it("gives a list's first entry, under its own numbered heading, the list's note: it says which entry comes first", () => {
    expect(byName('WH1_NAME')).toMatchObject({
      section: 'Employer 1',
      sectionNote: 'List your most recent employer first.',
    });
    expect(byName('WH2_NAME')).toMatchObject({ section: 'Employer 2', sectionNote: '' });
    // The entry's heading holds the link that deletes it; the first entry's "Remove" button is no note.
    expect(byName('SF_EMP_1')?.sectionNote).toBe('Please list your current or most recent employer first.');
  });

  it('reads the prompt a dropdown marks as its placeholder as its placeholder', () => {
    expect(fields.find((field) => field.id === 'dial-trigger')).toMatchObject({
      label: '',
      placeholder: 'Country code',
    });
  });

  it('titles a collapsible part by its summary, and gives it its note', () => {
    expect(byName('Prev1Employer')).toMatchObject({
      section: 'Previous Employment',
      sectionNote: 'List employers other than your current employer.',
    });
  });

  it("gives a repeater's entry, under a heading drawn alike for each, the list's note, not its own caption", () => {
    expect(byName('rpPosition')).toMatchObject({
      label: 'Position',
      section: 'Employer',
      sectionNote: 'Start with your current or most recent employer.',
    });
  });

  it('reads a checklist of first-person statements (maybe closed by "None of the above") as one question per box, a checklist of skills as one', () => {
    const facts = fields.filter((field) => field.name === 'facts[]');
    expect(facts.map((field) => field.label)).toEqual([
      'I am legally authorized to work in the United States.',
      "I'll need visa sponsorship now or in the future",
      // A statement about the person not opened by "I".
      'An employee referred me',
      // Closing the list, "None of the above" is a box of its own too.
      'None of the above.',
    ]);
    expect(fields.filter((field) => field.name === 'tools[]')).toHaveLength(1);
    // Statements all answering whether a visa sponsor is needed are the one that applies.
    const status = fields.filter((field) => field.name === 'usStatus');
    expect(status.map((field) => field.options.length)).toEqual([3]);
  });

  it('scans an uploader whose drop text sits beside its own labelled input as the input alone', async () => {
    const uploads = await page.evaluate(() =>
      window.companionSdk
        .scanForm(document)
        .filter((field) => field.descriptor.label.startsWith('Upload Your Resume'))
        .map((field) => field.descriptor.name),
    );
    expect(uploads).toEqual(['jfResume']);
  });

  it('names a box by the caption before the help drawn between them', () => {
    expect(byName('flDispo')).toMatchObject({ label: 'À partir de quelle date seriez-vous disponible ? *' });
    expect(byName('flDispo')?.nearbyText).toContain('jj/mm/aaaa');
  });

  it("names a box by the label pointing at the component around it, when it is the component's one box", () => {
    expect(byName('sliderBox')?.label).toBe('Expected base salary');
    expect([byName('rangeLow')?.label, byName('rangeHigh')?.label]).not.toContain('Salary range');
  });

  it('names an upload by its labelled form item, or by the caption over it when its label only says how to upload', () => {
    expect(byName('epCover')?.label).toBe('Cover letter');
    expect(byName('twSample')?.label).toBe('Writing sample');
  });
});

describe('scanForm on questions and notes printed around fields', () => {
  const scanParts = async () => {
    const partsPage = await harness.open('/scan-parts.html');
    return partsPage.evaluate(() => window.companionSdk.scanForm(document).map((field) => field.descriptor));
  };

  it('names the parts of a row of button lists by the question opening the row', async () => {
    const labels = (await scanParts()).slice(0, 3).map((field) => [field.selector, field.label]);
    expect(labels).toEqual([
      ['input[name="email"]', 'Email'],
      ['#wd-month', 'When are you available to start? * Month'],
      ['#wd-year', 'When are you available to start? * Year'],
    ]);
  });
  it("reads no required mark before a list entry's label as a note: the list's note says which entry comes first", async () => {
    expect((await scanParts()).find((field) => field.selector === '#we-employer')).toMatchObject({
      section: 'Work Experience 1',
      sectionNote: 'Please enter your work experience, starting with your current or most recent position.',
    });
  });
  it("reads a group's own legend as its question, not as the part it sits in", async () => {
    expect((await scanParts()).find((field) => field.name === 'quals.0.completed')).toMatchObject({
      label: 'Completed?',
      section: 'Education',
      sectionNote: '',
    });
  });
});

describe('scanForm in a same-origin frame, whose nodes belong to another realm', () => {
  it("names a web component's box by its aria-label or its table row, and a group by a heading component above its wrapper", async () => {
    const framePage = await harness.open('/scan-layouts.html');
    const scanned = await framePage.evaluate(async () => {
      const frame = document.createElement('iframe');
      frame.srcdoc = `<div><b>Rheintal</b><x-box name="q" aria-label="Search jobs"></x-box></div><form>
        <table><tr><td>When can you start?</td><td><x-box name="start"></x-box></td></tr></table>
        <div><x-title>Are you legally authorized to work in the United States?</x-title>
          <div class="wrap"><div role="radiogroup">
            <button type="button" role="radio" aria-checked="false">Yes</button>
            <button type="button" role="radio" aria-checked="false">No</button></div></div></div>
        <label for="mobile">Mobile</label><input id="mobile" name="mobile"><span class="hint">Include the country code</span>
        </form>`;
      document.body.replaceChildren(frame);
      await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
      const view = frame.contentWindow as Window & typeof globalThis;
      // A web component that draws its box in its shadow root and is given no label.
      view.customElements.define(
        'x-box',
        class extends view.HTMLElement {
          connectedCallback() {
            this.attachShadow({ mode: 'open' }).innerHTML =
              `<label part="label"></label><div><input name="${this.getAttribute('name')}"></div>`;
          }
        },
      );
      return window.companionSdk.scanForm(document).map(({ descriptor }) => [descriptor.label, descriptor.hint]);
    });
    expect(scanned).toEqual([
      ['Search jobs', ''],
      ['When can you start?', ''],
      ['Are you legally authorized to work in the United States?', ''],
      ['Mobile', 'Include the country code'],
    ]);
    await framePage.close();
  });

  it('names a widget by the label of the hidden input it posts through (Select2 3)', async () => {
    const widgetPage = await harness.open('/scan-layouts.html');
    const labels = await widgetPage.evaluate(() => {
      document.body.innerHTML = `<form><div class="field"><label for="school_0">School</label>
        <input type="hidden" id="school_0" name="school_id">
        <div class="select2-container"><a href="#" class="select2-choice" role="combobox" aria-haspopup="listbox"
          aria-labelledby="chosen_0"><span class="select2-chosen" id="chosen_0">Select a School</span></a></div></div></form>`;
      return window.companionSdk.scanForm(document).map(({ descriptor }) => descriptor.label);
    });
    expect(labels).toEqual(['School']);
    await widgetPage.close();
  });

  it('names a dropdown by its label, not by the placeholder it gives itself as its name (PrimeVue 4)', async () => {
    const selectPage = await harness.open('/scan-layouts.html');
    const labels = await selectPage.evaluate(() => {
      document.body.innerHTML = `<form><label for="years">Years of relevant experience</label>
        <div class="p-select"><span id="years" role="combobox" aria-label="Please select" aria-haspopup="listbox"
          aria-expanded="false" tabindex="0">Please select</span></div></form>`;
      return window.companionSdk.scanForm(document).map(({ descriptor }) => descriptor.label);
    });
    expect(labels).toEqual(['Years of relevant experience']);
    await selectPage.close();
  });

  it('names a dropdown by its label when its aria-label only says a word of it (Workday\'s "Years Select One")', async () => {
    const shortPage = await harness.open('/scan-layouts.html');
    const labels = await shortPage.evaluate(() => {
      document.body.innerHTML = `<form><label for="q124">How many years of experience do you have building data pipelines?</label>
        <button type="button" id="q124" aria-haspopup="listbox" aria-label="Years Select One Required"></button>
        <label for="q125">Country</label>
        <button type="button" id="q125" aria-haspopup="listbox" aria-label="Country of residence Select One"></button>
        <label for="q126">Land/Region</label>
        <button type="button" id="q126" aria-haspopup="listbox" aria-label="Land/Region Schweiz Erforderlich">Schweiz</button></form>`;
      return window.companionSdk.scanForm(document).map(({ descriptor }) => descriptor.label);
    });
    expect(labels).toEqual([
      'How many years of experience do you have building data pipelines?',
      'Country of residence',
      // The label spoken again with the shown answer and a required mark: the label.
      'Land/Region',
    ]);
    await shortPage.close();
  });

  it("names a date's Month / Day / Year boxes by the caption their group points at inside it (Workday)", async () => {
    const datePage = await harness.open('/scan-layouts.html');
    const labels = await datePage.evaluate(() => {
      document.body.innerHTML = `<form><div role="group" aria-labelledby="q-start">
        <div id="q-start">What is the earliest date you would be available to start?</div>
        <div><input id="m" role="spinbutton" aria-label="Month" aria-valuemin="1" aria-valuemax="12" placeholder="MM">/<input
          id="d" role="spinbutton" aria-label="Day" aria-valuemin="1" aria-valuemax="31" placeholder="DD">/<input
          id="y" role="spinbutton" aria-label="Year" aria-valuemin="1900" aria-valuemax="2100" placeholder="YYYY"></div>
        </div></form>`;
      return window.companionSdk.scanForm(document).map(({ descriptor }) => descriptor.label);
    });
    expect(labels).toEqual(['What is the earliest date you would be available to start?']);
    await datePage.close();
  });

  it('reads the question printed before a hidden input the page posts beside a radio group (Rails)', async () => {
    const railsPage = await harness.open('/scan-layouts.html');
    const labels = await railsPage.evaluate(() => {
      document.body.innerHTML = `<form><div class="form-group"><span class="form-label">Are you authorized to work in the US?</span>
        <input type="hidden" name="answers[1][question_id]" value="1263">
        <div class="form-check"><input type="radio" value="yes" name="answers[1][value]" id="a1_yes"><label for="a1_yes">Yes</label></div>
        <div class="form-check"><input type="radio" value="no" name="answers[1][value]" id="a1_no"><label for="a1_no">No</label></div>
        </div></form>`;
      return window.companionSdk.scanForm(document).map(({ descriptor }) => descriptor.label);
    });
    expect(labels).toEqual(['Are you authorized to work in the US?']);
    await railsPage.close();
  });

  it("names a picker inside another input's box by its own aria-label, not the input's label its library points at (Joy)", async () => {
    const decoratorPage = await harness.open('/scan-layouts.html');
    const labels = await decoratorPage.evaluate(() => {
      document.body.innerHTML = `<form><div class="control"><label id="pay-label" for="pay-missing">Salary expectation</label>
        <div class="input-root"><span>$</span><input id="pay" name="salary" type="number">
          <div class="end-decorator"><div class="select-root"><button type="button" role="combobox" aria-expanded="false"
            aria-label="Currency" aria-labelledby="pay-label" id="pay-currency">GBP</button>
            <input tabindex="-1" aria-hidden="true" value="GBP"></div></div></div></div>
        <div class="control"><label id="country-label">Country</label><div class="select-root"><button type="button"
          role="combobox" aria-expanded="false" aria-label="Choose" aria-labelledby="country-label" id="country">—</button></div></div></form>`;
      return window.companionSdk.scanForm(document).map(({ descriptor }) => descriptor.label);
    });
    expect(labels).toEqual(['Salary expectation', 'Currency', 'Country']);
    await decoratorPage.close();
  });
});

describe('scanForm on units, drawn prompts and bracketed part formats', () => {
  const scan = async (html: string) => {
    const scratch = await harness.open('/scan-layouts.html');
    const found = await scratch.evaluate((body) => {
      document.body.innerHTML = body;
      return window.companionSdk.scanForm(document).map(({ descriptor }) => descriptor);
    }, html);
    await scratch.close();
    return found;
  };

  it('reads a unit printed between a salary box and its currency picker as the box help, not the picker caption', async () => {
    const [salary] = await scan(`<form><label for="pay">Expected annual base salary</label>
      <div class="compact"><div class="number"><span>$</span><input id="pay" name="pay"></div><div class="addon">k</div>
        <div class="select"><input id="currency" role="combobox" aria-expanded="false" readonly></div></div></form>`);
    expect(salary).toMatchObject({ name: 'pay', hint: 'k' });
  });

  it('reads the prompt a combobox draws beside its input as its placeholder', async () => {
    const fields =
      await scan(`<form><div class="row"><label for="from">Salary expectation</label><input id="from" type="number">
      <div class="select"><div class="wrapper"><div class="item"><input id="currency" role="combobox" aria-expanded="false" readonly></div>
        <div class="select__selected-item select__placeholder is-transparent"><span>Currency</span></div></div></div></div></form>`);
    expect(fields.find((field) => field.id === 'currency')?.placeholder).toBe('Currency');
    // The same box showing a pick (Element Plus draws it there, no longer dimmed) shows no prompt.
    const picked = await scan(`<form><label for="code">Country code</label><div class="select"><div class="wrapper">
      <div class="item"><input id="code" role="combobox" aria-expanded="false" readonly></div>
      <div class="select__selected-item select__placeholder"><span>United Kingdom (+44)</span></div></div></div></form>`);
    expect(picked[0]?.placeholder).toBe('');
  });

  it('names a box by the caption drawn after it, past the fine print that closes its wrapper (floating labels)', async () => {
    const [phone] = await scan(`<form><div class="fl"><input type="tel" id="hx-4" name="hx_fld_4" placeholder=" ">
      <span class="fl-cap">Mobile phone</span><small>e.g. 916-555-0142. We text interview times to this number.</small></div></form>`);
    expect(phone).toMatchObject({
      label: 'Mobile phone',
      hint: 'e.g. 916-555-0142. We text interview times to this number.',
    });
  });

  it('names a box by the line of bare text above it in its own paragraph, not by the legend of its part', async () => {
    const fields = await scan(`<form><fieldset><legend>Education</legend>
      <p><select name="input20"><option value="">-- Highest level of education --</option><option>Bachelor's</option></select></p>
      <p>School Name<br><input type="text" name="input21"></p></fieldset>
      <p><b>Desired</b> Salary<br><input type="text" name="input22"></p></form>`);
    expect(fields.map((field) => field.label)).toEqual(['Education', 'School Name', 'Desired Salary']);
  });

  it('reads help printed between the label and the box, past a hidden input, as its hint', async () => {
    const [start] = await scan(`<form><div class="field"><label for="start">When could you start?</label>
      <div class="hint">MM/DD/YYYY</div><input type="hidden" name="question_id" value="7"><input id="start" name="start"></div></form>`);
    expect(start).toMatchObject({ name: 'start', hint: 'MM/DD/YYYY' });
  });

  it('reads a part labelled with its format in brackets with the question over its row', async () => {
    const fields = await scan(`<form><div class="r"><span class="cap">Date available</span><div class="inline">
      <div><label for="m">Month</label><select id="m" name="start_month"><option value="">--</option><option>Jan</option></select></div>
      <div><label for="y">Year (YYYY)</label><input id="y" name="start_year" maxlength="4"></div></div></div></form>`);
    expect(fields.find((field) => field.name === 'start_year')?.label).toBe('Date available Year (YYYY)');
  });

  it('reads the captions paper forms print under their boxes, and the caption a cell gives each of its boxes in turn', async () => {
    const fields = await scan(`<form><table><tr><td>Name:</td><td><table>
        <tr><td><input name="txt1"></td><td><input name="txt2"></td></tr>
        <tr><td><font size="1">Last</font></td><td><font size="1">First</font></td></tr></table></td></tr>
      <tr><td><label>City / State / Zip:</label><font color="red">*</font></td>
        <td><input name="T3"> <select name="D1"><option></option><option>CA</option></select> <input name="T4"></td></tr>
      </table>
      <span class="fb"><input name="q4a"><br><div class="c">Email Address <img alt="required" src="data:,"></div></span>
      <div class="q">If hired, can you verify your right to work in the United States? <img alt="required" src="data:,">
        <select name="q6"><option value="">Select...</option><option>Yes</option><option>No</option></select></div></form>`);
    expect(fields.map((field) => [field.name, field.label])).toEqual([
      ['txt1', 'Last'],
      ['txt2', 'First'],
      ['T3', 'City'],
      ['D1', 'State'],
      ['T4', 'Zip'],
      ['q4a', 'Email Address'],
      ['q6', 'If hired, can you verify your right to work in the United States?'],
    ]);
  });

  it("reads a caption up one box's column that offers two links as that box's whole caption", async () => {
    const fields =
      await scan(`<form><table><tr><td><label>LinkedIn Profile URL</label></td><td><label>Portfolio / Website</label></td></tr>
      <tr><td><input name="fld_20"></td><td><input name="fld_21"></td></tr></table></form>`);
    expect(fields.map((field) => field.label)).toEqual(['LinkedIn Profile URL', 'Portfolio / Website']);
  });

  it('reads a title drawn without a heading element (capitals, a bold row) as the part a field sits in', async () => {
    const fields = await scan(`<form><div class="sect">E. EMPLOYMENT HISTORY</div><table>
      <tr><td colspan="4" bgcolor="#d9e2ef"><b>EMPLOYER 1 &nbsp;(Current or Most Recent)</b></td></tr>
      <tr><td>Phone:</td><td><input name="e1f2"></td></tr></table>
      <div class="sect">F. REFERENCES</div><p>Name: <input name="r1"></p></form>`);
    expect(fields.map((field) => field.section)).toEqual(['EMPLOYER 1 (Current or Most Recent)', 'F. REFERENCES']);
  });

  it('reads a phone in boxes with an extension after it as the number in three parts', async () => {
    const fields = await scan(`<form><table><tr><td>Primary Phone:</td><td>( <input name="a" maxlength="3"> )
      <input name="b" maxlength="3"> - <input name="c" maxlength="4"> ext <input name="x" size="4"></td></tr></table></form>`);
    expect(fields.map((field) => field.split?.index)).toEqual([0, 1, 2, undefined]);
  });

  it("reads each drawn radio by the label it sits in when every option's label carries one id", async () => {
    const [group] = await scan(`<form><div id="q-label">Do you need visa sponsorship?</div>
      <div role="radiogroup" aria-labelledby="q-label">
        <label id="dup-label"><span role="radio" aria-checked="false" tabindex="0" aria-labelledby="dup-label"></span>Yes, now or later</label>
        <label id="dup-label"><span role="radio" aria-checked="false" tabindex="-1" aria-labelledby="dup-label"></span>No, I don't</label>
      </div></form>`);
    expect(group?.options.map((option) => option.text)).toEqual(['Yes, now or later', "No, I don't"]);
  });

  it('reads a part its aria-label names with the label pointing at it, past a statement describing it', async () => {
    const [amount] = await scan(`<form><label for="pay">Salary expectation</label>
      <div id="pay-help">The base pay range for this role is $152,000 – $181,000 per year.</div>
      <input id="pay" aria-label="Amount" aria-describedby="pay-help" placeholder="Amount" type="number"></form>`);
    expect(amount?.label).toBe('Salary expectation Amount');
  });

  it("reads the list's note over an entry titled in bold, past the caption cell of the field's own row", async () => {
    const [employer] = await scan(`<form><h2>Work Experience</h2>
      <p class="hint">Start with your current or most recent employer.</p><table>
      <tr><td colspan="2"><strong>Employer 1</strong></td></tr>
      <tr><td><label for="e1">Employer Name</label></td><td><input id="e1" name="WorkExperience[0].Employer"></td></tr>
      </table></form>`);
    expect(employer).toMatchObject({
      section: 'Employer 1',
      sectionNote: 'Start with your current or most recent employer.',
    });
  });

  it('reads a row of bold cells as the headings of the grid of boxes right under it, each row by its title', async () => {
    const fields = await scan(`<form><table>
      <tr bgcolor="#d9e2ef"><td><b>School</b></td><td><b>Name and Location of School</b></td><td><b>Degree / Diploma</b></td></tr>
      <tr><td><b>High School</b></td><td><input name="hs"></td><td><select name="hsd"><option>--</option></select></td></tr>
      <tr><td><b>College / University</b></td><td><input name="co"></td><td><select name="cod"><option>--</option></select></td></tr>
      </table></form>`);
    expect(fields.map((field) => field.label)).toEqual([
      'High School Name and Location of School',
      'High School Degree / Diploma',
      'College / University Name and Location of School',
      'College / University Degree / Diploma',
    ]);
  });

  it("reads a caption over the box in its own cell before a title across the table, and a title's aside", async () => {
    const fields = await scan(`<form><table>
      <tr><td colspan="2">PART 2 &mdash; APPLICANT INFORMATION</td></tr>
      <tr><td><span>4. NAME (Last, First, Middle Initial)</span><br><input name="f04"></td><td><span>5. E-MAIL</span><br><input name="f05"></td></tr>
      <tr><td colspan="2">PART 7 &mdash; PERSONAL REFERENCES (not relatives or former supervisors)</td></tr>
      <tr><td>Name</td><td><input name="r1"></td></tr></table></form>`);
    expect(fields.map((field) => field.label)).toEqual(['4. NAME (Last, First, Middle Initial)', '5. E-MAIL', 'Name']);
    expect(fields[2]?.section).toBe('PART 7 — PERSONAL REFERENCES (not relatives or former supervisors)');
  });

  it('reads the boxes of the employer’s own box as in it, and captions printed before boxes on a line', async () => {
    const fields = await scan(`<form><table><tr><td>Present address:</td><td>Street <input name="s"><br>
      City <input name="c"> State <select name="st"><option>- Select -</option></select> Zip <input name="z"></td></tr></table>
      <div><b>FOR HUMAN RESOURCES USE ONLY</b><br>Start date <input name="hr1"> Salary <input name="hr2"></div></form>`);
    expect(fields.map((field) => field.label)).toEqual(['Street', 'City', 'State', 'Zip', 'Start date', 'Salary']);
    expect(fields.slice(4).map((field) => field.section)).toEqual([
      'FOR HUMAN RESOURCES USE ONLY',
      'FOR HUMAN RESOURCES USE ONLY',
    ]);
  });

  it('reads a phone row under a caption printed in its cell as the number in parts', async () => {
    const fields = await scan(`<form><table><tr><td><span>11. PRIMARY PHONE NUMBER</span><br>
      ( <input name="a" maxlength="3"> ) <input name="b" maxlength="8" placeholder="555-5555"></td></tr></table></form>`);
    expect(fields.map((field) => field.split?.index)).toEqual([0, 1]);
  });

  it('reads captions drawn as images, past a required mark drawn as one', async () => {
    const fields = await scan(`<form><table>
      <tr><td><img src="x.svg" width="68" height="16" alt="Last Name"></td><td><input name="ln"></td></tr>
      <tr><td><img src="x.svg" width="120" height="16" alt="Emergency contact"></td><td><input name="ec">
        <img src="y.svg" width="60" height="16" alt="Phone"> <input name="ecp"></td></tr></table>
      <div>Primary Phone <img src="r.gif" width="7" height="7" alt="required"> <input name="ph"></div></form>`);
    expect(fields.map((field) => field.label)).toEqual([
      'Last Name',
      'Emergency contact',
      'Emergency contact Phone',
      'Primary Phone',
    ]);
  });

  it('reads a lone check box by the statement after it, and a form typed into one preformatted block line by line', async () => {
    const fields = await scan(`<form><p>Which of the following apply to you?<br>
      <input type="checkbox" name="ba">I have a bachelor's degree<br>
      <input type="checkbox" name="emp">I am currently employed</p>
      <pre> B. ARE YOU LEGALLY AUTHORIZED TO WORK IN THE U.S.? ........ <input name="q2" maxlength="1">
 CITY/STATE/ZIP <input name="c"> <input name="s" maxlength="2"> <input name="z" maxlength="5">
</pre></form>`);
    expect(fields.map((field) => field.label)).toEqual([
      "I have a bachelor's degree",
      'I am currently employed',
      'B. ARE YOU LEGALLY AUTHORIZED TO WORK IN THE U.S.?',
      'CITY',
      'STATE',
      'ZIP',
    ]);
  });

  it("reads the captions a paper form prints under a line of boxes, part by part, not as the next line's", async () => {
    const fields =
      await scan(`<form><style>.caps { margin-bottom: 8px; font-size: 7pt } .caps span { display: inline-block }</style>
      <div><span><input name="p"></span></div><div class="caps"><span>Position applied for</span></div>
      <div><span><input name="l"></span><span><input name="f"></span></div><div class="caps"><span>Last</span><span>First</span></div>
      <p style="margin:0"><span style="font-size:9pt">Name:</span>&nbsp;<input name="wl"> <input name="wf"></p>
      <p style="margin:0">&nbsp;&nbsp;&nbsp;<span style="font-size:6.5pt">(Last)</span>&nbsp;&nbsp;&nbsp;&nbsp;<span style="font-size:6.5pt">(First)</span></p>
      <dl><dt>Name</dt><dd><input name="dl"> <input name="df"><br><small>last&nbsp;&nbsp;&nbsp;&nbsp;first</small></dd>
        <dt>School</dt><dd><input name="sn"></dd><dt>Diploma / degree / certificate</dt><dd><input name="sd"></dd></dl>
      <div><label for="e">Email</label></div><div><input id="e" name="e"></div><div class="hint">We never share it.</div></form>`);
    expect(fields.map((field) => field.label)).toEqual([
      'Position applied for',
      'Last',
      'First',
      'Name: Last',
      'Name: First',
      'Name: last',
      'Name: first',
      'School',
      // A definition list's other rows are no parts of this one's caption.
      'Diploma / degree / certificate',
      'Email',
    ]);
  });

  it("reads a Word page's line of underlined boxes, and its title in bold capitals with the note after it", async () => {
    const fields = await scan(`<form><p><span>Date you can start:</span> <span class="u"><input name="start"></span>
        <span>(mm/dd/yy)</span> <span>Salary desired:</span> <span>$</span><span class="u"><input name="pay"></span></p>
      <p><b><span>EMPLOYMENT RECORD</span></b> <span style="font-size:7pt">List your most recent employer first.</span></p>
      <table><tr><td><span>Name of Employer</span> <input name="emp"></td></tr></table></form>`);
    expect(fields.map((field) => [field.label, field.section, field.sectionNote])).toEqual([
      ['Date you can start:', '', ''],
      ['Salary desired:', '', ''],
      ['Name of Employer', 'EMPLOYMENT RECORD', 'List your most recent employer first.'],
    ]);
  });

  it('names a row of boxes by the row of as many captions over it, in order, whatever their spans', async () => {
    const fields = await scan(`<form><table>
      <tr><td colspan="2">LAST NAME</td><td colspan="2">FIRST NAME</td><td colspan="2">M.I.</td></tr>
      <tr><td colspan="3"><input name="l"></td><td colspan="2"><input name="f"></td><td><input name="m"></td></tr>
      <tr><td colspan="3">STREET ADDRESS</td><td colspan="3">APT #</td></tr>
      <tr><td colspan="3"><input name="s"></td><td colspan="3"><input name="a"></td></tr></table></form>`);
    expect(fields.map((field) => field.label)).toEqual(['LAST NAME', 'FIRST NAME', 'M.I.', 'STREET ADDRESS', 'APT #']);
    // A header over several columns names the value the headers under it name the parts of.
    const grouped = await scan(`<form><table><tr><th colspan="2">Legal name</th><th>E-mail</th></tr>
      <tr><th>Last</th><th>First</th><th></th></tr>
      <tr><td><input name="l"></td><td><input name="f"></td><td><input name="e"></td></tr></table></form>`);
    expect(grouped.map((field) => field.label)).toEqual(['Legal name Last', 'Legal name First', 'E-mail']);
  });

  it('reads the part of a box that a fieldset of its own captions, past its legend', async () => {
    const fields = await scan(`<form><h3>REFERENCES</h3>
      <fieldset><legend>Phone</legend><input name="rp"></fieldset>
      <fieldset><legend>How many years?</legend><label for="a">Answer</label><input id="a" name="a"></fieldset>
      <h3>EMPLOYMENT, MOST RECENT FIRST</h3>
      <fieldset><legend>Employer 1</legend><fieldset><legend>Company</legend><input name="co"></fieldset></fieldset></form>`);
    expect(fields.map((field) => [field.label, field.section, field.sectionNote])).toEqual([
      ['Phone', 'REFERENCES', ''],
      ['Answer', 'How many years?', ''],
      // The list's heading over its first entry is a note on that entry.
      ['Company', 'Employer 1', 'EMPLOYMENT, MOST RECENT FIRST'],
    ]);
  });

  it('reads the caption a form prints in the cell to the right of its box or its group of radios', async () => {
    const fields = await scan(`<form><table>
      <tr><td colspan="2">PART B — APPLICANT</td></tr>
      <tr><td><font><input name="ln"></font></td><td><font size="1">3. Last name*</font></td></tr>
      <tr><td>$ <input name="pay"> per year</td><td>14. Desired annual salary</td></tr>
      <tr><td><input type="radio" name="auth" value="Y">Yes <input type="radio" name="auth" value="N">No</td>
        <td>16. Are you legally authorized to work in the United States?</td></tr>
      <tr><td>Phone</td><td><input name="ph"></td><td>(daytime)</td></tr>
      <tr><td>Are you eligible to work here?</td><td><table><tr><td><input type="radio" name="el" id="el0"></td>
        <td><label for="el0">Yes</label></td><td><input type="radio" name="el" id="el1"></td><td><label for="el1">No</label></td></tr></table></td></tr></table></form>`);
    expect(fields.map((field) => field.label)).toEqual([
      '3. Last name*',
      '14. Desired annual salary',
      '16. Are you legally authorized to work in the United States?',
      // A caption before the box names it; the words after it are its help.
      'Phone',
      // One option per cell, each with its label: the question names the group, not "Yes".
      'Are you eligible to work here?',
    ]);
  });

  it("reads the caption an old page writes as a box's starting value, cleared on focus, as its placeholder", async () => {
    const fields = await scan(`<form>
      <input name="ln" value="Last Name" onfocus="if(this.value==this.defaultValue)this.value=''">
      <textarea name="cl" onfocus="if(this.value==this.defaultValue)this.value=''">Paste your cover letter here.</textarea>
      <input name="kept" value="Acme Corp"></form>`);
    expect(fields.map((field) => field.placeholder)).toEqual(['Last Name', 'Paste your cover letter here.', '']);
  });

  it('reads "[ ] Yes [ ] No" check boxes named apart as one question, and ticks the answer', async () => {
    const scratch = await harness.open('/scan-layouts.html');
    const found = await scratch.evaluate(async () => {
      document.body.innerHTML = `<form><p>Can you furnish proof of eligibility to work in the U.S.?
        <input type="checkbox" name="C14Y" value="Yes">[&nbsp;&nbsp;]&nbsp;Yes <input type="checkbox" name="C14N" value="No">[ ] No</p>
        <p>2.2 Will you require the Library to sponsor a work visa?</p>
        <p><span><input type="checkbox" name="Check Box 10"> <font size="1">Yes</font> <input type="checkbox" name="Check Box 11"> <font size="1">No</font></span></p>
        <p><input type="checkbox" name="mon"> Mon <input type="checkbox" name="tue"> Tue</p></form>`;
      const sdk = window.companionSdk;
      const scan = sdk.scanForm(document);
      const [authorization, sponsorship] = scan;
      const map = {
        [authorization!.descriptor.selector]: 'work_authorization',
        [sponsorship!.descriptor.selector]: 'sponsorship',
      };
      await sdk.fillForm(scan, map, { work_authorization: 'yes', sponsorship: 'no' });
      return {
        fields: scan.map(({ descriptor }) => [descriptor.label, descriptor.options.length]),
        ticked: Array.from(document.querySelectorAll<HTMLInputElement>('input:checked')).map((box) => box.name),
      };
    });
    await scratch.close();
    expect(found.fields).toEqual([
      ['Can you furnish proof of eligibility to work in the U.S.?', 2],
      ['2.2 Will you require the Library to sponsor a work visa?', 2],
      ['Mon', 1],
      ['Tue', 1],
    ]);
    expect(found.ticked).toEqual(['C14Y', 'Check Box 11']);
  });

  it("reads past an aria-label that only repeats the control's own name to its <label for>", async () => {
    const fields = await scan(`<form><label for="input_16">Highest Level of Education</label>
      <select id="input_16" name="q16_highestLevel" aria-label="q16_highestLevel"><option value="">Please Select</option>
      <option>Bachelor Degree</option></select>
      <label for="notes">Notes</label><input id="notes" name="notes" aria-label="Anything else?"></form>`);
    expect(fields.map((field) => field.label)).toEqual(['Highest Level of Education', 'Anything else?']);
  });

  it('reads a Japanese phone row of three boxes, its area code box the longest, with a note under it, as one split value', async () => {
    const fields = await scan(`<form><table><tr><th>電話番号</th><td>
      <input type="tel" name="tel1" maxlength="5" title="電話番号1"> - <input type="tel" name="tel2" maxlength="4" title="電話番号2">
      - <input type="tel" name="tel3" maxlength="4" title="電話番号3"><p class="note">日中連絡のとれる番号</p></td></tr></table></form>`);
    expect(fields.map((field) => [field.split?.index, field.split?.sizes])).toEqual([
      [0, [5, 4, 4]],
      [1, [5, 4, 4]],
      [2, [5, 4, 4]],
    ]);
  });

  it('names boxes captioned in brackets after them, on a line of such boxes, by their own brackets', async () => {
    const fields =
      await scan(`<form><p>My legal name is <input name="a"> <font size="1">(first)</font>&nbsp;<input name="b">
      (middle) <input name="c"> (last)</p>
      <p>Start date <input name="d"> (mm/dd/yyyy) Phone <input name="e"> (optional)</p></form>`);
    expect(fields.map((field) => [field.label, field.nearbyText])).toEqual([
      ['first', 'My legal name is'],
      ['middle', ''],
      ['last', ''],
      // Brackets that say how to answer caption nothing.
      ['Start date', 'Start date'],
      ['Phone', '(mm/dd/yyyy) Phone'],
    ]);
  });

  it('gives the words between two boxes to the box before when only the one after shows its own caption', async () => {
    const clears = `onfocus="if(this.value==this.defaultValue)this.value=''"`;
    const fields = await scan(`<form><div><input name="ph" value="(555) 555-5555" ${clears}> <font size="1">phone</font>
      <input name="em" value="E-mail Address" ${clears}><br>
      <input name="ci" value="(city)" ${clears}> State <input name="st" value="ST" ${clears}><br>
      <input name="a"> Zip <input name="z"></div></form>`);
    expect(fields.map((field) => field.label)).toEqual(['', '', '', 'State', '', 'Zip']);
  });

  it('names a box captioned only by a letter by the part its question gives that letter', async () => {
    const fields = await scan(`<form><p><b>2.</b> Your name &mdash; (a) last, (b) first, (c) middle initial:<br>
      (a) <input name="a"> (b) <input name="b"> (c) <input name="c" maxlength="1"></p>
      <p>3. Mailing address &mdash; (a) street and number, (b) city or town, (c) state:<br>
      <span>(a)</span> <input name="s"> <span>(b)</span> <input name="t"> <span>(c)</span> <input name="u"></p>
      <p>(a) <input name="x"> (b) <input name="y"></p></form>`);
    expect(fields.map((field) => field.label)).toEqual([
      'Your name: last',
      'Your name: first',
      'Your name: middle initial',
      'Mailing address: street and number',
      'Mailing address: city or town',
      'Mailing address: state',
      '',
      '',
    ]);
  });

  it("gives a line's captions the title opening it, and no caption to a unit between two boxes", async () => {
    const fields =
      await scan(`<form><p>17. Person to notify in an emergency: name <input name="en"> telephone <input name="et"></p>
      <p>Desired pay: $ <input name="hour"> per hour and/or $ <input name="year"> per year</p></form>`);
    expect(fields.map((field) => field.label)).toEqual(['', '17. Person to notify in an emergency: telephone', '', '']);
  });
});
