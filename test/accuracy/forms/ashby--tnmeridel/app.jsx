import { renderApplication } from '../ashby/application.jsx';

renderApplication({
  title: 'Analytics Engineer (Contract)',
  company: 'Meridel',
  questions: [
    { id: '3f91d0b7-28ac-4e51-b7f6-90d24c5a8101', label: "Phone", kind: 'text', type: 'tel', required: true },
    { id: '3f91d0b7-28ac-4e51-b7f6-90d24c5a8102', label: "Where are you located?", kind: 'text', required: true },
    { id: '3f91d0b7-28ac-4e51-b7f6-90d24c5a8103', label: "LinkedIn profile", kind: 'text', required: true },
    { id: '3f91d0b7-28ac-4e51-b7f6-90d24c5a8104', label: "Portfolio or personal site", kind: 'text' },
    { id: '3f91d0b7-28ac-4e51-b7f6-90d24c5a8105', label: "Will you be able to work for Meridel in the US without us sponsoring a visa, now or later?", kind: 'yesno', required: true },
    { id: '3f91d0b7-28ac-4e51-b7f6-90d24c5a8106', label: "Are you currently employed?", kind: 'yesno' },
    { id: '3f91d0b7-28ac-4e51-b7f6-90d24c5a8107', label: "Current job title", kind: 'text' },
    { id: '3f91d0b7-28ac-4e51-b7f6-90d24c5a8108', label: "Highest degree earned", kind: 'text', placeholder: "e.g. Master's in Statistics" },
    { id: '3f91d0b7-28ac-4e51-b7f6-90d24c5a8109', label: "University", kind: 'text' },
    { id: '3f91d0b7-28ac-4e51-b7f6-90d24c5a8110', label: "How many years have you written SQL professionally?", kind: 'text', type: 'number' },
    { id: '3f91d0b7-28ac-4e51-b7f6-90d24c5a8111', label: "This is a 12-month contract. What hourly rate are you looking for (USD)?", kind: 'text', required: true },
    { id: '3f91d0b7-28ac-4e51-b7f6-90d24c5a8112', label: "When can you start?", kind: 'date' },
    { id: '3f91d0b7-28ac-4e51-b7f6-90d24c5a8113', label: "Are you comfortable working 7am-3pm Pacific to overlap with our Lisbon team?", kind: 'yesno', required: true },
    { id: '3f91d0b7-28ac-4e51-b7f6-90d24c5a8114', label: "Anything else we should know?", kind: 'textarea' },
  ],
});
