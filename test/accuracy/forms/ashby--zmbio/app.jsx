import { renderApplication } from '../ashby/application.jsx';

renderApplication({
  title: 'Data Platform Engineer, Lab Systems',
  company: 'Quillon Bio',
  questions: [
    { id: '5d0b8e21-7c3a-4f96-a1e4-6b2f09c3d801', label: 'Phone', kind: 'text', type: 'tel', required: true },
    { id: '5d0b8e21-7c3a-4f96-a1e4-6b2f09c3d802', label: 'Your LinkedIn', kind: 'text' },
    { id: '5d0b8e21-7c3a-4f96-a1e4-6b2f09c3d803', label: 'Which city and state do you live in?', kind: 'text', required: true },
    { id: '5d0b8e21-7c3a-4f96-a1e4-6b2f09c3d804', label: 'Are you legally able to work in the US for any employer?', kind: 'yesno', required: true },
    { id: '5d0b8e21-7c3a-4f96-a1e4-6b2f09c3d805', label: 'Would you require Quillon to sponsor, or take over sponsorship of, a work visa?', kind: 'yesno', required: true },
    { id: '5d0b8e21-7c3a-4f96-a1e4-6b2f09c3d806', label: 'This role is on-site in South San Francisco four days a week. Are you able to commit to that?', kind: 'yesno', required: true },
    { id: '5d0b8e21-7c3a-4f96-a1e4-6b2f09c3d807', label: 'How many years of professional software or data engineering experience do you have?', kind: 'text', type: 'number' },
    { id: '5d0b8e21-7c3a-4f96-a1e4-6b2f09c3d808', label: 'Compensation expectations (base salary, USD)', kind: 'text' },
    { id: '5d0b8e21-7c3a-4f96-a1e4-6b2f09c3d809', label: 'When could you start?', kind: 'date' },
    { id: '5d0b8e21-7c3a-4f96-a1e4-6b2f09c3d810', label: 'Have you worked with regulated data (GxP, HIPAA or 21 CFR Part 11) before?', kind: 'yesno' },
    { id: '5d0b8e21-7c3a-4f96-a1e4-6b2f09c3d811', label: 'Have you interviewed with Quillon in the last 12 months?', kind: 'yesno' },
    { id: '5d0b8e21-7c3a-4f96-a1e4-6b2f09c3d812', label: 'If someone at Quillon referred you, who was it?', kind: 'text' },
    { id: '5d0b8e21-7c3a-4f96-a1e4-6b2f09c3d813', label: 'Anything about your location, timing or work authorization we should know?', kind: 'textarea' },
  ],
});
