/* This posting's text and custom questions (Larkspur's postings share the template). */
export const POSTING = {
  title: 'Senior Data Engineer, Care Operations',
  team: 'Platform Engineering',
  place: 'Remote (US)',
  blurb: 'Care Operations keeps scheduling, staffing and visit data flowing to the teams who route patients to clinicians. You will run the ingestion platform behind it.',
  authQuestion: 'Are you legally authorized to work in the United States?',
  skillsLabel: 'Platforms you have operated',
  skills: ['Kafka', 'Kubernetes', 'Terraform', 'Spark', 'Postgres', 'Snowflake', 'Datadog'],
  checksQuestion: 'Which of these on-call duties have you carried?',
  checks: ['Primary pager', 'Secondary pager', 'Incident commander', 'Postmortem author'],
  checksKey: 'oncall',
  essayKey: 'pipelineRescue',
  essayLabel: 'Describe a pipeline you rescued after it started failing silently.',
};
