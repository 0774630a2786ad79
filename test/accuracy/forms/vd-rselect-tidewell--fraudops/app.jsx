import { renderTidewell } from '../vd-rselect-tidewell/form.jsx';

renderTidewell({
  team: 'Data · Merchant Fraud Operations',
  title: 'Analytics Engineer, Merchant Fraud',
  location: 'Remote (United States) · Melbourne, VIC',
  blurb: 'Our fraud operations analysts review 12,000 flagged merchants a week. Build the dbt models, chargeback features and dashboards that tell them which ones matter.',
  websiteLabel: 'GitHub profile',
  questionsTitle: 'A few more questions',
  experienceLabel: 'Years of experience in analytics or data engineering',
  ranges: ['Less than 1 year', '1-4 years', '5-7 years', '8-10 years', 'More than 10 years'],
  salaryLabel: 'Salary expectations (base)',
  skillsLabel: 'Fraud or risk tools you have worked with',
  skills: ['Sift', 'Featurespace', 'Stripe Radar', 'SEON', 'In-house rules engine'],
  questions: [
    { id: 'question_31977810', kind: 'radio', required: true, label: 'Do you need, or will you need in the future, visa sponsorship to work for Tidewell?', options: ['Yes — I need sponsorship now or will in the future', 'No — I do not need sponsorship'] },
    { id: 'question_31977811', kind: 'select', required: true, label: 'Are you currently employed?', options: ['Yes, I am currently employed', 'No, I am between roles'] },
    { id: 'question_31977812', kind: 'select', required: true, label: 'Do you have the legal right to work in the United States?', options: ['No, I do not have the right to work in the US', 'Yes, I have the right to work in the US'] },
    { id: 'question_31977813', kind: 'select', required: false, label: 'Which time zone would you work from?', options: ['US Pacific (PT)', 'US Mountain (MT)', 'US Central (CT)', 'US Eastern (ET)', 'Australian Eastern (AEST)'] },
    { id: 'question_31977814', kind: 'text', required: false, label: 'Link to a dashboard or analysis you are proud of', placeholder: 'https://' },
    { id: 'question_31977815', kind: 'radio', required: false, label: 'Are you comfortable being on a weekly fraud-incident rotation during Black Friday / Cyber Monday?', options: ['Yes, that works for me', 'I would prefer not to'] },
  ],
});
