/**
 * Another posting on the same Tallowbrook Provisions careers page (Analytics Engineer, Kitchen
 * Operations): same markup and field names; its own years ranges, degree list, sponsorship
 * sentences, relocation switch, tools, open question and "how did you hear" list.
 *
 * Tallowbrook Provisions (a meal-kit company) careers page: a **Formik** form whose inputs are all
 * **MUI 9** components wired by `setFieldValue` / `getFieldProps` (the state lives only in Formik;
 * yup validates on submit). Country of residence is an Autocomplete with `groupBy` (region headers)
 * and the docs' flag + name + "(US) +1" option rendering; the phone is **react-phone-number-input**
 * whose `inputComponent` is an MUI TextField (the library's own country `<select>` beside it, the
 * value E.164); the state a `NativeSelect`; the employer an Autocomplete `freeSolo`; tools an
 * Autocomplete `multiple` with chips and `limitTags` (left to the person); the start an **MUI X
 * DatePicker** with `views={['month', 'year']}` ("MMMM YYYY"); years a Select of ranges; a hidden
 * file input inside a Button; EEO controls; an AppBar job search and a help-chat box as decoys.
 * Formik's values go to <pre id="model">.
 */
import { forwardRef } from 'react';
import { createRoot } from 'react-dom/client';
import { Formik, Form } from 'formik';
import * as Yup from 'yup';
import {
  AppBar, Autocomplete, Box, Button, Checkbox, Chip, Container, CssBaseline, Divider, FormControl, FormControlLabel, FormHelperText, FormLabel, InputAdornment, InputLabel,
  MenuItem, NativeSelect, Paper, Radio, RadioGroup, Select, Stack, Switch, TextField, Toolbar, Typography,
} from '@mui/material';
import { AdapterDayjs } from '@mui/x-date-pickers/AdapterDayjs';
import { DatePicker } from '@mui/x-date-pickers/DatePicker';
import { LocalizationProvider } from '@mui/x-date-pickers/LocalizationProvider';
import PhoneInput from 'react-phone-number-input';
import 'react-phone-number-input/style.css';

const COUNTRIES = [
  ['Americas', 'BR', 'Brazil', '55'], ['Americas', 'CA', 'Canada', '1'], ['Americas', 'MX', 'Mexico', '52'], ['Americas', 'PR', 'Puerto Rico', '1'], ['Americas', 'US', 'United States', '1'], ['Americas', 'UM', 'United States Minor Outlying Islands', '1'],
  ['Europe', 'DE', 'Germany', '49'], ['Europe', 'IE', 'Ireland', '353'], ['Europe', 'NL', 'Netherlands', '31'], ['Europe', 'GB', 'United Kingdom', '44'],
  ['Asia-Pacific', 'AU', 'Australia', '61'], ['Asia-Pacific', 'IN', 'India', '91'], ['Asia-Pacific', 'PH', 'Philippines', '63'], ['Asia-Pacific', 'SG', 'Singapore', '65'],
].map(([region, code, label, phone]) => ({ region, code, label, phone }));
const flag = (code) => String.fromCodePoint(...[...code].map((c) => 127397 + c.charCodeAt(0)));
const STATES = [['', ''], ['AZ', 'Arizona'], ['CA', 'California'], ['CO', 'Colorado'], ['IL', 'Illinois'], ['NJ', 'New Jersey'], ['NY', 'New York'], ['OR', 'Oregon'], ['TX', 'Texas'], ['WA', 'Washington']];
const EMPLOYERS = ['Blue Apron', 'Daily Harvest', 'Factor', 'Fernlake Grocers', 'HelloFresh', 'Sysco'];
const TOOLS = ['dbt', 'Fivetran', 'Hex', 'Looker', 'Metabase', 'Mode', 'Python', 'Sigma', 'Snowflake', 'Tableau'];
const YEARS = ['0–1 years', '2–3 years', '4–6 years', '7–9 years', '10+ years'];
const DEGREES = ['', 'High school / GED', 'Some college', 'Associate', 'Bachelor’s', 'Master’s', 'PhD', 'Prefer not to say'];
const SCHOOLS = ['Cal Poly San Luis Obispo', 'San Jose State University', 'Stanford University', 'University of California, Berkeley', 'University of California, Davis', 'University of California, Los Angeles', 'UC Berkeley Extension'];
const HEARD = ['Built In Colorado', 'LinkedIn', 'Tallowbrook newsletter', 'Podcast', 'Referral', 'Other'];

const PhoneField = forwardRef(function PhoneField(props, ref) {
  return <TextField {...props} inputRef={ref} id="tb-phone" label="Mobile phone" fullWidth helperText="We text interview reminders to this number." />;
});

