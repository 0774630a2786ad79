import { mountPosting } from '../ur-orbit-nighttrain/template.jsx';

mountPosting({
  title: 'Analytics Engineer, Onboard Services',
  team: 'Customer Experience Data',
  location: 'Remote in the US (Pacific or Mountain time zones)',
  ref: 'NL-2026-142',
  blurb: [
    'Breakfast runs out in car 7, the shower queue in car 3 is forty minutes long: our onboard crews want to know before the passengers do.',
    'You will model berth occupancy, dining orders and crew feedback in dbt so that our service planners can staff and stock each departure.',
  ],
  yearsLabel: 'How long have you worked in data or analytics?',
  years: ['Under 2 years', '2–4 years', '5–7 years', '8 years or more'],
  askGithub: true,
  sponsorLabel: 'Do you need an employer to sponsor your work visa, now or later?',
  sponsorOptions: [
    { value: 'sponsor-yes', label: 'Yes' },
    { value: 'sponsor-no', label: 'No' },
  ],
  questions: [
    { id: 'question_7301', kind: 'radio', label: 'Are you currently employed?', options: ['Yes', 'No'] },
    { id: 'question_7302', kind: 'radio', label: 'Do you live in the Pacific or Mountain time zone?', options: ['Yes', 'No'] },
    { id: 'question_7303', kind: 'radio', label: 'Have you ever worked in hospitality or food service?', options: ['Yes', 'No'] },
    { id: 'question_7304', kind: 'text', label: 'Tell us about a dashboard you built that changed how a team worked.' },
  ],
});
