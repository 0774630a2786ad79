import { renderApplication } from './template.jsx';

renderApplication({
  title: 'Senior Data Engineer, Ledger Platform',
  meta: 'Vancouver, BC · San Francisco, CA · Remote (Canada or US)',
  blurb: 'Quillmere builds bookkeeping for 30,000 small firms. The ledger team owns the event store, the nightly reconciliations and the warehouse the accountants query.',
  questions: [
    { type: 'cascader', key: 'fieldOfStudy', label: 'Field of study', options: [
      { value: 'eng', label: 'Engineering', children: [{ value: 'cs', label: 'Computer science' }, { value: 'ee', label: 'Electrical engineering' }, { value: 'se', label: 'Software engineering' }] },
      { value: 'sci', label: 'Sciences', children: [{ value: 'math', label: 'Mathematics' }, { value: 'stats', label: 'Statistics' }, { value: 'phys', label: 'Physics' }] },
      { value: 'bus', label: 'Business', children: [{ value: 'acct', label: 'Accounting' }, { value: 'econ', label: 'Economics' }, { value: 'fin', label: 'Finance' }] },
      { value: 'other', label: 'Other' },
    ] },
    { type: 'cards', key: 'onCall', label: 'The ledger team runs a pager. What would work for you?', options: [
      { value: 'full', title: 'Full rotation', desc: 'One week in five, nights included.' },
      { value: 'day', title: 'Daytime only', desc: 'Business hours in my time zone.' },
      { value: 'talk', title: 'Let’s talk', desc: 'I have constraints to discuss.' },
    ] },
    { type: 'segmented', key: 'kafka', label: 'How comfortable are you running Kafka in production?', options: ['Never used it', 'Some', 'Very'] },
    { type: 'switch', key: 'fintech', label: 'I have worked on accounting or payments software before', description: 'Not required.' },
  ],
});
