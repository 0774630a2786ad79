/**
 * A Recruiterflow-style hosted job page whose "Apply for this job" opens an MUI Dialog with a
 * Stepper: Resume (upload first: "we'll fill the rest" fills empty names from the file name;
 * or paste a LinkedIn URL to import), Your details (names, "+1" phone adornment, options-only
 * location Autocomplete, "https://" LinkedIn adornment), Questions (RadioGroups styled as cards,
 * a non-native Select of ranges, "$" salary, pronouns Select, relocation Switch) and Review
 * (privacy and job-alert checkboxes). State in <pre id="model">.
 */
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import {
  Alert, Autocomplete, Box, Button, Checkbox, Dialog, DialogActions, DialogContent, DialogTitle, FormControl,
  FormControlLabel, FormHelperText, FormLabel, InputAdornment, InputLabel, MenuItem, Radio, RadioGroup, Select,
  Stack, Step, StepLabel, Stepper, Switch, TextField, Typography,
} from '@mui/material';

const PLACES = [
  'Denver, Colorado, United States', 'Boulder, Colorado, United States', 'San Diego, California, United States',
  'San Francisco, California, United States', 'South San Francisco, California, United States', 'San Jose, California, United States',
  'Oakland, California, United States', 'Seattle, Washington, United States', 'Austin, Texas, United States', 'Toronto, Ontario, Canada',
];
const YEARS = ['0-2 years', '3-5 years', '6-9 years', '10+ years'];
const PRONOUNS = ['He/Him', 'She/Her', 'They/Them', 'Prefer to self-describe', 'Prefer not to say'];
const STEPS = ['Resume', 'Your details', 'Questions', 'Review'];
const hidden = { clip: 'rect(0 0 0 0)', clipPath: 'inset(50%)', height: 1, overflow: 'hidden', position: 'absolute', whiteSpace: 'nowrap', width: 1 };

function CardRadios({ id, label, value, onChange, options }) {
  return (
    <FormControl component="fieldset" id={id} sx={{ width: '100%' }}>
      <FormLabel component="legend" id={`${id}-label`} sx={{ fontWeight: 600, color: 'text.primary', mb: 1 }}>{label}</FormLabel>
      <RadioGroup name={id} value={value} onChange={(e) => onChange(e.target.value)} aria-labelledby={`${id}-label`}>
        {options.map((o) => (
          <FormControlLabel key={o.value} value={o.value} control={<Radio size="small" />}
            sx={{ border: 1, borderColor: value === o.value ? 'primary.main' : 'divider', borderRadius: 2, mx: 0, mb: 1, pr: 2, py: 0.5 }}
            label={<Box><Typography variant="body2" fontWeight={600}>{o.title}</Typography>{o.sub && <Typography variant="caption" color="text.secondary">{o.sub}</Typography>}</Box>} />
        ))}
      </RadioGroup>
    </FormControl>
  );
}

