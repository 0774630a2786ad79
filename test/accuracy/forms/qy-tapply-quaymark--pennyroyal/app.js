/* Tapply quick apply: Analytics Engineer at Pennyroyal Health (remote, US). */
import { renderQuickApply } from '../qy-tapply-quaymark/template.js';

renderQuickApply({
  company: 'Pennyroyal Health',
  title: 'Analytics Engineer (Remote, US)',
  country: 'the United States',
  tags: ['Remote · US', 'Full-time', '$135k–$160k', 'Easy apply'],
  blurb: 'Model claims and care-gap data for our clinical teams. Snowflake, dbt, Looker. Quarterly onsites in Nashville.',
  questions: [
    { type: 'select', id: 'qa-timezone', name: 'answers.timeZone', label: 'Which time zone do you work in?', options: ['Eastern (ET)', 'Central (CT)', 'Mountain (MT)', 'Pacific (PT)', 'Alaska / Hawaii', 'Outside the US'] },
    { type: 'text', id: 'qa-pipeline-years', name: 'answers.pipelineYears', label: 'Years building data pipelines with SQL', attrs: 'inputmode="numeric" maxlength="2"' },
    { type: 'chips', id: 'qa-travel', name: 'answers.travel', label: 'Can you travel to Nashville once a quarter?', options: ['Yes', 'No', 'Sometimes'] },
    { type: 'text', id: 'qa-hipaa', name: 'answers.hipaaCert', label: 'HIPAA training certificate ID (if you have one)' },
  ],
});
