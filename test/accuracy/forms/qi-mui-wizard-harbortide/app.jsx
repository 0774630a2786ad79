import { renderPosting } from './template.jsx';

renderPosting({
  team: 'Data & Analytics · Providence, RI',
  title: 'Senior Data Engineer, Policy Data Platform',
  where: 'Providence, RI or remote within the US · Full-time',
  intro: 'Every homeowners and commercial auto policy Harbortide writes lands in the policy data platform. You will move our nightly policy and premium loads from SSIS onto dbt and Snowflake, and keep the actuaries\u2019 month-end close on time while we do it.',
  questions: [
    { key: 'q7731', kind: 'radio', label: 'Have you worked with insurance policy or premium data before?', options: ['Yes', 'No'] },
    { key: 'q7732', kind: 'select', label: 'How many days a week could you work from our Providence office?', options: ['0 — remote only', '1–2 days', '3 or more days'] },
    { key: 'q7733', kind: 'text', label: 'Tell us about a data pipeline you rebuilt. What did you change, and what broke along the way?' },
  ],
});
