/**
 * Tidewell Outfitters careers page (an outdoor-gear brand that sells on Shopify and builds its
 * internal tools with **Shopify Polaris 13**). Every posting shares this template; each app.jsx
 * passes the job and its own questions. The application opens as a Polaris **Modal** over the job
 * page (the posting links straight to it), state in **react-final-form**:
 * - TextFields validated on blur (email, LinkedIn), a phone box whose help text asks for the
 *   country code, a `type=number` salary with "$" prefix and "USD / year" suffix;
 * - a location **Autocomplete whose options load asynchronously** (spinner, ≥ 2 characters) and
 *   come back grouped in sections per country;
 * - a current-title Autocomplete that is **creatable** (an "Add “…”" action before the options);
 * - a school Autocomplete that pages its results (`willLoadMoreResults`);
 * - native Polaris Selects with **option groups** (country by region, degree by level);
 * - a skills **Combobox with allowMultiple** and removable **Tags** (chips);
 * - an earliest-start TextField that is **read-only**: the date is picked in a Polaris DatePicker
 *   (two months) in a Popover, typing is not possible;
 * - ChoiceList / RadioButton questions, a DropZone (hidden file input), Checkboxes.
 */
import { useCallback, useMemo, useRef, useState } from 'react';
import { createRoot } from 'react-dom/client';
import '@shopify/polaris/build/esm/styles.css';
import en from '@shopify/polaris/locales/en.json';
import {
  AppProvider,
  Autocomplete,
  BlockStack,
  Button,
  Checkbox,
  ChoiceList,
  Combobox,
  DatePicker,
  DropZone,
  FormLayout,
  InlineStack,
  Listbox,
  Modal,
  Popover,
  RadioButton,
  Select,
  Tag,
  Text,
  TextField,
} from '@shopify/polaris';
import { Field, Form, FormSpy } from 'react-final-form';

const wait = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

const PLACES = {
  'United States': [
    'San Francisco, CA', 'South San Francisco, CA', 'San Jose, CA', 'San Diego, CA', 'Santa Rosa, CA', 'Oakland, CA',
    'Portland, OR', 'Bend, OR', 'Seattle, WA', 'Boulder, CO', 'Denver, CO', 'Salt Lake City, UT', 'Burlington, VT',
  ],
  Canada: ['Vancouver, BC', 'Victoria, BC', 'Calgary, AB', 'Toronto, ON', 'Montréal, QC'],
  Mexico: ['San Felipe, BC', 'Guadalajara, JAL'],
};

const TITLES = [
  'Analytics Engineer', 'Business Intelligence Engineer', 'Data Analyst', 'Data Engineer', 'Data Platform Engineer',
  'Lead Data Engineer', 'Machine Learning Engineer', 'Principal Data Engineer', 'Senior Analytics Engineer',
  'Senior Data Engineer', 'Senior Software Engineer', 'Software Engineer', 'Staff Data Engineer',
];

const SCHOOLS = [
  'Arizona State University', 'Boston University', 'California Polytechnic State University', 'Carnegie Mellon University',
  'Colorado State University', 'Cornell University', 'Georgia Institute of Technology', 'Montana State University',
  'Oregon State University', 'Portland State University', 'San Francisco State University', 'San Jose State University',
  'Stanford University', 'University of British Columbia', 'University of California, Berkeley', 'University of California, Davis',
  'University of California, Irvine', 'University of California, Los Angeles', 'University of California, San Diego',
  'University of California, Santa Barbara', 'University of California, Santa Cruz', 'University of Colorado Boulder',
  'University of Oregon', 'University of Utah', 'University of Washington', 'University of Waterloo', 'Western Washington University',
];

const COUNTRY_GROUPS = [
  { title: 'North America', options: ['Canada', 'Mexico', 'United States'] },
  { title: 'Europe', options: ['France', 'Germany', 'Ireland', 'Netherlands', 'Norway', 'United Kingdom'] },
  { title: 'Asia Pacific', options: ['Australia', 'Japan', 'New Zealand', 'Singapore'] },
  { title: 'Other', options: ['Other country'] },
];

