import { renderApplication } from '../tz-mui-cards/template.jsx';

renderApplication({
  "company": "Fernhollow Robotics",
  "team": "Manufacturing Quality",
  "title": "Analytics Engineer, Manufacturing Quality",
  "where": "Austin, TX (hybrid) · or Remote (US)",
  "intro": "Every robot leaves the Austin line with 900 test readings. You will model them in dbt so quality engineers can find a bad batch before it ships.",
  "locationLabel": "Current city",
  "githubLabel": "GitHub or code samples",
  "questionsTitle": "Eligibility and logistics",
  "newsletter": "Email me about future roles on the Manufacturing team",
  "questions": [
    {
      "key": "authorizedUS",
      "type": "cards",
      "required": true,
      "label": "Are you legally authorized to work in the United States?",
      "options": [
        {
          "title": "Yes"
        },
        {
          "title": "No"
        }
      ]
    },
    {
      "key": "needsSponsorship",
      "type": "cards",
      "required": true,
      "label": "Will you now or in the future require sponsorship for employment visa status (e.g. H-1B)?",
      "options": [
        {
          "title": "Yes"
        },
        {
          "title": "No"
        }
      ]
    },
    {
      "key": "authorizedCanada",
      "type": "cards",
      "label": "This team also hires in Toronto. Are you authorized to work in Canada?",
      "options": [
        {
          "title": "Yes"
        },
        {
          "title": "No"
        },
        {
          "title": "Not applicable",
          "text": "I am only applying for the US role"
        }
      ]
    },
    {
      "key": "commuteAustin",
      "type": "cards",
      "required": true,
      "label": "Do you live within commuting distance of our Austin, TX plant?",
      "options": [
        {
          "title": "Yes"
        },
        {
          "title": "No"
        }
      ]
    },
    {
      "key": "relocateAustin",
      "type": "segmented",
      "label": "If not, would you relocate to Austin?",
      "options": [
        "Yes",
        "No",
        "Maybe"
      ]
    },
    {
      "key": "yearsBucket",
      "type": "segmented",
      "label": "Years in analytics or data engineering",
      "options": [
        "<3",
        "3–4",
        "5–6",
        "7–8",
        "9+"
      ]
    },
    {
      "key": "currentlyEmployed",
      "type": "switch",
      "label": "I currently have a job",
      "follow": {
        "key": "currentEmployer",
        "label": "Employer name",
        "when": true
      }
    },
    {
      "key": "startWhen",
      "type": "cards",
      "required": true,
      "label": "Earliest start",
      "options": [
        {
          "title": "Immediately"
        },
        {
          "title": "Within 30 days"
        },
        {
          "title": "31–60 days"
        },
        {
          "title": "61–90 days"
        },
        {
          "title": "Later than 90 days"
        }
      ]
    },
    {
      "key": "salaryBand",
      "type": "select",
      "required": true,
      "label": "Salary expectation (USD, annual)",
      "options": [
        "Under $110,000",
        "$110,000–$129,999",
        "$130,000–$149,999",
        "$150,000–$169,999",
        "$170,000 or more"
      ]
    },
    {
      "key": "shifts",
      "type": "multiselect",
      "label": "Shifts you could cover during product launches",
      "options": [
        "Day",
        "Swing",
        "Night"
      ]
    },
    {
      "key": "saturdays",
      "type": "switch",
      "label": "I can work some Saturdays during plant shutdowns"
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
      "key": "transcript",
      "label": "Transcript (recent graduates only)",
      "button": "Upload transcript",
      "accept": ".pdf"
    }
  ]
});
