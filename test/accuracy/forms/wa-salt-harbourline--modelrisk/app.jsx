import { renderApplication } from '../wa-salt-harbourline/template.jsx';

renderApplication({
  title: 'Data Engineer, Model Risk',
  req: 'REQ-241263',
  location: 'New York, NY (hybrid)',
  country: 'the United States',
  skills: ['Airflow', 'AWS', 'Databricks', 'Java', 'Kafka', 'Python', 'SAS', 'Snowflake', 'Spark', 'SQL'],
  questions: [
    { key: 'q_commute', type: 'radio', label: 'This role is based in our New York office four days a week. Are you able to commute or relocate?', options: ['Yes', 'No'], initial: '' },
    { key: 'q_education', type: 'dropdown', label: 'Highest level of education completed', options: ['High school', 'Associate degree', "Bachelor's degree", "Master's degree", 'Doctorate'], initial: [] },
    { key: 'q_noncompete', type: 'toggle', label: 'Are you bound by a non-compete or non-solicitation agreement?', options: ['Yes', 'No'], initial: '' },
    { key: 'q_regulatory', type: 'text', label: 'Describe your experience with regulatory reporting (for example CCAR or Basel).', helper: 'A few sentences', initial: '' },
  ],
});
