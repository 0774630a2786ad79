/*
 * Tidewell Logistics careers: an application built on MUI (Material UI) with MUI X Date Pickers.
 * Exercises: an async Autocomplete (suggestions arrive after typing), a multiple Autocomplete with
 * chips, a NativeSelect, a DatePicker restricted to month + year views ("MM/YYYY" sections), a
 * graduation month picker, an outlined Select, RadioGroups, adornments, hidden file input in a
 * Button. State goes to <pre id="model">.
 */
import { useEffect, useRef, useState } from 'react';
import { createRoot } from 'react-dom/client';
import {
  AppBar, Autocomplete, Box, Button, Checkbox, Chip, CircularProgress, Container, Divider, FormControl, FormControlLabel,
  FormHelperText, FormLabel, InputAdornment, InputBase, InputLabel, MenuItem, NativeSelect, Paper, Radio, RadioGroup,
  Select, TextField, Toolbar, Typography,
} from '@mui/material';
import { AdapterDayjs } from '@mui/x-date-pickers/AdapterDayjs';
import { DatePicker } from '@mui/x-date-pickers/DatePicker';
import { LocalizationProvider } from '@mui/x-date-pickers/LocalizationProvider';

const PLACES = [
  'San Francisco, CA', 'South San Francisco, CA', 'San Francisco de Macorís, Dominican Republic', 'San Fernando, CA',
  'San Diego, CA', 'San Jose, CA', 'Santa Clara, CA', 'Oakland, CA', 'Seattle, WA', 'Sacramento, CA', 'Salt Lake City, UT',
  'Savannah, GA', 'Los Angeles, CA', 'Long Beach, CA', 'Memphis, TN', 'Louisville, KY', 'Chicago, IL', 'Dallas, TX',
];
const TOOLS = ['Airflow', 'BigQuery', 'dbt', 'Flink', 'Kafka', 'Kubernetes', 'Looker', 'Python', 'Scala', 'Snowflake', 'Spark', 'Terraform'];

function fetchPlaces(query) {
  return new Promise((resolve) =>
    setTimeout(() => resolve(PLACES.filter((p) => p.toLowerCase().includes(query.toLowerCase())).slice(0, 8)), 350),
  );
}

function LocationAutocomplete({ value, onChange }) {
  const [input, setInput] = useState('');
  const [options, setOptions] = useState([]);
  const [loading, setLoading] = useState(false);
  const seq = useRef(0);
  useEffect(() => {
    if (input.trim().length < 2) { setOptions(value ? [value] : []); return; }
    const n = ++seq.current;
    setLoading(true);
    fetchPlaces(input).then((found) => { if (n === seq.current) { setOptions(found); setLoading(false); } });
  }, [input]);
  return (
    <Autocomplete
      id="tw-location"
      value={value}
      onChange={(_, v) => onChange(v)}
      inputValue={input}
      onInputChange={(_, v) => setInput(v)}
      options={options}
      filterOptions={(x) => x}
      loading={loading}
      noOptionsText={input.length < 2 ? 'Type at least 2 characters' : 'No locations'}
      autoComplete
      includeInputInList
      renderInput={(params) => (
        <TextField
          {...params}
          name="location"
          label="Current location"
          required
          margin="normal"
          helperText="Start typing your city"
          slotProps={{ ...params.slotProps, input: { ...params.slotProps.input, endAdornment: (<>{loading ? <CircularProgress color="inherit" size={18} /> : null}{params.slotProps.input.endAdornment}</>) } }}
        />
      )}
    />
  );
}

