/**
 * Another Tamarind Travel posting (Analytics Engineer, Loyalty) on the same careers page: the same
 * contact block, this job's own questions ("0–3 / 4–7 / 8–11 / 12+" years, "Undergraduate degree",
 * a sentence authorization Select, "Yes, now or later" sponsorship, a portfolio box instead of
 * GitHub, a Rewards-member question and a tools Autocomplete left alone).
 *
 * A travel-booking company's careers page built with MUI **Joy UI** (`@mui/joy` 5.0.0-beta.52) and
 * **react-hook-form** Controllers, composed as Joy's docs compose things: FormControl + FormLabel +
 * Input / Textarea / FormHelperText (label `for` the input through FormControl's generated id), a
 * phone Input with a fixed "🇺🇸 +1" startDecorator, a LinkedIn Input with a fixed
 * "linkedin.com/in/" startDecorator, Joy **Autocomplete** for "Where do you live?" ("South San
 * Francisco" and an Argentine San Francisco listed), Joy **Select** (button role=combobox with the
 * id set through slotProps, listbox in a Popper at the end of <body>, a hidden input), a
 * **ToggleButtonGroup** of year ranges (aria-pressed buttons), a RadioGroup of overlay Radios on
 * Sheets (education), RadioGroups, `Input type="date"`, the docs' currency Input ("$" start, a
 * currency Select end, preset to US dollar), the docs' "file upload" Button component="label"
 * around a visually hidden input, a multiple Autocomplete of languages, Checkbox and a header
 * "Find a trip" box and a footer deals newsletter. The form values go into <pre id="model">.
 */
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import { Controller, useForm } from 'react-hook-form';
import { CssVarsProvider } from '@mui/joy/styles';
import CssBaseline from '@mui/joy/CssBaseline';
import Autocomplete from '@mui/joy/Autocomplete';
import Box from '@mui/joy/Box';
import Button from '@mui/joy/Button';
import Card from '@mui/joy/Card';
import Checkbox from '@mui/joy/Checkbox';
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
import ToggleButtonGroup from '@mui/joy/ToggleButtonGroup';
import Typography from '@mui/joy/Typography';
import { styled } from '@mui/joy';

const PLACES = [
  'Oakland, California, United States', 'Sacramento, California, United States', 'San Diego, California, United States',
  'San Francisco, California, United States', 'San Francisco, Córdoba, Argentina', 'San Jose, California, United States',
  'South San Francisco, California, United States', 'Seattle, Washington, United States', 'Lisbon, Portugal',
  'Barcelona, Spain', 'London, United Kingdom', 'Toronto, Ontario, Canada',
];
const COUNTRIES = ['Argentina', 'Canada', 'France', 'Germany', 'Ireland', 'Mexico', 'Portugal', 'Spain', 'United Kingdom', 'United States', 'Other'];
const YEARS = ['0–3', '4–7', '8–11', '12+'];
const EDUCATION = ['Secondary school', 'Some college', 'Undergraduate degree', 'Postgraduate degree'];
const TOOLS = ['dbt', 'Looker', 'Snowflake', 'BigQuery', 'Braze', 'Amplitude', 'Segment'];
const HEARD = ['Tamarind careers site', 'LinkedIn', 'Built In', 'A Tamarind employee', 'Tamarind Rewards newsletter', 'Other'];
const GENDER = ['Female', 'Male', 'Non-binary', 'Prefer to self-describe', 'Prefer not to answer'];

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