const schema = Yup.object({
  firstName: Yup.string().required('Required'),
  lastName: Yup.string().required('Required'),
  email: Yup.string().email('Enter a valid email').required('Required'),
  country: Yup.object().nullable().required('Choose a country'),
  resume: Yup.string().required('Please attach your resume'),
  ack: Yup.boolean().oneOf([true], 'Please confirm'),
});

const initialValues = {
  firstName: '', lastName: '', preferredName: '', email: '', phone: '', country: null, state: '', city: '', linkedin: '', portfolio: '',
  employer: '', jobTitle: '', years: '', tools: [], degree: '', school: null, start: null, salary: '', authorized: '', sponsorship: '', relocate: false,
  resume: '', coverLetter: '', whyFood: '', heard: null, gender: '', race: '', veteran: '', ack: false,
};

function Application() {
  return (
    <Formik initialValues={initialValues} validationSchema={schema} onSubmit={(_, { setStatus }) => setStatus('sent')}>
      {({ values, errors, touched, status, setFieldValue, getFieldProps }) => (
        <>
          {status === 'sent' ? (
            <Paper id="tb-sent" sx={{ p: 4 }}><Typography variant="h5">Thanks, {values.firstName}! Your application is in.</Typography></Paper>
          ) : (
            <Paper component={Form} noValidate sx={{ p: 4 }}>
              <Typography variant="h6" gutterBottom>Your details</Typography>
              <Stack spacing={2.5}>
                <Stack direction="row" spacing={2}>
                  <TextField id="tb-firstName" label="First name" required fullWidth {...getFieldProps('firstName')} error={!!(touched.firstName && errors.firstName)} helperText={touched.firstName && errors.firstName} />
                  <TextField id="tb-lastName" label="Last name" required fullWidth {...getFieldProps('lastName')} error={!!(touched.lastName && errors.lastName)} helperText={touched.lastName && errors.lastName} />
                </Stack>
                <TextField id="tb-preferredName" label="Preferred name (if different)" fullWidth {...getFieldProps('preferredName')} />
                <TextField id="tb-email" label="Email" type="email" required fullWidth {...getFieldProps('email')} />
                <PhoneInput defaultCountry="US" value={values.phone} onChange={(v) => setFieldValue('phone', v ?? '')} inputComponent={PhoneField} countrySelectProps={{ 'aria-label': 'Phone number country' }} />
                <Autocomplete id="tb-country" options={COUNTRIES} groupBy={(o) => o.region} autoHighlight value={values.country} onChange={(_, v) => setFieldValue('country', v)}
                  getOptionLabel={(o) => o.label} isOptionEqualToValue={(a, b) => a.code === b.code}
                  renderOption={(props, o) => { const { key, ...rest } = props; return <Box component="li" key={key} {...rest}>{flag(o.code)} {o.label} ({o.code}) +{o.phone}</Box>; }}
                  renderInput={(params) => <TextField {...params} label="Country of residence" required error={!!(touched.country && errors.country)} helperText={touched.country && errors.country} />} />
                <Stack direction="row" spacing={2}>
                  <FormControl fullWidth>
                    <InputLabel variant="standard" htmlFor="tb-state" shrink>State</InputLabel>
                    <NativeSelect inputProps={{ id: 'tb-state', name: 'state' }} value={values.state} onChange={(e) => setFieldValue('state', e.target.value)}>
                      {STATES.map(([code, name]) => <option key={code} value={code}>{name}</option>)}
                    </NativeSelect>
                    <FormHelperText>US applicants only</FormHelperText>
                  </FormControl>
                  <TextField id="tb-city" label="City" fullWidth {...getFieldProps('city')} />
                </Stack>
                <TextField id="tb-linkedin" label="LinkedIn profile" fullWidth placeholder="https://www.linkedin.com/in/you" {...getFieldProps('linkedin')} />
                <TextField id="tb-portfolio" label="Portfolio" fullWidth {...getFieldProps('portfolio')} />
              </Stack>

              <Divider sx={{ my: 3 }} />
              <Typography variant="h6" gutterBottom>Experience</Typography>
              <Stack spacing={2.5}>
                <Stack direction="row" spacing={2}>
                  <Autocomplete id="tb-employer" freeSolo fullWidth options={EMPLOYERS} inputValue={values.employer} onInputChange={(_, v) => setFieldValue('employer', v)}
                    renderInput={(params) => <TextField {...params} label="Current employer" />} />
                  <TextField id="tb-jobTitle" label="Current job title" fullWidth {...getFieldProps('jobTitle')} />
                </Stack>
                <FormControl fullWidth>
                  <InputLabel id="tb-years-label">Years working in analytics or data engineering</InputLabel>
                  <Select labelId="tb-years-label" id="tb-years" label="Years working in analytics or data engineering" value={values.years} onChange={(e) => setFieldValue('years', e.target.value)}>
                    {YEARS.map((y) => <MenuItem key={y} value={y}>{y}</MenuItem>)}
                  </Select>
                </FormControl>
                <Autocomplete id="tb-tools" multiple limitTags={3} options={TOOLS} value={values.tools} onChange={(_, v) => setFieldValue('tools', v)}
                  renderValue={(value, getItemProps) => value.map((option, index) => { const { key, ...itemProps } = getItemProps({ index }); return <Chip key={key} label={option} size="small" {...itemProps} />; })}
                  renderInput={(params) => <TextField {...params} label="BI and modelling tools you know well" placeholder="Add tools" />} />
                <Stack direction="row" spacing={2}>
                  <FormControl fullWidth>
                    <InputLabel variant="standard" htmlFor="tb-degree" shrink>Education (highest completed)</InputLabel>
                    <NativeSelect inputProps={{ id: 'tb-degree', name: 'degree' }} value={values.degree} onChange={(e) => setFieldValue('degree', e.target.value)}>
                      {DEGREES.map((d) => <option key={d} value={d}>{d}</option>)}
                    </NativeSelect>
                  </FormControl>
                  <Autocomplete id="tb-school" fullWidth options={SCHOOLS} value={values.school} onChange={(_, v) => setFieldValue('school', v)}
                    renderInput={(params) => <TextField {...params} label="School" />} />
                </Stack>
              </Stack>

              <Divider sx={{ my: 3 }} />
              <Typography variant="h6" gutterBottom>Logistics</Typography>
              <Stack spacing={2.5}>
                <Stack direction="row" spacing={2}>
                  <Box data-field="start" sx={{ flex: 1 }}>
                    <DatePicker label="Month you could start" views={['month', 'year']} openTo="month" format="MMMM YYYY" value={values.start} onChange={(v) => setFieldValue('start', v)}
                      slotProps={{ textField: { id: 'tb-start', fullWidth: true, helperText: 'Month and year' } }} />
                  </Box>
                  <TextField id="tb-salary" label="Base salary expectation (yearly)" type="number" sx={{ flex: 1 }} {...getFieldProps('salary')}
                    slotProps={{ input: { startAdornment: <InputAdornment position="start">$</InputAdornment>, endAdornment: <InputAdornment position="end">USD</InputAdornment> } }} />
                </Stack>
                <FormControl>
                  <FormLabel id="tb-authorized-label">Can you work in the US without restriction?</FormLabel>
                  <RadioGroup row aria-labelledby="tb-authorized-label" name="authorized" value={values.authorized} onChange={(e) => setFieldValue('authorized', e.target.value)}>
                    <FormControlLabel value="yes" control={<Radio />} label="Yes" />
                    <FormControlLabel value="no" control={<Radio />} label="No" />
                  </RadioGroup>
                </FormControl>
                <FormControl>
                  <FormLabel id="tb-sponsorship-label">Will you ever need Tallowbrook to sponsor your visa?</FormLabel>
                  <RadioGroup aria-labelledby="tb-sponsorship-label" name="sponsorship" value={values.sponsorship} onChange={(e) => setFieldValue('sponsorship', e.target.value)}>
                    <FormControlLabel value="now" control={<Radio />} label="Yes, now" />
                    <FormControlLabel value="later" control={<Radio />} label="Yes, at some point in the future" />
                    <FormControlLabel value="never" control={<Radio />} label="No" />
                  </RadioGroup>
                </FormControl>
                <FormControlLabel control={<Switch id="tb-relocate" checked={values.relocate} onChange={(e) => setFieldValue('relocate', e.target.checked)} />} label="I can be at our Commerce City kitchen two days a month" />
              </Stack>

              <Divider sx={{ my: 3 }} />
              <Typography variant="h6" gutterBottom>Resume and questions</Typography>
              <Stack spacing={2.5}>
                <Box>
                  <Button component="label" variant="outlined">Upload resume
                    <input id="tb-resume" type="file" name="resume" hidden accept=".pdf,.doc,.docx" onChange={(e) => setFieldValue('resume', e.target.files?.[0]?.name ?? '')} />
                  </Button>
                  <Typography component="span" sx={{ ml: 2 }}>{values.resume || 'No file chosen'}</Typography>
                  {touched.resume && errors.resume ? <FormHelperText error>{errors.resume}</FormHelperText> : null}
                </Box>
                <TextField id="tb-coverLetter" label="Cover letter" multiline minRows={5} fullWidth {...getFieldProps('coverLetter')} />
                <TextField id="tb-whyFood" label="Which kitchen metric would you fix first, and how?" multiline minRows={3} fullWidth {...getFieldProps('whyFood')} />
                <Autocomplete id="tb-heard" options={HEARD} value={values.heard} onChange={(_, v) => setFieldValue('heard', v)} renderInput={(params) => <TextField {...params} label="Where did you find this job?" />} />
              </Stack>

              <Divider sx={{ my: 3 }} />
              <Typography variant="h6">Voluntary self-identification</Typography>
              <Typography variant="body2" color="text.secondary" gutterBottom>Optional. Your answers are kept apart from your application.</Typography>
              <Stack spacing={2.5}>
                <FormControl>
                  <FormLabel id="tb-gender-label">Gender</FormLabel>
                  <RadioGroup row aria-labelledby="tb-gender-label" name="gender" value={values.gender} onChange={(e) => setFieldValue('gender', e.target.value)}>
                    {['Female', 'Male', 'Non-binary', 'Decline to answer'].map((g) => <FormControlLabel key={g} value={g} control={<Radio />} label={g} />)}
                  </RadioGroup>
                </FormControl>
                <FormControl fullWidth>
                  <InputLabel id="tb-race-label">Race / ethnicity</InputLabel>
                  <Select labelId="tb-race-label" id="tb-race" label="Race / ethnicity" value={values.race} onChange={(e) => setFieldValue('race', e.target.value)}>
                    {['Asian', 'Black or African American', 'Hispanic or Latino', 'White', 'Two or more races', 'Decline to answer'].map((r) => <MenuItem key={r} value={r}>{r}</MenuItem>)}
                  </Select>
                </FormControl>
                <FormControl fullWidth>
                  <InputLabel id="tb-veteran-label">Veteran status</InputLabel>
                  <Select labelId="tb-veteran-label" id="tb-veteran" label="Veteran status" value={values.veteran} onChange={(e) => setFieldValue('veteran', e.target.value)}>
                    {['I am a protected veteran', 'I am not a protected veteran', 'Decline to answer'].map((r) => <MenuItem key={r} value={r}>{r}</MenuItem>)}
                  </Select>
                </FormControl>
                <FormControlLabel control={<Checkbox id="tb-ack" checked={values.ack} onChange={(e) => setFieldValue('ack', e.target.checked)} />}
                  label="I confirm the information in this application is true and complete." />
                {touched.ack && errors.ack ? <FormHelperText error>{errors.ack}</FormHelperText> : null}
                <Box><Button id="tb-submit" type="submit" variant="contained" size="large">Submit application</Button></Box>
              </Stack>
            </Paper>
          )}
          <pre id="model">{JSON.stringify({ ...values, country: values.country?.code ?? null, start: values.start ? values.start.format('YYYY-MM') : null })}</pre>
        </>
      )}
    </Formik>
  );
}

