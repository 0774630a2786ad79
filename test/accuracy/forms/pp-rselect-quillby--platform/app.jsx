import { renderApplication } from '../pp-rselect-quillby/template.jsx';

renderApplication({
  title: 'Analytics Engineer, Carrier Insights',
  meta: 'Denver, CO · Hybrid · Full-time',
  blurb: 'Carrier Insights gives trucking companies a weekly scorecard of dwell time and on-time arrivals. You will own the dbt project behind it and the semantic layer customers query.',
  questions: [
    { type: 'select', key: 'q_tenure', label: 'How long have you worked as a data or analytics engineer?', required: true, options: ['Under 2 years', '2 – 4 years', '5 – 7 years', '8 – 10 years', 'More than 10 years'] },
    { type: 'select', key: 'q_qualification', label: 'Highest qualification', options: ['Secondary school', 'Associate (AA/AS)', 'Undergraduate (BA/BS/BEng)', 'Postgraduate (MA/MS/MEng)', 'PhD'] },
    { type: 'radio', key: 'q_legal', label: 'Are you legally able to work in the U.S.?', required: true, options: [['unrestricted', 'Yes, without restriction'], ['restricted', 'Yes, with restrictions (e.g. OPT, H-1B)'], ['no', 'No']] },
    { type: 'select', key: 'q_visa', label: 'Will you need Quillby to sponsor a visa?', required: true, options: [['no', 'No, I will not need sponsorship'], ['now', 'Yes, now'], ['future', 'Yes, in the future (e.g. OPT / STEM OPT ending)']] },
    { type: 'select', key: 'q_pay', label: 'Target base pay', options: ['USD 8,000–9,999 per month', 'USD 10,000–11,999 per month', 'USD 12,000–13,999 per month', 'USD 14,000+ per month'] },
    { type: 'select', key: 'q_tz', label: 'Which time zone are you in?', options: ['UTC−10 · Hawaii', 'UTC−9 · Alaska', 'UTC−8 · Pacific', 'UTC−7 · Mountain', 'UTC−6 · Central', 'UTC−5 · Eastern', 'Outside North America'] },
    { type: 'select', key: 'q_travel', label: 'Carrier visits take some travel. How much can you do?', options: ['0%', 'Up to 10%', '10–25%', '25–50%'] },
    { type: 'radio', key: 'q_relocate', label: 'The team meets in Denver three days a week. Would you relocate?', options: [['yes', 'Yes'], ['no', 'No'], ['local', 'I already live near Denver']] },
    { type: 'select', key: 'q_citizenship', label: 'Country of citizenship', options: ['US', 'CA', 'MX', 'IN', 'CN', 'GB', 'DE', 'Other'] },
    { type: 'select', key: 'q_source', label: 'How did you find Quillby?', options: ['LinkedIn', 'Hacker News', 'A Quillby engineer', 'Podcast or talk', 'Search engine', 'Other'] },
  ],
});
