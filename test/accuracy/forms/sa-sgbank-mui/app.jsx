/*
 * A Singapore bank's careers application on MUI: Salutation Select (Mr / Ms / Mrs / Mdm / Dr),
 * "Full name (as per NRIC / passport)", a dial-code Select preset "+65 Singapore" ("+1 Canada"
 * before "+1 United States") beside a mobile with a local "8123 4567" placeholder, residential
 * status radios ending in "Overseas (not residing in Singapore)", NRIC / FIN last 4, nationality
 * and country-of-residence Autocompletes over world-countries, postal code, years in ranges,
 * Singapore qualification names ("Degree"), monthly salaries in S$, notice period, a DD/MM/YYYY
 * availability text box, a "Cover note", the resume input hidden in a Button, MAS fit-and-proper
 * declarations (relatives, former employee, convictions, bankruptcy), PDPA consent and a talent
 * community opt-in. State is rendered into <pre id="model">.
 */
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import countries from 'world-countries';
import Autocomplete from '@mui/material/Autocomplete';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormLabel from '@mui/material/FormLabel';
import InputAdornment from '@mui/material/InputAdornment';
import MenuItem from '@mui/material/MenuItem';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';

const COUNTRIES = countries.map((c) => ({ code: c.cca2, label: c.name.common })).sort((a, b) => a.label.localeCompare(b.label));
const DIAL = [
  ['SG', '+65 Singapore'], ['MY', '+60 Malaysia'], ['ID', '+62 Indonesia'], ['IN', '+91 India'], ['CN', '+86 China'],
  ['HK', '+852 Hong Kong'], ['GB', '+44 United Kingdom'], ['AU', '+61 Australia'], ['CA', '+1 Canada'], ['US', '+1 United States'],
];
const hiddenInput = { clip: 'rect(0 0 0 0)', clipPath: 'inset(50%)', height: 1, overflow: 'hidden', position: 'absolute', whiteSpace: 'nowrap', width: 1 };

const EMPTY = {
  salutation: '', fullName: '', email: '', dialCode: 'SG', mobile: '', residency: '', nricLast4: '', nationality: null,
  residenceCountry: null, postalCode: '', employer: '', jobTitle: '', years: '', qualification: '', institution: '',
  lastDrawn: '', expected: '', notice: '', available: '', linkedin: '', coverNote: '', resume: '',
  related: '', formerStaff: '', convicted: '', bankrupt: '', pdpa: false, talentCommunity: false,
};

function Choice({ id, label, value, onChange, options, required }) {
  return (
    <FormControl data-field={id} required={required}>
      <FormLabel id={`${id}-label`}>{label}</FormLabel>
      <RadioGroup row={options.length <= 3} name={id} value={value} aria-labelledby={`${id}-label`} onChange={(event) => onChange(event.target.value)}>
        {options.map((option) => <FormControlLabel key={option} value={option} control={<Radio />} label={option} />)}
      </RadioGroup>
    </FormControl>
  );
}

