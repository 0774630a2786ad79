import { renderApplication } from './template.jsx';

renderApplication({
  title: 'Senior Data Engineer, Clinical Data Platform',
  team: 'Data Platform',
  where: 'Toronto, ON · Remote in Canada or the US',
  intro:
    'Ossory Health connects 140 clinics to one scheduling and records platform. You will build the pipelines that move HL7 and FHIR feeds into the warehouse clinicians and researchers query every day.',
  defaultCountry: 'Canada',
  phoneHelper: 'Include your country code, e.g. +1 416 555 0199',
  coverLetter: 'file',
  years: ['Less than 1 year', '1–3 years', '4–6 years', '7–10 years', 'More than 10 years'],
  authLabel: 'Are you legally authorized to work in the country where you would be based?',
  sponsorLabel: 'Will you now or in the future require visa sponsorship?',
  questions: [
    { key: 'fhir', type: 'yesno', label: 'Have you worked with HL7 or FHIR data?' },
    { key: 'oncall', type: 'yesno', label: 'This team shares a weekly on-call rotation. Are you comfortable with that?' },
  ],
});
