/* This posting's text and custom questions (Ferrovia's postings share the portal template). */
export const POSTING = {
  title: 'Senior Data Engineer, Train Performance',
  team: 'Digital Rail',
  place: 'Pittsburgh, PA or Remote (US)',
  blurb: 'Our signalling systems report every train movement on 9,000 miles of track. You will build the data products that predict delays before dispatchers see them.',
  yearsLabel: 'Years of data engineering experience',
  authQuestion: 'Are you legally authorized to work in the United States?',
  relocateLabel: 'I am open to relocating to Pittsburgh',
  checksQuestion: 'Which of these have you used in production?',
  checks: ['Kafka', 'Spark', 'Flink', 'Airflow', 'TimescaleDB'],
  checksKey: 'stack',
  essayKey: 'railInterest',
  essayLabel: 'What interests you about rail?',
};
