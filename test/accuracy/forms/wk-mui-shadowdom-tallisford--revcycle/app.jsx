/**
 * Tallisford Health careers: the company's CMS page embeds the ATS's apply widget as a custom
 * element, `<tallisford-apply>`, which attaches an **open shadow root** and renders a React + **MUI**
 * 9 form inside it (Emotion's style cache is pointed at the shadow root, as MUI's shadow-DOM guide
 * does, and every popup — Autocomplete listbox, Select menus — is portalled into a container
 * inside the same shadow root). Pieces: outlined TextFields, an Autocomplete location, Selects for
 * country, year ranges, degree, sponsorship sentences, "how did you hear" and EEO, a RadioGroup,
 * a "$" salary, a `type=date` start, a hidden file input inside a Button, a multiline cover letter,
 * a consent Checkbox. The site's own search and newsletter boxes are outside the widget. The
 * form's state is rendered into <pre id="model"> inside the shadow root.
 *
 * Another posting (template wk-mui-shadowdom-tallisford): Data Engineer, Revenue Cycle Analytics,
 * with its own experience buckets and three posting questions (q_* keys) after the cover letter.
 */
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import { CacheProvider } from '@emotion/react';
import createEmotion from '@emotion/css/create-instance';
import {
  Alert, Autocomplete, Box, Button, Checkbox, FormControl, FormControlLabel, FormLabel, InputAdornment, MenuItem, Radio, RadioGroup, TextField,
  ThemeProvider, Typography, createTheme,
} from '@mui/material';

const PLACES = ['Berkeley, CA', 'Daly City, CA', 'Oakland, CA', 'San Francisco, CA', 'San Mateo, CA', 'South San Francisco, CA', 'Sacramento, CA', 'Portland, OR', 'Seattle, WA'];
const COUNTRIES = ['Canada', 'Mexico', 'United Kingdom', 'United States', 'United States Minor Outlying Islands'];
const YEARS = ['Under 2 years', '2–4 years', '5–7 years', '8–10 years', 'Over 10 years'];
const DEGREES = ['High school or GED', "Associate's degree", "Bachelor's degree", "Master's degree", 'Doctoral degree'];
const SPONSOR = ['I do not require sponsorship', 'I require sponsorship now', 'I will require sponsorship in the future'];
const HEARD = ['Tallisford.org', 'LinkedIn', 'Indeed', 'A Tallisford employee', 'Other'];
const RACE = ['American Indian or Alaska Native', 'Asian', 'Black or African American', 'Hispanic or Latino', 'Native Hawaiian or Other Pacific Islander', 'White', 'Two or more races', 'I decline to self-identify'];

