import { renderPosting } from './template.jsx';

renderPosting({
  team: 'Data Platform · San Francisco',
  title: 'Senior Data Engineer, Vessel Data',
  where: 'San Francisco, CA (hybrid, 3 days in office) · Full-time · USD',
  intro: 'Straitline tracks 60,000 container ships from AIS pings, port calls and customs filings. The San Francisco team turns that stream into the arrival forecasts freight forwarders plan around.',
  yearsLabel: 'Total years of work experience',
  years: ['0-2', '3-5', '6-10', '11-15', '16+'],
  questions: [
    { key: 'q_ais', kind: 'radio', label: 'Have you worked with AIS or other vessel-position data?', options: ['Yes', 'No'] },
    { key: 'q_travel', kind: 'select', label: 'Could you travel to Singapore for two weeks of onboarding?', options: ['Yes', 'Yes, but not in the first month', 'No'] },
    { key: 'q_latency', kind: 'text', label: 'How would you design a pipeline that must publish a vessel ETA within a minute of a new ping?' },
  ],
});
