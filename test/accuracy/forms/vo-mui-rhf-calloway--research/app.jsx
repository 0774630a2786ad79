import { renderApplication } from '../vo-mui-rhf-calloway/template.jsx';

renderApplication({
  title: 'Data Engineer, Calloway Research Institute',
  team: 'Research Institute',
  where: 'Remote — United States (Pacific or Mountain hours)',
  intro: [
    'The Calloway Research Institute runs 300 active clinical trials. Our data team builds the de-identified research warehouse that investigators query every day.',
    'You will own ingestion from REDCap and our trial management system, and help researchers turn raw extracts into reproducible datasets.',
  ],
  yearsLabel: 'How long have you worked in data engineering?',
  years: [['lt1', 'Less than 1 year'], ['1-4', '1 to 4 years'], ['5-8', '5 to 8 years'], ['9+', '9 years or more']],
  sitesLabel: 'Which research programs interest you most?',
  sites: ['Oncology', 'Cardiology', 'Neuroscience', 'Pediatrics', 'Population health'],
  questions: [
    { key: 'redcap', label: 'Have you administered or integrated REDCap projects?', options: ['Yes', 'No'], required: true },
    { key: 'gcp', label: 'Do you hold a current Good Clinical Practice (GCP) certificate?', options: ['Yes', 'No', 'It has expired'] },
    { key: 'publish', label: 'Are you interested in co-authoring research publications?', options: ['Yes', 'Maybe', 'No'] },
  ],
});
