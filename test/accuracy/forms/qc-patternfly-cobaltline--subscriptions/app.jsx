import { renderApplication } from '../qc-patternfly-cobaltline/template.jsx';

renderApplication({
  title: 'Analytics Engineer, Subscriptions',
  team: 'Commercial Data',
  where: 'Boston, MA or remote (US)',
  jobId: 'R-039204',
  blurb: 'Subscriptions data tells us which customers renew, expand or leave. You will model it in dbt, keep the revenue metrics honest and help finance and sales trust the numbers.',
  questions: [
    { key: 'q_41502', type: 'select', label: 'Can you provide proof of your eligibility to work in the US when hired?', options: [['', '—'], ['y', 'Yes'], ['n', 'No']] },
    { key: 'q_41503', type: 'radio', label: 'Will you need Cobaltline to sponsor a visa for you, now or at a later date?', options: ['Yes, I will need sponsorship', 'No, I will not need sponsorship'] },
    { key: 'q_41504', type: 'radio', inline: true, label: 'Total years of work experience in analytics or data roles', options: ['0–3', '4–6', '7–9', '10+'] },
    { key: 'q_41505', type: 'select', label: 'How many years have you built dbt models in production?', options: [['', 'Select'], ['0', 'None yet'], ['1', 'Less than 1 year'], ['2', '1–2 years'], ['3', '3–4 years'], ['5', '5 or more years']] },
    { key: 'q_41506', type: 'select', label: 'Degree', options: [['', 'Please select'], ['none', 'No degree'], ['assoc', 'Associate'], ['ba', "Bachelor's"], ['ma', "Master's"], ['phd', 'PhD']] },
    { key: 'q_41507', type: 'radio', inline: true, label: 'Are you currently employed?', options: ['Yes', 'No'] },
    { key: 'q_41508', type: 'check', label: 'I am comfortable joining an on-call rotation for the revenue pipelines one week per quarter' },
    { key: 'q_41510', type: 'text', label: 'Which BI tools have you used the most?', help: 'For example Looker, Tableau, Superset.' },
  ],
});
