/**
 * An energy-software company's own careers page on MUI 9 with plain React state: filled TextFields,
 * non-native MUI Selects tied to their InputLabel by labelId (a div[role=combobox] plus a hidden
 * input, menu in a popover at the end of <body>), a school Autocomplete that accepts only its
 * options, an Autocomplete with `multiple` whose picks show as Chips, years of experience as an
 * exclusive ToggleButtonGroup, yes/no RadioGroups laid out in a row with FormControlLabels,
 * pronouns as a column RadioGroup, two "upload" Buttons around hidden file inputs (resume and
 * cover letter), EEO radio groups, a "how did you hear" Select with a "Select…" placeholder, and
 * a consent Checkbox. State is rendered into <pre id="model">.
 */
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import Autocomplete from '@mui/material/Autocomplete';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import Chip from '@mui/material/Chip';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormHelperText from '@mui/material/FormHelperText';
import FormLabel from '@mui/material/FormLabel';
import InputLabel from '@mui/material/InputLabel';
import MenuItem from '@mui/material/MenuItem';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import Select from '@mui/material/Select';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import ToggleButton from '@mui/material/ToggleButton';
import ToggleButtonGroup from '@mui/material/ToggleButtonGroup';
import Typography from '@mui/material/Typography';

const COUNTRIES = ['Canada', 'Mexico', 'United Kingdom', 'United States'];
const STATES = ['Arizona', 'California', 'Colorado', 'New York', 'Oregon', 'Texas', 'Washington'];
const DEGREES = ['High school diploma', "Associate's degree", "Bachelor's degree", "Master's degree", 'Doctorate'];
const SCHOOLS = ['Arizona State University', 'Oregon State University', 'Stanford University', 'University of California, Berkeley', 'University of California, Los Angeles', 'University of Washington'];
const TOOLS = ['dbt', 'Airflow', 'Snowflake', 'BigQuery', 'Spark', 'Kafka', 'Looker', 'Tableau'];
const SOURCES = ['LinkedIn', 'Indeed', 'Employee referral', 'Conference', 'Other'];
const YEARS = ['0–2', '3–5', '6–9', '10+'];

const hidden = { clip: 'rect(0 0 0 0)', clipPath: 'inset(50%)', height: 1, overflow: 'hidden', position: 'absolute', whiteSpace: 'nowrap', width: 1 };

function LabelledSelect({ id, label, options, value, onChange, placeholder }) {
  return (
    <FormControl fullWidth data-field={id}>
      <InputLabel id={`${id}-label`} shrink={placeholder ? true : undefined}>{label}</InputLabel>
      <Select labelId={`${id}-label`} id={`${id}-select`} name={id} label={label} value={value} displayEmpty={!!placeholder}
        notched={placeholder ? true : undefined}
        renderValue={placeholder ? (v) => v || <span style={{ color: '#999' }}>{placeholder}</span> : undefined}
        onChange={(event) => onChange(event.target.value)}>
        {options.map((option) => <MenuItem key={option} value={option}>{option}</MenuItem>)}
      </Select>
    </FormControl>
  );
}

function RowRadios({ id, label, options, value, onChange, row = true }) {
  return (
    <FormControl data-field={id}>
      <FormLabel id={`${id}-label`}>{label}</FormLabel>
      <RadioGroup row={row} aria-labelledby={`${id}-label`} name={id} value={value} onChange={(event) => onChange(event.target.value)}>
        {options.map((option) => <FormControlLabel key={option} value={option} control={<Radio />} label={option} />)}
      </RadioGroup>
    </FormControl>
  );
}

