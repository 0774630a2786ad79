import { mountApplication } from './template.js';

mountApplication({
  title: 'Analytics Engineer, Port Operations',
  where: 'San Francisco · Hybrid · Full-time',
  blurb: 'Terminal operators use Kelpmarsh to see which containers will arrive when. You will build the dbt models and dashboards that turn berth schedules and gate events into the numbers they plan shifts around.',
  questions: [
    { key: 'q_31907', type: 'segmented', label: 'Years in analytics or data engineering', options: ['Less than 2', '2–4', '5–7', '8+'] },
    { key: 'q_31908', type: 'buttons', label: 'Will you require Kelpmarsh to sponsor an employment visa?', options: [{ value: 'y', label: 'Yes' }, { value: 'n', label: 'No' }] },
    { key: 'q_31909', type: 'sentences', label: 'Which best describes your right to work in the US?', options: [
      { value: 'citizen', label: 'US citizen or permanent resident' },
      { value: 'visa_ok', label: 'I hold a work visa that does not need sponsorship' },
      { value: 'visa_sponsor', label: 'I would need Kelpmarsh to sponsor a visa' },
    ] },
    { key: 'q_31910', type: 'select', label: 'Which time zone do you work in?', options: ['Pacific Time (UTC−8)', 'Mountain Time (UTC−7)', 'Central Time (UTC−6)', 'Eastern Time (UTC−5)', 'Central European Time (UTC+1)', 'Other'].map((value) => ({ value, label: value })) },
    { key: 'q_31911', type: 'multiple', label: 'BI tools you have shipped dashboards in', options: ['Looker', 'Tableau', 'Power BI', 'Metabase', 'Superset', 'Mode'].map((value) => ({ value, label: value })) },
    { key: 'q_31912', type: 'textarea', label: 'What would you measure first at a container terminal, and why?' },
  ],
});