function Application() {
  const [form, setForm] = useState(EMPTY);
  const [done, setDone] = useState(false);
  const [tried, setTried] = useState(false);
  const set = (key) => (value) => setForm((current) => ({ ...current, [key]: value }));
  const text = (key, label, props = {}) => (
    <TextField id={key} name={key} label={label} value={form[key]} onChange={(event) => set(key)(event.target.value)} fullWidth
      error={tried && props.required && !form[key]} {...props} />
  );
  const select = (key, label, options, props = {}) => (
    <div data-field={key}>
      <TextField select id={key} label={label} value={form[key]} onChange={(event) => set(key)(event.target.value)} fullWidth
        error={tried && props.required && !form[key]}
        slotProps={{ select: { displayEmpty: true, renderValue: (v) => (v ? (options.find((o) => o[0] === v) || [v, v])[1] : 'Please select') }, inputLabel: { shrink: true } }}
        {...props}>
        {options.map(([value, text]) => <MenuItem key={value} value={value}>{text}</MenuItem>)}
      </TextField>
    </div>
  );
  const submit = (event) => {
    event.preventDefault();
    setTried(true);
    const need = ['fullName', 'email', 'mobile', 'residency', 'residenceCountry', 'employer', 'jobTitle', 'years', 'qualification', 'resume', 'related', 'formerStaff', 'convicted', 'bankrupt'];
    if (need.every((key) => form[key]) && form.pdpa) setDone(true);
  };
  const pairs = (list) => list.map((x) => [x, x]);
  return (
    <>
      {done ? <p className="done" id="done">Thank you. Your application (ref. SMB-DE-2611) has been submitted.</p> : (
        <form onSubmit={submit} noValidate>
          <Typography variant="h5" component="h1">Vice President, Data Engineering</Typography>
          <Typography color="text.secondary" gutterBottom>Group Technology &middot; Marina Bay Financial Centre &middot; Job ID 2611-0473</Typography>
          <Stack spacing={2.5} sx={{ mt: 2 }}>
            <Typography variant="h6" component="h2">Personal particulars</Typography>
            {select('salutation', 'Salutation', pairs(['Mr', 'Ms', 'Mrs', 'Mdm', 'Dr']))}
            {text('fullName', 'Full name (as per NRIC / passport)', { required: true, autoComplete: 'off' })}
            {text('email', 'Email address', { required: true, type: 'email' })}
            <Stack direction="row" spacing={1.5}>
              <div style={{ width: 240 }}>{select('dialCode', 'Country code', DIAL)}</div>
              {text('mobile', 'Mobile number', { required: true, type: 'tel', placeholder: '8123 4567' })}
            </Stack>
            <Choice id="residency" label="Residential status" value={form.residency} onChange={set('residency')} required
              options={['Singapore Citizen', 'Singapore Permanent Resident', 'Employment Pass / S Pass holder', "Dependant's Pass / LTVP holder", 'Overseas (not residing in Singapore)']} />
            {text('nricLast4', 'NRIC / FIN (last 4 characters)', { helperText: 'For Singapore Citizens, PRs and pass holders only, e.g. 567A', slotProps: { htmlInput: { maxLength: 4 } } })}
            <div data-field="nationality">
              <Autocomplete id="nationality" options={COUNTRIES} value={form.nationality} autoHighlight
                isOptionEqualToValue={(o, v) => o.code === v.code} onChange={(_, v) => set('nationality')(v)}
                renderInput={(params) => <TextField {...params} label="Nationality" />} />
            </div>
            <div data-field="residenceCountry">
              <Autocomplete id="residenceCountry" options={COUNTRIES} value={form.residenceCountry} autoHighlight
                isOptionEqualToValue={(o, v) => o.code === v.code} onChange={(_, v) => set('residenceCountry')(v)}
                renderInput={(params) => <TextField {...params} label="Country of residence" required error={tried && !form.residenceCountry} />} />
            </div>
            {text('postalCode', 'Postal code')}
            <Typography variant="h6" component="h2">Employment and education</Typography>
            {text('employer', 'Current / last employer', { required: true })}
            {text('jobTitle', 'Current / last job title', { required: true })}
            {select('years', 'Years of working experience', pairs(['Less than 3 years', '3 - 5 years', '6 - 9 years', '10 years and above']), { required: true })}
            {select('qualification', 'Highest qualification', pairs(["GCE 'A' Level", 'Diploma', 'Degree', "Master's", 'PhD', 'Professional qualification']), { required: true })}
            {text('institution', 'Institution')}
            {text('lastDrawn', 'Last drawn monthly basic salary', { slotProps: { input: { startAdornment: <InputAdornment position="start">S$</InputAdornment> } } })}
            {text('expected', 'Expected monthly basic salary', { slotProps: { input: { startAdornment: <InputAdornment position="start">S$</InputAdornment> } } })}
            {select('notice', 'Notice period', pairs(['Immediate', '1 month', '2 months', '3 months', 'More than 3 months']))}
            {text('available', 'Earliest available date', { placeholder: 'DD/MM/YYYY', helperText: 'DD/MM/YYYY', slotProps: { inputLabel: { shrink: true } } })}
            {text('linkedin', 'LinkedIn profile')}
            {text('coverNote', 'Cover note', { multiline: true, minRows: 4, helperText: 'Tell us briefly why you are interested in this role (optional)' })}
            <div data-field="resume">
              <Button component="label" variant="outlined" id="resume-button" color={tried && !form.resume ? 'error' : 'primary'}>
                {form.resume ? `Resume: ${form.resume}` : 'Upload resume (PDF, max 5 MB)'}
                <input type="file" id="resume" accept="application/pdf,.doc,.docx" style={hiddenInput} onChange={(event) => set('resume')(event.target.files[0]?.name ?? '')} />
              </Button>
            </div>
            <Typography variant="h6" component="h2">Declarations</Typography>
            <Choice id="related" label="Are you related to any employee of Straits Meridian Bank?" value={form.related} onChange={set('related')} options={['Yes', 'No']} required />
            <Choice id="formerStaff" label="Have you previously been employed by Straits Meridian Bank or its subsidiaries?" value={form.formerStaff} onChange={set('formerStaff')} options={['Yes', 'No']} required />
            <Choice id="convicted" label="Have you ever been convicted of an offence in a court of law in any country?" value={form.convicted} onChange={set('convicted')} options={['Yes', 'No']} required />
            <Choice id="bankrupt" label="Are you an undischarged bankrupt, or have you entered into a composition with creditors?" value={form.bankrupt} onChange={set('bankrupt')} options={['Yes', 'No']} required />
            <FormControlLabel control={<Checkbox id="pdpa" checked={form.pdpa} onChange={(e) => set('pdpa')(e.target.checked)} />}
              label="I consent to Straits Meridian Bank collecting, using and disclosing my personal data for recruitment purposes in accordance with the PDPA. *" />
            <FormControlLabel control={<Checkbox id="talentCommunity" checked={form.talentCommunity} onChange={(e) => set('talentCommunity')(e.target.checked)} />}
              label="Keep me informed about future opportunities at the Bank" />
            <Button type="submit" variant="contained" id="submit" sx={{ alignSelf: 'flex-start', bgcolor: '#8a1538' }}>Submit application</Button>
          </Stack>
        </form>
      )}
      <pre id="model">{JSON.stringify(form)}</pre>
    </>
  );
}

createRoot(document.getElementById('root')).render(<Application />);
