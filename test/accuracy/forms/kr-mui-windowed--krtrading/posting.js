/* The posting this page renders: the job and its screening questions (ids as the ATS issues them). */
export const posting = {
  company: 'Corvane Energy',
  title: 'Analytics Engineer, Power Trading',
  where: 'Trading Analytics · Houston, TX',
  blurb:
    'The trading desk runs on hourly nodal prices and a forecast that is refreshed every five minutes. You will build the models and the tests that keep them honest.',
  questions: [
    { id: 'q_7301', type: 'radio', label: 'Are you eligible to work in the U.S. for any employer?', options: ['Yes', 'No'], required: true },
    { id: 'q_7302', type: 'lazy', label: 'Do you require visa sponsorship now or in the future?', options: ['Yes', 'No'], required: true },
    { id: 'q_7303', type: 'lazy', label: 'Highest level of education completed', options: ['High school or equivalent', 'Associate degree', "Bachelor's degree", "Master's degree", 'Doctorate'] },
    { id: 'q_7304', type: 'text', label: 'How many years have you worked with Python?' },
    { id: 'q_7305', type: 'radio', label: 'Do you live within commuting distance of Houston, TX?', options: ['Yes', 'No'], required: true },
  ],
};