const DEGREE_GROUPS = [
  { title: 'Secondary', options: ['High school diploma or GED'] },
  { title: 'Undergraduate', options: ['Some college, no degree', "Associate's degree", "Bachelor's degree"] },
  { title: 'Graduate', options: ["Master's degree", 'MBA', 'Doctorate (PhD, EdD)'] },
  { title: 'Other', options: ['Bootcamp or certificate', 'Other'] },
];

const SKILLS = ['Airflow', 'BigQuery', 'dbt', 'Dagster', 'Fivetran', 'Kafka', 'Looker', 'Python', 'Shopify APIs', 'Snowflake', 'Spark', 'SQL', 'Terraform'];

const groups = (list) => [
  { label: 'Select', value: '' },
  ...list.map((group) => ({ title: group.title, options: group.options.map((option) => ({ label: option, value: option })) })),
];

const pad = (n) => String(n).padStart(2, '0');
const iso = (date) => `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
const shown = (value) => {
  if (!value) return '';
  const [y, m, d] = value.split('-').map(Number);
  return new Date(y, m - 1, d).toLocaleDateString('en-US', { month: 'short', day: 'numeric', year: 'numeric' });
};

/** An Autocomplete whose options come back a moment after typing, in sections per country. */
function LocationAutocomplete({ input, meta }) {
  const [text, setText] = useState(input.value || '');
  const [options, setOptions] = useState([]);
  const [loading, setLoading] = useState(false);
  const ticket = useRef(0);
  const search = useCallback(async (value) => {
    setText(value);
    if (input.value) input.onChange(null);
    const mine = ++ticket.current;
    if (value.trim().length < 2) {
      setOptions([]);
      setLoading(false);
      return;
    }
    setLoading(true);
    await wait(450);
    if (mine !== ticket.current) return;
    const needle = value.trim().toLowerCase();
    setOptions(
      Object.entries(PLACES)
        .map(([country, places]) => ({
          title: country,
          options: places.filter((place) => place.toLowerCase().includes(needle)).map((place) => ({ value: place, label: place })),
        }))
        .filter((section) => section.options.length > 0),
    );
    setLoading(false);
  }, [input]);
  return (
    <Autocomplete
      options={options}
      selected={input.value ? [input.value] : []}
      loading={loading}
      onSelect={([place]) => {
        input.onChange(place);
        setText(place);
      }}
      emptyState={text.trim().length < 2 ? undefined : <Text as="p" tone="subdued">No matching locations</Text>}
      textField={
        <Autocomplete.TextField
          id="tw-location"
          name="location"
          label="Where are you located?"
          helpText="Start typing a city and pick it from the list"
          placeholder="City"
          autoComplete="off"
          value={text}
          onChange={search}
          onBlur={input.onBlur}
          error={meta.touched && meta.error}
        />
      }
    />
  );
}

/** A creatable Autocomplete: the typed text can be added when no option fits. */
function TitleAutocomplete({ input }) {
  const [text, setText] = useState(input.value || '');
  const options = useMemo(() => {
    const needle = text.trim().toLowerCase();
    return TITLES.filter((title) => !needle || title.toLowerCase().includes(needle)).map((title) => ({ value: title, label: title }));
  }, [text]);
  const exact = TITLES.some((title) => title.toLowerCase() === text.trim().toLowerCase());
  return (
    <Autocomplete
      options={options}
      selected={input.value ? [input.value] : []}
      onSelect={([title]) => {
        input.onChange(title);
        setText(title);
      }}
      actionBefore={
        text.trim() && !exact
          ? { accessibilityLabel: `Add ${text.trim()}`, content: `Add “${text.trim()}”`, onAction: () => input.onChange(text.trim()) }
          : undefined
      }
      textField={
        <Autocomplete.TextField
          id="tw-current-title"
          name="current_title"
          label="Current job title"
          placeholder="Search or add a title"
          autoComplete="off"
          value={text}
          onChange={(value) => {
            setText(value);
            if (input.value) input.onChange('');
          }}
        />
      }
    />
  );
}

/** A school Autocomplete that shows ten results and loads more as the list is scrolled. */
function SchoolAutocomplete({ input }) {
  const [text, setText] = useState(input.value || '');
  const [count, setCount] = useState(10);
  const [loadingMore, setLoadingMore] = useState(false);
  const matching = useMemo(() => {
    const needle = text.trim().toLowerCase();
    return SCHOOLS.filter((school) => !needle || school.toLowerCase().includes(needle));
  }, [text]);
  const options = matching.slice(0, count).map((school) => ({ value: school, label: school }));
  return (
    <Autocomplete
      options={options}
      selected={input.value ? [input.value] : []}
      onSelect={([school]) => {
        input.onChange(school);
        setText(school);
      }}
      willLoadMoreResults={count < matching.length}
      loading={loadingMore}
      onLoadMoreResults={async () => {
        if (count >= matching.length || loadingMore) return;
        setLoadingMore(true);
        await wait(300);
        setCount((n) => n + 10);
        setLoadingMore(false);
      }}
      textField={
        <Autocomplete.TextField
          id="tw-school"
          name="school"
          label="School or university"
          helpText="Your most recent degree"
          autoComplete="off"
          value={text}
          onChange={(value) => {
            setText(value);
            setCount(10);
            if (input.value) input.onChange('');
          }}
        />
      }
    />
  );
}

/** A multi-select Combobox; picks show as removable tags under the box. */
function SkillsCombobox({ input }) {
  const [text, setText] = useState('');
  const selected = input.value || [];
  const options = SKILLS.filter((skill) => skill.toLowerCase().includes(text.trim().toLowerCase()));
  const toggle = (skill) => input.onChange(selected.includes(skill) ? selected.filter((s) => s !== skill) : [...selected, skill]);
  return (
    <BlockStack gap="200">
      <Combobox
        allowMultiple
        activator={
          <Combobox.TextField
            id="tw-skills"
            label="Tools you use every week"
            labelHidden={false}
            helpText="Pick as many as apply"
            placeholder="Search tools"
            autoComplete="off"
            value={text}
            onChange={setText}
          />
        }
      >
        {options.length > 0 ? (
          <Listbox onSelect={toggle}>
            {options.map((skill) => (
              <Listbox.Option key={skill} value={skill} selected={selected.includes(skill)} accessibilityLabel={skill}>
                {skill}
              </Listbox.Option>
            ))}
          </Listbox>
        ) : null}
      </Combobox>
      <InlineStack gap="100" id="tw-skills-tags">
        {selected.map((skill) => (
          <Tag key={skill} onRemove={() => toggle(skill)}>
            {skill}
          </Tag>
        ))}
      </InlineStack>
    </BlockStack>
  );
}

/** A read-only date box; the date is chosen in a two-month calendar. */
function StartDate({ input }) {
  const today = new Date();
  const [open, setOpen] = useState(false);
  const [{ month, year }, setView] = useState({ month: today.getMonth(), year: today.getFullYear() });
  const value = input.value ? new Date(`${input.value}T12:00:00`) : undefined;
  return (
    <Popover
      active={open}
      autofocusTarget="none"
      preferredAlignment="left"
      fullWidth={false}
      onClose={() => setOpen(false)}
      activator={
        <TextField
          id="tw-start-date"
          name="start_date"
          label="Earliest start date"
          helpText="Choose a date from the calendar"
          placeholder="Select a date"
          autoComplete="off"
          readOnly
          value={shown(input.value)}
          onFocus={() => setOpen(true)}
          onChange={() => {}}
        />
      }
    >
      <div style={{ padding: 16 }} id="tw-start-calendar">
        <DatePicker
          month={month}
          year={year}
          multiMonth
          disableDatesBefore={new Date(today.getFullYear(), today.getMonth(), today.getDate())}
          selected={value}
          onMonthChange={(m, y) => setView({ month: m, year: y })}
          onChange={({ start }) => {
            input.onChange(iso(start));
            setOpen(false);
          }}
        />
      </div>
    </Popover>
  );
}

function Resume({ input }) {
  return (
    <DropZone
      id="tw-resume"
      label="Resume"
      accept=".pdf,.doc,.docx"
      type="file"
      allowMultiple={false}
      onDrop={(files, accepted) => accepted[0] && input.onChange(accepted[0].name)}
    >
      {input.value ? (
        <div style={{ padding: 16 }}>
          <Text as="p" variant="bodyMd">{input.value}</Text>
        </div>
      ) : (
        <DropZone.FileUpload actionTitle="Upload resume" actionHint="PDF or Word, up to 10 MB" />
      )}
    </DropZone>
  );
}

const required = (value) => (value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0) ? 'Required' : undefined);
const email = (value) => (required(value) || (/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(value) ? undefined : 'Enter a valid email address'));
const linkedin = (value) => (!value || /linkedin\.com\//i.test(value) ? undefined : 'Enter a LinkedIn profile URL');

function Text2({ name, label, validate, ...rest }) {
  return (
    <Field name={name} validate={validate}>
      {({ input, meta }) => (
        <TextField
          id={`tw-${name.replace(/_/g, '-')}`}
          name={name}
          label={label}
          autoComplete="off"
          value={input.value ?? ''}
          onChange={input.onChange}
          onBlur={input.onBlur}
          error={meta.touched && meta.error ? meta.error : undefined}
          {...rest}
        />
      )}
    </Field>
  );
}

function Question({ question }) {
  return (
    <Field name={question.key}>
      {({ input }) => {
        if (question.type === 'choice')
          return (
            <ChoiceList
              title={question.label}
              name={question.key}
              choices={question.options.map((option) => ({ label: option, value: option }))}
              selected={input.value ? [input.value] : []}
              onChange={([value]) => input.onChange(value)}
            />
          );
        if (question.type === 'select')
          return (
            <Select
              id={`tw-${question.key}`}
              name={question.key}
              label={question.label}
              helpText={question.help}
              options={[{ label: 'Select', value: '' }, ...question.options.map((option) => ({ label: option, value: option }))]}
              value={input.value ?? ''}
              onChange={input.onChange}
            />
          );
        return (
          <TextField
            id={`tw-${question.key}`}
            name={question.key}
            label={question.label}
            helpText={question.help}
            autoComplete="off"
            type={question.type === 'number' ? 'number' : 'text'}
            multiline={question.type === 'textarea' ? 4 : undefined}
            value={input.value ?? ''}
            onChange={input.onChange}
          />
        );
      }}
    </Field>
  );
}

function Application({ job }) {
  const [open, setOpen] = useState(true);
  const [sent, setSent] = useState(false);
  const initialValues = useMemo(
    () => ({
      first_name: '', last_name: '', email: '', phone: '', location: null, country: '', current_company: '', current_title: '',
      experience: '', degree: '', school: '', linkedin: '', github: '', salary: '', start_date: '', authorized: '', sponsorship: '',
      resume: null, cover_letter: '', skills: [], pronouns: '', source: '', news: false, privacy: false,
      ...Object.fromEntries(job.questions.map((question) => [question.key, ''])),
    }),
    [job],
  );
  return (
    <div style={{ maxWidth: 960, margin: '0 auto', padding: '32px 20px' }}>
      <BlockStack gap="400">
        <InlineStack align="space-between" blockAlign="center">
          <Text as="p" tone="subdued">{job.team} · {job.where}</Text>
          <div style={{ width: 280 }}>
            <TextField id="tw-search" name="q" label="Search open roles" labelHidden placeholder="Search open roles" autoComplete="off" value="" onChange={() => {}} />
          </div>
        </InlineStack>
        <Text as="h1" variant="heading2xl">{job.title}</Text>
        {job.blurb.map((line) => (
          <Text as="p" key={line}>{line}</Text>
        ))}
        {sent ? (
          <div id="tw-sent">
            <Text as="h2" variant="headingLg">Thanks — your application is in.</Text>
            <Text as="p">Our recruiting team reads every application and replies within two weeks.</Text>
          </div>
        ) : (
          <div><Button variant="primary" onClick={() => setOpen(true)}>Apply for this role</Button></div>
        )}
      </BlockStack>
      <Form
        onSubmit={() => {
          setOpen(false);
          setSent(true);
        }}
        initialValues={initialValues}
        render={({ handleSubmit }) => (
          <Modal open={open && !sent} onClose={() => setOpen(false)} title={`Apply: ${job.title}`} size="large">
            <form id="tw-application" onSubmit={handleSubmit} noValidate>
              <Modal.Section>
                <FormLayout>
                  <Text as="h3" variant="headingMd">About you</Text>
                  <FormLayout.Group>
                    <Text2 name="first_name" label="First name" validate={required} requiredIndicator />
                    <Text2 name="last_name" label="Last name" validate={required} requiredIndicator />
                  </FormLayout.Group>
                  <FormLayout.Group>
                    <Text2 name="email" label="Email address" type="email" validate={email} requiredIndicator />
                    <Text2 name="phone" label="Phone number" type="tel" helpText="Include your country code, e.g. +1 555 010 0199" />
                  </FormLayout.Group>
                  <Field name="location" validate={required}>{(props) => <LocationAutocomplete {...props} />}</Field>
                  <Field name="country">
                    {({ input }) => (
                      <Select id="tw-country" name="country" label="Country of residence" options={groups(COUNTRY_GROUPS)} value={input.value ?? ''} onChange={input.onChange} />
                    )}
                  </Field>
                  <Field name="pronouns">
                    {({ input }) => (
                      <Select
                        id="tw-pronouns"
                        name="pronouns"
                        label="Pronouns (optional)"
                        options={['', 'She/her', 'He/him', 'They/them', 'Prefer to self-describe', 'Prefer not to say'].map((o) => ({ label: o || 'Select', value: o }))}
                        value={input.value ?? ''}
                        onChange={input.onChange}
                      />
                    )}
                  </Field>
                </FormLayout>
              </Modal.Section>
              <Modal.Section>
                <FormLayout>
                  <Text as="h3" variant="headingMd">Experience</Text>
                  <FormLayout.Group>
                    <Text2 name="current_company" label="Current employer" />
                    <Field name="current_title">{(props) => <TitleAutocomplete {...props} />}</Field>
                  </FormLayout.Group>
                  <Field name="experience">
                    {({ input }) => (
                      <Select
                        id="tw-experience"
                        name="experience"
                        label={job.experienceLabel}
                        options={[{ label: 'Select', value: '' }, ...job.experienceOptions.map((o) => ({ label: o, value: o }))]}
                        value={input.value ?? ''}
                        onChange={input.onChange}
                      />
                    )}
                  </Field>
                  <FormLayout.Group>
                    <Field name="degree">
                      {({ input }) => (
                        <Select id="tw-degree" name="degree" label="Highest level of education" options={groups(DEGREE_GROUPS)} value={input.value ?? ''} onChange={input.onChange} />
                      )}
                    </Field>
                    <Field name="school">{(props) => <SchoolAutocomplete {...props} />}</Field>
                  </FormLayout.Group>
                  <FormLayout.Group>
                    <Text2 name="linkedin" label="LinkedIn profile" type="url" validate={linkedin} placeholder="https://www.linkedin.com/in/" />
                    <Text2 name="github" label="GitHub" type="url" placeholder="https://github.com/" />
                  </FormLayout.Group>
                  <Field name="skills">{(props) => <SkillsCombobox {...props} />}</Field>
                </FormLayout>
              </Modal.Section>
              <Modal.Section>
                <FormLayout>
                  <Text as="h3" variant="headingMd">Logistics</Text>
                  <FormLayout.Group>
                    <Text2 name="salary" label="Desired base salary" type="number" prefix="$" suffix="USD / year" />
                    <Field name="start_date">{(props) => <StartDate {...props} />}</Field>
                  </FormLayout.Group>
                  <Field name="authorized" validate={required}>
                    {({ input }) => (
                      <ChoiceList
                        title="Are you legally authorized to work in the United States?"
                        name="authorized"
                        choices={[{ label: 'Yes', value: 'yes' }, { label: 'No', value: 'no' }]}
                        selected={input.value ? [input.value] : []}
                        onChange={([value]) => input.onChange(value)}
                      />
                    )}
                  </Field>
                  <Field name="sponsorship" validate={required}>
                    {({ input }) => (
                      <BlockStack gap="100">
                        <Text as="p">Will you now or in the future require Tidewell to sponsor an employment visa?</Text>
                        <RadioButton
                          id="tw-sponsorship-yes"
                          name="sponsorship"
                          label="Yes, I will require sponsorship"
                          checked={input.value === 'yes'}
                          onChange={() => input.onChange('yes')}
                        />
                        <RadioButton
                          id="tw-sponsorship-no"
                          name="sponsorship"
                          label="No, I will not require sponsorship"
                          helpText="You can work for any US employer without a visa petition"
                          checked={input.value === 'no'}
                          onChange={() => input.onChange('no')}
                        />
                      </BlockStack>
                    )}
                  </Field>
                  {job.questions.map((question) => (
                    <Question key={question.key} question={question} />
                  ))}
                </FormLayout>
              </Modal.Section>
              <Modal.Section>
                <FormLayout>
                  <Text as="h3" variant="headingMd">Documents</Text>
                  <Field name="resume" validate={required}>{(props) => <Resume {...props} />}</Field>
                  <Text2 name="cover_letter" label="Cover letter (optional)" multiline={6} />
                  <Field name="source">
                    {({ input }) => (
                      <Select
                        id="tw-source"
                        name="source"
                        label="How did you hear about this role?"
                        options={['', 'Tidewell.com', 'LinkedIn', 'Instagram', 'A Tidewell employee', 'Outdoor Industry Association job board', 'Other'].map((o) => ({ label: o || 'Select', value: o }))}
                        value={input.value ?? ''}
                        onChange={input.onChange}
                      />
                    )}
                  </Field>
                  <Field name="news" type="checkbox">
                    {({ input }) => <Checkbox id="tw-news" name="news" label="Send me Tidewell job alerts and product news" checked={!!input.checked} onChange={(checked) => input.onChange(checked)} />}
                  </Field>
                  <Field name="privacy" type="checkbox" validate={(value) => (value ? undefined : 'Required')}>
                    {({ input, meta }) => (
                      <Checkbox
                        id="tw-privacy"
                        name="privacy"
                        label="I have read the Tidewell Applicant Privacy Notice"
                        checked={!!input.checked}
                        onChange={(checked) => input.onChange(checked)}
                        error={meta.submitFailed && meta.error ? 'Please confirm you have read the notice' : undefined}
                      />
                    )}
                  </Field>
                  <InlineStack align="end">
                    <Button submit variant="primary" id="tw-submit">Submit application</Button>
                  </InlineStack>
                </FormLayout>
              </Modal.Section>
              <FormSpy subscription={{ values: true }}>{({ values }) => <pre id="model">{JSON.stringify({ ...initialValues, ...values })}</pre>}</FormSpy>
            </form>
          </Modal>
        )}
      />
    </div>
  );
}

export function renderApplication(job) {
  document.title = `${job.title} — Careers at Tidewell Outfitters`;
  createRoot(document.getElementById('root')).render(
    <AppProvider i18n={en}>
      <Application job={job} />
    </AppProvider>,
  );
}
