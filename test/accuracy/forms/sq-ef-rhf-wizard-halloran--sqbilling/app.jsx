import { renderPosting } from '../sq-ef-rhf-wizard-halloran/template.jsx';

renderPosting({
  "team": "Customer Platform",
  "title": "Analytics Engineer, Customer Billing",
  "where": "Sacramento, CA (hybrid) · Full-time",
  "fields": {
    "preferredName": false,
    "github": true,
    "relocation": "This role is hybrid in Sacramento two days a week. Are you willing to relocate to the Sacramento area if needed?"
  },
  "questions": [
    {
      "key": "q41502",
      "kind": "select",
      "label": "How many years of experience do you have in analytics engineering or data engineering?",
      "options": [
        "0-2",
        "3-4",
        "5-7",
        "8-10",
        "11+"
      ],
      "required": true
    },
    {
      "key": "q41503",
      "kind": "yesno",
      "label": "Have you built models for utility billing or meter data?"
    },
    {
      "key": "q41504",
      "kind": "select",
      "label": "Which BI tool have you used the most?",
      "options": [
        "Looker",
        "Tableau",
        "Power BI",
        "Mode",
        "Other"
      ]
    }
  ]
});
