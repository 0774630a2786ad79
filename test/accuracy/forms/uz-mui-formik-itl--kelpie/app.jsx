import { renderPosting } from '../uz-mui-formik-itl/template.jsx';

renderPosting({
  company: 'Kelpie Robotics',
  team: 'Autonomy Data',
  where: 'Boston, MA · San Francisco, CA · Remote US',
  title: 'Senior Data Engineer, Robot Fleet Telemetry',
  blurb: 'Kelpie builds autonomous forklifts for cold-storage warehouses. Every robot streams 2 GB of sensor and event data a shift; the Autonomy Data team makes it searchable for the engineers who train and debug our navigation stack.',
  phoneLabel: 'Phone',
  phoneCountry: 'gb',
  metroLabel: 'Where are you based?',
  metroHint: 'Closest office or remote',
  metros: ['Boston, MA', 'Cambridge, MA', 'New York, NY', 'San Francisco, CA', 'San Jose, CA', 'Remote (US)', 'Remote (outside the US)'],
  portfolioLabel: 'Personal website',
  yearsLabel: 'Professional experience',
  years: ['0–2 yrs', '3–5 yrs', '6–8 yrs', '9+ yrs'],
  salaryLabel: 'Desired annual salary',
  availableLabel: 'Start month',
  authLabel: 'Which best describes your right to work in the United States?',
  authOptions: [
    ['needs_sponsorship', 'I will need sponsorship', 'Now or in the future, for example H-1B or TN'],
    ['unrestricted', 'I can work for any US employer', 'No sponsorship needed, now or later'],
    ['opt', 'I am on OPT / STEM OPT', 'Will need sponsorship after OPT ends'],
  ],
  sponsorLabel: 'Kelpie would need to sponsor my visa',
  pronouns: ['he/him', 'she/her', 'they/them', 'ze/zir'],
  motivationLabel: 'Which robot failure would you most like to be able to explain from the data?',
  sources: ['LinkedIn', 'Robotics job board', 'Conference', 'Friend at Kelpie', 'Podcast', 'Other'],
});
