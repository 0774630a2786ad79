/*
 * Cindervale (payments start-up) careers page: React 19 + MUI 9 + react-hook-form Controllers,
 * shared by its postings. Dial-code Select beside the phone, an Autocomplete of places (options
 * only), sponsorship as a Select of sentences, salary with a "$" adornment and a currency Select,
 * MUI X DatePicker (MM/DD/YYYY sections), resume input inside a Button, the posting's own questions,
 * EEO Selects, header job search and a footer newsletter. react-hook-form values go to <pre id="model">.
 */
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import { Controller, useForm } from 'react-hook-form';
import Autocomplete from '@mui/material/Autocomplete';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import Divider from '@mui/material/Divider';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormHelperText from '@mui/material/FormHelperText';
import FormLabel from '@mui/material/FormLabel';
import InputAdornment from '@mui/material/InputAdornment';
import InputLabel from '@mui/material/InputLabel';
import MenuItem from '@mui/material/MenuItem';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import Select from '@mui/material/Select';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { AdapterDayjs } from '@mui/x-date-pickers/AdapterDayjs';
import { DatePicker } from '@mui/x-date-pickers/DatePicker';
import { LocalizationProvider } from '@mui/x-date-pickers/LocalizationProvider';

const DIAL = [['ca', '🇨🇦 Canada (+1)'], ['mx', '🇲🇽 Mexico (+52)'], ['gb', '🇬🇧 United Kingdom (+44)'], ['us', '🇺🇸 United States (+1)'], ['in', '🇮🇳 India (+91)'], ['de', '🇩🇪 Germany (+49)']];
const PLACES = [
  'Denver, Colorado, United States', 'New York, New York, United States', 'Oakland, California, United States',
  'San Diego, California, United States', 'San Francisco, California, United States', 'San Jose, California, United States',
  'South San Francisco, California, United States', 'Seattle, Washington, United States', 'Toronto, Ontario, Canada', 'Remote (anywhere in the US)',
];
const SPONSOR = [['no', "No, I don't need sponsorship"], ['now', 'Yes, I need sponsorship now'], ['later', 'Yes, I will need it in the future (e.g. OPT ending)']];
const CURRENCIES = [['USD', 'USD – US dollar'], ['CAD', 'CAD – Canadian dollar'], ['EUR', 'EUR – Euro'], ['GBP', 'GBP – British pound']];
const HEARD = ['LinkedIn', 'Cindervale blog', 'A friend or colleague', 'Conference or meetup', 'Job board', 'Other'];
const GENDER = ['Woman', 'Man', 'Non-binary', 'Prefer to self-describe', 'I prefer not to say'];
const RACE = ['American Indian or Alaska Native', 'Asian', 'Black or African American', 'Hispanic or Latino', 'Native Hawaiian or Other Pacific Islander', 'White', 'Two or more races', 'I prefer not to say'];
const VETERAN = ['I am a protected veteran', 'I am not a protected veteran', 'I prefer not to say'];
const DISABILITY = ['Yes, I have a disability (or previously had one)', 'No, I do not have a disability', 'I prefer not to say'];

