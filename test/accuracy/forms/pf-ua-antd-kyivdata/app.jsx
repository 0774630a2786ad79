import { renderApplication } from './template.jsx';

renderApplication({
  title: 'Senior Data Engineer (Azure / Databricks)',
  company: 'КиївДата',
  where: 'Київ, Поділ · гібридний формат',
  employment: 'Повна зайнятість',
  experience: ['Без досвіду', 'До 1 року', '1–3 роки', '3–5 років', 'Понад 5 років'],
  questions: [
    { key: 'q_4417', type: 'radio', label: 'Чи маєте ви право на працевлаштування в Україні?', options: ['Так', 'Ні', 'Потрібен дозвіл на роботу'] },
    { key: 'q_4418', type: 'select', label: 'Рівень англійської', options: ['Elementary', 'Pre-Intermediate', 'Intermediate', 'Upper-Intermediate', 'Advanced', 'Fluent'] },
    { key: 'q_4419', type: 'switch', label: 'Чи працюєте ви зараз?' },
    { key: 'q_4420', type: 'text', label: 'Посилання на GitHub', placeholder: 'https://github.com/...' },
  ],
});