function App() {
  const [open, setOpen] = useState(false);
  const [step, setStep] = useState(0);
  const [done, setDone] = useState(false);
  const [parsing, setParsing] = useState(false);
  const [error, setError] = useState('');
  const [f, setF] = useState({
    resume: '', importLinkedin: '', firstName: '', lastName: '', email: '', phone: '', location: null, title: '', company: '',
    linkedin: '', github: '', authorized: '', sponsorship: '', years: '', salary: '', pronouns: '', relocate: false, privacy: false, alerts: false,
  });
  const set = (k) => (v) => setF((prev) => ({ ...prev, [k]: v }));
  const text = (k, label, props = {}) => (
    <TextField id={`rf-${k}`} name={k} label={label} value={f[k]} onChange={(e) => set(k)(e.target.value)} fullWidth size="small" {...props} />
  );
  const onResume = (file) => {
    if (!file) return;
    set('resume')(file.name);
    setParsing(true);
    setTimeout(() => {
      const words = file.name.replace(/\.[a-z]+$/i, '').split(/[_\-\s]+/).filter((w) => !/^(resume|cv)$/i.test(w));
      setF((prev) => ({ ...prev, firstName: prev.firstName || words[0] || '', lastName: prev.lastName || words.slice(1).join(' ') }));
      setParsing(false);
    }, 400);
  };
  const next = () => {
    if (step === 1 && (!f.firstName || !f.email)) return setError('First name and email are required.');
    setError('');
    setStep((s) => s + 1);
  };
  const submit = () => {
    if (!f.privacy) return setError('Please accept the privacy policy to continue.');
    setError('');
    setDone(true);
  };

  return (
    <>
      <Button variant="contained" id="rf-open" onClick={() => setOpen(true)} sx={{ my: 1 }}>Apply for this job</Button>
      <Dialog open={open} onClose={() => setOpen(false)} fullWidth maxWidth="sm" aria-labelledby="rf-dialog-title">
        <DialogTitle id="rf-dialog-title">Apply: Senior Data Engineer, Platform</DialogTitle>
        {done ? (
          <DialogContent id="rf-done"><Alert severity="success">Thanks, {f.firstName}! Your application was sent to Cindermoss Labs.</Alert></DialogContent>
        ) : (
          <>
            <DialogContent dividers>
              <Stepper activeStep={step} alternativeLabel sx={{ mb: 3 }}>{STEPS.map((s) => <Step key={s}><StepLabel>{s}</StepLabel></Step>)}</Stepper>
              {step === 0 && (
                <Stack spacing={2}>
                  <Typography variant="h6">Upload your resume and we'll fill the rest</Typography>
                  <Box>
                    <Button component="label" variant="outlined" id="rf-resume-button">
                      {f.resume ? `Resume: ${f.resume}` : 'Upload resume'}
                      <input type="file" id="rf-resume" name="resume" accept=".pdf,.doc,.docx" style={hidden} onChange={(e) => onResume(e.target.files[0])} />
                    </Button>
                    <FormHelperText>PDF or Word, up to 10 MB</FormHelperText>
                  </Box>
                  {parsing && <Alert severity="info">Reading your resume…</Alert>}
                  {f.resume && !parsing && <Alert severity="success">We pre-filled your details from {f.resume}. Please check them on the next step.</Alert>}
                  <Typography variant="overline" color="text.secondary">or</Typography>
                  {text('importLinkedin', 'Import from LinkedIn', { placeholder: 'Paste your LinkedIn profile URL', helperText: "We'll import your experience from your public profile." })}
                </Stack>
              )}
              {step === 1 && (
                <Stack spacing={2}>
                  <Stack direction="row" spacing={2}>{text('firstName', 'First name', { required: true })}{text('lastName', 'Last name', { required: true })}</Stack>
                  {text('email', 'Email', { required: true, type: 'email' })}
                  {text('phone', 'Phone', { type: 'tel', slotProps: { input: { startAdornment: <InputAdornment position="start">+1</InputAdornment> } } })}
                  <Autocomplete id="rf-location" options={PLACES} value={f.location} onChange={(_, v) => set('location')(v)} autoHighlight
                    renderInput={(params) => <TextField {...params} label="Location" size="small" helperText="Where do you live?" />} />
                  <Stack direction="row" spacing={2}>{text('title', 'Current title')}{text('company', 'Current company')}</Stack>
                  {text('linkedin', 'LinkedIn', { slotProps: { input: { startAdornment: <InputAdornment position="start">https://</InputAdornment> } } })}
                  {text('github', 'GitHub')}
                </Stack>
              )}
              {step === 2 && (
                <Stack spacing={2.5}>
                  <CardRadios id="authorized" label="Are you legally authorized to work in the US?" value={f.authorized} onChange={set('authorized')}
                    options={[{ value: 'yes', title: 'Yes' }, { value: 'no', title: 'No' }]} />
                  <CardRadios id="sponsorship" label="Do you need visa sponsorship to work for us?" value={f.sponsorship} onChange={set('sponsorship')}
                    options={[{ value: 'none', title: "No, I don't need sponsorship" }, { value: 'now', title: 'Yes, now', sub: 'e.g. a new H-1B petition' }, { value: 'future', title: 'Yes, in the future', sub: 'e.g. OPT or a visa that will need a transfer' }]} />
                  <FormControl fullWidth size="small" data-field="years">
                    <InputLabel id="rf-years-label">Years of data engineering experience</InputLabel>
                    <Select labelId="rf-years-label" id="rf-years" value={f.years} label="Years of data engineering experience" onChange={(e) => set('years')(e.target.value)}>
                      {YEARS.map((y) => <MenuItem key={y} value={y}>{y}</MenuItem>)}
                    </Select>
                  </FormControl>
                  {text('salary', 'Desired base salary', { helperText: 'Annual, in USD', slotProps: { input: { startAdornment: <InputAdornment position="start">$</InputAdornment> } } })}
                  <FormControl fullWidth size="small" data-field="pronouns">
                    <InputLabel id="rf-pronouns-label">Pronouns (optional)</InputLabel>
                    <Select labelId="rf-pronouns-label" id="rf-pronouns" value={f.pronouns} label="Pronouns (optional)" onChange={(e) => set('pronouns')(e.target.value)}>
                      {PRONOUNS.map((y) => <MenuItem key={y} value={y}>{y}</MenuItem>)}
                    </Select>
                  </FormControl>
                  <FormControlLabel control={<Switch id="rf-relocate" checked={f.relocate} onChange={(e) => set('relocate')(e.target.checked)} />} label="I'm willing to relocate to Denver" />
                </Stack>
              )}
              {step === 3 && (
                <Stack spacing={1}>
                  <Typography variant="subtitle1">Review</Typography>
                  <Typography variant="body2">{f.firstName} {f.lastName} · {f.email} · {f.location ?? 'No location'}</Typography>
                  <Typography variant="body2">Resume: {f.resume || 'none'}</Typography>
                  <FormControlLabel control={<Checkbox id="rf-privacy" checked={f.privacy} onChange={(e) => set('privacy')(e.target.checked)} />} label="I have read and accept Cindermoss Labs' candidate privacy policy *" />
                  <FormControlLabel control={<Checkbox id="rf-job-alerts" checked={f.alerts} onChange={(e) => set('alerts')(e.target.checked)} />} label="Email me about new roles at Cindermoss Labs" />
                </Stack>
              )}
              {error && <Alert severity="error" sx={{ mt: 2 }}>{error}</Alert>}
            </DialogContent>
            <DialogActions>
              {step > 0 && <Button id="rf-back" onClick={() => setStep((s) => s - 1)}>Back</Button>}
              {step < 2 && <Button variant="contained" id="rf-next" onClick={next}>Next</Button>}
              {step === 2 && <Button variant="contained" id="rf-review" onClick={next}>Review</Button>}
              {step === 3 && <Button variant="contained" id="rf-submit" onClick={submit}>Submit application</Button>}
            </DialogActions>
          </>
        )}
      </Dialog>
      <pre id="model">{JSON.stringify(f)}</pre>
    </>
  );
}

createRoot(document.getElementById('root')).render(<App />);
