// Tessaro Fresh careers: the job page opens its apply flow in an MUI Dialog (the page URL ends in
// /apply, so the dialog is open on arrival). Five steps behind "Next" (MUI Stepper): about you,
// documents + experience (react-dropzone zones, a roles repeater), questions with follow-ups that
// open under their answer (MUI Collapse, kept mounted), voluntary self-identification, and a
// read-only review with the consent and "Submit application". Job-specific questions come from
// window.TS_JOB. Every value lives in one state object, shown in <pre id="model">.
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import { useDropzone } from 'react-dropzone';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import Collapse from '@mui/material/Collapse';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Divider from '@mui/material/Divider';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormLabel from '@mui/material/FormLabel';
import IconButton from '@mui/material/IconButton';
import InputAdornment from '@mui/material/InputAdornment';
import MenuItem from '@mui/material/MenuItem';
import Paper from '@mui/material/Paper';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import Stack from '@mui/material/Stack';
import Step from '@mui/material/Step';
import StepLabel from '@mui/material/StepLabel';
import Stepper from '@mui/material/Stepper';
import Switch from '@mui/material/Switch';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';

const JOB = window.TS_JOB;
const STEPS = ['About you', 'Resume & experience', 'Questions', 'Voluntary', 'Review'];
const DEGREES = ['High school or GED', 'Associate degree', "Bachelor's degree (BA/BS)", "Master's degree (MA/MS/MBA)", 'Doctorate', 'Other'];
const VISAS = ['H-1B transfer', 'TN', 'E-3', 'F-1 OPT / STEM OPT', 'Other'];
const NOTICE = ['Available now', '2 weeks', '3–4 weeks', 'More than a month'];
const SOURCES = ['Tessaro careers site', 'LinkedIn', 'Glassdoor', 'Referral from an employee', 'Event or meetup', 'Other'];
const GENDERS = ['Woman', 'Man', 'Non-binary', 'Prefer to self-describe', 'I prefer not to say'];
const RACES = ['American Indian or Alaska Native', 'Asian', 'Black or African American', 'Hispanic or Latino', 'Native Hawaiian or Other Pacific Islander', 'White', 'Two or more races', 'I prefer not to say'];
const EMPTY_ROLE = { employer: '', position: '', from: '', to: '', current: false };

const initial = {
  firstName: '', lastName: '', email: '', phone: '', basedIn: '', linkedin: '',
  resume: null, coverLetter: null, otherDocuments: [],
  roles: [{ ...EMPTY_ROLE }],
  education: [{ school: '', degree: '', fieldOfStudy: '' }],
  authorized: '', sponsorship: '', visaType: '', employed: '', noticePeriod: '',
  answers: Object.fromEntries(JOB.questions.map((q) => [q.id, ''])),
  salary: '', startDate: '', source: '',
  gender: '', race: '', veteran: '', textUpdates: false,
  consent: false,
};

function Drop({ id, label, hint, value, multiple, onFiles }) {
  const { getRootProps, getInputProps, isDragActive } = useDropzone({ multiple, onDrop: (files) => onFiles(files) });
  const shown = multiple ? (value.length ? value.join(', ') : null) : value;
  return (
    <Box sx={{ mb: 2 }}>
      <Typography variant="subtitle2" component="p" id={`${id}-label`} sx={{ mb: 0.5 }}>{label}</Typography>
      <Paper variant="outlined" {...getRootProps({ 'aria-labelledby': `${id}-label`, className: 'ts-drop' })}
        sx={{ p: 2, textAlign: 'center', borderStyle: 'dashed', cursor: 'pointer', bgcolor: isDragActive ? '#f1f8f4' : '#fff' }}>
        <input {...getInputProps({ id })} />
        <Typography variant="body2">{shown ? `📎 ${shown}` : 'Drag a file here, or click to browse'}</Typography>
        <Typography variant="caption" color="text.secondary">{hint}</Typography>
      </Paper>
    </Box>
  );
}

