import { renderApplication } from '../qc-eui-petrelwave/template.jsx';

renderApplication({
  title: 'Staff Data Engineer, Security Analytics',
  team: 'Security Solutions',
  where: 'Remote — United States or Canada',
  blurb: 'Security Analytics detects threats across billions of events a day. You will design the detection data model, own the enrichment pipelines and mentor the engineers who build on them.',
  questions: [
    { key: 'q_9102', type: 'radio', label: 'How many years have you worked in data engineering?', options: ['Under 3 years', '3 to 6 years', '7 to 10 years', 'Over 10 years'] },
    { key: 'q_9103', type: 'buttons', label: "Do you hold a bachelor's degree or higher?", options: ['Yes', 'No'] },
    { key: 'q_9104', type: 'super', label: 'Work authorization', options: ['I am authorized to work in the US for any employer', 'I am authorized to work in the US for my current employer only', 'I am not authorized to work in the US'] },
    { key: 'q_9105', type: 'switch', label: 'I will need Petrelwave to sponsor a work visa' },
    { key: 'q_9106', type: 'switch', label: "I'm currently employed" },
    { key: 'q_9107', type: 'super', label: 'Highest security clearance held', options: ['None', 'Public Trust', 'Secret', 'Top Secret', 'Top Secret/SCI'] },
    { key: 'q_9108', type: 'text', label: 'Which SIEM tools have you worked with?', help: 'One line is fine.' },
  ],
});
