/**
 * A developer-platform company's careers page on GitHub's Primer (@primer/react 38 +
 * @primer/primitives CSS), the form held by react-hook-form through Controllers: FormControl
 * labels / captions, TextInputs with leading visuals ("github.com/", "$") and a trailing "USD", an
 * Autocomplete location (input role=combobox, ActionList menu in an overlay, single selection),
 * ActionMenus with single-select ActionLists for experience and pronouns (a button labelled by a
 * span, not a form control), a native Primer Select for the degree, RadioGroups (fieldset + legend),
 * a SegmentedControl for work arrangement, a `type=date` TextInput, a resume input hidden behind a
 * `Button as="label"`, Textareas, Checkboxes; a header search. Form values go into <pre id="model">.
 */
import { useId, useRef, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { Controller, useForm } from 'react-hook-form';
import '@primer/primitives/dist/css/primitives.css';
import '@primer/primitives/dist/css/functional/themes/light.css';
import {
  ActionList,
  ActionMenu,
  Autocomplete,
  BaseStyles,
  Button,
  Checkbox,
  FormControl,
  Heading,
  Radio,
  RadioGroup,
  SegmentedControl,
  Select,
  Text,
  Textarea,
  TextInput,
  ThemeProvider,
} from '@primer/react';

const LOCATIONS = [
  'Amsterdam, North Holland, Netherlands',
  'Austin, Texas, United States',
  'Bengaluru, Karnataka, India',
  'Berlin, Germany',
  'Boston, Massachusetts, United States',
  'Chicago, Illinois, United States',
  'Denver, Colorado, United States',
  'London, England, United Kingdom',
  'Los Angeles, California, United States',
  'New York, New York, United States',
  'Oakland, California, United States',
  'Portland, Oregon, United States',
  'San Diego, California, United States',
  'San Francisco, California, United States',
  'San Jose, California, United States',
  'Seattle, Washington, United States',
  'Toronto, Ontario, Canada',
  'Vancouver, British Columbia, Canada',
].map((text, index) => ({ id: `loc-${index}`, text }));

const EXPERIENCE = ['0–1 years', '2–3 years', '4–6 years', '7–9 years', '10+ years'];
const PRONOUNS = ['she/her', 'he/him', 'they/them', 'Prefer to self-describe', 'Prefer not to say'];

function MenuSelect({ labelId, buttonId, value, onChange, options, placeholder }) {
  return (
    <ActionMenu>
      <ActionMenu.Button id={buttonId} aria-labelledby={`${labelId} ${buttonId}`}>
        {value ?? placeholder}
      </ActionMenu.Button>
      <ActionMenu.Overlay width="medium">
        <ActionList selectionVariant="single">
          {options.map((option) => (
            <ActionList.Item key={option} selected={option === value} onSelect={() => onChange(option)}>
              {option}
            </ActionList.Item>
          ))}
        </ActionList>
      </ActionMenu.Overlay>
    </ActionMenu>
  );
}

function Header() {
  return (
    <header style={{ display: 'flex', alignItems: 'center', gap: 16, padding: '12px 32px', background: '#f6f8fa', borderBottom: '1px solid #d1d9e0' }}>
      <strong style={{ fontSize: 18 }}>Lanternworks</strong>
      <a href="#">Product</a>
      <a href="#">Careers</a>
      <a href="#">Blog</a>
      <div style={{ marginLeft: 'auto', width: 320 }}>
        <TextInput aria-label="Search open roles" placeholder="Search open roles" block name="q" />
      </div>
      <Button variant="invisible">Sign in</Button>
    </header>
  );
}

function Application() {
  const locationLabel = useId();
  const [sent, setSent] = useState(false);
  const [locationText, setLocationText] = useState('');
  const resumeInput = useRef(null);
  const { control, register, handleSubmit, watch, setValue } = useForm({
    defaultValues: {
      firstName: '',
      lastName: '',
      email: '',
      phone: '',
      pronouns: null,
      location: null,
      githubUsername: '',
      linkedin: '',
      website: '',
      company: '',
      role: '',
      experience: null,
      degree: '',
      authorized: '',
      sponsorship: '',
      arrangement: 'Remote',
      salary: '',
      startDate: '',
      resume: null,
      coverLetter: '',
      openSource: '',
      privacy: false,
      newsletter: false,
    },
  });
  const values = watch();

  if (sent) {
    return (
      <div id="thanks" style={{ maxWidth: 760, margin: '48px auto' }}>
        <Heading as="h2">Thanks, we got your application!</Heading>
        <Text as="p">A recruiter will reach out within a week.</Text>
      </div>
    );
  }

  return (
    <main style={{ maxWidth: 760, margin: '32px auto', padding: '0 16px' }}>
      <Text as="p" style={{ color: 'var(--fgColor-muted)' }}>
        Engineering · Remote (US) · Full-time
      </Text>
      <Heading as="h1" style={{ marginBottom: 8 }}>
        Staff Data Engineer, Code Search
      </Heading>
      <Text as="p">
        Help us index every public commit on the platform. You will own the ingestion pipelines behind code search and the analytics that tell us how
        developers find code.
      </Text>
      <Heading as="h2" style={{ fontSize: 20, marginTop: 32 }}>
        Submit your application
      </Heading>
      <form id="application" onSubmit={handleSubmit(() => setSent(true))} style={{ display: 'grid', gap: 16, marginTop: 16 }}>
        <div style={{ display: 'grid', gridTemplateColumns: '1fr 1fr', gap: 16 }}>
          <FormControl required>
            <FormControl.Label>First name</FormControl.Label>
            <TextInput block {...register('firstName', { required: true })} />
          </FormControl>
          <FormControl required>
            <FormControl.Label>Last name</FormControl.Label>
            <TextInput block {...register('lastName', { required: true })} />
          </FormControl>
        </div>
        <FormControl required>
          <FormControl.Label>Email address</FormControl.Label>
          <TextInput block type="email" {...register('email', { required: true })} />
        </FormControl>
        <FormControl>
          <FormControl.Label>Phone</FormControl.Label>
          <TextInput block type="tel" {...register('phone')} />
          <FormControl.Caption>Only used to schedule interviews.</FormControl.Caption>
        </FormControl>
        <div>
          <Text as="span" id="pronouns-label" style={{ display: 'block', fontWeight: 600, fontSize: 14, marginBottom: 4 }}>
            Pronouns
          </Text>
          <Controller
            control={control}
            name="pronouns"
            render={({ field }) => (
              <MenuSelect labelId="pronouns-label" buttonId="pronouns-button" value={field.value} onChange={field.onChange} options={PRONOUNS} placeholder="Select pronouns" />
            )}
          />
        </div>
        <FormControl required>
          <FormControl.Label id={locationLabel}>Where are you located?</FormControl.Label>
          <Controller
            control={control}
            name="location"
            render={({ field }) => (
              <Autocomplete>
                <Autocomplete.Input
                  block
                  value={locationText}
                  onChange={(event) => setLocationText(event.target.value)}
                  placeholder="Start typing a city"
                />
                <Autocomplete.Overlay>
                  <Autocomplete.Menu
                    items={LOCATIONS}
                    selectedItemIds={LOCATIONS.filter((item) => item.text === field.value).map((item) => item.id)}
                    selectionVariant="single"
                    aria-labelledby={locationLabel}
                    onSelectedChange={(selected) => {
                      const item = Array.isArray(selected) ? selected[0] : selected;
                      field.onChange(item ? item.text : null);
                      if (item) setLocationText(item.text);
                    }}
                    emptyStateText="No matching cities"
                  />
                </Autocomplete.Overlay>
              </Autocomplete>
            )}
          />
          <FormControl.Caption>We hire in the US and Canada for this role.</FormControl.Caption>
        </FormControl>

        <FormControl>
          <FormControl.Label>GitHub username</FormControl.Label>
          <TextInput block leadingVisual="github.com/" {...register('githubUsername')} />
        </FormControl>
        <FormControl>
          <FormControl.Label>LinkedIn profile</FormControl.Label>
          <TextInput block type="url" placeholder="https://" {...register('linkedin')} />
        </FormControl>
        <FormControl>
          <FormControl.Label>Personal website or blog</FormControl.Label>
          <TextInput block type="url" placeholder="https://" {...register('website')} />
        </FormControl>
        <div style={{ display: 'grid', gridTemplateColumns: '1fr 1fr', gap: 16 }}>
          <FormControl>
            <FormControl.Label>Current company</FormControl.Label>
            <TextInput block {...register('company')} />
          </FormControl>
          <FormControl>
            <FormControl.Label>Current role</FormControl.Label>
            <TextInput block {...register('role')} />
          </FormControl>
        </div>
        <div>
          <Text as="span" id="experience-label" style={{ display: 'block', fontWeight: 600, fontSize: 14, marginBottom: 4 }}>
            Years of professional software experience
          </Text>
          <Controller
            control={control}
            name="experience"
            render={({ field }) => (
              <MenuSelect labelId="experience-label" buttonId="experience-button" value={field.value} onChange={field.onChange} options={EXPERIENCE} placeholder="Choose a range" />
            )}
          />
        </div>
        <FormControl>
          <FormControl.Label>Highest degree earned</FormControl.Label>
          <Select block {...register('degree')}>
            <Select.Option value="">Choose a degree</Select.Option>
            <Select.Option value="none">No degree</Select.Option>
            <Select.Option value="associate">Associate</Select.Option>
            <Select.Option value="bachelor">Bachelor's</Select.Option>
            <Select.Option value="master">Master's</Select.Option>
            <Select.Option value="doctorate">Doctorate</Select.Option>
          </Select>
        </FormControl>

        <Controller
          control={control}
          name="authorized"
          render={({ field }) => (
            <RadioGroup name="authorized" required onChange={(value) => field.onChange(value)}>
              <RadioGroup.Label>Are you legally authorized to work in the country where this role is based?</RadioGroup.Label>
              <FormControl>
                <Radio value="yes" checked={field.value === 'yes'} />
                <FormControl.Label>Yes</FormControl.Label>
              </FormControl>
              <FormControl>
                <Radio value="no" checked={field.value === 'no'} />
                <FormControl.Label>No</FormControl.Label>
              </FormControl>
            </RadioGroup>
          )}
        />
        <Controller
          control={control}
          name="sponsorship"
          render={({ field }) => (
            <RadioGroup name="sponsorship" required onChange={(value) => field.onChange(value)}>
              <RadioGroup.Label>Will you require visa sponsorship to work for Lanternworks?</RadioGroup.Label>
              <FormControl>
                <Radio value="now" checked={field.value === 'now'} />
                <FormControl.Label>Yes, I need sponsorship now</FormControl.Label>
              </FormControl>
              <FormControl>
                <Radio value="future" checked={field.value === 'future'} />
                <FormControl.Label>Not now, but I will in the future</FormControl.Label>
              </FormControl>
              <FormControl>
                <Radio value="never" checked={field.value === 'never'} />
                <FormControl.Label>No, I will not need sponsorship</FormControl.Label>
              </FormControl>
            </RadioGroup>
          )}
        />
        <div>
          <Text as="span" id="arrangement-label" style={{ display: 'block', fontWeight: 600, fontSize: 14, marginBottom: 4 }}>
            Preferred work arrangement
          </Text>
          <Controller
            control={control}
            name="arrangement"
            render={({ field }) => (
              <SegmentedControl aria-labelledby="arrangement-label" id="arrangement" onChange={(index) => field.onChange(['Remote', 'Hybrid', 'In office'][index])}>
                {['Remote', 'Hybrid', 'In office'].map((option) => (
                  <SegmentedControl.Button key={option} selected={field.value === option}>
                    {option}
                  </SegmentedControl.Button>
                ))}
              </SegmentedControl>
            )}
          />
        </div>
        <FormControl>
          <FormControl.Label>Desired base salary</FormControl.Label>
          <TextInput leadingVisual="$" trailingVisual="USD" inputMode="numeric" {...register('salary')} />
          <FormControl.Caption>Annual, before equity and benefits.</FormControl.Caption>
        </FormControl>
        <FormControl>
          <FormControl.Label>When could you start?</FormControl.Label>
          <TextInput type="date" {...register('startDate')} />
        </FormControl>

        <div>
          <Text as="span" style={{ display: 'block', fontWeight: 600, fontSize: 14, marginBottom: 4 }}>
            Resume
          </Text>
          <input
            id="resume"
            type="file"
            accept=".pdf,.doc,.docx"
            hidden
            ref={resumeInput}
            onChange={(event) => setValue('resume', event.target.files?.[0]?.name ?? null)}
          />
          <Button as="label" htmlFor="resume">
            Choose file
          </Button>
          <Text as="span" style={{ marginLeft: 8, color: 'var(--fgColor-muted)' }} id="resume-name">
            {values.resume ?? 'No file chosen'}
          </Text>
        </div>
        <FormControl>
          <FormControl.Label>Cover letter</FormControl.Label>
          <Textarea block rows={6} {...register('coverLetter')} />
          <FormControl.Caption>Optional, but we read every one.</FormControl.Caption>
        </FormControl>
        <FormControl>
          <FormControl.Label>Link to an open source contribution you are proud of</FormControl.Label>
          <TextInput block type="url" {...register('openSource')} />
        </FormControl>
        <Controller
          control={control}
          name="privacy"
          render={({ field }) => (
            <FormControl required>
              <Checkbox checked={field.value} onChange={(event) => field.onChange(event.target.checked)} />
              <FormControl.Label>I have read the Lanternworks Candidate Privacy Statement</FormControl.Label>
            </FormControl>
          )}
        />
        <Controller
          control={control}
          name="newsletter"
          render={({ field }) => (
            <FormControl>
              <Checkbox checked={field.value} onChange={(event) => field.onChange(event.target.checked)} />
              <FormControl.Label>Send me the Lanternworks engineering newsletter</FormControl.Label>
            </FormControl>
          )}
        />
        <div>
          <Button type="submit" variant="primary" id="submit-application">
            Submit application
          </Button>
        </div>
      </form>
      <pre id="model">{JSON.stringify(values)}</pre>
    </main>
  );
}

createRoot(document.getElementById('root')).render(
  <ThemeProvider>
    <BaseStyles>
      <Header />
      <Application />
    </BaseStyles>
  </ThemeProvider>,
);
