/*
 * Calloway Health (a Toronto health-data company with a US team): careers page on MUI 9 + Formik,
 * shared by its postings (app.jsx passes the job):
 * - phone: react-phone-number-input with its own country <select> (flag over an invisible native
 *   select), **preset to Canada**, its text box rendered as an MUI TextField (inputComponent),
 *   formatting "(416) 555-0123" as you type; Formik holds E.164;
 * - "City": a freeSolo Autocomplete; "State / province": a TextField select (menu in a popover);
 *   "Country": an Autocomplete of options only;
 * - pronouns as a checkbox group; work authorization and sponsorship as MUI Switches;
 * - "Highest degree": an Autocomplete grouped by level (groupBy);
 * - salary: a native TextField select of currencies preset CAD beside a number field;
 * - "Available from": TextField type=date; resume: Button component="label" around a hidden input.
 * Formik's values go to <pre id="model">.
 */
import { forwardRef, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { useFormik } from 'formik';
import {
  Autocomplete, Box, Button, Checkbox, Container, CssBaseline, Divider, FormControl, FormControlLabel, FormGroup, FormHelperText,
  FormLabel, MenuItem, Paper, Radio, RadioGroup, Stack, Switch, TextField, Typography,
} from '@mui/material';
import PhoneInput from 'react-phone-number-input';
import flags from 'react-phone-number-input/flags';
import 'react-phone-number-input/style.css';
import countries from 'world-countries';

const COUNTRY_NAMES = countries.map((c) => c.name.common).sort((a, b) => a.localeCompare(b));
const CITIES = ['Toronto', 'Ottawa', 'Vancouver', 'San Francisco', 'South San Francisco', 'San Diego', 'San Fernando', 'San Jose', 'Seattle', 'Boston', 'Chicago', 'New York', 'Denver', 'Austin'];
const REGIONS = [
  ['ON', 'Ontario'], ['BC', 'British Columbia'], ['QC', 'Quebec'], ['AB', 'Alberta'],
  ['CA', 'California'], ['CO', 'Colorado'], ['IL', 'Illinois'], ['MA', 'Massachusetts'], ['NY', 'New York'], ['TX', 'Texas'], ['WA', 'Washington'],
];
const DEGREES = [
  ['Secondary', 'High school diploma'], ['Secondary', 'College diploma (CEGEP)'],
  ['Undergraduate', "Associate's degree"], ['Undergraduate', "Bachelor's (BA, BS, BSc)"],
  ['Graduate', "Master's (MA, MS, MSc)"], ['Graduate', 'MD / PhD'],
].map(([level, label]) => ({ level, label }));
const PRONOUNS = ['she/her', 'he/him', 'they/them', 'Use my name only'];
const HOSPITALS = ['Toronto General', 'Sunnybrook', 'UCSF Health', 'Denver Health', 'Remote only'];

const PhoneField = forwardRef(function PhoneField(props, ref) {
  return <TextField {...props} inputRef={ref} id="cw-phone" label="Mobile number" fullWidth required />;
});

function App({ job }) {
  const [sent, setSent] = useState(false);
  const formik = useFormik({
    initialValues: {
      firstName: '', lastName: '', email: '', phone: '', phoneCountry: 'CA', city: '', region: '', country: null,
      pronouns: [], linkedin: '', employed: '', employer: '', title: '', years: '', degree: null, school: '',
      authorized: false, sponsorship: false, currency: 'CAD', salary: '', startDate: '', resume: '', coverLetter: '',
      hospitals: [], internal: '', gender: '', smsUpdates: false, consent: false,
    },
    validate: (v) => {
      const e = {};
      for (const k of ['firstName', 'lastName', 'email', 'phone', 'city', 'internal', 'resume']) if (!v[k]) e[k] = 'Required';
      if (!v.consent) e.consent = 'Please accept to continue';
      return e;
    },
    onSubmit: () => setSent(true),
  });
  const { values, setFieldValue, handleChange, errors, touched, submitCount } = formik;
  const err = (k) => (submitCount > 0 || touched[k]) && errors[k];
  const tf = (name, label, extra = {}) => (
    <TextField id={`cw-${name}`} name={name} label={label} value={values[name]} onChange={handleChange} onBlur={formik.handleBlur}
      error={Boolean(err(name))} helperText={err(name) || extra.helperText} fullWidth {...extra} />
  );
  const togglePronoun = (p) => setFieldValue('pronouns', values.pronouns.includes(p) ? values.pronouns.filter((x) => x !== p) : [...values.pronouns, p]);

  return (
    <Container maxWidth="md" sx={{ my: 4 }}>
      <CssBaseline />
      {sent ? (
        <Paper sx={{ p: 4 }}><Typography id="cw-done" variant="h5">Application received — thank you, {values.firstName}.</Typography></Paper>
      ) : (
        <Paper component="form" id="cw-form" noValidate onSubmit={formik.handleSubmit} sx={{ p: { xs: 2, md: 4 } }}>
          <Typography variant="h5" gutterBottom>Apply: {job.title}</Typography>
          <Typography variant="body2" color="text.secondary">* required</Typography>
          <Stack spacing={2.5} sx={{ mt: 3 }}>
            <Stack direction="row" spacing={2}>{tf('firstName', 'Legal first name', { required: true })}{tf('lastName', 'Legal last name', { required: true })}</Stack>
            {tf('email', 'Email', { required: true, type: 'email' })}
            <Box>
              <PhoneInput className="cw-phone" flags={flags} defaultCountry="CA" countryCallingCodeEditable={false} value={values.phone}
                onChange={(v) => setFieldValue('phone', v ?? '')} onCountryChange={(c) => setFieldValue('phoneCountry', c ?? '')}
                inputComponent={PhoneField} countrySelectProps={{ 'aria-label': 'Phone number country' }} />
              {err('phone') && <FormHelperText error>{err('phone')}</FormHelperText>}
            </Box>
            <Stack direction="row" spacing={2}>
              <Autocomplete freeSolo fullWidth id="cw-city" options={CITIES} inputValue={values.city} onInputChange={(_, v) => setFieldValue('city', v)}
                renderInput={(params) => <TextField {...params} name="city" label="City" required error={Boolean(err('city'))} helperText={err('city')} />} />
              <TextField select fullWidth id="cw-region" label="State / province" value={values.region} onChange={(e) => setFieldValue('region', e.target.value)}
                slotProps={{ select: { id: 'cw-region', labelId: 'cw-region-label' }, inputLabel: { id: 'cw-region-label' } }}>
                {REGIONS.map(([code, name]) => <MenuItem key={code} value={code}>{name}</MenuItem>)}
              </TextField>
            </Stack>
            <Autocomplete id="cw-country" options={COUNTRY_NAMES} value={values.country} onChange={(_, v) => setFieldValue('country', v)}
              renderInput={(params) => <TextField {...params} name="country" label="Country of residence" />} />
            <FormControl component="fieldset">
              <FormLabel component="legend">Pronouns (optional)</FormLabel>
              <FormGroup row>
                {PRONOUNS.map((p) => (
                  <FormControlLabel key={p} label={p} control={<Checkbox name="pronouns" value={p} checked={values.pronouns.includes(p)} onChange={() => togglePronoun(p)} />} />
                ))}
              </FormGroup>
            </FormControl>
            {tf('linkedin', 'LinkedIn URL')}
            <Divider />
            <FormControl>
              <FormLabel id="cw-employed-label">Are you currently employed?</FormLabel>
              <RadioGroup row name="employed" aria-labelledby="cw-employed-label" value={values.employed} onChange={handleChange}>
                <FormControlLabel value="yes" control={<Radio />} label="Yes" /><FormControlLabel value="no" control={<Radio />} label="No" />
              </RadioGroup>
            </FormControl>
            <Stack direction="row" spacing={2}>{tf('employer', 'Employer')}{tf('title', 'Job title')}</Stack>
            <TextField select id="cw-years" label={job.yearsLabel} value={values.years} onChange={(e) => setFieldValue('years', e.target.value)}
              slotProps={{ select: { id: 'cw-years', labelId: 'cw-years-label' }, inputLabel: { id: 'cw-years-label' } }} fullWidth>
              {job.years.map((y) => <MenuItem key={y} value={y}>{y}</MenuItem>)}
            </TextField>
            <Stack direction="row" spacing={2}>
              <Autocomplete fullWidth id="cw-degree" options={DEGREES} groupBy={(o) => o.level} getOptionLabel={(o) => o.label}
                isOptionEqualToValue={(a, b) => a.label === b.label} value={DEGREES.find((d) => d.label === values.degree) ?? null}
                onChange={(_, v) => setFieldValue('degree', v ? v.label : null)} renderInput={(params) => <TextField {...params} label="Highest degree" />} />
              {tf('school', 'School')}
            </Stack>
            <Divider />
            <FormGroup>
              <FormControlLabel control={<Switch id="cw-authorized" name="authorized" checked={values.authorized} onChange={(e) => setFieldValue('authorized', e.target.checked)} />}
                label={job.authLabel} />
              <FormControlLabel control={<Switch id="cw-sponsorship" name="sponsorship" checked={values.sponsorship} onChange={(e) => setFieldValue('sponsorship', e.target.checked)} />}
                label={job.sponsorLabel} />
            </FormGroup>
            <Stack direction="row" spacing={2}>
              <TextField select id="cw-currency" label="Currency" value={values.currency} onChange={(e) => setFieldValue('currency', e.target.value)}
                slotProps={{ select: { native: true }, htmlInput: { id: 'cw-currency' } }} sx={{ minWidth: 200 }}>
                <option value="CAD">CAD — Canadian dollar</option><option value="USD">USD — US dollar</option><option value="EUR">EUR — Euro</option>
              </TextField>
              {tf('salary', job.salaryLabel, { type: 'number', helperText: 'Base pay, before bonus' })}
            </Stack>
            {tf('startDate', 'Available from', { type: 'date', slotProps: { inputLabel: { shrink: true } } })}
            <Box>
              <Button variant="outlined" component="label">Upload résumé *
                <input id="cw-resume" name="resume" type="file" hidden accept=".pdf,.docx" onChange={(e) => setFieldValue('resume', Array.from(e.target.files ?? []).map((f) => f.name).join(', '))} />
              </Button>
              <Typography component="span" variant="body2" sx={{ ml: 2 }}>{values.resume || 'No file chosen'}</Typography>
              {err('resume') && <FormHelperText error>{err('resume')}</FormHelperText>}
            </Box>
            {tf('coverLetter', 'Cover letter', { multiline: true, minRows: 4 })}
            <Divider />
            <Autocomplete multiple id="cw-hospitals" options={job.sites} value={values.hospitals} onChange={(_, v) => setFieldValue('hospitals', v)}
              renderInput={(params) => <TextField {...params} label={job.sitesLabel} />} />
            <FormControl required error={Boolean(err('internal'))}>
              <FormLabel id="cw-internal-label">Are you a current Calloway Health employee?</FormLabel>
              <RadioGroup row name="internal" aria-labelledby="cw-internal-label" value={values.internal} onChange={handleChange}>
                <FormControlLabel value="yes" control={<Radio />} label="Yes" /><FormControlLabel value="no" control={<Radio />} label="No" />
              </RadioGroup>
              {err('internal') && <FormHelperText>{err('internal')}</FormHelperText>}
            </FormControl>
            <TextField select id="cw-gender" label="Gender identity (optional)" value={values.gender} onChange={(e) => setFieldValue('gender', e.target.value)}
              slotProps={{ select: { id: 'cw-gender', labelId: 'cw-gender-label' }, inputLabel: { id: 'cw-gender-label' } }} helperText="Used only for our annual equity report." fullWidth>
              {['Woman', 'Man', 'Non-binary', 'Two-Spirit', 'Prefer not to say'].map((g) => <MenuItem key={g} value={g}>{g}</MenuItem>)}
            </TextField>
            <FormControlLabel control={<Switch id="cw-sms" name="smsUpdates" checked={values.smsUpdates} onChange={(e) => setFieldValue('smsUpdates', e.target.checked)} />}
              label="Text me updates about my application" />
            <FormControl error={Boolean(err('consent'))}>
              <FormControlLabel control={<Checkbox id="cw-consent" name="consent" checked={values.consent} onChange={(e) => setFieldValue('consent', e.target.checked)} />}
                label="I consent to Calloway Health storing my application for 12 months. *" />
              {err('consent') && <FormHelperText>{err('consent')}</FormHelperText>}
            </FormControl>
            <Button type="submit" id="cw-submit" variant="contained" size="large">Submit application</Button>
          </Stack>
        </Paper>
      )}
      <pre id="model">{JSON.stringify(values, null, 2)}</pre>
    </Container>
  );
}

export function mount(job) {
  createRoot(document.getElementById('root')).render(<App job={job} />);
}
