/**
 * A growth-stage company's own apply page on MUI + Formik (useFormik, values passed to MUI
 * components as their docs show): TextFields, intl-tel-input (with utils, separate dial code,
 * preset to the posting's HQ country) mounted on a plain input inside an MUI FormControl, an
 * Autocomplete of metro areas and one of countries, a "https://" InputAdornment, an MUI Select of
 * experience ranges, a "$" salary, an MUI X DatePicker restricted to month + year (MM/YYYY
 * sections), work authorization as radio "cards" (FormControlLabel with a title and a description),
 * a sponsorship Switch, pronoun checkboxes, resume and cover-letter upload Buttons with visually
 * hidden inputs (MUI docs pattern), a motivation question, EEO Selects, an SMS Switch, consent,
 * and a talent-community email box in the footer. Formik's values go to <pre id="model">.
 */
import { useEffect, useRef, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { useFormik } from 'formik';
import dayjs from 'dayjs';
import intlTelInput from 'intl-tel-input/intlTelInputWithUtils';
import 'intl-tel-input/styles-no-assets';
import countries from 'world-countries';
import Autocomplete from '@mui/material/Autocomplete';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormGroup from '@mui/material/FormGroup';
import FormHelperText from '@mui/material/FormHelperText';
import FormLabel from '@mui/material/FormLabel';
import InputAdornment from '@mui/material/InputAdornment';
import InputLabel from '@mui/material/InputLabel';
import MenuItem from '@mui/material/MenuItem';
import Paper from '@mui/material/Paper';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import Select from '@mui/material/Select';
import Stack from '@mui/material/Stack';
import Switch from '@mui/material/Switch';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { styled } from '@mui/material/styles';
import { LocalizationProvider } from '@mui/x-date-pickers/LocalizationProvider';
import { AdapterDayjs } from '@mui/x-date-pickers/AdapterDayjs';
import { DatePicker } from '@mui/x-date-pickers/DatePicker';

const COUNTRIES = countries.map((c) => ({ code: c.cca2, label: c.name.common })).sort((a, b) => a.label.localeCompare(b.label));

const VisuallyHiddenInput = styled('input')({
  clip: 'rect(0 0 0 0)', clipPath: 'inset(50%)', height: 1, overflow: 'hidden', position: 'absolute', bottom: 0, left: 0, whiteSpace: 'nowrap', width: 1,
});

function PhoneField({ initialCountry, onChange, label }) {
  const inputRef = useRef(null);
  useEffect(() => {
    const iti = intlTelInput(inputRef.current, { initialCountry, separateDialCode: true, countrySearch: true });
    const update = () => onChange({ number: iti.getNumber(), country: iti.getSelectedCountry()?.iso2 ?? '' });
    inputRef.current.addEventListener('input', update);
    inputRef.current.addEventListener('countrychange', update);
    update();
    return () => iti.destroy();
  }, []);
  return (
    <FormControl fullWidth data-field="phone">
      <FormLabel htmlFor="phone" sx={{ mb: 0.5, fontSize: 13 }}>{label}</FormLabel>
      <input ref={inputRef} id="phone" name="phone" type="tel" className="itl-input" autoComplete="off" />
    </FormControl>
  );
}

function Select2({ formik, name, label, options, id }) {
  return (
    <FormControl fullWidth data-field={name}>
      <InputLabel id={`${id}-label`}>{label}</InputLabel>
      <Select labelId={`${id}-label`} id={id} label={label} value={formik.values[name]} onChange={(e) => formik.setFieldValue(name, e.target.value)}>
        {options.map((o) => <MenuItem key={o} value={o}>{o}</MenuItem>)}
      </Select>
    </FormControl>
  );
}

function Application({ posting }) {
  const [sent, setSent] = useState(false);
  const [community, setCommunity] = useState('');
  const formik = useFormik({
    initialValues: {
      firstName: '', lastName: '', email: '', phone: '', phoneCountry: '', metro: null, country: null, linkedin: '', portfolio: '',
      currentTitle: '', years: '', salary: '', availableFrom: '', authorization: '', needsSponsorship: false,
      pronouns: [], resume: '', coverLetter: '', motivation: '', source: '', gender: '', race: '', veteran: '', smsUpdates: false, consent: false,
    },
    onSubmit: (values) => { if (values.consent) setSent(true); },
  });
  const v = formik.values;
  const togglePronoun = (p) => formik.setFieldValue('pronouns', v.pronouns.includes(p) ? v.pronouns.filter((x) => x !== p) : [...v.pronouns, p]);

  if (sent) return <Box id="done" sx={{ p: 4 }}><Typography variant="h5">Thanks for applying to {posting.company}!</Typography></Box>;

  return (
    <LocalizationProvider dateAdapter={AdapterDayjs}>
      <Box component="form" noValidate onSubmit={formik.handleSubmit} sx={{ maxWidth: 680, mx: 'auto', my: 3, p: 4, bgcolor: '#fff', borderRadius: 2 }}>
        <Typography variant="overline">{posting.team} · {posting.where}</Typography>
        <Typography variant="h4" component="h1" gutterBottom>{posting.title}</Typography>
        <Typography variant="body2" color="text.secondary" gutterBottom>{posting.blurb}</Typography>
        <Stack spacing={2.5} sx={{ mt: 3 }}>
          <Stack direction="row" spacing={2}>
            <TextField fullWidth id="firstName" name="firstName" label="First name" required value={v.firstName} onChange={formik.handleChange} />
            <TextField fullWidth id="lastName" name="lastName" label="Last name" required value={v.lastName} onChange={formik.handleChange} />
          </Stack>
          <TextField id="email" name="email" label="Email" type="email" required value={v.email} onChange={formik.handleChange} />
          <PhoneField label={posting.phoneLabel} initialCountry={posting.phoneCountry} onChange={({ number, country }) => { formik.setFieldValue('phone', number); formik.setFieldValue('phoneCountry', country); }} />
          <Autocomplete
            id="metro" data-field="metro" options={posting.metros} value={v.metro} onChange={(_, value) => formik.setFieldValue('metro', value)}
            renderInput={(params) => <TextField {...params} label={posting.metroLabel} helperText={posting.metroHint} />}
          />
          <Autocomplete
            id="country" data-field="country" options={COUNTRIES} autoHighlight getOptionLabel={(o) => o.label} isOptionEqualToValue={(a, b) => a.code === b.code}
            value={COUNTRIES.find((c) => c.code === v.country) ?? null} onChange={(_, value) => formik.setFieldValue('country', value ? value.code : null)}
            renderInput={(params) => <TextField {...params} label="Country of residence" />}
          />
          <TextField id="linkedin" name="linkedin" label="LinkedIn URL" value={v.linkedin} onChange={formik.handleChange} />
          <TextField id="portfolio" name="portfolio" label={posting.portfolioLabel} value={v.portfolio} onChange={formik.handleChange}
            slotProps={{ input: { startAdornment: <InputAdornment position="start">https://</InputAdornment> } }} />
          <TextField id="currentTitle" name="currentTitle" label="Current job title" value={v.currentTitle} onChange={formik.handleChange} />
          <Select2 formik={formik} name="years" id="years" label={posting.yearsLabel} options={posting.years} />
          <TextField id="salary" name="salary" label={posting.salaryLabel} value={v.salary} onChange={formik.handleChange}
            slotProps={{ input: { startAdornment: <InputAdornment position="start">$</InputAdornment>, endAdornment: <InputAdornment position="end">USD / year</InputAdornment> } }} />
          <Box data-field="availableFrom">
            <DatePicker label={posting.availableLabel} views={['year', 'month']} openTo="month" format="MM/YYYY"
              value={v.availableFrom ? dayjs(v.availableFrom) : null}
              onChange={(value) => formik.setFieldValue('availableFrom', value && value.isValid() ? value.format('YYYY-MM') : '')}
              slotProps={{ textField: { id: 'availableFrom', fullWidth: true, helperText: 'Month and year' } }} />
          </Box>
          <FormControl data-field="authorization">
            <FormLabel id="authorization-label">{posting.authLabel}</FormLabel>
            <RadioGroup aria-labelledby="authorization-label" name="authorization" value={v.authorization} onChange={formik.handleChange}>
              {posting.authOptions.map(([value, title, desc]) => (
                <Paper key={value} variant="outlined" sx={{ px: 1.5, py: 0.5, my: 0.5, borderColor: v.authorization === value ? 'primary.main' : undefined }}>
                  <FormControlLabel value={value} control={<Radio />} label={<Box><Typography fontWeight={600}>{title}</Typography><Typography variant="body2" color="text.secondary">{desc}</Typography></Box>} />
                </Paper>
              ))}
            </RadioGroup>
          </FormControl>
          <FormControlLabel data-field="needsSponsorship" control={<Switch name="needsSponsorship" checked={v.needsSponsorship} onChange={formik.handleChange} />} label={posting.sponsorLabel} />
          <FormControl component="fieldset" data-field="pronouns">
            <FormLabel component="legend">Pronouns (select all that apply)</FormLabel>
            <FormGroup row>
              {posting.pronouns.map((p) => <FormControlLabel key={p} control={<Checkbox name={`pronoun-${p}`} checked={v.pronouns.includes(p)} onChange={() => togglePronoun(p)} />} label={p} />)}
            </FormGroup>
          </FormControl>
          <Stack direction="row" spacing={2} sx={{ alignItems: "center" }} data-field="resume">
            <Button component="label" variant="outlined">Upload resume<VisuallyHiddenInput type="file" id="resume" accept=".pdf,.doc,.docx" onChange={(e) => formik.setFieldValue('resume', e.target.files[0]?.name ?? '')} /></Button>
            <Typography variant="body2">{v.resume || 'Resume (required) · PDF or Word'}</Typography>
          </Stack>
          <Stack direction="row" spacing={2} sx={{ alignItems: "center" }} data-field="coverLetter">
            <Button component="label" variant="outlined">Upload cover letter<VisuallyHiddenInput type="file" id="coverLetter" accept=".pdf,.doc,.docx,.txt" onChange={(e) => formik.setFieldValue('coverLetter', e.target.files[0]?.name ?? '')} /></Button>
            <Typography variant="body2">{v.coverLetter || 'Cover letter (optional)'}</Typography>
          </Stack>
          <TextField id="motivation" name="motivation" label={posting.motivationLabel} multiline minRows={3} value={v.motivation} onChange={formik.handleChange} />
          <Select2 formik={formik} name="source" id="source" label="How did you hear about this role?" options={posting.sources} />
          <Typography variant="h6" sx={{ pt: 2 }}>Voluntary self-identification</Typography>
          <Select2 formik={formik} name="gender" id="gender" label="Gender identity" options={['Woman', 'Man', 'Non-binary', 'Prefer to self-describe', 'Decline to state']} />
          <Select2 formik={formik} name="race" id="race" label="Race / ethnicity" options={['Asian', 'Black or African American', 'Hispanic or Latinx', 'Middle Eastern or North African', 'Native American or Alaska Native', 'Native Hawaiian or Pacific Islander', 'White', 'Two or more', 'Decline to state']} />
          <Select2 formik={formik} name="veteran" id="veteran" label="Veteran status" options={['I am a protected veteran', 'I am not a protected veteran', 'Decline to state']} />
          <FormControlLabel data-field="smsUpdates" control={<Switch name="smsUpdates" checked={v.smsUpdates} onChange={formik.handleChange} />} label="Text me about my application status" />
          <FormControlLabel data-field="consent" control={<Checkbox name="consent" checked={v.consent} onChange={formik.handleChange} />} label={`I agree to ${posting.company}'s applicant privacy policy.`} />
          <FormHelperText>By submitting you confirm the information is accurate.</FormHelperText>
          <Button type="submit" variant="contained" id="submit" size="large">Submit application</Button>
        </Stack>
        <pre id="model">{JSON.stringify(v, null, 1)}</pre>
      </Box>
      <Box component="footer" sx={{ maxWidth: 680, mx: 'auto', mb: 4, p: 2, bgcolor: '#e9eef5', borderRadius: 2 }}>
        <Typography variant="subtitle2">Not the right role? Join the {posting.company} talent community.</Typography>
        <Stack direction="row" spacing={1} sx={{ mt: 1 }}>
          <TextField size="small" id="community-email" label="Your email" value={community} onChange={(e) => setCommunity(e.target.value)} />
          <Button variant="text">Join</Button>
        </Stack>
      </Box>
    </LocalizationProvider>
  );
}

export function renderPosting(posting) {
  document.title = `${posting.title} | ${posting.company}`;
  createRoot(document.getElementById('root')).render(<Application posting={posting} />);
}