function Widget({ popupContainer }) {
  const theme = createTheme({
    palette: { primary: { main: '#005f73' } },
    components: {
      MuiPopover: { defaultProps: { container: popupContainer } },
      MuiPopper: { defaultProps: { container: popupContainer } },
      MuiModal: { defaultProps: { container: popupContainer } },
    },
  });
  const [form, setForm] = useState({
    firstName: '', lastName: '', email: '', phone: '', location: null, country: '', linkedin: '', employer: '', jobTitle: '', years: '', degree: '',
    authorized: '', sponsorship: '', salary: '', startDate: '', resume: '', coverLetter: '', q_epic_cert: '', q_employed: '', q_denials: '', heard: '', race: '', consent: false,
  });
  const [sent, setSent] = useState(false);
  const set = (k) => (v) => setForm((f) => ({ ...f, [k]: v }));
  const text = (k, label, props = {}) => (
    <TextField id={`ta-${k}`} name={k} label={label} value={form[k]} onChange={(e) => set(k)(e.target.value)} fullWidth margin="dense" {...props} />
  );
  const select = (k, label, options, props = {}) => (
    <TextField id={`ta-${k}`} name={k} select label={label} value={form[k]} onChange={(e) => set(k)(e.target.value)} fullWidth margin="dense"
      slotProps={{ select: { displayEmpty: true }, inputLabel: { shrink: true } }} {...props}>
      <MenuItem value=""><em>Select</em></MenuItem>
      {options.map((o) => <MenuItem key={o} value={o}>{o}</MenuItem>)}
    </TextField>
  );
  return (
    <ThemeProvider theme={theme}>
      <Box component="form" id="ta-form" noValidate onSubmit={(e) => { e.preventDefault(); if (form.consent && form.email && form.resume) setSent(true); }}
        sx={{ p: 3, border: '1px solid #d0dde0', borderRadius: 2, background: '#fff' }}>
        <Typography variant="h6" component="h2">Apply for this position</Typography>
        <Box sx={{ display: 'flex', gap: 2 }}>{text('firstName', 'First name', { required: true })}{text('lastName', 'Last name', { required: true })}</Box>
        {text('email', 'Email', { required: true, type: 'email' })}
        {text('phone', 'Phone', { type: 'tel', placeholder: '(555) 555-5555', helperText: '10-digit US phone number' })}
        <Autocomplete id="ta-location" options={PLACES} value={form.location} onChange={(_, v) => set('location')(v)}
          renderInput={(params) => <TextField {...params} name="location" label="City, State" margin="dense" helperText="Where you live today" />} />
        {select('country', 'Country', COUNTRIES)}
        {text('linkedin', 'LinkedIn profile URL')}
        <Box sx={{ display: 'flex', gap: 2 }}>{text('employer', 'Most recent employer')}{text('jobTitle', 'Most recent job title')}</Box>
        {select('years', 'Years of experience in analytics or data engineering', YEARS)}
        {select('degree', 'Highest degree earned', DEGREES)}
        <FormControl margin="dense">
          <FormLabel id="ta-authorized-label">Are you legally eligible to work in the U.S.?</FormLabel>
          <RadioGroup row aria-labelledby="ta-authorized-label" name="authorized" value={form.authorized} onChange={(e) => set('authorized')(e.target.value)}>
            <FormControlLabel value="yes" control={<Radio />} label="Yes" /><FormControlLabel value="no" control={<Radio />} label="No" />
          </RadioGroup>
        </FormControl>
        {select('sponsorship', 'Visa sponsorship', SPONSOR)}
        <Box sx={{ display: 'flex', gap: 2 }}>
          {text('salary', 'Desired annual salary', { slotProps: { input: { startAdornment: <InputAdornment position="start">$</InputAdornment> } } })}
          {text('startDate', 'Available start date', { type: 'date', slotProps: { inputLabel: { shrink: true } } })}
        </Box>
        <Box sx={{ my: 1.5, display: 'flex', gap: 2, alignItems: 'center' }}>
          <Button component="label" variant="outlined">Upload resume
            <input id="ta-resume" type="file" name="resume" hidden accept=".pdf,.doc,.docx" onChange={(e) => set('resume')(e.target.files?.[0]?.name ?? '')} />
          </Button>
          <Typography variant="body2" color="text.secondary">{form.resume || 'PDF or Word'}</Typography>
        </Box>
        {text('coverLetter', 'Cover letter', { multiline: true, minRows: 4 })}
        <Typography variant="subtitle1" component="h3" sx={{ mt: 2 }}>Questions from the hiring team</Typography>
        <FormControl margin="dense">
          <FormLabel id="ta-q_employed-label">Are you currently employed?</FormLabel>
          <RadioGroup row aria-labelledby="ta-q_employed-label" name="q_employed" value={form.q_employed} onChange={(e) => set('q_employed')(e.target.value)}>
            <FormControlLabel value="yes" control={<Radio />} label="Yes" /><FormControlLabel value="no" control={<Radio />} label="No" />
          </RadioGroup>
        </FormControl>
        {select('q_epic_cert', 'Do you hold an Epic Clarity or Caboodle certification?', ['Yes, Clarity', 'Yes, Caboodle', 'Both', 'No', 'In progress'])}
        {text('q_denials', 'Describe a claims-denial or revenue-leakage analysis you have built.', { multiline: true, minRows: 3 })}
        {select('heard', 'How did you hear about us?', HEARD)}
        {select('race', 'Race / ethnicity (voluntary)', RACE)}
        <FormControlLabel control={<Checkbox id="ta-consent" name="consent" checked={form.consent} onChange={(e) => set('consent')(e.target.checked)} />}
          label="I certify my answers are true and agree to the Tallisford Health applicant privacy policy." />
        <Box><Button id="ta-submit" type="submit" variant="contained">Submit application</Button></Box>
        {sent && <Alert id="ta-sent" severity="success" sx={{ mt: 2 }}>Your application has been submitted.</Alert>}
      </Box>
      <pre id="model" style={{ fontSize: 11, color: '#999', whiteSpace: 'pre-wrap', wordBreak: 'break-all' }}>{JSON.stringify(form)}</pre>
    </ThemeProvider>
  );
}

class TallisfordApply extends HTMLElement {
  connectedCallback() {
    if (this.shadowRoot) return;
    const shadow = this.attachShadow({ mode: 'open' });
    const styles = document.createElement('div');
    const mount = document.createElement('div');
    const popups = document.createElement('div');
    shadow.append(styles, mount, popups);
    const { cache } = createEmotion({ key: 'ta', container: styles });
    createRoot(mount).render(<CacheProvider value={cache}><Widget popupContainer={popups} /></CacheProvider>);
  }
}
customElements.define('tallisford-apply', TallisfordApply);
