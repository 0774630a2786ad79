import { renderApplication } from './template.jsx';

renderApplication({
  "company": "Fernhollow Robotics",
  "team": "Fleet Analytics",
  "title": "Senior Data Engineer, Fleet Analytics",
  "where": "San Francisco · New York · Remote (US)",
  "intro": "Our sidewalk robots log every stop, door and battery swap. You will build the warehouse and streaming jobs that tell operations where the fleet should be tomorrow.",
  "locationLabel": "Where are you based?",
  "locationHint": "City, State",
  "githubLabel": "GitHub",
  "questionsTitle": "A few questions",
  "newsletter": "Send me the Fernhollow engineering newsletter",
  "questions": [
    {
      "key": "workAuth",
      "type": "cards",
      "required": true,
      "label": "Which best describes your authorization to work in the United States?",
      "options": [
        {
          "title": "Authorized, no sponsorship needed",
          "text": "Citizen, permanent resident, or a status that does not need an employer to sponsor it"
        },
        {
          "title": "Authorized now, sponsorship needed later",
          "text": "For example F-1 OPT / STEM OPT, or an EAD that will expire"
        },
        {
          "title": "I need sponsorship to start",
          "text": "For example a new H-1B petition or a transfer"
        }
      ]
    },
    {
      "key": "yearsBucket",
      "type": "segmented",
      "label": "Years of data engineering experience",
      "options": [
        "0–2",
        "3–4",
        "5–6",
        "7–9",
        "10+"
      ]
    },
    {
      "key": "currentlyEmployed",
      "type": "switch",
      "label": "I'm currently employed",
      "follow": {
        "key": "currentEmployer",
        "label": "Current employer",
        "when": true
      }
    },
    {
      "key": "relocation",
      "type": "cards",
      "required": true,
      "label": "Our hubs are in San Francisco and New York. Would you relocate to one?",
      "options": [
        {
          "title": "I already live near a hub",
          "text": "Within commuting distance of San Francisco or New York"
        },
        {
          "title": "Yes, I'd relocate",
          "text": "We offer a relocation package"
        },
        {
          "title": "No, remote only",
          "text": "Remote roles are open in most US states"
        }
      ]
    },
    {
      "key": "preferredLocations",
      "type": "multiselect",
      "label": "Preferred work locations",
      "options": [
        "San Francisco",
        "New York",
        "Remote (US)"
      ]
    },
    {
      "key": "salaryBand",
      "type": "select",
      "required": true,
      "label": "Base salary expectation",
      "hint": "USD per year",
      "options": [
        "$100k – $120k",
        "$120k – $140k",
        "$140k – $160k",
        "$160k – $180k",
        "$180k – $200k",
        "$200k+"
      ]
    },
    {
      "key": "startWhen",
      "type": "select",
      "required": true,
      "label": "When could you start?",
      "options": [
        "Right away",
        "Within 2 weeks",
        "Within a month",
        "1–2 months",
        "2+ months"
      ]
    },
    {
      "key": "noticePeriod",
      "type": "select",
      "label": "Notice period",
      "options": [
        "None – I can start right away",
        "1 week",
        "2 weeks",
        "1 month",
        "2 months",
        "3 months or more"
      ]
    },
    {
      "key": "travel",
      "type": "segmented",
      "label": "How much travel works for you?",
      "hint": "Quarterly visits to our test track in Livermore, CA.",
      "options": [
        "None",
        "Up to 10%",
        "Up to 25%",
        "50%+"
      ]
    },
    {
      "key": "onCall",
      "type": "switch",
      "label": "I'm open to joining the on-call rotation (one week in eight)"
    }
  ],
  "files": [
    {
      "key": "resume",
      "label": "Resume",
      "button": "Upload resume",
      "accept": ".pdf,.doc,.docx",
      "required": true,
      "hint": "PDF or Word, up to 10 MB"
    },
    {
      "key": "coverLetter",
      "label": "Cover letter (optional)",
      "button": "Upload cover letter",
      "accept": ".pdf,.doc,.docx,.txt"
    },
    {
      "key": "workSamples",
      "label": "Portfolio or work samples (PDF)",
      "button": "Upload samples",
      "accept": ".pdf"
    }
  ]
});
