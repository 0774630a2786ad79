export const POSTING = {
  company: 'Spectra Lume Health',
  yearsLabel: 'How many years of experience do you have building data pipelines?',
  years: ['0-1', '2-3', '4-6', '7-9', '10+'],
  positionsHint: 'Optional: earlier positions, if they are not on your resume.',
  authorizedLabel: 'Are you currently eligible to work in the U.S. for any employer? *',
  sponsorshipLabel: 'Will you require Spectra Lume to sponsor a work visa, now or in the future? *',
  salaryLabel: 'What base salary are you targeting?',
  portfolioLabel: 'Portfolio or personal website',
  questionsTitle: 'Role-specific questions',
  questions: [
    { name: 'q_hipaa', type: 'radio', required: true, label: 'Have you worked with data covered by HIPAA?', options: ['Yes', 'No'] },
    { name: 'q_fhir', type: 'select', required: false, label: 'Which healthcare data standard have you used most?', options: ['HL7 v2', 'FHIR', 'X12 / EDI', 'None of these'] },
    { name: 'q_timezone', type: 'select', required: true, label: 'Which time zone do you work in?', options: ['Eastern', 'Central', 'Mountain', 'Pacific', 'Outside the U.S.'] },
  ],
  sources: ['LinkedIn', 'Built In', 'Spectra Lume careers page', 'A friend or colleague', 'Other'],
};
