import { renderApplication } from './template.jsx';

renderApplication({
  title: 'Senior Data Engineer',
  meta: 'San Francisco, CA or Remote (US) · Full-time · Data Platform',
  blurb: 'Quillby schedules dock appointments for 9,000 warehouses. Our data platform turns scanner events into the ETAs carriers plan around, and we need someone to own its batch and streaming pipelines.',
  questions: [
    { type: 'select', key: 'q_experience', label: 'How much data engineering experience do you bring?', required: true, options: ['Entry (0–2)', 'Intermediate (3–5)', 'Experienced (6–8)', 'Senior (9+)'] },
    { type: 'select', key: 'q_education', label: 'Highest degree completed', options: ['Some college', '2-year degree', '4-year degree', 'Graduate degree', 'Doctorate'] },
    { type: 'select', key: 'q_work_status', label: 'Work status in the US', required: true, options: [['ok', 'I am authorized to work in the US and do not need sponsorship'], ['later', 'I am authorized now but will need sponsorship in the future'], ['now', 'I need sponsorship to work in the US'], ['no', 'I am not authorized to work in the US']] },
    { type: 'select', key: 'q_salary', label: 'Salary expectation (base)', hint: 'Our band for this role is published on the posting.', options: ['$100,000–$119,999', '$120,000–$139,999', '$140,000–$159,999', '$160,000–$179,999', '$180,000+'] },
    { type: 'select', key: 'q_start', label: 'Earliest you could start', options: ['Immediately', 'Within 2 weeks', 'Within a month', 'In 1–3 months', 'More than 3 months'] },
    { type: 'select', key: 'q_notice', label: 'What notice period does your current employer require?', options: ['None', '1 week', '2 weeks', '3–4 weeks', 'More than a month'] },
    { type: 'radio', key: 'q_mode', label: 'Where would you like to work from?', options: [['remote', 'Remote'], ['hybrid', 'Hybrid (SF office Tue–Thu)'], ['office', 'In office']] },
    { type: 'select', key: 'q_source', label: 'How did you find Quillby?', options: ['LinkedIn', 'Hacker News', 'A Quillby engineer', 'Podcast or talk', 'Search engine', 'Other'] },
    { type: 'textarea', key: 'q_dq', label: 'Tell us about a data-quality problem you caught before anyone downstream noticed.' },
  ],
});
