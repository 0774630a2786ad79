import { renderPosting } from './template.jsx';

renderPosting({
  "team": "Grid Data Platform",
  "title": "Senior Data Engineer, Outage Analytics",
  "where": "San Francisco, CA or remote (US) · Full-time",
  "fields": {
    "preferredName": true,
    "github": false,
    "relocation": null
  },
  "questions": [
    {
      "key": "q40117",
      "kind": "yesno",
      "label": "Are you at least 18 years old?",
      "required": true
    },
    {
      "key": "q40118",
      "kind": "select",
      "label": "How many years have you worked with time-series or sensor data?",
      "options": [
        "None",
        "Less than 2 years",
        "2-5 years",
        "More than 5 years"
      ]
    },
    {
      "key": "q40119",
      "kind": "yesno",
      "label": "Our outage on-call rotation is one week in six. Are you comfortable joining it?",
      "required": true
    },
    {
      "key": "q40120",
      "kind": "text",
      "label": "Anything else you'd like us to know?"
    }
  ]
});
