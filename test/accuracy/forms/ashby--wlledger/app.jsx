import { renderApplication } from '../ashby/application.jsx';

// Another posting of the Ashby template: a London fintech's US hire (remote, Pacific or Mountain time).
renderApplication({
  title: 'Senior Data Engineer, Ledger Data (US Remote)',
  company: 'Tallyrook',
  questions: [
    { id: '7e3a91c5-28d4-4b6f-a0e2-5c9d1f84b301', label: "Phone", kind: 'text', type: "tel", required: true },
    { id: '7e3a91c5-28d4-4b6f-a0e2-5c9d1f84b302', label: "LinkedIn Profile", kind: 'text' },
    { id: '7e3a91c5-28d4-4b6f-a0e2-5c9d1f84b303', label: "GitHub or portfolio link", kind: 'text' },
    { id: '7e3a91c5-28d4-4b6f-a0e2-5c9d1f84b304', label: "Where do you currently live? (city, country)", kind: 'text', required: true },
    { id: '7e3a91c5-28d4-4b6f-a0e2-5c9d1f84b305', label: "Are you authorised to work in the United States?", kind: 'yesno', required: true },
    { id: '7e3a91c5-28d4-4b6f-a0e2-5c9d1f84b306', label: "Do you have the right to work in the United Kingdom?", kind: 'yesno' },
    { id: '7e3a91c5-28d4-4b6f-a0e2-5c9d1f84b307', label: "Will you require Tallyrook to sponsor a visa for you to work in the country you live in, now or in the future?", kind: 'yesno', required: true },
    { id: '7e3a91c5-28d4-4b6f-a0e2-5c9d1f84b308', label: "What base salary are you looking for? (USD per year)", kind: 'text', required: true },
    { id: '7e3a91c5-28d4-4b6f-a0e2-5c9d1f84b309', label: "What is the earliest date you could join us?", kind: 'date' },
    { id: '7e3a91c5-28d4-4b6f-a0e2-5c9d1f84b310', label: "What notice period do you have with your current employer?", kind: 'text' },
    { id: '7e3a91c5-28d4-4b6f-a0e2-5c9d1f84b311', label: "This role overlaps three hours a day with our London team (8-11am Pacific). Does that work for you?", kind: 'yesno', required: true },
    { id: '7e3a91c5-28d4-4b6f-a0e2-5c9d1f84b312', label: "Have you interviewed with Tallyrook in the last 12 months?", kind: 'yesno' },
    { id: '7e3a91c5-28d4-4b6f-a0e2-5c9d1f84b313', label: "What would you want to fix first in a ledger data platform, and why?", kind: 'textarea', required: true },
  ],
});
