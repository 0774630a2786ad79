/*
 * Ossory Health careers: a React page on MUI (Material UI). Uploads follow MUI's documented
 * "file upload" recipe: a Button with component="label" around a visually hidden <input type=file>.
 * Once a résumé is picked the page simulates the upload with a determinate LinearProgress and then
 * swaps the button for a "file name · Remove" row (the button, and the input in it, stay mounted but
 * hidden). A "Paste résumé text instead" switch, photo and additional-document buttons, a cover letter
 * either as a file button or a multiline TextField (per posting), Selects, RadioGroups, Canadian
 * self-identification checkboxes. State goes to <pre id="model">.
 */
import { useEffect, useRef, useState } from 'react';
import { createRoot } from 'react-dom/client';
import {
  AppBar, Avatar, Box, Button, Checkbox, Container, FormControl, FormControlLabel, FormGroup, FormHelperText, FormLabel,
  IconButton, InputAdornment, InputBase, InputLabel, LinearProgress, MenuItem, Paper, Radio, RadioGroup, Select, Stack,
  Switch, TextField, Toolbar, Typography, styled,
} from '@mui/material';

const VisuallyHiddenInput = styled('input')({
  clip: 'rect(0 0 0 0)',
  clipPath: 'inset(50%)',
  height: 1,
  overflow: 'hidden',
  position: 'absolute',
  bottom: 0,
  left: 0,
  whiteSpace: 'nowrap',
  width: 1,
});

const COUNTRIES = ['Canada', 'United Kingdom', 'United States', 'United States Minor Outlying Islands'];

function UploadField({ id, label, accept, multiple, value, onChange, progress = true, helper }) {
  const [pct, setPct] = useState(null);
  const timer = useRef(null);
  useEffect(() => () => clearInterval(timer.current), []);
  const names = value.map((f) => f.name);
  const pick = (event) => {
    const files = Array.from(event.target.files ?? []);
    if (files.length === 0) return;
    if (!progress) return onChange(files);
    setPct(0);
    clearInterval(timer.current);
    timer.current = setInterval(() => {
      setPct((p) => {
        if (p >= 100) {
          clearInterval(timer.current);
          onChange(files);
          return null;
        }
        return p + 12.5;
      });
    }, 150);
  };
  return (
    <Box sx={{ my: 1.5 }} data-field={id}>
      <Typography variant="subtitle2" component="div" id={`${id}-label`}>{label}</Typography>
      <Box sx={{ display: names.length || pct !== null ? 'none' : 'block', mt: 0.5 }}>
        <Button component="label" role={undefined} variant="outlined" tabIndex={-1} aria-describedby={`${id}-label`}>
          {multiple ? 'Upload files' : 'Upload file'}
          <VisuallyHiddenInput id={id} type="file" accept={accept} multiple={multiple} onChange={pick} />
        </Button>
      </Box>
      {pct !== null && (
        <Box sx={{ mt: 1 }}>
          <LinearProgress variant="determinate" value={pct} aria-label={`Uploading ${label}`} />
          <Typography variant="caption">Uploading… {Math.round(pct)}%</Typography>
        </Box>
      )}
      {names.length > 0 && (
        <Stack direction="row" alignItems="center" spacing={1} sx={{ mt: 0.5, p: 1, border: '1px solid #d0d7de', borderRadius: 1 }} className="upload-row">
          <Typography variant="body2">📎 {names.join(', ')}</Typography>
          <Typography variant="body2">·</Typography>
          <Button size="small" color="error" onClick={() => { onChange([]); const input = document.getElementById(id); if (input) input.value = ''; }}>Remove</Button>
        </Stack>
      )}
      {helper && <FormHelperText>{helper}</FormHelperText>}
    </Box>
  );
}

function SelectField({ id, label, value, onChange, options, required }) {
  return (
    <FormControl fullWidth margin="normal" required={required}>
      <InputLabel id={`${id}-label`}>{label}</InputLabel>
      <Select labelId={`${id}-label`} id={id} value={value} label={label} onChange={(e) => onChange(e.target.value)}>
        {options.map((o) => (
          <MenuItem key={o} value={o}>{o}</MenuItem>
        ))}
      </Select>
    </FormControl>
  );
}

function YesNo({ name, label, value, onChange }) {
  return (
    <FormControl margin="normal" required sx={{ display: 'block' }}>
      <FormLabel id={`${name}-label`}>{label}</FormLabel>
      <RadioGroup row aria-labelledby={`${name}-label`} name={name} value={value} onChange={(e) => onChange(e.target.value)}>
        <FormControlLabel value="yes" control={<Radio />} label="Yes" />
        <FormControlLabel value="no" control={<Radio />} label="No" />
      </RadioGroup>
    </FormControl>
  );
}

