import { renderChat } from '../kb-brewline-chat/template.jsx';

renderChat({
  bot: 'Remy',
  company: 'Crumb & Kettle',
  intro: [
    "Hey there, I'm Remy 👋 I help Crumb & Kettle find great people.",
    "You're applying for Prep Baker / Counter Team Member. Let's get you set up!",
  ],
  thanks: 'All done! Your application went to the bakery manager. Watch for a text from us soon.',
  steps: [
    {
      key: 'name', type: 'pair', say: 'What should we call you?', required: true,
      fields: [{ key: 'firstName', label: 'First name' }, { key: 'lastName', label: 'Last name' }],
    },
    { key: 'cell', type: 'phone', say: "What's your cell number?", required: true },
    { key: 'emailAddress', type: 'email', say: 'And an email address, in case we miss you by text?', required: true, placeholder: 'name@example.com' },
    { key: 'age', type: 'pills', say: 'How old are you?', required: true, options: ['Under 16', '16 or 17', '18 or older'] },
    {
      key: 'bakery', type: 'cards', say: 'Pick the bakery café closest to you:', required: true,
      options: [
        ['Noe Valley', '3901 24th St, San Francisco, CA 94114', '1.1 mi'],
        ['Inner Sunset', '745 Irving St, San Francisco, CA 94122', '3.9 mi'],
        ['Burlingame', '1219 Burlingame Ave, Burlingame, CA 94010', '15.8 mi'],
      ],
    },
    { key: 'foodHandler', type: 'yesno', say: 'Do you have a current California Food Handler card?' },
    { key: 'lift', type: 'yesno', say: 'Prep bakers move flour sacks. Can you lift up to 50 lbs?', required: true },
    { key: 'shifts', type: 'chips', say: 'Which shifts could you work?', options: ['4am - 12pm bake', '6am - 2pm counter', '11am - 7pm counter', 'Weekends'] },
    { key: 'sponsor', type: 'yesno', say: 'Will you now or in the future need visa sponsorship to work in the US?', required: true },
    { key: 'employedNow', type: 'yesno', say: 'Are you working somewhere right now?' },
    { key: 'startOn', type: 'date', say: "What's the earliest date you could start?", required: true },
    { key: 'payWanted', type: 'text', say: 'What hourly pay are you hoping for?', placeholder: 'e.g. $20/hr' },
    { key: 'heard', type: 'pills', say: 'How did you hear about us?', options: ['Sign in the café', 'Indeed', 'Instagram', 'A friend', 'Other'] },
    { key: 'cv', type: 'file', say: 'You can attach a resume if you have one.' },
    { key: 'smsConsent', type: 'consent', say: 'Okay to text you updates?', text: 'Yes, Crumb & Kettle may text me about my application and other openings.' },
  ],
});
