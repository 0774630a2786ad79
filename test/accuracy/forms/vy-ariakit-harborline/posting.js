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
     "label": "Mobile phone *",
     "placeholder": "(555) 555-5555",
     "maxLength": 14
    },
    {
     "key": "location",
     "type": "combo",
     "label": "Where are you based? *",
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
     "label": "GitHub profile"
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
     "label": "Years of professional data engineering experience *",
     "items": [
      "Less than 2 years",
      "2–4 years",
      "5–6 years",
      "7–9 years",
      "10+ years"
     ]
    },
    {
     "key": "degree",
     "type": "select",
     "label": "Highest level of education",
     "items": [
      "High school diploma or GED",
      "Associate degree",
      "Bachelor's degree",
      "Master's degree",
      "Doctorate (PhD, MD, JD)"
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
   "title": "Questions from the hiring team",
   "fields": [
    {
     "key": "authorized",
     "type": "radio",
     "label": "Are you legally authorized to work in the United States? *",
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
     "key": "sponsorship",
     "type": "radio",
     "label": "Will you now or in the future require sponsorship for employment visa status (e.g. H-1B)? *",
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
     "key": "phi",
     "type": "radio",
     "label": "Have you worked with HIPAA-regulated data (PHI) in a production setting?",
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
     "label": "When could you start?",
     "items": [
      "As soon as possible",
      "December 2026",
      "January 2027",
      "February 2027",
      "March 2027 or later"
     ]
    },
    {
     "key": "salary",
     "type": "text",
     "label": "Desired annual base salary (USD)",
     "prefix": "$",
     "placeholder": "e.g. 135000"
    },
    {
     "key": "pronouns",
     "type": "select",
     "label": "Pronouns (optional)",
     "items": [
      "she/her",
      "he/him",
      "they/them",
      "Prefer to self-describe",
      "Prefer not to say"
     ]
    },
    {
     "key": "hybrid",
     "type": "radio",
     "label": "This role is hybrid: Tuesdays and Thursdays in our Chicago (West Loop) office. Can you commit to that schedule?",
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
     "key": "relocate",
     "type": "checkbox",
     "label": "I am open to relocating to Chicago (relocation support available)"
    },
    {
     "key": "source",
     "type": "select",
     "label": "How did you hear about this job?",
     "items": [
      "LinkedIn",
      "Built In Chicago",
      "Indeed",
      "Harborline employee",
      "Conference or meetup",
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
