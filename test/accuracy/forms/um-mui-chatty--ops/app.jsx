import { renderApplication } from '../um-mui-chatty/template.jsx';

renderApplication({
  title: 'Analytics Engineer, Fulfilment Ops',
  blurb: 'Our fulfilment centres in Reno and Columbus run on dashboards you would own: pick rates, spoilage, driver routes. Hybrid in Reno or remote in the US with a monthly visit.',
  payNote: 'We pay $118k to $142k base for this role. Tell us your number in US dollars per year.',
  questions: [
    { key: 'q_title', type: 'text', label: "What's your job title these days?", placeholder: 'Whatever it says on your email signature' },
    { key: 'q_exp', type: 'radio', label: 'How many years have you been doing data or analytics work?', options: ['0–2', '3–5', '6–8', '9+'] },
    { key: 'q_auth', type: 'radio', label: 'Can you legally work in the US?', options: ['Yes', 'No'] },
    { key: 'q_sponsor', type: 'select', label: 'Will you now or later need sponsorship (e.g. H-1B)?', options: ['Yes', 'No', 'Not sure'] },
    { key: 'q_degree', type: 'select', label: "What's the highest degree you've finished?", options: ['High school', 'Associate', "Bachelor's", "Master's", 'PhD', 'N/A'] },
    { key: 'q_school', type: 'text', label: 'Where did you study?', placeholder: 'School or university' },
    { key: 'q_pronouns', type: 'select', label: 'Pronouns (totally optional)', options: ['she/her', 'he/him', 'they/them', 'Prefer not to say'] },
    { key: 'q_oncall', type: 'radio', label: 'The team shares a weekend on-call rota, about one weekend a month. Does that work for you?', options: ['Works for me', "I'd like to talk about it"] },
    { key: 'q_before', type: 'text', label: 'And before your current job, where were you?', placeholder: 'Previous company' },
    { key: 'q_emergency', type: 'text', label: "Who should we call if something happens during a site visit?", placeholder: 'Name and phone', helper: 'Please include the country code for the phone number.' },
  ],
});
