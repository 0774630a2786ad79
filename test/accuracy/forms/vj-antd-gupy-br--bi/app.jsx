import { renderGupy } from '../vj-antd-gupy-br/form.jsx';

renderGupy({
  company: 'Rota Norte Logística',
  team: 'Business Intelligence',
  title: 'Analytics Engineer, BI',
  location: 'Florianópolis, SC (remote within Brazil) · Full-time',
  blurb: 'Rota Norte runs same-day delivery for 2,000 e-commerce sellers across Brazil. The BI team models delivery, returns and seller-billing data in dbt and Looker.',
  yearsLabel: 'Total professional experience',
  ranges: ['Up to 2 years', '2 to 5 years', '5 to 8 years', 'More than 8 years'],
  questions: [
    { id: 'q_timezone', kind: 'radio', label: 'Can you work Brasília time (BRT) business hours?', options: ['Yes', 'No', 'Partially'] },
    { id: 'q_looker', kind: 'select', label: 'Experience with Looker / LookML', options: ['None', 'Less than 1 year', '1 to 3 years', 'More than 3 years'] },
    { id: 'q_current_company', kind: 'text', label: 'Current company' },
  ],
});
