import { renderApplication } from '../pp-vueselect-marrowind/template.js';

renderApplication({
  title: 'Data Engineer, Treasury & FX',
  meta: 'Remote (United States or Canada) · Full-time',
  blurb: 'Treasury moves Marrowind’s float between eleven currencies every night. You will build the pipelines behind the FX exposure report and the cash forecast the CFO signs off.',
  questions: [
    { type: 'pick', id: 'q_exp', key: 'experience', label: 'Years of relevant experience', required: true, options: ['0–1', '2–4', '5–9', '10+'] },
    { type: 'pick', id: 'q_degree', key: 'degree', label: 'Highest completed education', options: ['High school diploma', 'CEGEP / college diploma', 'Bachelor (BSc, BA, BEng, BCom)', 'Master (MSc, MBA, MEng)', 'PhD'] },
    { type: 'check', id: 'q_us_ok', key: 'usWorkConfirmed', label: 'I confirm that I can work in the United States without Marrowind sponsoring a visa, now or in the future.' },
    { type: 'pick', id: 'q_tz', key: 'timezone', label: 'Your working time zone', searchable: true, options: ['America/Anchorage', 'America/Chicago', 'America/Denver', 'America/Halifax', 'America/Los_Angeles', 'America/New_York', 'America/Toronto', 'America/Vancouver', 'Europe/London'] },
    { type: 'pick', id: 'q_start_month', key: 'startMonth', label: 'Which month could you start?', options: ['December 2026', 'January 2027', 'February 2027', 'March 2027', 'April 2027 or later'] },
    { type: 'radio', id: 'q_comp', key: 'compBand', label: 'Which base salary band fits your expectations?', options: [['a', 'Band A · US$115,000 – US$135,000'], ['b', 'Band B · US$135,000 – US$155,000'], ['c', 'Band C · US$155,000 – US$175,000']] },
    { type: 'pick', id: 'q_fx', key: 'fxExperience', label: 'Have you worked with FX rates or multi-currency ledgers before?', options: ['Yes, in production', 'A little', 'Not yet'] },
    { type: 'radio', id: 'q_onsite', key: 'offsites', label: 'The team meets in Toronto twice a year for a week. Can you travel to Canada?', options: ['Yes', 'No', 'Not sure yet'] },
  ],
});
