/**
 * A telehealth company's careers site built with MUI Joy UI (5.0.0-beta.52, `@mui/joy`), the way
 * Joy's docs compose things: FormControl + FormLabel + Input / Textarea / FormHelperText (ids from
 * FormControl's useId, label `for` them, helpers through aria-describedby), the docs' "Country
 * select" Autocomplete (flag + name + "(US) +1" per option, `autoComplete: 'new-password'` on the
 * input, autoHighlight), a phone Input whose startDecorator is a plain Joy Select of calling codes,
 * the docs' currency pattern (a "$" startDecorator and a Select endDecorator "US dollar"), Joy
 * Selects (button role=combobox, listbox in a Popper at the end of <body>, a hidden input carrying
 * the value), RadioGroups (native radios with a <label> each, one group overlaid on Sheets), a
 * freeSolo pronoun Autocomplete, a multiple skills Autocomplete to leave alone, an `Input
 * type="date"`, the docs' "file upload" Button component="label" around a visually hidden input,
 * Checkbox and Switch. Header job search and a footer job-alert box. State in useState, rendered
 * into <pre id="model">.
 */
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import countries from 'world-countries/countries.json';
import { CssVarsProvider, styled } from '@mui/joy/styles';
import CssBaseline from '@mui/joy/CssBaseline';
import Autocomplete from '@mui/joy/Autocomplete';
import AutocompleteOption from '@mui/joy/AutocompleteOption';
import Box from '@mui/joy/Box';
import Button from '@mui/joy/Button';
import Card from '@mui/joy/Card';
import Checkbox from '@mui/joy/Checkbox';
import Divider from '@mui/joy/Divider';
import FormControl from '@mui/joy/FormControl';
import FormHelperText from '@mui/joy/FormHelperText';
import FormLabel from '@mui/joy/FormLabel';
import Input from '@mui/joy/Input';
import Link from '@mui/joy/Link';
import ListItemContent from '@mui/joy/ListItemContent';
import ListItemDecorator from '@mui/joy/ListItemDecorator';
import Option from '@mui/joy/Option';
import Radio from '@mui/joy/Radio';
import RadioGroup from '@mui/joy/RadioGroup';
import Select from '@mui/joy/Select';
import Sheet from '@mui/joy/Sheet';
import Stack from '@mui/joy/Stack';
import Switch from '@mui/joy/Switch';
import Textarea from '@mui/joy/Textarea';
import Typography from '@mui/joy/Typography';
import Alert from '@mui/joy/Alert';
import Chip from '@mui/joy/Chip';

const COUNTRY_OPTIONS = countries
  .map((c) => ({ code: c.cca2, label: c.name.common, flag: c.flag, phone: (c.idd.root ?? '').replace('+', '') + (c.idd.suffixes?.length === 1 ? c.idd.suffixes[0] : '') }))
  .sort((a, b) => a.label.localeCompare(b.label));

const DIAL_CODES = [
  { value: 'US', label: '🇺🇸 +1' },
  { value: 'CA', label: '🇨🇦 +1' },
  { value: 'MX', label: '🇲🇽 +52' },
  { value: 'GB', label: '🇬🇧 +44' },
  { value: 'IE', label: '🇮🇪 +353' },
  { value: 'IN', label: '🇮🇳 +91' },
  { value: 'PH', label: '🇵🇭 +63' },
];

const SKILLS = ['Airflow', 'BigQuery', 'dbt', 'FHIR', 'HL7 v2', 'Kafka', 'Python', 'Scala', 'Snowflake', 'Spark', 'SQL', 'Terraform'];
const PRONOUNS = ['she/her', 'he/him', 'they/them', 'ze/hir'];

const VisuallyHiddenInput = styled('input')`
  clip: rect(0 0 0 0);
  clip-path: inset(50%);
  height: 1px;
  overflow: hidden;
  position: absolute;
  bottom: 0;
  left: 0;
  white-space: nowrap;
  width: 1px;
`;

