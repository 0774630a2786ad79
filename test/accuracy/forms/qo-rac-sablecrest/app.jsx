import { renderApplication } from './template.jsx';

renderApplication({
  title: 'Senior Data Engineer, Telemetry',
  company: 'Sablecrest',
  where: 'San Francisco, CA · Hybrid',
  questionsTitle: 'A few more questions',
  questions: [
    { key: 'authorized', type: 'toggle', label: 'Are you legally authorized to work in the United States?', options: ['Yes', 'No'] },
    { key: 'sponsorship', type: 'toggle', label: 'Will you require visa sponsorship, now or in the future?', options: ['Yes', 'No'] },
    { key: 'employed', type: 'switch', label: "I'm currently employed" },
    { key: 'pronouns', type: 'tags', label: 'Pronouns', options: ['she/her', 'he/him', 'they/them', 'ze/hir'], hint: 'Optional. Pick any that apply.' },
    {
      key: 'start', type: 'cards', label: 'When could you start?',
      options: [['now', 'Right away', 'Available immediately'], ['3w', 'Within 3 weeks', 'Short notice period'], ['6w', 'Within 6 weeks', 'Standard notice'], ['3m', 'Within 3 months', 'Longer notice'], ['later', 'Later', 'More than 3 months out']],
    },
    { key: 'arrangements', type: 'checks', label: 'Which work arrangements would you consider?', options: ['Fully remote', 'Hybrid', 'On-site'] },
    { key: 'heard', type: 'select', label: 'How did you hear about Sablecrest?', options: ['LinkedIn', 'Hacker News', 'A friend', 'Conference talk', 'Other'] },
    { key: 'newsletter', type: 'switch', label: 'Send me the Sablecrest engineering newsletter' },
    { key: 'excited', type: 'textarea', label: 'What excites you about telemetry at Sablecrest?' },
    { key: 'gender', type: 'radio', label: 'Gender identity (voluntary)', options: ['Woman', 'Man', 'Non-binary', 'Prefer not to say'] },
    { key: 'veteran', type: 'select', label: 'Veteran status (voluntary)', options: ['I am a protected veteran', 'I am not a protected veteran', 'Prefer not to say'] },
  ],
});
