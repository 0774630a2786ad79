import { describe, expect, it } from 'vitest';
import { greenhouseForm, leverForm, workdayForm } from './ats-forms.fixture.ts';
import { field } from './field.fixture.ts';
import {
  MIN_CHOICE_MARGIN,
  MIN_CHOICE_SCORE,
  MIN_TEXT_SCORE,
  confidentCandidate,
  mapByHeuristics,
} from './map-by-heuristics.ts';
import { matchField } from './match-field.ts';

const yesNo = [
  { value: '', text: 'Select…' },
  { value: 'yes', text: 'Yes' },
  { value: 'no', text: 'No' },
];

describe('mapByHeuristics on ATS-like forms', () => {
  it('maps a Greenhouse form', () => {
    expect(mapByHeuristics(greenhouseForm)).toEqual({
      '[name="job_application[first_name]"]': 'first_name',
      '[name="job_application[last_name]"]': 'last_name',
      '[name="job_application[email]"]': 'email',
      '[name="job_application[phone]"]': 'phone',
      '[name="job_application[location]"]': 'location',
      '[name="job_application[resume]"]': 'resume_upload',
      '[name="job_application[cover_letter]"]': 'cover_letter',
      '[name="job_application[answers_attributes][0][text_value]"]': 'linkedin_url',
      '[name="job_application[answers_attributes][1][text_value]"]': 'website',
      '[name="job_application[answers_attributes][2][boolean_value]"]': 'work_authorization',
      '[name="job_application[answers_attributes][3][boolean_value]"]': 'sponsorship',
    });
  });

  it('maps a Lever form, a checkbox group once', () => {
    expect(mapByHeuristics(leverForm)).toEqual({
      '[name="resume"]': 'resume_upload',
      '[name="name"]': 'full_name',
      '[name="email"]': 'email',
      '[name="phone"]': 'phone',
      '[name="location"]': 'location',
      '[name="org"]': 'current_company',
      '[name="urls[LinkedIn]"]': 'linkedin_url',
      '[name="urls[GitHub]"]': 'github_url',
      '[name="urls[Portfolio]"]': 'portfolio_url',
      '[name="urls[Other]"]': 'website',
      '[name="pronouns"]': 'pronouns',
      '[name="cards[8f3c2b1e-5d4a-4c3b-9e8f-1a2b3c4d5e6f][field0]"]': 'years_experience',
    });
  });

  it('maps a Workday form from labels alone: the phone code is the phone country code, device type is skipped', () => {
    expect(mapByHeuristics(workdayForm)).toEqual({
      '[data-automation-id="country-phone-code"]': 'phone_country_code',
      '[data-automation-id="legalNameSection_firstName"]': 'first_name',
      '[data-automation-id="legalNameSection_lastName"]': 'last_name',
      '[data-automation-id="addressSection_city"]': 'city',
      '[data-automation-id="email"]': 'email',
      '[data-automation-id="phone-number"]': 'phone',
      '[data-automation-id="countryDropdown"]': 'country',
    });
  });

  it('reads camelCase and bracketed names', () => {
    const map = mapByHeuristics([
      field({ name: 'candidate.firstName' }),
      field({ name: 'candidate.lastName' }),
      field({ name: 'contact[emailAddress]' }),
      field({ name: 'mobileNumber' }),
    ]);
    expect(Object.values(map)).toEqual(['first_name', 'last_name', 'email', 'phone']);
  });
});

describe('mapByHeuristics assignment', () => {
  it('leaves a full-name box to another purpose when the form asks the first and last name', () => {
    const map = mapByHeuristics([
      field({ selector: '#trial', placeholder: 'Your name' }),
      field({ name: 'first_name', label: 'First name' }),
      field({ name: 'last_name', label: 'Last name' }),
    ]);
    expect(map).toEqual({ '[name="first_name"]': 'first_name', '[name="last_name"]': 'last_name' });
    // A form asking the whole name only still gets it.
    expect(mapByHeuristics([field({ selector: '#name', label: 'Full name' })])).toEqual({ '#name': 'full_name' });
  });

  it('gives each canonical to one field, the best-scored', () => {
    const weak = field({ name: 'q1', label: 'Email' });
    const strong = field({ name: 'email', type: 'email', label: 'Email address' });
    expect(mapByHeuristics([weak, strong])).toEqual({ '[name="email"]': 'email' });
  });

  it("gives the resume to the form's own upload over one that reads it to autofill, which takes it alone", () => {
    const upload = (name: string, label: string) =>
      field({ selector: `#${name}`, name, tag: 'input', type: 'file', label });
    const autofill = upload(
      '_systemfield_autofill_resume',
      'Autofill from resume Upload your resume here to autofill key application fields.',
    );
    const resume = upload('_systemfield_resume', 'Resume');
    expect(mapByHeuristics([autofill, resume])).toEqual({ '#_systemfield_resume': 'resume_upload' });
    expect(mapByHeuristics([autofill])).toEqual({ '#_systemfield_autofill_resume': 'resume_upload' });
  });

  it('breaks equal scores by document order', () => {
    const a = field({ name: 'a', label: 'Phone' });
    const b = field({ name: 'b', label: 'Phone' });
    expect(mapByHeuristics([a, b])).toEqual({ '[name="a"]': 'phone' });
    expect(mapByHeuristics([b, a])).toEqual({ '[name="b"]': 'phone' });
  });

  it('gives the phone to a mobile box before a home or work line, and to a home line when it is the only one', () => {
    const home = field({ name: 'q1', label: 'Home Phone:' });
    const cell = field({ name: 'q2', label: 'Cell Phone:' });
    expect(mapByHeuristics([home, cell])).toEqual({ '[name="q2"]': 'phone' });
    expect(mapByHeuristics([home])).toEqual({ '[name="q1"]': 'phone' });
  });

  it('gives the city to a town or city box before a suburb, and to a suburb when it is the only one', () => {
    const suburb = field({ name: 'suburb', label: 'Suburb' });
    const town = field({ name: 'city', label: 'Town / City' });
    expect(mapByHeuristics([suburb, town])).toEqual({ '[name="city"]': 'city' });
    expect(mapByHeuristics([suburb])).toEqual({ '[name="suburb"]': 'city' });
  });

  it('never hands a field its runner-up when another field won its best', () => {
    const email = field({ name: 'email', type: 'email', label: 'Email' });
    const either = field({ name: 'contact', label: 'Email or phone' });
    expect(matchField(either).map((c) => c.canonical)).toEqual(['email', 'phone']);
    expect(mapByHeuristics([email, either])).toEqual({ '[name="email"]': 'email' });
  });

  it('gives a value asked again in other words to both fields', () => {
    const radios = (name: string, label: string, texts: readonly string[]) =>
      field({ tag: 'input', type: 'radio', name, label, options: texts.map((text) => ({ value: text, text })) });
    // The state asked again as a question (the payroll's), beside the address's.
    expect(
      mapByHeuristics([
        field({ name: 'state', label: 'State' }),
        field({ name: 'q2416', label: 'In which state will you be working? (payroll and tax registration)' }),
      ]),
    ).toEqual({ '[name="state"]': 'region', '[name="q2416"]': 'region' });
    // The city asked again as a question beside "Location (City)"; a city to work in is no home.
    const cityQuestions = [
      field({ name: 'job_application[location]', label: 'Location (City) *' }),
      field({ name: 'q4', label: 'Which city do you currently live in? *' }),
      field({ name: 'q5', label: 'Which city do you want to work in?' }),
    ];
    expect(mapByHeuristics(cityQuestions)).toEqual({
      '[name="job_application[location]"]': 'city',
      '[name="q4"]': 'city',
    });
    // Where the person lives asked again as a pick of regions, beside the "Location" box.
    const regions = ['UK & Ireland', 'Europe', 'North America', 'Asia-Pacific'];
    expect(
      mapByHeuristics([
        field({ name: 'location', label: 'Location *' }),
        radios('q0', 'Where are you based? *', regions),
      ]),
    ).toEqual({ '[name="location"]': 'location', '[name="q0"]': 'location' });
    // Pay asked again as bands to pick, beside the amount.
    const bands = ['$70,000 - $84,999', '$85,000 - $99,999', '$100,000 or more', 'Negotiable'];
    expect(
      mapByHeuristics([
        field({ name: 'desiredPay', label: 'Desired Pay' }),
        radios('q2415', 'Salary expectations', bands),
      ]),
    ).toEqual({ '[name="desiredPay"]': 'salary_expectation', '[name="q2415"]': 'salary_expectation' });
  });

  it("reads a name for the whole place as no rival to the label naming its part (Taleo's ResidenceLocation-0)", () => {
    const countries = ['Select', 'India', 'United States'].map((text) => ({ value: text, text }));
    const residence = field({
      tag: 'select',
      type: 'select-one',
      name: 'ResidenceLocation-0',
      label: 'Country of Residence',
      options: countries,
    });
    expect(mapByHeuristics([residence])).toEqual({ '[name="ResidenceLocation-0"]': 'country' });
  });

  it('does not mistake a third party for the applicant, and gives the email to its confirmation box too', () => {
    const map = mapByHeuristics([
      field({ name: 'email', label: 'Email' }),
      field({ name: 'email_confirmation', label: 'Confirm email' }),
      field({ name: 'reference_phone', label: 'Reference phone number' }),
      field({ name: 'emergency_contact_name', label: 'Emergency contact name' }),
      field({ name: 'company_name', label: 'Company name' }),
      field({ name: 'referrer_email', label: 'Referrer email' }),
    ]);
    expect(map).toEqual({
      '[name="email"]': 'email',
      '[name="email_confirmation"]': 'email',
      '[name="company_name"]': 'current_company',
    });
    // JSF names say nothing; "Re-type E-mail" asks again.
    const retyped = mapByHeuristics([
      field({ name: 'applyForm:j_idt28', label: 'E-mail' }),
      field({ name: 'applyForm:j_idt29', label: 'Re-type E-mail' }),
    ]);
    expect(Object.values(retyped)).toEqual(['email', 'email']);
  });

  it('ignores password, hidden and button inputs', () => {
    expect(
      mapByHeuristics([
        field({ name: 'email', type: 'hidden' }),
        field({ name: 'email_password', type: 'password', label: 'Email password' }),
      ]),
    ).toEqual({});
  });
});

