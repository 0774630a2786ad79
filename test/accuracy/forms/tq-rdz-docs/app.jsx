import { renderApplication } from './template.jsx';

renderApplication({
  company: 'Larkspur Health',
  title: 'Senior Data Engineer, Claims Platform',
  where: 'Remote (US) · Full-time · $140k–$175k',
  portfolioLabel: 'Portfolio or personal site',
  resumeRequired: true,
  resumeExts: ['.pdf', '.doc', '.docx'],
  resumeHint: 'PDF, DOC or DOCX · max 10 MB',
  coverExts: ['.pdf', '.docx', '.txt'],
  coverHint: 'Optional · PDF, DOCX or TXT',
  yearsLabel: 'Years of experience',
  yearsMax: 15,
  questions: [
    { id: '311', type: 'cards', required: true, label: 'Are you legally authorized to work in the United States?', options: [
      ['yes', 'Yes', 'I can start work without any change to my status'], ['no', 'No', ''],
    ] },
    { id: '312', type: 'cards', required: true, label: 'Will you now, or in the future, require sponsorship for employment visa status?', options: [
      ['yes', 'Yes', 'e.g. H-1B, TN, or an OPT extension'], ['no', 'No', ''],
    ] },
    { id: '313', type: 'cards', compact: true, label: 'Pronouns', hint: 'Optional. We use these in interview scheduling emails.', options: [
      ['she', 'She/her'], ['he', 'He/him'], ['they', 'They/them'], ['self', 'Self-describe'],
    ] },
    { id: '314', type: 'checks', label: 'Which of these have you worked with? Select all that apply.', options: [
      ['x12', 'X12 837/835 claims files'], ['fhir', 'HL7 FHIR'], ['hipaa', 'HIPAA-regulated data'], ['dbt', 'dbt'], ['spark', 'Apache Spark'],
    ] },
    { id: '315', type: 'checks', required: true, label: 'Please confirm all that apply to you.', options: [
      ['auth', 'I am authorized to work in the US for any employer'], ['nospons', 'I will not require visa sponsorship now or in the future'],
      ['ca', 'I live in one of the states where we hire (CA, CO, NY, TX, WA)'], ['bg', 'I consent to a background check if I receive an offer'],
    ] },
    { id: '316', type: 'cards', label: 'Gender (voluntary)', options: [['f', 'Female'], ['m', 'Male'], ['nb', 'Non-binary'], ['decline', 'I prefer not to say']] },
  ],
});
