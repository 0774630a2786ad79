/*
 * Corvane Energy careers: an application on MUI 9 (Material UI) + MUI X Date Pickers + react-imask.
 * Country lists are Autocompletes whose listbox is windowed (only the rows in view exist in the
 * DOM, spacers stand in for the rest); location and school are Autocompletes that search a
 * "server" 400 ms after the last keystroke and only once 3 characters are typed; the years, time
 * zone and EEO Selects fetch their options only when opened; the phone is a masked input that
 * refuses pasted text; the start date picker disables past days and anything after 9 months.
 * State goes to <pre id="model">.
 */
import { memo, useEffect, useRef, useState, Children, forwardRef } from 'react';
import { createRoot } from 'react-dom/client';
import {
  AppBar, Autocomplete, Box, Button, Checkbox, CircularProgress, Container, Divider, FormControl, FormControlLabel,
  FormHelperText, FormLabel, InputAdornment, InputBase, InputLabel, MenuItem, Paper, Radio, RadioGroup, Select,
  TextField, Toolbar, Typography,
} from '@mui/material';
import { AdapterDayjs } from '@mui/x-date-pickers/AdapterDayjs';
import { DatePicker } from '@mui/x-date-pickers/DatePicker';
import { LocalizationProvider } from '@mui/x-date-pickers/LocalizationProvider';
import dayjs from 'dayjs';
import { IMaskInput } from 'react-imask';
import countries from 'world-countries';
import { posting } from './posting.js';

const COUNTRIES = countries.map((c) => ({ code: c.cca2, label: c.name.common })).sort((a, b) => a.label.localeCompare(b.label));

const PLACES = [
  'San Francisco, CA, USA', 'South San Francisco, CA, USA', 'San Francisco del Rincón, Guanajuato, Mexico', 'San Fernando, CA, USA',
  'Santa Fe, NM, USA', 'San Antonio, TX, USA', 'San Diego, CA, USA', 'San Jose, CA, USA', 'Houston, TX, USA', 'Humble, TX, USA',
  'Austin, TX, USA', 'Dallas, TX, USA', 'Denver, CO, USA', 'Oakland, CA, USA', 'Sacramento, CA, USA', 'Seattle, WA, USA',
];
const SCHOOLS = [
  'University of California, Berkeley', 'University of California, Los Angeles', 'University of California, Davis',
  'Berkeley College', 'Berklee College of Music', 'University of Houston', 'Rice University', 'Texas A&M University',
  'University of Texas at Austin', 'Stanford University', 'San Francisco State University', 'University of San Francisco',
];
const YEARS = [
  { value: 'lt2', label: 'Less than 2 years' }, { value: '2-4', label: '2–4 years' }, { value: '5-7', label: '5–7 years' },
  { value: '8-10', label: '8–10 years' }, { value: '10+', label: 'More than 10 years' },
];
const GENDERS = ['Female', 'Male', 'Non-binary', 'I prefer not to say'];

const ROW = 40;
const IN_VIEW = 7;

/** A listbox that renders only the options in view (plus a few), with spacers for the rest. */
function WindowedListbox({ children, ref, onScroll, style, ...props }) {
  const items = Children.toArray(children);
  const [top, setTop] = useState(0);
  const start = Math.max(0, Math.floor(top / ROW) - 2);
  const end = Math.min(items.length, start + IN_VIEW + 4);
  return (
    <ul
      {...props}
      ref={ref}
      style={{ ...style, maxHeight: ROW * IN_VIEW, overflowY: 'auto', padding: 0, margin: 0 }}
      onScroll={(e) => { setTop(e.currentTarget.scrollTop); onScroll?.(e); }}
    >
      <li role="presentation" aria-hidden="true" style={{ height: start * ROW }} />
      {items.slice(start, end)}
      <li role="presentation" aria-hidden="true" style={{ height: (items.length - end) * ROW }} />
    </ul>
  );
}