function Application() {
  const [form, setForm] = useState({
    firstName: '', lastName: '', email: '', phone: '', city: '', state: '', country: '', linkedin: '', school: null, degree: '',
    years: null, tools: [], authorized: '', sponsorship: '', pronouns: '', resume: null, coverLetter: null, source: '',
    gender: '', veteran: '', consent: false,
  });
  const [done, setDone] = useState(false);
  const set = (key) => (value) => setForm((previous) => ({ ...previous, [key]: value }));
  const text = (key) => ({ value: form[key], onChange: (event) => set(key)(event.target.value) });
  if (done) return <Typography id="done" variant="h5">Thanks, your application is in.</Typography>;
  return (
    <form noValidate onSubmit={(event) => { event.preventDefault(); if (form.email && form.resume && form.consent) setDone(true); }}>
      <Typography variant="h4" component="h1" gutterBottom>Analytics Engineer, Grid Forecasting</Typography>
      <Typography color="text.secondary" gutterBottom>Portland, OR or remote (US) · Full-time</Typography>
      <Stack spacing={2.5} sx={{ mt: 3 }}>
        <Stack direction="row" spacing={2}>
          <TextField fullWidth variant="filled" id="first-name" name="firstName" label="First name" required autoComplete="given-name" {...text('firstName')} />
          <TextField fullWidth variant="filled" id="last-name" name="lastName" label="Last name" required autoComplete="family-name" {...text('lastName')} />
        </Stack>
        <TextField variant="filled" id="email" name="email" type="email" label="Email" required {...text('email')} />
        <TextField variant="filled" id="phone" name="phone" type="tel" label="Phone" placeholder="+1 (555) 000-0000" helperText="Include your country code" {...text('phone')} />
        <Stack direction="row" spacing={2}>
          <TextField fullWidth variant="filled" id="city" name="city" label="City" {...text('city')} />
          <LabelledSelect id="state" label="State" options={STATES} value={form.state} onChange={set('state')} />
        </Stack>
        <LabelledSelect id="country" label="Country" options={COUNTRIES} value={form.country} onChange={set('country')} />
        <TextField variant="filled" id="linkedin" name="linkedin" label="LinkedIn profile" {...text('linkedin')} />
        <Autocomplete id="school" options={SCHOOLS} value={form.school} onChange={(event, value) => set('school')(value)}
          renderInput={(params) => <TextField {...params} variant="filled" label="School" />} />
        <LabelledSelect id="degree" label="Highest degree earned" options={DEGREES} value={form.degree} onChange={set('degree')} />
        <FormControl data-field="years">
          <FormLabel id="years-label" sx={{ mb: 1 }}>Years of professional data experience</FormLabel>
          <ToggleButtonGroup exclusive color="primary" size="small" aria-labelledby="years-label" value={form.years} onChange={(event, value) => set('years')(value)}>
            {YEARS.map((years) => <ToggleButton key={years} value={years}>{years}</ToggleButton>)}
          </ToggleButtonGroup>
        </FormControl>
        <Autocomplete multiple id="tools" options={TOOLS} value={form.tools} onChange={(event, value) => set('tools')(value)}
          renderValue={(values, getItemProps) => values.map((option, index) => { const { key, ...itemProps } = getItemProps({ index }); return <Chip key={key} label={option} size="small" {...itemProps} />; })}
          renderInput={(params) => <TextField {...params} variant="filled" label="Tools you use every week" placeholder="Add a tool" />} />
        <RowRadios id="authorized" label="Are you legally authorized to work in the United States?" options={['Yes', 'No']} value={form.authorized} onChange={set('authorized')} />
        <RowRadios id="sponsorship" label="Will you now or in the future require sponsorship for employment visa status (e.g. H-1B)?" options={['Yes', 'No']} value={form.sponsorship} onChange={set('sponsorship')} />
        <RowRadios id="pronouns" label="Pronouns" row={false} options={['He/him', 'She/her', 'They/them', 'Prefer not to say']} value={form.pronouns} onChange={set('pronouns')} />
        <Stack direction="row" spacing={2} alignItems="center">
          <Button component="label" variant="contained" id="resume-button">
            Upload resume
            <input style={hidden} type="file" id="resume" name="resume" accept=".pdf,.doc,.docx" onChange={(event) => set('resume')(event.target.files[0]?.name ?? null)} />
          </Button>
          <Typography variant="body2">{form.resume ?? 'PDF or Word, up to 5 MB'}</Typography>
        </Stack>
        <Stack direction="row" spacing={2} alignItems="center">
          <Button component="label" variant="outlined" id="cover-letter-button">
            Upload cover letter
            <input style={hidden} type="file" id="cover-letter" name="coverLetter" accept=".pdf,.doc,.docx,.txt" onChange={(event) => set('coverLetter')(event.target.files[0]?.name ?? null)} />
          </Button>
          <Typography variant="body2">{form.coverLetter ?? 'Optional'}</Typography>
        </Stack>
        <LabelledSelect id="source" label="How did you hear about this job?" options={SOURCES} value={form.source} onChange={set('source')} placeholder="Select…" />
        <Typography variant="h6">Voluntary self-identification</Typography>
        <FormHelperText>Answering is voluntary and will not affect your application.</FormHelperText>
        <RowRadios id="gender" label="Gender" options={['Female', 'Male', 'Non-binary', 'Decline to self-identify']} value={form.gender} onChange={set('gender')} />
        <RowRadios id="veteran" label="Protected veteran status" row={false} options={['I am a protected veteran', 'I am not a protected veteran', 'I decline to self-identify']} value={form.veteran} onChange={set('veteran')} />
        <FormControlLabel control={<Checkbox id="consent" name="consent" checked={form.consent} onChange={(event) => set('consent')(event.target.checked)} />}
          label="I consent to Tidewater Grid storing my data for this and future openings." />
        <Button type="submit" variant="contained" size="large" id="submit">Submit application</Button>
      </Stack>
      <pre id="model">{JSON.stringify(form)}</pre>
    </form>
  );
}

createRoot(document.getElementById('root')).render(<Application />);
