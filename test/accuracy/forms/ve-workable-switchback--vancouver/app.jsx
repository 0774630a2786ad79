import { renderApply } from '../ve-workable-switchback/apply.jsx';

renderApply({
  account: 'Switchback Outfitters Canada',
  title: 'Data Engineer, Retail Analytics',
  location: 'Vancouver, British Columbia, Canada · On-site · Full time',
  phoneCountry: 'CA',
  eeo: false,
  questions: [
    { id: '8420101', label: 'LinkedIn URL', kind: 'text' },
    { id: '8420102', label: 'GitHub', kind: 'text', optional: true },
    { id: '8420103', label: 'Pronouns', kind: 'text', optional: true },
    { id: '8420104', label: 'Are you legally entitled to work in Canada?', kind: 'yesno' },
    { id: '8420105', label: 'Will you require sponsorship for a Canadian work permit (e.g. LMIA)?', kind: 'yesno' },
    { id: '8420106', label: 'Are you currently employed?', kind: 'yesno' },
    { id: '8420107', label: 'Years of experience in a data engineering role', kind: 'dropdown', options: ['Under 2 years', '2 to 4 years', '5 to 7 years', '8 years or more'] },
    { id: '8420108', label: 'Desired annual salary (CAD)', kind: 'text', optional: true },
    { id: '8420109', label: 'Notice period', kind: 'dropdown', options: ['Available immediately', '2 weeks', '1 month', '2 months or more'] },
    { id: '8420110', label: 'Are you willing to relocate to Vancouver, BC?', kind: 'yesno' },
    { id: '8420111', label: 'Earliest start date', kind: 'date' },
    { id: '8420112', label: 'Highest level of education', kind: 'dropdown', options: ['Secondary school', 'College diploma', "Bachelor's degree", "Master's degree", 'Doctorate'] },
    { id: '8420113', label: 'School', kind: 'text', optional: true },
    { id: '8420114', label: 'Which province or territory do you live in?', kind: 'dropdown', options: ['Alberta', 'British Columbia', 'Manitoba', 'New Brunswick', 'Newfoundland and Labrador', 'Nova Scotia', 'Ontario', 'Prince Edward Island', 'Quebec', 'Saskatchewan', 'Northwest Territories', 'Nunavut', 'Yukon', 'Outside Canada'] },
    { id: '8420115', label: 'Which of these have you used? (select all that apply)', kind: 'checks', options: ['Snowflake', 'dbt', 'Airflow', 'Power BI', 'Lightspeed POS'], optional: true },
    { id: '8420116', label: 'Tell us about a data pipeline you rebuilt and what changed.', kind: 'long', optional: true },
    { id: '8420117', label: 'How did you hear about us?', kind: 'dropdown', options: ['LinkedIn', 'Switchback website', 'Indeed', 'Referral', 'Other'], optional: true },
  ],
});