describe('choice fields need a unique, confident match', () => {
  const select = (label: string, extra: Parameters<typeof field>[0] = {}) =>
    field({ tag: 'select', type: 'select-one', name: 'q', label, ...extra });

  it('documents the thresholds', () => {
    expect(MIN_TEXT_SCORE).toBeLessThan(MIN_CHOICE_SCORE);
    expect(MIN_CHOICE_MARGIN).toBeGreaterThan(0);
  });

  it('maps a text field on a weak clue but not a select', () => {
    const text = field({ name: 'q', nearbyText: 'Country' });
    const weakSelect = select('', { nearbyText: 'Country' });
    expect(matchField(weakSelect)[0]?.score).toBeLessThan(MIN_CHOICE_SCORE);
    expect(mapByHeuristics([text])).toEqual({ '[name="q"]': 'country' });
    expect(mapByHeuristics([weakSelect])).toEqual({});
  });

  it('maps a select on a label, or on a name with another clue, not on a name alone', () => {
    expect(mapByHeuristics([select('Country of residence')])).toEqual({ '[name="q"]': 'country' });
    expect(mapByHeuristics([select('', { name: 'country' })])).toEqual({});
    expect(mapByHeuristics([select('', { name: 'country', nearbyText: 'Your country' })])).toEqual({
      '[name="country"]': 'country',
    });
  });

  it('skips a yes/no question that matches two canonicals equally', () => {
    const both = select('Work authorization and visa sponsorship', { options: yesNo });
    const ranked = matchField(both);
    expect(ranked.map((c) => c.canonical)).toEqual(['work_authorization', 'sponsorship']);
    expect(confidentCandidate(both, ranked)).toBeUndefined();
    expect(mapByHeuristics([both])).toEqual({});
  });

  it("takes the label's canonical in a close call with the hints around the field", () => {
    const place = select('Location', { placeholder: 'City', hint: 'Start typing and choose your city from the list.' });
    const ranked = [
      { canonical: 'location' as const, score: 5, evidence: ['label' as const] },
      { canonical: 'city' as const, score: 5, evidence: ['placeholder' as const, 'nearbyText' as const] },
    ];
    expect(confidentCandidate(place, ranked)?.canonical).toBe('location');
    expect(confidentCandidate(place, [...ranked].reverse())?.canonical).toBe('location');
    // The page's own name for the field on the other side: no call for the label to settle.
    const named = [ranked[0]!, { canonical: 'city' as const, score: 5, evidence: ['name' as const] }];
    expect(confidentCandidate(place, named)).toBeUndefined();
  });

  it('reads "authorized to work without sponsorship" as the authorization (the fill answers it for both)', () => {
    const without = select('Are you authorized to work in the US without visa sponsorship?', { options: yesNo });
    expect(mapByHeuristics([without])).toEqual({ '[name="q"]': 'work_authorization' });
    // Needing sponsorship to obtain or keep the authorization is needing sponsorship.
    const keep = select(
      'Do you now, or will you in the future, need sponsorship to obtain or keep work authorization in the U.S.?',
      { options: yesNo },
    );
    expect(mapByHeuristics([keep])).toEqual({ '[name="q"]': 'sponsorship' });
  });

  it('maps a yes/no question when one canonical clearly leads', () => {
    const leading = select('Work authorization and visa sponsorship', {
      name: 'requires_sponsorship',
      options: yesNo,
    });
    const [best, runnerUp] = matchField(leading);
    expect(best!.score - runnerUp!.score).toBeGreaterThanOrEqual(MIN_CHOICE_MARGIN);
    expect(mapByHeuristics([leading])).toEqual({ '[name="requires_sponsorship"]': 'sponsorship' });
  });

  it('never maps a yes/no question to a non yes/no canonical', () => {
    expect(mapByHeuristics([select('Do you live in this city?', { options: yesNo })])).toEqual({});
    expect(mapByHeuristics([field({ type: 'checkbox', name: 'city_ok', label: 'City' })])).toEqual({});
  });

  it('answers whether the person lives in a country from their country, working from there too', () => {
    const lives = select(
      'This role is open to people living in the United States only. Do you live in the US and plan to work from there?',
      { options: yesNo },
    );
    expect(Object.values(mapByHeuristics([lives]))).toEqual(['country']);
    expect(mapByHeuristics([select('Which country will you work in?')])).toEqual({});
  });

  it('maps a primary role picked from a list beside the current title, as the title asked again', () => {
    const title = field({ selector: '#title', label: 'Current title' });
    const roles = ['Backend Engineer', 'Data Engineer'].map((text) => ({ value: text, text }));
    const role = select('Primary role', { selector: '#role', options: roles });
    expect(mapByHeuristics([title, role])).toEqual({ '#title': 'current_title', '#role': 'current_title' });
  });

  it('leaves unrelated yes/no questions and consent boxes alone', () => {
    expect(mapByHeuristics([select('Are you willing to relocate?', { options: yesNo })])).toEqual({});
    expect(
      mapByHeuristics([field({ type: 'checkbox', name: 'consent', label: 'I agree to the privacy policy' })]),
    ).toEqual({});
  });

  it('maps a yes/no radio group setting a bar of years to the years of experience', () => {
    const yesNoRadios = yesNo.slice(1);
    const bar = field({
      selector: '#years',
      type: 'radio',
      name: 'years',
      group: 'years',
      label: 'Do you have 5 or more years of experience building data pipelines?',
      options: yesNoRadios,
    });
    expect(mapByHeuristics([bar])).toEqual({ '#years': 'years_experience' });
    const noBar = field({ ...bar, label: 'Do you have experience building data pipelines?' });
    expect(mapByHeuristics([noBar])).toEqual({});
    // Beside the years asked as a number, the bar is a question of its own.
    const total = field({ selector: '#total', label: 'How many years of professional experience do you have?' });
    expect(mapByHeuristics([total, bar])).toEqual({ '#total': 'years_experience', '#years': 'years_experience' });
  });

  it('maps a list of metro areas or of offices within reach asked beside the location box to the location again', () => {
    const location = field({ selector: '#location', label: 'Current location' });
    const places = (label: string, texts: readonly string[]) =>
      field({
        selector: '#places',
        type: 'checkbox',
        group: 'places',
        label,
        options: texts.map((text) => ({ value: text, text })),
      });
    const metros = places('Which of these metro areas do you currently live in or near?', [
      'Denver / Boulder',
      'San Francisco Bay Area',
      'None of these',
    ]);
    expect(mapByHeuristics([location, metros])).toEqual({ '#location': 'location', '#places': 'location' });
    // A question ending in "to" is no range's top box.
    const campuses = places('Which clinic campuses could you commute to? (select all that apply)', [
      'Los Angeles, CA (Westwood)',
      'San Francisco, CA (SoMa)',
      'None of these',
    ]);
    expect(mapByHeuristics([location, campuses])).toEqual({ '#location': 'location', '#places': 'location' });
  });

  it('maps a lone checkbox and a radio group once when the match is unique', () => {
    const box = field({ type: 'checkbox', name: 'needs_visa', label: 'I will require visa sponsorship' });
    expect(mapByHeuristics([box])).toEqual({ '[name="needs_visa"]': 'sponsorship' });
    const radios = ['Yes', 'No'].map((text) =>
      field({
        type: 'radio',
        name: 'work_auth',
        group: 'work_auth',
        selector: `#work_auth_${text}`,
        label: text,
        nearbyText: 'Are you legally authorized to work in Canada?',
        options: yesNo.slice(1),
      }),
    );
    expect(mapByHeuristics(radios)).toEqual({ '#work_auth_Yes': 'work_authorization' });
  });
});

