// The posting this page shows: its sections and questions (read by app.jsx).
export const posting = {
 "sections": [
  {
   "title": "Personal details",
   "fields": [
    {
     "key": "firstName",
     "type": "text",
     "label": "First name",
     "required": true
    },
    {
     "key": "surname",
     "type": "text",
     "label": "Surname",
     "required": true
    },
    {
     "key": "email",
     "type": "text",
     "input": "email",
     "label": "Email address",
     "required": true
    },
    {
     "key": "dialCode",
     "type": "select",
     "label": "Country code",
     "items": [
      [
       "GB",
       "United Kingdom (+44)"
      ],
      [
       "CA",
       "Canada (+1)"
      ],
      [
       "DE",
       "Germany (+49)"
      ],
      [
       "IE",
       "Ireland (+353)"
      ],
      [
       "NL",
       "Netherlands (+31)"
      ],
      [
       "US",
       "United States (+1)"
      ]
     ]
    },
    {
     "key": "mobile",
     "type": "text",
     "input": "tel",
     "label": "Phone number",
     "required": true,
     "help": "We'll only call you about this application."
    },
    {
     "key": "town",
     "type": "text",
     "label": "Town / city"
    },
    {
     "key": "postcode",
     "type": "text",
     "label": "Postcode / ZIP code"
    },
    {
     "key": "country",
     "type": "combo",
     "label": "Country of residence",
     "required": true,
     "items": "@countries",
     "tlabel": "Country of residence (Fluent Combobox, world-countries; \"United States Minor Outlying Islands\" and \"United States Virgin Islands\" listed)"
    },
    {
     "key": "linkedin",
     "type": "text",
     "input": "url",
     "label": "LinkedIn URL"
    }
   ]
  },
  {
   "title": "Experience",
   "fields": [
    {
     "key": "employer",
     "type": "text",
     "label": "Current employer"
    },
    {
     "key": "jobTitle",
     "type": "text",
     "label": "Current job title"
    },
    {
     "key": "years",
     "type": "select",
     "label": "Years of relevant experience",
     "required": true,
     "items": [
      "0–1",
      "1–3",
      "3–5",
      "5+"
     ]
    },
    {
     "key": "qualification",
     "type": "select",
     "label": "Education",
     "items": [
      "Secondary school",
      "Undergraduate degree",
      "Postgraduate degree",
      "Doctorate",
      "Other"
     ]
    },
    {
     "key": "cv",
     "type": "file",
     "label": "CV",
     "required": true,
     "help": "PDF or Word, up to 5 MB"
    },
    {
     "key": "coveringLetter",
     "type": "textarea",
     "label": "Supporting statement",
     "help": "Tell us why you are applying and how you meet the criteria."
    }
   ]
  },
  {
   "title": "Right to work and availability",
   "fields": [
    {
     "key": "rightToWork",
     "type": "radio",
     "vertical": true,
     "label": "US work eligibility",
     "required": true,
     "items": [
      [
       "yes",
       "Yes – I can work in the US without restriction"
      ],
      [
       "no",
       "No – I would need a visa or permit"
      ]
     ]
    },
    {
     "key": "visa",
     "type": "radio",
     "label": "Do you need us to sponsor a work visa?",
     "required": true,
     "items": [
      [
       "yes",
       "Yes"
      ],
      [
       "no",
       "No"
      ]
     ]
    },
    {
     "key": "startDate",
     "type": "text",
     "label": "Available from",
     "help": "DD/MM/YYYY",
     "placeholder": "DD/MM/YYYY"
    },
    {
     "key": "notice",
     "type": "select",
     "label": "Current notice period",
     "items": [
      "None",
      "Up to 4 weeks",
      "1–2 months",
      "3 months"
     ]
    },
    {
     "key": "currency",
     "type": "select",
     "label": "Salary currency",
     "items": [
      [
       "GBP",
       "GBP (£)"
      ],
      [
       "EUR",
       "EUR (€)"
      ],
      [
       "USD",
       "USD ($)"
      ]
     ]
    },
    {
     "key": "salary",
     "type": "text",
     "label": "Expected salary",
     "help": "Base salary, before tax"
    },
    {
     "key": "per",
     "type": "select",
     "label": "Salary period",
     "items": [
      [
       "year",
       "per year"
      ],
      [
       "month",
       "per month"
      ],
      [
       "day",
       "per day"
      ]
     ]
    },
    {
     "key": "scada",
     "type": "radio",
     "label": "Have you worked with SCADA or EMS data before?",
     "items": [
      [
       "yes",
       "Yes"
      ],
      [
       "no",
       "No"
      ]
     ]
    },
    {
     "key": "onCall",
     "type": "radio",
     "vertical": true,
     "label": "Grid operations run 24/7. How do you feel about an on-call rota (one week in six)?",
     "items": [
      [
       "fine",
       "Happy to join it"
      ],
      [
       "limited",
       "Only during US daytime"
      ],
      [
       "no",
       "I would rather not"
      ]
     ]
    }
   ]
  },
  {
   "title": "Equal opportunities and data",
   "fields": [
    {
     "key": "source",
     "type": "select",
     "label": "Where did you hear about this role?",
     "items": [
      "LinkedIn",
      "Otta",
      "Climatebase",
      "Kittiwake website",
      "Referral",
      "Other"
     ]
    },
    {
     "key": "gender",
     "type": "select",
     "label": "Gender (optional)",
     "items": [
      "Woman",
      "Man",
      "Non-binary",
      "Prefer to self-describe",
      "Prefer not to say"
     ]
    },
    {
     "key": "ethnicity",
     "type": "select",
     "label": "Ethnic group (optional)",
     "items": [
      "Asian or Asian British",
      "Black, Black British, Caribbean or African",
      "Mixed or multiple ethnic groups",
      "White",
      "Other ethnic group",
      "Prefer not to say"
     ]
    },
    {
     "key": "talentPool",
     "type": "checkbox",
     "label": "Keep my details on file for future roles (12 months)"
    },
    {
     "key": "privacy",
     "type": "checkbox",
     "label": "I have read the Kittiwake candidate privacy notice (UK GDPR) *"
    }
   ]
  }
 ]
};
