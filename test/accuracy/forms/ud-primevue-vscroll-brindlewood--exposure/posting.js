/* This posting's text and questions. */
export const posting = {
  title: 'Data Engineer, Exposure Management',
  team: 'Catastrophe Risk',
  where: 'Remote, United States',
  ref: 'BWR-2614-EX',
  about: [
    'Our exposure team tells underwriters how much of a hurricane or an earthquake the group could pay for. It runs on location data from thousands of cedant schedules.',
    'You will build the geocoding and schedule-cleansing pipelines behind our catastrophe models and keep the exposure database ready for the 1 January renewals.',
  ],
  yearsLabel: 'How many years of data experience do you have?',
  yearsOptions: ['0–2', '3–5', '6–8', '9–11', '12+'],
  questions: [
    { key: 'catModels', type: 'select', label: 'Which catastrophe modelling platforms have you used?', options: ['Verisk (AIR)', 'Moody’s RMS', 'Both', 'Neither'] },
    { key: 'geoNotes', type: 'text', label: 'Tell us about a geospatial data problem you solved' },
  ],
};
