import { mountPosting } from '../qi-primevue-stepper-pellbrook/template.js';

mountPosting({
  team: 'Member Experience · Boise, ID',
  title: 'Analytics Engineer, Member Experience',
  where: 'Boise, ID or remote (US, Pacific / Mountain hours) · Full-time',
  intro: 'Our 240,000 members talk to us through branches, the mobile app and the contact center. You will model those journeys end to end so the member-experience team can see where people get stuck and what fixes work.',
  yearOptions: ['0–2 yrs', '3–5 yrs', '6–8 yrs', '9+ yrs'],
  questions: [
    { key: 'q_1187_now', kind: 'radio', label: 'Are you employed right now?', options: ['No', 'Yes'] },
    { key: 'q_1188_range', kind: 'select', label: 'Which pay range fits your expectations?', options: ['$95k–$119k', '$120k–$144k', '$145k–$169k', '$170k+'] },
    { key: 'q_1189_gh', kind: 'text', label: 'Your GitHub profile URL' },
    { key: 'q_1190_cu', kind: 'radio', label: 'Have you worked at a credit union or community bank before?', options: ['Yes', 'No'] },
    { key: 'q_1191_wed', kind: 'radio', label: 'The team meets in Boise on Wednesdays. Could you join in person?', options: ['Yes, every week', 'Once or twice a month', 'No, remote only'] },
  ],
});
