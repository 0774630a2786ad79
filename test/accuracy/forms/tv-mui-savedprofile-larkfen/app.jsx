/**
 * Larkfen Health's careers SPA (MUI + react-hook-form) for a signed-in candidate. The application starts
 * empty, then the saved candidate profile arrives (a fetch, 0.5 s) and is put into the form with reset():
 * some of it is still right, some of it is from 2023 (city, state, employer, years), and two saved choices
 * are not the person's at all (degree, sponsorship). The account email is shown read-only. A "Refer a
 * friend" card sits beside the application. The form state is rendered into <pre id="model">.
 */
import { useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { Controller, useForm } from 'react-hook-form';
import Alert from '@mui/material/Alert';
import AppBar from '@mui/material/AppBar';
import Autocomplete from '@mui/material/Autocomplete';
import Button from '@mui/material/Button';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import Checkbox from '@mui/material/Checkbox';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormLabel from '@mui/material/FormLabel';
import MenuItem from '@mui/material/MenuItem';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Toolbar from '@mui/material/Toolbar';
import Typography from '@mui/material/Typography';

const COUNTRIES = ['Canada', 'Mexico', 'United Kingdom', 'United States', 'United States Minor Outlying Islands'];
const STATES = ['Arizona', 'California', 'Colorado', 'Nevada', 'Oregon', 'Utah', 'Washington'];
const YEARS = ['Less than 3 years', '3–5 years', '6–9 years', '10+ years'];
const DEGREES = ['High school diploma', "Associate's degree", "Bachelor's degree", "Master's degree", 'Doctorate'];
const PRONOUNS = ['She/her', 'He/him', 'They/them', 'Prefer to self-describe', 'Prefer not to say'];

const EMPTY = {
  accountEmail: 'ysoldine.q.zx7k@example.test', firstName: '', lastName: '', phone: '', city: '', state: '', country: null,
  employer: '', jobTitle: '', school: '', degree: '', years: '', authorized: '', sponsorship: '', pronouns: '',
  coverLetter: '', resume: '', attest: false,
};

// GET /api/candidate/me/profile (last saved 2023-08-19)
const SAVED = {
  ...EMPTY, firstName: 'Ysoldine', lastName: 'Quarrington', phone: '+1 415 555 0134', city: 'Portland', state: 'Oregon',
  country: 'United States', employer: 'Halvorsen Freight', jobTitle: 'Senior Data Engineer',
  school: 'University of California, Berkeley', degree: "Master's degree", years: '3–5 years', authorized: 'yes', sponsorship: 'yes',
};

const hiddenInput = { clip: 'rect(0 0 0 0)', clipPath: 'inset(50%)', height: 1, overflow: 'hidden', position: 'absolute', whiteSpace: 'nowrap', width: 1 };

function ReferCard() {
  const [refer, setRefer] = useState({ friendName: '', friendEmail: '', note: '' });
  const set = (key) => (event) => setRefer({ ...refer, [key]: event.target.value });
  return (
    <Card variant="outlined" component="section" aria-labelledby="refer-title">
      <CardContent>
        <Typography id="refer-title" variant="h6" gutterBottom>Refer a friend</Typography>
        <Typography variant="body2" color="text.secondary" gutterBottom>Know someone for this role? Earn a $1,000 referral bonus.</Typography>
        <Stack spacing={1.5} component="form" onSubmit={(event) => event.preventDefault()}>
          <TextField id="refer-name" label="Friend's full name" size="small" value={refer.friendName} onChange={set('friendName')} />
          <TextField id="refer-email" label="Friend's email" type="email" size="small" value={refer.friendEmail} onChange={set('friendEmail')} />
          <TextField id="refer-note" label="Why are they a fit?" size="small" multiline minRows={2} value={refer.note} onChange={set('note')} />
          <Button type="submit" variant="outlined" size="small">Send referral</Button>
        </Stack>
      </CardContent>
    </Card>
  );
}

function Application() {
  const [done, setDone] = useState(false);
  const [loaded, setLoaded] = useState(false);
  const { control, handleSubmit, watch, reset, setValue } = useForm({ defaultValues: EMPTY });
  useEffect(() => {
    const timer = setTimeout(() => { reset(SAVED); setLoaded(true); }, 500);
    return () => clearTimeout(timer);
  }, [reset]);

  const text = (name, label, props = {}) => (
    <Controller name={name} control={control} rules={props.required ? { required: true } : undefined}
      render={({ field, fieldState }) => <TextField {...field} {...props} id={name} label={label} error={Boolean(fieldState.error)} fullWidth />} />
  );
  const select = (name, label, options, props = {}) => (
    <div data-field={name}>
      <Controller name={name} control={control} rules={props.required ? { required: true } : undefined}
        render={({ field }) => (
          <TextField {...field} select id={name} label={label} fullWidth {...props}>
            {options.map((option) => <MenuItem key={option} value={option}>{option}</MenuItem>)}
          </TextField>
        )} />
    </div>
  );
  const yesNo = (name, question, labels) => (
    <Controller name={name} control={control} rules={{ required: true }}
      render={({ field }) => (
        <FormControl>
          <FormLabel id={`${name}-label`}>{question}</FormLabel>
          <RadioGroup {...field} row name={name} aria-labelledby={`${name}-label`}>
            <FormControlLabel value="yes" control={<Radio />} label={labels[0]} />
            <FormControlLabel value="no" control={<Radio />} label={labels[1]} />
          </RadioGroup>
        </FormControl>
      )} />
  );

  if (done) return <Alert severity="success" id="done">Application submitted. We'll be in touch.</Alert>;
  return (
    <form onSubmit={handleSubmit(() => setDone(true))} noValidate>
      <Stack spacing={2.5}>
        {loaded
          ? <Alert severity="info" id="profile-note">We've filled in your application from your candidate profile (last updated August 2023). Anything you change here also updates your profile.</Alert>
          : <Alert severity="info" icon={false}>Loading your profile…</Alert>}
        <Typography variant="h6">Contact</Typography>
        <Controller name="accountEmail" control={control}
          render={({ field }) => <TextField {...field} id="accountEmail" label="Email (your sign-in)" fullWidth helperText="To change it, go to Account settings." slotProps={{ input: { readOnly: true } }} />} />
        <Stack direction="row" spacing={2}>
          {text('firstName', 'First name', { required: true })}
          {text('lastName', 'Last name', { required: true })}
        </Stack>
        {text('phone', 'Phone', { required: true, helperText: 'Include your country code, e.g. +1 555 555 5555' })}
        <Stack direction="row" spacing={2}>
          {text('city', 'City')}
          {select('state', 'State', STATES)}
        </Stack>
        <div data-field="country">
          <Controller name="country" control={control}
            render={({ field }) => (
              <Autocomplete options={COUNTRIES} value={field.value} onChange={(_, value) => field.onChange(value)} id="country"
                renderInput={(params) => <TextField {...params} label="Country" />} />
            )} />
        </div>
        <Typography variant="h6">Experience</Typography>
        <Stack direction="row" spacing={2}>
          {text('employer', 'Current company')}
          {text('jobTitle', 'Current title')}
        </Stack>
        {select('years', 'Years of professional experience', YEARS)}
        <Stack direction="row" spacing={2}>
          {text('school', 'School')}
          {select('degree', 'Highest degree', DEGREES)}
        </Stack>
        <Typography variant="h6">Eligibility</Typography>
        {yesNo('authorized', 'Are you authorized to work in the United States?', ['Yes', 'No'])}
        {yesNo('sponsorship', 'Will you need Larkfen to sponsor a visa for you, now or in the future?', ['Yes', 'No'])}
        {select('pronouns', 'Pronouns (optional)', PRONOUNS)}
        <Typography variant="h6">Documents</Typography>
        <Stack direction="row" spacing={2} alignItems="center">
          <Button component="label" variant="outlined" id="resume-button">
            Upload resume
            <input type="file" id="resume" accept=".pdf,.doc,.docx" style={hiddenInput} onChange={(event) => setValue('resume', event.target.files[0]?.name ?? '')} />
          </Button>
          <Typography variant="body2" color="text.secondary">{watch('resume') || 'On your profile: Quarrington_resume_Aug2023.pdf'}</Typography>
        </Stack>
        {text('coverLetter', 'Cover letter (optional)', { multiline: true, minRows: 4 })}
        <Controller name="attest" control={control} rules={{ validate: (value) => value === true }}
          render={({ field }) => (
            <FormControlLabel label="I confirm the information in this application is accurate."
              control={<Checkbox name="attest" id="attest" checked={field.value} onChange={(event) => field.onChange(event.target.checked)} />} />
          )} />
        <Button type="submit" variant="contained" id="submit" size="large">Submit application</Button>
      </Stack>
      <pre id="model">{JSON.stringify(watch())}</pre>
    </form>
  );
}

function Page() {
  return (
    <>
      <AppBar position="static" color="default" elevation={0}>
        <Toolbar sx={{ gap: 2 }}>
          <Typography variant="h6" sx={{ flexGrow: 1 }}>Larkfen Health Careers</Typography>
          <Typography variant="body2">Signed in as ysoldine.q.zx7k@example.test</Typography>
        </Toolbar>
      </AppBar>
      <Typography variant="h4" sx={{ mt: 3 }}>Senior Data Engineer, Claims Platform</Typography>
      <Typography color="text.secondary" gutterBottom>Remote (US) · Engineering</Typography>
      <Stack direction="row" spacing={3} alignItems="flex-start" sx={{ mt: 2 }}>
        <Card sx={{ flex: 1 }}><CardContent><Application /></CardContent></Card>
        <Stack spacing={2} sx={{ width: 300 }}><ReferCard /></Stack>
      </Stack>
    </>
  );
}

createRoot(document.getElementById('root')).render(<Page />);
