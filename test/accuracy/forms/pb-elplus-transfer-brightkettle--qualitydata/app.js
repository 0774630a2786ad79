import { mount } from '../pb-elplus-transfer-brightkettle/careers.js';

mount({
  role: 'Data Engineer, Food Safety & Quality',
  yearsLabel: 'How many years of hands-on data work do you have?',
  authLabel: 'Are you eligible to work in the United States for any employer?',
  sponsorLabel: 'Will you need Brightkettle to sponsor an employment visa?',
  sponsorOptions: ['No — I will not need sponsorship', 'Yes — now', 'Yes — in the future (for example, when my OPT ends)'],
  questions: [
    { key: 'q_fsq_1', type: 'checkbox', label: 'Which food-safety programs have you supported with data?', options: ['HACCP', 'SQF', 'BRCGS', 'FSMA traceability', 'None'] },
    { key: 'q_fsq_2', type: 'select', label: 'What is your time zone?', options: ['Eastern', 'Central', 'Mountain', 'Pacific', 'Alaska', 'Hawaii'] },
    { key: 'q_fsq_3', type: 'text', label: 'Describe a time a data quality problem reached a customer. What did you change afterwards?' },
  ],
});
