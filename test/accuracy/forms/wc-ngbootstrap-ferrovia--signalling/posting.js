/* This posting's text and custom questions (Ferrovia's postings share the portal template). */
export const POSTING = {
  title: 'Data Engineer II, Signalling Analytics',
  team: 'Signalling & Control',
  place: 'Atlanta, GA (hybrid)',
  blurb: 'Interlockings and wayside units log millions of events a day. Help us turn them into maintenance forecasts our field crews trust.',
  yearsLabel: 'Years of professional software or data experience',
  authQuestion: 'Are you legally authorized to work in the United States?',
  relocateLabel: 'I am open to relocating to Atlanta',
  checksQuestion: 'Which safety standards have you worked under?',
  checks: ['EN 50128', 'IEC 61508', 'FRA Part 236', 'None of these'],
  checksKey: 'standards',
  essayKey: 'safetyStory',
  essayLabel: 'Tell us about a time data you produced was used in a safety decision.',
};
