/**
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

function YesNo({ id, label, value, onChange }) {
  return (
    <FormControl data-field={id}>
      <FormLabel id={`${id}-label`} sx={{ mb: 1 }}>{label}</FormLabel>
      <ToggleButtonGroup exclusive size="small" color="primary" value={value} aria-labelledby={`${id}-label`}
        onChange={(_, next) => { if (next !== null) onChange(next); }}>
        <ToggleButton value="yes" sx={{ px: 3 }}>Yes</ToggleButton>
        <ToggleButton value="no" sx={{ px: 3 }}>No</ToggleButton>
      </ToggleButtonGroup>
    </FormControl>
  );
}

function Application() {
  const [form, setForm] = useState({ fullName: '', email: '', phone: '', city: '', country: null, years: '', authorized: null, sponsorship: null, github: '', resume: '', notes: '' });
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
      <Typography variant="h5" component="h1" gutterBottom>Data Engineer, Forecasting</Typography>
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
        <YesNo id="authorized" label="Are you authorized to work in the US?" value={form.authorized} onChange={set('authorized')} />
        <YesNo id="sponsorship" label="Will you require visa sponsorship now or in the future?" value={form.sponsorship} onChange={set('sponsorship')} />
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
