import { renderApplication } from './template.jsx';

renderApplication({
  title: 'Senior Data Engineer, Fleet Telemetry',
  yearsLabel: 'Years of professional experience',
  salaryLabel: 'Desired annual salary',
  questions: [
    { id: '71', section: 'eligibility', type: 'toggle', required: true, label: 'Are you legally authorized to work in the United States?', options: [['yes', 'Yes'], ['no', 'No']] },
    { id: '72', section: 'eligibility', type: 'switch', label: 'I will require visa sponsorship now or in the future' },
    { id: '73', section: 'eligibility', type: 'switch', label: "I'm currently employed" },
    { id: '74', section: 'eligibility', type: 'toggle', required: true, label: 'Are you open to travelling to our Pittsburgh test track up to 4 times a year?', options: [['yes', 'Yes'], ['no', 'No']] },
    { id: '75', type: 'segment', required: true, label: 'Years working with streaming data (Kafka, Kinesis, Flink)', options: ['None', '1–2', '3–5', '6+'] },
    { id: '76', type: 'segment', required: true, label: 'Seniority', options: ['Junior (0–2 yrs)', 'Mid (3–5 yrs)', 'Senior (6–9 yrs)', 'Staff (10+ yrs)'] },
    { id: '77', type: 'rating', label: 'How comfortable are you with on-call rotations?', hint: '1 = not at all, 5 = very' },
    { id: '78', type: 'checks', label: 'Which of the following apply to you? Select all that apply.', options: [
      ['auth', 'I am authorized to work in the US'], ['degree', "I hold a bachelor's degree or higher"], ['clear', 'I hold an active security clearance'], ['ca', 'I live in California'],
    ] },
  ],
});