export function renderApplication(posting) {
  const extraDefaults = Object.fromEntries(posting.questions.map((q) => [q.key, q.type === 'check' ? false : '']));
  function Application() {
    const [done, setDone] = useState(false);
    const [search, setSearch] = useState('');
    const [newsletter, setNewsletter] = useState('');
    const { control, handleSubmit, watch } = useForm({
      defaultValues: {
        firstName: '', lastName: '', email: '', dialCode: '', phone: '', location: null, linkedin: '',
        company: '', title: '', years: '', authorized: '', sponsorship: '', salary: '', currency: '', startDate: null,
        resume: '', coverLetter: '', ...extraDefaults, heard: '', gender: '', race: '', veteran: '', disability: '', privacy: false,
      },
    });
    const values = watch();
    const model = { ...values, startDate: values.startDate && values.startDate.isValid?.() ? values.startDate.format('YYYY-MM-DD') : null, search, newsletter };
    const text = (name, label, props = {}) => (
      <Controller name={name} control={control} rules={props.required ? { required: true } : undefined}
        render={({ field, fieldState }) => <TextField {...field} {...props} id={`cv-${name}`} label={label} error={Boolean(fieldState.error)} fullWidth margin="dense" />} />
    );
    const select = (name, label, options, props = {}) => (
      <Controller name={name} control={control} rules={props.required ? { required: true } : undefined}
        render={({ field }) => (
          <FormControl fullWidth margin="dense" required={props.required}>
            <InputLabel id={`cv-${name}-label`}>{label}</InputLabel>
            <Select labelId={`cv-${name}-label`} id={`cv-${name}`} label={label} {...field}>
              {options.map((o) => (Array.isArray(o) ? <MenuItem key={o[0]} value={o[0]}>{o[1]}</MenuItem> : <MenuItem key={o} value={o}>{o}</MenuItem>))}
            </Select>
            {props.help ? <FormHelperText>{props.help}</FormHelperText> : null}
          </FormControl>
        )} />
    );
    const radios = (name, label, options, required) => (
      <Controller name={name} control={control} rules={required ? { required: true } : undefined}
        render={({ field }) => (
          <FormControl margin="dense" required={required} data-field={name}>
            <FormLabel id={`cv-${name}-label`}>{label}</FormLabel>
            <RadioGroup row aria-labelledby={`cv-${name}-label`} {...field}>
              {options.map((o) => <FormControlLabel key={o} value={o} control={<Radio />} label={o} />)}
            </RadioGroup>
          </FormControl>
        )} />
    );
    const question = (q) => {
      if (q.type === 'select') return <div key={q.key}>{select(q.key, q.label, q.options, { help: q.help })}</div>;
      if (q.type === 'radio') return <div key={q.key}>{radios(q.key, q.label, q.options)}</div>;
      if (q.type === 'check') return (
        <Controller key={q.key} name={q.key} control={control}
          render={({ field }) => <FormControlLabel control={<Checkbox id={`cv-${q.key}`} checked={field.value} onChange={(e) => field.onChange(e.target.checked)} />} label={q.label} />} />
      );
      return <div key={q.key}>{text(q.key, q.label, { multiline: q.type === 'textarea', minRows: q.type === 'textarea' ? 3 : undefined, helperText: q.help })}</div>;
    };
    return (
      <LocalizationProvider dateAdapter={AdapterDayjs}>
        <header className="cv-top">
          <strong>cindervale</strong>
          <nav><a href="#">Product</a> <a href="#">Customers</a> <a href="#">Careers</a></nav>
          <TextField size="small" id="cv-jobsearch" placeholder="Search open roles" value={search} onChange={(e) => setSearch(e.target.value)} slotProps={{ htmlInput: { 'aria-label': 'Search open roles' } }} />
        </header>
        <main className="cv-main">
          {done ? <p id="cv-done" className="done">Thanks! Your application is in. We reply to everyone within ten working days.</p> : (
            <form onSubmit={handleSubmit(() => setDone(true))} noValidate>
              <Typography variant="h4" component="h1">{posting.title}</Typography>
              <Typography color="text.secondary">{posting.meta}</Typography>
              <p>{posting.blurb}</p>
              <Divider sx={{ my: 2 }} />
              <Typography variant="h6">About you</Typography>
              <Stack direction="row" spacing={2}>
                {text('firstName', 'First name', { required: true })}
                {text('lastName', 'Last name', { required: true })}
              </Stack>
              {text('email', 'Email address', { required: true, type: 'email' })}
              <Stack direction="row" spacing={2}>
                <Box sx={{ width: 280 }}>{select('dialCode', 'Country code', DIAL)}</Box>
                {text('phone', 'Phone number', { type: 'tel' })}
              </Stack>
              <Controller name="location" control={control}
                render={({ field }) => (
                  <Autocomplete id="cv-location" options={PLACES} value={field.value} onChange={(_, v) => field.onChange(v)}
                    renderInput={(params) => <TextField {...params} name="location" label="Where are you based?" placeholder="Start typing a city" margin="dense" />} />
                )} />
              {text('linkedin', 'LinkedIn profile', { placeholder: 'https://linkedin.com/in/…' })}
              <Stack direction="row" spacing={2}>
                {text('company', 'Current employer')}
                {text('title', 'Current job title')}
              </Stack>
              {text('years', 'Years of professional experience', { type: 'number', slotProps: { htmlInput: { min: 0, max: 50 } } })}
              <Divider sx={{ my: 2 }} />
              <Typography variant="h6">Logistics</Typography>
              {radios('authorized', 'Are you legally authorized to work in the United States?', ['Yes', 'No'], true)}
              {select('sponsorship', 'Will you require visa sponsorship to work for Cindervale?', SPONSOR, { required: true })}
              <Stack direction="row" spacing={2}>
                {text('salary', 'Desired annual base salary', { slotProps: { input: { startAdornment: <InputAdornment position="start">$</InputAdornment> } } })}
                <Box sx={{ width: 260 }}>{select('currency', 'Currency', CURRENCIES)}</Box>
              </Stack>
              <Box data-field="startDate" sx={{ my: 1 }}>
                <Controller name="startDate" control={control}
                  render={({ field }) => (
                    <DatePicker label="Earliest start date" format="MM/DD/YYYY" value={field.value} onChange={field.onChange}
                      slotProps={{ textField: { fullWidth: true, id: 'cv-startDate', name: 'startDate' } }} />
                  )} />
              </Box>
              <FormControl margin="dense" fullWidth>
                <FormLabel>Resume</FormLabel>
                <Controller name="resume" control={control}
                  render={({ field }) => (
                    <Box>
                      <Button variant="outlined" component="label">
                        Upload file
                        <input hidden type="file" id="cv-resume" name="resume" accept=".pdf,.doc,.docx" onChange={(e) => field.onChange(e.target.files?.[0]?.name ?? '')} />
                      </Button>
                      <FormHelperText>{field.value || 'PDF or DOCX, 10 MB max'}</FormHelperText>
                    </Box>
                  )} />
              </FormControl>
              {text('coverLetter', 'Cover letter (optional)', { multiline: true, minRows: 4 })}
              <Divider sx={{ my: 2 }} />
              <Typography variant="h6">Questions from the team</Typography>
              {posting.questions.map(question)}
              {select('heard', 'How did you first hear about Cindervale?', HEARD)}
              <Divider sx={{ my: 2 }} />
              <Typography variant="h6">Voluntary self-identification</Typography>
              <Typography variant="body2" color="text.secondary">Optional. Answers are stored apart from your application and never seen by the hiring team.</Typography>
              {select('gender', 'Gender', GENDER)}
              {select('race', 'Race / ethnicity', RACE)}
              {select('veteran', 'Veteran status', VETERAN)}
              {select('disability', 'Disability status', DISABILITY)}
              <Controller name="privacy" control={control} rules={{ validate: (v) => v === true }}
                render={({ field, fieldState }) => (
                  <FormControl error={Boolean(fieldState.error)}>
                    <FormControlLabel control={<Checkbox id="cv-privacy" checked={field.value} onChange={(e) => field.onChange(e.target.checked)} />} label="I have read Cindervale's applicant privacy notice" />
                  </FormControl>
                )} />
              <Box sx={{ mt: 2 }}><Button type="submit" variant="contained" id="cv-submit">Submit application</Button></Box>
            </form>
          )}
        </main>
        <footer className="cv-foot">
          <label htmlFor="cv-newsletter">The Cindervale Dispatch, monthly</label>
          <input id="cv-newsletter" type="email" placeholder="you@work.com" value={newsletter} onChange={(e) => setNewsletter(e.target.value)} />
          <button type="button">Subscribe</button>
        </footer>
        <pre id="model">{JSON.stringify(model, null, 1)}</pre>
      </LocalizationProvider>
    );
  }
  createRoot(document.getElementById('root')).render(<Application />);
}
