import { renderApplication } from '../qk-canvas-tallis/template.jsx';

renderApplication({
  title: 'Tallis Freight Group',
  initialAnswers: {},
  questions: [
    { key: 'eligible', type: 'select', label: 'Are you legally eligible to work in the United States?', options: ['Yes, I am eligible', 'No, I am not eligible'], required: true },
    { key: 'visa', type: 'select', label: 'Do you need, or will you need in the future, visa sponsorship from Tallis to work in the U.S.?', options: ['Yes, I need sponsorship', 'No, I do not need sponsorship'], required: true },
    { key: 'operationsResearch', type: 'radio', label: 'Have you built or maintained a vehicle routing or load-planning optimizer in production?', options: ['Yes', 'No'], required: true },
    { key: 'yearsTotal', type: 'text', label: 'Total years of professional experience', required: true },
    { key: 'payExpectation', type: 'text', label: 'Desired annual compensation (USD)' },
    { key: 'payHistory', type: 'text', label: 'What is your current or most recent annual salary?', hint: 'Optional where permitted by law. Do not answer if you live in California.' },
    { key: 'dallasOnsite', type: 'radio', label: 'This team meets in our Dallas office one week per quarter. Can you travel for that?', options: ['Yes', 'No'] },
    { key: 'referrerEmail', type: 'text', label: "Referring employee's Tallis email address" },
    { key: 'availability', type: 'text', label: 'Earliest start date', hint: 'MM/DD/YYYY' },
    { key: 'backgroundConsent', type: 'check', label: 'I authorize Tallis Freight Group to conduct a pre-employment background check.' },
  ],
});
