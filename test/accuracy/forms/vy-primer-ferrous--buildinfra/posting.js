// The posting this page shows: its sections and questions (read by app.jsx).
export const posting = {
 "sections": [
  {
   "title": "About you",
   "fields": [
    {
     "key": "firstName",
     "type": "text",
     "label": "First name",
     "required": true
    },
    {
     "key": "lastName",
     "type": "text",
     "label": "Last name",
     "required": true
    },
    {
     "key": "email",
     "type": "text",
     "input": "email",
     "label": "Email",
     "required": true
    },
    {
     "key": "phone",
     "type": "text",
     "input": "tel",
     "label": "Phone",
     "placeholder": "+1 412 555 0100",
     "help": "Include your country code."
    },
    {
     "key": "location",
     "type": "combo",
     "label": "Current location",
     "required": true,
     "placeholder": "Start typing a city",
     "items": [
      "Austin, TX",
      "Philadelphia, PA",
      "Pittsburgh, PA",
      "San Francisco, CA",
      "San Jose, CA",
      "Santa Fe, NM",
      "Seattle, WA",
      "South San Francisco, CA",
      "Toronto, ON"
     ]
    },
    {
     "key": "country",
     "type": "select",
     "label": "Country",
     "items": "@countries",
     "placeholder": "Select a country"
    },
    {
     "key": "github",
     "type": "text",
     "label": "GitHub username",
     "prefix": "github.com/"
    },
    {
     "key": "linkedin",
     "type": "text",
     "input": "url",
     "label": "LinkedIn profile URL"
    }
   ]
  },
  {
   "title": "Experience",
   "fields": [
    {
     "key": "company",
     "type": "text",
     "label": "Current company"
    },
    {
     "key": "title",
     "type": "text",
     "label": "Current title"
    },
    {
     "key": "years",
     "type": "menu",
     "label": "Years working on data infrastructure",
     "items": [
      "Under 3",
      "3–5",
      "6–8",
      "9–12",
      "13+"
     ],
     "placeholder": "Choose a range",
     "tlabel": "Years working on data infrastructure (Primer ActionMenu)"
    },
    {
     "key": "degree",
     "type": "select",
     "label": "Education",
     "items": [
      [
       "hs",
       "High school"
      ],
      [
       "bootcamp",
       "Bootcamp"
      ],
      [
       "ba",
       "BA/BS"
      ],
      [
       "ms",
       "MS/MA"
      ],
      [
       "phd",
       "PhD"
      ]
     ],
     "placeholder": "Choose one"
    },
    {
     "key": "school",
     "type": "text",
     "label": "School"
    },
    {
     "key": "resume",
     "type": "file",
     "label": "Resume",
     "help": "PDF preferred"
    },
    {
     "key": "coverLetter",
     "type": "textarea",
     "label": "Cover letter (optional)"
    }
   ]
  },
  {
   "title": "Logistics",
   "fields": [
    {
     "key": "authorized",
     "type": "radio",
     "label": "Are you authorized to work in the United States?",
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
     "key": "sponsorship",
     "type": "radio",
     "label": "Do you require visa sponsorship (e.g. H-1B, TN, O-1)?",
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
     "input": "date",
     "label": "Available to start"
    },
    {
     "key": "salary",
     "type": "text",
     "label": "Base salary expectation",
     "prefix": "$",
     "suffix": "USD"
    },
    {
     "key": "timezone",
     "type": "select",
     "label": "Your time zone",
     "items": [
      "US/Eastern",
      "US/Central",
      "US/Mountain",
      "US/Pacific",
      "Outside the US"
     ],
     "placeholder": "Select"
    },
    {
     "key": "bazel",
     "type": "radio",
     "label": "Have you operated Bazel or Buck remote caching at scale?",
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
     "key": "onsite",
     "type": "menu",
     "label": "How often could you work from our Pittsburgh office?",
     "items": [
      "Never (remote only)",
      "Once a month",
      "Weekly",
      "Most days"
     ],
     "placeholder": "Select",
     "tlabel": "Office attendance (Primer ActionMenu)"
    }
   ]
  },
  {
   "title": "Optional",
   "fields": [
    {
     "key": "source",
     "type": "select",
     "label": "How did you hear about us?",
     "items": [
      "GitHub",
      "Hacker News",
      "LinkedIn",
      "A friend",
      "Conference talk",
      "Other"
     ],
     "placeholder": "Select"
    },
    {
     "key": "gender",
     "type": "select",
     "label": "Gender identity (voluntary)",
     "items": [
      "Woman",
      "Man",
      "Non-binary",
      "Prefer not to say"
     ],
     "placeholder": "Select"
    },
    {
     "key": "productNews",
     "type": "checkbox",
     "label": "Send me Ferrous product news (a few emails a year)"
    },
    {
     "key": "privacy",
     "type": "checkbox",
     "label": "I agree to the Ferrous candidate privacy statement",
     "required": true
    }
   ]
  }
 ]
};
