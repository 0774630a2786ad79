import { renderPosting } from '../qi-antd-steps-tallowmere/template.jsx';

renderPosting({
  team: 'Supply Chain Data \u00b7 Oakland, CA',
  title: 'Senior Data Engineer, Cold Chain Visibility',
  where: 'Oakland, CA or remote within California \u00b7 Full-time',
  intro: 'Every pallet that leaves our Oakland and Fresno cold stores reports its temperature every five minutes. You will own the pipelines that turn those readings into spoilage alerts for our buyers and the dock schedule for tomorrow.',
  questions: [
    { key: 'q_years_pipe', kind: 'select', label: 'How many years of data engineering experience do you have?', options: ['0\u20132 years', '3\u20136 years', '7\u201310 years', 'More than 10 years'] },
    { key: 'q_ca', kind: 'radio', label: 'Do you currently live in California?', options: ['Yes', 'No'] },
    { key: 'q_streams', kind: 'multi', label: 'Which streaming tools have you used in production?', options: ['Kafka', 'Kinesis', 'Pub/Sub', 'Flink', 'None'] },
    { key: 'q_forklift', kind: 'radio', label: 'Are you willing to spend one day a quarter on the warehouse floor in Fresno?', options: ['Yes', 'No'] },
  ],
});
