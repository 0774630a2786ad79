import { renderHarborlight } from './form.jsx';

renderHarborlight({
  team: 'Data Platform · Oakland, CA (hybrid)',
  title: 'Senior Data Engineer, Shipment Events',
  blurb: 'Harborlight moves 40,000 containers a month through West Coast ports. Build the streaming pipelines that track every one of them.',
  experienceLabel: 'Years of professional data engineering experience',
  ranges: ['Less than 2 years', '2–4 years', '5–7 years', '8–10 years', '10+ years'],
  questionsTitle: 'A few questions',
  questions: [
    { id: 'q_4410_authorized', kind: 'segmented', required: true, label: 'Are you legally authorized to work in the United States?', options: ['Yes', 'No'] },
    { id: 'q_4411_sponsorship', kind: 'segmented', required: true, label: 'Will you now or in the future require sponsorship for employment visa status (e.g. H-1B)?', options: ['Yes', 'No'] },
    { id: 'q_4412_onsite', kind: 'radio', required: true, label: 'This role is in our Oakland office three days a week. Which works for you?', options: ['I live in the Bay Area already', 'I would relocate', 'I am looking for remote only'] },
    { id: 'q_4413_salary', kind: 'number', label: 'Desired annual base salary', prefix: '$', thousands: true, desc: 'USD. The range for this role is $165,000–$195,000.' },
    { id: 'q_4414_notice', kind: 'number', label: 'Notice period', suffix: ' weeks', desc: 'How many weeks do you owe your current employer?' },
    { id: 'q_4415_start', kind: 'text', label: 'Earliest start date', placeholder: 'MM/DD/YYYY' },
    { id: 'q_4416_languages', kind: 'checkboxes', label: 'Languages you can work in', options: ['English', 'Spanish', 'Mandarin', 'Korean'] },
    { id: 'q_4417_kafka', kind: 'textarea', label: 'Tell us about a streaming system you have run in production.' },
  ],
});