describe('questions that look like a value but ask something narrower', () => {
  const mapped = (label: string) => mapByHeuristics([field({ name: 'q', label })])['[name="q"]'];

  it('leaves years with one tool or skill to the person, and maps the career total', () => {
    expect(mapped('How many years of work experience do you have with Apache Spark?')).toBeUndefined();
    expect(mapped('How many years have you written Go in production?')).toBeUndefined();
    expect(mapped('How many years have you shipped production work with d3.js?')).toBeUndefined();
    // Tools for a line of work: the fill reads whose line it is.
    expect(mapped('Years of commercial experience with Python and SQL for data pipelines')).toBe('years_experience');
    // Pipelines and platforms are the work itself; so is a discipline, answered in the person's own line.
    expect(mapped('Years of experience with data pipelines')).toBe('years_experience');
    expect(mapped('How many years of work experience do you have with Data Engineering?')).toBe('years_experience');
    expect(mapped('Years of experience with data warehousing and ETL development')).toBe('years_experience');
    const discipline = field({
      selector: '#eng',
      label: 'How many years of experience do you have with data engineering?',
    });
    const overall = field({ selector: '#total', label: 'Total years of experience' });
    // Asked as a question beside the total, the discipline's years are asked again (and answered in the person's line).
    expect(mapByHeuristics([discipline, overall])).toEqual({
      '#total': 'years_experience',
      '#eng': 'years_experience',
    });
    // A level counted in years beside the total asks the years again, in buckets.
    const level = field({
      selector: '#level',
      type: 'radio',
      label: 'Experience level',
      options: ['0–2 years', '3–4 years', '5–7 years', '8+ years'].map((text) => ({ value: text, text })),
    });
    expect(mapByHeuristics([overall, level])).toEqual({ '#total': 'years_experience', '#level': 'years_experience' });
    // A question of years among the posting's own asks them again; the fill answers it only in the person's line.
    const asked = field({ selector: '#asked', label: 'How many years of data engineering experience do you have?' });
    expect(mapByHeuristics([level, asked])).toEqual({ '#level': 'years_experience', '#asked': 'years_experience' });
    // Years of one skill or line map, as a second choice the fill answers only in the person's own line.
    expect(mapped('How many years of SQL experience do you have?')).toBe('years_experience');
    const skill = field({ selector: '#sql', label: 'Years of SQL experience' });
    const total = field({ selector: '#total', label: 'Total years of experience' });
    expect(mapByHeuristics([skill, total])).toEqual({ '#total': 'years_experience' });
    // With no total asked, each line asks: the fill answers the person's own.
    const healthcare = field({ selector: '#health', label: 'Years of experience in healthcare' });
    const data = field({ selector: '#data', label: 'Years of data engineering experience' });
    expect(mapByHeuristics([healthcare, data])).toEqual({ '#health': 'years_experience', '#data': 'years_experience' });
    const bank = field({ selector: '#bank', label: 'Years of experience working for a bank or credit union' });
    const line = field({
      selector: '#line',
      label: 'Years of experience in data engineering or analytics engineering',
    });
    expect(mapByHeuristics([line, bank])).toEqual({ '#line': 'years_experience', '#bank': 'years_experience' });
    const managed = field({ selector: '#managed', label: 'How many years have you managed people (direct reports)?' });
    expect(mapByHeuristics([data, managed])).toEqual({ '#data': 'years_experience', '#managed': 'years_experience' });
    expect(mapped('Years of relevant professional experience')).toBe('years_experience');
    expect(mapped('Total years of experience in data engineering or analytics')).toBe('years_experience');
    // Experience in a line of work is mapped; the fill answers it only in the person's own line (question-answer.ts).
    expect(mapped('Years of experience in analytics or data engineering')).toBe('years_experience');
    expect(mapped('How many years of professional experience do you have?')).toBe('years_experience');
    expect(mapped('Years of experience')).toBe('years_experience');
    expect(mapped('Years building data pipelines')).toBe('years_experience');
    // Years in a line of work beside years at one kind of work in it: each is answered in its own line.
    const inDataRoles = field({ selector: '#roles', type: 'radio', label: 'Years of experience in data roles' });
    const building = field({ selector: '#sql', type: 'radio', label: 'Years building data pipelines with SQL' });
    expect(mapByHeuristics([inDataRoles, building])).toEqual({
      '#roles': 'years_experience',
      '#sql': 'years_experience',
    });
    // …and beside the career's total too; years with one tool beside it stay the person's.
    const career = field({ selector: '#total', label: 'Years of professional experience' });
    const spent = field({
      selector: '#spent',
      type: 'radio',
      label: 'Years spent building data pipelines and warehouse models',
    });
    const tool = field({ selector: '#dbt', type: 'radio', label: 'How many years have you worked with dbt?' });
    const workingIn = field({
      selector: '#line',
      type: 'radio',
      label: 'Years working in data engineering or analytics engineering',
    });
    expect(mapByHeuristics([career, spent, tool, workingIn])).toEqual({
      '#total': 'years_experience',
      '#spent': 'years_experience',
      '#line': 'years_experience',
    });
    expect(mapped('Years doing data work')).toBe('years_experience');
    expect(mapped('How long have you been wrangling data professionally?')).toBe('years_experience');
    expect(mapped('How long have you been living at this address?')).toBeUndefined();
    expect(mapped('Years in a data or analytics role')).toBe('years_experience');
    expect(mapped('Professional data experience')).toBe('years_experience');
    expect(mapped('Years living at this address')).toBeUndefined();
    expect(mapped('Total work experience')).toBe('years_experience');
    expect(mapped('How many years of experience do you have in the industry?')).toBe('years_experience');
    // Experience in a line of work (the job's) is the career, not a tool.
    expect(mapped('How many years of professional experience in business intelligence do you have?')).toBe(
      'years_experience',
    );
    expect(mapped('How many years of specialized experience in data management do you have?')).toBe('years_experience');
    expect(
      mapByHeuristics([
        field({ name: 'Experience_in_Years', label: 'Experience in Years', tag: 'select', type: 'select-one' }),
      ]),
    ).toEqual({
      '[name="Experience_in_Years"]': 'years_experience',
    });
  });

  it('reads a pay type (hourly or salary) as the period, not the amount', () => {
    const payType = field({
      tag: 'select',
      type: 'select-one',
      name: 'Applicant.DesiredPayType',
      label: 'Desired Pay Type',
      options: ['Hourly', 'Salary'].map((text) => ({ value: text, text })),
    });
    expect(mapByHeuristics([payType])).toEqual({ [payType.selector]: 'salary_period' });
  });

  it('reads "City, state" as the location, "When could you start?" as the start date', () => {
    expect(mapped('City, state (optional)')).toBe('location');
    expect(mapped('City')).toBe('city');
    expect(mapped('When could you start?')).toBe('start_date');
    expect(mapped('Available from')).toBe('start_date');
  });
});

describe('a value split over a row of boxes', () => {
  it('gives the unlabelled boxes the canonical of the first', () => {
    const sizes = [3, 3, 4];
    const first = field({
      selector: '#a',
      label: 'Phone',
      type: 'tel',
      maxLength: 3,
      split: { first: '#a', index: 0, sizes },
    });
    const boxes = [1, 2].map((index) =>
      field({ selector: `#b${index}`, type: 'tel', maxLength: sizes[index], split: { first: '#a', index, sizes } }),
    );
    expect(mapByHeuristics([first, ...boxes])).toEqual({ '#a': 'phone', '#b1': 'phone', '#b2': 'phone' });
    // A box whose first box asks for something the fill cannot part stays alone.
    const code = field({
      selector: '#c',
      label: 'Security code',
      maxLength: 3,
      split: { first: '#c', index: 0, sizes: [3, 3] },
    });
    expect(
      mapByHeuristics([code, field({ selector: '#d', maxLength: 3, split: { first: '#c', index: 1, sizes: [3, 3] } })]),
    ).toEqual({});
  });
});

describe('a canonical a past entry gives back', () => {
  it('goes to the question passed over for it', () => {
    const employer = field({
      selector: '#emp',
      name: 'employments[][company_name]',
      label: 'Company Name',
      section: 'Employment',
    });
    const end = field({ selector: '#end', name: 'employments[][end_date]', label: 'End date', section: 'Employment' });
    const current = field({
      selector: '#q5',
      name: 'answers[5]',
      label: 'Current company',
      section: 'Apply for this Job',
    });
    expect(mapByHeuristics([employer, end, current])).toEqual({ '#q5': 'current_company' });
  });
});

describe("a school's entry asking whether it was finished", () => {
  it('keeps the degree for the qualification and for "Completed?" answered yes or "No, in progress"', () => {
    const school = field({ selector: '#i', name: 'quals.0.institution', label: 'Institution', section: 'Education' });
    const degree = field({
      selector: '#q',
      name: 'quals.0.qualification',
      label: 'Qualification',
      section: 'Education',
      tag: 'select',
      type: 'select-one',
      options: [
        { value: '', text: 'Select' },
        { value: 'b', text: "Bachelor's degree" },
      ],
    });
    const completed = field({
      selector: '#c',
      name: 'quals.0.completed',
      label: 'Completed?',
      section: 'Education',
      type: 'radio',
      group: 'quals.0.completed',
      options: [
        { value: 'Yes', text: 'Yes' },
        { value: 'No, in progress', text: 'No, in progress' },
      ],
    });
    expect(mapByHeuristics([school, degree, completed])).toEqual({ '#i': 'school', '#q': 'degree', '#c': 'degree' });
  });

  it("keeps the degree for the qualification and for the entry's status picked from a drawn list", () => {
    const degree = field({ selector: '#d', name: 'ContentItemId', label: 'Degree', section: 'Education 1' });
    const status = field({
      selector: '#s',
      name: 'EducationStatus',
      label: 'Status',
      section: 'Education 1',
      tag: 'combobox',
    });
    expect(mapByHeuristics([degree, status])).toEqual({ '#d': 'degree', '#s': 'degree' });
  });

  it('keeps the degree for the level picked when a question asks whether one is held, or is on its way', () => {
    const level = field({
      selector: '#e',
      name: 'education',
      label: 'Highest education completed',
      tag: 'select',
      type: 'select-one',
      options: ['Associate degree', 'Bachelor’s (BA / BS)'].map((text) => ({ value: text, text })),
    });
    const held = field({
      selector: '#h',
      type: 'radio',
      name: 'answers.q_degree4',
      label: 'Do you hold a four-year degree?',
      options: ['Yes, I do', 'I’m working on one', 'No'].map((text) => ({ value: text, text })),
    });
    expect(mapByHeuristics([held, level])).toEqual({ '#h': 'degree', '#e': 'degree' });
  });
});

describe('a street address asked in parts', () => {
  it('maps the house number box beside the street to the same address', () => {
    const street = field({ selector: '#street', name: 'cx_street', label: 'Straat' });
    const number = field({ selector: '#number', name: 'cx_housenumber', label: 'Huisnummer' });
    expect(mapByHeuristics([street, number])).toEqual({ '#street': 'address_line1', '#number': 'address_line1' });
    expect(mapByHeuristics([number])).toEqual({});
    // An identity document's number beside the street is no house number.
    const documentNumber = field({ selector: '#doc', name: 'DocumentNumber', label: 'Número de documento' });
    const address = field({ selector: '#address', name: 'Address', label: 'Dirección de residencia' });
    expect(mapByHeuristics([documentNumber, address])).toEqual({ '#address': 'address_line1' });
  });

  it('maps a British "House name/number" box before the street to the same address', () => {
    const house = field({ selector: '#house', name: '6048', label: 'House name/number' });
    const street = field({ selector: '#street', name: '6049', label: 'Street' });
    expect(mapByHeuristics([house, street])).toEqual({ '#house': 'address_line1', '#street': 'address_line1' });
  });

  it('gives the street box after a "Street Number" box the rest of the address', () => {
    const number = field({ selector: '#no', name: 'streetNumber', label: 'Street Number *' });
    const street = field({ selector: '#name', name: 'streetName', label: 'Street Name *' });
    const city = field({ selector: '#city', name: 'city', label: 'City' });
    expect(mapByHeuristics([number, street, city])).toEqual({
      '#no': 'address_line1',
      '#name': 'address_line1',
      '#city': 'city',
    });
  });

  it('reads "Street No." as the house number, whose street box then takes the rest', () => {
    const number = field({ selector: '#no', name: 'street_no', label: 'Street No.' });
    const street = field({ selector: '#name', name: 'street_name', label: 'Street Name' });
    expect(mapByHeuristics([number, street])).toEqual({ '#no': 'address_line1', '#name': 'address_line1' });
  });
});

