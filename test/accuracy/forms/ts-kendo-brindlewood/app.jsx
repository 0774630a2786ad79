import { mount } from './template.jsx';

mount({
  title: 'Data Engineer II, Supply Chain Analytics',
  meta: 'Req #BP-3391 · Stockton, CA · Hybrid · Full-Time',
  blurb: [
    'Brindlewood Provisions delivers groceries to 1,400 independent stores across California, Nevada and Oregon from four distribution centers.',
    'Join the team that builds the pipelines behind our slotting, replenishment and on-time delivery reports, from the warehouse scanners to Snowflake.',
  ],
  linkLabel: 'GitHub or Code Samples URL',
  yearsLabel: 'Years of Relevant Experience',
  payHint: 'Enter an annual amount, or an hourly rate if you choose Hourly.',
  sponsorLabel: 'Will you now or in the future require sponsorship for employment visa status?',
  sponsorOptions: ['Yes, I will require sponsorship now', 'Yes, I will require sponsorship in the future', 'No, I will not require sponsorship'],
  questions: [
    { id: 'bw-q-employed', name: 'cq_1183', kind: 'radio', label: 'Are you currently employed?', options: ['Yes', 'No'] },
    { id: 'bw-q-stockton', name: 'cq_1184', kind: 'radio', label: 'This role works on site at our Stockton distribution center two days a week. Are you able to meet this requirement?', options: ['Yes', 'No'], required: true },
    { id: 'bw-q-wms', name: 'cq_1185', kind: 'select', label: 'How many years of experience do you have with a warehouse management system (WMS)?', options: ['None', 'Less than 1 year', '1-3 years', '3-5 years', '5+ years'] },
    { id: 'bw-q-former', name: 'cq_1186', kind: 'radio', label: 'Have you previously worked for Brindlewood Provisions?', options: ['Yes', 'No'], required: true },
  ],
});
