/*
 * A water-utility software company's own careers page on MUI 9 + MUI X date pickers, plain React
 * state. The application's middle is a work history ("most recent first", one position shown,
 * "Add another position") whose From / To are MUI X DatePickers with views month + year (MM/YYYY
 * sections), an "I currently work here" Switch that collapses the To picker (it stays mounted),
 * and an education block: school Autocomplete (options only), degree Select, graduation-year
 * Select, GPA. Resume in a Button label around a hidden input. State goes to <pre id="model">.
 */
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import Autocomplete from '@mui/material/Autocomplete';
import Button from '@mui/material/Button';
import Collapse from '@mui/material/Collapse';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormLabel from '@mui/material/FormLabel';
import InputLabel from '@mui/material/InputLabel';
import MenuItem from '@mui/material/MenuItem';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import Select from '@mui/material/Select';
import Switch from '@mui/material/Switch';
import TextField from '@mui/material/TextField';
import Checkbox from '@mui/material/Checkbox';
import { AdapterDayjs } from '@mui/x-date-pickers/AdapterDayjs';
import { DatePicker } from '@mui/x-date-pickers/DatePicker';
import { LocalizationProvider } from '@mui/x-date-pickers/LocalizationProvider';

const hiddenInput = { clip: 'rect(0 0 0 0)', clipPath: 'inset(50%)', height: 1, overflow: 'hidden', position: 'absolute', whiteSpace: 'nowrap', width: 1 };
const SCHOOLS = [
  'Berkeley City College', 'California State University, East Bay', 'Stanford University', 'University of California, Berkeley',
  'University of California, Davis', 'University of California, Santa Barbara', 'University of San Francisco', 'University of Oregon',
];
const DEGREES = ['High school or GED', 'Associate', "Bachelor's", "Master's", 'Doctorate', 'Other'];
const GRAD_YEARS = Array.from({ length: 45 }, (_, i) => String(2030 - i));
const SOURCES = ['LinkedIn', 'Indeed', 'Our website', 'A current employee', 'Conference', 'Other'];
const emptyJob = () => ({ employer: '', title: '', from: null, to: null, current: false, leaving: '' });
const emptySchool = () => ({ school: null, degree: '', field: '', gradYear: '', gpa: '' });
const ym = (d) => (d && d.isValid && d.isValid() ? d.format('YYYY-MM') : null);

