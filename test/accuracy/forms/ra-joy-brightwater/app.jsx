/**
 * Brightwater Ledger (a London-founded B2B payments company hiring its first US data team) careers
 * page on **MUI Joy UI** (5.0.0-beta), state in **Formik** (validated on blur). Joy idioms from its
 * docs: FormControl + FormLabel + FormHelperText; a phone Input whose startDecorator is a plain
 * Joy Select of dial codes (flag + code, preset "🇬🇧 +44"); a location **Autocomplete that loads
 * its options after typing** (loading spinner, 3+ characters); a country Autocomplete with
 * **groupBy** region; a **freeSolo** current-employer Autocomplete (any text is kept); a skills
 * Autocomplete **multiple + freeSolo with chips and limitTags**; a Select **multiple** with a
 * Chip renderValue for offices; RadioGroup of **overlay Sheet cards** for education; Inputs with
 * a "linkedin.com/in/" startDecorator, and a salary Input with "$" and a currency Select
 * endDecorator preset to "GBP"; `type=date` Input; a hidden file input in a Button
 * component="label"; Textarea; EEO Selects; a consent Checkbox. Values in <pre id="model">.
 */
import { useEffect, useRef, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { useFormik } from 'formik';
import countries from 'world-countries';
import { CssVarsProvider } from '@mui/joy/styles';
import CssBaseline from '@mui/joy/CssBaseline';
import Autocomplete from '@mui/joy/Autocomplete';
import Box from '@mui/joy/Box';
import Button from '@mui/joy/Button';
import Checkbox from '@mui/joy/Checkbox';
import Chip from '@mui/joy/Chip';
import CircularProgress from '@mui/joy/CircularProgress';
import Divider from '@mui/joy/Divider';
import FormControl from '@mui/joy/FormControl';
import FormHelperText from '@mui/joy/FormHelperText';
import FormLabel from '@mui/joy/FormLabel';
import Input from '@mui/joy/Input';
import Option from '@mui/joy/Option';
import Radio from '@mui/joy/Radio';
import RadioGroup from '@mui/joy/RadioGroup';
import Select from '@mui/joy/Select';
import Sheet from '@mui/joy/Sheet';
import Stack from '@mui/joy/Stack';
import Textarea from '@mui/joy/Textarea';
import Typography from '@mui/joy/Typography';

const DIALS = [
  { value: 'GB', label: '🇬🇧 +44' }, { value: 'IE', label: '🇮🇪 +353' }, { value: 'CA', label: '🇨🇦 +1' }, { value: 'US', label: '🇺🇸 +1' },
  { value: 'DE', label: '🇩🇪 +49' }, { value: 'FR', label: '🇫🇷 +33' }, { value: 'NL', label: '🇳🇱 +31' }, { value: 'IN', label: '🇮🇳 +91' },
];
const PLACES = [
  'San Francisco, CA, USA', 'South San Francisco, CA, USA', 'San Fernando, CA, USA', 'San Jose, CA, USA', 'Oakland, CA, USA', 'New York, NY, USA',
  'Newark, NJ, USA', 'Brooklyn, NY, USA', 'Austin, TX, USA', 'Chicago, IL, USA', 'London, UK', 'Manchester, UK', 'Dublin, Ireland', 'Toronto, ON, Canada',
];
const COUNTRIES = countries
  .map((c) => ({ name: c.name.common, region: c.region }))
  .sort((a, b) => a.region.localeCompare(b.region) || a.name.localeCompare(b.name));
const EMPLOYERS = ['Stripe', 'Adyen', 'Plaid', 'Brex', 'Ramp', 'Wise', 'Revolut', 'Monzo', 'Square', 'JPMorgan Chase', 'Goldman Sachs'];
const SKILLS = ['Python', 'SQL', 'Scala', 'Spark', 'Kafka', 'Airflow', 'dbt', 'Snowflake', 'BigQuery', 'Redshift', 'Terraform', 'Kubernetes'];
const wait = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

function LocationField({ value, onChange, onBlur, error }) {
  const [input, setInput] = useState('');
  const [options, setOptions] = useState([]);
  const [loading, setLoading] = useState(false);
  const ticket = useRef(0);
  useEffect(() => {
    const mine = ++ticket.current;
    if (input.trim().length < 3) {
      setOptions(value ? [value] : []);
      setLoading(false);
      return;
    }
    setLoading(true);
    wait(500).then(() => {
      if (mine !== ticket.current) return;
      setOptions(PLACES.filter((p) => p.toLowerCase().includes(input.trim().toLowerCase())));
      setLoading(false);
    });
  }, [input]);
  return (
    <FormControl error={!!error}>
      <FormLabel>Where are you based?</FormLabel>
      <Autocomplete
        placeholder="Type 3 letters of your city"
        options={options}
        value={value}
        onChange={(e, next) => onChange(next)}
        inputValue={input}
        onInputChange={(e, next) => setInput(next)}
        filterOptions={(x) => x}
        loading={loading}
        noOptionsText={input.trim().length < 3 ? 'Keep typing…' : 'No locations found'}
        endDecorator={loading ? <CircularProgress size="sm" sx={{ bgcolor: 'background.surface' }} /> : null}
        slotProps={{ input: { id: 'bw-location', name: 'location', onBlur } }}
      />
      {error ? <FormHelperText>{error}</FormHelperText> : <FormHelperText>We hire in California, New York and Texas</FormHelperText>}
    </FormControl>
  );
}

function App() {
  const [sent, setSent] = useState(false);
  const f = useFormik({
    initialValues: {
      fullName: '', email: '', dialCode: 'GB', phone: '', location: null, country: null, employer: '', title: '', years: null,
      skills: [], offices: [], education: '', school: '', linkedin: '', github: '', salary: '', currency: 'GBP', startDate: '',
      authorized: '', sponsorship: null, resume: '', coverLetter: '', gender: null, veteran: null, consent: false,
    },
    validateOnBlur: true,
    validateOnChange: false,
    validate: (v) => {
      const e = {};
      if (!v.fullName.trim()) e.fullName = 'Please enter your name';
      if (!/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(v.email)) e.email = 'Please enter a valid email';
      if (!/^[\d\s()-]{7,}$/.test(v.phone)) e.phone = 'Please enter a phone number without the country code';
      if (!v.location) e.location = 'Please choose a location from the list';
      if (!v.authorized) e.authorized = 'Required';
      if (!v.resume) e.resume = 'Please upload your resume';
      if (!v.consent) e.consent = 'Required';
      return e;
    },
    onSubmit: () => setSent(true),
  });
  const v = f.values;
  const err = (name) => (f.touched[name] || f.submitCount > 0 ? f.errors[name] : undefined);
  const set = (name) => (e, next) => f.setFieldValue(name, next);
  const text = (name) => ({ name, value: v[name], onChange: f.handleChange, onBlur: f.handleBlur });

  if (sent)
    return (
      <Sheet id="bw-thanks" variant="soft" color="success" sx={{ p: 3, borderRadius: 'md' }}>
        <Typography level="h3">Thanks, we have your application</Typography>
        <Typography>Our US recruiting lead will reply within a week.</Typography>
      </Sheet>
    );

  return (
    <form id="bw-apply" onSubmit={f.handleSubmit} noValidate>
      <Stack spacing={2.5}>
        <Typography level="title-lg">Your details</Typography>
        <FormControl error={!!err('fullName')} required>
          <FormLabel>Full name</FormLabel>
          <Input slotProps={{ input: { id: 'bw-fullName' } }} {...text('fullName')} />
          {err('fullName') ? <FormHelperText>{err('fullName')}</FormHelperText> : null}
        </FormControl>
        <FormControl error={!!err('email')} required>
          <FormLabel>Email</FormLabel>
          <Input type="email" slotProps={{ input: { id: 'bw-email' } }} {...text('email')} />
          {err('email') ? <FormHelperText>{err('email')}</FormHelperText> : null}
        </FormControl>
        <FormControl error={!!err('phone')} required>
          <FormLabel>Phone number</FormLabel>
          <Input
            type="tel"
            slotProps={{ input: { id: 'bw-phone' } }}
            {...text('phone')}
            startDecorator={
              <>
                <Select variant="plain" value={v.dialCode} onChange={set('dialCode')} slotProps={{ button: { id: 'bw-dial', 'aria-label': 'Country calling code' }, listbox: { id: 'bw-dial-list' } }} sx={{ mr: -1.5, '&:hover': { bgcolor: 'transparent' } }}>
                  {DIALS.map((d) => <Option key={d.value} value={d.value}>{d.label}</Option>)}
                </Select>
                <Divider orientation="vertical" />
              </>
            }
          />
          {err('phone') ? <FormHelperText>{err('phone')}</FormHelperText> : null}
        </FormControl>
        <LocationField value={v.location} onChange={(next) => f.setFieldValue('location', next)} onBlur={() => f.setFieldTouched('location')} error={err('location')} />
        <FormControl>
          <FormLabel>Country of residence</FormLabel>
          <Autocomplete
            placeholder="Choose a country"
            options={COUNTRIES}
            groupBy={(option) => option.region}
            getOptionLabel={(option) => option.name}
            isOptionEqualToValue={(a, b) => a.name === b.name}
            value={v.country ? COUNTRIES.find((c) => c.name === v.country) ?? null : null}
            onChange={(e, next) => f.setFieldValue('country', next ? next.name : null)}
            slotProps={{ input: { id: 'bw-country', name: 'country' } }}
          />
        </FormControl>

        <Divider />
        <Typography level="title-lg">Experience</Typography>
        <Stack direction="row" spacing={2}>
          <FormControl sx={{ flex: 1 }}>
            <FormLabel>Current or most recent employer</FormLabel>
            <Autocomplete
              freeSolo
              options={EMPLOYERS}
              inputValue={v.employer}
              onInputChange={(e, next) => f.setFieldValue('employer', next)}
              slotProps={{ input: { id: 'bw-employer', name: 'employer' } }}
            />
          </FormControl>
          <FormControl sx={{ flex: 1 }}>
            <FormLabel>Job title</FormLabel>
            <Input slotProps={{ input: { id: 'bw-title' } }} {...text('title')} />
          </FormControl>
        </Stack>
        <FormControl>
          <FormLabel id="bw-years-label">Years of experience</FormLabel>
          <Select placeholder="Select…" value={v.years} onChange={set('years')} slotProps={{ button: { id: 'bw-years', 'aria-labelledby': 'bw-years-label bw-years' }, listbox: { id: 'bw-years-list' } }}>
            {['0–2 years', '3–6 years', '7–10 years', 'More than 10 years'].map((o) => <Option key={o} value={o}>{o}</Option>)}
          </Select>
        </FormControl>
        <FormControl>
          <FormLabel>Skills</FormLabel>
          <Autocomplete
            multiple
            freeSolo
            limitTags={4}
            placeholder="Add skills"
            options={SKILLS}
            value={v.skills}
            onChange={set('skills')}
            slotProps={{ input: { id: 'bw-skills', name: 'skills' } }}
          />
          <FormHelperText>Pick from the list or type and press Enter</FormHelperText>
        </FormControl>
        <FormControl>
          <FormLabel id="bw-offices-label">Which offices could you work from?</FormLabel>
          <Select
            multiple
            placeholder="Select offices"
            value={v.offices}
            onChange={set('offices')}
            renderValue={(selected) => (
              <Box sx={{ display: 'flex', gap: '0.25rem' }}>
                {selected.map((o) => <Chip key={o.value} variant="soft" color="primary">{o.label}</Chip>)}
              </Box>
            )}
            slotProps={{ button: { id: 'bw-offices', 'aria-labelledby': 'bw-offices-label bw-offices' }, listbox: { id: 'bw-offices-list' } }}
          >
            {['New York', 'San Francisco', 'Austin', 'London', 'Remote (US)'].map((o) => <Option key={o} value={o}>{o}</Option>)}
          </Select>
        </FormControl>
        <FormControl>
          <FormLabel>Highest level of education</FormLabel>
          <RadioGroup name="education" value={v.education} onChange={f.handleChange} sx={{ gap: 1 }}>
            {["High school or equivalent", "Associate's degree", "Bachelor's degree", "Master's degree", 'Doctorate'].map((o) => (
              <Sheet key={o} variant="outlined" sx={{ p: 1.5, borderRadius: 'sm' }}>
                <Radio overlay value={o} label={o} />
              </Sheet>
            ))}
          </RadioGroup>
        </FormControl>
        <FormControl>
          <FormLabel>University</FormLabel>
          <Input slotProps={{ input: { id: 'bw-school' } }} {...text('school')} />
        </FormControl>
        <Stack direction="row" spacing={2}>
          <FormControl sx={{ flex: 1 }}>
            <FormLabel>LinkedIn</FormLabel>
            <Input startDecorator="linkedin.com/in/" placeholder="your-name" slotProps={{ input: { id: 'bw-linkedin' } }} {...text('linkedin')} />
          </FormControl>
          <FormControl sx={{ flex: 1 }}>
            <FormLabel>GitHub</FormLabel>
            <Input placeholder="https://github.com/…" slotProps={{ input: { id: 'bw-github' } }} {...text('github')} />
          </FormControl>
        </Stack>

        <Divider />
        <Typography level="title-lg">Logistics</Typography>
        <Stack direction="row" spacing={2}>
          <FormControl sx={{ flex: 1 }}>
            <FormLabel>Salary expectation (base, per year)</FormLabel>
            <Input
              type="number"
              startDecorator="$"
              slotProps={{ input: { id: 'bw-salary', min: 0, step: 1000 } }}
              {...text('salary')}
              endDecorator={
                <>
                  <Divider orientation="vertical" />
                  <Select variant="plain" value={v.currency} onChange={set('currency')} slotProps={{ button: { id: 'bw-currency', 'aria-label': 'Currency' }, listbox: { id: 'bw-currency-list' } }} sx={{ mr: -1.5 }}>
                    {['GBP', 'EUR', 'USD', 'CAD'].map((c) => <Option key={c} value={c}>{c}</Option>)}
                  </Select>
                </>
              }
            />
          </FormControl>
          <FormControl sx={{ flex: 1 }}>
            <FormLabel>Earliest start date</FormLabel>
            <Input type="date" slotProps={{ input: { id: 'bw-startDate', min: '2026-12-01' } }} {...text('startDate')} />
          </FormControl>
        </Stack>
        <FormControl error={!!err('authorized')}>
          <FormLabel>Are you authorised to work in the United States?</FormLabel>
          <RadioGroup orientation="horizontal" name="authorized" value={v.authorized} onChange={f.handleChange}>
            <Radio value="yes" label="Yes" />
            <Radio value="no" label="No" />
          </RadioGroup>
        </FormControl>
        <FormControl>
          <FormLabel id="bw-sponsorship-label">Will you require visa sponsorship to work in the US?</FormLabel>
          <Select placeholder="Select…" value={v.sponsorship} onChange={set('sponsorship')} slotProps={{ button: { id: 'bw-sponsorship', 'aria-labelledby': 'bw-sponsorship-label bw-sponsorship' }, listbox: { id: 'bw-sponsorship-list' } }}>
            <Option value="no">No</Option>
            <Option value="yes">Yes</Option>
          </Select>
        </FormControl>

        <Divider />
        <Typography level="title-lg">Resume</Typography>
        <FormControl error={!!err('resume')}>
          <FormLabel>CV / Resume</FormLabel>
          <Stack direction="row" spacing={2} alignItems="center">
            <Button component="label" variant="outlined" color="neutral" tabIndex={-1}>
              Upload a file
              <input
                type="file"
                name="resume"
                id="bw-resume"
                accept=".pdf,.doc,.docx"
                style={{ clip: 'rect(0 0 0 0)', clipPath: 'inset(50%)', height: 1, overflow: 'hidden', position: 'absolute', bottom: 0, left: 0, whiteSpace: 'nowrap', width: 1 }}
                onChange={(e) => f.setFieldValue('resume', e.target.files[0] ? e.target.files[0].name : '')}
              />
            </Button>
            <Typography level="body-sm">{v.resume || 'PDF or Word'}</Typography>
          </Stack>
        </FormControl>
        <FormControl>
          <FormLabel>Cover letter</FormLabel>
          <Textarea minRows={4} slotProps={{ textarea: { id: 'bw-coverLetter' } }} {...text('coverLetter')} />
          <FormHelperText>Optional, but we read every one</FormHelperText>
        </FormControl>

        <Divider />
        <Typography level="title-lg">Voluntary self-identification (US)</Typography>
        <Stack direction="row" spacing={2}>
          <FormControl sx={{ flex: 1 }}>
            <FormLabel id="bw-gender-label">Gender</FormLabel>
            <Select placeholder="Select…" value={v.gender} onChange={set('gender')} slotProps={{ button: { id: 'bw-gender', 'aria-labelledby': 'bw-gender-label bw-gender' } }}>
              {['Female', 'Male', 'Non-binary', 'I prefer not to say'].map((o) => <Option key={o} value={o}>{o}</Option>)}
            </Select>
          </FormControl>
          <FormControl sx={{ flex: 1 }}>
            <FormLabel id="bw-veteran-label">Veteran status</FormLabel>
            <Select placeholder="Select…" value={v.veteran} onChange={set('veteran')} slotProps={{ button: { id: 'bw-veteran', 'aria-labelledby': 'bw-veteran-label bw-veteran' } }}>
              {['I am a protected veteran', 'I am not a protected veteran', 'I prefer not to say'].map((o) => <Option key={o} value={o}>{o}</Option>)}
            </Select>
          </FormControl>
        </Stack>
        <Checkbox name="consent" checked={v.consent} onChange={(e) => f.setFieldValue('consent', e.target.checked)} slotProps={{ input: { id: 'bw-consent' } }}
          label="I agree to Brightwater Ledger storing my application data for 12 months" color={err('consent') ? 'danger' : 'neutral'} />
        <Button type="submit" size="lg" id="bw-submit">Submit application</Button>
      </Stack>
      <pre id="model">{JSON.stringify(v)}</pre>
    </form>
  );
}

function Page() {
  return (
    <CssVarsProvider>
      <CssBaseline />
      <Sheet sx={{ display: 'flex', alignItems: 'center', gap: 3, px: 5, py: 1.5, borderBottom: '1px solid', borderColor: 'divider' }}>
        <Typography level="title-lg" sx={{ color: '#0b6bcb' }}>brightwater ledger</Typography>
        <Typography level="body-sm">Product</Typography>
        <Typography level="body-sm">Customers</Typography>
        <Typography level="body-sm">Careers</Typography>
        <Box sx={{ ml: 'auto', display: 'flex', gap: 1 }}>
          <Input size="sm" placeholder="Email for job alerts" slotProps={{ input: { id: 'bw-alerts', name: 'alerts', 'aria-label': 'Email for job alerts' } }} />
          <Button size="sm" variant="soft">Notify me</Button>
        </Box>
      </Sheet>
      <Box sx={{ maxWidth: 720, mx: 'auto', my: 4, px: 2 }}>
        <Typography level="body-sm">Data · New York, San Francisco or Austin · Hybrid</Typography>
        <Typography level="h2" sx={{ mb: 1 }}>Senior Data Engineer (US)</Typography>
        <Typography sx={{ mb: 3 }}>We move £40bn a year between businesses in 31 countries. Our first US data hire will build the ledger-to-warehouse pipelines for our US launch: reconciliations, settlement reporting and the data our risk team runs on. $160,000 – $190,000 + equity.</Typography>
        <App />
      </Box>
    </CssVarsProvider>
  );
}

createRoot(document.getElementById('root')).render(<Page />);
