import { mount } from '../vs-formik-antd-rpi2-redgum/template.jsx';

mount({
  workCountry: 'the United States',
  questions: [
    { key: 'q_leapfrog', label: 'Have you supported geologists working in Leapfrog or Vulcan?', options: ['Yes', 'No'] },
    { key: 'q_drive', label: 'Do you hold a current driver licence for light-vehicle site access?', options: ['Yes', 'No'] },
    { key: 'q_model', label: 'Describe how you would version drill-hole data across resource model updates.' },
  ],
});
