import { renderPosting } from './template.jsx';

renderPosting({
  title: 'Senior Data Engineer, Claims & Revenue Cycle',
  meta: 'Denver, CO or Remote (US) · Data Platform · Full-time',
  countries: ['Canada', 'Mexico', 'United Kingdom', 'United States'],
  degrees: ['High school diploma or GED', 'Associate degree', "Bachelor's degree", "Master's degree", 'Doctorate (PhD, MD, DO)', 'Other'],
  questions: [
    { key: 'q_771_auth', kind: 'radio', label: 'Are you authorized to work in the United States?', options: ['Yes', 'No'] },
    { key: 'q_772_sponsor', kind: 'radio', label: 'Will you need Quenby to sponsor a work visa, now or later?', options: ['Yes', 'No'],
      followUp: { key: 'q_772a_visa', kind: 'select', when: 'Yes', label: 'If yes, which visa?', options: ['H-1B', 'TN', 'E-3', 'O-1', 'Other'] } },
    { key: 'q_773_hipaa', kind: 'radio', label: 'Have you worked with HIPAA-protected data (PHI) before?', options: ['Yes', 'No'],
      followUp: { key: 'q_773a_hipaa_where', kind: 'text', when: 'Yes', label: 'Where, and in what kind of system?' } },
    { key: 'q_774_salary', kind: 'text', label: 'What annual base salary are you looking for?', hint: 'In US dollars, e.g. 120000' },
    { key: 'q_775_start', kind: 'text', label: 'When could you start?', hint: 'YYYY-MM-DD' },
    { key: 'q_776_why', kind: 'textarea', label: 'Why Quenby?' },
  ],
});
