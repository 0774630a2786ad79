import { renderApplication } from '../uo-chakra-finalform-tidewell/template.jsx';

renderApplication({
  title: 'Analytics Engineer, Subsea Operations',
  where: 'San Francisco, CA · Hybrid · Full-time',
  questions: [
    { key: 'q_employed', type: 'segment', label: 'Are you employed at the moment?', options: [['yes', 'Yes'], ['no', 'No']] },
    { key: 'q_degree4', type: 'radio', label: 'Do you hold a four-year degree?', options: [['yes', 'Yes, I do'], ['progress', 'I’m working on one'], ['no', 'No']] },
    { key: 'q_python', type: 'select', label: 'How long have you written Python professionally?', options: [['lt1', 'Under a year'], ['1-3', '1–3 years'], ['4-6', '4–6 years'], ['7+', '7 years or more']] },
    { key: 'q_portfolio', type: 'text', label: 'Portfolio link', helper: 'Dashboards, notebooks, write-ups: anything you can share.' },
    { key: 'q_referrer', type: 'text', label: 'Referred by a Tidewell employee? Their name', helper: 'Optional' },
    { key: 'q_weekend', type: 'segment', label: 'Can you cover an on-call weekend once a quarter during deployments?', options: [['yes', 'Yes'], ['no', 'No']] },
  ],
});
