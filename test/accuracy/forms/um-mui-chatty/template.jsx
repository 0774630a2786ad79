/**
 * A grocery-delivery startup's own careers page in React + MUI, written in the chatty voice of
 * its brand: every block is a Card whose question is a Typography heading ("Hi! First, what
 * should we call you?") with MUI TextFields below it. Some TextFields have no label at all (only
 * a placeholder), some are tied to the heading by aria-labelledby, some have a floating label;
 * helper texts change what the box wants ("digits only, no country code"). Posting questions come
 * from each posting's app.jsx: RadioGroups of sentence answers, non-native Selects (listbox in a
 * portal), text boxes and textareas. A hidden file input sits inside a Button. The state is
 * rendered into <pre id="model">.
 */
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import {
  Box, Button, Card, CardContent, Checkbox, CssBaseline, FormControlLabel, InputAdornment, MenuItem, Radio, RadioGroup, Stack, TextField, Typography,
} from '@mui/material';

function Heading({ id, children, sub }) {
  return (
    <Box sx={{ mb: 1.5 }}>
      <Typography component="h2" variant="h6" id={id}>{children}</Typography>
      {sub ? <Typography variant="body2" color="text.secondary">{sub}</Typography> : null}
    </Box>
  );
}

function Question({ q, value, onChange }) {
  const headingId = `${q.key}-heading`;
  let control;
  switch (q.type) {
    case 'text':
    case 'textarea':
      control = (
        <TextField fullWidth id={q.key} name={q.key} value={value} onChange={(e) => onChange(e.target.value)} placeholder={q.placeholder}
          helperText={q.helper} multiline={q.type === 'textarea'} minRows={q.type === 'textarea' ? 4 : undefined}
          slotProps={{ htmlInput: { 'aria-labelledby': headingId } }} />
      );
      break;
    case 'radio':
      control = (
        <RadioGroup name={q.key} value={value} onChange={(e) => onChange(e.target.value)} aria-labelledby={headingId}>
          {q.options.map((o) => <FormControlLabel key={o} value={o} control={<Radio />} label={o} />)}
        </RadioGroup>
      );
      break;
    case 'select':
      control = (
        <TextField select fullWidth id={q.key} value={value} onChange={(e) => onChange(e.target.value)} helperText={q.helper}
          slotProps={{ select: { labelId: headingId } }}>
          {q.options.map((o) => <MenuItem key={o} value={o}>{o}</MenuItem>)}
        </TextField>
      );
      break;
    default:
      throw new Error(`unknown type ${q.type}`);
  }
  return (
    <Card variant="outlined" data-field={q.key}>
      <CardContent>
        <Heading id={headingId} sub={q.sub}>{q.label}</Heading>
        {control}
      </CardContent>
    </Card>
  );
}

