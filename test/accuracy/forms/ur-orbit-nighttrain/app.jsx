import { mountPosting } from './template.jsx';

mountPosting({
  title: 'Senior Data Engineer, Operations Data',
  team: 'Data Platform',
  location: 'New York, NY (hybrid) or remote in the US',
  ref: 'NL-2026-117',
  blurb: [
    'Nordlys runs sleeper trains between Oslo, Stockholm, Copenhagen and Berlin, and from 2028 between New York and Chicago.',
    'Our trains report position, energy use and the state of every berth. You will build the pipelines that turn that stream into the punctuality and maintenance reports our operations team plans with.',
  ],
  yearsLabel: 'Years of experience as a data or software engineer',
  years: ['Less than 2', '2–4', '5–7', '8–10', 'More than 10'],
  askGithub: true,
  sponsorLabel: 'Would you need Nordlys to sponsor a visa for you to work in the US?',
  sponsorOptions: [
    { value: 'yes-now', label: 'Yes, now' },
    { value: 'yes-later', label: 'Not now, but in the future' },
    { value: 'no', label: 'No, I will never need sponsorship' },
  ],
  questions: [
    { id: 'question_5512', kind: 'radio', label: 'Have you worked with railway, aviation or other transport operations data?', options: ['Yes', 'No'] },
    { id: 'question_5513', kind: 'radio', label: 'Could you travel to Oslo for two weeks of onboarding?', options: ['Yes', 'No', 'Maybe'] },
    { id: 'question_5514', kind: 'text', label: 'Which overnight train journey would you most like to take, and why?' },
  ],
});
