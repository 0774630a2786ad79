import { mountPosting } from '../rm-grommet-tidewright/template.jsx';

mountPosting({
  title: 'Data Engineer II, Port Operations Analytics',
  team: 'Terminal Systems',
  where: 'Long Beach, CA (hybrid) or Remote (US)',
  blurb: 'Crane cycles, gate transactions and yard moves from six terminals land in our lakehouse every minute. Help planners see where the next bottleneck will be before it happens.',
  yearsLabel: 'How many years have you worked as a data engineer or in a similar role?',
  years: ['0–3 years', '4–6 years', '7–10 years', 'More than 10 years'],
  yearsDisabled: [],
  githubLabel: 'Personal website or portfolio',
  authLabel: 'Which statement describes your eligibility to work in the U.S.?',
  authOptions: [
    { label: 'I am authorized to work in the U.S. for any employer', value: 'any' },
    { label: 'I am authorized to work in the U.S. only for my current employer', value: 'current' },
    { label: 'I am not authorized to work in the U.S.', value: 'none' },
  ],
  sponsorLabel: 'Visa sponsorship',
  sponsorOptions: [
    { label: 'I will not need Tidewright to sponsor a visa, now or later', value: 'none' },
    { label: 'I will need sponsorship now or in the future (e.g. H-1B, TN, OPT extension)', value: 'needed' },
  ],
  salaryHelp: 'Posted range: $128,000 – $152,000, plus annual bonus.',
  relocateLabel: 'I would relocate to the Long Beach area',
  questions: [
    { id: 'q_tz', kind: 'select', label: 'Which time zone do you work in?', options: ['Eastern (ET)', 'Central (CT)', 'Mountain (MT)', 'Arizona (MST)', 'Pacific (PT)', 'Alaska (AKT)', 'Hawaii (HT)'], required: true },
    { id: 'q_oncall', kind: 'radio', label: 'Can you join a one-week-in-six on-call rotation?', options: ['Yes', 'No', "Let's discuss"] },
    { id: 'q_yard', kind: 'text', label: 'What would you measure first to find a yard bottleneck?' },
  ],
});
