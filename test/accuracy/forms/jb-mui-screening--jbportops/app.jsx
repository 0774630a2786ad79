import { renderScreening } from '../jb-mui-screening/form.jsx';

renderScreening({
  "company": "Pelagic Systems",
  "job": "Data Engineer, Port Operations",
  "where": "Tacoma, WA · Hybrid",
  "questions": [
    {
      "id": "authorizedUS",
      "kind": "switch",
      "label": "I am authorized to work in the U.S. for any employer",
      "required": true
    },
    {
      "id": "sponsorship",
      "kind": "radio",
      "label": "Will you now or in the future require Pelagic to sponsor an employment visa?",
      "options": [
        "Yes",
        "No"
      ],
      "required": true
    },
    {
      "id": "over18",
      "kind": "radio",
      "label": "Are you over the age of 18?",
      "options": [
        "Yes",
        "No"
      ],
      "required": true
    },
    {
      "id": "timeZone",
      "kind": "select",
      "label": "Which time zone do you work in?",
      "options": [
        "Eastern (ET)",
        "Central (CT)",
        "Mountain (MT)",
        "Pacific (PT)",
        "Alaska (AKT)",
        "Hawaii (HT)"
      ]
    },
    {
      "id": "hybridDays",
      "kind": "select",
      "label": "Our Tacoma team is in the office Mondays and Thursdays. Are you able to work on-site 2 days per week?",
      "options": [
        "Yes",
        "No"
      ]
    },
    {
      "id": "felony",
      "kind": "radio",
      "label": "Have you ever been convicted of a felony?",
      "options": [
        "Yes",
        "No"
      ],
      "required": true
    },
    {
      "id": "workedHere",
      "kind": "radio",
      "label": "Have you ever worked for Pelagic Systems or one of its subsidiaries?",
      "options": [
        "Yes",
        "No"
      ]
    },
    {
      "id": "pay",
      "kind": "pay",
      "per": "Hour",
      "label": "Desired pay",
      "required": true,
      "help": "Enter an amount and choose hourly, monthly or yearly"
    },
    {
      "id": "currentPay",
      "kind": "text",
      "label": "Current base salary"
    },
    {
      "id": "startDate",
      "kind": "date",
      "label": "Date available to start",
      "required": true
    },
    {
      "id": "yearsBucket",
      "kind": "select",
      "label": "Total years of experience as a data engineer",
      "options": [
        "1–3",
        "4–6",
        "7–9",
        "10+"
      ],
      "required": true
    },
    {
      "id": "csDegree",
      "kind": "radio",
      "label": "Do you have a degree in Computer Science?",
      "options": [
        "Yes",
        "No"
      ]
    },
    {
      "id": "airflowYears",
      "kind": "text",
      "label": "Years of experience with Apache Airflow"
    },
    {
      "id": "languages",
      "kind": "checks",
      "label": "Which languages do you speak fluently?",
      "options": [
        "English",
        "Spanish",
        "Tagalog",
        "Vietnamese"
      ]
    },
    {
      "id": "relocate",
      "kind": "switch",
      "label": "I am willing to relocate to the Tacoma area (no relocation assistance is offered)"
    }
  ]
});
