import { mountPosting } from './template.js';

mountPosting({
  team: 'Member Analytics · Eugene, OR',
  title: 'Senior Data Engineer, Member Analytics',
  where: 'Eugene or Portland, OR, or remote in Oregon, Washington or California · Full-time',
  intro: 'Pellbrook serves 310,000 members across 28 branches. The member analytics team is moving our core-banking extracts into a modern warehouse so branch managers can see what their members need before they ask.',
  yearOptions: ['0–2', '3–5', '6–10', 'Over 10'],
  questions: [
    { key: 'q_core', kind: 'select', label: 'Which core banking system have you worked with?', options: ['Symitar', 'Corelation KeyStone', 'Fiserv DNA', 'Jack Henry', 'None'] },
    { key: 'q_branch', kind: 'radio', label: 'Would you spend your first two weeks shadowing at a branch?', options: ['Yes', 'No'] },
    { key: 'q_member', kind: 'text', label: 'What does "member-owned" mean to you?' },
  ],
});
