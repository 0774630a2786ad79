import { renderPosting } from '../uu-mui-stepper-wavecrest/template.jsx';

renderPosting({
  team: 'Claims Technology',
  title: 'Data Engineer II, Claims Analytics',
  where: 'Remote (US, Pacific or Eastern time) · Full-time',
  intro: 'When a storm rolls through, claims volume triples overnight. The claims analytics team keeps adjusters and catastrophe planners working from numbers they can trust.',
  yearsLabel: 'How much data engineering experience do you have?',
  years: ['0–1 years', '2–3 years', '4–6 years', '7–9 years', '10+ years'],
  questions: [
    { key: 'q5220', kind: 'select', label: 'Have you built reporting on Guidewire ClaimCenter data?', options: ['Yes', 'No', 'Not sure'] },
    { key: 'q5221', kind: 'select', label: 'Which time zone do you work in?', options: ['Eastern (ET)', 'Central (CT)', 'Mountain (MT)', 'Pacific (PT)', 'Outside the US'] },
    { key: 'q5222', kind: 'select', label: 'Can you take part in a one-week on-call rotation about every six weeks?', options: ['Yes', 'No', "I'd like to discuss it"] },
    { key: 'q5223', kind: 'text', label: 'What would you check first if a claims dashboard suddenly showed half the usual open claims?' },
  ],
});
