/**
 * A job application page with 60 fields, as ATS forms look: contact and profile fields a user's
 * values can fill (labelled, some with autocomplete), then screening questions nobody autofills
 * (free text, selects, yes/no radios, consent checkboxes). Generated, so its size is exact.
 */

/** The user's own values, by canonical name. */
export const USER_VALUES: Record<string, string> = {
  first_name: 'Ada',
  last_name: 'Lovelace',
  full_name: 'Ada Lovelace',
  email: 'ada@example.com',
  phone: '+44 20 7946 0000',
  city: 'London',
  location: 'London, UK',
  country: 'United Kingdom',
  linkedin_url: 'https://linkedin.com/in/ada',
  github_url: 'https://github.com/ada',
  portfolio_url: 'https://ada.dev',
  website: 'https://ada.example.com',
  current_company: 'Analytical Engines',
  current_title: 'Engineer',
  years_experience: '7',
  salary_expectation: '90000',
  start_date: '2027-01-15',
  pronouns: 'she/her',
  work_authorization: 'Yes',
  sponsorship: 'No',
};

const PROFILE_FIELDS = [
  ['First name', 'first_name', 'given-name'],
  ['Last name', 'last_name', 'family-name'],
  ['Email', 'email', 'email'],
  ['Phone', 'phone', 'tel'],
  ['City', 'city', 'address-level2'],
  ['Current location', 'location', ''],
  ['LinkedIn profile', 'linkedin', 'url'],
  ['GitHub', 'github', ''],
  ['Portfolio', 'portfolio', ''],
  ['Personal website', 'website', ''],
  ['Current company', 'company', 'organization'],
  ['Current title', 'title', 'organization-title'],
  ['Years of experience', 'years', ''],
  ['Salary expectation', 'salary', ''],
  ['Earliest start date', 'start', ''],
  ['Full legal name', 'legal_name', 'name'],
] as const;

/** The page's HTML: 16 text fields, country and pronoun selects, 2 yes/no radio groups and 40 screening questions = 60 fields. */
export function sixtyFieldFormHtml(sdkScript: string): string {
  const fields: string[] = [];
  PROFILE_FIELDS.forEach(([label, name, autocomplete], i) => {
    fields.push(
      `<div><label for="p${i}">${label}</label><input id="p${i}" name="${name}"${autocomplete ? ` autocomplete="${autocomplete}"` : ''}></div>`,
    );
  });
  fields.push(
    '<div><label for="country">Country</label><select id="country" name="country"><option value="">Select…</option><option>United States</option><option>United Kingdom</option><option>Germany</option></select></div>',
  );
  fields.push(
    '<div><label for="pronouns">Pronouns</label><select id="pronouns" name="pronouns"><option value="">Select…</option><option>she/her</option><option>he/him</option><option>they/them</option></select></div>',
  );
  fields.push(yesNo('auth', 'Are you legally authorized to work in this country?'));
  fields.push(yesNo('sponsor', 'Will you now or in the future require visa sponsorship?'));
  for (let q = 0; q < 40; q += 1) fields.push(screeningQuestion(q));
  return `<!doctype html>
<html><head><meta charset="utf-8"><title>60-field application</title>
<script>
  // Installed before anything else runs, so every long task of the page is seen.
  window.longTasks = [];
  new PerformanceObserver((list) => { for (const entry of list.getEntries()) window.longTasks.push({ start: entry.startTime, duration: entry.duration }); }).observe({ type: 'longtask', buffered: true });
</script></head>
<body><form id="application">${fields.join('\n')}<button type="submit">Submit application</button></form>
<script src="${sdkScript}"></script></body></html>`;
}

function yesNo(name: string, question: string): string {
  return `<fieldset><legend>${question}</legend><label><input type="radio" name="${name}" value="Yes"> Yes</label><label><input type="radio" name="${name}" value="No"> No</label></fieldset>`;
}

function screeningQuestion(q: number): string {
  const label = `Screening question ${q + 1}: tell us about project ${String.fromCharCode(65 + (q % 26))}`;
  switch (q % 4) {
    case 0:
      return `<div><label for="q${q}">${label}</label><textarea id="q${q}" name="question_${q}"></textarea></div>`;
    case 1:
      return `<div><label for="q${q}">How did you hear about us (${q + 1})?</label><select id="q${q}" name="question_${q}"><option value="">Select…</option><option>Referral</option><option>Job board</option><option>Other</option></select></div>`;
    case 2:
      return `<div><label><input type="checkbox" name="consent_${q}" value="yes"> I agree to statement ${q + 1}</label></div>`;
    default:
      return `<div><label for="q${q}">${label}</label><input id="q${q}" name="question_${q}"></div>`;
  }
}
