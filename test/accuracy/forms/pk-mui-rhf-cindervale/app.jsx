import { renderApplication } from './template.jsx';

renderApplication({
  title: 'Senior Data Engineer, Risk Platform',
  meta: 'San Francisco or Remote (US) · Full-time',
  blurb: 'Cindervale moves money for 4,000 small businesses. The risk team scores every payout before it leaves; you will own the streaming features and the warehouse those scores are built on.',
  questions: [
    { type: 'select', key: 'q_timezone', label: 'Which time zone will you usually work from?', options: ['Pacific Time (UTC−8)', 'Mountain Time (UTC−7)', 'Central Time (UTC−6)', 'Eastern Time (UTC−5)', 'Other'] },
    { type: 'select', key: 'q_spark', label: 'How many years have you used Apache Spark in production?', options: ['None yet', 'Less than 1', '1–2', '3–5', 'More than 5'] },
    { type: 'radio', key: 'q_oncall', label: 'Risk engineers share a weekly on-call rotation (about one week in six). Is that workable for you?', options: ['Yes', 'No', "I'd like to discuss"] },
    { type: 'textarea', key: 'q_fraud', label: 'Tell us about a time data you owned was wrong in production. How did you find out?' },
  ],
});
