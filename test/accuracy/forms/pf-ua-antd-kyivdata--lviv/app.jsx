import { renderApplication } from '../pf-ua-antd-kyivdata/template.jsx';

renderApplication({
  title: 'BI-аналітик / Data Engineer (Power BI, SQL)',
  company: 'Гальбер',
  where: 'Львів · офіс',
  employment: 'Повна зайнятість',
  experience: ['Менше 1 року', '1–2 роки', '2–5 років', '5–10 років', 'Більше 10 років'],
  questions: [
    { key: 'q_7702', type: 'select', label: 'Чи готові ви до переїзду до Львова?', options: ['Так', 'Ні', 'Розгляну за умови релокаційного пакету'] },
    { key: 'q_7703', type: 'radio', label: 'Чи є у вас вища освіта?', options: ['Так', 'Ні', 'Навчаюся'] },
    { key: 'q_7704', type: 'text', label: 'Скільки років ви працюєте з Power BI?' },
    { key: 'q_7705', type: 'textarea', label: 'Опишіть найцікавіший дашборд, який ви створили' },
  ],
});
