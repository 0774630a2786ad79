import { renderApplication } from '../uk-spectrum-halcyon/template.jsx';

renderApplication({
  title: 'Analytics Engineer, Routing',
  where: 'Denver, CO (hybrid)',
  team: 'Routing & Logistics',
  office: 'Denver',
  questions: [
    { key: 'q_office', type: 'radio', label: 'The Denver team is in the office Tuesday to Thursday. Does that work for you?', options: [['yes', 'Yes, that works'], ['no', 'No, I need something else']] },
    { key: 'q_sqlyears', type: 'picker', label: 'How many years have you worked in SQL-based analytics?', options: [['lt2', 'Under 2 years'], ['2to4', '2–4 years'], ['5to8', '5–8 years'], ['9plus', '9+ years']] },
    { key: 'q_employed', type: 'radio', label: 'Are you employed at the moment?', options: [['yes', 'Yes'], ['no', 'No']] },
    { key: 'q_portfolio', type: 'text', label: 'Link to a dashboard or portfolio you built', description: 'Public links only, please.' },
    { key: 'q_referrer', type: 'text', label: 'If a Halcyon employee referred you, who?' },
    { key: 'q_else', type: 'textarea', label: 'Anything else we should know?' },
  ],
});
