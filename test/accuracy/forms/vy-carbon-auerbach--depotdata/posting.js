// The posting this page shows: its sections and questions (read by app.jsx).
export const posting = {
 "sections": [
  {
   "title": "Personal information",
   "fields": [
    {
     "key": "salutation",
     "type": "select",
     "label": "Salutation",
     "items": [
      "Ms.",
      "Mr.",
      "Mx.",
      "No salutation"
     ],
     "placeholder": "Please choose"
    },
    {
     "key": "firstName",
     "type": "text",
     "label": "First name *"
    },
    {
     "key": "lastName",
     "type": "text",
     "label": "Last name *"
    },
    {
     "key": "email",
     "type": "text",
     "input": "email",
     "label": "Email address *"
    },
    {
     "key": "dialCode",
     "type": "select",
     "label": "Country code",
     "items": [
      [
       "DE",
       "Germany (+49)"
      ],
      [
       "AT",
       "Austria (+43)"
      ],
      [
       "CH",
       "Switzerland (+41)"
      ],
      [
       "CA",
       "Canada (+1)"
      ],
      [
       "FR",
       "France (+33)"
      ],
      [
       "GB",
       "United Kingdom (+44)"
      ],
      [
       "US",
       "United States (+1)"
      ]
     ]
    },
    {
     "key": "phone",
     "type": "text",
     "input": "tel",
     "label": "Phone number",
     "help": "Digits only"
    },
    {
     "key": "street",
     "type": "text",
     "label": "Street and house number"
    },
    {
     "key": "postalCode",
     "type": "text",
     "label": "Postal code"
    },
    {
     "key": "city",
     "type": "text",
     "label": "City"
    },
    {
     "key": "country",
     "type": "combo",
     "label": "Country *",
     "items": "@countries",
     "tlabel": "Country (Carbon ComboBox, world-countries)"
    }
   ]
  },
  {
   "title": "Professional background",
   "fields": [
    {
     "key": "employer",
     "type": "text",
     "label": "Current employer"
    },
    {
     "key": "position",
     "type": "text",
     "label": "Current position"
    },
    {
     "key": "experience",
     "type": "select",
     "label": "Relevant work experience *",
     "items": [
      "0–2 years",
      "2–5 years",
      "5–8 years",
      "8+ years"
     ],
     "placeholder": "Please choose"
    },
    {
     "key": "degree",
     "type": "select",
     "label": "Highest level of education",
     "items": [
      "Vocational training",
      "Bachelor’s degree",
      "Master’s degree",
      "Doctorate"
     ],
     "placeholder": "Please choose"
    },
    {
     "key": "university",
     "type": "text",
     "label": "University / college"
    },
    {
     "key": "linkedin",
     "type": "text",
     "input": "url",
     "label": "LinkedIn profile"
    },
    {
     "key": "xing",
     "type": "text",
     "input": "url",
     "label": "XING profile"
    },
    {
     "key": "cv",
     "type": "file",
     "label": "CV *",
     "help": "PDF, max. 10 MB"
    },
    {
     "key": "motivation",
     "type": "textarea",
     "label": "Cover letter / motivation"
    }
   ]
  },
  {
   "title": "Availability and salary",
   "fields": [
    {
     "key": "workPermit",
     "type": "radio",
     "vertical": true,
     "label": "Work permit (USA) *",
     "items": [
      [
       "yes",
       "Yes, I am allowed to work in the USA"
      ],
      [
       "no",
       "No, I would need a permit"
      ]
     ]
    },
    {
     "key": "visa",
     "type": "radio",
     "label": "Will you now or later need Auerbach to sponsor a visa? *",
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
     "type": "date",
     "label": "Available from",
     "format": "d.m.Y",
     "placeholder": "dd.mm.yyyy"
    },
    {
     "key": "notice",
     "type": "select",
     "label": "Notice period",
     "items": [
      "Immediately",
      "Up to 1 month",
      "Up to 3 months",
      "More than 3 months"
     ],
     "placeholder": "Please choose"
    },
    {
     "key": "currency",
     "type": "select",
     "label": "Currency",
     "items": [
      "EUR",
      "USD",
      "CHF"
     ]
    },
    {
     "key": "salary",
     "type": "text",
     "label": "Salary expectation (gross)"
    },
    {
     "key": "salaryPeriod",
     "type": "select",
     "label": "Salary period",
     "items": [
      "per year",
      "per month"
     ]
    },
    {
     "key": "licence",
     "type": "radio",
     "label": "Do you hold a driving licence (class B / US class C)?",
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
     "key": "powerBi",
     "type": "radio",
     "label": "Have you built reports in Power BI?",
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
    }
   ]
  },
  {
   "title": "Finally",
   "fields": [
    {
     "key": "source",
     "type": "select",
     "label": "How did you become aware of us?",
     "items": [
      "LinkedIn",
      "StepStone",
      "Company website",
      "Trade fair",
      "Recommendation",
      "Other"
     ],
     "placeholder": "Please choose"
    },
    {
     "key": "talentPool",
     "type": "checkbox",
     "label": "Auerbach may keep my application for 6 months and contact me about other vacancies."
    },
    {
     "key": "privacy",
     "type": "checkbox",
     "label": "I have read the data protection information (Art. 13 GDPR). *"
    }
   ]
  }
 ]
};
