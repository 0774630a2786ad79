/*
 * Another posting on the same Halvard careers page (Analytics Engineer, Supply Chain, Salt Lake City
 * or remote): same components and ids; this job's own eligibility questions (three-way sponsorship,
 * currently employed, on-site days) and self-ratings. Original description:
 * Halvard Outdoor Co. careers (Denver): React 19 + MUI 9, state in one useState object.
 * TextField `select` with `SelectProps={{ native: true }}` (country, education, "how did you hear"),
 * TextField `select` with a portalled Menu (state), RadioGroup `row` inside FormControl with a
 * FormLabel whose id labels the group, a Slider with a label on every mark for years of experience,
 * Rating self-assessments, `type="date"` TextField with a shrunk label, InputAdornments, the docs'
 * VisuallyHiddenInput upload, a chat bubble and a newsletter box. State goes to <pre id="model">.
 */
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import {
  AppBar, Box, Button, Checkbox, Container, CssBaseline, Divider, Fab, FormControl, FormControlLabel, FormHelperText, FormLabel,
  InputAdornment, MenuItem, Paper, Radio, RadioGroup, Rating, Slider, Stack, TextField, Toolbar, Typography, styled,
} from '@mui/material';
import countries from 'world-countries';

const COUNTRIES = countries.map((c) => c.name.common).sort((a, b) => a.localeCompare(b));
const STATES = ['Alabama', 'Alaska', 'Arizona', 'Arkansas', 'California', 'Colorado', 'Connecticut', 'Delaware', 'District of Columbia', 'Florida', 'Georgia', 'Hawaii', 'Idaho', 'Illinois', 'Indiana', 'Iowa', 'Kansas', 'Kentucky', 'Louisiana', 'Maine', 'Maryland', 'Massachusetts', 'Michigan', 'Minnesota', 'Mississippi', 'Missouri', 'Montana', 'Nebraska', 'Nevada', 'New Hampshire', 'New Jersey', 'New Mexico', 'New York', 'North Carolina', 'North Dakota', 'Ohio', 'Oklahoma', 'Oregon', 'Pennsylvania', 'Rhode Island', 'South Carolina', 'South Dakota', 'Tennessee', 'Texas', 'Utah', 'Vermont', 'Virginia', 'Washington', 'West Virginia', 'Wisconsin', 'Wyoming', 'I live outside the US'];
const EDUCATION = [['', ''], ['hs', 'High school or GED'], ['assoc', "Associate's"], ['ba', "Bachelor's"], ['ma', "Master's"], ['phd', 'Doctorate'], ['none', 'None of these']];
const HEARD = ['', 'Halvard.com', 'LinkedIn', 'Built In Colorado', 'Outdoor industry event', 'Friend or employee', 'Other'];
const YEAR_MARKS = Array.from({ length: 13 }, (_, i) => ({ value: i, label: i === 12 ? '12+' : String(i) }));
const VisuallyHiddenInput = styled('input')({
  clip: 'rect(0 0 0 0)', clipPath: 'inset(50%)', height: 1, overflow: 'hidden', position: 'absolute', bottom: 0, left: 0, whiteSpace: 'nowrap', width: 1,
});

function YesNo({ id, label, value, onChange, options = ['Yes', 'No'] }) {
  return (
    <FormControl sx={{ mt: 2, display: 'block' }}>
      <FormLabel id={`${id}-label`}>{label}</FormLabel>
      <RadioGroup row aria-labelledby={`${id}-label`} name={id} value={value} onChange={(e) => onChange(e.target.value)}>
        {options.map((o) => <FormControlLabel key={o} value={o} control={<Radio />} label={o} />)}
      </RadioGroup>
    </FormControl>
  );
}

