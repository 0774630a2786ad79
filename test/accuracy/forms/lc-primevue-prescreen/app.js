import { mountPosting } from './form.js';

mountPosting({
  company: 'Orrelby Clinical Labs',
  job: 'Senior Data Engineer, Assay Data Platform',
  where: 'South San Francisco, CA · Hybrid · Full-time',
  about: ['Our assay platform turns instrument output into results clinicians can trust. You will own the ingestion and modelling layers behind it.'],
  questions: [
    { type: 'heading', id: 'h1', label: 'Screening questions' },
    { id: 'petition', type: 'radio', required: true, options: ['Yes', 'No'], label: 'Will you now or in the future need Orrelby to file or take over a visa petition on your behalf (e.g., H-1B, O-1, TN, E-3) in order to work for us?' },
    { id: 'basis', type: 'radio', required: true, options: ['U.S. citizen', 'U.S. permanent resident (green card)', 'Employment Authorization Document (EAD) that does not require employer sponsorship', 'F-1 student / OPT (will need sponsorship later)', 'H-1B (would need a transfer)'], label: 'Which best describes your current U.S. work authorization?' },
    { id: 'commute', type: 'select', required: true, options: ['Yes', 'No'], label: 'Do you currently live within commuting distance (about 30 miles) of our South San Francisco lab?' },
    { id: 'onsiteDays', type: 'select', options: ['1 day', '2 days', '3 days', '4 days', '5 days'], label: 'The team is on site Tuesday and Thursday at minimum. How many days per week would you prefer to be on site?' },
    { id: 'salary', type: 'pay', required: true, currency: true, period: true, label: 'What is your expected base compensation?', help: 'Enter the amount, then choose its currency and pay period.' },
    { id: 'travel', type: 'radio', options: ['Yes', 'No'], label: 'This role includes occasional travel (up to 10%) to our Durham, NC site. Are you comfortable with that?' },
    { id: 'phi', type: 'radio', options: ['Yes', 'No'], label: 'Have you worked with HIPAA-regulated data or protected health information (PHI)?' },
    { id: 'yearsDe', type: 'number', required: true, label: 'Years of professional experience in data engineering' },
    { id: 'yearsDbt', type: 'number', label: 'Years of experience with dbt' },
    { id: 'education', type: 'select', required: true, options: ['High school', 'Associate', "Bachelor's", "Master's", 'PhD', 'PharmD / MD'], label: 'Highest level of education completed' },
    { id: 'gradYear', type: 'select', options: Array.from({ length: 27 }, (_, i) => String(2026 - i)), label: 'Year your highest degree was awarded' },
    { id: 'major', type: 'text', label: 'Field of study' },
    { id: 'certs', type: 'multi', options: ['AWS Certified Data Engineer – Associate', 'Google Cloud Professional Data Engineer', 'Snowflake SnowPro Core', 'Databricks Certified Data Engineer Associate', 'None of these'], label: 'Which of these certifications do you currently hold?' },
    { id: 'source', type: 'select', required: true, options: ['Orrelby careers page', 'LinkedIn', 'BioSpace', 'Referral from an Orrelby employee', 'Conference or meetup', 'Other'], label: 'How did you first hear about this opening?' },
    { id: 'referralCode', type: 'text', label: 'Referral code (optional)' },
    { id: 'bgCheck', type: 'check', required: true, label: 'I understand this role involves access to clinical data and that an offer is contingent on a background check.' },
    { id: 'talentPool', type: 'switch', label: 'Keep me in mind for future roles at Orrelby' },
  ],
});
