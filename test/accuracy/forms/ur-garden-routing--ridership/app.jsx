import { mountPosting } from '../ur-garden-routing/template.jsx';

mountPosting({
  title: 'Analytics Engineer, Ridership',
  meta: 'Data · Denver, CO (hybrid) or remote (US) · Posting 2026-DA-22',
  blurb: [
    'Every student who taps a badge on a Yellowline bus becomes a ridership scan. Districts use those scans to size routes, prove state funding and find students who stopped riding.',
    'You will model that data in dbt and build the ridership reports that 340 transportation directors open every Monday morning.',
  ],
  yearsLabel: 'How long have you worked with data professionally?',
  years: ['Under 2 years', '2 to 4 years', '5 to 8 years', 'Over 8 years'],
  sponsorLegend: 'Do you need an employer to sponsor a work visa for you, now or in the future?',
  questions: [
    { id: 'q_k12', kind: 'radio', label: 'Have you worked with K-12 or public-sector data before?', options: ['Yes', 'No'] },
    { id: 'q_ferpa', kind: 'radio', label: 'Are you familiar with FERPA and student-data privacy rules?', options: ['Yes', 'Somewhat', 'No'] },
    { id: 'q_report', kind: 'text', label: 'Describe a report you built that changed a decision.' },
  ],
});
