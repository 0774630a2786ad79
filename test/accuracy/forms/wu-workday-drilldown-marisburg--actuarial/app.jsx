import { renderApplication } from '../wu-workday-drilldown-marisburg/template.jsx';

const Q = 'primaryQuestionnaire--9b0e4d1f2a6c10019c3e77f4a1b8d5';

renderApplication({
  title: 'Analytics Engineer, Actuarial Data',
  reqId: 'R-20577',
  where: 'Charlotte, NC · Hybrid (3 days) or Remote - United States',
  questions: [
    { key: 'eligible', id: `${Q}11`, required: true, label: 'Are you legally eligible to work in the country in which this position is located?', options: ['Yes', 'No'] },
    { key: 'immigration', id: `${Q}12`, required: true, label: 'Will you now, or at any point in the future, require Marisburg to commence ("sponsor") an immigration case in order to employ you?', options: ['Yes', 'No'] },
    { key: 'education', id: `${Q}13`, required: true, label: 'What is the highest level of education you have completed?', options: ['High School', 'Some College', 'Associate', "Bachelor's", "Master's", 'Doctorate'] },
    { key: 'employed', id: `${Q}14`, required: true, label: 'Are you currently employed?', options: ['Yes', 'No'] },
    { key: 'exams', id: `${Q}15`, required: true, label: 'Have you passed one or more SOA or CAS actuarial exams?', options: ['Yes', 'No'] },
    {
      key: 'tools', id: 'input-41', type: 'prompt', multi: true, label: 'Which of these tools have you used in a professional setting?',
      tree: [
        { label: 'Warehouses', children: ['BigQuery', 'Redshift', 'Snowflake', 'SQL Server'] },
        { label: 'Orchestration', children: ['Airflow', 'Dagster', 'Prefect'] },
        { label: 'Transformation', children: ['dbt', 'Spark', 'SAS'] },
      ],
    },
    { key: 'salary', id: `${Q}16`, type: 'textarea', required: true, label: 'What is your desired annual salary (USD)?' },
  ],
});