describe('the degree asked again in the school entry', () => {
  const degreeOptions = [
    { value: '', text: 'Select' },
    { value: '1', text: "Associate's" },
    { value: '2', text: "Bachelor's" },
    { value: '3', text: "Master's" },
  ];
  const highest = field({
    selector: '#highest',
    tag: 'select',
    type: 'select-one',
    label: 'Highest Level of Education',
    section: 'Education',
    options: degreeOptions,
  });
  const school = (section: string, n: number) =>
    field({ selector: `#school${n}`, name: `Education[${n}].SchoolName`, label: 'School Name', section });
  const received = (section: string, n: number) =>
    field({
      selector: `#degree${n}`,
      tag: 'select',
      type: 'select-one',
      name: `Education[${n}].DegreeId`,
      label: 'Degree Received',
      section,
      options: degreeOptions,
    });

  it("gives the school's own entry the degree as well", () => {
    expect(mapByHeuristics([highest, school('College', 0), received('College', 0)])).toEqual({
      '#highest': 'degree',
      '#school0': 'school',
      '#degree0': 'degree',
    });
  });

  it("leaves another school's entry alone", () => {
    const secondEntry = [school('Other school', 1), received('Other school', 1)];
    expect(mapByHeuristics([highest, school('College', 0), ...secondEntry])).toEqual({
      '#highest': 'degree',
      '#school0': 'school',
    });
    expect(mapByHeuristics([highest, school('College', 0), received('College', 0), ...secondEntry])).toEqual({
      '#highest': 'degree',
      '#school0': 'school',
      '#degree0': 'degree',
    });
  });

  it('asks a yes/no question about a degree again, beside the degree picked', () => {
    const again = field({
      selector: '#psq',
      type: 'radio',
      name: 'psq[1]',
      group: 'psq[1]',
      label: "Do you have a bachelor's degree from an accredited institution?",
      section: 'Posting Specific Questions',
      options: [
        { value: 'Y', text: 'Yes' },
        { value: 'N', text: 'No' },
      ],
    });
    expect(mapByHeuristics([highest, school('College', 0), received('College', 0), again])).toEqual({
      '#highest': 'degree',
      '#school0': 'school',
      '#degree0': 'degree',
      '#psq': 'degree',
    });
  });

  it("asks whether the person graduated from the school's entry beside the degree", () => {
    const graduated = field({
      selector: '#graduated',
      type: 'radio',
      name: 'Education.Schools[0].Graduated',
      group: 'Education.Schools[0].Graduated',
      label: 'Did you graduate?',
      section: 'College',
      options: [
        { value: 'True', text: 'Yes' },
        { value: 'False', text: 'No' },
      ],
    });
    expect(mapByHeuristics([highest, school('College', 0), graduated])).toEqual({
      '#highest': 'degree',
      '#school0': 'school',
      '#graduated': 'degree',
    });
    // A grid's row named by its kind of school: "College / University - Graduated?".
    const row = field({ ...graduated, label: 'College / University - Graduated?', section: 'Education' });
    expect(mapByHeuristics([row])).toEqual({ '#graduated': 'degree' });
  });

  it('gives the degree to one field when no school is asked', () => {
    expect(Object.values(mapByHeuristics([highest, received('College', 0)]))).toEqual(['degree']);
  });
});

