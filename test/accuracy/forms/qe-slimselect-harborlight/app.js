import { renderApplication } from './template.js';

renderApplication({
  title: 'Senior Data Engineer, Network Planning',
  team: 'Data & Analytics',
  where: 'Oakland, CA (hybrid)',
  req: 'HL-2291',
  range: '$162,000–$198,000',
  blurb: [
    'Harborlight routes less-than-truckload freight for 4,000 shippers across the West Coast. The Network Planning team decides which lanes run, when, and with which trailers — and it decides with the data you will own.',
    'You will rebuild our lane-forecast pipelines on Dagster and dbt, take over the Kafka feed from our terminals, and pair with planners in Oakland two days a week.',
  ],
  questions: [
    { id: '6620', type: 'select', label: 'Pronouns', options: ['she/her', 'he/him', 'they/them', 'Another set (tell us in your note)'], hint: 'Optional. We use them in interview scheduling emails.' },
    { id: '6621', type: 'text', label: 'How many years have you run Airflow, Dagster or another orchestrator in production?' },
    { id: '6622', type: 'radio', label: 'The team meets at our Oakland office on Tuesdays and Thursdays. Does that work for you?', options: ['Yes', 'No'], required: true },
  ],
});
