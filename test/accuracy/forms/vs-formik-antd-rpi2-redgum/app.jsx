import { mount } from './template.jsx';

mount({
  workCountry: 'the United States',
  questions: [
    { key: 'q_msha', label: 'Do you hold a current MSHA Part 48 surface miner training certificate?', options: ['Yes', 'No'] },
    { key: 'q_site', label: 'This role visits our Nevada sites about one week per quarter. Is that workable for you?', options: ['Yes', 'No'] },
  ],
});