describe('parts of the form about other people and past periods', () => {
  it("leaves a referee's boxes alone, by their section or their names", () => {
    const referee = (section: string, name: string, label: string) =>
      field({ selector: `#${name}`, name, label, section });
    expect(
      mapByHeuristics([
        referee('Referee 1', 'r1_name', 'Name'),
        referee('Referee 1', 'r1_email', 'Email'),
        referee('', 'referee2Phone', 'Phone'),
        referee('', 'emergencyContactEmail', 'Email'),
      ]),
    ).toEqual({});
  });

  it('leaves an entry of a work history (a period in it) to the person, but not a part that only shares its title', () => {
    const past = (selector: string, label: string, type = 'text') =>
      field({ selector, type, name: `experience[0][${selector.slice(1)}]`, label, section: 'Experience' });
    const entry = [
      past('#company', 'Company'),
      past('#from', 'From'),
      past('#to', 'To'),
      past('#now', 'I currently work here', 'checkbox'),
    ];
    const resume = field({ selector: '#cv', type: 'file', name: 'resume', label: 'Resume', section: 'Experience' });
    expect(mapByHeuristics([...entry, resume])).toEqual({ '#cv': 'resume_upload' });
    // An entry whose only period is its "I currently work here" box is left whole, and the question
    // asked of the person takes the answer.
    const working = field({ selector: '#q', type: 'radio', label: 'Are you working right now?', section: 'Questions' });
    expect(mapByHeuristics([entry[0]!, entry[3]!, working])).toEqual({ '#q': 'currently_employed' });
    const school = field({ selector: '#school', name: 'school', label: 'University / College', section: 'Experience' });
    expect(mapByHeuristics([school, past('#company', 'Current company')])).toEqual({
      '#school': 'school',
      '#company': 'current_company',
    });
    // The current job named so in another language ("Nåværende eller siste arbeidsgiver") is the person's.
    const norwegian = [
      past('#employer', 'Nåværende eller siste arbeidsgiver'),
      past('#now', 'Jeg jobber her nå', 'checkbox'),
    ];
    expect(mapByHeuristics(norwegian)).toEqual({ '#employer': 'current_company', '#now': 'currently_employed' });
  });

  it('gives the country to the country one would be employed in, beside the address country', () => {
    const address = field({ selector: '#country', tag: 'select', type: 'select-one', label: 'Country' });
    const employed = field({ selector: '#employed', type: 'radio', label: 'In which country would you be employed?' });
    expect(mapByHeuristics([address, employed])).toEqual({ '#country': 'country', '#employed': 'country' });
    const from = field({
      selector: '#from',
      tag: 'select',
      type: 'select-one',
      label: 'Which country will you be working from?',
    });
    expect(mapByHeuristics([address, from])).toEqual({ '#country': 'country', '#from': 'country' });
    // A yes/no question of where the person lives is asked beside the address's country too.
    const ohio = field({ selector: '#ohio', type: 'radio', label: 'Do you currently live in the state of Ohio?' });
    expect(mapByHeuristics([address, ohio])).toEqual({ '#country': 'country', '#ohio': 'country' });
    const bayArea = field({
      selector: '#bay',
      tag: 'combobox',
      type: 'combobox',
      label: 'Are you currently based in the San Francisco Bay Area?',
    });
    expect(mapByHeuristics([address, bayArea])).toEqual({ '#country': 'country', '#bay': 'country' });
  });

  it("gives the title beside the current or most recent employer that job's title, in whatever part", () => {
    const pair = (section: string) =>
      mapByHeuristics([
        field({ selector: '#employer', name: 'employer', label: 'Current or Most Recent Employer', section }),
        field({ selector: '#title', name: 'jobTitle', label: 'Job Title', section }),
      ]);
    expect(pair('Work Experience')).toEqual({ '#employer': 'current_company', '#title': 'current_title' });
    expect(pair('Experience & Education')).toEqual({ '#employer': 'current_company', '#title': 'current_title' });
    // The same in Spanish, in a part of experience and studies.
    expect(
      mapByHeuristics([
        field({ selector: '#empresa', label: 'Empresa actual', section: 'Experiencia y estudios' }),
        field({ selector: '#puesto', label: 'Puesto actual', section: 'Experiencia y estudios' }),
      ]),
    ).toEqual({ '#empresa': 'current_company', '#puesto': 'current_title' });
    // The job's own start date, with no end beside it, is not when the person can start.
    const section = 'Most Recent Employer';
    expect(
      mapByHeuristics([
        field({ selector: '#employer', name: 'emp[1][employer]', label: 'Employer', section }),
        field({ selector: '#title', name: 'emp[1][title]', label: 'Job Title', section }),
        field({ selector: '#from', name: 'emp[1][from]', label: 'Start Date (MM/YYYY)', section }),
      ]),
    ).toEqual({ '#employer': 'current_company', '#title': 'current_title' });
    // A part named "Employment" asks when the person could start, not one job's dates.
    const available = field({
      selector: '#available',
      name: 'DateAvailable',
      label: 'Date Available',
      section: 'Employment',
    });
    expect(mapByHeuristics([available])).toEqual({ '#available': 'start_date' });
    // Beside a past employer, the title is that job's: the person's to give.
    expect(
      mapByHeuristics([
        field({ selector: '#employer', name: 'employer', label: 'Employer', section: 'Work Experience' }),
        field({ selector: '#title', name: 'jobTitle', label: 'Job Title', section: 'Work Experience' }),
      ]),
    ).toEqual({});
  });

  it('fills the first entry of a history whose note asks for the current or most recent job first', () => {
    const entry = (sectionNote: string) =>
      [
        ['#employer', 'Employer'],
        ['#title', 'Position held'],
        ['#from', 'Start date'],
        ['#to', 'End date'],
        ['#now', 'This is my current job'],
      ].map(([selector, label]) =>
        field({
          selector,
          type: selector === '#now' ? 'checkbox' : 'text',
          name: `Employment[0].${selector?.slice(1)}`,
          label,
          section: 'Previous Employment',
          sectionNote,
        }),
      );
    expect(mapByHeuristics(entry('Start with your current or most recent employer.'))).toEqual({
      '#employer': 'current_company',
      '#title': 'current_title',
      '#now': 'currently_employed',
    });
    expect(mapByHeuristics(entry('List every job of the past ten years.'))).toEqual({});
  });

  it('gives the phone to the parts of one split number, not to an alternate number split alike', () => {
    const part = (selector: string, label: string, first: string, index: number, maxLength: number) =>
      field({
        selector,
        type: 'tel',
        name: selector.slice(1),
        label,
        maxLength,
        split: { first, index, sizes: [3, 8] },
      });
    const map = mapByHeuristics([
      part('#pArea', 'Primary Phone', '#pArea', 0, 3),
      part('#pNumber', 'Primary phone number', '#pArea', 1, 8),
      part('#aArea', 'Alternate Phone', '#aArea', 0, 3),
      part('#aNumber', 'Alternate phone number', '#aArea', 1, 8),
    ]);
    expect(map).toEqual({ '#pArea': 'phone', '#pNumber': 'phone' });
  });

  it("leaves a job entry's town to the person, whatever its part's heading, when the part asks the employer and a period", () => {
    const inPart = (selector: string, label: string) =>
      field({ selector, label, section: 'Experience', sectionNote: 'Start with your current job.' });
    expect(
      mapByHeuristics([inPart('#employer', 'Employer Name'), inPart('#end', 'End Date'), inPart('#city', 'City')]),
    ).toEqual({ '#employer': 'current_company' });
    // The person's own town in a part that asks no employer stays theirs.
    expect(mapByHeuristics([inPart('#city', 'City'), inPart('#end', 'End Date')])).toEqual({ '#city': 'city' });
  });

  it('leaves the start of an employment (an end date beside it) alone, and ticks "I currently work here"', () => {
    const job = 'Employer 1 (current or most recent)';
    const start = field({ selector: '#start', name: 'employments[0][start_date]', label: 'Start Date', section: job });
    const end = field({ selector: '#end', name: 'employments[0][end_date]', label: 'End Date', section: job });
    const now = field({
      selector: '#now',
      type: 'checkbox',
      name: 'employments[0][current]',
      label: 'I currently work here',
      section: job,
    });
    expect(mapByHeuristics([start, end, now])).toEqual({ '#now': 'currently_employed' });
    // The list's note under its heading says which entry comes first.
    const first = (selector: string, label: string, type = 'text') =>
      field({ selector, type, label, section: 'Employer 1', sectionNote: 'List your most recent employer first.' });
    expect(
      mapByHeuristics([
        first('#company', 'Company'),
        first('#title', 'Title'),
        first('#from', 'Start Month'),
        first('#here', 'Currently employed here', 'checkbox'),
      ]),
    ).toEqual({ '#company': 'current_company', '#title': 'current_title', '#here': 'currently_employed' });
    expect(mapByHeuristics([field({ selector: '#when', label: 'Start Date', section: 'Availability' })])).toEqual({
      '#when': 'start_date',
    });
  });

  it('gives the current job asked in an education-and-experience part in Dutch to the person', () => {
    const part = (selector: string, label: string) => field({ selector, label, section: 'Opleiding en ervaring' });
    expect(mapByHeuristics([part('#employer', 'Huidige werkgever'), part('#title', 'Huidige functie')])).toEqual({
      '#employer': 'current_company',
      '#title': 'current_title',
    });
  });

  it('gives the resume both to the choice of how to provide it and to the upload it leads to (Taleo)', () => {
    const ways = ['Upload a resume file (recommended)', 'Copy and paste my resume as text'].map((text) => ({
      value: text,
      text,
    }));
    expect(
      mapByHeuristics([
        field({
          selector: '#how',
          type: 'radio',
          group: 'how',
          label: 'How would you like to provide your resume?',
          options: ways,
        }),
        field({ selector: '#file', type: 'file', label: 'Resume file' }),
        field({ selector: '#other', type: 'file', label: 'Resume (second copy)' }),
      ]),
    ).toEqual({ '#how': 'resume_upload', '#file': 'resume_upload' });
  });

  it('answers a bar of years asked as yes or no beside the years themselves', () => {
    const yesNo = [
      { value: 'Yes', text: 'Yes' },
      { value: 'No', text: 'No' },
    ];
    const buckets = ['3–5 years', '6–8 years', '9+ years'].map((text) => ({ value: text, text }));
    expect(
      mapByHeuristics([
        field({
          selector: '#years',
          tag: 'select',
          type: 'select-one',
          label: 'Years of experience',
          options: buckets,
        }),
        field({
          selector: '#bar',
          type: 'radio',
          group: 'bar',
          label: 'Do you have at least 8 years of hands-on data engineering experience?',
          options: yesNo,
        }),
      ]),
    ).toEqual({ '#years': 'years_experience', '#bar': 'years_experience' });
  });

  it('gives the pay wanted and the earliest start asked in a part holding a period to the person (questions after an education block)', () => {
    const inEducation = (selector: string, label: string) => field({ selector, label, section: 'Education' });
    expect(
      mapByHeuristics([
        inEducation('#startYear', 'Start date year'),
        inEducation('#endYear', 'End date year'),
        inEducation('#employer', 'Current or most recent employer'),
        inEducation('#salary', 'What are your base salary expectations for this role? (USD, annual)'),
        inEducation('#start', 'What is the earliest date you could start? (MM/DD/YYYY)'),
      ]),
    ).toEqual({ '#employer': 'current_company', '#salary': 'salary_expectation', '#start': 'start_date' });
  });

  it('leaves an entry whose dates are parts of their own and whose box says "Current role" alone (Greenhouse employment)', () => {
    const inPart = (selector: string, label: string, section: string, type = 'text') =>
      field({ selector, type, label, section });
    const entry = [
      inPart('#company', 'Company name', 'Employment'),
      inPart('#title', 'Title', 'Employment'),
      inPart('#startMonth', 'Start date Month', 'Start date'),
      inPart('#startYear', 'Start date Year', 'Start date'),
      inPart('#endMonth', 'End date Month', 'End date'),
      inPart('#endYear', 'End date Year', 'End date'),
      inPart('#current', 'Current role', 'Employment', 'checkbox'),
    ];
    expect(mapByHeuristics(entry)).toEqual({});
    // A start date in a part of its own with no end after it asks when the person can start.
    expect(
      mapByHeuristics([
        inPart('#startMonth', 'Start date Month', 'Start date'),
        inPart('#salary', 'Desired salary', 'Pay'),
      ]),
    ).toEqual({ '#startMonth': 'start_date', '#salary': 'salary_expectation' });
  });
});

