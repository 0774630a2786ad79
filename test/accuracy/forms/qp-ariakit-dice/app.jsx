import { renderApplication } from './template.jsx';

renderApplication({
  board: 'Stackhire',
  title: 'Senior Data Engineer',
  company: 'Ferrowick Logistics',
  where: 'San Francisco, CA (Hybrid)',
  type: 'Full-time',
  pay: '$165,000 - $190,000 per year',
  alertQuery: 'data engineer in San Francisco, CA',
  accountLocation: 'Berkeley, CA',
  storedResume: { name: 'Y_Quarrington_CV_2019.docx', meta: 'Uploaded Mar 4, 2019' },
  dialCodes: ['Afghanistan (+93)', 'Canada (+1)', 'India (+91)', 'Mexico (+52)', 'United Kingdom (+44)', 'United States (+1)'],
  description: [
    'Ferrowick moves 40,000 pallets a day across the West Coast. You will own the ingestion and modelling layer behind our dispatch and billing analytics.',
    'You have shipped batch and streaming pipelines (Airflow, Spark, Kafka) and care about data contracts and cost.',
  ],
  similar: ['Data Engineer II - Quenby Health', 'Analytics Engineer - Harlow & Finch', 'Staff Data Engineer - Tidewell Energy'],
  questions: [
    { id: '71824', type: 'number', label: 'How many years of work experience do you have with Python?' },
    { id: '71825', type: 'number', label: 'How many years of data engineering experience do you have?' },
    { id: '71826', type: 'pills', label: 'Are you legally authorized to work in the United States?', options: ['Yes', 'No'] },
    { id: '71827', type: 'pills', label: 'Will you now or in the future require sponsorship for employment visa status (e.g. H-1B visa status)?', options: ['Yes', 'No'] },
    { id: '71828', type: 'select', label: 'What is the highest level of education you have completed?', options: ['High school or equivalent', "Associate's degree", "Bachelor's degree", "Master's degree", 'Doctorate'] },
    { id: '71829', type: 'pills', label: 'Are you comfortable working from our Oakland yard office three days a week?', options: ['Yes', 'No'] },
    { id: '71830', type: 'number', label: 'What is your desired annual base salary in USD?', hint: 'Numbers only, e.g. 120000' },
    { id: '71831', type: 'text', label: 'When is the earliest you could start?', placeholder: 'MM/DD/YYYY' },
    { id: '71832', type: 'pills', label: 'Do you hold a current AWS Certified Data Engineer certification?', options: ['Yes', 'No'] },
  ],
});