const CountryPicker = memo(function CountryPicker({ id, name, label, value, onChange, required, helperText }) {
  return (
    <Autocomplete
      id={id}
      options={COUNTRIES}
      value={value}
      onChange={(_, v) => onChange(v)}
      getOptionLabel={(o) => o.label}
      isOptionEqualToValue={(a, b) => a.code === b.code}
      slots={{ listbox: WindowedListbox }}
      renderOption={({ key, ...props }, option) => (
        <li key={key} {...props} style={{ height: ROW, minHeight: ROW, boxSizing: 'border-box' }}>{option.label}</li>
      )}
      renderInput={(params) => <TextField {...params} name={name} label={label} required={required} margin="normal" helperText={helperText} />}
    />
  );
});

function useRemoteSearch(source, input) {
  const [options, setOptions] = useState([]);
  const [loading, setLoading] = useState(false);
  const seq = useRef(0);
  useEffect(() => {
    const query = input.trim().toLowerCase();
    if (query.length < 3) { setOptions([]); setLoading(false); return undefined; }
    const n = ++seq.current;
    setLoading(true);
    const timer = setTimeout(() => {
      // the "server" answers 250 ms after the debounced request
      setTimeout(() => {
        if (n !== seq.current) return;
        setOptions(source.filter((s) => s.toLowerCase().includes(query)).slice(0, 8));
        setLoading(false);
      }, 250);
    }, 400);
    return () => clearTimeout(timer);
  }, [input]);
  return { options, loading };
}

const RemoteAutocomplete = memo(function RemoteAutocomplete({ id, name, label, value, onChange, source, helperText, required, empty }) {
  const [input, setInput] = useState('');
  const { options, loading } = useRemoteSearch(source, input);
  return (
    <Autocomplete
      id={id}
      value={value}
      onChange={(_, v) => onChange(v)}
      inputValue={input}
      onInputChange={(_, v) => setInput(v)}
      options={value && !options.includes(value) ? [value, ...options] : options}
      filterOptions={(x) => x}
      filterSelectedOptions={false}
      loading={loading}
      loadingText="Searching…"
      noOptionsText={input.trim().length < 3 ? 'Type at least 3 characters' : empty}
      renderInput={(params) => (
        <TextField
          {...params}
          name={name}
          label={label}
          required={required}
          margin="normal"
          helperText={helperText}
          slotProps={{ ...params.slotProps, input: { ...params.slotProps.input, endAdornment: (<>{loading ? <CircularProgress color="inherit" size={18} /> : null}{params.slotProps.input.endAdornment}</>) } }}
        />
      )}
    />
  );
});

/** A Select that asks the server for its options the first time it is opened. */
const LazySelect = memo(function LazySelect({ id, name, label, value, onChange, load, required, helperText }) {
  const [options, setOptions] = useState(null);
  const [loading, setLoading] = useState(false);
  const open = () => {
    if (options || loading) return;
    setLoading(true);
    setTimeout(() => { setOptions(load()); setLoading(false); }, 600);
  };
  return (
    <FormControl fullWidth margin="normal" required={required}>
      <InputLabel id={`${id}-label`}>{label}</InputLabel>
      <Select
        labelId={`${id}-label`}
        id={id}
        name={name}
        label={label}
        value={options ? value : ''}
        onOpen={open}
        onChange={(e) => onChange(e.target.value)}
      >
        {loading && <MenuItem disabled value="__loading"><CircularProgress size={16} sx={{ mr: 1 }} /> Loading…</MenuItem>}
        {(options ?? []).map((o) => <MenuItem key={o.value} value={o.value}>{o.label}</MenuItem>)}
      </Select>
      {helperText && <FormHelperText>{helperText}</FormHelperText>}
    </FormControl>
  );
});

const StartDate = memo(function StartDate({ value, onChange }) {
  const today = dayjs().startOf('day');
  return (
    <Box data-field="startDate" sx={{ my: 2 }}>
      <DatePicker
        label="Earliest start date"
        format="MM/DD/YYYY"
        disablePast
        maxDate={today.add(9, 'month')}
        value={value}
        onChange={onChange}
        slotProps={{ textField: { fullWidth: true, id: 'cv-start', name: 'startDate', helperText: 'Within the next 9 months' } }}
      />
    </Box>
  );
});

const PhoneMask = forwardRef(function PhoneMask({ onChange, name, ...props }, ref) {
  return (
    <IMaskInput
      {...props}
      name={name}
      mask="(000) 000-0000"
      inputRef={ref}
      onPaste={(e) => e.preventDefault()}
      onAccept={(_, mask) => onChange({ target: { name, value: mask.unmaskedValue } })}
      overwrite
    />
  );
});

