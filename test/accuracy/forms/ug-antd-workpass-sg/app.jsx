import { renderPosting } from './template.jsx';

renderPosting({
  company: 'Serangoon Health Technologies',
  team: 'Data & AI',
  location: 'Singapore (one-north), hybrid',
  jobId: 'SHT-24-117',
  title: 'Senior Data Engineer',
  blurb: [
    'Serangoon Health Technologies runs the appointment, tele-consult and claims platform used by 300 clinics across Singapore and Malaysia.',
    'You will build the pipelines that bring clinic, pharmacy and insurer data into our warehouse under MOH data-protection rules, and help us move from nightly batches to near real-time.',
  ],
  passLabel: 'Do you hold a valid work pass for Singapore (EP, S Pass or PR)?',
  questions: [
    { id: 'q_hl7', kind: 'radio', label: 'Have you worked with healthcare data standards (HL7 / FHIR)?', options: ['Yes', 'No'] },
    { id: 'q_onsite', kind: 'radio', label: 'This role needs you in our one-north office three days a week. Are you able to?', options: ['Yes', 'No'] },
    { id: 'q_cloud', kind: 'select', label: 'Which cloud do you know best?', options: ['AWS', 'Azure', 'Google Cloud', 'Alibaba Cloud'] },
  ],
});
