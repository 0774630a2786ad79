import { renderGupy } from './form.jsx';

renderGupy({
  company: 'Rota Norte Logística',
  team: 'Technology · Data',
  title: 'Senior Data Engineer',
  location: 'São Paulo, SP (hybrid, Vila Olímpia) · Full-time, CLT',
  blurb: 'Rota Norte runs same-day delivery for 2,000 e-commerce sellers across Brazil. Our data team builds the pipelines behind route planning, delivery-time promises and the seller dashboards.',
  yearsLabel: 'How much experience do you have as a data engineer?',
  ranges: ['Less than 1 year', '1 to 3 years', '3 to 6 years', 'More than 6 years'],
  questions: [
    { id: 'q_portuguese', kind: 'select', label: 'Portuguese level', options: ['None', 'Basic', 'Intermediate', 'Advanced', 'Native'] },
    { id: 'q_hybrid', kind: 'radio', label: 'Can you work from our São Paulo office twice a week?', options: ['Yes', 'No'] },
    { id: 'q_challenge', kind: 'textarea', label: 'Tell us about a technical challenge you solved recently' },
  ],
});
