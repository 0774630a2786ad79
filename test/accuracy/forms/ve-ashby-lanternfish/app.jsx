import { renderApplication } from './application.jsx';
import { EEO_SECTION } from './eeo.js';

renderApplication({
  org: 'Lanternfish AI',
  title: 'Data Infrastructure Engineer',
  meta: 'Engineering · Remote (US) · Full time · $165K – $210K',
  sections: [
    {
      questions: [
        { name: '_systemfield_name', label: 'Name', kind: 'text', required: true },
        { name: '_systemfield_email', label: 'Email', kind: 'email', required: true },
        { name: '_systemfield_phone', label: 'Phone', kind: 'phone' },
        { name: '_systemfield_location', label: 'Location', kind: 'location', required: true, placeholder: 'Start typing...' },
        { name: '_systemfield_resume', label: 'Resume', kind: 'file', required: true },
        { name: '0b7e2c41-9d35-4f6a-8a21-6c3f9e0d5b12', label: 'Cover Letter', kind: 'file' },
        { name: '1c8f3d52-ae46-4071-9b32-7d40af1e6c23', label: 'LinkedIn Profile', kind: 'url', required: true },
        { name: '2d904e63-bf57-4182-ac43-8e51b02f7d34', label: 'GitHub', kind: 'url' },
        { name: '3ea15f74-c068-4293-bd54-9f62c1308e45', label: 'Portfolio', kind: 'url' },
        { name: '4fb26085-d179-43a4-8e65-a073d2419f56', label: 'Current company', kind: 'text' },
        { name: '50c37196-e28a-44b5-9f76-b184e352a067', label: 'Current title', kind: 'text' },
        { name: '61d482a7-f39b-45c6-a087-c295f463b178', label: 'Pronouns', kind: 'select', options: ['she/her', 'he/him', 'they/them', 'she/they', 'he/they', 'Prefer not to say', 'Other'], placeholder: 'Select...' },
      ],
    },
    {
      title: 'A few questions',
      questions: [
        { name: '72e593b8-04ac-46d7-b198-d3a60574c289', label: 'Are you currently authorized to work in the United States?', kind: 'yesno', required: true },
        { name: '83f6a4c9-15bd-47e8-82a9-e4b71685d39a', label: 'Will you now or in the future require visa sponsorship to work in the US?', kind: 'yesno', required: true },
        { name: '9407b5da-26ce-48f9-93ba-f5c82796e4ab', label: 'How many years of experience do you have in a data or infrastructure engineering role?', kind: 'radio', required: true, options: ['0-2', '3-5', '6-9', '10+'] },
        { name: 'a518c6eb-37df-490a-a4cb-06d938a7f5bc', label: 'Expected annual base salary (USD)', kind: 'number', required: true },
        { name: 'b629d7fc-48e0-4a1b-b5dc-17ea49b806cd', label: 'Earliest start date', kind: 'date', placeholder: 'MM/DD/YYYY' },
        { name: 'c73ae80d-59f1-4b2c-86ed-28fb5ac917de', label: 'We get together in San Francisco for one week every quarter. Are you able to travel for these onsites?', kind: 'yesno', required: true },
        { name: 'd84bf91e-6a02-4c3d-97fe-390c6bd028ef', label: 'Which of these have you run in production?', description: 'Select all that apply.', kind: 'multi', options: ['Kubernetes', 'Terraform', 'Kafka', 'Spark', 'Ray', 'Postgres'] },
        { name: 'e95c0a2f-7b13-4d4e-a80f-4a1d7ce139f0', label: 'Which areas would you most like to work on?', kind: 'multicombo', options: ['Training data pipelines', 'Evaluation infrastructure', 'Feature store', 'Inference logging', 'Data governance'], placeholder: 'Select...' },
        { name: 'f06d1b30-8c24-4e5f-b91a-5b2e8df24a01', label: "What's the most interesting data problem you've solved? (2-3 sentences)", kind: 'long' },
        { name: '01a7e2c4-9d35-4f60-8ca2-6c3f9e0d5b13', label: 'How did you hear about Lanternfish?', kind: 'select', options: ['LinkedIn', 'Hacker News', 'A friend or colleague', 'Our blog', 'Podcast', 'Other'], placeholder: 'Select...' },
        { name: '12b8f3d5-ae46-4071-9db3-7d40af1e6c24', label: "I agree to Lanternfish's Candidate Privacy Policy.", kind: 'checkbox', required: true },
      ],
    },
    EEO_SECTION,
  ],
});
