/**
 * Orchard Lane Pet Health careers page (Austin, TX) on React 19 + **MUI 9** + **MUI X DatePicker 9** +
 * **react-hook-form** Controllers (`mode: 'onBlur'`: helper texts turn into errors when a field is left),
 * shared by every posting (each posting's app.jsx passes its own questions):
 * - phone TextField with a fixed "+1" start adornment;
 * - "Where do you live?": **Autocomplete with `loading`**, options fetched 500 ms after typing
 *   ("San Francisco, CA, USA" beside "South San Francisco, CA, USA" and "San Francisco, Heredia, Costa Rica");
 * - Country Autocomplete **grouped by region** (`groupBy`, world-countries) → State Select **disabled until
 *   a country is chosen, its items loaded 700 ms later**;
 * - "Are you currently employed?" RadioGroup → employer / title / notice Select in a **Collapse** (kept mounted);
 * - highest education Select with **ListSubheader** groups → school Autocomplete disabled until then;
 * - sponsorship RadioGroup → visa Select in a Collapse with `unmountOnExit` (mounted only for "Yes");
 * - salary TextField "$" + currency Select (preset USD) + **ToggleButtonGroup** "Hourly / Annual";
 * - DatePicker `MM/DD/YYYY` (sections over a hidden input), resume via Button component="label" with a
 *   visually hidden input, EEO Select + RadioGroup, consent Checkbox. Form values go to <pre id="model">.
 */
