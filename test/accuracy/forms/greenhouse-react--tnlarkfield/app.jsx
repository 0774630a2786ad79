import { renderBoard } from '../greenhouse-react/board.jsx';

renderBoard({
  title: "Senior Analytics Engineer, Care Quality",
  company: "Larkfield Health",
  questions: [
    { id: '4410871', label: "LinkedIn Profile", kind: 'text', required: true },
    { id: '4410872', label: "Website or portfolio", kind: 'text' },
    { id: '4410873', label: "Current Employer", kind: 'text' },
    { id: '4410874', label: "Current Job Title", kind: 'text' },
    { id: '4410875', label: "Pronouns", kind: 'select', options: ["He/him", "She/her", "They/them", "Prefer to self-describe", "Prefer not to say"] },
    { id: '4410876', label: "Do you currently have the legal right to work in the country where this role is located (United States)?", kind: 'yesno', required: true },
    { id: '4410877', label: "Do you now, or will you in the future, require immigration sponsorship to work for Larkfield?", kind: 'select', required: true, options: ["Yes, now", "Yes, in the future", "No"] },
    { id: '4410878', label: "Years of experience in analytics or data engineering", kind: 'select', required: true, options: ["0-2 years", "3-4 years", "5-6 years", "7-9 years", "10+ years"] },
    { id: '4410879', label: "Desired compensation (annual base, USD)", kind: 'text' },
    { id: '4410880', label: "Earliest available start date (MM/DD/YYYY)", kind: 'text' },
    { id: '4410881', label: "Our analytics team works Eastern Time hours (9am-5pm ET). Are you able to work that schedule?", kind: 'yesno', required: true },
    { id: '4410882', label: "Have you worked with claims or EHR data (e.g. Epic Clarity, 837/835 files)?", kind: 'yesno' },
    { id: '4410883', label: "Who referred you to Larkfield? (if applicable)", kind: 'text' },
    { id: '4410884', label: "How did you first learn about this role?", kind: 'select', options: ["LinkedIn", "Larkfield careers site", "Referral", "Glassdoor", "Event or meetup", "Other"] },
  ],
});