describe('facts a form asks twice in other words', () => {
  const yesNoRadio = (selector: string, label: string) =>
    field({
      selector,
      type: 'radio',
      name: selector.slice(1),
      group: selector.slice(1),
      label,
      options: yesNo.slice(1),
    });

  it('answers the right to work and sponsorship each time they are asked', () => {
    const map = mapByHeuristics([
      yesNoRadio('#auth', 'Are you authorized to work in the US?'),
      yesNoRadio('#sponsor', 'Will you require sponsorship?'),
      yesNoRadio('#w2', 'Can you work on our W-2 for this client without anyone sponsoring your visa?'),
      yesNoRadio('#case', 'Would you need us to support an immigration case for you?'),
    ]);
    expect(map).toEqual({
      '#auth': 'work_authorization',
      '#sponsor': 'sponsorship',
      '#w2': 'work_authorization',
      '#case': 'sponsorship',
    });
  });

  it('asks whether the person works both of a list of employment statuses and of a statement ticked when true', () => {
    const statuses = ['Currently employed', 'Not currently employed', 'Full-time student'];
    const status = field({
      selector: '#status',
      label: 'Employment Status',
      type: 'radio',
      group: 'emp_status',
      options: statuses.map((text) => ({ value: text, text })),
    });
    const statement = 'I currently hold a full-time or part-time job.';
    const box = field({
      selector: '#held',
      label: statement,
      type: 'checkbox',
      options: [{ value: 'on', text: statement }],
    });
    expect(mapByHeuristics([status, box])).toEqual({ '#status': 'currently_employed', '#held': 'currently_employed' });
  });

  it('asks the pronouns of each box of a list of pronoun sets drawn as boxes of their own, under a legend asking them', () => {
    const box = (selector: string, text: string) =>
      field({
        selector,
        label: text,
        type: 'checkbox',
        section: 'Pronouns (select all that apply)',
        options: [{ value: 'on', text }],
      });
    expect(mapByHeuristics([box('#she', 'she/her'), box('#they', 'they/them')])).toEqual({
      '#she': 'pronouns',
      '#they': 'pronouns',
    });
    expect(mapByHeuristics([{ ...box('#she', 'she/her'), section: 'Languages' }])).toEqual({});
  });

  it('gives the start to windows picked beside the date typed', () => {
    const date = field({ selector: '#start', label: 'When could you start?' });
    const windows = ['Immediately', 'Within 2 weeks', '1–3 months'].map((text) => ({ value: text, text }));
    const soon = field({
      selector: '#soon',
      label: 'How soon can you start?',
      tag: 'select',
      type: 'select-one',
      options: windows,
    });
    expect(mapByHeuristics([date, soon])).toEqual({ '#start': 'start_date', '#soon': 'start_date' });
  });

  it('names a field alone in its part, whose label names nothing, by the heading over it', () => {
    const message = field({
      selector: '#message',
      label: 'Let the company know about your interest working there',
      section: 'Message to the Hiring Team',
      tag: 'textarea',
      type: 'textarea',
    });
    expect(mapByHeuristics([message])).toEqual({ '#message': 'cover_letter' });
    // Beside another field of the same part, the heading is the part's, not the box's.
    const essay = field({
      selector: '#essay',
      label: 'Why logistics?',
      section: 'Message to the Hiring Team',
      tag: 'textarea',
      type: 'textarea',
    });
    expect(mapByHeuristics([message, essay])).toEqual({});
  });

  it('gives the cover letter to a box offered instead of its upload, and leaves the upload', () => {
    const upload = field({ selector: '#letter-file', label: 'Cover letter (optional)', type: 'file' });
    const box = field({
      selector: '#letter-text',
      label: '...or write it here',
      name: 'cover_letter_text',
      tag: 'textarea',
      type: 'textarea',
    });
    expect(mapByHeuristics([upload, box])).toEqual({ '#letter-text': 'cover_letter' });
    const notes = field({
      selector: '#notes',
      label: 'Anything else?',
      name: 'cover_letter_notes',
      tag: 'textarea',
      type: 'textarea',
    });
    expect(mapByHeuristics([upload, notes])).toEqual({ '#letter-file': 'cover_letter' });
    // A box that only offers itself right after the upload asks what the upload asks.
    const paste = field({ selector: '#paste', label: '— or paste it here —', tag: 'textarea', type: 'textarea' });
    expect(mapByHeuristics([upload, paste])).toEqual({ '#paste': 'cover_letter' });
    // …but one offered for the resume's text after it is no letter's.
    const resumeText = field({
      selector: '#cv-text',
      label: 'Or paste your resume',
      tag: 'textarea',
      type: 'textarea',
    });
    expect(mapByHeuristics([upload, resumeText])).toEqual({ '#letter-file': 'cover_letter' });
    // An upload that points at the box for the text ("…or write your letter in the box below") gives it the letter.
    const pointing = field({
      selector: '#letter-pdf',
      label: 'Cover letter Upload a PDF here, or write your letter in the box under “Statements” instead.',
      type: 'file',
    });
    const statement = field({ selector: '#statement', label: 'Cover letter', tag: 'textarea', type: 'textarea' });
    expect(mapByHeuristics([pointing, statement])).toEqual({ '#statement': 'cover_letter' });
    expect(mapByHeuristics([upload, statement])).toEqual({ '#letter-file': 'cover_letter' });
  });

  it('gives the years to the total before a line of work, and to a line when no total is asked', () => {
    const inLine = field({ selector: '#retail', label: 'How long have you worked in a grocery or retail store?' });
    const total = field({ selector: '#total', label: 'How many years of work experience do you have in total?' });
    expect(mapByHeuristics([inLine, total])).toEqual({ '#total': 'years_experience' });
    const asRole = field({ selector: '#role', label: 'How long have you worked as a data engineer?' });
    expect(mapByHeuristics([asRole])).toEqual({ '#role': 'years_experience' });
    // A role beside the total is asked too: the fill answers it when the role is the person's title.
    expect(mapByHeuristics([total, asRole])).toEqual({ '#total': 'years_experience', '#role': 'years_experience' });
    // So is one kind of work done professionally: the fill answers it in the person's own line only.
    const building = field({
      selector: '#building',
      label: 'How many years have you been building data pipelines professionally?',
    });
    expect(mapByHeuristics([total, building])).toEqual({
      '#total': 'years_experience',
      '#building': 'years_experience',
    });
    const inBuilding = field({
      selector: '#etl',
      label: 'How many years of experience do you have in building ETL / data pipelines?',
    });
    expect(mapByHeuristics([total, inBuilding])).toEqual({
      '#total': 'years_experience',
      '#etl': 'years_experience',
    });
    // The same wording for both: the one that says it asks the total takes it, wherever it stands.
    const driving = field({
      selector: '#driving',
      label: 'How many years of verifiable tractor-trailer driving experience do you have?',
    });
    const anyField = field({
      selector: '#any',
      label: 'How many years of total work experience do you have (any field)?',
    });
    expect(mapByHeuristics([driving, anyField])['#any']).toBe('years_experience');
    // Lines of work only, one named in many words: each is asked (the fill answers the person's own).
    const compliance = field({
      selector: '#dot',
      label: 'How many years of DOT / FMCSA compliance experience do you have?',
    });
    const data = field({
      selector: '#data',
      label: 'How many years working with data and reporting tools (Excel, SQL, BI)?',
    });
    expect(mapByHeuristics([compliance, data])).toEqual({ '#dot': 'years_experience', '#data': 'years_experience' });
    const crm = field({
      selector: '#crm',
      label: "How many years have you worked with a fundraising CRM such as Blackbaud Raiser's Edge NXT?",
    });
    const pipelines = field({
      selector: '#pipes',
      label: 'Years of experience building data integrations or pipelines',
    });
    expect(mapByHeuristics([crm, pipelines])).toEqual({ '#crm': 'years_experience', '#pipes': 'years_experience' });
    // An industry named in many words is a line too: it takes nothing from the line before it.
    const engineering = field({ selector: '#eng', label: 'Years of experience in data engineering' });
    const airline = field({ selector: '#air', label: 'Years of airline or travel-industry data experience' });
    expect(mapByHeuristics([engineering, airline])).toEqual({ '#eng': 'years_experience', '#air': 'years_experience' });
  });
});

describe('a start question with a box for the day', () => {
  it('gives the start to the box asked for the day when a window says so, right after the windows', () => {
    const windows = field({
      selector: '#when',
      type: 'radio',
      label: 'When are you available to start?',
      options: ['Immediately', 'Within 2 weeks', 'On a specific date'].map((text) => ({ value: text, text })),
    });
    const day = field({ selector: '#day', type: 'date', label: 'If on a specific date, which date?' });
    const other = field({ selector: '#other', type: 'date', label: 'If other, what date did you graduate?' });
    expect(mapByHeuristics([windows, day])).toEqual({ '#when': 'start_date', '#day': 'start_date' });
    expect(mapByHeuristics([other])).toEqual({});
  });
});

describe('the current job asked twice', () => {
  const asked = field({
    selector: '#employed',
    type: 'radio',
    name: 'CurrentlyEmployed',
    group: 'CurrentlyEmployed',
    label: 'Are you currently employed?',
    options: [
      { value: 'Y', text: 'Yes' },
      { value: 'N', text: 'No' },
    ],
  });
  const entry = (index: number) => [
    field({ selector: `#employer${index}`, name: `jobs[${index}].employer`, label: 'Company Name' }),
    field({ selector: `#title${index}`, name: `jobs[${index}].title`, label: 'Job Title' }),
    field({ selector: `#end${index}`, name: `jobs[${index}].end`, label: 'End Date' }),
    field({ selector: `#present${index}`, type: 'checkbox', name: `jobs[${index}].present`, label: 'Present' }),
  ];

  it("ticks the current job's own box though a question took the canonical, and no other entry's", () => {
    expect(mapByHeuristics([asked, ...entry(0), ...entry(1)])).toEqual({
      '#employed': 'currently_employed',
      '#employer0': 'current_company',
      '#title0': 'current_title',
      '#present0': 'currently_employed',
    });
    // SuccessFactors words the box "Present Employer".
    const worded = entry(0).map((one) => (one.type === 'checkbox' ? { ...one, label: 'Present Employer' } : one));
    expect(mapByHeuristics([asked, ...worded])['#present0']).toBe('currently_employed');
  });

  it('reads "Position" right after the current employer in its part as the title there, and alone as nothing', () => {
    const part = { section: 'Current employment' };
    const employer = field({ selector: '#org', name: 'f12', label: 'Organization', ...part });
    const position = field({ selector: '#pos', name: 'f13', label: 'Position', ...part });
    expect(mapByHeuristics([employer, position])).toEqual({ '#org': 'current_company', '#pos': 'current_title' });
    expect(mapByHeuristics([position])).toEqual({});
    expect(mapByHeuristics([employer, { ...position, section: 'The opening' }])).toEqual({ '#org': 'current_company' });
    // A paper form's "Your position" beside "Present employer".
    const yours = field({ selector: '#yours', name: 'C5', label: 'Your position', ...part });
    const present = field({ selector: '#org', name: 'C4', label: 'Present employer', ...part });
    expect(mapByHeuristics([present, yours])).toEqual({ '#org': 'current_company', '#yours': 'current_title' });
    // The same under a part of schooling and experience, in Czech and in Italian.
    const czech = { section: 'Vzdělání a praxe' };
    const employerCz = field({ selector: '#org', label: 'Současný nebo poslední zaměstnavatel', ...czech });
    const positionCz = field({ selector: '#pos', label: 'Pracovní pozice', ...czech });
    expect(mapByHeuristics([employerCz, positionCz])).toEqual({ '#org': 'current_company', '#pos': 'current_title' });
    // A statement of specialized experience and the years of the work both ask within a line.
    const specialized = field({
      selector: '#s',
      type: 'radio',
      label: 'Which statement best describes your specialized experience?',
      options: [{ value: 'A', text: 'A. I have at least one full year of specialized experience' }],
    });
    const years = field({
      selector: '#y',
      type: 'radio',
      label: 'How many years of experience do you have building and operating data pipelines?',
      options: [{ value: 'D', text: 'D. At least 6 years but less than 9 years' }],
    });
    expect(mapByHeuristics([specialized, years])).toEqual({ '#s': 'years_experience', '#y': 'years_experience' });
    // The employer asked again among the posting's questions.
    const asked = field({ selector: '#q', label: 'Who is your current (or most recent) employer?' });
    const company = field({ selector: '#co', label: 'Current company' });
    expect(mapByHeuristics([company, asked])).toEqual({ '#co': 'current_company', '#q': 'current_company' });
    const italian = { section: 'Istruzione ed esperienza' };
    const employerIt = field({ selector: '#org', label: 'Azienda attuale o ultima', ...italian });
    const roleIt = field({ selector: '#pos', label: 'Mansione / ruolo ricoperto', ...italian });
    expect(mapByHeuristics([employerIt, roleIt])).toEqual({ '#org': 'current_company', '#pos': 'current_title' });
  });

  it("gives the job held now both to its own boxes and to a work history's first entry, not to a later one", () => {
    const fields = [
      field({ selector: '#title', name: 'Current_Job_Title', label: 'Current Job Title' }),
      field({ selector: '#employer', name: 'Current_Employer', label: 'Current Employer' }),
      field({ selector: '#occ0', name: 'Experience_Details[0].Occupation', label: 'Occupation / Title' }),
      field({ selector: '#co0', name: 'Experience_Details[0].Company', label: 'Company', placeholder: 'Company' }),
      field({ selector: '#co1', name: 'Experience_Details[1].Company', label: 'Company', placeholder: 'Company' }),
    ];
    expect(mapByHeuristics(fields)).toEqual({
      '#title': 'current_title',
      '#employer': 'current_company',
      '#occ0': 'current_title',
      '#co0': 'current_company',
    });
    // Entries told apart by their parts' titles ("Employment 1"), a question asking the title again after them.
    const entries = [
      field({ selector: '#c0', name: 'company-name-0', label: 'Company name', section: 'Employment 1' }),
      field({ selector: '#t0', name: 'title-0', label: 'Title', section: 'Employment 1' }),
      field({ selector: '#c1', name: 'company-name-1', label: 'Company name', section: 'Employment 2' }),
      field({ selector: '#q', name: 'question_31187006', label: 'What is your current or most recent job title?' }),
    ];
    expect(mapByHeuristics(entries)).toEqual({
      '#c0': 'current_company',
      '#t0': 'current_title',
      '#q': 'current_title',
    });
  });
});

