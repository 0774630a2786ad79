/**
 * A careers site ("Brightwater Careers") built on react-hook-form + MUI, with two react-select
 * AsyncSelects (location and school load suggestions 300 ms after typing), a grouped MUI
 * Autocomplete for the country ("Suggested" first, then every country A–Z), a freeSolo MUI
 * Autocomplete for the current job title, react-phone-number-input's react-hook-form binding
 * (country select preset to Canada, E.164 in the form state), a salary TextField whose end
 * adornment is a borderless MUI Select for the pay period, MUI RadioGroups for yes/no questions,
 * a hidden file input inside a Button, and per-posting questions. The form values are rendered
 * into <pre id="model">.
 */
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import { Controller, useForm } from 'react-hook-form';
import AsyncSelect from 'react-select/async';
import PhoneInputWithCountry from 'react-phone-number-input/react-hook-form';
import 'react-phone-number-input/style.css';
import {
  Autocomplete, Box, Button, Checkbox, FormControl, FormControlLabel, FormHelperText, FormLabel, InputAdornment, InputLabel,
  MenuItem, Radio, RadioGroup, Select, TextField, Typography,
} from '@mui/material';

const PLACES = [
  'San Francisco, California, United States',
  'South San Francisco, California, United States',
  'San Francisco de Macorís, Duarte, Dominican Republic',
  'San Fernando, California, United States',
  'Santa Fe, New Mexico, United States',
  'Oakland, California, United States',
  'San Jose, California, United States',
  'Seattle, Washington, United States',
  'Toronto, Ontario, Canada',
  'Vancouver, British Columbia, Canada',
  'New York, New York, United States',
  'Austin, Texas, United States',
];
const SCHOOLS = [
  'University of California, Berkeley',
  'University of California, Davis',
  'University of California, Los Angeles',
  'University of California, San Diego',
  'University of California, Santa Cruz',
  'Berkeley City College',
  'Berklee College of Music',
  'University of San Francisco',
  'San Francisco State University',
  'Stanford University',
  'University of Toronto',
  'University of British Columbia',
  'University of Washington',
];
const ALL_COUNTRIES = ['Argentina', 'Australia', 'Brazil', 'Canada', 'Chile', 'China', 'France', 'Germany', 'India', 'Ireland', 'Israel', 'Italy', 'Japan',
  'Mexico', 'Netherlands', 'New Zealand', 'Philippines', 'Poland', 'Portugal', 'Singapore', 'South Korea', 'Spain', 'Sweden', 'Switzerland',
  'United Arab Emirates', 'United Kingdom', 'United States', 'United States Minor Outlying Islands', 'Uruguay', 'Vietnam'];
const SUGGESTED = ['Canada', 'United States', 'United Kingdom'];
const COUNTRY_OPTIONS = [
  ...SUGGESTED.map((name) => ({ key: `s-${name}`, name, group: 'Suggested' })),
  ...ALL_COUNTRIES.map((name) => ({ key: `a-${name}`, name, group: 'All countries' })),
];
const TITLES = ['Analytics Engineer', 'Data Analyst', 'Data Engineer', 'Data Scientist', 'Machine Learning Engineer', 'Platform Engineer',
  'Senior Analytics Engineer', 'Senior Data Engineer', 'Senior Software Engineer', 'Software Engineer', 'Staff Data Engineer'];
const DEGREES = ['High school diploma or GED', 'Associate degree', "Bachelor's degree (BA, BS, BEng)", "Master's degree (MA, MS, MBA)", 'Doctorate (PhD, EdD)', 'Other'];
const SOURCES = ['LinkedIn', 'Indeed', 'Brightwater Careers website', 'Employee referral', 'Conference or meetup', 'Other'];
const GENDERS = ['Woman', 'Man', 'Non-binary', 'I prefer not to say'];
const RACES = ['American Indian or Alaska Native', 'Asian', 'Black or African American', 'Hispanic or Latino', 'Native Hawaiian or Other Pacific Islander', 'White', 'Two or more races', 'I prefer not to say'];

