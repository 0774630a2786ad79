import { renderApplication } from './template.jsx';

renderApplication({
  title: 'Senior Data Engineer, Billing Platform',
  team: 'Cloud Commerce',
  where: 'Remote — United States',
  blurb: 'Every cluster in our cloud meters what it uses. Billing Platform turns those meters into invoices, usage dashboards and the revenue numbers our finance team reports. Join us to rebuild the usage pipeline on streaming.',
  questions: [
    { key: 'q_7731', type: 'buttons', label: 'Years of hands-on data engineering experience', options: ['0–2', '3–5', '6–8', '9–12', '13+'] },
    { key: 'q_7732', type: 'super', label: 'Highest education', options: ['High school / GED', 'Associate degree', "Bachelor's degree", "Master's degree", 'Doctorate', 'Bootcamp or self-taught'] },
    { key: 'q_7733', type: 'radio', label: 'Are you authorized to work in the United States?', options: ['Yes', 'No'] },
    { key: 'q_7734', type: 'super', label: 'Visa sponsorship', help: 'Tell us whether you need us to sponsor a visa (e.g. H-1B, TN) for this role.', options: ["No — I don't need sponsorship now or later", 'Yes — I need sponsorship now', 'Not now, but I will in the future'] },
    { key: 'q_7735', type: 'radio', label: 'Have you run Petrelwave (or another search engine) in production?', options: ['Yes, Petrelwave', 'Yes, another engine', 'No'] },
    { key: 'q_7736', type: 'checks', label: 'Which of our hubs could you visit a few times a year?', options: ['San Francisco', 'Amsterdam', 'Toronto', 'None of them'] },
  ],
});
