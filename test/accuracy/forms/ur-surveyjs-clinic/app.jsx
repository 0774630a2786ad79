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
  title: 'Apply: Senior Data Engineer, Clinical Data',
  description: 'Takes about 8 minutes. Questions marked * are required.',
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
          type: 'dropdown', name: 'experience', title: 'Years of experience in data engineering or analytics', placeholder: 'Select…',
          choices: ['0–2 years', '3–5 years', '6–8 years', '9+ years'],
        },
        {
          type: 'radiogroup', name: 'degree', title: 'Highest degree completed', colCount: 2, showOtherItem: true, otherText: 'Other (describe)',
          choices: [{ value: 'hs', text: 'High school / GED' }, { value: 'assoc', text: 'Associate' }, { value: 'bachelor', text: "Bachelor's (BA/BS)" }, { value: 'master', text: "Master's" }, { value: 'doctorate', text: 'Doctorate' }],
        },
        { type: 'text', name: 'school', title: 'College or university' },
        { type: 'text', name: 'linkedin', title: 'LinkedIn profile URL', inputType: 'url' },
        { type: 'boolean', name: 'authorized', title: 'Are you legally authorized to work in the United States?', labelTrue: 'Yes', labelFalse: 'No', isRequired: true },
        { type: 'boolean', name: 'sponsorship', title: 'Will you require Marigold Health to sponsor a visa now or in the future?', labelTrue: 'Yes', labelFalse: 'No', isRequired: true },
        { type: 'text', name: 'start_date', title: 'Earliest start date', inputType: 'date' },
        { type: 'text', name: 'salary', title: 'Desired annual base salary (USD)', inputType: 'number', min: 0, startWithNewLine: false },
        { type: 'file', name: 'resume', title: 'Resume', description: 'PDF or Word, up to 5 MB', acceptedTypes: '.pdf,.doc,.docx', storeDataAsText: true, maxSize: 5242880 },
        { type: 'comment', name: 'cover_letter', title: 'Cover letter', description: 'Optional', rows: 5 },
        {
          type: 'checkbox', name: 'clinics', title: 'Which clinics could you visit once a quarter?', description: 'Select all that apply', colCount: 2,
          choices: ['Oakland – Temescal', 'San Francisco – Mission Bay', 'San Jose – Willow Glen', 'Sacramento – Midtown'],
        },
        { type: 'tagbox', name: 'languages', title: 'Languages you speak with patients', choices: ['English', 'Spanish', 'Tagalog', 'Vietnamese', 'Cantonese', 'Mandarin'], placeholder: 'Choose languages' },
        { type: 'ranking', name: 'priorities', title: 'Rank what matters most to you in your next role', choices: ['Mission', 'Compensation', 'Team', 'Flexibility'], selectToRankEnabled: true },
        { type: 'rating', name: 'posting_rating', title: 'How clear was this job description?', rateMin: 1, rateMax: 5, displayMode: 'buttons', minRateDescription: 'Confusing', maxRateDescription: 'Very clear' },
        { type: 'dropdown', name: 'source', title: 'How did you hear about this opening?', choices: ['LinkedIn', 'Indeed', 'A Marigold employee', 'Our patient newsletter', 'Other'], placeholder: 'Select…' },
        { type: 'comment', name: 'why_marigold', title: 'What draws you to healthcare data?', rows: 3 },
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
