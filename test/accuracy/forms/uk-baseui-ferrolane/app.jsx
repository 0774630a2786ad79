import { renderApplication } from './template.jsx';

renderApplication({
  title: 'Data Engineer, Marketplace',
  where: 'San Francisco, CA · Hybrid · Full-time',
  questions: [
    { key: 'q_streaming', type: 'radio', label: 'Have you run a real-time streaming pipeline (Kafka, Flink, Kinesis) in production?', options: [['yes', 'Yes, I have'], ['no', 'No, not yet']] },
    { key: 'q_tz', type: 'select', label: 'Which time zone do you work in?', options: [['pst', 'PST / PDT'], ['mst', 'MST / MDT'], ['cst', 'CST / CDT'], ['est', 'EST / EDT'], ['other', 'Somewhere else']] },
    { key: 'q_model', type: 'textarea', label: 'Describe a data model you designed that you’re proud of', caption: 'Two or three paragraphs is plenty' },
  ],
});