function App() {
  const [form, setForm] = useState({
    firstName: '', lastName: '', email: '', phone: '', location: '', resume: '',
    jobs: [emptyJob()], schools: [emptySchool()],
    employed: null, years: '', sponsorship: null, source: '', gender: '', alerts: false,
  });
  const [signIn, setSignIn] = useState('');
  const [done, setDone] = useState(false);
  const set = (key) => (value) => setForm((f) => ({ ...f, [key]: value }));
  const setJob = (i, key) => (value) => setForm((f) => ({ ...f, jobs: f.jobs.map((j, n) => (n === i ? { ...j, [key]: value } : j)) }));
  const setSchool = (i, key) => (value) => setForm((f) => ({ ...f, schools: f.schools.map((s, n) => (n === i ? { ...s, [key]: value } : s)) }));

  const model = { ...form, jobs: form.jobs.map((j) => ({ ...j, from: ym(j.from), to: ym(j.to) })), signIn };

  if (done) return <p id="mx-done">Thanks for applying to Tidemill. A recruiter will reach out within five business days.</p>;
  return (
    <LocalizationProvider dateAdapter={AdapterDayjs}>
      <header className="mx-top">
        <b>Tidemill</b>
        <span className="mx-spacer" />
        <TextField size="small" label="Candidate sign-in email" id="mx-signin" value={signIn} onChange={(e) => setSignIn(e.target.value)} />
        <Button size="small">Sign in</Button>
      </header>
      <main className="mx-main">
        <h1>Senior Data Engineer, Meter Data Platform</h1>
        <p className="mx-muted">Oakland, CA (hybrid) · Full-time</p>
        <form id="mx-form" noValidate onSubmit={(e) => { e.preventDefault(); if (form.firstName && form.email && form.resume) setDone(true); }}>
          <h2>About you</h2>
          <div className="mx-row">
            <TextField label="First name" required id="mx-first" name="firstName" value={form.firstName} onChange={(e) => set('firstName')(e.target.value)} fullWidth />
            <TextField label="Last name" required id="mx-last" name="lastName" value={form.lastName} onChange={(e) => set('lastName')(e.target.value)} fullWidth />
          </div>
          <TextField label="Email" required type="email" id="mx-email" name="email" value={form.email} onChange={(e) => set('email')(e.target.value)} fullWidth margin="normal" />
          <TextField label="Phone" id="mx-phone" name="phone" helperText="e.g. 510-555-0100" value={form.phone} onChange={(e) => set('phone')(e.target.value)} fullWidth margin="normal" />
          <TextField label="Where do you live? (City, State)" id="mx-location" name="location" value={form.location} onChange={(e) => set('location')(e.target.value)} fullWidth margin="normal" />
          <div className="mx-upload">
            <Button component="label" variant="outlined" id="mx-resume-button">
              Upload resume
              <input type="file" id="mx-resume" accept=".pdf,.doc,.docx" style={hiddenInput} onChange={(e) => set('resume')(e.target.files[0]?.name ?? '')} />
            </Button>
            <span className="mx-muted">{form.resume || 'PDF or Word'}</span>
          </div>

          <h2>Work history</h2>
          <p className="mx-muted">List your most recent position first.</p>
          {form.jobs.map((job, i) => (
            <section className="mx-entry" key={`job-${i}`} data-entry={`job-${i}`}>
              <h3>Position {i + 1}</h3>
              <div className="mx-row">
                <TextField label="Employer" id={`job-${i}-employer`} value={job.employer} onChange={(e) => setJob(i, 'employer')(e.target.value)} fullWidth />
                <TextField label="Job title" id={`job-${i}-title`} value={job.title} onChange={(e) => setJob(i, 'title')(e.target.value)} fullWidth />
              </div>
              <FormControlLabel control={<Switch id={`job-${i}-current`} checked={job.current} onChange={(e) => setJob(i, 'current')(e.target.checked)} />} label="I currently work here" />
              <div className="mx-row" data-field={`job-${i}-dates`}>
                <div data-field={`job-${i}-from`}>
                  <DatePicker label="From" views={['month', 'year']} openTo="month" format="MM/YYYY" value={job.from} onChange={setJob(i, 'from')} slotProps={{ textField: { id: `job-${i}-from`, name: `job-${i}-from` } }} />
                </div>
                <Collapse in={!job.current} orientation="horizontal">
                  <div data-field={`job-${i}-to`}>
                    <DatePicker label="To" views={['month', 'year']} openTo="month" format="MM/YYYY" value={job.to} onChange={setJob(i, 'to')} slotProps={{ textField: { id: `job-${i}-to`, name: `job-${i}-to` } }} />
                  </div>
                </Collapse>
              </div>
              <TextField label="Reason for leaving" id={`job-${i}-leaving`} value={job.leaving} onChange={(e) => setJob(i, 'leaving')(e.target.value)} fullWidth margin="normal" />
            </section>
          ))}
          <Button id="mx-add-job" onClick={() => set('jobs')([...form.jobs, emptyJob()])}>+ Add another position</Button>

          <h2>Education</h2>
          {form.schools.map((s, i) => (
            <section className="mx-entry" key={`school-${i}`}>
              <Autocomplete id={`school-${i}`} options={SCHOOLS} value={s.school} autoHighlight onChange={(_, v) => setSchool(i, 'school')(v)} renderInput={(params) => <TextField {...params} label="School" margin="normal" />} />
              <div className="mx-row">
                <FormControl fullWidth margin="normal" data-field={`school-${i}-degree`}>
                  <InputLabel id={`school-${i}-degree-label`}>Degree</InputLabel>
                  <Select labelId={`school-${i}-degree-label`} label="Degree" value={s.degree} onChange={(e) => setSchool(i, 'degree')(e.target.value)}>
                    {DEGREES.map((d) => <MenuItem key={d} value={d}>{d}</MenuItem>)}
                  </Select>
                </FormControl>
                <TextField label="Field of study" id={`school-${i}-field`} value={s.field} onChange={(e) => setSchool(i, 'field')(e.target.value)} fullWidth margin="normal" />
              </div>
              <div className="mx-row">
                <FormControl fullWidth margin="normal" data-field={`school-${i}-grad`}>
                  <InputLabel id={`school-${i}-grad-label`}>Graduation year</InputLabel>
                  <Select labelId={`school-${i}-grad-label`} label="Graduation year" value={s.gradYear} onChange={(e) => setSchool(i, 'gradYear')(e.target.value)} MenuProps={{ PaperProps: { style: { maxHeight: 300 } } }}>
                    {GRAD_YEARS.map((y) => <MenuItem key={y} value={y}>{y}</MenuItem>)}
                  </Select>
                </FormControl>
                <TextField label="GPA (optional)" id={`school-${i}-gpa`} value={s.gpa} onChange={(e) => setSchool(i, 'gpa')(e.target.value)} fullWidth margin="normal" />
              </div>
            </section>
          ))}
          <Button id="mx-add-school" onClick={() => set('schools')([...form.schools, emptySchool()])}>+ Add another school</Button>

          <h2>A few more questions</h2>
          <FormControl margin="normal" data-field="employed">
            <FormLabel id="employed-label">Are you currently employed?</FormLabel>
            <RadioGroup row aria-labelledby="employed-label" name="employed" value={form.employed ?? ''} onChange={(e) => set('employed')(e.target.value)}>
              <FormControlLabel value="yes" control={<Radio />} label="Yes" />
              <FormControlLabel value="no" control={<Radio />} label="No" />
            </RadioGroup>
          </FormControl>
          <TextField label="Total years of professional experience" type="number" id="mx-years" value={form.years} onChange={(e) => set('years')(e.target.value)} fullWidth margin="normal" />
          <FormControl margin="normal" data-field="sponsorship">
            <FormLabel id="sponsorship-label">Will you need Tidemill to sponsor a work visa, now or in the future?</FormLabel>
            <RadioGroup aria-labelledby="sponsorship-label" name="sponsorship" value={form.sponsorship ?? ''} onChange={(e) => set('sponsorship')(e.target.value)}>
              <FormControlLabel value="no" control={<Radio />} label="No, I won't need sponsorship" />
              <FormControlLabel value="yes" control={<Radio />} label="Yes, I will need sponsorship" />
            </RadioGroup>
          </FormControl>
          <FormControl fullWidth margin="normal" data-field="source">
            <InputLabel id="source-label">How did you find this job?</InputLabel>
            <Select labelId="source-label" label="How did you find this job?" value={form.source} onChange={(e) => set('source')(e.target.value)}>
              {SOURCES.map((d) => <MenuItem key={d} value={d}>{d}</MenuItem>)}
            </Select>
          </FormControl>
          <FormControl fullWidth margin="normal" data-field="gender">
            <InputLabel id="gender-label">Gender (voluntary)</InputLabel>
            <Select labelId="gender-label" label="Gender (voluntary)" value={form.gender} onChange={(e) => set('gender')(e.target.value)}>
              {['Woman', 'Man', 'Non-binary', 'Prefer not to say'].map((d) => <MenuItem key={d} value={d}>{d}</MenuItem>)}
            </Select>
          </FormControl>
          <FormControlLabel control={<Checkbox id="mx-alerts" checked={form.alerts} onChange={(e) => set('alerts')(e.target.checked)} />} label="Send me similar jobs" />
          <div><Button type="submit" variant="contained" id="mx-submit">Submit application</Button></div>
        </form>
        <pre id="model">{JSON.stringify(model, null, 1)}</pre>
      </main>
    </LocalizationProvider>
  );
}

createRoot(document.getElementById('root')).render(<App />);
