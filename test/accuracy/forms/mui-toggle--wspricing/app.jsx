/**
 * Another posting of the same careers page (Senior Analytics Engineer, Pricing): the same fields,
 * plus toggle questions "Are you currently employed?" and Chicago relocation, a three-way work
 * setup toggle, the current employer and a desired salary behind a "$" adornment.
 *
 * An in-house careers page on MUI with plain React state: the country is an Autocomplete over
 * world-countries that only accepts one of its options (typing alone sets nothing), the work
 * authorization and sponsorship questions are exclusive ToggleButtonGroups (role=group, buttons
 * with aria-pressed), the phone sits behind a fixed "+1" adornment, and the resume is MUI's
 * "Upload" button around a visually hidden file input. State is rendered into <pre id="model">.
 */
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import countries from 'world-countries';
import Autocomplete from '@mui/material/Autocomplete';
import Button from '@mui/material/Button';
import FormControl from '@mui/material/FormControl';
import FormLabel from '@mui/material/FormLabel';
import InputAdornment from '@mui/material/InputAdornment';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import ToggleButton from '@mui/material/ToggleButton';
import ToggleButtonGroup from '@mui/material/ToggleButtonGroup';
import Typography from '@mui/material/Typography';

const COUNTRY_OPTIONS = countries.map((country) => ({ code: country.cca2, label: country.name.common })).sort((a, b) => a.label.localeCompare(b.label));

const hiddenInput = { clip: 'rect(0 0 0 0)', clipPath: 'inset(50%)', height: 1, overflow: 'hidden', position: 'absolute', whiteSpace: 'nowrap', width: 1 };

function YesNo({ id, label, value, onChange, options }) {
  return (
    <FormControl data-field={id}>
      <FormLabel id={`${id}-label`} sx={{ mb: 1 }}>{label}</FormLabel>
      <ToggleButtonGroup exclusive size="small" color="primary" value={value} aria-labelledby={`${id}-label`}
        onChange={(_, next) => { if (next !== null) onChange(next); }}>
        {(options ?? [['yes', 'Yes'], ['no', 'No']]).map(([optionValue, optionLabel]) => <ToggleButton key={optionValue} value={optionValue} sx={{ px: 3 }}>{optionLabel}</ToggleButton>)}
      </ToggleButtonGroup>
    </FormControl>
  );
}

function Application() {
  const [form, setForm] = useState({ fullName: '', email: '', phone: '', city: '', country: null, years: '', authorized: null, sponsorship: null, employed: null, employer: '', relocate: null, setup: null, salary: '', github: '', resume: '', notes: '' });
  const [done, setDone] = useState(false);
  const set = (key) => (value) => setForm((current) => ({ ...current, [key]: value }));
  const text = (key, label, props = {}) => (
    <TextField id={key} label={label} value={form[key]} onChange={(event) => set(key)(event.target.value)} fullWidth {...props} />
  );
  const submit = (event) => {
    event.preventDefault();
    if (form.fullName && form.email && form.country && form.authorized && form.sponsorship && form.resume) setDone(true);
  };
  if (done) return <p className="done" id="done">Application sent. Thank you!</p>;
  return (
    <form onSubmit={submit} noValidate>
      <Typography variant="h5" component="h1" gutterBottom>Senior Analytics Engineer, Pricing</Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>Chicago, IL or remote (US) · Pricing &amp; Revenue · Our pricing team sets 40,000 lane rates a day; you'll build the models and data products they rely on.</Typography>
      <Stack spacing={2.5}>
        {text('fullName', 'Full name', { required: true, autoComplete: 'off' })}
        {text('email', 'Email', { required: true, type: 'email' })}
        {text('phone', 'Phone', { slotProps: { input: { startAdornment: <InputAdornment position="start">+1</InputAdornment> } }, helperText: 'US numbers only' })}
        {text('city', 'City')}
        <div data-field="country">
          <Autocomplete id="country" options={COUNTRY_OPTIONS} value={form.country} autoHighlight
            isOptionEqualToValue={(option, value) => option.code === value.code}
            onChange={(_, value) => set('country')(value)}
            renderInput={(params) => <TextField {...params} label="Country" required />} />
        </div>
        {text('years', 'Years of experience', { type: 'number', slotProps: { htmlInput: { min: 0, max: 50 } } })}
        <YesNo id="authorized" label="Can you work for any US employer without restrictions?" value={form.authorized} onChange={set('authorized')} />
        <YesNo id="sponsorship" label="Would you ever need Quillon to sponsor an employment visa?" value={form.sponsorship} onChange={set('sponsorship')} />
        <YesNo id="employed" label="Are you currently employed?" value={form.employed} onChange={set('employed')} />
        {text('employer', 'Current employer')}
        <YesNo id="relocate" label="Would you relocate to Chicago?" value={form.relocate} onChange={set('relocate')} />
        <YesNo id="setup" label="Preferred work setup" value={form.setup} onChange={set('setup')} options={[['remote', 'Remote'], ['hybrid', 'Hybrid'], ['onsite', 'On-site']]} />
        {text('salary', 'Desired base salary', { slotProps: { input: { startAdornment: <InputAdornment position="start">$</InputAdornment> } }, helperText: 'Annual, in US dollars' })}
        {text('github', 'GitHub')}
        <div data-field="resume">
          <Button component="label" variant="outlined" id="resume-button">
            {form.resume ? `Resume: ${form.resume}` : 'Upload resume'}
            <input type="file" id="resume" accept="application/pdf" style={hiddenInput} onChange={(event) => set('resume')(event.target.files[0]?.name ?? '')} />
          </Button>
        </div>
        {text('notes', 'Anything else we should know?', { multiline: true, minRows: 3 })}
        <Button type="submit" variant="contained" id="submit">Send application</Button>
      </Stack>
      <pre id="model">{JSON.stringify(form)}</pre>
    </form>
  );
}

createRoot(document.getElementById('root')).render(<Application />);
