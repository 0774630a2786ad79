import { renderApplication } from './template.jsx';

const Q = 'primaryQuestionnaire--3f1c2a9d8e7b1001a4c5e00b9d2f6a0';

renderApplication({
  title: 'Senior Data Engineer, Claims Analytics',
  reqId: 'R-20418',
  where: 'Hartford, CT · Hybrid or Remote - United States',
  questions: [
    { key: 'authorized', id: `${Q}1`, required: true, label: 'Are you legally authorized to work in the United States?', options: ['Yes', 'No'] },
    { key: 'sponsorship', id: `${Q}2`, required: true, label: 'Will you now or in the future require sponsorship for employment visa status (e.g., H-1B visa status)?', options: ['Yes', 'No'] },
    { key: 'years', id: `${Q}3`, required: true, label: 'How many years of professional experience do you have in data engineering or a closely related field?', options: ['Less than 2 years', '2-4 years', '5-6 years', '7-9 years', '10 or more years'] },
    { key: 'age', id: `${Q}4`, required: true, label: 'Are you at least 18 years of age?', options: ['Yes', 'No'] },
    {
      key: 'offices', id: 'input-31', type: 'prompt', multi: true, label: 'Which Marisburg locations would you consider working from?',
      tree: [
        { label: 'Connecticut', children: ['Hartford, CT (Headquarters)', 'New Haven, CT'] },
        { label: 'North Carolina', children: ['Charlotte, NC'] },
        { label: 'Remote', children: ['Remote - United States'] },
      ],
    },
    { key: 'salary', id: `${Q}5`, type: 'textarea', required: true, label: 'What are your annual base salary expectations (USD)?' },
  ],
});
