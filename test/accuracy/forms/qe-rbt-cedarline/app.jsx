import { renderApplication } from './template.jsx';

renderApplication({
  title: 'Data Platform Engineer, Autonomy',
  where: 'Remote (US) · Full-time · Team: Autonomy Data',
  blurb: [
    'Our orchard robots log 40 TB of sensor data every harvest. The Autonomy Data team turns those logs into the training sets our perception models learn from.',
    'You will own the ingestion path from the field to the lake, the Spark jobs that label and slice it, and the catalog the ML engineers search every day.',
  ],
  ratings: ['SQL', 'Python'],
  questions: [
    { id: '31877', type: 'radio', label: 'Are you comfortable travelling to orchards in Washington state for a week at harvest time (September)?', options: ['Yes', 'No', 'Maybe, depending on dates'], required: true },
    { id: '31878', type: 'text', label: 'What pronouns do you use?', hint: 'Optional — shared with your interviewers.' },
  ],
});