function Application() {
  const [sent, setSent] = useState(false);
  const [trip, setTrip] = useState('');
  const [deals, setDeals] = useState('');
  const { control, watch, handleSubmit, formState } = useForm({
    defaultValues: {
      firstName: '', lastName: '', email: '', phone: '', location: null, country: null, linkedin: '', portfolio: '',
      employer: '', jobTitle: '', years: null, education: '', authorized: null, sponsorship: '', startDate: '',
      salary: '', currency: 'dollar', resume: '', coverLetter: '', rewardsMember: '', heardFrom: null, tools: [],
      gender: null, smsUpdates: false, privacy: false,
    },
  });
  const values = watch();

  const input = (name, label, props = {}, help) => (
    <Controller
      name={name}
      control={control}
      render={({ field }) => (
        <FormControl id={name}>
          <FormLabel>{label}</FormLabel>
          <Input {...props} name={name} value={field.value} onChange={(event) => field.onChange(event.target.value)} onBlur={field.onBlur} />
          {help && <FormHelperText>{help}</FormHelperText>}
        </FormControl>
      )}
    />
  );
  const select = (name, label, options, placeholder) => (
    <Controller
      name={name}
      control={control}
      render={({ field }) => (
        <FormControl id={name}>
          <FormLabel>{label}</FormLabel>
          <Select placeholder={placeholder} value={field.value} onChange={(_event, next) => field.onChange(next)}>
            {options.map((option) => (
              <Option key={option} value={option}>{option}</Option>
            ))}
          </Select>
        </FormControl>
      )}
    />
  );

  if (sent) {
    return (
      <Box sx={{ maxWidth: 820, mx: 'auto', my: 6 }} id="application-sent">
        <Typography level="h3">Thanks — your application is on its way.</Typography>
      </Box>
    );
  }

  return (
    <>
      <Sheet variant="solid" color="primary" invertedColors sx={{ display: 'flex', alignItems: 'center', gap: 2, px: 4, py: 1.5 }}>
        <Typography level="title-lg" sx={{ flex: 1 }}>tamarind · careers</Typography>
        <Input id="trip-search" size="sm" placeholder="Where to?" value={trip} onChange={(event) => setTrip(event.target.value)} />
        <Button size="sm" variant="soft">Find a trip</Button>
      </Sheet>
      <Box sx={{ maxWidth: 820, mx: 'auto', my: 4, px: 2 }}>
        <Typography level="h2">Analytics Engineer, Loyalty</Typography>
        <Typography level="body-md" sx={{ mb: 2 }}>Remote (US) · Growth &amp; Loyalty</Typography>
        <Typography level="body-md" sx={{ mb: 3 }}>
          Tamarind Rewards has four million members. You will model how they earn and burn points, and give the loyalty team one trusted view of member value.
        </Typography>
        <form id="apply" onSubmit={handleSubmit(() => setSent(true))} noValidate>
          <Card variant="outlined" sx={{ mb: 3 }}>
            <Typography level="title-lg">Contact details</Typography>
            <Stack direction="row" spacing={2}>
              <Box sx={{ flex: 1 }}>{input('firstName', 'First name')}</Box>
              <Box sx={{ flex: 1 }}>{input('lastName', 'Last name')}</Box>
            </Stack>
            {input('email', 'Email', { type: 'email' })}
            {input('phone', 'Mobile phone', { type: 'tel', startDecorator: '🇺🇸 +1' }, 'US numbers only for now.')}
            <Controller
              name="location"
              control={control}
              render={({ field }) => (
                <FormControl id="location">
                  <FormLabel>Where do you live?</FormLabel>
                  <Autocomplete
                    placeholder="Search for your city"
                    options={PLACES}
                    value={field.value}
                    onChange={(_event, next) => field.onChange(next)}
                  />
                </FormControl>
              )}
            />
            {select('country', 'Country', COUNTRIES, 'Choose a country')}
          </Card>

          <Card variant="outlined" sx={{ mb: 3 }}>
            <Typography level="title-lg">Profiles</Typography>
            {input('linkedin', 'LinkedIn', { startDecorator: 'linkedin.com/in/' })}
            {input('portfolio', 'Portfolio or personal site', { placeholder: 'https://' })}
          </Card>

          <Card variant="outlined" sx={{ mb: 3 }}>
            <Typography level="title-lg">Background</Typography>
            <Stack direction="row" spacing={2}>
              <Box sx={{ flex: 1 }}>{input('employer', 'Current employer')}</Box>
              <Box sx={{ flex: 1 }}>{input('jobTitle', 'Current job title')}</Box>
            </Stack>
            <Controller
              name="years"
              control={control}
              render={({ field }) => (
                <FormControl>
                  <FormLabel>Years of experience in analytics or data engineering</FormLabel>
                  <ToggleButtonGroup id="years-group" value={field.value} onChange={(_event, next) => field.onChange(next)} aria-label="Years of experience in analytics or data engineering">
                    {YEARS.map((option) => (
                      <Button key={option} value={option}>{option}</Button>
                    ))}
                  </ToggleButtonGroup>
                </FormControl>
              )}
            />
            <Controller
              name="education"
              control={control}
              render={({ field }) => (
                <FormControl>
                  <FormLabel id="education-label">Highest education completed</FormLabel>
                  <RadioGroup aria-labelledby="education-label" name="education" value={field.value} onChange={(event) => field.onChange(event.target.value)} orientation="horizontal" sx={{ gap: 1, flexWrap: 'wrap' }}>
                    {EDUCATION.map((option) => (
                      <Sheet key={option} variant="outlined" sx={{ p: 1.5, borderRadius: 'md', minWidth: 150 }}>
                        <Radio overlay value={option} label={option} />
                      </Sheet>
                    ))}
                  </RadioGroup>
                </FormControl>
              )}
            />
            {select('authorized', 'Can you legally work in the US without restrictions?', ['Yes, I can', 'No, I cannot'], 'Select')}
            <Controller
              name="sponsorship"
              control={control}
              render={({ field }) => (
                <FormControl>
                  <FormLabel id="sponsorship-label">Will you need Tamarind to sponsor a work visa for you?</FormLabel>
                  <RadioGroup aria-labelledby="sponsorship-label" name="sponsorship" orientation="horizontal" value={field.value} onChange={(event) => field.onChange(event.target.value)}>
                    <Radio value="yes" label="Yes, now or later" />
                    <Radio value="no" label="No" />
                  </RadioGroup>
                </FormControl>
              )}
            />
          </Card>

          <Card variant="outlined" sx={{ mb: 3 }}>
            <Typography level="title-lg">Timing and pay</Typography>
            {input('startDate', 'Earliest start date', { type: 'date' })}
            <Controller
              name="currency"
              control={control}
              render={({ field: currencyField }) => (
                <Controller
                  name="salary"
                  control={control}
                  render={({ field }) => (
                    <FormControl id="salary">
                      <FormLabel>Salary expectation</FormLabel>
                      <Input
                        placeholder="Amount"
                        startDecorator={{ dollar: '$', euro: '€', pound: '£' }[currencyField.value]}
                        value={field.value}
                        onChange={(event) => field.onChange(event.target.value)}
                        slotProps={{ input: { inputMode: 'numeric' } }}
                        endDecorator={
                          <>
                            <Divider orientation="vertical" />
                            <Select
                              variant="plain"
                              value={currencyField.value}
                              onChange={(_event, next) => currencyField.onChange(next)}
                              slotProps={{ button: { id: 'currency', 'aria-label': 'Currency' }, listbox: { variant: 'outlined' } }}
                              sx={{ mr: -1.5, '&:hover': { bgcolor: 'transparent' } }}
                            >
                              <Option value="dollar">US dollar</Option>
                              <Option value="euro">Euro</Option>
                              <Option value="pound">British pound</Option>
                            </Select>
                          </>
                        }
                      />
                      <FormHelperText>Yearly base salary</FormHelperText>
                    </FormControl>
                  )}
                />
              )}
            />
          </Card>

          <Card variant="outlined" sx={{ mb: 3 }}>
            <Typography level="title-lg">Documents</Typography>
            <Controller
              name="resume"
              control={control}
              render={({ field }) => (
                <FormControl>
                  <FormLabel>Resume</FormLabel>
                  <Stack direction="row" spacing={2} alignItems="center">
                    <Button component="label" role={undefined} tabIndex={-1} variant="outlined" color="neutral">
                      Upload a file
                      <VisuallyHiddenInput id="resume" type="file" accept=".pdf,.doc,.docx" onChange={(event) => field.onChange(event.target.files?.[0]?.name ?? '')} />
                    </Button>
                    <Typography level="body-sm">{field.value || 'No file chosen'}</Typography>
                  </Stack>
                </FormControl>
              )}
            />
            <Controller
              name="coverLetter"
              control={control}
              render={({ field }) => (
                <FormControl id="coverLetter">
                  <FormLabel>Cover letter</FormLabel>
                  <Textarea minRows={4} value={field.value} onChange={(event) => field.onChange(event.target.value)} />
                </FormControl>
              )}
            />
          </Card>

          <Card variant="outlined" sx={{ mb: 3 }}>
            <Typography level="title-lg">A little more</Typography>
            <Controller
              name="rewardsMember"
              control={control}
              render={({ field }) => (
                <FormControl>
                  <FormLabel id="rewards-label">Are you a Tamarind Rewards member?</FormLabel>
                  <RadioGroup aria-labelledby="rewards-label" name="rewardsMember" orientation="horizontal" value={field.value} onChange={(event) => field.onChange(event.target.value)}>
                    <Radio value="yes" label="Yes" />
                    <Radio value="no" label="No" />
                    <Radio value="unsure" label="Not sure" />
                  </RadioGroup>
                </FormControl>
              )}
            />
            {select('heardFrom', 'How did you hear about this role?', HEARD, 'Select one')}
            <Controller
              name="tools"
              control={control}
              render={({ field }) => (
                <FormControl id="tools">
                  <FormLabel>Which of these tools have you used?</FormLabel>
                  <Autocomplete multiple placeholder="Add tools" options={TOOLS} value={field.value} onChange={(_event, next) => field.onChange(next)} />
                </FormControl>
              )}
            />
            {select('gender', 'Gender (voluntary, for EEO reporting)', GENDER, 'Select')}
            <Controller
              name="smsUpdates"
              control={control}
              render={({ field }) => <Checkbox id="smsUpdates" label="Text me updates about my application" checked={field.value} onChange={(event) => field.onChange(event.target.checked)} />}
            />
            <Controller
              name="privacy"
              control={control}
              rules={{ validate: (value) => value || 'Required' }}
              render={({ field }) => <Checkbox id="privacy" label="I agree to the Tamarind applicant privacy notice" checked={field.value} onChange={(event) => field.onChange(event.target.checked)} />}
            />
            {formState.errors.privacy && <Typography color="danger" level="body-sm">Please agree to the privacy notice.</Typography>}
          </Card>
          <Button type="submit" size="lg" id="submit-application">Submit application</Button>
        </form>
      </Box>
      <Sheet variant="soft" sx={{ px: 4, py: 3, mt: 4 }}>
        <Typography level="title-md">Get travel deals in your inbox</Typography>
        <Stack direction="row" spacing={1} sx={{ mt: 1, maxWidth: 420 }}>
          <Input id="deals-email" type="email" placeholder="you@example.com" value={deals} onChange={(event) => setDeals(event.target.value)} sx={{ flex: 1 }} />
          <Button variant="soft">Subscribe</Button>
        </Stack>
      </Sheet>
      <pre id="model">{JSON.stringify(values, null, 1)}</pre>
    </>
  );
}

createRoot(document.getElementById('root')).render(
  <CssVarsProvider>
    <CssBaseline />
    <Application />
  </CssVarsProvider>,
);