function Application() {
  const [form, setForm] = useState({
    firstName: '', lastName: '', email: '', phone: '', location: null, country: '', linkedin: '', github: '',
    employer: '', jobTitle: '', years: '', tools: [], availableFrom: null, school: '', degree: '', graduation: null,
    authorized: '', sponsorship: '', salary: '', coverLetter: '', resume: '', gender: '', veteran: '', consent: false,
  });
  const [search, setSearch] = useState('');
  const [alerts, setAlerts] = useState('');
  const [sent, setSent] = useState(false);
  const set = (key) => (value) => setForm((f) => ({ ...f, [key]: value }));
  const text = (key, label, props = {}) => (
    <TextField id={`tw-${key}`} name={key} label={label} fullWidth margin="normal" value={form[key]} onChange={(e) => set(key)(e.target.value)} {...props} />
  );
  const model = {
    ...form,
    availableFrom: form.availableFrom ? form.availableFrom.format('YYYY-MM') : null,
    graduation: form.graduation ? form.graduation.format('YYYY-MM') : null,
  };
  return (
    <LocalizationProvider dateAdapter={AdapterDayjs}>
      <AppBar position="static" color="primary" elevation={0}>
        <Toolbar sx={{ gap: 2 }}>
          <Typography variant="h6" sx={{ flexGrow: 1 }}>Tidewell Logistics · Careers</Typography>
          <Paper component="form" role="search" onSubmit={(e) => e.preventDefault()} sx={{ px: 1.5, display: 'flex', alignItems: 'center', width: 260 }}>
            <InputBase placeholder="Search jobs" inputProps={{ 'aria-label': 'Search jobs', name: 'q', id: 'tw-search' }} value={search} onChange={(e) => setSearch(e.target.value)} sx={{ flex: 1 }} />
          </Paper>
          <Button color="inherit" href="#signin">Candidate sign in</Button>
        </Toolbar>
      </AppBar>
      <Container maxWidth="md" sx={{ py: 4 }}>
        <Typography variant="overline">Network Planning · Memphis, TN or Remote (US)</Typography>
        <Typography variant="h4" gutterBottom>Senior Data Engineer, Network Planning</Typography>
        <Typography paragraph color="text.secondary">
          Our planning team forecasts freight volume across 140 cross-docks. You will own the pipelines that feed those models.
        </Typography>
        <Paper sx={{ p: 4 }} component="form" noValidate id="tw-application" onSubmit={(e) => { e.preventDefault(); if (form.consent) setSent(true); }}>
          <Typography variant="h6">Your details</Typography>
          <Box sx={{ display: 'flex', gap: 2 }}>
            {text('firstName', 'First name', { required: true })}
            {text('lastName', 'Last name', { required: true })}
          </Box>
          {text('email', 'Email address', { required: true, type: 'email' })}
          {text('phone', 'Mobile phone', { type: 'tel', slotProps: { input: { startAdornment: <InputAdornment position="start">+1</InputAdornment> } }, helperText: '10-digit US number' })}
          <LocationAutocomplete value={form.location} onChange={set('location')} />
          <FormControl fullWidth margin="normal">
            <InputLabel variant="standard" htmlFor="tw-country">Country of residence</InputLabel>
            <NativeSelect id="tw-country" inputProps={{ name: 'country', id: 'tw-country' }} value={form.country} onChange={(e) => set('country')(e.target.value)}>
              <option value="" />
              <option value="CA">Canada</option>
              <option value="MX">Mexico</option>
              <option value="GB">United Kingdom</option>
              <option value="US">United States</option>
              <option value="UM">United States Minor Outlying Islands</option>
            </NativeSelect>
          </FormControl>
          <Box sx={{ display: 'flex', gap: 2 }}>
            {text('linkedin', 'LinkedIn profile URL')}
            {text('github', 'GitHub or code samples')}
          </Box>
          <Divider sx={{ my: 3 }} />
          <Typography variant="h6">Experience</Typography>
          <Box sx={{ display: 'flex', gap: 2 }}>
            {text('employer', 'Current or most recent employer')}
            {text('jobTitle', 'Current or most recent job title')}
          </Box>
          <FormControl fullWidth margin="normal">
            <InputLabel id="tw-years-label">Years of data engineering experience</InputLabel>
            <Select labelId="tw-years-label" id="tw-years" name="years" label="Years of data engineering experience" value={form.years} onChange={(e) => set('years')(e.target.value)}>
              <MenuItem value="0-2">0–2 years</MenuItem>
              <MenuItem value="3-4">3–4 years</MenuItem>
              <MenuItem value="5-6">5–6 years</MenuItem>
              <MenuItem value="7-9">7–9 years</MenuItem>
              <MenuItem value="10+">10+ years</MenuItem>
            </Select>
          </FormControl>
          <Autocomplete
            multiple
            id="tw-tools"
            options={TOOLS}
            value={form.tools}
            onChange={(_, v) => set('tools')(v)}
            disableCloseOnSelect
            renderValue={(value, getItemProps) => value.map((option, index) => { const { key, ...rest } = getItemProps({ index }); return <Chip key={key} label={option} size="small" {...rest} />; })}
            renderInput={(params) => <TextField {...params} name="tools" label="Tools you have used in production" margin="normal" placeholder="Add a tool" />}
          />
          <Box data-field="availableFrom" sx={{ my: 2 }}>
            <DatePicker
              label="Available from (month)"
              views={['year', 'month']}
              openTo="month"
              format="MM/YYYY"
              value={form.availableFrom}
              onChange={set('availableFrom')}
              slotProps={{ textField: { fullWidth: true, id: 'tw-available', name: 'availableFrom', helperText: 'Month and year you could start' } }}
            />
          </Box>
          <Divider sx={{ my: 3 }} />
          <Typography variant="h6">Education</Typography>
          {text('school', 'School or university')}
          <FormControl fullWidth margin="normal">
            <InputLabel id="tw-degree-label">Highest degree</InputLabel>
            <Select labelId="tw-degree-label" id="tw-degree" name="degree" label="Highest degree" value={form.degree} onChange={(e) => set('degree')(e.target.value)}>
              <MenuItem value="hs">High school diploma / GED</MenuItem>
              <MenuItem value="assoc">Associate degree</MenuItem>
              <MenuItem value="ba">Bachelor's degree</MenuItem>
              <MenuItem value="ma">Master's degree</MenuItem>
              <MenuItem value="phd">Doctorate</MenuItem>
            </Select>
          </FormControl>
          <Box data-field="graduation" sx={{ my: 2 }}>
            <DatePicker
              label="Graduation (month and year)"
              views={['year', 'month']}
              format="MMM YYYY"
              value={form.graduation}
              onChange={set('graduation')}
              slotProps={{ textField: { fullWidth: true, id: 'tw-graduation', name: 'graduation' } }}
            />
          </Box>
          <Divider sx={{ my: 3 }} />
          <Typography variant="h6">A few questions</Typography>
          <FormControl margin="normal" required>
            <FormLabel id="tw-auth-label">Are you legally authorized to work in the United States?</FormLabel>
            <RadioGroup row aria-labelledby="tw-auth-label" name="authorized" value={form.authorized} onChange={(e) => set('authorized')(e.target.value)}>
              <FormControlLabel value="yes" control={<Radio />} label="Yes" />
              <FormControlLabel value="no" control={<Radio />} label="No" />
            </RadioGroup>
          </FormControl>
          <FormControl margin="normal" required>
            <FormLabel id="tw-spons-label">Will you now or in the future require Tidewell to sponsor an employment visa?</FormLabel>
            <RadioGroup row aria-labelledby="tw-spons-label" name="sponsorship" value={form.sponsorship} onChange={(e) => set('sponsorship')(e.target.value)}>
              <FormControlLabel value="yes" control={<Radio />} label="Yes" />
              <FormControlLabel value="no" control={<Radio />} label="No" />
            </RadioGroup>
          </FormControl>
          {text('salary', 'Desired annual base salary', { slotProps: { input: { startAdornment: <InputAdornment position="start">$</InputAdornment>, endAdornment: <InputAdornment position="end">USD / year</InputAdornment> } } })}
          {text('coverLetter', 'Cover letter (optional)', { multiline: true, minRows: 4 })}
          <Box sx={{ my: 2 }}>
            <Typography variant="subtitle2" gutterBottom>Resume / CV *</Typography>
            <Button variant="outlined" component="label">
              Upload resume
              <input hidden type="file" id="tw-resume" name="resume" accept=".pdf,.doc,.docx" onChange={(e) => set('resume')(e.target.files?.[0]?.name ?? '')} />
            </Button>
            <FormHelperText>{form.resume || 'PDF or Word, up to 5 MB'}</FormHelperText>
          </Box>
          <Divider sx={{ my: 3 }} />
          <Typography variant="h6">Voluntary self-identification</Typography>
          <Typography variant="body2" color="text.secondary">Completing this section is voluntary and will not affect your application.</Typography>
          <FormControl fullWidth margin="normal">
            <InputLabel id="tw-gender-label">Gender</InputLabel>
            <Select labelId="tw-gender-label" id="tw-gender" name="gender" label="Gender" value={form.gender} onChange={(e) => set('gender')(e.target.value)}>
              <MenuItem value="female">Female</MenuItem>
              <MenuItem value="male">Male</MenuItem>
              <MenuItem value="nonbinary">Non-binary</MenuItem>
              <MenuItem value="decline">I don't wish to answer</MenuItem>
            </Select>
          </FormControl>
          <FormControl fullWidth margin="normal">
            <InputLabel id="tw-veteran-label">Veteran status</InputLabel>
            <Select labelId="tw-veteran-label" id="tw-veteran" name="veteran" label="Veteran status" value={form.veteran} onChange={(e) => set('veteran')(e.target.value)}>
              <MenuItem value="protected">I identify as one or more of the classifications of protected veteran</MenuItem>
              <MenuItem value="not">I am not a protected veteran</MenuItem>
              <MenuItem value="decline">I don't wish to answer</MenuItem>
            </Select>
          </FormControl>
          <FormControlLabel control={<Checkbox id="tw-consent" name="consent" checked={form.consent} onChange={(e) => set('consent')(e.target.checked)} />} label="I agree to Tidewell's candidate privacy notice *" />
          <Box sx={{ mt: 2 }}>
            <Button type="submit" variant="contained" size="large" id="tw-submit">Submit application</Button>
          </Box>
          {sent && <Typography id="tw-sent" color="success.main" sx={{ mt: 2 }}>Thanks! Your application was received.</Typography>}
        </Paper>
        <Paper sx={{ p: 3, mt: 4 }} component="form" onSubmit={(e) => e.preventDefault()}>
          <Typography variant="subtitle1">Not the right role? Get job alerts</Typography>
          <Box sx={{ display: 'flex', gap: 2, alignItems: 'center' }}>
            <TextField id="tw-alerts-email" name="alertEmail" label="Email for job alerts" size="small" value={alerts} onChange={(e) => setAlerts(e.target.value)} />
            <Button type="submit" variant="outlined">Subscribe</Button>
          </Box>
        </Paper>
      </Container>
      <pre id="model">{JSON.stringify({ ...model, search, alerts })}</pre>
    </LocalizationProvider>
  );
}

createRoot(document.getElementById('root')).render(<Application />);
