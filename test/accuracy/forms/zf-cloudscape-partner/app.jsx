/** Senior Data Engineer, Analytics Practice: one posting of the Nimbostrata careers template (template.jsx). */
import { mount } from './template.jsx';

mount({
  title: 'Senior Data Engineer',
  meta: 'Analytics Practice · Seattle, WA or Remote (US) · Full-time · Req 24-0417',
  experienceLabel: 'Years of professional data engineering experience',
  screening: [
    { key: 'authorized', label: 'Are you legally authorized to work in the United States?', required: true },
    { key: 'sponsorship', label: 'Will you now or in the future require sponsorship for employment visa status (e.g., H-1B)?', required: true },
    { key: 'travel', label: 'This role includes client travel of up to 25%. Are you able to travel at that level?' },
  ],
  alerts: 'Get an email when we post new roles in the Analytics Practice.',
  team: 'Our Analytics Practice builds lakehouses, streaming pipelines and BI platforms for customers on AWS.',
});