function App() {
  const [f, setF] = useState({
    firstName: '', lastName: '', email: '', phone: '', country: '', state: '', city: '', zip: '', linkedin: '', github: '',
    employer: '', title: '', years: 0, sqlRating: null, modelingRating: null, education: '', authorized: '', sponsorship: '',
    arrangement: '', employed: '', salary: '', startDate: '', resume: '', coverLetter: '', whyHalvard: '', heard: '', gearDiscount: false, consent: false,
  });
  const [search, setSearch] = useState('');
  const [news, setNews] = useState('');
  const [chat, setChat] = useState(false);
  const [sent, setSent] = useState(false);
  const set = (k) => (e) => setF((p) => ({ ...p, [k]: e && e.target ? (e.target.type === 'checkbox' ? e.target.checked : e.target.value) : e }));
  return (
    <>
      <CssBaseline />
      <AppBar position="static" elevation={0} sx={{ bgcolor: '#2f3b2f' }}>
        <Toolbar sx={{ gap: 3 }}>
          <Typography variant="h6" sx={{ fontWeight: 800, letterSpacing: 1 }}>HALVARD</Typography>
          <Typography sx={{ flex: 1, opacity: 0.85, fontSize: 14 }}>Shop · Stories · Stewardship · Careers</Typography>
          <TextField id="hv-site-search" size="small" placeholder="Search jobs" value={search} onChange={(e) => setSearch(e.target.value)} slotProps={{ htmlInput: { 'aria-label': 'Search jobs' } }} sx={{ bgcolor: '#fff', borderRadius: 1 }} />
          <Button color="inherit">Sign in</Button>
        </Toolbar>
      </AppBar>
      <Container maxWidth="md" sx={{ my: 4 }}>
        <Paper sx={{ p: 5 }} elevation={1}>
          <Typography variant="overline">Supply Chain · Salt Lake City, UT (hybrid) or Remote, US</Typography>
          <Typography variant="h4" component="h1" gutterBottom>Analytics Engineer, Supply Chain</Typography>
          <Typography paragraph>
            Halvard makes packs, shells and camp gear built to be repaired. Our Salt Lake City distribution center ships to 60 stores and
            300,000 online customers a season. You will model inventory, inbound freight and returns so planners see tomorrow's shortages today.
          </Typography>
          <Typography variant="body2" color="text.secondary" paragraph>Salary range: $128,000 – $154,000 per year, plus bonus and a generous gear allowance.</Typography>
          <Divider sx={{ my: 3 }} />
          {sent && <Typography id="hv-sent" color="success.main" sx={{ fontWeight: 700, mb: 2 }}>Thanks! Your application has been submitted. We'll be in touch soon.</Typography>}
          <Box component="form" id="hv-apply" noValidate onSubmit={(e) => { e.preventDefault(); if (f.consent) setSent(true); }}>
            <Typography variant="h6">Contact information</Typography>
            <Stack direction="row" spacing={2} sx={{ mt: 2 }}>
              <TextField id="hv-first-name" name="first_name" label="First name" required fullWidth value={f.firstName} onChange={set('firstName')} />
              <TextField id="hv-last-name" name="last_name" label="Last name" required fullWidth value={f.lastName} onChange={set('lastName')} />
            </Stack>
            <Stack direction="row" spacing={2} sx={{ mt: 2 }}>
              <TextField id="hv-email" name="email" type="email" label="Email" required fullWidth value={f.email} onChange={set('email')} />
              <TextField id="hv-phone" name="phone" type="tel" label="Phone" required fullWidth placeholder="(555) 555-5555" helperText="US numbers only: (555) 555-5555" slotProps={{ htmlInput: { maxLength: 14 } }} value={f.phone} onChange={set('phone')} />
            </Stack>
            <TextField id="hv-country" name="country" select label="Country of residence" required fullWidth sx={{ mt: 2 }} slotProps={{ select: { native: true }, inputLabel: { shrink: true } }} value={f.country} onChange={set('country')}>
              <option value="" />
              {COUNTRIES.map((c) => <option key={c} value={c}>{c}</option>)}
            </TextField>
            <Stack direction="row" spacing={2} sx={{ mt: 2 }}>
              <TextField id="hv-city" name="city" label="City" required fullWidth value={f.city} onChange={set('city')} />
              <TextField id="hv-state" name="state" select label="State" required fullWidth value={f.state} onChange={set('state')} slotProps={{ select: { MenuProps: { slotProps: { paper: { style: { maxHeight: 320 } } } } } }}>
                {STATES.map((s) => <MenuItem key={s} value={s}>{s}</MenuItem>)}
              </TextField>
              <TextField id="hv-zip" name="zip" label="ZIP code" fullWidth value={f.zip} onChange={set('zip')} />
            </Stack>
            <Stack direction="row" spacing={2} sx={{ mt: 2 }}>
              <TextField id="hv-linkedin" name="linkedin" label="LinkedIn URL" fullWidth value={f.linkedin} onChange={set('linkedin')} />
              <TextField id="hv-github" name="github" label="GitHub profile" fullWidth value={f.github} onChange={set('github')} />
            </Stack>

            <Typography variant="h6" sx={{ mt: 4 }}>Experience</Typography>
            <Stack direction="row" spacing={2} sx={{ mt: 2 }}>
              <TextField id="hv-employer" name="current_employer" label="Current employer" fullWidth value={f.employer} onChange={set('employer')} />
              <TextField id="hv-title" name="current_title" label="Current job title" fullWidth value={f.title} onChange={set('title')} />
            </Stack>
            <Box sx={{ mt: 3, px: 1 }}>
              <Typography id="hv-years-label" gutterBottom>Years of experience in analytics, BI or data engineering roles *</Typography>
              <Slider id="hv-years-slider" aria-labelledby="hv-years-label" name="years" value={f.years} onChange={(_, v) => setF((p) => ({ ...p, years: v }))} min={0} max={12} step={1} marks={YEAR_MARKS} valueLabelDisplay="auto" />
            </Box>
            <Stack direction="row" spacing={6} sx={{ mt: 2 }}>
              <Box>
                <Typography component="legend" id="hv-sql-label">How would you rate your Python?</Typography>
                <Rating name="sql_rating" value={f.sqlRating} onChange={(_, v) => setF((p) => ({ ...p, sqlRating: v }))} />
              </Box>
              <Box>
                <Typography component="legend" id="hv-modeling-label">How would you rate your inventory forecasting?</Typography>
                <Rating name="modeling_rating" value={f.modelingRating} onChange={(_, v) => setF((p) => ({ ...p, modelingRating: v }))} />
              </Box>
            </Stack>
            <TextField id="hv-education" name="education" select label="Highest level of education completed" fullWidth sx={{ mt: 3 }} slotProps={{ select: { native: true }, inputLabel: { shrink: true } }} value={f.education} onChange={set('education')}>
              {EDUCATION.map(([v, l]) => <option key={v} value={v}>{l}</option>)}
            </TextField>

            <Typography variant="h6" sx={{ mt: 4 }}>Work eligibility</Typography>
            <YesNo id="hv-authorized" label="Do you have the right to work in the US without restriction? *" value={f.authorized} onChange={set('authorized')} />
            <YesNo id="hv-sponsorship" label="Would you need Halvard to file or transfer a visa for you, now or later? *" options={['Yes', 'No', 'Not sure']} value={f.sponsorship} onChange={set('sponsorship')} />
            <YesNo id="hv-employed" label="Are you currently employed? *" value={f.employed} onChange={set('employed')} />
            <YesNo id="hv-arrangement" label="Could you be at our Salt Lake City distribution center two days a week?" options={['Yes', 'No', 'Only for the first three months']} value={f.arrangement} onChange={set('arrangement')} />

            <Typography variant="h6" sx={{ mt: 4 }}>Compensation &amp; timing</Typography>
            <Stack direction="row" spacing={2} sx={{ mt: 2 }}>
              <TextField id="hv-salary" name="salary" label="Desired annual base salary" fullWidth value={f.salary} onChange={set('salary')}
                slotProps={{ input: { startAdornment: <InputAdornment position="start">$</InputAdornment>, endAdornment: <InputAdornment position="end">/ year</InputAdornment> } }} />
              <TextField id="hv-start" name="start_date" type="date" label="Earliest start date" fullWidth slotProps={{ inputLabel: { shrink: true } }} value={f.startDate} onChange={set('startDate')} />
            </Stack>

            <Typography variant="h6" sx={{ mt: 4 }}>Documents</Typography>
            <Stack direction="row" spacing={2} alignItems="center" sx={{ mt: 2 }}>
              <Button component="label" role={undefined} variant="outlined" tabIndex={-1}>
                Upload resume
                <VisuallyHiddenInput id="hv-resume" type="file" name="resume" accept=".pdf,.doc,.docx" onChange={(e) => setF((p) => ({ ...p, resume: e.target.files?.[0]?.name ?? '' }))} />
              </Button>
              <Typography variant="body2" color="text.secondary">{f.resume || 'PDF or DOCX, 10 MB max'}</Typography>
            </Stack>
            <TextField id="hv-cover-letter" name="cover_letter" label="Cover letter" helperText="Optional" multiline minRows={5} fullWidth sx={{ mt: 3 }} value={f.coverLetter} onChange={set('coverLetter')} />
            <TextField id="hv-why" name="why_halvard" label="Tell us about a time a number you reported turned out to be wrong. What did you do?" helperText="A couple of sentences — there's no wrong answer." multiline minRows={3} fullWidth sx={{ mt: 3 }} value={f.whyHalvard} onChange={set('whyHalvard')} />
            <TextField id="hv-heard" name="heard" select label="How did you hear about this role?" fullWidth sx={{ mt: 3 }} slotProps={{ select: { native: true }, inputLabel: { shrink: true } }} value={f.heard} onChange={set('heard')}>
              {HEARD.map((h) => <option key={h} value={h}>{h}</option>)}
            </TextField>
            <FormControl sx={{ mt: 3, display: 'block' }}>
              <FormControlLabel control={<Checkbox id="hv-gear" name="gear_discount" checked={f.gearDiscount} onChange={set('gearDiscount')} />} label="Send me Halvard's employee-preview gear emails" />
              <FormControlLabel control={<Checkbox id="hv-consent" name="consent" checked={f.consent} onChange={set('consent')} />} label="I agree to Halvard's applicant privacy notice *" />
              <FormHelperText>We keep applications for 2 years.</FormHelperText>
            </FormControl>
            <Button id="hv-submit" type="submit" variant="contained" size="large" sx={{ mt: 3, bgcolor: '#2f3b2f' }}>Submit application</Button>
          </Box>
        </Paper>
        <Box component="form" sx={{ mt: 3, display: 'flex', gap: 1, alignItems: 'center' }} onSubmit={(e) => e.preventDefault()}>
          <Typography sx={{ fontSize: 14 }}>Trail notes, monthly:</Typography>
          <TextField id="hv-newsletter" name="newsletter_email" size="small" type="email" label="Your email" value={news} onChange={(e) => setNews(e.target.value)} />
          <Button type="submit">Subscribe</Button>
        </Box>
      </Container>
      <Fab color="primary" aria-label="Chat with us" sx={{ position: 'fixed', right: 24, bottom: 24 }} onClick={() => setChat(!chat)}>?</Fab>
      <pre id="model">{JSON.stringify({ ...f, search, news })}</pre>
    </>
  );
}

createRoot(document.getElementById('root')).render(<App />);
