/* This posting's text and questions. */
export const posting = {
  title: 'Senior Analytics Engineer, Dispatch',
  team: 'Operations Technology',
  where: 'Kansas City, MO (hybrid)',
  about: [
    'Copperline’s dispatchers match 1,400 drivers to loads every day. The Operations Technology team gives them the numbers: driver hours, dwell times, on-time rates by lane and customer.',
    'You will model dispatch and ELD telematics data in dbt, own the operations dashboards and work with dispatch leads to find where the day’s hours go.',
  ],
  yearsLabel: 'How many years of analytics or data engineering experience do you have?',
  yearsOptions: ['Under 3', '3–6', '7–10', 'Over 10'],
  skills: ['dbt', 'Looker', 'SQL', 'Python', 'BigQuery', 'Tableau'],
  questions: [
    { key: 'eld', type: 'radio', label: 'Have you worked with ELD / telematics data (Samsara, Motive, Omnitracs)?', options: ['Yes', 'No', 'A little'] },
    { key: 'hybrid', type: 'radio', label: 'This role is in our Kansas City office three days a week. Does that work for you?', options: ['Yes', 'No'] },
  ],
};
