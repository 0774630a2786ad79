import { renderApplication } from './template.jsx';

renderApplication({
  title: 'Senior Data Engineer, Growth',
  company: 'Bellwrought Cookware',
  location: 'Chicago, IL or Remote (US)',
  questions: [
    { id: '8830114002', label: 'LinkedIn Profile', kind: 'text' },
    { id: '8830115002', label: 'Are you legally authorized to work in the country in which you are applying?', kind: 'yesno', required: true },
    { id: '8830116002', label: 'Will you now or in the future require Bellwrought to sponsor an immigration case in order to employ you?', kind: 'yesno', required: true },
    { id: '8830117002', label: 'Roughly how much of your career has been spent on data engineering?', kind: 'select', required: true,
      options: ['Just getting started (under 2 years)', 'A few years (2–4)', 'A solid stretch (5–8)', 'Most of a long career (9+)'] },
    { id: '8830118002', label: 'What annual base salary are you looking for? (USD)', kind: 'text' },
    { id: '8830119002', label: 'Which pronouns should we use when referring to you?', kind: 'select',
      options: ['He/him', 'She/her', 'They/them', 'Other / prefer to self-describe', 'Prefer not to say'] },
    { id: '8830121002', label: 'How did you hear about this role?', kind: 'select',
      options: ['Bellwrought careers page', 'LinkedIn', 'A friend or employee', 'Newsletter', 'Other'] },
  ],
});
