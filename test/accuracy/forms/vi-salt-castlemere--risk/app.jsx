/** Associate, Data Engineer – Credit Risk Analytics: another posting of the Castlemere careers template (template.jsx). */
import { mount } from './template.jsx';

mount({
  req: '210561204',
  title: 'Associate, Data Engineer – Credit Risk Analytics',
  meta: 'Risk Management · Plano, TX or San Francisco, CA · Full time · Req 210561204',
  about:
    'Credit Risk Analytics gives the bank a daily view of exposure across commercial and consumer lending. You will build the pipelines that feed our CECL and stress-testing models (Spark, Airflow, Snowflake), tighten data-quality controls for regulatory reporting, and work with model developers in New York and Plano. Base pay range: $120,000–$150,000; eligible for an annual discretionary incentive.',
  experienceLabel: 'How many years have you worked as a data engineer or in a similar role?',
  experience: [['lt2', 'Less than 2'], ['2-4', '2 to 4'], ['5-8', '5 to 8'], ['9+', '9 or more']],
  toolsLabel: 'Which orchestration tools have you used?',
  tools: [['airflow', 'Airflow'], ['dagster', 'Dagster'], ['controlm', 'Control-M'], ['autosys', 'AutoSys']],
  screening: [
    { key: 'regReporting', type: 'radio', label: 'Have you supported regulatory reporting (e.g. FR Y-14, CCAR, Basel) in a prior role?', options: [['yes', 'Yes'], ['no', 'No']] },
    { key: 'bgCheck', type: 'switch', label: 'I understand this role requires a background and credit check before the start date' },
  ],
});
