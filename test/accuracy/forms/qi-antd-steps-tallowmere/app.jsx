import { renderPosting } from './template.jsx';

renderPosting({
  team: 'Supply Chain Data · Minneapolis, MN',
  title: 'Senior Data Engineer, Warehouse & Inventory',
  where: 'Minneapolis, MN (hybrid, 2 days in office) · Full-time',
  intro: 'Tallowmere moves fresh and frozen food from 14 warehouses to 9,000 restaurants and grocers across the Upper Midwest. You will own the inventory and shrink pipelines our buyers and warehouse managers open every morning.',
  questions: [
    { key: 'q_cold', kind: 'radio', label: 'Have you worked with cold-chain or perishable-inventory data?', options: ['Yes', 'No'] },
    { key: 'q_tools', kind: 'multi', label: 'Which of these have you used in production? (select all that apply)', options: ['dbt', 'Airflow', 'Snowflake', 'Kafka', 'Fivetran'] },
    { key: 'q_shrink', kind: 'text', label: 'How would you tell spoilage apart from theft in warehouse shrink data?' },
  ],
});
