/**
 * A fleet-telematics company's careers page on MUI 9 + MUI X date pickers, plain React state:
 * filled TextFields ("+1" start adornment on the phone), a "Current location" Autocomplete whose
 * options arrive 400 ms after typing (filterOptions off, as MUI's Google-Maps demo does), years of
 * experience as a Slider (hidden input type=range), a base-salary *range* Slider with two thumbs,
 * a month/year DatePicker ("Available from", sections over a hidden input), yes/no questions as
 * Switches inside FormControlLabels, a skills Autocomplete `multiple` with Chips, a Rating for
 * self-assessed Kafka level (radios inside the Rating), a resume Button around a hidden input, a
 * multiline cover letter, and consent. State is rendered into <pre id="model">.
 */
import { useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import {
  Autocomplete, Box, Button, Checkbox, Chip, CircularProgress, FormControlLabel, FormGroup, FormHelperText, FormLabel,
  InputAdornment, Rating, Slider, Stack, Switch, TextField, Typography,
} from '@mui/material';
import { LocalizationProvider } from '@mui/x-date-pickers/LocalizationProvider';
import { AdapterDayjs } from '@mui/x-date-pickers/AdapterDayjs';
import { DatePicker } from '@mui/x-date-pickers/DatePicker';

const PLACES = [
  'San Antonio, TX, USA', 'San Diego, CA, USA', 'San Francisco, CA, USA', 'San Jose, CA, USA', 'Santa Clara, CA, USA',
  'Santa Monica, CA, USA', 'Seattle, WA, USA', 'Oakland, CA, USA', 'Portland, OR, USA', 'Austin, TX, USA',
  'Denver, CO, USA', 'New York, NY, USA', 'Toronto, ON, Canada', 'Vancouver, BC, Canada', 'London, UK',
];
const SKILLS = ['Kafka', 'Flink', 'Spark', 'Airflow', 'dbt', 'Snowflake', 'BigQuery', 'Python', 'Scala', 'Go', 'Terraform'];
const hidden = { clip: 'rect(0 0 0 0)', clipPath: 'inset(50%)', height: 1, overflow: 'hidden', position: 'absolute', whiteSpace: 'nowrap', width: 1 };
const money = (v) => `$${Math.round(v / 1000)}k`;

function LocationField({ value, onChange }) {
  const [input, setInput] = useState('');
  const [options, setOptions] = useState([]);
  const [loading, setLoading] = useState(false);
  useEffect(() => {
    if (input.trim().length < 2) { setOptions(value ? [value] : []); return undefined; }
    setLoading(true);
    const timer = setTimeout(() => {
      const q = input.toLowerCase();
      setOptions(PLACES.filter((p) => p.toLowerCase().includes(q)).slice(0, 6));
      setLoading(false);
    }, 400);
    return () => clearTimeout(timer);
  }, [input, value]);
  return (
    <Autocomplete id="cb-location" data-field="location" options={options} value={value} filterOptions={(x) => x}
      autoComplete includeInputInList filterSelectedOptions loading={loading} noOptionsText="Type to search for a city"
      onChange={(_, v) => onChange(v)} onInputChange={(_, v) => setInput(v)}
      renderInput={(params) => (
        <TextField {...params} label="Current location" name="location" helperText="Start typing, then choose your city"
          slotProps={{ ...params.slotProps, input: { ...params.slotProps.input, endAdornment: (<>{loading ? <CircularProgress size={18} /> : null}{params.slotProps.input.endAdornment}</>) } }} />
      )} />
  );
}

function YesNoSwitch({ field, label, checked, onChange }) {
  return (
    <FormControlLabel data-field={field} label={label}
      control={<Switch id={`cb-${field}`} name={field} checked={checked} onChange={(e) => onChange(e.target.checked)} />} />
  );
}

function Application() {
  const [form, setForm] = useState({
    firstName: '', lastName: '', email: '', phone: '', linkedin: '', location: null, company: '', title: '',
    years: 0, salaryRange: [90000, 220000], availableFrom: null, authorized: false, sponsorship: false, relocate: false,
    onCall: false, skills: [], kafkaLevel: null, resume: null, coverLetter: '', consent: false,
  });
  const [done, setDone] = useState(false);
  const set = (key) => (value) => setForm((prev) => ({ ...prev, [key]: value }));
  const text = (key) => ({ value: form[key], onChange: (e) => set(key)(e.target.value) });
  const model = { ...form, availableFrom: form.availableFrom ? form.availableFrom.format('YYYY-MM') : null };
  if (done) return <Typography id="done" variant="h5">Application received. Thanks!</Typography>;
  return (
    <LocalizationProvider dateAdapter={AdapterDayjs}>
      <form noValidate onSubmit={(e) => { e.preventDefault(); if (form.email && form.consent) setDone(true); }}>
        <Typography variant="h4" component="h1">Staff Data Engineer, Fleet Telemetry</Typography>
        <Typography color="text.secondary" gutterBottom>Oakland, CA · Hybrid · Full-time</Typography>
        <Stack spacing={2.5} sx={{ mt: 3 }}>
          <Stack direction="row" spacing={2}>
            <TextField fullWidth id="cb-first" name="firstName" label="First name" required {...text('firstName')} />
            <TextField fullWidth id="cb-last" name="lastName" label="Last name" required {...text('lastName')} />
          </Stack>
          <TextField id="cb-email" name="email" type="email" label="Email" required {...text('email')} />
          <TextField id="cb-phone" name="phone" type="tel" label="Mobile phone" {...text('phone')}
            slotProps={{ input: { startAdornment: <InputAdornment position="start">+1</InputAdornment> } }} />
          <LocationField value={form.location} onChange={set('location')} />
          <TextField id="cb-linkedin" name="linkedin" label="LinkedIn profile" {...text('linkedin')} />
          <Stack direction="row" spacing={2}>
            <TextField fullWidth id="cb-company" name="company" label="Current employer" {...text('company')} />
            <TextField fullWidth id="cb-title" name="title" label="Current job title" {...text('title')} />
          </Stack>
          <Box data-field="years">
            <FormLabel id="cb-years-label">Years of professional data engineering experience</FormLabel>
            <Slider aria-labelledby="cb-years-label" name="years" value={form.years} min={0} max={20} step={1}
              marks={[{ value: 0, label: '0' }, { value: 5, label: '5' }, { value: 10, label: '10' }, { value: 15, label: '15' }, { value: 20, label: '20+' }]}
              valueLabelDisplay="on" onChange={(_, v) => set('years')(v)} />
          </Box>
          <Box data-field="salaryRange">
            <FormLabel id="cb-salary-label">Base salary range you are targeting (USD per year)</FormLabel>
            <Slider getAriaLabel={(i) => (i === 0 ? 'Minimum base salary' : 'Maximum base salary')} name="salaryRange"
              value={form.salaryRange} min={60000} max={300000} step={5000} disableSwap valueLabelDisplay="auto"
              valueLabelFormat={money} getAriaValueText={money} onChange={(_, v) => set('salaryRange')(v)} />
            <FormHelperText id="cb-salary-shown">{money(form.salaryRange[0])} – {money(form.salaryRange[1])}</FormHelperText>
          </Box>
          <Box data-field="availableFrom">
            <DatePicker label="Available from" views={['year', 'month']} openTo="month" format="MM/YYYY"
              value={form.availableFrom} onChange={set('availableFrom')}
              slotProps={{ textField: { fullWidth: true, id: 'cb-available', name: 'availableFrom', helperText: 'Month and year' } }} />
          </Box>
          <FormGroup>
            <YesNoSwitch field="authorized" label="I am legally authorized to work in the United States" checked={form.authorized} onChange={set('authorized')} />
            <YesNoSwitch field="sponsorship" label="I will now or in the future require visa sponsorship" checked={form.sponsorship} onChange={set('sponsorship')} />
            <YesNoSwitch field="relocate" label="I would relocate to the Oakland area" checked={form.relocate} onChange={set('relocate')} />
            <YesNoSwitch field="onCall" label="I'm comfortable joining a weekly on-call rotation" checked={form.onCall} onChange={set('onCall')} />
          </FormGroup>
          <Autocomplete multiple id="cb-skills" data-field="skills" options={SKILLS} value={form.skills} onChange={(_, v) => set('skills')(v)}
            renderValue={(value, getItemProps) => value.map((option, index) => <Chip label={option} {...getItemProps({ index })} key={option} />)}
            renderInput={(params) => <TextField {...params} label="Stream-processing skills" name="skills" placeholder="Add a skill" />} />
          <Box data-field="kafkaLevel">
            <Typography component="legend" id="cb-kafka-label">How would you rate your Kafka experience?</Typography>
            <Rating name="kafkaLevel" value={form.kafkaLevel} onChange={(_, v) => set('kafkaLevel')(v)} />
          </Box>
          <Box>
            <Button component="label" variant="outlined">
              Upload resume
              <input id="cb-resume" name="resume" type="file" accept=".pdf,.doc,.docx" style={hidden}
                onChange={(e) => set('resume')(e.target.files[0]?.name ?? null)} />
            </Button>
            <Typography variant="body2" component="span" sx={{ ml: 2 }}>{form.resume ?? 'PDF or Word, up to 5 MB'}</Typography>
          </Box>
          <TextField id="cb-cover" name="coverLetter" label="Cover letter" multiline minRows={5} {...text('coverLetter')} />
          <FormControlLabel label="I agree to Cobaltbay's candidate privacy notice"
            control={<Checkbox id="cb-consent" name="consent" checked={form.consent} onChange={(e) => set('consent')(e.target.checked)} />} />
          <Button id="submit" type="submit" variant="contained">Submit application</Button>
        </Stack>
        <pre id="model">{JSON.stringify(model, null, 2)}</pre>
      </form>
    </LocalizationProvider>
  );
}

createRoot(document.getElementById('root')).render(<Application />);
