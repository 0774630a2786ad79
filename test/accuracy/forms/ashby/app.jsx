import { renderApplication } from './application.jsx';

renderApplication({
  title: 'Founding Product Engineer',
  company: 'Lumenwave',
  questions: [
    { id: '0c6f2a4e-5d1b-4e7a-9f3c-2b8d1e6a7c01', label: 'Phone', kind: 'text', type: 'tel', required: true },
    { id: '0c6f2a4e-5d1b-4e7a-9f3c-2b8d1e6a7c02', label: 'LinkedIn Profile', kind: 'text' },
    { id: '0c6f2a4e-5d1b-4e7a-9f3c-2b8d1e6a7c03', label: 'Where are you currently based?', kind: 'text', required: true },
    { id: '0c6f2a4e-5d1b-4e7a-9f3c-2b8d1e6a7c04', label: 'Are you authorized to work in the United States?', kind: 'yesno', required: true },
    { id: '0c6f2a4e-5d1b-4e7a-9f3c-2b8d1e6a7c05', label: 'Will you now or in the future require visa sponsorship to work in the US?', kind: 'yesno', required: true },
    { id: '0c6f2a4e-5d1b-4e7a-9f3c-2b8d1e6a7c06', label: 'Pronouns', kind: 'text', placeholder: 'e.g. she/her' },
    { id: '0c6f2a4e-5d1b-4e7a-9f3c-2b8d1e6a7c07', label: 'Why do you want to work at Lumenwave?', kind: 'textarea', required: true },
  ],
});
