/**
 * Another posting (Analytics Engineer, Clinical Operations) of the SurveyJS application below:
 * the same survey shell with another job's questions.
 *
 * A biotech startup's careers page whose application is a SurveyJS form (survey-core +
 * survey-react-ui 3.0.0, default theme): three pages behind SurveyJS's own Next / Previous /
 * "Submit application" navigation, question titles as <div class="sd-title"> tied to the inputs
 * by aria-labelledby (no <label for>), generated ids (sq_12i) given as questions render, a pattern-masked phone
 * "(999) 999-9999" whose value is saved without the mask, an Address panel, SurveyJS's own
 * dropdowns (a readonly role=combobox input, the chosen text in a span beside it, a popup list; no <select>), a Boolean
 * switch that enables employer and title (disabled until Yes), a radiogroup with "Other (describe)", a tagbox
 * multi-select, a matrix, a rating row, a `type=date` start date, a currency-masked salary
 * ("$150,000" shown, 150000 saved), a file question (SurveyJS 3 loads files only through its
 * "Select File" chooser or a drop; files set on the hidden input alone are ignored), a comment,
 * and a consent checkbox. The survey's data renders into <pre id="model">.
 */
import { useMemo, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { Model } from 'survey-core';
import { Survey } from 'survey-react-ui';
import 'survey-core/survey-core.fontless.css';

const STATES = ['Alabama', 'Alaska', 'Arizona', 'Arkansas', 'California', 'Colorado', 'Connecticut', 'Delaware', 'District of Columbia', 'Florida', 'Georgia', 'Hawaii', 'Idaho', 'Illinois', 'Indiana', 'Iowa', 'Kansas', 'Kentucky', 'Louisiana', 'Maine', 'Maryland', 'Massachusetts', 'Michigan', 'Minnesota', 'Mississippi', 'Missouri', 'Montana', 'Nebraska', 'Nevada', 'New Hampshire', 'New Jersey', 'New Mexico', 'New York', 'North Carolina', 'North Dakota', 'Ohio', 'Oklahoma', 'Oregon', 'Pennsylvania', 'Rhode Island', 'South Carolina', 'South Dakota', 'Tennessee', 'Texas', 'Utah', 'Vermont', 'Virginia', 'Washington', 'West Virginia', 'Wisconsin', 'Wyoming'];
const COUNTRIES = ['Australia', 'Austria', 'Belgium', 'Brazil', 'Canada', 'China', 'Denmark', 'Finland', 'France', 'Germany', 'India', 'Ireland', 'Israel', 'Italy', 'Japan', 'Mexico', 'Netherlands', 'New Zealand', 'Norway', 'Poland', 'Portugal', 'Singapore', 'South Korea', 'Spain', 'Sweden', 'Switzerland', 'United Kingdom', 'United States'];

const json = {
  title: 'Apply: Analytics Engineer, Clinical Operations',
  description: 'Lanternfish Bio · South San Francisco, CA or remote (US, Pacific hours)',
  showQuestionNumbers: 'off',
  questionErrorLocation: 'bottom',
  completeText: 'Submit application',
  pageNextText: 'Next',
  pagePrevText: 'Previous',
  showProgressBar: 'top',
  progressBarType: 'pages',
  completedHtml: '<h3 id="sj-done">Thanks — your application is in.</h3><p>Our recruiting team replies to every applicant within 10 business days.</p>',
  pages: [
    {
      name: 'about',
      title: 'About you',
      elements: [
        { type: 'text', name: 'first_name', title: 'First name', isRequired: true, autocomplete: 'given-name' },
        { type: 'text', name: 'last_name', title: 'Last name', isRequired: true, startWithNewLine: false, autocomplete: 'family-name' },
        { type: 'text', name: 'email', title: 'Email address', inputType: 'email', isRequired: true, validators: [{ type: 'email' }] },
        { type: 'text', name: 'mobile', title: 'Mobile phone', startWithNewLine: false, description: 'US numbers only', maskType: 'pattern', maskSettings: { pattern: '(999) 999-9999' } },
        {
          type: 'panel',
          name: 'address',
          title: 'Home address',
          elements: [
            { type: 'text', name: 'street', title: 'Street address' },
            { type: 'text', name: 'unit', title: 'Apt, suite, unit (optional)' },
            { type: 'text', name: 'city', title: 'City' },
            { type: 'dropdown', name: 'state', title: 'State', choices: STATES, startWithNewLine: false, placeholder: 'Select…' },
            { type: 'text', name: 'zip', title: 'ZIP code', startWithNewLine: false, maxLength: 10 },
            { type: 'dropdown', name: 'country', title: 'Country', choices: COUNTRIES, placeholder: 'Select…' },
          ],
        },
        { type: 'text', name: 'linkedin', title: 'LinkedIn profile', inputType: 'url', placeholder: 'https://linkedin.com/in/…' },
        { type: 'text', name: 'website', title: 'Personal website', inputType: 'url', startWithNewLine: false },
      ],
    },
    {
      name: 'experience',
      title: 'Experience',
      elements: [
        { type: 'dropdown', name: 'analytics_years', title: 'How many years have you worked in analytics or data engineering?', choices: ['0–2 years', '3–5 years', '6–8 years', '9+ years'], placeholder: 'Select…', isRequired: true },
        { type: 'boolean', name: 'employed', title: 'Are you currently employed?', labelTrue: 'Yes', labelFalse: 'No', swapOrder: false },
        { type: 'text', name: 'employer', title: 'Current employer', enableIf: '{employed} = true' },
        { type: 'text', name: 'job_title', title: 'Current title', enableIf: '{employed} = true', startWithNewLine: false },
        { type: 'radiogroup', name: 'degree', title: 'Highest level of education completed', choices: ['High school diploma / GED', 'Associate degree', "Bachelor's degree", "Master's degree", 'Doctorate (PhD, PharmD, MD)'], showOtherItem: true, otherText: 'Other (describe)', colCount: 1 },
        { type: 'text', name: 'school', title: 'School (for your highest degree)' },
        { type: 'checkbox', name: 'standards', title: 'Which clinical data standards have you worked with? (select all that apply)', choices: ['CDISC SDTM', 'CDISC ADaM', 'HL7 FHIR', 'OMOP CDM', 'None of these'], colCount: 1 },
        {
          type: 'matrix',
          name: 'skills',
          title: 'How much have you used each of these?',
          columns: ['Not at all', 'A little', 'A lot'],
          rows: [
            { value: 'dbt', text: 'dbt' },
            { value: 'looker', text: 'Looker' },
            { value: 'medidata', text: 'Medidata Rave' },
            { value: 'r', text: 'R' },
          ],
        },
        { type: 'radiogroup', name: 'gcp_training', title: 'Have you completed Good Clinical Practice (GCP) training in the last three years?', choices: ['Yes', 'No', 'Not sure'], colCount: 0 },
      ],
    },
    {
      name: 'logistics',
      title: 'Logistics & documents',
      elements: [
        { type: 'radiogroup', name: 'visa_sponsorship', title: 'Will you require Lanternfish to sponsor a work visa (for example H-1B), now or later?', choices: ['Yes, I will need sponsorship', 'No, I will not need sponsorship'], isRequired: true, colCount: 1 },
        { type: 'radiogroup', name: 'us_authorized', title: 'Are you currently eligible to work in the US for any employer?', choices: ['Yes', 'No'], isRequired: true, colCount: 0 },
        { type: 'radiogroup', name: 'pacific_hours', title: 'If remote, can you keep core hours of 9 a.m.–3 p.m. Pacific?', choices: ['Yes', 'No', 'I will be on-site'], colCount: 0 },
        { type: 'text', name: 'start_date', title: 'Earliest start date', inputType: 'date' },
        { type: 'text', name: 'salary', title: 'Desired annual base salary', startWithNewLine: false, maskType: 'currency', maskSettings: { prefix: '$', precision: 0 } },
        { type: 'file', name: 'resume', title: 'Resume / CV', isRequired: true, acceptedTypes: '.pdf,.doc,.docx', allowMultiple: false },
        { type: 'comment', name: 'cover_letter', title: 'Cover letter', description: 'Optional', rows: 6 },
        { type: 'comment', name: 'metric_story', title: 'Tell us about a metric you defined that changed how a team made decisions.', rows: 4 },
        { type: 'dropdown', name: 'source', title: 'How did you hear about us?', choices: ['LinkedIn', 'Employee referral', 'Locally Optimistic Slack', 'Lanternfish website', 'Other'], placeholder: 'Select…' },
        { type: 'checkbox', name: 'consent', title: 'Consent', isRequired: true, choices: [{ value: 'agree', text: 'I agree to the applicant privacy notice' }] },
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
  const survey = useMemo(() => {
    return new Model(json);
  }, []);
  const [data, setData] = useState({});
  survey.onValueChanged.clear();
  survey.onValueChanged.add((sender) => setData({ ...sender.data }));
  return (
    <>
      <Survey model={survey} />
      <pre id="model">{JSON.stringify(summarize(data))}</pre>
    </>
  );
}

createRoot(document.getElementById('root')).render(<App />);
