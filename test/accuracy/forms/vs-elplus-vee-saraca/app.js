import { mount } from './template.js';

mount({
  title: 'Senior Data Engineer, Revenue Management',
  workCountry: 'the United States',
  questions: [
    { key: 'q_ota', label: 'Have you built pipelines on OTA or channel-manager data (e.g. SiteMinder, Expedia Partner Central)?', options: ['Yes', 'No'] },
    { key: 'q_hotel', label: 'Tell us about a stay at a hotel that made an impression on you.' },
  ],
});
