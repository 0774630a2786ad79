import { renderApplication } from '../ve-ashby-lanternfish/application.jsx';
import { EEO_SECTION } from '../ve-ashby-lanternfish/eeo.js';

renderApplication({
  org: 'Lanternfish AI',
  title: 'ML Data Engineer, Evaluations',
  meta: 'Research · Remote (US or Canada) · Full time · $150K – $195K',
  sections: [
    {
      questions: [
        { name: '_systemfield_name', label: 'Name', kind: 'text', required: true },
        { name: '_systemfield_email', label: 'Email', kind: 'email', required: true },
        { name: '_systemfield_phone', label: 'Phone', kind: 'phone' },
        { name: '_systemfield_location', label: 'Location', kind: 'location', required: true, placeholder: 'Start typing...' },
        { name: '_systemfield_resume', label: 'Resume', kind: 'file', required: true },
        { name: '2a64c0d9-31f7-4b8e-a5c2-9e07d1b3f6a8', label: 'Cover letter', description: 'Paste it here, or leave blank.', kind: 'long' },
        { name: '3b75d1ea-4208-4c9f-b6d3-af18e2c407b9', label: 'LinkedIn', kind: 'url', required: true },
        { name: '4c86e2fb-5319-4da0-87e4-b029f3d518ca', label: 'Personal website', kind: 'url' },
        { name: '5d97f30c-642a-4eb1-98f5-c13a04e629db', label: 'Current employer', kind: 'text' },
      ],
    },
    {
      title: 'Eligibility',
      questions: [
        { name: '6ea8041d-753b-4fc2-a906-d24b15f73aec', label: "Do you have unrestricted authorization to work in the country you'd be working from (US or Canada)?", kind: 'yesno', required: true },
        { name: '7fb9152e-864c-40d3-ba17-e35c26084bfd', label: 'Will you require Lanternfish to sponsor an employment visa (e.g. H-1B, TN, O-1)?', kind: 'radio', required: true, options: ['Yes', 'No', 'Not sure'] },
        { name: '80ca263f-975d-41e4-8b28-f46d3719c50e', label: 'Years of professional experience', kind: 'select', required: true, options: ['Less than 1 year', '1-2 years', '3-4 years', '5-6 years', '7-8 years', '9+ years'], placeholder: 'Select...' },
        { name: '91db3740-a86e-42f5-9c39-057e482ad61f', label: 'Salary expectations (base, USD)', kind: 'radio', required: true, options: ['$120k – $140k', '$140k – $160k', '$160k – $180k', '$180k+'] },
        { name: 'a2ec4851-b97f-4306-8d4a-1680593be720', label: 'When could you start?', kind: 'radio', required: true, options: ['Immediately', 'Within 2 weeks', 'Within a month', '1–3 months from now', 'More than 3 months from now'] },
      ],
    },
    {
      title: 'Background',
      questions: [
        { name: 'b3fd5962-c0a8-4417-9e4b-2791604cf831', label: 'Highest degree', kind: 'select', options: ['High school diploma', 'Associate', "Bachelor's", "Master's", 'PhD', 'Other'], placeholder: 'Select...' },
        { name: 'c40e6a73-d1b9-4528-8f5c-38a2715d0942', label: 'University', kind: 'text' },
        { name: 'd51f7b84-e2ca-4639-a06d-49b3826e1a53', label: "Is your degree in a quantitative field (CS, statistics, math, physics, or similar)?", kind: 'yesno' },
        { name: 'e6208c95-f3db-474a-b17e-5ac4937f2b64', label: 'Which ML frameworks have you worked with?', kind: 'multicombo', options: ['PyTorch', 'JAX', 'TensorFlow', 'Hugging Face Transformers', 'scikit-learn', 'vLLM'], placeholder: 'Select...' },
        { name: 'f7319da6-04ec-485b-8c28-6bd5a4803c75', label: 'Which of these time zones could you overlap with for at least four hours a day?', description: 'Select all that apply.', kind: 'multi', options: ['US Pacific', 'US Eastern', 'UK / Ireland', 'Central Europe'] },
        { name: '0842aeb7-15fd-496c-9d39-7ce6b5914d86', label: "Link to or describe an evaluation or data-quality system you've built.", kind: 'long', required: true },
        { name: '1953bfc8-260e-4a7d-8e4a-8df7c6a25e97', label: 'How did you hear about this role?', kind: 'radio', options: ['LinkedIn', 'Hacker News', 'Referral', 'Conference talk', 'Other'] },
        { name: '2a64c0d9-371f-4b8e-9f5b-9e08d7b36fa8', label: "I agree to Lanternfish's Candidate Privacy Policy.", kind: 'checkbox', required: true },
      ],
    },
    EEO_SECTION,
  ],
});
