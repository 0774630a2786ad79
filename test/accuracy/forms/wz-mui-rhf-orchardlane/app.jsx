import { mount } from './careers.jsx';

mount({
  linkLabel: 'GitHub or portfolio URL',
  yearsLabel: 'Years of data engineering experience',
  years: ['0–2 years', '3–5 years', '6–9 years', '10+ years'],
  authLabel: 'Are you legally authorized to work in the United States?',
  sponsorLabel: 'Will you now or in the future require sponsorship for employment visa status (e.g. H-1B)?',
  questions: [
    { key: 'q_austin', type: 'radio', label: 'This role is based in our Austin support center three days a week. Do you live within commuting distance of Austin, TX?', options: ['Yes', 'No, but I am willing to relocate', 'No'] },
    { key: 'q_pims', type: 'select', label: 'Which veterinary practice-management system have you worked with?', options: ['ezyVet', 'Cornerstone', 'AVImark', 'Shepherd', 'None'] },
    { key: 'q_pet', type: 'text', label: 'Tell us about your pets (optional — we love to hear about them!)' },
  ],
});
