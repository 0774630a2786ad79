import { renderChat } from './template.jsx';

renderChat({
  bot: 'Bree',
  company: 'Brewline Coffee Co.',
  intro: [
    "Hi! I'm Bree, Brewline's hiring assistant ☕",
    "Thanks for your interest in a Barista role. I'll ask a few quick questions. It takes about 4 minutes.",
  ],
  thanks: "That's everything! A café manager will text you within 3 days to set up a quick interview.",
  steps: [
    { key: 'fullName', type: 'text', say: "Let's start with your first and last name.", required: true },
    { key: 'email', type: 'email', say: "Great! What's the best email to reach you?", required: true },
    { key: 'mobile', type: 'phone', say: "And your mobile number? We'll text you about interviews.", required: true },
    { key: 'over18', type: 'yesno', say: 'Are you at least 18 years old?', required: true, nudge: 'Please tap Yes or No.' },
    {
      key: 'cafe', type: 'cards', say: 'Which café would you like to work at?', required: true,
      options: [
        ['Valencia & 21st', '898 Valencia St, San Francisco, CA 94110', '0.6 mi'],
        ['Potrero Hill', '1400 18th St, San Francisco, CA 94107', '1.4 mi'],
        ['Castro', '498 Castro St, San Francisco, CA 94114', '1.6 mi'],
        ['Rockridge', '5701 College Ave, Oakland, CA 94618', '11.2 mi'],
      ],
    },
    { key: 'roles', type: 'chips', say: 'Which roles are you interested in? Pick all that fit.', required: true, options: ['Barista', 'Shift Supervisor', 'Café Attendant', 'Baker (early mornings)'] },
    { key: 'availability', type: 'chips', say: 'When are you usually free to work?', options: ['Weekday mornings', 'Weekday afternoons', 'Weekday evenings', 'Weekend mornings', 'Weekend afternoons', 'Weekend evenings'] },
    { key: 'hoursType', type: 'pills', say: 'Are you looking for full-time or part-time hours?', options: ['Full-time', 'Part-time', 'Either works'] },
    { key: 'authorized', type: 'yesno', say: 'Are you legally authorized to work in the United States?', required: true },
    { key: 'zip', type: 'zip', say: "What's your home ZIP code?", required: true },
    { key: 'start', type: 'date', say: 'When could you start?', required: true },
    {
      key: 'lastJob', type: 'pair', say: 'Tell me about your current or most recent job.', required: true,
      fields: [{ key: 'employer', label: 'Employer' }, { key: 'jobTitle', label: 'Your job title' }],
    },
    { key: 'mayContact', type: 'yesno', say: 'May we contact that employer for a reference?' },
    { key: 'resume', type: 'file', say: 'Got a resume? Attach it here (optional).' },
    { key: 'textOk', type: 'consent', say: 'Last thing: can we text you about your application?', text: 'Yes, Brewline may text me about this application. Msg & data rates may apply. Reply STOP to opt out.' },
  ],
});
