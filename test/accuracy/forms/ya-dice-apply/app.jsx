import { renderWizard } from './wizard.jsx';

renderWizard({
  jobId: '8f3c2a10-5d7e-4b61-9a0c-77e2b1d4c9aa',
  title: 'Senior Data Engineer (Hybrid)',
  company: 'Corvane Systems',
  location: 'Austin, TX (Hybrid)',
  payPeriod: '',
  questions: [
    { id: '3348801', label: 'Are you currently authorized to work in the United States without sponsorship?', kind: 'yesno', required: true },
    { id: '3348802', label: 'How many years of hands-on experience do you have with Snowflake?', kind: 'number', required: true },
    { id: '3348803', label: 'Do you hold an active U.S. security clearance?', kind: 'select', options: ['None', 'Public Trust', 'Secret', 'Top Secret', 'TS/SCI'] },
    { id: '3348804', label: 'This position is W2 only (no Corp-to-Corp). Are you able to work on our W2?', kind: 'yesno', required: true },
    { id: '3348805', label: 'Total years of IT experience', kind: 'number', required: true },
    { id: '3348806', label: 'LinkedIn profile URL', kind: 'text' },
    { id: '3348807', label: 'GitHub profile', kind: 'text', placeholder: 'https://github.com/username' },
  ],
});
