import { mount } from './careers.jsx';

mount({
  title: 'Senior Data Engineer, Shipment Visibility',
  linkLabel: 'GitHub or portfolio (optional)',
  yearsLabel: 'Years of experience in data engineering',
  years: ['Under 2 years', '2–4 years', '5–7 years', '8–10 years', 'More than 10 years'],
  sponsorLabel: 'Will you now or in the future need Fenwright to sponsor a US work visa?',
  questions: [
    { key: 'q_4471_tracking', type: 'segmented', label: 'Have you worked with shipment-tracking or telematics data?', options: ['Yes', 'No'] },
    { key: 'q_4472_patterns', type: 'multi', label: 'Which working patterns would suit you?', options: ['Fully remote', 'Hybrid from our Chicago hub', 'A week in London each quarter'] },
    { key: 'q_4473_overlap', type: 'select', label: 'Our London team is online until 5 pm UK time (9 am Pacific). How much overlap can you offer?', options: ['None', 'About an hour', 'Two hours or more'] },
    { key: 'q_4474_why', type: 'text', label: 'What draws you to freight and logistics?' },
  ],
});