function Application({ posting }) {
  const [form, setForm] = useState(() => ({
    firstName: '', lastName: '', email: '', phone: '', home: '', linkedin: '', resume: null, salary: '',
    ...Object.fromEntries(posting.questions.map((q) => [q.key, ''])),
    updatesEmail: '', agree: false,
  }));
  const [sent, setSent] = useState(false);
  const set = (key) => (value) => setForm((f) => ({ ...f, [key]: value }));
  const onSubmit = (event) => {
    event.preventDefault();
    if (!form.firstName || !form.email || !form.resume || !form.agree) { alert('Almost there! A few required bits are missing.'); return; }
    setSent(true);
  };
  if (sent) return <Typography id="sent" variant="h5" sx={{ my: 6 }}>🥕 That's it! We'll be in touch within a week.</Typography>;
  return (
    <Box component="form" onSubmit={onSubmit} noValidate>
      <Typography variant="h4" component="h1" gutterBottom>{posting.title}</Typography>
      <Typography color="text.secondary" sx={{ mb: 3 }}>{posting.blurb}</Typography>
      <Stack spacing={2}>
        <Card variant="outlined"><CardContent>
          <Heading id="name-heading">Hi! First, what should we call you?</Heading>
          <Stack direction="row" spacing={2}>
            <TextField fullWidth name="firstName" value={form.firstName} onChange={(e) => set('firstName')(e.target.value)} placeholder="First name" />
            <TextField fullWidth name="lastName" value={form.lastName} onChange={(e) => set('lastName')(e.target.value)} placeholder="Last name" />
          </Stack>
        </CardContent></Card>
        <Card variant="outlined"><CardContent>
          <Heading id="reach-heading" sub="We'll only use these for this application. Promise.">Where can we reach you?</Heading>
          <Stack spacing={2}>
            <TextField fullWidth id="email" label="Email" type="email" value={form.email} onChange={(e) => set('email')(e.target.value)} />
            <TextField fullWidth id="phone" label="Mobile" type="tel" value={form.phone} onChange={(e) => set('phone')(e.target.value)}
              helperText="Digits only, no country code: we text interview slots to US numbers" slotProps={{ htmlInput: { inputMode: 'numeric' } }} />
          </Stack>
        </CardContent></Card>
        <Card variant="outlined"><CardContent>
          <Heading id="home-heading">Where do you call home these days?</Heading>
          <TextField fullWidth id="home" value={form.home} onChange={(e) => set('home')(e.target.value)} placeholder="City, State"
            slotProps={{ htmlInput: { 'aria-labelledby': 'home-heading' } }} />
        </CardContent></Card>
        <Card variant="outlined"><CardContent>
          <Heading id="cv-heading" sub="PDF or Word. A LinkedIn link is a nice extra.">Show us what you've been up to</Heading>
          <Stack spacing={2} alignItems="flex-start">
            <Button variant="contained" component="label" id="resume-button">
              {form.resume ? `📎 ${form.resume}` : 'Attach your résumé'}
              <input hidden type="file" id="resume" name="resume" accept=".pdf,.doc,.docx" onChange={(e) => set('resume')(e.target.files[0] ? e.target.files[0].name : null)} />
            </Button>
            <TextField fullWidth id="linkedin" label="LinkedIn (optional)" value={form.linkedin} onChange={(e) => set('linkedin')(e.target.value)} />
          </Stack>
        </CardContent></Card>
        {posting.questions.map((q) => <Question key={q.key} q={q} value={form[q.key]} onChange={set(q.key)} />)}
        <Card variant="outlined"><CardContent>
          <Heading id="money-heading" sub={posting.payNote}>Let's talk money</Heading>
          <TextField id="salary" label="Target base" value={form.salary} onChange={(e) => set('salary')(e.target.value)}
            slotProps={{ input: { startAdornment: <InputAdornment position="start">$</InputAdornment>, endAdornment: <InputAdornment position="end">/ year</InputAdornment> }, htmlInput: { inputMode: 'numeric' } }} />
        </CardContent></Card>
        <FormControlLabel control={<Checkbox id="agree" checked={form.agree} onChange={(e) => set('agree')(e.target.checked)} />} label="I'm OK with Orchard Loop storing my application for 12 months *" />
        <Box><Button type="submit" variant="contained" size="large" id="send">Send it our way →</Button></Box>
      </Stack>
      <Box component="footer" sx={{ mt: 6, pt: 3, borderTop: '1px solid #eee' }}>
        <Typography variant="subtitle2">Not ready to apply? Get our monthly "what we're building" email.</Typography>
        <TextField size="small" id="updates-email" placeholder="you@example.com" value={form.updatesEmail} onChange={(e) => set('updatesEmail')(e.target.value)} sx={{ mr: 1 }} />
        <Button variant="outlined" type="button">Subscribe</Button>
      </Box>
      <pre id="model">{JSON.stringify(form, null, 1)}</pre>
    </Box>
  );
}

export function renderApplication(posting) {
  document.title = `${posting.title} · Orchard Loop careers`;
  createRoot(document.getElementById('root')).render(
    <>
      <CssBaseline />
      <Box sx={{ maxWidth: 680, mx: 'auto', my: 4, px: 2 }}><Application posting={posting} /></Box>
    </>,
  );
}
