import { mountPosting } from './template.jsx';

mountPosting({
  title: 'Senior Data Engineer, Lab Data Platform',
  team: 'Research Informatics',
  where: 'South San Francisco, CA (hybrid)',
  req: 'R-2291',
  blurb: [
    'Our automated labs run 40,000 assays a week. Plate readers, liquid handlers and sequencers all write their own formats.',
    'You will build the ingestion and modelling layer that turns instrument output into analysis-ready tables for our scientists.',
  ],
  yearsLabel: 'Years of professional experience in data engineering',
  linkLabel: 'GitHub profile',
  authLabel: 'Are you legally authorized to work in the United States?',
  authOptions: [{ label: 'Yes', value: 'yes' }, { label: 'No', value: 'no' }],
  sponsorLabel: 'Will you now or in the future require sponsorship for employment visa status (e.g. H-1B)?',
  sponsorOptions: [{ label: 'Yes', value: 'yes' }, { label: 'No', value: 'no' }],
  salaryHelp: 'Annual base in USD. The range for this role is $160,000 – $195,000.',
  questions: [
    { id: 'q_4101', kind: 'checks', label: 'Which lab systems have you integrated with?', options: ['Benchling', 'LabVantage', 'Dotmatics', 'Another LIMS / ELN'] },
    { id: 'q_4102', kind: 'radio', label: 'This role is on site in South San Francisco two days a week. Does that work for you?', options: ['Yes', 'No', 'I would like to discuss'] },
  ],
});