import {
  Autocomplete, Box, Button, Checkbox, CircularProgress, Collapse, Container, CssBaseline, Divider, FormControl, FormControlLabel, FormHelperText,
  FormLabel, InputAdornment, InputLabel, ListSubheader, MenuItem, Paper, Radio, RadioGroup, Select, Stack, TextField, ToggleButton, ToggleButtonGroup, Typography,
} from '@mui/material';
import { AdapterDayjs } from '@mui/x-date-pickers/AdapterDayjs';
import { DatePicker } from '@mui/x-date-pickers/DatePicker';
import { LocalizationProvider } from '@mui/x-date-pickers/LocalizationProvider';
import { useEffect, useRef, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { Controller, useForm } from 'react-hook-form';
import countries from 'world-countries';

const COUNTRIES = countries
  .map((c) => ({ label: c.name.common, region: c.region === 'Americas' ? c.subregion : c.region }))
  .sort((a, b) => a.region.localeCompare(b.region) || a.label.localeCompare(b.label));
const PLACES = ['San Francisco, CA, USA', 'South San Francisco, CA, USA', 'San Francisco, Heredia, Costa Rica', 'San Fernando, CA, USA', 'San Jose, CA, USA', 'Austin, TX, USA',
  'Round Rock, TX, USA', 'San Antonio, TX, USA', 'Houston, TX, USA', 'Dallas, TX, USA', 'Denver, CO, USA', 'Seattle, WA, USA', 'Portland, OR, USA', 'Chicago, IL, USA', 'New York, NY, USA'];
const STATES = {
  'United States': ['Alabama', 'Alaska', 'Arizona', 'Arkansas', 'California', 'Colorado', 'Connecticut', 'Delaware', 'District of Columbia', 'Florida', 'Georgia', 'Hawaii', 'Idaho', 'Illinois', 'Indiana', 'Iowa', 'Kansas', 'Kentucky', 'Louisiana', 'Maine', 'Maryland', 'Massachusetts', 'Michigan', 'Minnesota', 'Mississippi', 'Missouri', 'Montana', 'Nebraska', 'Nevada', 'New Hampshire', 'New Jersey', 'New Mexico', 'New York', 'North Carolina', 'North Dakota', 'Ohio', 'Oklahoma', 'Oregon', 'Pennsylvania', 'Rhode Island', 'South Carolina', 'South Dakota', 'Tennessee', 'Texas', 'Utah', 'Vermont', 'Virginia', 'Washington', 'West Virginia', 'Wisconsin', 'Wyoming'],
  Canada: ['Alberta', 'British Columbia', 'Manitoba', 'Ontario', 'Quebec'],
  Mexico: ['Coahuila', 'Jalisco', 'Nuevo León'],
};
const EDUCATION = [
  ['Secondary', ['High school diploma / GED']],
  ['Undergraduate', ['Associate degree', "Bachelor's degree"]],
  ['Graduate', ["Master's degree", 'Doctoral degree (PhD)', 'DVM or other professional degree']],
];
const SCHOOLS = ['University of California, Berkeley', 'University of California, Davis', 'Berkeley College', 'The University of Texas at Austin', 'Texas A&M University', 'Texas State University',
  'Rice University', 'St. Edward\'s University', 'Stanford University', 'University of Washington'];
const NOTICE = ['No notice needed', '1 week', '2 weeks', '3–4 weeks', 'More than 4 weeks'];
const VISAS = ['H-1B', 'TN', 'F-1 OPT / STEM OPT', 'O-1', 'Other'];
const CURRENCIES = ['USD', 'CAD', 'MXN'];

export function mount(posting) {
  const defaults = {
    firstName: '', lastName: '', email: '', phone: '', location: null, country: null, state: '', linkedin: '', link: '',
    employed: '', employer: '', jobTitle: '', notice: '', years: '', education: '', school: null,
    authorized: '', sponsorship: '', visa: '', ...Object.fromEntries(posting.questions.map((q) => [q.key, ''])),
    salary: '', currency: 'USD', payType: null, startDate: null, resume: '', coverLetter: '', gender: '', veteran: '', consent: false,
  };

  function LocationField({ field, fieldState }) {
    const [input, setInput] = useState('');
    const [options, setOptions] = useState([]);
    const [loading, setLoading] = useState(false);
    const t = useRef(0);
    useEffect(() => {
      clearTimeout(t.current);
      if (input.length < 2 || input === field.value) { setLoading(false); return undefined; }
      setLoading(true);
      t.current = setTimeout(() => { const q = input.toLowerCase(); setOptions(PLACES.filter((p) => p.toLowerCase().includes(q))); setLoading(false); }, 500);
      return () => clearTimeout(t.current);
    }, [input]);
    return (
      <Autocomplete id="ol-location" options={options} value={field.value} onChange={(_, v) => field.onChange(v)} onBlur={field.onBlur} inputValue={input} onInputChange={(_, v) => setInput(v)}
        filterOptions={(x) => x} loading={loading} loadingText="Searching…" noOptionsText={input.length < 2 ? 'Type your city' : 'No matches'}
        renderInput={(params) => (
          <TextField {...params} label="Where do you live?" required error={Boolean(fieldState.error)} helperText={fieldState.error?.message ?? 'City, state'}
            slotProps={{ ...params.slotProps, input: { ...params.slotProps.input, endAdornment: <>{loading ? <CircularProgress color="inherit" size={18} /> : null}{params.slotProps.input.endAdornment}</> } }} />
        )} />
    );
  }

  function Application() {
    const { control, handleSubmit, watch, setValue } = useForm({ mode: 'onBlur', defaultValues: defaults });
    const [sent, setSent] = useState(false);
    const [states, setStates] = useState([]);
    const [statesLoading, setStatesLoading] = useState(false);
    const values = watch();
    const country = values.country?.label ?? '';
    useEffect(() => {
      setValue('state', '');
      setStates([]);
      if (!country) return undefined;
      setStatesLoading(true);
      const t = setTimeout(() => { setStates(STATES[country] ?? []); setStatesLoading(false); }, 700);
      return () => clearTimeout(t);
    }, [country]);
    const model = { ...values, location: values.location, country: country || null, startDate: values.startDate ? values.startDate.format('YYYY-MM-DD') : null };

    if (sent) return <Paper id="ol-done" sx={{ p: 4, mt: 3 }}><Typography variant="h5">Thanks for applying!</Typography><Typography>Our people team will be in touch soon.</Typography></Paper>;
    const text = (name, label, props = {}, rules) => (
      <Controller name={name} control={control} rules={rules} render={({ field, fieldState }) => (
        <TextField {...field} id={`ol-${name}`} label={label} fullWidth error={Boolean(fieldState.error)} helperText={fieldState.error?.message ?? props.helperText} {...props} />
      )} />
    );
    const radios = (name, label, options = [['yes', 'Yes'], ['no', 'No']], rules) => (
      <Controller name={name} control={control} rules={rules} render={({ field, fieldState }) => (
        <FormControl error={Boolean(fieldState.error)}>
          <FormLabel id={`ol-${name}-label`}>{label}</FormLabel>
          <RadioGroup row aria-labelledby={`ol-${name}-label`} name={name} value={field.value} onChange={(e) => field.onChange(e.target.value)}>
            {options.map(([value, lab]) => <FormControlLabel key={value} value={value} control={<Radio />} label={lab} />)}
          </RadioGroup>
          {fieldState.error && <FormHelperText>{fieldState.error.message}</FormHelperText>}
        </FormControl>
      )} />
    );
    const select = (name, label, items, props = {}) => (
      <Controller name={name} control={control} render={({ field }) => (
        <FormControl fullWidth disabled={props.disabled}>
          <InputLabel id={`ol-${name}-label`}>{label}</InputLabel>
          <Select {...field} labelId={`ol-${name}-label`} id={`ol-${name}`} label={label} MenuProps={{ slotProps: { paper: { sx: { maxHeight: 320 } } } }}>{items}</Select>
          {props.helperText && <FormHelperText>{props.helperText}</FormHelperText>}
        </FormControl>
      )} />
    );
    const req = { required: 'This field is required' };
    return (
      <LocalizationProvider dateAdapter={AdapterDayjs}>
        <Paper component="form" onSubmit={handleSubmit(() => setSent(true))} noValidate sx={{ p: 4, mt: 3 }} elevation={1}>
          <Typography variant="h5" gutterBottom>Apply now</Typography>
          <Stack spacing={2.5}>
            <Stack direction="row" spacing={2}>{text('firstName', 'First name', { required: true, autoComplete: 'given-name' }, req)}{text('lastName', 'Last name', { required: true, autoComplete: 'family-name' }, req)}</Stack>
            {text('email', 'Email', { required: true, type: 'email' }, { ...req, pattern: { value: /^\S+@\S+\.\S+$/, message: 'Enter a valid email' } })}
            {text('phone', 'Mobile phone', { required: true, type: 'tel', slotProps: { input: { startAdornment: <InputAdornment position="start">+1</InputAdornment> } }, helperText: 'US numbers only' }, { ...req, minLength: { value: 10, message: 'Enter a 10-digit number' } })}
            <Controller name="location" control={control} rules={req} render={(props) => <LocationField {...props} />} />
            <Stack direction="row" spacing={2}>
              <Controller name="country" control={control} render={({ field }) => (
                <Autocomplete id="ol-country" fullWidth options={COUNTRIES} groupBy={(o) => o.region} getOptionLabel={(o) => o.label} isOptionEqualToValue={(a, b) => a.label === b.label}
                  value={field.value} onChange={(_, v) => field.onChange(v)} renderInput={(params) => <TextField {...params} label="Country" />} />
              )} />
              {select('state', statesLoading ? 'State (loading…)' : 'State', states.map((s) => <MenuItem key={s} value={s}>{s}</MenuItem>), { disabled: !country || statesLoading, helperText: country ? undefined : 'Choose a country first' })}
            </Stack>
            <Stack direction="row" spacing={2}>{text('linkedin', 'LinkedIn URL')}{text('link', posting.linkLabel)}</Stack>

            <Divider textAlign="left">Experience</Divider>
            {radios('employed', 'Are you currently employed?', undefined, req)}
            <Collapse in={values.employed === 'yes'}>
              <Stack spacing={2.5}>
                <Stack direction="row" spacing={2}>{text('employer', 'Current employer')}{text('jobTitle', 'Current title')}</Stack>
                {select('notice', 'Notice period', NOTICE.map((n) => <MenuItem key={n} value={n}>{n}</MenuItem>))}
              </Stack>
            </Collapse>
            {select('years', posting.yearsLabel, posting.years.map((y) => <MenuItem key={y} value={y}>{y}</MenuItem>))}
            <Stack direction="row" spacing={2}>
              {select('education', 'Highest level of education', EDUCATION.flatMap(([group, items]) => [<ListSubheader key={group}>{group}</ListSubheader>, ...items.map((i) => <MenuItem key={i} value={i}>{i}</MenuItem>)]))}
              <Controller name="school" control={control} render={({ field }) => (
                <Autocomplete id="ol-school" fullWidth options={SCHOOLS} disabled={!values.education || values.education.startsWith('High school')} value={field.value} onChange={(_, v) => field.onChange(v)}
                  renderInput={(params) => <TextField {...params} label="School" helperText={values.education ? undefined : 'Choose your education level first'} />} />
              )} />
            </Stack>

            <Divider textAlign="left">Work authorization</Divider>
            {radios('authorized', posting.authLabel, undefined, req)}
            {radios('sponsorship', posting.sponsorLabel, undefined, req)}
            <Collapse in={values.sponsorship === 'yes'} unmountOnExit>{select('visa', 'Which visa?', VISAS.map((v) => <MenuItem key={v} value={v}>{v}</MenuItem>))}</Collapse>
            {posting.questions.map((q) => (q.type === 'radio'
              ? <Box key={q.key}>{radios(q.key, q.label, q.options.map((o) => [o, o]))}</Box>
              : q.type === 'select'
                ? <Box key={q.key}>{select(q.key, q.label, q.options.map((o) => <MenuItem key={o} value={o}>{o}</MenuItem>))}</Box>
                : <Box key={q.key}>{text(q.key, q.label, { multiline: true, minRows: 3 })}</Box>))}

            <Divider textAlign="left">Compensation and start date</Divider>
            <Stack direction="row" spacing={2} alignItems="center">
              {text('salary', 'Desired pay', { type: 'number', slotProps: { input: { startAdornment: <InputAdornment position="start">$</InputAdornment> } }, sx: { maxWidth: 220 } })}
              <Box sx={{ width: 130 }}>{select('currency', 'Currency', CURRENCIES.map((c) => <MenuItem key={c} value={c}>{c}</MenuItem>))}</Box>
              <Controller name="payType" control={control} render={({ field }) => (
                <ToggleButtonGroup id="ol-payType" exclusive value={field.value} onChange={(_, v) => field.onChange(v)} aria-label="Pay type" size="small">
                  <ToggleButton value="hourly">Hourly</ToggleButton><ToggleButton value="annual">Annual</ToggleButton>
                </ToggleButtonGroup>
              )} />
            </Stack>
            <Box className="ol-start">
              <Controller name="startDate" control={control} render={({ field }) => (
                <DatePicker label="Earliest start date" format="MM/DD/YYYY" value={field.value} onChange={field.onChange} slotProps={{ textField: { id: 'ol-startDate', name: 'startDate' } }} />
              )} />
            </Box>

            <Divider textAlign="left">Resume</Divider>
            <Stack direction="row" spacing={2} alignItems="center">
              <Button component="label" variant="outlined">Upload resume
                <input id="ol-resume" type="file" accept=".pdf,.doc,.docx" style={{ clip: 'rect(0 0 0 0)', clipPath: 'inset(50%)', height: 1, overflow: 'hidden', position: 'absolute', bottom: 0, left: 0, whiteSpace: 'nowrap', width: 1 }}
                  onChange={(e) => setValue('resume', e.target.files?.[0]?.name ?? '')} />
              </Button>
              <Typography variant="body2" color="text.secondary">{values.resume || 'PDF or Word, max 5 MB'}</Typography>
            </Stack>
            {text('coverLetter', 'Cover letter (optional)', { multiline: true, minRows: 5 })}

            <Divider textAlign="left">Voluntary self-identification</Divider>
            {select('gender', 'Gender', ['Female', 'Male', 'Non-binary', 'Decline to self-identify'].map((g) => <MenuItem key={g} value={g}>{g}</MenuItem>))}
            {radios('veteran', 'Are you a protected veteran?', [['yes', 'Yes'], ['no', 'No'], ['decline', 'Decline to answer']])}
            <Controller name="consent" control={control} rules={{ validate: (v) => v || 'Required' }} render={({ field, fieldState }) => (
              <FormControl error={Boolean(fieldState.error)}>
                <FormControlLabel control={<Checkbox id="ol-consent" checked={field.value} onChange={(e) => field.onChange(e.target.checked)} />} label="I agree to Orchard Lane's applicant privacy notice" />
              </FormControl>
            )} />
            <Box><Button type="submit" variant="contained" size="large" id="ol-submit">Submit application</Button></Box>
          </Stack>
        </Paper>
        <pre id="model">{JSON.stringify(model)}</pre>
      </LocalizationProvider>
    );
  }
  createRoot(document.getElementById('root')).render(<><CssBaseline /><Container maxWidth="md"><Application /></Container></>);
}
