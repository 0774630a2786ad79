import { mount } from '../wz-elplus-remote-borealis/careers.js';

mount({
  role: 'Analytics Engineer, Ridership Forecasting',
  linkLabel: 'Personal website',
  yearsLabel: 'How many years of analytics or data modeling experience do you have?',
  years: ['0–2 years', '3–5 years', '6–8 years', '9+ years'],
  authLabel: 'Do you have the right to work in the US without restrictions?',
  sponsorLabel: 'Would you need Borealis to sponsor or transfer a visa (e.g. H-1B, TN) now or later?',
  questions: [
    { key: 'q_rid_1', type: 'select', label: 'Which time zone do you work in?', options: ['Pacific Time (PT)', 'Mountain Time (MT)', 'Central Time (CT)', 'Eastern Time (ET)', 'Other'] },
    { key: 'q_rid_2', type: 'radio', label: 'Have you built forecasts with GTFS or automatic passenger counter (APC) data?', options: ['Yes', 'No', 'Some exposure'] },
    { key: 'q_rid_3', type: 'text', label: 'Which transit system do you ride most, and what would you change about it?' },
  ],
});