function Page() {
  return (
    <LocalizationProvider dateAdapter={AdapterDayjs}>
      <CssBaseline />
      <AppBar position="static" color="default" elevation={0}>
        <Toolbar sx={{ gap: 2 }}>
          <Typography variant="h6" sx={{ flexGrow: 1 }}>Tallowbrook Provisions · Careers</Typography>
          <TextField id="tb-search" size="small" placeholder="Search jobs" slotProps={{ htmlInput: { 'aria-label': 'Search jobs' } }} />
        </Toolbar>
      </AppBar>
      <Container maxWidth="md" sx={{ py: 4 }}>
        <Typography variant="overline">Data · Remote (US), monthly visits to Commerce City, CO</Typography>
        <Typography variant="h4" gutterBottom>Analytics Engineer, Kitchen Operations</Typography>
        <Typography paragraph>Our kitchens cook, pack and chill 600,000 meal kits a week. You will model line throughput, waste and labour data so kitchen leads see yesterday’s numbers before the first shift starts.</Typography>
        <Application />
      </Container>
      <Paper id="tb-chat" elevation={6} sx={{ position: 'fixed', right: 16, bottom: 16, p: 2, width: 260 }}>
        <Typography variant="subtitle2">Questions? Chat with our recruiting team</Typography>
        <TextField id="tb-chat-name" size="small" label="Your name" fullWidth sx={{ mt: 1 }} />
        <TextField id="tb-chat-email" size="small" label="Your email" fullWidth sx={{ mt: 1 }} />
        <Button size="small" sx={{ mt: 1 }}>Start chat</Button>
      </Paper>
    </LocalizationProvider>
  );
}

createRoot(document.getElementById('root')).render(<Page />);