function Pick({ field, label, value, onChange, options, helperText, required }) {
  return (
    <TextField select fullWidth margin="dense" label={label} value={value} required={required} helperText={helperText}
      data-field={field} onChange={(e) => onChange(e.target.value)}
      slotProps={{ select: { displayEmpty: true }, inputLabel: { shrink: true } }}>
      <MenuItem value=""><em>Select…</em></MenuItem>
      {options.map((o) => <MenuItem key={o} value={o}>{o}</MenuItem>)}
    </TextField>
  );
}

function Choice({ name, label, value, onChange, options }) {
  return (
    <FormControl component="fieldset" margin="dense" sx={{ display: 'block', mb: 1 }}>
      <FormLabel component="legend" id={`${name}-legend`}>{label}</FormLabel>
      <RadioGroup row name={name} value={value} onChange={(e) => onChange(e.target.value)} aria-labelledby={`${name}-legend`}>
        {options.map((o) => <FormControlLabel key={o} value={o} control={<Radio />} label={o} />)}
      </RadioGroup>
    </FormControl>
  );
}

function App() {
  const [v, setV] = useState(initial);
  const [step, setStep] = useState(0);
  const [open, setOpen] = useState(true);
  const [done, setDone] = useState(false);
  const set = (key) => (value) => setV((s) => ({ ...s, [key]: value }));
  const setIn = (list, i, key) => (value) => setV((s) => ({ ...s, [list]: s[list].map((r, j) => (j === i ? { ...r, [key]: value } : r)) }));
  const setAnswer = (id) => (value) => setV((s) => ({ ...s, answers: { ...s.answers, [id]: value } }));
  const text = (key, label, extra = {}) => (
    <TextField fullWidth margin="dense" id={`ts-${key}`} name={key} label={label} value={v[key]} onChange={(e) => set(key)(e.target.value)} {...extra} />
  );

  const pages = [
    <Box key="about">
      <Stack direction="row" spacing={2}>{text('firstName', 'First name', { required: true })}{text('lastName', 'Last name', { required: true })}</Stack>
      {text('email', 'Email', { required: true, type: 'email' })}
      {text('phone', 'Phone', { required: true, type: 'tel', slotProps: { input: { startAdornment: <InputAdornment position="start">🇺🇸 +1</InputAdornment> } } })}
      {text('basedIn', 'Where are you based?', { helperText: 'City and state' })}
      {text('linkedin', 'LinkedIn URL')}
    </Box>,
    <Box key="docs">
      <Drop id="ts-resume" label="Resume *" hint="PDF, DOC or DOCX" value={v.resume} onFiles={(f) => set('resume')(f[0]?.name ?? null)} />
      <Drop id="ts-cover" label="Cover letter (optional)" hint="PDF, DOC, DOCX or TXT" value={v.coverLetter} onFiles={(f) => set('coverLetter')(f[0]?.name ?? null)} />
      <Drop id="ts-other" label="Other documents (optional)" hint="Portfolio, certificates, writing samples" multiple value={v.otherDocuments} onFiles={(f) => set('otherDocuments')(f.map((x) => x.name))} />
      <Typography variant="subtitle1" sx={{ mt: 2 }}>Experience</Typography>
      <Typography variant="body2" color="text.secondary">List your roles, most recent first.</Typography>
      {v.roles.map((r, i) => (
        <Paper key={i} variant="outlined" sx={{ p: 1.5, my: 1 }} className="ts-role">
          <Typography variant="caption">Role {i + 1}</Typography>
          <Stack direction="row" spacing={2}>
            <TextField fullWidth margin="dense" id={`ts-role-${i}-employer`} name={`roles.${i}.employer`} label="Employer" value={r.employer} onChange={(e) => setIn('roles', i, 'employer')(e.target.value)} />
            <TextField fullWidth margin="dense" id={`ts-role-${i}-position`} name={`roles.${i}.position`} label="Position" value={r.position} onChange={(e) => setIn('roles', i, 'position')(e.target.value)} />
          </Stack>
          <Stack direction="row" spacing={2}>
            <TextField fullWidth margin="dense" type="month" id={`ts-role-${i}-from`} name={`roles.${i}.from`} label="From" value={r.from} onChange={(e) => setIn('roles', i, 'from')(e.target.value)} slotProps={{ inputLabel: { shrink: true } }} />
            {!r.current && <TextField fullWidth margin="dense" type="month" id={`ts-role-${i}-to`} name={`roles.${i}.to`} label="To" value={r.to} onChange={(e) => setIn('roles', i, 'to')(e.target.value)} slotProps={{ inputLabel: { shrink: true } }} />}
          </Stack>
          <FormControlLabel control={<Checkbox id={`ts-role-${i}-current`} name={`roles.${i}.current`} checked={r.current} onChange={(e) => setIn('roles', i, 'current')(e.target.checked)} />} label="This is my current position" />
        </Paper>
      ))}
      <Button size="small" onClick={() => setV((s) => ({ ...s, roles: [...s.roles, { ...EMPTY_ROLE }] }))}>+ Add another role</Button>
      <Typography variant="subtitle1" sx={{ mt: 2 }}>Education</Typography>
      {v.education.map((ed, i) => (
        <Paper key={i} variant="outlined" sx={{ p: 1.5, my: 1 }}>
          <TextField fullWidth margin="dense" id={`ts-edu-${i}-school`} name={`education.${i}.school`} label="School" value={ed.school} onChange={(e) => setIn('education', i, 'school')(e.target.value)} />
          <Stack direction="row" spacing={2}>
            <Pick field={`edu-${i}-degree`} label="Degree" value={ed.degree} onChange={setIn('education', i, 'degree')} options={DEGREES} />
            <TextField fullWidth margin="dense" id={`ts-edu-${i}-field`} name={`education.${i}.fieldOfStudy`} label="Field of study" value={ed.fieldOfStudy} onChange={(e) => setIn('education', i, 'fieldOfStudy')(e.target.value)} />
          </Stack>
        </Paper>
      ))}
      <Button size="small" onClick={() => setV((s) => ({ ...s, education: [...s.education, { school: '', degree: '', fieldOfStudy: '' }] }))}>+ Add education</Button>
    </Box>,
    <Box key="questions">
      <Choice name="authorized" label="Are you legally authorized to work in the United States?" value={v.authorized} onChange={set('authorized')} options={['Yes', 'No']} />
      <Choice name="sponsorship" label="Will you require Tessaro to sponsor a work visa, now or later?" value={v.sponsorship} onChange={set('sponsorship')} options={['Yes', 'No']} />
      <Collapse in={v.sponsorship === 'Yes'}>
        <Box sx={{ pl: 2, borderLeft: '3px solid #c8e6c9' }}><Pick field="visaType" label="Which visa would you need?" value={v.visaType} onChange={set('visaType')} options={VISAS} /></Box>
      </Collapse>
      <Choice name="employed" label="Are you currently employed?" value={v.employed} onChange={set('employed')} options={['Yes', 'No']} />
      <Collapse in={v.employed === 'Yes'}>
        <Box sx={{ pl: 2, borderLeft: '3px solid #c8e6c9' }}><Pick field="noticePeriod" label="How much notice do you need to give?" value={v.noticePeriod} onChange={set('noticePeriod')} options={NOTICE} /></Box>
      </Collapse>
      {JOB.questions.map((q) => (q.type === 'select'
        ? <Pick key={q.id} field={q.id} label={q.text} value={v.answers[q.id]} onChange={setAnswer(q.id)} options={q.options} required={q.required} />
        : <Choice key={q.id} name={q.id} label={q.text} value={v.answers[q.id]} onChange={setAnswer(q.id)} options={q.options} />))}
      <Stack direction="row" spacing={2}>
        {text('salary', 'Salary expectation', { slotProps: { input: { startAdornment: <InputAdornment position="start">$</InputAdornment>, endAdornment: <InputAdornment position="end">per year</InputAdornment> } } })}
        {text('startDate', 'Earliest start date', { type: 'date', slotProps: { inputLabel: { shrink: true } } })}
      </Stack>
      <Pick field="source" label="How did you hear about Tessaro?" value={v.source} onChange={set('source')} options={SOURCES} />
    </Box>,
    <Box key="voluntary">
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>Answering is voluntary and never affects your application.</Typography>
      <Pick field="gender" label="Gender" value={v.gender} onChange={set('gender')} options={GENDERS} />
      <Pick field="race" label="Race / ethnicity" value={v.race} onChange={set('race')} options={RACES} />
      <Choice name="veteran" label="Are you a protected veteran?" value={v.veteran} onChange={set('veteran')} options={['I am a protected veteran', 'I am not a protected veteran', 'I prefer not to say']} />
      <FormControlLabel control={<Switch id="ts-textUpdates" checked={v.textUpdates} onChange={(e) => set('textUpdates')(e.target.checked)} />} label="Text me updates about my application" />
    </Box>,
    <Box key="review">
      <Typography variant="body2" sx={{ mb: 1 }}>Please check your application before you submit it.</Typography>
      <Box component="dl" sx={{ fontSize: 14, m: 0 }} id="ts-review">
        {[['Name', `${v.firstName} ${v.lastName}`], ['Email', v.email], ['Phone', v.phone], ['Based in', v.basedIn], ['Resume', v.resume || '—'], ['Cover letter', v.coverLetter || '—'],
          ['Current or last role', [v.roles[0].position, v.roles[0].employer].filter(Boolean).join(' at ') || '—'], ['Authorized to work in the US', v.authorized || '—'], ['Needs sponsorship', v.sponsorship || '—'], ['Start date', v.startDate || '—']]
          .map(([k, val]) => <Box key={k} sx={{ display: 'grid', gridTemplateColumns: '200px 1fr', py: 0.25 }}><Box component="dt" sx={{ color: 'text.secondary' }}>{k}</Box><Box component="dd" sx={{ m: 0 }}>{val}</Box></Box>)}
      </Box>
      <Divider sx={{ my: 1.5 }} />
      <FormControlLabel control={<Checkbox id="ts-consent" checked={v.consent} onChange={(e) => set('consent')(e.target.checked)} />} label="I confirm the information above is accurate and I agree to Tessaro's candidate privacy notice." />
    </Box>,
  ];

  return (
    <>
      <Button variant="contained" color="success" onClick={() => setOpen(true)} id="ts-open">{done ? 'Application sent' : 'Apply for this job'}</Button>
      {done && <Typography id="ts-done" sx={{ mt: 2 }}>Thanks, {v.firstName}! Your application for {JOB.title} is on its way to the hiring team.</Typography>}
      <Dialog open={open && !done} onClose={(_, reason) => { if (reason !== 'backdropClick') setOpen(false); }} fullWidth maxWidth="md" aria-labelledby="ts-dialog-title" disableEscapeKeyDown>
        <DialogTitle id="ts-dialog-title">Apply: {JOB.title}
          <IconButton aria-label="Close" onClick={() => setOpen(false)} sx={{ position: 'absolute', right: 8, top: 8 }}>✕</IconButton>
        </DialogTitle>
        <DialogContent dividers>
          <Stepper activeStep={step} alternativeLabel sx={{ mb: 2 }}>{STEPS.map((s) => <Step key={s}><StepLabel>{s}</StepLabel></Step>)}</Stepper>
          <form id="ts-form" onSubmit={(e) => e.preventDefault()} noValidate>{pages[step]}</form>
        </DialogContent>
        <DialogActions>
          {step > 0 && <Button id="ts-back" onClick={() => setStep(step - 1)}>Back</Button>}
          {step < STEPS.length - 1
            ? <Button id="ts-next" variant="contained" onClick={() => setStep(step + 1)}>{step === STEPS.length - 2 ? 'Review' : 'Next'}</Button>
            : <Button id="ts-submit" variant="contained" color="success" disabled={!v.consent} onClick={() => setDone(true)}>Submit application</Button>}
        </DialogActions>
      </Dialog>
      <pre id="model">{JSON.stringify(v, null, 2)}</pre>
    </>
  );
}

createRoot(document.getElementById('ts-root')).render(<App />);
