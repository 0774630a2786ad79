// The posting this page shows: its sections and questions (read by app.jsx).
export const posting = {
 "sections": [
  {
   "title": "Your details",
   "fields": [
    {
     "key": "firstName",
     "type": "text",
     "label": "First name *",
     "autoComplete": "given-name"
    },
    {
     "key": "lastName",
     "type": "text",
     "label": "Last name *",
     "autoComplete": "family-name"
    },
    {
     "key": "preferredName",
     "type": "text",
     "label": "Preferred name",
     "help": "Only if different from your first name."
    },
    {
     "key": "email",
     "type": "text",
     "input": "email",
     "label": "Email *"
    },
    {
     "key": "phone",
     "type": "text",
     "input": "tel",
     "label": "Phone number *",
     "placeholder": "415-555-0100",
     "help": "US numbers only, no country code."
    },
    {
     "key": "location",
     "type": "combo",
     "label": "Current location *",
     "placeholder": "Start typing a city",
     "items": [
      "Atlanta, GA",
      "Austin, TX",
      "Chicago, IL",
      "Denver, CO",
      "Minneapolis, MN",
      "Nashville, TN",
      "New York, NY",
      "San Diego, CA",
      "San Francisco, CA",
      "San Jose, CA",
      "Seattle, WA",
      "South San Francisco, CA"
     ]
    },
    {
     "key": "state",
     "type": "select",
     "label": "State",
     "placeholder": "Select a state",
     "items": [
      "Alabama",
      "Alaska",
      "Arizona",
      "Arkansas",
      "California",
      "Colorado",
      "Connecticut",
      "Delaware",
      "District of Columbia",
      "Florida",
      "Georgia",
      "Hawaii",
      "Idaho",
      "Illinois",
      "Indiana",
      "Iowa",
      "Kansas",
      "Kentucky",
      "Louisiana",
      "Maine",
      "Maryland",
      "Massachusetts",
      "Michigan",
      "Minnesota",
      "Mississippi",
      "Missouri",
      "Montana",
      "Nebraska",
      "Nevada",
      "New Hampshire",
      "New Jersey",
      "New Mexico",
      "New York",
      "North Carolina",
      "North Dakota",
      "Ohio",
      "Oklahoma",
      "Oregon",
      "Pennsylvania",
      "Rhode Island",
      "South Carolina",
      "South Dakota",
      "Tennessee",
      "Texas",
      "Utah",
      "Vermont",
      "Virginia",
      "Washington",
      "West Virginia",
      "Wisconsin",
      "Wyoming"
     ]
    },
    {
     "key": "country",
     "type": "select",
     "label": "Country of residence *",
     "placeholder": "Select a country",
     "items": "@countries",
     "tlabel": "Country of residence (world-countries names, Ariakit Select)"
    },
    {
     "key": "linkedin",
     "type": "text",
     "input": "url",
     "label": "LinkedIn profile"
    },
    {
     "key": "github",
     "type": "text",
     "input": "url",
     "label": "Portfolio or personal site"
    }
   ]
  },
  {
   "title": "Experience",
   "fields": [
    {
     "key": "company",
     "type": "text",
     "label": "Current or most recent employer"
    },
    {
     "key": "jobTitle",
     "type": "text",
     "label": "Current or most recent job title"
    },
    {
     "key": "years",
     "type": "select",
     "label": "Years of experience in analytics or data engineering *",
     "items": [
      "0-1",
      "2-4",
      "5-7",
      "8-10",
      "11+"
     ]
    },
    {
     "key": "degree",
     "type": "select",
     "label": "Highest degree earned",
     "items": [
      "No degree",
      "Associate",
      "Bachelor's (BA/BS)",
      "Master's (MA/MS/MBA)",
      "PhD"
     ]
    },
    {
     "key": "school",
     "type": "text",
     "label": "School or university"
    },
    {
     "key": "resume",
     "type": "file",
     "label": "Resume / CV *"
    },
    {
     "key": "coverLetter",
     "type": "textarea",
     "label": "Cover letter (optional)"
    }
   ]
  },
  {
   "title": "A few questions",
   "fields": [
    {
     "key": "authorized",
     "type": "radio",
     "label": "Are you eligible to work in the U.S. for any employer? *",
     "items": [
      [
       "yes",
       "Yes, I am eligible"
      ],
      [
       "no",
       "No, I am not eligible"
      ]
     ]
    },
    {
     "key": "sponsorship",
     "type": "radio",
     "label": "Visa sponsorship *",
     "items": [
      [
       "need",
       "I will need sponsorship now or in the future"
      ],
      [
       "none",
       "I will not need sponsorship"
      ]
     ]
    },
    {
     "key": "dbt",
     "type": "radio",
     "label": "Have you shipped dbt models to production?",
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
     "key": "startWindow",
     "type": "select",
     "label": "How soon could you start?",
     "items": [
      "Within 2 weeks",
      "Within a month",
      "In 1–2 months",
      "In 2–3 months",
      "More than 3 months out"
     ]
    },
    {
     "key": "salary",
     "type": "text",
     "label": "Salary expectation (annual, USD)",
     "prefix": "$"
    },
    {
     "key": "looker",
     "type": "checkbox",
     "label": "I have built dashboards in Looker or Tableau"
    },
    {
     "key": "oncall",
     "type": "radio",
     "label": "The team shares a weekly on-call rotation for member-facing data. Are you comfortable with that?",
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
     "key": "source",
     "type": "select",
     "label": "Where did you find this posting?",
     "items": [
      "Company website",
      "LinkedIn",
      "Wellfound",
      "Referral",
      "Other"
     ]
    }
   ]
  },
  {
   "title": "Voluntary self-identification",
   "fields": [
    {
     "key": "gender",
     "type": "select",
     "label": "Gender",
     "items": [
      "Female",
      "Male",
      "Non-binary",
      "Decline to self-identify"
     ]
    },
    {
     "key": "veteran",
     "type": "select",
     "label": "Veteran status",
     "items": [
      "I am a protected veteran",
      "I am not a protected veteran",
      "I prefer not to answer"
     ]
    },
    {
     "key": "consent",
     "type": "checkbox",
     "label": "I have read the Harborline Health Applicant Privacy Notice and consent to the processing of my data. *"
    }
   ]
  }
 ]
};
