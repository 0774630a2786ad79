/**
 * Ferncastle Mutual's careers page (an insurer) on MUI 9 + MUI X Date Pickers 9: a three-step
 * horizontal Stepper rendered in place (only the active step is mounted; Back / Continue buttons),
 * a phone TextField whose start adornment is a dial-code Select preset to "+1", a country
 * Autocomplete of every country grouped by first letter (groupBy), a school Autocomplete whose
 * options are fetched 400 ms after typing, a degree Select with ListSubheader groups, an
 * Autocomplete `multiple` of office locations, a DatePicker with year + month views ("MMMM YYYY"),
 * and two react-dropzone slots (resume; cover letter) on the last step. The form state is rendered
 * into <pre id="model">.
 */
import { useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import {
  Autocomplete, Box, Button, Checkbox, Chip, CircularProgress, FormControl, FormControlLabel, FormHelperText, FormLabel,
  InputAdornment, InputLabel, ListSubheader, MenuItem, Paper, Radio, RadioGroup, Select, Step, StepLabel, Stepper, TextField, Typography,
} from '@mui/material';
import { AdapterDayjs } from '@mui/x-date-pickers/AdapterDayjs';
import { DatePicker } from '@mui/x-date-pickers/DatePicker';
import { LocalizationProvider } from '@mui/x-date-pickers/LocalizationProvider';
import { useDropzone } from 'react-dropzone';
import countries from 'world-countries';

const COUNTRY_NAMES = countries.map((c) => c.name.common).sort((a, b) => a.localeCompare(b));
const DIAL = [['CA', '🇨🇦 +1'], ['US', '🇺🇸 +1'], ['MX', '🇲🇽 +52'], ['GB', '🇬🇧 +44'], ['IE', '🇮🇪 +353'], ['IN', '🇮🇳 +91'], ['PH', '🇵🇭 +63']];
const SCHOOLS = ['University of California, Berkeley', 'University of California, Davis', 'University of California, Irvine', 'Berkeley City College',
  'California State University, East Bay', 'University of Washington', 'University of Connecticut', 'Boston University'];
const OFFICES = ['Hartford, CT', 'Chicago, IL', 'Dallas, TX', 'San Francisco, CA', 'Remote (US)'];
const YEARS = [['0-2', '0–2 years'], ['3-5', '3–5 years'], ['6-8', '6–8 years'], ['9-12', '9–12 years'], ['13+', '13+ years']];
const STEPS = ['Contact', 'Experience', 'Documents & eligibility'];

function fetchSchools(text) {
  return new Promise((resolve) => setTimeout(() => resolve(SCHOOLS.filter((s) => s.toLowerCase().includes(text.toLowerCase()))), 400));
}

function SchoolField({ value, onChange }) {
  const [input, setInput] = useState('');
  const [options, setOptions] = useState([]);
  const [loading, setLoading] = useState(false);
  useEffect(() => {
    if (input.length < 2) { setOptions(value ? [value] : []); return undefined; }
    let live = true;
    setLoading(true);
    fetchSchools(input).then((found) => { if (live) { setOptions(found); setLoading(false); } });
    return () => { live = false; };
  }, [input, value]);
  return (
    <Autocomplete id="fm-school" options={options} value={value} filterOptions={(x) => x} loading={loading}
      onChange={(_e, v) => onChange(v)} inputValue={input} onInputChange={(_e, v) => setInput(v)} noOptionsText="Type to search schools"
      renderInput={(params) => (
        <TextField {...params} label="School or university" helperText="Your most recent school"
          slotProps={{ ...params.slotProps, input: { ...params.slotProps.input, endAdornment: <>{loading ? <CircularProgress size={18} /> : null}{params.slotProps.input.endAdornment}</> } }} />
      )} />
  );
}

function DropSlot({ id, title, hint, accept, file, onFile }) {
  const { getRootProps, getInputProps, isDragActive } = useDropzone({ accept, multiple: false, onDrop: (files) => onFile(files[0]?.name ?? null) });
  return (
    <Box data-field={id} sx={{ mb: 2 }}>
      <FormLabel component="div" id={`${id}-label`} sx={{ mb: 0.5 }}>{title}</FormLabel>
      <div {...getRootProps({ className: `dz${isDragActive ? ' active' : ''}`, 'aria-labelledby': `${id}-label` })}>
        <input {...getInputProps({ name: id })} />
        {file ? <Chip label={file} onDelete={() => onFile(null)} /> : <span>Drag a file here, or <u>browse</u></span>}
      </div>
      <FormHelperText>{hint}</FormHelperText>
    </Box>
  );
}

function Application() {
  const [step, setStep] = useState(0);
  const [done, setDone] = useState(false);
  const [form, setForm] = useState({
    firstName: '', lastName: '', email: '', dialCode: 'US', phone: '', country: null, city: '',
    employer: '', title: '', years: '', school: null, degree: '', offices: [], startMonth: null,
    resume: null, coverLetter: null, linkedin: '', authorized: '', sponsorship: '', referral: '', consent: false,
  });
  const set = (key) => (value) => setForm((prev) => ({ ...prev, [key]: value }));
  const text = (key) => (e) => set(key)(e.target.value);
  const model = { ...form, startMonth: form.startMonth ? form.startMonth.format('YYYY-MM') : null };
  if (done) return <Paper sx={{ p: 4 }}><Typography id="done" variant="h5">Application received. Thank you!</Typography></Paper>;
  return (
    <LocalizationProvider dateAdapter={AdapterDayjs}>
      <Paper component="form" noValidate sx={{ p: 4 }} onSubmit={(e) => { e.preventDefault(); if (form.consent && form.email) setDone(true); }}>
        <Typography variant="h5" component="h1">Staff Data Engineer, Claims Platform</Typography>
        <Typography color="text.secondary" sx={{ mb: 3 }}>Hartford, CT or remote in the US · Full-time</Typography>
        <Stepper activeStep={step} sx={{ mb: 4 }}>{STEPS.map((s) => <Step key={s}><StepLabel>{s}</StepLabel></Step>)}</Stepper>
        {step === 0 && (
          <Box sx={{ display: 'grid', gap: 2.5 }}>
            <TextField id="fm-first" name="firstName" label="First name" required value={form.firstName} onChange={text('firstName')} />
            <TextField id="fm-last" name="lastName" label="Last name" required value={form.lastName} onChange={text('lastName')} />
            <TextField id="fm-email" name="email" type="email" label="Email address" required value={form.email} onChange={text('email')} />
            <TextField id="fm-phone" name="phone" type="tel" label="Mobile number" value={form.phone} onChange={text('phone')}
              slotProps={{ input: { startAdornment: (
                <InputAdornment position="start">
                  <Select variant="standard" disableUnderline value={form.dialCode} onChange={(e) => set('dialCode')(e.target.value)}
                    SelectDisplayProps={{ id: 'fm-dial', 'aria-label': 'Country calling code' }}>
                    {DIAL.map(([v, l]) => <MenuItem key={v} value={v}>{l}</MenuItem>)}
                  </Select>
                </InputAdornment>
              ) } }} />
            <Autocomplete id="fm-country" options={COUNTRY_NAMES} groupBy={(o) => o[0]} value={form.country} onChange={(_e, v) => set('country')(v)}
              renderInput={(params) => <TextField {...params} label="Country of residence" />} />
            <TextField id="fm-city" name="city" label="City" value={form.city} onChange={text('city')} />
          </Box>
        )}
        {step === 1 && (
          <Box sx={{ display: 'grid', gap: 2.5 }}>
            <TextField id="fm-employer" name="employer" label="Current employer" value={form.employer} onChange={text('employer')} />
            <TextField id="fm-title" name="title" label="Current job title" value={form.title} onChange={text('title')} />
            <FormControl>
              <InputLabel id="fm-years-label">Years of professional experience</InputLabel>
              <Select labelId="fm-years-label" label="Years of professional experience" value={form.years} onChange={(e) => set('years')(e.target.value)}
                SelectDisplayProps={{ id: 'fm-years' }}>
                {YEARS.map(([v, l]) => <MenuItem key={v} value={v}>{l}</MenuItem>)}
              </Select>
            </FormControl>
            <SchoolField value={form.school} onChange={set('school')} />
            <FormControl>
              <InputLabel id="fm-degree-label">Highest degree earned</InputLabel>
              <Select labelId="fm-degree-label" label="Highest degree earned" value={form.degree} onChange={(e) => set('degree')(e.target.value)}
                SelectDisplayProps={{ id: 'fm-degree' }}>
                <ListSubheader>Secondary &amp; associate</ListSubheader>
                <MenuItem value="hs">High school diploma / GED</MenuItem>
                <MenuItem value="aa">Associate degree</MenuItem>
                <ListSubheader>Undergraduate</ListSubheader>
                <MenuItem value="ba">Bachelor's degree</MenuItem>
                <ListSubheader>Graduate</ListSubheader>
                <MenuItem value="ms">Master's degree</MenuItem>
                <MenuItem value="phd">Doctorate</MenuItem>
              </Select>
            </FormControl>
            <Autocomplete multiple id="fm-offices" options={OFFICES} value={form.offices} onChange={(_e, v) => set('offices')(v)} disableCloseOnSelect
              renderInput={(params) => <TextField {...params} label="Which offices would you work from?" helperText="Select all that apply" />} />
            <Box data-field="startMonth">
              <DatePicker label="Earliest start month" views={['year', 'month']} openTo="month" format="MMMM YYYY" value={form.startMonth}
                onChange={set('startMonth')} slotProps={{ textField: { id: 'fm-start', name: 'startMonth', helperText: 'Month and year' } }} />
            </Box>
          </Box>
        )}
        {step === 2 && (
          <Box>
            <DropSlot id="resume" title="Resume / CV *" hint="PDF or Word, up to 5 MB" file={form.resume} onFile={set('resume')}
              accept={{ 'application/pdf': ['.pdf'], 'application/msword': ['.doc'], 'application/vnd.openxmlformats-officedocument.wordprocessingml.document': ['.docx'] }} />
            <DropSlot id="coverLetter" title="Cover letter (optional)" hint="PDF, Word or plain text" file={form.coverLetter} onFile={set('coverLetter')}
              accept={{ 'application/pdf': ['.pdf'], 'application/vnd.openxmlformats-officedocument.wordprocessingml.document': ['.docx'], 'text/plain': ['.txt'] }} />
            <TextField fullWidth id="fm-linkedin" name="linkedin" label="LinkedIn profile" value={form.linkedin} onChange={text('linkedin')} sx={{ mb: 2 }} />
            <FormControl sx={{ mb: 2, display: 'block' }}>
              <FormLabel id="fm-auth-label">Are you legally authorized to work in the United States?</FormLabel>
              <RadioGroup row aria-labelledby="fm-auth-label" name="authorized" value={form.authorized} onChange={text('authorized')} data-field="authorized">
                <FormControlLabel value="yes" control={<Radio />} label="Yes" />
                <FormControlLabel value="no" control={<Radio />} label="No" />
              </RadioGroup>
            </FormControl>
            <FormControl sx={{ mb: 2, display: 'block' }}>
              <FormLabel id="fm-spons-label">Will you now or in the future require sponsorship for employment visa status?</FormLabel>
              <RadioGroup row aria-labelledby="fm-spons-label" name="sponsorship" value={form.sponsorship} onChange={text('sponsorship')} data-field="sponsorship">
                <FormControlLabel value="yes" control={<Radio />} label="Yes" />
                <FormControlLabel value="no" control={<Radio />} label="No" />
              </RadioGroup>
            </FormControl>
            <TextField fullWidth id="fm-referral" name="referral" label="Referred by a Ferncastle employee? Their name" value={form.referral} onChange={text('referral')} sx={{ mb: 2 }} />
            <FormControlLabel control={<Checkbox id="fm-consent" name="consent" checked={form.consent} onChange={(e) => set('consent')(e.target.checked)} />}
              label="I confirm the information I have provided is accurate and agree to the candidate privacy notice." />
          </Box>
        )}
        <Box sx={{ display: 'flex', gap: 2, mt: 3 }}>
          {step > 0 && <Button id="fm-back" onClick={() => setStep(step - 1)}>Back</Button>}
          {step < 2 && <Button id={`fm-next-${step + 1}`} variant="contained" onClick={() => setStep(step + 1)}>Continue</Button>}
          {step === 2 && <Button id="fm-submit" type="submit" variant="contained">Submit application</Button>}
        </Box>
        <pre id="model">{JSON.stringify(model, null, 2)}</pre>
      </Paper>
    </LocalizationProvider>
  );
}

createRoot(document.getElementById('root')).render(<Application />);
