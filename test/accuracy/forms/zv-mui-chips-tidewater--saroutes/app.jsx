/**
 * Another posting on the same MUI 9 careers template (plain React state): a freight company's routing
 * team. Filled TextFields, non-native MUI Selects tied to their InputLabel by labelId (menu in a popover
 * at the end of <body>), an Autocomplete with `multiple` whose picks show as Chips, years as an exclusive
 * ToggleButtonGroup, RadioGroups in a row with FormControlLabels, a hidden resume input in an "upload"
 * Button, a `type=date` TextField, a "how did you hear" Select with a "Select…" placeholder, one EEO
 * group and a consent Checkbox. No school, degree, pronouns or cover-letter upload on this posting.
 * State is rendered into <pre id="model">.
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
const CLOUDS = ['AWS', 'Google Cloud', 'Azure', 'Snowflake', 'Databricks'];
const SOURCES = ['Larchbay careers site', 'LinkedIn', 'Indeed', 'A Larchbay driver or employee', 'Other'];
const YEARS = ['Under 3', '3–4', '5–7', '8+'];

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
    firstName: '', lastName: '', email: '', resume: null, phone: '', location: '', country: '', authorized: '', sponsorship: '',
    years: null, clouds: [], github: '', salary: '', startDate: '', relocate: '', source: '', gender: '', consent: false,
  });
  const [done, setDone] = useState(false);
  const set = (key) => (value) => setForm((previous) => ({ ...previous, [key]: value }));
  const text = (key) => ({ value: form[key], onChange: (event) => set(key)(event.target.value) });
  if (done) return <Typography id="done" variant="h5">Thanks, your application is in.</Typography>;
  return (
    <form noValidate onSubmit={(event) => { event.preventDefault(); if (form.email && form.resume && form.consent) setDone(true); }}>
      <Typography variant="h4" component="h1" gutterBottom>Data Engineer, Routing Platform</Typography>
      <Typography color="text.secondary" gutterBottom>Denver, CO (hybrid) · Full-time</Typography>
      <Stack spacing={2.5} sx={{ mt: 3 }}>
        <Stack direction="row" spacing={2}>
          <TextField fullWidth variant="filled" id="first-name" name="firstName" label="First name" required autoComplete="given-name" {...text('firstName')} />
          <TextField fullWidth variant="filled" id="last-name" name="lastName" label="Last name" required autoComplete="family-name" {...text('lastName')} />
        </Stack>
        <TextField variant="filled" id="email" name="email" type="email" label="Email" required {...text('email')} />
        <Stack direction="row" spacing={2} alignItems="center">
          <Button component="label" variant="contained" id="resume-button">
            Upload resume
            <input style={hidden} type="file" id="resume" name="resume" accept=".pdf,.doc,.docx" onChange={(event) => set('resume')(event.target.files[0]?.name ?? null)} />
          </Button>
          <Typography variant="body2">{form.resume ?? 'PDF or Word, up to 5 MB'}</Typography>
        </Stack>
        <TextField variant="filled" id="phone" name="phone" type="tel" label="Mobile number" placeholder="(555) 555-5555" helperText="US numbers only, 10 digits" slotProps={{ htmlInput: { maxLength: 14 } }} {...text('phone')} />
        <TextField variant="filled" id="location" name="location" label="Where are you based?" placeholder="City, State" {...text('location')} />
        <LabelledSelect id="country" label="Country of residence" options={COUNTRIES} value={form.country} onChange={set('country')} />
        <LabelledSelect id="authorized" label="Can you legally work in the U.S.?" options={['Yes', 'No']} value={form.authorized} onChange={set('authorized')} />
        <RowRadios id="sponsorship" label="Now or later, will you need Larchbay to sponsor a work visa for you?" options={["Yes, I'll need sponsorship", "No, I won't need sponsorship"]} value={form.sponsorship} onChange={set('sponsorship')} />
        <FormControl data-field="years">
          <FormLabel id="years-label" sx={{ mb: 1 }}>Years working in data engineering</FormLabel>
          <ToggleButtonGroup exclusive color="primary" size="small" aria-labelledby="years-label" value={form.years} onChange={(event, value) => set('years')(value)}>
            {YEARS.map((years) => <ToggleButton key={years} value={years}>{years}</ToggleButton>)}
          </ToggleButtonGroup>
        </FormControl>
        <Autocomplete multiple id="clouds" options={CLOUDS} value={form.clouds} onChange={(event, value) => set('clouds')(value)}
          renderValue={(values, getItemProps) => values.map((option, index) => { const { key, ...itemProps } = getItemProps({ index }); return <Chip key={key} label={option} size="small" {...itemProps} />; })}
          renderInput={(params) => <TextField {...params} variant="filled" label="Cloud platforms you have run in production" placeholder="Add a platform" />} />
        <TextField variant="filled" id="github" name="github" label="GitHub" {...text('github')} />
        <TextField variant="filled" id="salary" name="salary" label="Desired base salary" helperText="Annual, in USD" {...text('salary')} />
        <TextField variant="filled" id="start-date" name="startDate" type="date" label="Earliest start date" slotProps={{ inputLabel: { shrink: true } }} {...text('startDate')} />
        <RowRadios id="relocate" label="The team meets in our Denver office on Tuesdays and Wednesdays. Would you relocate to the Denver area?" options={['Yes', 'No', 'I already live there']} value={form.relocate} onChange={set('relocate')} />
        <LabelledSelect id="source" label="How did you hear about this job?" options={SOURCES} value={form.source} onChange={set('source')} placeholder="Select…" />
        <Typography variant="h6">Voluntary self-identification</Typography>
        <FormHelperText>Answering is voluntary and will not affect your application.</FormHelperText>
        <RowRadios id="gender" label="Gender" options={['Female', 'Male', 'Non-binary', 'Decline to self-identify']} value={form.gender} onChange={set('gender')} />
        <FormControlLabel control={<Checkbox id="consent" name="consent" checked={form.consent} onChange={(event) => set('consent')(event.target.checked)} />}
          label="I agree that Larchbay Freight may process my data for this application." />
        <Button type="submit" variant="contained" size="large" id="submit">Submit application</Button>
      </Stack>
      <pre id="model">{JSON.stringify(form)}</pre>
    </form>
  );
}

createRoot(document.getElementById('root')).render(<Application />);
