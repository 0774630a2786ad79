import { renderApplication } from '../uo-mantine-formik-brightwick/template.jsx';

renderApplication({
  title: 'Analytics Engineer, Live Traffic',
  where: 'San Francisco · Hybrid · Permanent, full-time',
  questions: [
    { key: 'q_eligible', type: 'select', label: 'Your US work eligibility', options: [['citizen', 'I can work for any US employer'], ['visa', 'I hold a visa tied to my current employer'], ['none', 'I don’t yet have US work authorisation']] },
    { key: 'q_sponsor', type: 'segmented', label: 'Visa sponsorship needed?', options: [['unset', '—'], ['yes', 'Yes'], ['no', 'No']] },
    { key: 'q_site', type: 'text', label: 'Personal site', placeholder: 'https://' },
    { key: 'q_kafka', type: 'radio', label: 'Years with Kafka or another streaming platform', options: [['0', 'None'], ['1-2', '1–2'], ['3+', '3 or more']] },
    { key: 'q_salary_now', type: 'text', label: 'Current base salary', description: 'Optional. Not used to set your offer.' },
  ],
});
