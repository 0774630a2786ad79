import { renderPosting } from './template.jsx';

renderPosting({
  team: 'Member Data · Sacramento, CA',
  title: 'Senior Data Engineer, Member Data',
  where: 'Sacramento or San Francisco, CA (hybrid) · Full-time',
  intro: 'Ridgeline is owned by 2.4 million members. Their dividends, rentals and trip sign-ups all run through the member data platform this team is rebuilding on a lakehouse.',
  questions: [
    { key: 'q_retail', kind: 'radio', label: 'Have you worked with retail point-of-sale data?', options: ['Yes', 'No'] },
    { key: 'q_office', kind: 'select', label: 'Which office would you work from?', options: ['Sacramento HQ', 'San Francisco', 'Either', 'Neither — I would need remote'] },
    { key: 'q_trip', kind: 'text', label: "What's the last trip you planned, and what data would have made it easier?" },
  ],
});