function Application() {
  const [form, setForm] = useState({
    firstName: '', lastName: '', email: '', phone: '', country: null, citizenship: null, location: null, linkedin: '',
    employer: '', jobTitle: '', years: '', school: null, startDate: null, salary: '', resume: '', coverLetter: '',
    answers: Object.fromEntries(posting.questions.map((q) => [q.id, ''])), gender: '', talentCommunity: false, consent: false,
  });
  const [search, setSearch] = useState('');
  const [sent, setSent] = useState(false);
  const setters = useRef({});
  const set = (key) => (setters.current[key] ??= (value) => setForm((f) => ({ ...f, [key]: value })));
  const answer = (qid) => (setters.current[`q:${qid}`] ??= (value) => setForm((f) => ({ ...f, answers: { ...f.answers, [qid]: value } })));
  const loaders = useRef({});
  const loader = (key, make) => (loaders.current[key] ??= make);
  const text = (key, label, props = {}) => (
    <TextField id={`cv-${key}`} name={key} label={label} fullWidth margin="normal" value={form[key]} onChange={(e) => set(key)(e.target.value)} {...props} />
  );
  const model = {
    ...form,
    country: form.country ? form.country.code : null,
    citizenship: form.citizenship ? form.citizenship.code : null,
    startDate: form.startDate && form.startDate.isValid() ? form.startDate.format('YYYY-MM-DD') : null,
    search,
  };
  const submit = (e) => {
    e.preventDefault();
    const missing = !form.firstName || !form.email || !form.resume || !form.consent || posting.questions.some((q) => q.required && !form.answers[q.id]);
    if (!missing) setSent(true);
  };
  return (
    <LocalizationProvider dateAdapter={AdapterDayjs}>
      <AppBar position="static" elevation={0} sx={{ bgcolor: '#0b3d2e' }}>
        <Toolbar sx={{ gap: 2 }}>
          <Typography variant="h6" sx={{ flexGrow: 1 }}>{posting.company} · Careers</Typography>
          <Paper component="form" role="search" onSubmit={(e) => e.preventDefault()} sx={{ px: 1.5, display: 'flex', alignItems: 'center', width: 260 }}>
            <InputBase placeholder="Search roles" inputProps={{ 'aria-label': 'Search roles', name: 'q', id: 'cv-search' }} value={search} onChange={(e) => setSearch(e.target.value)} sx={{ flex: 1 }} />
          </Paper>
        </Toolbar>
      </AppBar>
      <Container maxWidth="md" sx={{ py: 4 }}>
        <Typography variant="overline">{posting.where}</Typography>
        <Typography variant="h4" gutterBottom>{posting.title}</Typography>
        <Typography paragraph color="text.secondary">{posting.blurb}</Typography>
        <Paper sx={{ p: 4 }} component="form" noValidate id="cv-application" onSubmit={submit}>
          <Typography variant="h6">Personal information</Typography>
          <Box sx={{ display: 'flex', gap: 2 }}>
            {text('firstName', 'First name', { required: true })}
            {text('lastName', 'Last name', { required: true })}
          </Box>
          {text('email', 'Email', { required: true, type: 'email' })}
          <TextField
            id="cv-phone"
            name="phone"
            label="Phone number"
            fullWidth
            margin="normal"
            value={form.phone}
            onChange={(e) => set('phone')(e.target.value)}
            helperText="(555) 555-5555 — please type it, pasting is turned off"
            slotProps={{ input: { inputComponent: PhoneMask }, inputLabel: { shrink: true } }}
            placeholder="(555) 555-5555"
          />
          <CountryPicker id="cv-country" name="country" label="Country of residence" required value={form.country} onChange={set('country')} />
          <RemoteAutocomplete id="cv-location" name="location" label="City" required value={form.location} onChange={set('location')} source={PLACES} empty="No matching cities" helperText="Start typing, then choose your city from the list" />
          <CountryPicker id="cv-citizenship" name="citizenship" label="Country of citizenship (optional)" value={form.citizenship} onChange={set('citizenship')} />
          {text('linkedin', 'LinkedIn URL')}
          <Divider sx={{ my: 3 }} />
          <Typography variant="h6">Experience & education</Typography>
          <Box sx={{ display: 'flex', gap: 2 }}>
            {text('employer', 'Current employer')}
            {text('jobTitle', 'Current title')}
          </Box>
          <LazySelect id="cv-years" name="years" label="Professional experience" required value={form.years} onChange={set('years')} load={loader('years', () => YEARS)} />
          <RemoteAutocomplete id="cv-school" name="school" label="School" value={form.school} onChange={set('school')} source={SCHOOLS} empty="Not listed? Leave it blank and tell us in your cover letter" />
          <Divider sx={{ my: 3 }} />
          <Typography variant="h6">Availability & pay</Typography>
          <StartDate value={form.startDate} onChange={set('startDate')} />
          {text('salary', 'Desired base salary', { helperText: 'Annual, in US dollars', slotProps: { input: { startAdornment: <InputAdornment position="start">$</InputAdornment> } } })}
          <Divider sx={{ my: 3 }} />
          <Typography variant="h6">Resume & cover letter</Typography>
          <Box sx={{ my: 2, display: 'flex', alignItems: 'center', gap: 2 }}>
            <Button variant="outlined" component="label">
              Upload resume
              <input hidden type="file" id="cv-resume" name="resume" accept=".pdf,.doc,.docx" onChange={(e) => set('resume')(e.target.files?.[0]?.name ?? '')} />
            </Button>
            <Typography variant="body2" color="text.secondary">{form.resume || 'PDF or Word, up to 5 MB *'}</Typography>
          </Box>
          {text('coverLetter', 'Cover letter (optional)', { multiline: true, minRows: 4 })}
          <Divider sx={{ my: 3 }} />
          <Typography variant="h6">Application questions</Typography>
          {posting.questions.map((q) =>
            q.type === 'radio' ? (
              <FormControl key={q.id} margin="normal" required={q.required} sx={{ display: 'block' }}>
                <FormLabel id={`${q.id}-label`}>{q.label}</FormLabel>
                <RadioGroup row aria-labelledby={`${q.id}-label`} name={q.id} value={form.answers[q.id]} onChange={(e) => answer(q.id)(e.target.value)}>
                  {q.options.map((o) => <FormControlLabel key={o} value={o} control={<Radio />} label={o} />)}
                </RadioGroup>
              </FormControl>
            ) : q.type === 'lazy' ? (
              <LazySelect key={q.id} id={q.id} name={q.id} label={q.label} required={q.required} value={form.answers[q.id]} onChange={answer(q.id)} load={loader(q.id, () => q.options.map((o) => ({ value: o, label: o })))} />
            ) : (
              <TextField key={q.id} id={q.id} name={q.id} label={q.label} required={q.required} fullWidth margin="normal" value={form.answers[q.id]} onChange={(e) => answer(q.id)(e.target.value)} />
            ),
          )}
          <Divider sx={{ my: 3 }} />
          <Typography variant="h6">Voluntary self-identification</Typography>
          <Typography variant="body2" color="text.secondary">Answering is optional and does not affect your application.</Typography>
          <LazySelect id="cv-gender" name="gender" label="Gender" value={form.gender} onChange={set('gender')} load={loader('gender', () => GENDERS.map((g) => ({ value: g, label: g })))} />
          <FormControlLabel control={<Checkbox id="cv-talent" name="talentCommunity" checked={form.talentCommunity} onChange={(e) => set('talentCommunity')(e.target.checked)} />} label="Join our talent community and get emails about future openings" />
          <FormControlLabel control={<Checkbox id="cv-consent" name="consent" checked={form.consent} onChange={(e) => set('consent')(e.target.checked)} />} label={`I have read the ${posting.company} applicant privacy notice *`} />
          <Box sx={{ mt: 3 }}>
            <Button type="submit" variant="contained" size="large" id="cv-submit">Submit application</Button>
          </Box>
          {sent && <Typography id="cv-sent" color="success.main" sx={{ mt: 2 }}>Thank you — your application has been submitted.</Typography>}
        </Paper>
      </Container>
      <pre id="model">{JSON.stringify(model)}</pre>
    </LocalizationProvider>
  );
}

createRoot(document.getElementById('root')).render(<Application />);
