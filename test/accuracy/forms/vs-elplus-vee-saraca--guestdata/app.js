import { mount } from '../vs-elplus-vee-saraca/template.js';

mount({
  title: 'Guest Data Platform Engineer',
  workCountry: 'the United States',
  questions: [
    { key: 'q_cdp', label: 'Have you worked with a customer data platform such as Segment or Adobe Experience Platform?', options: ['Yes', 'No'] },
    { key: 'q_loyalty', label: 'Are you comfortable handling loyalty-member personal data under CCPA and PDPA rules?', options: ['Yes', 'No', 'Not sure'] },
    { key: 'q_idea', label: 'One idea to make a returning guest feel recognised.' },
  ],
});
