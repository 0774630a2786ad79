import { mount } from '../tb-headlessui-rhf-ashgrove/careers.jsx';

mount({
  title: 'Analytics Engineer, Load Forecasting',
  websiteLabel: 'Portfolio or GitHub',
  yearsLabel: 'How long have you worked in data roles?',
  years: ['Under 5 years', '5 to 8 years', 'More than 8 years'],
  authLabel: 'Can you legally work in the United States without restriction?',
  sponsorLabel: 'Do you need, or will you need, H-1B or other visa sponsorship?',
  relocateLabel: 'I can be in our Denver office two days a week',
  salaryLabel: 'Target base salary',
  questions: [
    { key: 'q_lf_nerc', type: 'switch', label: 'I hold a current NERC certification' },
    { key: 'q_lf_tz', type: 'choice', label: 'Which time zone are you in?', options: ['Pacific', 'Mountain', 'Central', 'Eastern'] },
    { key: 'q_lf_forecast', type: 'text', label: 'Which forecasting methods have you put into production?' },
  ],
});
