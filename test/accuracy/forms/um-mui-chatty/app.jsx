import { renderApplication } from './template.jsx';

renderApplication({
  title: 'Senior Data Engineer',
  blurb: "Orchard Loop gets produce from 300 small farms to 40,000 kitchens a week. You'd own the pipelines that decide what gets picked, packed and driven where. Remote in the US.",
  payNote: 'The range for this role is $140k to $175k base, plus equity. What are you aiming for? (US dollars, yearly)',
  questions: [
    { key: 'q_working', type: 'radio', label: 'Are you working somewhere right now?', options: ['Yep, full-time', 'Freelancing or contracting', 'Not at the moment'] },
    { key: 'q_company', type: 'text', label: 'Where? (Company name is fine)', placeholder: 'e.g. Acme Foods' },
    { key: 'q_manager', type: 'text', label: 'Who do you report to there?', placeholder: 'Their name', helper: "We'll never contact them without asking you first." },
    { key: 'q_years', type: 'select', label: 'How long have you been wrangling data professionally?', options: ['Less than a year', '1–3 years', '4–6 years', '7–10 years', 'More than a decade'] },
    { key: 'q_visa', type: 'radio', label: 'Would you need us to sponsor a visa for you to work in the US?', options: ['Nope', 'Yes, right away', 'Not now, but at some point'] },
    { key: 'q_start', type: 'text', label: 'When could you jump in?', placeholder: 'MM/DD/YYYY' },
    { key: 'q_tz', type: 'select', label: 'Which time zone will you be working in?', sub: 'Our standups are at 9:30 Central. Everyone else is async.', options: ['Pacific', 'Mountain', 'Central', 'Eastern', 'Somewhere else'] },
    { key: 'q_referrer', type: 'text', label: 'Did someone on the team point you our way? Who?', placeholder: 'Their name' },
    { key: 'q_broke', type: 'textarea', label: "What's the most interesting pipeline you've broken (and then fixed)?" },
  ],
});