function App({ job }) {
  const [form, setForm] = useState({
    firstName: '', lastName: '', email: '', phone: '', city: '', region: '', country: job.defaultCountry, linkedin: '',
    github: '', years: '', authorized: '', sponsorship: '', salary: '', startDate: '', source: '', why: '', coverLetter: '',
    resumeText: '', consent: false, indigenous: false, visibleMinority: false, disability: false, newsletter: '', search: '',
    ...Object.fromEntries(job.questions.map((q) => [q.key, ''])),
  });
  const [files, setFiles] = useState({ resume: [], coverLetterFile: [], photo: [], documents: [] });
  const [paste, setPaste] = useState(false);
  const [sent, setSent] = useState(false);
  const set = (key) => (value) => setForm((f) => ({ ...f, [key]: value }));
  const text = (key) => ({ value: form[key], onChange: (e) => set(key)(e.target.value) });
  const setFile = (key) => (list) => setFiles((f) => ({ ...f, [key]: list }));
  const model = {
    ...form,
    resume: files.resume.map((f) => f.name).join(', '),
    coverLetterFile: files.coverLetterFile.map((f) => f.name).join(', '),
    photo: files.photo.map((f) => f.name).join(', '),
    documents: files.documents.map((f) => f.name),
  };
  const submit = (e) => {
    e.preventDefault();
    if (!files.resume.length && !form.resumeText.trim()) return alert('Please add your résumé.');
    if (!form.consent) return alert('Please accept the privacy notice.');
    setSent(true);
  };
  return (
    <>
      <AppBar position="static" sx={{ bgcolor: '#12355b' }}>
        <Toolbar sx={{ gap: 2 }}>
          <Typography variant="h6" sx={{ flexGrow: 1 }}>Ossory Health · Careers</Typography>
          <Paper component="form" role="search" onSubmit={(e) => e.preventDefault()} sx={{ px: 1 }}>
            <InputBase id="oh-search" placeholder="Search roles" inputProps={{ 'aria-label': 'Search roles' }} {...text('search')} />
          </Paper>
          <Button color="inherit">Sign in</Button>
        </Toolbar>
      </AppBar>
      <Container maxWidth="md" sx={{ my: 3 }}>
        <Paper sx={{ p: 4 }}>
          <Typography variant="overline">{job.team}</Typography>
          <Typography variant="h4" component="h1">{job.title}</Typography>
          <Typography color="text.secondary" gutterBottom>{job.where}</Typography>
          <Typography paragraph>{job.intro}</Typography>
          {sent ? (
            <Typography id="oh-sent" variant="h6" role="status">Thank you — we received your application.</Typography>
          ) : (
            <Box component="form" id="oh-apply" noValidate onSubmit={submit}>
              <Typography variant="h5" sx={{ mt: 2 }}>Your details</Typography>
              <Stack direction="row" spacing={2}>
                <TextField id="oh-firstName" label="First name" required fullWidth margin="normal" {...text('firstName')} />
                <TextField id="oh-lastName" label="Last name" required fullWidth margin="normal" {...text('lastName')} />
              </Stack>
              <TextField id="oh-email" label="Email" type="email" required fullWidth margin="normal" {...text('email')} />
              <TextField id="oh-phone" label="Phone" required fullWidth margin="normal" helperText={job.phoneHelper} {...text('phone')} />
              <Stack direction="row" spacing={2}>
                <TextField id="oh-city" label="City" required fullWidth margin="normal" {...text('city')} />
                <TextField id="oh-region" label="Province / State" fullWidth margin="normal" {...text('region')} />
              </Stack>
              <SelectField id="oh-country" label="Country" required value={form.country} onChange={set('country')} options={COUNTRIES} />

              <Typography variant="h5" sx={{ mt: 3 }}>Résumé and documents</Typography>
              {!paste && (
                <UploadField id="oh-resume" label="Résumé *" accept=".pdf,.doc,.docx" value={files.resume} onChange={setFile('resume')} helper="PDF or Word, up to 5 MB" />
              )}
              <FormControlLabel control={<Switch id="oh-paste-toggle" checked={paste} onChange={(e) => setPaste(e.target.checked)} />} label="Paste résumé text instead" />
              {paste && (
                <TextField id="oh-resumeText" label="Résumé text" multiline minRows={6} fullWidth margin="normal" {...text('resumeText')} />
              )}
              {job.coverLetter === 'file' ? (
                <UploadField id="oh-coverLetter" label="Cover letter (optional)" accept=".pdf,.doc,.docx,.txt" value={files.coverLetterFile} onChange={setFile('coverLetterFile')} helper="PDF, Word or plain text" />
              ) : (
                <TextField id="oh-coverLetter" label="Cover letter (optional)" multiline minRows={5} fullWidth margin="normal" {...text('coverLetter')} />
              )}
              <Box sx={{ my: 1.5 }}>
                <Typography variant="subtitle2" component="div">Profile photo (optional)</Typography>
                <Stack direction="row" spacing={2} alignItems="center">
                  <Avatar>{files.photo.length ? '✓' : '?'}</Avatar>
                  <Button component="label" variant="text" size="small">
                    Add photo
                    <VisuallyHiddenInput id="oh-photo" type="file" accept="image/*" onChange={(e) => setFile('photo')(Array.from(e.target.files ?? []))} />
                  </Button>
                </Stack>
              </Box>
              <UploadField id="oh-documents" label="Additional documents (optional)" multiple value={files.documents} onChange={setFile('documents')} progress={false} helper="Licences, certificates, references" />

              <Typography variant="h5" sx={{ mt: 3 }}>Profiles</Typography>
              <TextField id="oh-linkedin" label="LinkedIn URL" fullWidth margin="normal" {...text('linkedin')} />
              <TextField id="oh-github" label="GitHub URL" fullWidth margin="normal" {...text('github')} />

              <Typography variant="h5" sx={{ mt: 3 }}>A few questions</Typography>
              <SelectField id="oh-years" label="Years of experience in data engineering" required value={form.years} onChange={set('years')} options={job.years} />
              <YesNo name="authorized" label={job.authLabel} value={form.authorized} onChange={set('authorized')} />
              <YesNo name="sponsorship" label={job.sponsorLabel} value={form.sponsorship} onChange={set('sponsorship')} />
              <TextField id="oh-salary" label="Desired base salary" fullWidth margin="normal" InputProps={{ startAdornment: <InputAdornment position="start">$</InputAdornment>, endAdornment: <InputAdornment position="end">USD / year</InputAdornment> }} {...text('salary')} />
              <TextField id="oh-startDate" label="Earliest start date" type="date" fullWidth margin="normal" InputLabelProps={{ shrink: true }} {...text('startDate')} />
              {job.questions.map((q) =>
                q.type === 'yesno' ? (
                  <YesNo key={q.key} name={q.key} label={q.label} value={form[q.key]} onChange={set(q.key)} />
                ) : q.type === 'select' ? (
                  <SelectField key={q.key} id={`oh-${q.key}`} label={q.label} value={form[q.key]} onChange={set(q.key)} options={q.options} />
                ) : (
                  <TextField key={q.key} id={`oh-${q.key}`} label={q.label} multiline minRows={3} fullWidth margin="normal" {...text(q.key)} />
                ),
              )}
              <SelectField id="oh-source" label="How did you hear about us?" value={form.source} onChange={set('source')} options={['LinkedIn', 'Indeed', 'Glassdoor', 'Ossory website', 'Referral', 'Event', 'Other']} />
              <TextField id="oh-why" label="Why Ossory Health?" multiline minRows={3} fullWidth margin="normal" {...text('why')} />

              <Box sx={{ mt: 3, p: 2, bgcolor: '#f4f7fb', borderRadius: 1 }}>
                <Typography variant="subtitle1">Voluntary self-identification</Typography>
                <Typography variant="body2" color="text.secondary">Ossory Health is committed to employment equity. Answers are optional and kept apart from your application.</Typography>
                <FormGroup>
                  <FormControlLabel control={<Checkbox id="oh-indigenous" checked={form.indigenous} onChange={(e) => set('indigenous')(e.target.checked)} />} label="I identify as an Indigenous person" />
                  <FormControlLabel control={<Checkbox id="oh-visibleMinority" checked={form.visibleMinority} onChange={(e) => set('visibleMinority')(e.target.checked)} />} label="I identify as a member of a visible minority" />
                  <FormControlLabel control={<Checkbox id="oh-disability" checked={form.disability} onChange={(e) => set('disability')(e.target.checked)} />} label="I identify as a person with a disability" />
                </FormGroup>
              </Box>
              <FormControlLabel sx={{ mt: 2 }} control={<Checkbox id="oh-consent" checked={form.consent} onChange={(e) => set('consent')(e.target.checked)} />} label="I consent to Ossory Health processing my personal information for recruitment (PIPEDA). *" />
              <Box sx={{ mt: 2 }}>
                <Button id="oh-submit" type="submit" variant="contained" size="large">Submit application</Button>
              </Box>
            </Box>
          )}
        </Paper>
        <Paper sx={{ p: 2, mt: 3 }} component="footer">
          <Typography variant="subtitle2">Health-tech news, once a month</Typography>
          <Stack direction="row" spacing={1}>
            <TextField id="oh-newsletter" size="small" label="Email address" {...text('newsletter')} />
            <Button variant="outlined">Subscribe</Button>
          </Stack>
        </Paper>
        <pre id="model">{JSON.stringify(model, null, 2)}</pre>
      </Container>
    </>
  );
}

export function renderApplication(job) {
  createRoot(document.getElementById('root')).render(<App job={job} />);
}