describe("boxes that look like the person's but are not, or ask twice", () => {
  it('leaves a mailing block beside the home address empty, though the home box for a part is not shown yet', () => {
    const home = { section: 'Home Address' };
    const mail = { section: 'Mailing Address' };
    const fields = [
      field({ selector: '#street', name: 'applicant[address1]', label: 'Street Address', ...home }),
      field({ selector: '#city', name: 'applicant[city]', label: 'City', ...home }),
      field({ selector: '#mstreet', name: 'applicant[mail_address1]', label: 'Mailing Address', ...mail }),
      field({
        selector: '#mstate',
        tag: 'select',
        type: 'select-one',
        name: 'applicant[mail_state]',
        label: 'State',
        options: ['--', 'Alabama', 'California'].map((text) => ({ value: text, text })),
        ...mail,
      }),
    ];
    expect(mapByHeuristics(fields)).toEqual({ '#street': 'address_line1', '#city': 'city' });
    // A mailing address asked alone is the person's address.
    expect(mapByHeuristics(fields.slice(2))).toEqual({ '#mstreet': 'address_line1', '#mstate': 'region' });
  });

  it("leaves a site search's box alone, whatever its label", () => {
    expect(mapByHeuristics([field({ selector: '#s', name: 'ctl00$txtJobSearchZip', label: 'ZIP' })])).toEqual({});
  });

  it('gives pay asked per hour and per year side by side to both boxes', () => {
    const hourly = field({ selector: '#h', name: 'txtDesiredPayHourly', label: 'Desired pay', hint: 'per hour' });
    const annual = field({ selector: '#a', name: 'txtDesiredPayAnnual', label: 'Desired pay', hint: 'per year' });
    expect(mapByHeuristics([hourly, annual])).toEqual({ '#h': 'salary_expectation', '#a': 'salary_expectation' });
  });

  it("gives a paper form's area-code and number boxes the phone, and leaves the alternate pair", () => {
    const boxes = [
      field({ selector: '#a8', name: 'A8', label: 'Area code', hint: '(Area)', maxLength: 3 }),
      field({ selector: '#a9', name: 'A9', label: 'Telephone number', hint: 'Telephone 555-1234', maxLength: 8 }),
      field({ selector: '#a10', name: 'A10', label: 'Area code', hint: '(Area)', maxLength: 3 }),
      field({ selector: '#a11', name: 'A11', label: 'Message / alternate number', maxLength: 8 }),
    ];
    expect(mapByHeuristics(boxes)).toEqual({ '#a8': 'phone', '#a9': 'phone' });
    // A date's Month, Day and Year boxes under one question are parts of one value, told apart by their own captions.
    const question = 'Date available to start';
    const months = [{ value: '1', text: 'January' }];
    const parts = [
      field({
        selector: '#m',
        id: 'start-month',
        label: question,
        nearbyText: 'Month',
        tag: 'select',
        type: 'select-one',
        options: months,
      }),
      field({ selector: '#d', id: 'start-day', label: question, nearbyText: 'Day', type: 'number' }),
      field({ selector: '#y', id: 'start-year', label: question, nearbyText: 'Year', type: 'number' }),
    ];
    expect(mapByHeuristics(parts)).toEqual({ '#m': 'start_date', '#d': 'start_date', '#y': 'start_date' });
  });

  it("gives a salary range's bottom box the person's figure and leaves its top box to them", () => {
    const question = 'What are your salary expectations? (USD, gross per year)';
    const from = field({ selector: '#min', name: 'answers[3][min]', label: `${question} From`, placeholder: 'From' });
    const to = field({ selector: '#max', name: 'answers[3][max]', label: `${question} To`, placeholder: 'To' });
    expect(mapByHeuristics([from, to])).toEqual({ '#min': 'salary_expectation' });
    // The pair's qualifier in brackets after its end word.
    const low = field({ selector: '#low', name: 'a10', label: 'Salary expectation – from (USD, annual base) *' });
    const high = field({ selector: '#high', name: 'a11', label: 'Salary expectation – to (USD, annual base)' });
    expect(mapByHeuristics([low, high])).toEqual({ '#low': 'salary_expectation' });
  });
});

describe('a yes/no answer and a list of statuses', () => {
  it('gives the right to work to the question that can say yes, not to the visa-status list', () => {
    const statuses = ['US Citizen', 'Green Card', 'H1B', 'TN Visa'].map((text) => ({ value: text, text }));
    const status = field({
      selector: '#status',
      tag: 'select',
      type: 'select-one',
      name: 'workAuthorization',
      label: 'Work Authorization',
      options: [{ value: '', text: 'Select' }, ...statuses],
    });
    const question = field({
      selector: '#q',
      tag: 'select',
      type: 'select-one',
      name: 'job_questions[7732]',
      label: 'Are you currently authorized to work in the United States without sponsorship?',
      options: [
        { value: '', text: 'Select' },
        { value: 'y', text: 'Yes, I am authorized to work without sponsorship' },
        { value: 'n', text: 'No, I will require sponsorship' },
      ],
    });
    expect(mapByHeuristics([status, question])).toEqual({ '#q': 'work_authorization' });
    expect(mapByHeuristics([status])).toEqual({ '#status': 'work_authorization' });
  });

  it('asks the right to work again in a list of sentences saying yes and no, beside a statement ticked in a checklist', () => {
    const statement = field({
      selector: '#eligible',
      type: 'checkbox',
      label: 'I am legally eligible to work in the U.S.',
      options: [{ value: 'on', text: 'I am legally eligible to work in the U.S.' }],
    });
    const sentences = [
      'I am authorized to work in the U.S. and do not need sponsorship',
      'I am authorized now but will need sponsorship later',
      'I need sponsorship to work in the U.S.',
      'I am not authorized to work in the U.S.',
    ].map((text, index) => ({ value: String(index + 1), text }));
    const status = field({
      selector: '#status',
      tag: 'select',
      type: 'select-one',
      label: 'Work authorization',
      options: [{ value: '', text: '-- Select --' }, ...sentences],
    });
    expect(mapByHeuristics([statement, status])).toEqual({
      '#eligible': 'work_authorization',
      '#status': 'work_authorization',
    });
    // So does a list of countries to tick: the person's own is the yes.
    const countries = field({
      selector: '#countries',
      type: 'checkbox',
      group: 'countries',
      label: 'In which countries are you currently authorized to work? (select all that apply)',
      options: ['United States', 'Canada', 'United Kingdom', 'European Union'].map((text) => ({ value: text, text })),
    });
    expect(mapByHeuristics([statement, countries])).toEqual({
      '#eligible': 'work_authorization',
      '#countries': 'work_authorization',
    });
  });

  it('asks where the person lives through a relocation question one of whose answers says they already live there', () => {
    const relocation = field({
      selector: '#relocate',
      type: 'radio',
      label: 'Would you relocate to San Francisco for this role?',
      options: ['Yes', 'No', 'I already live in the Bay Area'].map((text) => ({ value: text, text })),
    });
    expect(mapByHeuristics([relocation])).toEqual({ '#relocate': 'country' });
    expect(mapByHeuristics([{ ...relocation, options: relocation.options.slice(0, 2) }])).toEqual({});
  });

  it("asks another country's visa-status list too when it keeps an option for those living elsewhere", () => {
    const statuses = ['Employment visa', 'Golden visa', 'Visit visa', 'Not residing in the UAE (no UAE visa)'];
    const status = field({
      selector: '#status',
      tag: 'select',
      type: 'select-one',
      label: 'Current UAE Visa Status',
      options: statuses.map((text) => ({ value: text, text })),
    });
    const question = field({
      selector: '#q',
      type: 'radio',
      label: 'Do you hold a valid work visa for the UAE?',
      options: ['Yes', 'No'].map((text) => ({ value: text, text })),
    });
    expect(mapByHeuristics([status, question])).toEqual({ '#status': 'sponsorship', '#q': 'sponsorship' });
    const withoutAbroad = { ...status, options: status.options.slice(0, 3) };
    expect(mapByHeuristics([withoutAbroad, question])).toEqual({ '#q': 'sponsorship' });
  });
});