const INITIAL = {
  firstName: '',
  lastName: '',
  preferredName: '',
  email: '',
  dialCode: 'US',
  phone: '',
  country: null,
  city: '',
  linkedin: '',
  github: '',
  company: '',
  jobTitle: '',
  experience: null,
  education: '',
  authorized: '',
  sponsorship: null,
  pronouns: '',
  salary: '',
  currency: 'dollar',
  startDate: '',
  skills: [],
  offices: [],
  resume: '',
  coverLetter: '',
  whyMarrowind: '',
  source: null,
  gender: null,
  veteran: '',
  consent: false,
  talentCommunity: false,
};

const CURRENCY_SIGN = { dollar: '$', euro: '€', pound: '£' };

function Field({ label, helper, required, children, name }) {
  return (
    <FormControl required={required} data-name={name}>
      <FormLabel>{label}</FormLabel>
      {children}
      {helper ? <FormHelperText>{helper}</FormHelperText> : null}
    </FormControl>
  );
}

function Application() {
  const [form, setForm] = useState(INITIAL);
  const [submitted, setSubmitted] = useState(false);
  const [error, setError] = useState('');
  const set = (key) => (value) => setForm((f) => ({ ...f, [key]: value }));
  const onText = (key) => (event) => set(key)(event.target.value);

  const model = { ...form, country: form.country ? form.country.label : null };
  const modelEl = document.getElementById('model');
  if (modelEl) modelEl.textContent = JSON.stringify(model, null, 2);

  if (submitted) {
    return (
      <Box sx={{ maxWidth: 760, mx: 'auto', my: 6 }} id="application-received">
        <Alert color="success" variant="soft" size="lg">Thanks, {form.firstName}! Your application for Senior Data Engineer is in. Our recruiting team reviews every application within two weeks.</Alert>
      </Box>
    );
  }

  const submit = (event) => {
    event.preventDefault();
    if (!form.consent) {
      setError('Please confirm you have read the Applicant Privacy Notice.');
      return;
    }
    if (!form.resume) {
      setError('Please attach your resume.');
      return;
    }
    setSubmitted(true);
  };

  return (
    <>
      <Sheet component="header" variant="solid" color="primary" invertedColors sx={{ px: 4, py: 1.5, display: 'flex', alignItems: 'center', gap: 3 }}>
        <Typography level="title-lg" sx={{ flex: 1 }}>Marrowind Health · Careers</Typography>
        <Link href="#teams">Teams</Link>
        <Link href="#benefits">Benefits</Link>
        <form role="search" onSubmit={(e) => e.preventDefault()}>
          <Input size="sm" name="q" placeholder="Search jobs" startDecorator={<span aria-hidden="true">⌕</span>} slotProps={{ input: { 'aria-label': 'Search jobs', id: 'header-search' } }} />
        </form>
      </Sheet>

      <Box sx={{ maxWidth: 760, mx: 'auto', my: 4, px: 2 }}>
        <Chip variant="soft" color="primary" size="sm">Engineering · Remote (US) or Boston, MA</Chip>
        <Typography level="h2" sx={{ mt: 1 }}>Senior Data Engineer, Clinical Data Platform</Typography>
        <Typography level="body-md" sx={{ mt: 1, mb: 3 }}>
          Help clinicians see the whole patient. You'll own the pipelines that move visit, lab and pharmacy data
          from 40+ partner systems into our FHIR-native warehouse.
        </Typography>

        <Card variant="outlined" component="form" noValidate onSubmit={submit} id="apply-form" sx={{ gap: 2.5, p: 3 }}>
          <Typography level="title-lg">Apply for this job</Typography>
          <Typography level="body-sm">Fields marked with * are required.</Typography>

          <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
            <Field label="First name" required name="firstName">
              <Input name="firstName" value={form.firstName} onChange={onText('firstName')} autoComplete="given-name" />
            </Field>
            <Field label="Last name" required name="lastName">
              <Input name="lastName" value={form.lastName} onChange={onText('lastName')} autoComplete="family-name" />
            </Field>
          </Stack>
          <Field label="Preferred first name" helper="Optional — if it's different from your legal first name." name="preferredName">
            <Input name="preferredName" value={form.preferredName} onChange={onText('preferredName')} />
          </Field>
          <Field label="Email" required name="email">
            <Input type="email" name="email" value={form.email} onChange={onText('email')} placeholder="you@example.com" />
          </Field>
          <Field label="Phone" required helper="We'll only text you about interview scheduling." name="phone">
            <Input
              type="tel"
              name="phone"
              value={form.phone}
              onChange={onText('phone')}
              placeholder="(555) 123-4567"
              startDecorator={
                <>
                  <Select
                    variant="plain"
                    size="sm"
                    value={form.dialCode}
                    onChange={(_, value) => set('dialCode')(value)}
                    slotProps={{ button: { 'aria-label': 'Country calling code' } }}
                    sx={{ mr: -1.5, '&:hover': { bgcolor: 'transparent' } }}
                  >
                    {DIAL_CODES.map((d) => (
                      <Option key={d.value} value={d.value}>{d.label}</Option>
                    ))}
                  </Select>
                  <Divider orientation="vertical" />
                </>
              }
            />
          </Field>
          <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
            <Field label="Country of residence" required name="country">
              <Autocomplete
                placeholder="Choose a country"
                name="country"
                autoHighlight
                options={COUNTRY_OPTIONS}
                value={form.country}
                onChange={(_, value) => set('country')(value)}
                getOptionLabel={(option) => option.label}
                isOptionEqualToValue={(a, b) => a.code === b.code}
                slotProps={{ input: { autoComplete: 'new-password' } }}
                renderOption={(props, option) => (
                  <AutocompleteOption {...props} key={option.code}>
                    <ListItemDecorator>{option.flag}</ListItemDecorator>
                    <ListItemContent>
                      <Typography level="body-sm">{option.label}</Typography>
                      <Typography level="body-xs">({option.code}) +{option.phone}</Typography>
                    </ListItemContent>
                  </AutocompleteOption>
                )}
              />
            </Field>
            <Field label="City" required name="city">
              <Input name="city" value={form.city} onChange={onText('city')} placeholder="e.g. Boston" />
            </Field>
          </Stack>
          <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
            <Field label="LinkedIn profile" name="linkedin">
              <Input type="url" name="linkedin" value={form.linkedin} onChange={onText('linkedin')} placeholder="https://linkedin.com/in/…" />
            </Field>
            <Field label="GitHub or portfolio" name="github">
              <Input type="url" name="github" value={form.github} onChange={onText('github')} placeholder="https://" />
            </Field>
          </Stack>

          <Divider />
          <Typography level="title-md">Experience</Typography>
          <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
            <Field label="Current or most recent employer" name="company">
              <Input name="company" value={form.company} onChange={onText('company')} />
            </Field>
            <Field label="Current or most recent job title" name="jobTitle">
              <Input name="jobTitle" value={form.jobTitle} onChange={onText('jobTitle')} />
            </Field>
          </Stack>
          <Field label="Years of professional data engineering experience" required name="experience">
            <Select name="experience" placeholder="Select…" value={form.experience} onChange={(_, value) => set('experience')(value)}>
              <Option value="lt2">Less than 2 years</Option>
              <Option value="2-4">2–4 years</Option>
              <Option value="5-7">5–7 years</Option>
              <Option value="8-10">8–10 years</Option>
              <Option value="10+">More than 10 years</Option>
            </Select>
          </Field>
          <FormControl data-name="education">
            <FormLabel id="education-label">Highest level of education completed</FormLabel>
            <RadioGroup
              name="education"
              aria-labelledby="education-label"
              value={form.education}
              onChange={onText('education')}
              overlay
              sx={{ gap: 1 }}
            >
              {['High school or GED', 'Associate degree', "Bachelor's degree", "Master's degree", 'Doctorate (PhD, MD, PharmD)'].map((label) => (
                <Sheet key={label} variant="outlined" sx={{ borderRadius: 'md', px: 1.5, py: 1 }}>
                  <Radio value={label} label={label} />
                </Sheet>
              ))}
            </RadioGroup>
          </FormControl>
          <Field label="Skills" helper="Pick the tools you've used in production." name="skills">
            <Autocomplete
              multiple
              name="skills"
              placeholder="Add skills"
              options={SKILLS}
              value={form.skills}
              onChange={(_, value) => set('skills')(value)}
            />
          </Field>

          <Divider />
          <Typography level="title-md">Logistics</Typography>
          <FormControl required data-name="authorized">
            <FormLabel id="authorized-label">Are you legally authorized to work in the United States?</FormLabel>
            <RadioGroup orientation="horizontal" name="authorized" aria-labelledby="authorized-label" value={form.authorized} onChange={onText('authorized')}>
              <Radio value="yes" label="Yes" />
              <Radio value="no" label="No" />
            </RadioGroup>
          </FormControl>
          <Field label="Will you now or in the future require visa sponsorship to work for Marrowind?" required name="sponsorship">
            <Select name="sponsorship" placeholder="Select an answer" value={form.sponsorship} onChange={(_, value) => set('sponsorship')(value)}>
              <Option value="no">No, I will not require sponsorship</Option>
              <Option value="yes-now">Yes, I require sponsorship now</Option>
              <Option value="yes-future">Yes, I will require sponsorship in the future</Option>
            </Select>
          </Field>
          <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
            <Field label="Desired base salary" helper="Annual, before tax." name="salary">
              <Input
                type="number"
                name="salary"
                value={form.salary}
                onChange={onText('salary')}
                placeholder="Amount"
                startDecorator={CURRENCY_SIGN[form.currency]}
                endDecorator={
                  <>
                    <Divider orientation="vertical" />
                    <Select
                      variant="plain"
                      value={form.currency}
                      onChange={(_, value) => set('currency')(value)}
                      slotProps={{ listbox: { variant: 'outlined' }, button: { 'aria-label': 'Currency' } }}
                      sx={{ mr: -1.5, '&:hover': { bgcolor: 'transparent' } }}
                    >
                      <Option value="dollar">US dollar</Option>
                      <Option value="euro">Euro</Option>
                      <Option value="pound">British pound</Option>
                    </Select>
                  </>
                }
              />
            </Field>
            <Field label="Earliest start date" name="startDate">
              <Input type="date" name="startDate" value={form.startDate} onChange={onText('startDate')} slotProps={{ input: { min: '2026-12-01' } }} />
            </Field>
          </Stack>
          <Field label="Pronouns" helper="Optional. Choose one or type your own." name="pronouns">
            <Autocomplete
              freeSolo
              name="pronouns"
              options={PRONOUNS}
              inputValue={form.pronouns}
              onInputChange={(_, value) => set('pronouns')(value)}
              placeholder="e.g. they/them"
            />
          </Field>
          <FormControl data-name="offices">
            <FormLabel>Which hubs could you work from at least twice a month?</FormLabel>
            <Stack direction="row" spacing={3}>
              {['Boston, MA', 'Nashville, TN', 'Denver, CO'].map((office) => (
                <Checkbox
                  key={office}
                  name="offices"
                  value={office}
                  label={office}
                  checked={form.offices.includes(office)}
                  onChange={(e) => set('offices')(e.target.checked ? [...form.offices, office] : form.offices.filter((o) => o !== office))}
                />
              ))}
            </Stack>
            <FormHelperText>Leave blank if you'd be fully remote.</FormHelperText>
          </FormControl>

          <Divider />
          <Typography level="title-md">Documents</Typography>
          <FormControl required data-name="resume">
            <FormLabel>Resume</FormLabel>
            <Stack direction="row" spacing={2} alignItems="center">
              <Button component="label" role={undefined} tabIndex={-1} variant="outlined" color="neutral" startDecorator={<span aria-hidden="true">⬆</span>}>
                Upload a file
                <VisuallyHiddenInput type="file" name="resume" accept=".pdf,.doc,.docx" onChange={(e) => set('resume')(e.target.files?.[0]?.name ?? '')} />
              </Button>
              <Typography level="body-sm" id="resume-file-name">{form.resume || 'No file chosen'}</Typography>
            </Stack>
            <FormHelperText>PDF or Word, up to 5 MB.</FormHelperText>
          </FormControl>
          <Field label="Cover letter" name="coverLetter">
            <Textarea
              name="coverLetter"
              minRows={4}
              value={form.coverLetter}
              onChange={onText('coverLetter')}
              placeholder="Tell us about yourself…"
              endDecorator={<Typography level="body-xs" sx={{ ml: 'auto' }}>{form.coverLetter.length} / 3000 characters</Typography>}
            />
          </Field>
          <Field label="What draws you to healthcare data?" name="whyMarrowind" helper="A few sentences is plenty.">
            <Textarea name="whyMarrowind" minRows={3} value={form.whyMarrowind} onChange={onText('whyMarrowind')} />
          </Field>
          <Field label="How did you hear about this role?" name="source">
            <Select name="source" placeholder="Select a source" value={form.source} onChange={(_, value) => set('source')(value)}>
              <Option value="linkedin">LinkedIn</Option>
              <Option value="referral">Employee referral</Option>
              <Option value="event">Conference or meetup</Option>
              <Option value="board">Job board</Option>
              <Option value="other">Other</Option>
            </Select>
          </Field>

          <Divider />
          <Typography level="title-md">Voluntary self-identification</Typography>
          <Typography level="body-sm">Answering is optional and won't affect your application.</Typography>
          <Field label="Gender" name="gender">
            <Select name="gender" placeholder="Select…" value={form.gender} onChange={(_, value) => set('gender')(value)}>
              <Option value="female">Female</Option>
              <Option value="male">Male</Option>
              <Option value="nonbinary">Non-binary</Option>
              <Option value="decline">I don't wish to answer</Option>
            </Select>
          </Field>
          <FormControl data-name="veteran">
            <FormLabel id="veteran-label">Veteran status</FormLabel>
            <RadioGroup name="veteran" aria-labelledby="veteran-label" value={form.veteran} onChange={onText('veteran')}>
              <Radio value="protected" label="I identify as one or more of the classifications of protected veteran" />
              <Radio value="not" label="I am not a protected veteran" />
              <Radio value="decline" label="I don't wish to answer" />
            </RadioGroup>
          </FormControl>

          <Divider />
          <Checkbox
            name="consent"
            data-name="consent"
            checked={form.consent}
            onChange={(e) => set('consent')(e.target.checked)}
            label={<>I have read the <Link href="#privacy">Applicant Privacy Notice</Link> *</>}
          />
          <Switch
            data-name="talentCommunity"
            checked={form.talentCommunity}
            onChange={(e) => set('talentCommunity')(e.target.checked)}
            slotProps={{ input: { name: 'talentCommunity', 'aria-label': 'Join our talent community' } }}
            endDecorator="Keep me in Marrowind's talent community for future roles"
          />
          {error ? <Alert color="danger" variant="soft" id="form-error">{error}</Alert> : null}
          <Button type="submit" size="lg" id="submit-application">Submit application</Button>
        </Card>
      </Box>

      <Sheet component="footer" variant="soft" sx={{ mt: 6, py: 4, px: 4 }}>
        <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2} alignItems="flex-end" sx={{ maxWidth: 760, mx: 'auto' }}>
          <FormControl sx={{ flex: 1 }}>
            <FormLabel>Get new Marrowind jobs in your inbox</FormLabel>
            <Input name="alertsEmail" type="email" placeholder="Email address" slotProps={{ input: { id: 'job-alert-email' } }} />
          </FormControl>
          <Button variant="soft" type="button">Subscribe</Button>
        </Stack>
        <Typography level="body-xs" sx={{ textAlign: 'center', mt: 3 }}>© 2026 Marrowind Health, Inc. · Equal opportunity employer</Typography>
      </Sheet>
    </>
  );
}

createRoot(document.getElementById('root')).render(
  <CssVarsProvider>
    <CssBaseline />
    <Application />
  </CssVarsProvider>,
);
