import { renderPosting } from '../ug-antd-workpass-sg/template.jsx';

renderPosting({
  company: 'Serangoon Health Technologies',
  team: 'Payments Platform',
  location: 'Singapore (Paya Lebar), hybrid',
  jobId: 'SHT-24-131',
  title: 'Data Platform Engineer, Claims & Payments',
  blurb: [
    'Our claims team settles over a million insurer and corporate-panel claims a month between clinics, patients and payers.',
    'You will own the ledger and reconciliation pipelines and the data contracts with our insurer partners.',
  ],
  passLabel: 'Will you require an Employment Pass to work in Singapore?',
  questions: [
    { id: 'q_recon', kind: 'select', label: 'Experience with payment reconciliation', options: ['None', 'Some exposure', 'Built reconciliation systems'] },
    { id: 'q_current', kind: 'radio', label: 'Are you currently employed?', options: ['Yes', 'No'] },
    { id: 'q_note', kind: 'text', long: true, label: 'Anything else you would like the hiring team to know?' },
  ],
});
