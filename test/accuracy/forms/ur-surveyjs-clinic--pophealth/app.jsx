/**
 * A women's-health clinic network's careers page whose application is one SurveyJS page
 * (`survey-core` + `survey-react-ui` 3, default theme), the JSON written the way the SurveyJS
 * Creator saves it: a multipletext "Your name" question (First / Last item boxes in one table),
 * text questions with inputType email / tel / url / date / number (the phone placeholder carries
 * the +1), a dropdown country (popup list of choices with ISO values), a dropdown of experience
 * buckets, a radiogroup degree with an "Other (describe)" item, two boolean switches (authorized,
 * sponsorship; both start undecided), a file question (stores the file as data in the survey), a
 * comment cover letter, and to leave alone: a checkbox list of clinics, a tagbox of languages, a
 * ranking of priorities, a rating of the posting, "how did you hear", an essay comment, an SMS
 * boolean and the consent checkbox. A header search and a "Book a visit" box sit outside the survey.
 * The survey's data is rendered into <pre id="model">.
 */
import { useMemo, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { Model } from 'survey-core';
import { Survey } from 'survey-react-ui';
import 'survey-core/survey-core.fontless.css';

const COUNTRIES = [
  ['CA', 'Canada'], ['MX', 'Mexico'], ['US', 'United States'], ['UM', 'United States Minor Outlying Islands'], ['PR', 'Puerto Rico'],
  ['GB', 'United Kingdom'], ['IE', 'Ireland'], ['IN', 'India'], ['PH', 'Philippines'], ['AU', 'Australia'], ['DE', 'Germany'], ['BR', 'Brazil'],
];

const json = {
  title: 'Apply: Population Health Analyst',
  description: 'About 10 minutes. Required questions are marked *.',
  showQuestionNumbers: 'off',
  completeText: 'Submit application',
  completedHtml: '<div id="mg-done"><h3>Thank you for applying to Marigold Health.</h3><p>We will email you within ten business days.</p></div>',
  widthMode: 'static',
  width: '880px',
  pages: [
    {
      name: 'application',
      elements: [
        { type: 'multipletext', name: 'name', title: 'Your name', isRequired: true, colCount: 2, items: [{ name: 'first', title: 'First' }, { name: 'last', title: 'Last' }] },
        { type: 'text', name: 'email', title: 'Email', inputType: 'email', isRequired: true },
        { type: 'text', name: 'mobile', title: 'Mobile phone', inputType: 'tel', placeholder: '+1 (555) 000-0000', startWithNewLine: false },
        { type: 'dropdown', name: 'country', title: 'Country', choices: COUNTRIES.map(([value, text]) => ({ value, text })), placeholder: 'Select a country' },
        { type: 'text', name: 'city', title: 'City', startWithNewLine: false },
        { type: 'text', name: 'zip', title: 'ZIP / postal code', startWithNewLine: false, maxLength: 10 },
        { type: 'text', name: 'employer', title: 'Current employer' },
        { type: 'text', name: 'position', title: 'Current position', startWithNewLine: false },
        {
          type: 'dropdown', name: 'analytics_years', title: 'Years of professional analytics experience', placeholder: 'Select…',
          choices: ['Less than 2', '2–4', '5–7', '8 or more'],
        },
        {
          type: 'radiogroup', name: 'education_level', title: 'Education', colCount: 2, showOtherItem: true, otherText: 'Other (please specify)',
          choices: [{ value: 'none', text: 'No degree' }, { value: 'aa', text: 'Associate degree' }, { value: 'ba', text: 'Undergraduate degree (BA, BS)' }, { value: 'grad', text: 'Graduate degree (MPH, MS, MBA)' }, { value: 'phd', text: 'Doctorate' }],
        },
        { type: 'text', name: 'school', title: 'College or university' },
        { type: 'text', name: 'linkedin', title: 'LinkedIn profile URL', inputType: 'url' },
        { type: 'boolean', name: 'us_work_eligible', title: 'Are you eligible to work in the U.S. for any employer?', labelTrue: 'Yes', labelFalse: 'No', isRequired: true },
        { type: 'radiogroup', name: 'visa_needs', title: 'Visa sponsorship', isRequired: true, choices: ['I need sponsorship now', 'I will need sponsorship in the future', 'I do not need sponsorship'] },
        { type: 'text', name: 'available_from', title: 'Date you could start', inputType: 'date' },
        { type: 'text', name: 'pay_expectation', title: 'Base pay you are looking for (per year, USD)', inputType: 'number', min: 0, startWithNewLine: false },
        { type: 'file', name: 'resume', title: 'Resume', description: 'PDF or Word, up to 5 MB', acceptedTypes: '.pdf,.doc,.docx', storeDataAsText: true, maxSize: 5242880 },
        { type: 'comment', name: 'cover_letter', title: 'Cover letter', description: 'Optional', rows: 5 },
        {
          type: 'checkbox', name: 'measures', title: 'Which quality programs have you reported on?', description: 'Select all that apply', colCount: 2,
          choices: ['HEDIS', 'UDS', 'MIPS', 'Title X', 'None yet'],
        },
        { type: 'boolean', name: 'epic_clarity', title: 'Have you written queries against Epic Clarity or Caboodle?', labelTrue: 'Yes', labelFalse: 'No' },
        { type: 'tagbox', name: 'languages', title: 'Other languages you speak', choices: ['English', 'Spanish', 'Tagalog', 'Vietnamese', 'Cantonese', 'Mandarin'], placeholder: 'Choose languages' },
        { type: 'ranking', name: 'priorities', title: 'Rank what matters most to you in your next role', choices: ['Patient impact', 'Pay', 'Growth', 'Remote work'], selectToRankEnabled: true },
        { type: 'rating', name: 'posting_rating', title: 'How clear was this job description?', rateMin: 1, rateMax: 5, displayMode: 'buttons', minRateDescription: 'Confusing', maxRateDescription: 'Very clear' },
        { type: 'dropdown', name: 'referral_source', title: 'Where did you learn about this job?', choices: ['AcademyHealth job board', 'LinkedIn', 'Handshake', 'A Marigold employee', 'Other'], placeholder: 'Select…' },
        { type: 'comment', name: 'care_gap', title: 'Describe a care-gap or quality measure you have built.', rows: 3 },
        { type: 'boolean', name: 'sms', title: 'May we text you about interview scheduling?', labelTrue: 'Yes', labelFalse: 'No' },
        { type: 'checkbox', name: 'consent', title: 'Privacy', isRequired: true, choices: [{ value: 'agree', text: 'I have read the Marigold Health applicant privacy notice' }] },
      ],
    },
  ],
};

function summarize(data) {
  const out = { ...data };
  if (Array.isArray(out.resume)) out.resume = out.resume.map((file) => file.name);
  return out;
}

function App() {
  const survey = useMemo(() => new Model(json), []);
  const [data, setData] = useState({});
  survey.onValueChanged.clear();
  survey.onValueChanged.add((sender) => setData({ ...sender.data }));
  return (
    <>
      <Survey model={survey} />
      <pre id="model">{JSON.stringify(summarize(data), null, 1)}</pre>
    </>
  );
}

createRoot(document.getElementById('root')).render(<App />);