const wait = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const loader = (list) => async (input) => {
  await wait(300);
  const query = input.trim().toLowerCase();
  if (query.length < 2) return [];
  return list.filter((name) => name.toLowerCase().includes(query)).map((name) => ({ value: name, label: name }));
};
const loadPlaces = loader(PLACES);
const loadSchools = loader(SCHOOLS);

function FieldBlock({ id, label, helper, required, children }) {
  return (
    <FormControl fullWidth margin="normal" data-field={id}>
      <FormLabel id={`${id}-label`} htmlFor={`bw-${id}-input`} required={required} sx={{ mb: 0.5 }}>{label}</FormLabel>
      {children}
      {helper ? <FormHelperText sx={{ mx: 0 }}>{helper}</FormHelperText> : null}
    </FormControl>
  );
}

function MuiSelectField({ control, name, label, options, id }) {
  return (
    <FormControl fullWidth margin="normal">
      <InputLabel id={`${id}-label`} shrink>{label}</InputLabel>
      <Controller
        name={name}
        control={control}
        render={({ field }) => (
          <Select {...field} id={id} labelId={`${id}-label`} label={label} notched displayEmpty
            renderValue={(value) => (value ? value : <span className="bw-placeholder">Select…</span>)}>
            {options.map((option) => <MenuItem key={option} value={option}>{option}</MenuItem>)}
          </Select>
        )}
      />
    </FormControl>
  );
}

function YesNo({ control, name, label, id, options = ['Yes', 'No'], required }) {
  return (
    <FormControl margin="normal" fullWidth data-q={id}>
      <FormLabel id={`${id}-label`} required={required}>{label}</FormLabel>
      <Controller
        name={name}
        control={control}
        render={({ field }) => (
          <RadioGroup {...field} row={options.length <= 2} aria-labelledby={`${id}-label`} name={`bw-${id}`}>
            {options.map((option) => <FormControlLabel key={option} value={option} control={<Radio />} label={option} />)}
          </RadioGroup>
        )}
      />
    </FormControl>
  );
}

function Question({ q, control, register }) {
  const name = `questions.q_${q.id}`;
  const id = `bw-q-${q.id}`;
  if (q.type === 'radio') return <YesNo control={control} name={name} id={id} label={q.label} options={q.options} required={q.required} />;
  if (q.type === 'select') return <MuiSelectField control={control} name={name} id={id} label={q.label} options={q.options} />;
  return (
    <TextField {...register(name)} id={id} label={q.label} fullWidth margin="normal" multiline={q.type === 'textarea'} minRows={q.type === 'textarea' ? 3 : undefined}
      placeholder={q.placeholder} helperText={q.helper} slotProps={{ inputLabel: { shrink: true }, htmlInput: q.type === 'number' ? { inputMode: 'numeric' } : undefined }} />
  );
}

const selectStyles = { control: (base) => ({ ...base, minHeight: 48 }), menu: (base) => ({ ...base, zIndex: 5 }) };

