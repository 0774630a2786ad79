import { renderNilgiri } from '../vj-mui-nilgiri-in/form.jsx';

renderNilgiri({
  team: 'Engineering · Risk Platform',
  title: 'Data Engineer II, Risk Platform',
  location: 'Gurugram, Haryana (hybrid) · Full-time',
  blurb: 'Nilgiri Payments processes 30 million UPI transactions a day for merchants across India. The risk platform team streams every authorisation into the feature store that scores fraud in under 80 ms.',
  questions: [
    { id: 'q_gurugram', kind: 'toggle', label: 'Can you work from our Gurugram office three days a week? *', options: ['Yes', 'No', 'Open to relocating'] },
    { id: 'q_serving', kind: 'radio', label: 'Are you currently serving your notice period?', options: ['Yes', 'No'] },
    { id: 'q_lwd', kind: 'text', label: 'If yes, last working day (DD/MM/YYYY)' },
    { id: 'q_kafka', kind: 'text', label: 'Describe a streaming system you have built with Kafka or Flink', long: true },
  ],
});
