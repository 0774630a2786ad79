import { renderWizard } from '../tf-react-rerender/wizard.jsx';

renderWizard({
  degrees: ['High school diploma / GED', 'Some college', "Associate's degree", "Bachelor's degree (BA/BS)", "Master's degree", 'Doctorate'],
  schoolFrom: 2,
  questions: [
    { id: 'q_7731', kind: 'choice', options: ['Yes', 'No'], required: true, label: 'Can you work in the US without Ledgerhollow sponsoring a visa, now and in the future?' },
    { id: 'q_7732', kind: 'text', required: true, label: 'How many years have you worked as a data or software engineer?', placeholder: 'Number of years' },
    { id: 'q_7733', kind: 'text', required: true, label: 'Target base salary (USD per year)' },
    { id: 'q_7734', kind: 'text', required: true, label: 'Earliest start date', hint: 'MM/DD/YYYY', placeholder: 'MM/DD/YYYY' },
    { id: 'q_7735', kind: 'choice', options: ['Yes', 'No'], label: 'Would you relocate to the New York City area?',
      reveal: { when: 'Yes', id: 'q_7735_when', label: 'By when could you relocate?' } },
    { id: 'q_7736', kind: 'select', options: ['Stripe Billing', 'Zuora', 'Chargebee', 'In-house', 'None of these'], label: 'Which billing systems have you worked with most?' },
  ],
});