function Application({ job }) {
  const questionDefaults = Object.fromEntries(job.questions.map((q) => [`q_${q.id}`, '']));
  const { control, register, handleSubmit, watch } = useForm({
    defaultValues: {
      firstName: '', lastName: '', email: '', phone: '', location: null, country: null, currentTitle: '', currentCompany: '',
      school: null, degree: '', linkedin: '', salary: '', salaryPeriod: '', authorized: '', sponsorship: '', startDate: '',
      resume: '', questions: questionDefaults, source: '', gender: '', race: '', jobAlerts: false, referralCode: '',
    },
  });
  const [done, setDone] = useState(false);
  const values = watch();
  if (done) return <Typography id="done" className="done">Thanks, {values.firstName}! Your application for {job.title} is in.</Typography>;
  const model = { ...values, location: values.location ? values.location.value : null, school: values.school ? values.school.value : null, country: values.country ? values.country.name : null };
  return (
    <Box component="form" noValidate onSubmit={handleSubmit(() => setDone(true))}>
      <Typography variant="h4" component="h1">{job.title}</Typography>
      <Typography color="text.secondary">{job.company} · {job.where} · {job.team}</Typography>
      {job.description.map((line) => <Typography key={line} sx={{ my: 1 }}>{line}</Typography>)}
      <Typography variant="h6" component="h2" sx={{ mt: 3 }}>Your details</Typography>
      <Box sx={{ display: 'flex', gap: 2 }}>
        <TextField {...register('firstName', { required: true })} id="bw-firstName" label="First name" required fullWidth margin="normal" autoComplete="given-name" />
        <TextField {...register('lastName', { required: true })} id="bw-lastName" label="Last name" required fullWidth margin="normal" autoComplete="family-name" />
      </Box>
      <TextField {...register('email', { required: true })} id="bw-email" type="email" label="Email address" required fullWidth margin="normal" />
      <FieldBlock id="phone" label="Mobile phone" helper="We'll only text you about interview times.">
        <PhoneInputWithCountry name="phone" control={control} defaultCountry={job.phoneCountry} id="bw-phone-input" className="bw-phone" />
      </FieldBlock>
      <FieldBlock id="location" label="Where do you live?" helper="Start typing your city">
        <Controller name="location" control={control} render={({ field }) => (
          <AsyncSelect {...field} inputId="bw-location-input" classNamePrefix="bwsel" cacheOptions loadOptions={loadPlaces} isClearable
            placeholder="Search for a city" noOptionsMessage={({ inputValue }) => (inputValue.length < 2 ? 'Type at least 2 characters' : 'No matches')} styles={selectStyles} />
        )} />
      </FieldBlock>
      <Controller name="country" control={control} render={({ field }) => (
        <Autocomplete
          id="bw-country"
          options={COUNTRY_OPTIONS}
          groupBy={(option) => option.group}
          getOptionLabel={(option) => option.name}
          getOptionKey={(option) => option.key}
          isOptionEqualToValue={(option, value) => option.name === value.name}
          value={field.value}
          onChange={(_, value) => field.onChange(value)}
          renderInput={(params) => <TextField {...params} label="Country of residence" margin="normal" />}
        />
      )} />
      <Typography variant="h6" component="h2" sx={{ mt: 3 }}>Experience</Typography>
      <Controller name="currentTitle" control={control} render={({ field }) => (
        <Autocomplete
          id="bw-currentTitle"
          freeSolo
          options={TITLES}
          inputValue={field.value}
          onInputChange={(_, value) => field.onChange(value)}
          renderInput={(params) => <TextField {...params} label="Current job title" margin="normal" helperText="Pick one or type your own" />}
        />
      )} />
      <TextField {...register('currentCompany')} id="bw-currentCompany" label="Current company" fullWidth margin="normal" />
      <FieldBlock id="school" label="School or university">
        <Controller name="school" control={control} render={({ field }) => (
          <AsyncSelect {...field} inputId="bw-school-input" classNamePrefix="bwsel" cacheOptions loadOptions={loadSchools} isClearable
            placeholder="Search schools" noOptionsMessage={({ inputValue }) => (inputValue.length < 2 ? 'Type at least 2 characters' : 'No matches')} styles={selectStyles} />
        )} />
      </FieldBlock>
      <MuiSelectField control={control} name="degree" id="bw-degree" label="Highest level of education" options={DEGREES} />
      <TextField {...register('linkedin')} id="bw-linkedin" label="LinkedIn profile" placeholder="https://linkedin.com/in/…" fullWidth margin="normal" slotProps={{ inputLabel: { shrink: true } }} />
      <Controller name="salaryPeriod" control={control} render={({ field: periodField }) => (
        <TextField {...register('salary')} id="bw-salary" label="Desired base pay" fullWidth margin="normal" helperText={`Amount in ${job.currency}`}
          slotProps={{
            htmlInput: { inputMode: 'numeric' },
            input: {
              startAdornment: <InputAdornment position="start">$</InputAdornment>,
              endAdornment: (
                <InputAdornment position="end">
                  <Select {...periodField} id="bw-salaryPeriod" variant="standard" disableUnderline displayEmpty inputProps={{ 'aria-label': 'Pay period' }}
                    renderValue={(value) => (value ? `per ${value}` : 'per…')}>
                    <MenuItem value="hour">per hour</MenuItem>
                    <MenuItem value="month">per month</MenuItem>
                    <MenuItem value="year">per year</MenuItem>
                  </Select>
                </InputAdornment>
              ),
            },
          }} />
      )} />
      <TextField {...register('startDate')} id="bw-startDate" type="date" label="Earliest start date" fullWidth margin="normal" slotProps={{ inputLabel: { shrink: true } }} />
      <Typography variant="h6" component="h2" sx={{ mt: 3 }}>Work eligibility</Typography>
      <YesNo control={control} name="authorized" id="bw-authorized" label={job.authorizedLabel} required />
      <YesNo control={control} name="sponsorship" id="bw-sponsorship" label={job.sponsorshipLabel} required />
      <Typography variant="h6" component="h2" sx={{ mt: 3 }}>Resume</Typography>
      <Controller name="resume" control={control} render={({ field }) => (
        <Box sx={{ my: 1 }}>
          <Button component="label" variant="outlined" id="bw-resume-button">
            Upload resume
            <input id="bw-resume" type="file" accept=".pdf,.doc,.docx" hidden onChange={(event) => field.onChange(event.target.files[0] ? event.target.files[0].name : '')} />
          </Button>
          <Typography component="span" sx={{ ml: 2 }} color="text.secondary">{field.value || 'PDF or Word, up to 5 MB'}</Typography>
        </Box>
      )} />
      <Typography variant="h6" component="h2" sx={{ mt: 3 }}>A few questions from the team</Typography>
      {job.questions.map((q) => <Question key={q.id} q={q} control={control} register={register} />)}
      <MuiSelectField control={control} name="source" id="bw-source" label="How did you find this job?" options={SOURCES} />
      <TextField {...register('referralCode')} id="bw-referralCode" label="Referral code (optional)" fullWidth margin="normal" />
      <Typography variant="h6" component="h2" sx={{ mt: 3 }}>Voluntary self-identification</Typography>
      <Typography variant="body2" color="text.secondary">Answering is optional and does not affect your application.</Typography>
      <MuiSelectField control={control} name="gender" id="bw-gender" label="Gender" options={GENDERS} />
      <MuiSelectField control={control} name="race" id="bw-race" label="Race / ethnicity" options={RACES} />
      <Controller name="jobAlerts" control={control} render={({ field }) => (
        <FormControlLabel control={<Checkbox id="bw-jobAlerts" checked={field.value} onChange={(event) => field.onChange(event.target.checked)} />}
          label={`Email me new ${job.team} jobs at ${job.company}`} />
      )} />
      <Box sx={{ mt: 2 }}><Button type="submit" variant="contained" id="bw-submit">Submit application</Button></Box>
      <pre id="model">{JSON.stringify(model)}</pre>
    </Box>
  );
}

function Page({ job }) {
  return (
    <>
      <header className="bw-header">
        <span className="bw-logo">{job.company} Careers</span>
        <form role="search" className="bw-search" onSubmit={(event) => event.preventDefault()}>
          <input id="bw-site-search" type="search" name="q" placeholder="Search jobs" aria-label="Search jobs" />
        </form>
      </header>
      <main className="bw-main"><Application job={job} /></main>
    </>
  );
}

export function renderApplication(job) {
  createRoot(document.getElementById('root')).render(<Page job={job} />);
}
