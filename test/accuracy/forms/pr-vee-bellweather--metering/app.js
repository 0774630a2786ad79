import { mountCareers } from '../pr-vee-bellweather/template.js';

mountCareers({
  team: 'Customer Operations',
  title: 'Analytics Engineer, Smart Metering',
  meta: 'Sacramento, CA or remote in California · Full-time · Req 26-0502',
  description: [
    'Two million meters report every fifteen minutes. Billing, rates and the call center all read the same interval data; make sure it means the same thing to each of them.',
    'You will model interval reads in dbt, own the data-quality checks that catch a stuck meter, and help rate analysts test new time-of-use plans.',
  ],
  authorizedLabel: 'Are you eligible to work in the U.S. for any employer?',
  questions: [
    { type: 'radio', key: 'q_exp', label: 'How many years have you worked as a data, analytics or software engineer?', options: ['Under 3 years', '3 to 6 years', 'More than 6 years'] },
    { type: 'select', key: 'q_relocate', label: 'This team meets in Sacramento once a month. Where would you travel from?', options: ['Sacramento area', 'Elsewhere in California', 'Outside California'] },
    { type: 'check', key: 'q_union', label: 'I understand this position is represented by IBEW Local 1245' },
    { type: 'textarea', key: 'q_tou', label: 'How would you check that a new time-of-use rate bills customers correctly before it goes live?' },
  ],
});
