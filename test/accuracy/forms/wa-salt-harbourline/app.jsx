import { renderApplication } from './template.jsx';

renderApplication({
  title: 'Senior Data Engineer, Payments Data',
  req: 'REQ-240917',
  location: 'San Francisco, CA (hybrid)',
  country: 'the United States',
  skills: ['Airflow', 'AWS', 'dbt', 'Java', 'Kafka', 'Python', 'Scala', 'Snowflake', 'Spark', 'SQL'],
  questions: [
    { key: 'q_onsite', type: 'radio', label: 'This role is hybrid, three days a week in our San Francisco office. Can you meet this requirement?', options: ['Yes', 'No'], initial: '' },
    { key: 'q_finra', type: 'dropdown', label: 'Do you hold any active FINRA registrations?', options: ['None', 'Series 7', 'Series 63', 'Series 7 and 63', 'Other'], initial: [] },
    { key: 'q_former', type: 'toggle', label: 'Have you previously worked for Harbourline Bank or any of its affiliates?', options: ['Yes', 'No'], initial: '' },
  ],
});