describe("a currency picker drawn as the pay's add-on", () => {
  it('takes the currency it shows, or is named for, beside the pay asked for', () => {
    const pay = field({ selector: '#pay', name: 'salary', label: 'Expected base salary' });
    const shown = field({ selector: '#cur', tag: 'combobox', type: 'combobox', label: '', nearbyText: 'CAD' });
    expect(mapByHeuristics([pay, shown])).toEqual({ '#pay': 'salary_expectation', '#cur': 'salary_currency' });
    const named = field({ selector: '#cur', tag: 'combobox', type: 'combobox', label: '', id: 'application_currency' });
    expect(mapByHeuristics([named, pay])).toEqual({ '#pay': 'salary_expectation', '#cur': 'salary_currency' });
    // A drawn picker's preset value is read as its hint (Element Plus: "NOK").
    const preset = field({ selector: '#cur', tag: 'combobox', type: 'combobox', label: '', hint: 'NOK' });
    expect(mapByHeuristics([pay, preset])).toEqual({ '#pay': 'salary_expectation', '#cur': 'salary_currency' });
    // Away from the pay, or showing something else, it is no currency of it.
    const city = field({ selector: '#city', label: 'City' });
    expect(mapByHeuristics([pay, city, shown])).toEqual({ '#pay': 'salary_expectation', '#city': 'city' });
    const size = field({ selector: '#size', tag: 'combobox', type: 'combobox', label: '', nearbyText: 'Medium' });
    expect(mapByHeuristics([pay, size])).toEqual({ '#pay': 'salary_expectation' });
  });
});

describe("the degree asked beside a school entry's own", () => {
  it('gives it to the question too, though its name says education (SmartRecruiters)', () => {
    const options = ['Select', 'Secondary school', "Bachelor's degree", "Master's degree"].map((text) => ({
      value: text,
      text,
    }));
    const fields = [
      field({ selector: '#inst', name: 'education[0].institution', label: 'Institution *' }),
      field({ selector: '#deg', name: 'education[0].degree', label: 'Degree' }),
      field({
        selector: '#q',
        name: 'q-8c1e4a76-education',
        tag: 'select',
        type: 'select-one',
        label: 'Highest level of education',
        options,
      }),
    ];
    expect(mapByHeuristics(fields)).toEqual({ '#inst': 'school', '#deg': 'degree', '#q': 'degree' });
  });

  it('gives it to the degree asked after the school in one part with the highest level above it (JobAps)', () => {
    const levels = ['--', 'High school', "Bachelor's degree", "Master's degree"].map((text) => ({ value: text, text }));
    const degrees = ['--', 'AA/AS', 'BA/BS', 'MA/MS'].map((text) => ({ value: text, text }));
    const select = { tag: 'select', type: 'select-one' } as const;
    const fields = [
      field({
        ...select,
        selector: '#level',
        name: 'EDLEVEL',
        label: 'Highest level of education completed',
        options: levels,
      }),
      field({ selector: '#college', name: 'COL1NAME', label: 'Name of college or university' }),
      field({ ...select, selector: '#deg', name: 'COL1DEG', label: 'Degree', options: degrees }),
    ];
    expect(mapByHeuristics(fields)).toEqual({ '#level': 'degree', '#college': 'school', '#deg': 'degree' });
  });

  it("gives it to a school entry named for its details too (Zoho's `Educational_Details[0].Degree`)", () => {
    const fields = [
      field({
        selector: '#q',
        tag: 'select',
        type: 'select-one',
        label: 'Highest Qualification Held',
        options: [
          { value: 'BA', text: "Bachelor's Degree" },
          { value: 'MA', text: "Master's Degree" },
        ],
      }),
      field({ selector: '#inst', name: 'Educational_Details[0].Institute_School', label: 'Institute / School' }),
      field({ selector: '#deg', name: 'Educational_Details[0].Degree', label: 'Degree' }),
    ];
    expect(mapByHeuristics(fields)).toEqual({ '#q': 'degree', '#inst': 'school', '#deg': 'degree' });
  });
});

describe('a dial-code picker named by what it shows', () => {
  it('asks for the country code when it sits right before the phone', () => {
    const picker = field({ selector: '#flag', tag: 'combobox', type: 'combobox', label: 'Israel: +972' });
    const phone = field({ selector: '#phone', type: 'tel', label: 'Phone' });
    expect(mapByHeuristics([picker, phone])).toEqual({ '#flag': 'phone_country_code', '#phone': 'phone' });
    expect(mapByHeuristics([phone, picker])).toEqual({ '#phone': 'phone' });
    expect(
      mapByHeuristics([field({ selector: '#x', tag: 'combobox', type: 'combobox', label: 'Size: M' }), phone]),
    ).toEqual({ '#phone': 'phone' });
  });

  it("reads a 'Select country' picker under the phone's question, showing a dial code before the box, as its country code", () => {
    const picker = field({
      selector: '#flag',
      tag: 'combobox',
      type: 'combobox',
      label: 'Select country',
      nearbyText: 'Phone *',
    });
    const phone = field({ selector: '#phone', type: 'tel', label: 'Phone *', nearbyText: '🇺🇸 United States +1' });
    expect(mapByHeuristics([picker, phone])).toEqual({ '#flag': 'phone_country_code', '#phone': 'phone' });
    // The person's country asked before the phone is the country.
    const country = field({ selector: '#country', tag: 'combobox', type: 'combobox', label: 'Country' });
    const afterCountry = field({ selector: '#phone', type: 'tel', label: 'Phone', nearbyText: 'Country' });
    expect(mapByHeuristics([country, afterCountry])).toEqual({ '#country': 'country', '#phone': 'phone' });
  });

  it('reads an unlabelled select of dial codes before the phone as its country code', () => {
    const options = (texts: string[]) => texts.map((text) => ({ value: text, text }));
    const codes = field({
      selector: '#code',
      tag: 'select',
      type: 'select-one',
      options: options(['+91', '+1', '+44']),
    });
    const phone = field({ selector: '#phone', type: 'tel', label: 'Mobile' });
    expect(mapByHeuristics([codes, phone])).toEqual({ '#code': 'phone_country_code', '#phone': 'phone' });
    // A picker labelled only "Code", or drawn as the phone box's "+44" add-on.
    const code = field({ selector: '#code', tag: 'combobox', type: 'combobox', label: 'Code' });
    expect(mapByHeuristics([code, phone])).toEqual({ '#code': 'phone_country_code', '#phone': 'phone' });
    // "Area code", as Chinese forms call the calling code of a picker before the number.
    const area = field({ selector: '#code', tag: 'combobox', type: 'combobox', label: 'Area code' });
    expect(mapByHeuristics([area, phone])).toEqual({ '#code': 'phone_country_code', '#phone': 'phone' });
    const prepended = field({ selector: '#pre', tag: 'combobox', type: 'combobox', label: '' });
    const afterCode = field({ selector: '#phone', type: 'tel', label: 'Mobile', prefix: '+44' });
    expect(mapByHeuristics([prepended, afterCode])).toEqual({ '#pre': 'phone_country_code', '#phone': 'phone' });
    const sizes = field({
      selector: '#size',
      tag: 'select',
      type: 'select-one',
      options: options(['S', 'M', '+1 XL']),
    });
    expect(mapByHeuristics([sizes, phone])).toEqual({ '#phone': 'phone' });
  });

  it('reads an unlabelled picker showing a preset code before the phone as its country code', () => {
    const phone = field({ selector: '#phone', type: 'tel', label: 'Mobile number' });
    const preset = field({ selector: '#dial', tag: 'combobox', type: 'combobox', label: '', hint: '+86 China' });
    expect(mapByHeuristics([preset, phone])).toEqual({ '#dial': 'phone_country_code', '#phone': 'phone' });
    const shows = field({ selector: '#dial', tag: 'combobox', type: 'combobox', label: '', hint: 'Medium' });
    expect(mapByHeuristics([shows, phone])).toEqual({ '#phone': 'phone' });
  });

  it('reads a bare "Name" beside a first name and no last name as the family name (Vorname / Name)', () => {
    const map = mapByHeuristics([
      field({ selector: '#first', label: 'Vorname', name: 'F_PERS_VORNAME' }),
      field({ selector: '#name', label: 'Name *', name: 'F_PERS_NAME' }),
    ]);
    expect(map).toEqual({ '#first': 'first_name', '#name': 'last_name' });
    expect(mapByHeuristics([field({ selector: '#name', label: 'Name' })])).toEqual({ '#name': 'full_name' });
  });

  it('maps the radio groups of two instances of one component, named alike in each shadow root, apart', () => {
    const yesNo = [
      { value: 'yes', text: 'Yes' },
      { value: 'no', text: 'No' },
    ];
    const question = (host: string, label: string) =>
      field({
        selector: `ow-apply >>> ow-radio-group[name="${host}"] >>> input[type="radio"][name="choice"]`,
        type: 'radio',
        name: 'choice',
        group: 'choice',
        inShadowRoot: true,
        label,
        options: yesNo,
      });
    const authorized = question('authorized', 'Are you legally authorized to work in the United States?');
    const sponsor = question('sponsorship', 'Will you require us to sponsor a work visa, now or in the future?');
    expect(Object.values(mapByHeuristics([authorized, sponsor]))).toEqual(['work_authorization', 'sponsorship']);
  });

  it('reads a bare "Name" beside a surname and no first name as the given name (Name / Surname)', () => {
    const map = mapByHeuristics([
      field({ selector: '#name', label: 'Name *', name: 'candidate[given]' }),
      field({ selector: '#surname', label: 'Surname *', name: 'candidate[family]' }),
    ]);
    expect(map).toEqual({ '#name': 'first_name', '#surname': 'last_name' });
  });

  it('maps a question asked again beside the same fact of a job entry or of the profile, in French and Spanish', () => {
    const yesNo = [
      { value: 'oui', text: 'Oui' },
      { value: 'non', text: 'Non' },
    ];
    expect(
      mapByHeuristics([
        field({ selector: '#current', label: "J'occupe actuellement ce poste", type: 'checkbox' }),
        field({ selector: '#asked', label: 'Êtes-vous actuellement en poste ?', type: 'radio', options: yesNo }),
      ]),
    ).toEqual({ '#current': 'currently_employed', '#asked': 'currently_employed' });
    expect(
      mapByHeuristics([
        field({ selector: '#years', label: 'Años de experiencia', tag: 'select', type: 'select-one' }),
        field({
          selector: '#total',
          label: '¿Cuántos años de experiencia profesional tienes en total?',
          type: 'number',
        }),
      ]),
    ).toEqual({ '#years': 'years_experience', '#total': 'years_experience' });
  });
});
