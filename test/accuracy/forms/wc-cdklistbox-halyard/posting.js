/* This posting's text and custom questions. */
export const POSTING = {
  title: 'Data Engineer, Claims Intelligence',
  team: 'Enterprise Data',
  place: 'Hartford, CT, San Francisco, CA or Remote (US)',
  blurb: 'Claims Intelligence builds the features our fraud and severity models score every new claim with. You will own the pipelines from the claims system to the feature store.',
  yearsLabel: 'How many years of data engineering experience do you have?',
  authQuestion: 'Are you legally authorized to work in the United States?',
  extraLabel: 'Which insurance lines have you supported?',
  extra: ['Auto', 'Homeowners', 'Workers’ compensation', 'Commercial property', 'None yet'],
  extraKey: 'lines',
  essayKey: 'claimsIdea',
  essayLabel: 'What is one claims signal you would want to build first?',
};
