import { mount } from './careers.js';

mount({
  role: 'Senior Data Engineer, Fare Systems',
  linkLabel: 'GitHub profile',
  yearsLabel: 'Years of data engineering experience',
  years: ['Less than 2 years', '2–4 years', '5–7 years', '8–10 years', 'More than 10 years'],
  authLabel: 'Are you legally authorized to work in the United States?',
  sponsorLabel: 'Will you now or in the future require sponsorship for a US work visa?',
  questions: [
    { key: 'q_fare_1', type: 'radio', label: 'Have you worked with account-based fare or payment-card transaction data?', options: ['Yes', 'No'] },
    { key: 'q_fare_2', type: 'checkbox', label: 'Which of these have you run in production?', options: ['Kafka', 'Flink', 'Spark Structured Streaming', 'Airflow', 'dbt'] },
    { key: 'q_fare_3', type: 'select', label: 'Our US team overlaps with Vancouver from 9 am to 1 pm Pacific. Can you work those hours?', options: ['Yes', 'Yes, with some flexibility needed', 'No'] },
  ],
});
