import { renderApplication } from '../ashby/application.jsx';

renderApplication({
  title: 'Senior Data Engineer, Platform',
  company: 'Hollowtide',
  questions: [
    { id: 'a7e3c912-64bd-4f0e-8d25-1c9b7f40e601', label: "Phone number", kind: 'text', type: 'tel', required: true },
    { id: 'a7e3c912-64bd-4f0e-8d25-1c9b7f40e602', label: "Current location (city, state)", kind: 'text', required: true },
    { id: 'a7e3c912-64bd-4f0e-8d25-1c9b7f40e603', label: "LinkedIn", kind: 'text' },
    { id: 'a7e3c912-64bd-4f0e-8d25-1c9b7f40e604', label: "GitHub", kind: 'text' },
    { id: 'a7e3c912-64bd-4f0e-8d25-1c9b7f40e605', label: "Do you require visa sponsorship to work in the US, now or in the future?", kind: 'yesno', required: true },
    { id: 'a7e3c912-64bd-4f0e-8d25-1c9b7f40e606', label: "Are you legally authorized to work in the United States for any employer?", kind: 'yesno', required: true },
    { id: 'a7e3c912-64bd-4f0e-8d25-1c9b7f40e607', label: "Current or most recent employer", kind: 'text' },
    { id: 'a7e3c912-64bd-4f0e-8d25-1c9b7f40e608', label: "Years of industry experience", kind: 'text', type: 'number' },
    { id: 'a7e3c912-64bd-4f0e-8d25-1c9b7f40e609', label: "What base salary are you targeting? (USD per year)", kind: 'text' },
    { id: 'a7e3c912-64bd-4f0e-8d25-1c9b7f40e610', label: "Earliest start date", kind: 'date' },
    { id: 'a7e3c912-64bd-4f0e-8d25-1c9b7f40e611', label: "Pronouns", kind: 'text', placeholder: "e.g. they/them" },
    { id: 'a7e3c912-64bd-4f0e-8d25-1c9b7f40e612', label: "Cover letter", kind: 'textarea' },
    { id: 'a7e3c912-64bd-4f0e-8d25-1c9b7f40e613', label: "We are remote-first and meet in person in Denver once a quarter. Are you able to travel for these on-sites?", kind: 'yesno', required: true },
    { id: 'a7e3c912-64bd-4f0e-8d25-1c9b7f40e614', label: "Have you run Kafka or Flink in production?", kind: 'yesno' },
    { id: 'a7e3c912-64bd-4f0e-8d25-1c9b7f40e615', label: "Who referred you, if anyone?", kind: 'text' },
    { id: 'a7e3c912-64bd-4f0e-8d25-1c9b7f40e616', label: "Tell us about a data system you designed end to end. What would you change about it now?", kind: 'textarea', required: true },
  ],
});
