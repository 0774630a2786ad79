import { renderLumora } from './form.jsx';

renderLumora({
  team: 'Lumora Medical Inc. · Data & AI',
  title: 'Data Engineer, Clinical Evidence Platform',
  location: 'Boston, MA or remote within the United States',
  blurb: 'Lumora builds implantable cardiac monitors used in 31 countries. Our US data team turns post-market device telemetry and registry data into the clinical evidence regulators ask for.',
  locationLabel: 'Current location',
  experienceLabel: 'Years of relevant professional experience *',
  ranges: ['Less than 3 years', '3 to 5 years', '6 to 9 years', '10 years or more'],
  questions: [
    { id: 'q_workPermit', kind: 'toggle', required: true, label: 'Are you legally authorized to work in the United States?', options: [{ value: 'yes', label: 'Yes, I am authorized to work in the US' }, { value: 'no', label: 'No, I am not authorized' }] },
    { id: 'q_visa', kind: 'toggle', required: true, vertical: true, label: 'Will you now or in the future require sponsorship for an employment visa?', options: [{ value: 'yes', label: 'Yes, I will need sponsorship' }, { value: 'no', label: 'No, I will not need sponsorship' }] },
    { id: 'q_gxp', kind: 'select', required: true, label: 'Have you worked with data in a GxP- or FDA-regulated environment?', options: ['Yes, for more than two years', 'Yes, for less than two years', 'No'] },
    { id: 'q_travel', kind: 'toggle', required: false, label: 'The role includes up to 4 trips a year to Munich. Is that possible for you?', options: [{ value: 'yes', label: 'Yes, that works' }, { value: 'no', label: 'No, I cannot travel' }] },
    { id: 'q_motivation', kind: 'text', long: true, label: 'Why Lumora? (optional)' },
  ],
});
