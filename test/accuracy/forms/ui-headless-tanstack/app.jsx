import { renderPosting } from './template.jsx';

renderPosting({
  title: 'Senior Data Engineer, Network Planning',
  team: 'Data Platform',
  where: 'Oakland, CA (hybrid) or Remote (US)',
  intro: 'Tidewater moves 900,000 parcels a day through 41 sort centers. Network Planning turns scan events into the capacity forecasts our linehaul team schedules trucks from.',
  metros: ['Los Angeles, CA', 'Oakland, CA', 'Sacramento, CA', 'San Diego, CA', 'San Francisco, CA', 'San Jose, CA', 'Portland, OR', 'Seattle, WA', 'Phoenix, AZ', 'Denver, CO', 'Dallas, TX', 'Chicago, IL', 'Atlanta, GA', 'New York, NY', 'Other US location', 'Outside the US'],
  yearsLabel: 'How many years have you worked as a data engineer or in a similar role?',
  years: ['Less than 2', '2–4', '5–6', '7–9', '10 or more'],
  relocateLabel: 'I would relocate to the Oakland area for this role',
  questions: [
    { key: 'q_4411_scan', kind: 'radio', label: 'Have you worked with parcel scan or telematics event data?', options: ['Yes', 'No'] },
    { key: 'q_4412_office', kind: 'select', label: 'How often could you be in our Oakland office?', options: ['Never — remote only', 'Once a month', '1–2 days a week', '3+ days a week'] },
    { key: 'q_4413_story', kind: 'text', label: 'Tell us about a forecast or model you shipped that changed how an operation ran.' },
  ],
});
