import { renderOrchid } from './form.jsx';

renderOrchid({
  team: 'Orchid Line Americas · Data & Digital',
  title: 'Senior Data Engineer, Freight Visibility',
  location: 'Seattle, WA (hybrid) · Remote within the US considered',
  blurb: 'Orchid Line moves 1.2 million TEU a year between Asia and North America. The freight visibility team streams vessel AIS, terminal and trucking events into the tracking page our shippers refresh all day.',
  countryLabel: 'Country of residence',
  locationLabel: 'Current city',
  yearsLabel: 'Years of data engineering experience',
  ranges: ['0–2', '3–5', '6–9', '10+'],
  questionsTitle: 'Screening questions',
  skillsLabel: 'Streaming tools you have used',
  skills: ['Kafka', 'Kinesis', 'Flink', 'Pub/Sub', 'Spark Streaming'],
  questions: [
    { id: 'q_601_auth', kind: 'select', required: true, label: 'Are you legally authorized to work in the United States?', options: ['Yes, I am authorized to work in the US for any employer', 'Yes, but I am restricted to my current employer', 'No, I am not authorized to work in the US'] },
    { id: 'q_602_visa', kind: 'radio', required: true, label: 'Will you now or in the future require Orchid Line to sponsor an employment visa?', options: [{ value: 'yes', label: 'Yes, I will require visa sponsorship' }, { value: 'no', label: 'No, I will not require visa sponsorship' }] },
    { id: 'q_603_hybrid', kind: 'buttons', required: true, label: 'Can you work from our Seattle office on Tuesdays and Thursdays?', options: ['Yes', 'No', 'Open to relocating'] },
    { id: 'q_604_customs', kind: 'radio', required: false, label: 'Have you worked with customs, EDI or shipment-status data (e.g. ANSI X12 214/315)?', options: [{ value: 'yes', label: 'Yes, in a previous role' }, { value: 'no', label: 'No, this would be new to me' }] },
    { id: 'q_605_why', kind: 'textarea', required: false, label: 'What interests you about logistics data?' },
  ],
});
