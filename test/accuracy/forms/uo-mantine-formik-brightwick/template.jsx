/**
 * Brightwick Maps careers (a London-founded mapping company hiring for its San Francisco office):
 * a React page on Mantine 9 with Formik holding the values (useFormik; getFieldProps for the plain
 * inputs, setFieldValue from each Mantine control's onChange), as teams do when they keep Formik
 * from an older app. Mantine pieces: TextInput with descriptions, a searchable dial-code Select
 * preset to "GB +44" beside the mobile number (the company's home market), Autocomplete for the
 * city, a Select of countries, Radio.Group experience bands, a single-choice Chip.Group for
 * pronouns, a Select for the degree, NumberInput "$" with thousands separators, DateInput whose
 * valueFormat is "DD MMM YYYY" (typed text parsed with dayjs customParseFormat), FileInput
 * (button + hidden input), Textarea, MultiSelect offices, SegmentedControl work-mode preference,
 * Switch and Checkbox, a "Search roles" box in the header and a newsletter box in the footer.
 * Each posting brings its title and questions.
 */
import '@mantine/core/styles.css';
import '@mantine/dates/styles.css';
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import dayjs from 'dayjs';
import customParseFormat from 'dayjs/plugin/customParseFormat';
import { useFormik } from 'formik';
import {
  Autocomplete, Button, Checkbox, Chip, Container, FileInput, Group, MantineProvider, MultiSelect, NumberInput, Radio, SegmentedControl, Select, Stack, Switch,
  Text, Textarea, TextInput, Title,
} from '@mantine/core';
import { DateInput } from '@mantine/dates';

dayjs.extend(customParseFormat);

const DIAL = [
  { value: 'GB', label: 'GB +44' }, { value: 'IE', label: 'IE +353' }, { value: 'CA', label: 'CA +1' }, { value: 'US', label: 'US +1' },
  { value: 'DE', label: 'DE +49' }, { value: 'FR', label: 'FR +33' }, { value: 'NL', label: 'NL +31' }, { value: 'IN', label: 'IN +91' }, { value: 'AU', label: 'AU +61' },
];
const CITIES = ['London', 'Manchester', 'Edinburgh', 'San Diego', 'San Francisco', 'San José', 'Santa Fe', 'Seattle', 'Dublin', 'Berlin'];
const COUNTRIES = ['United Kingdom', 'Ireland', 'United States of America', 'United States Minor Outlying Islands', 'Canada', 'Germany', 'France', 'Netherlands', 'India', 'Australia'];
const BANDS = [['lt3', 'Fewer than 3 years'], ['3-5', '3 to 5 years'], ['6-8', '6 to 8 years'], ['9+', '9 years or more']];
const DEGREES = ['GCSEs / A-levels or high school', 'Undergraduate degree (BA, BSc, BS)', 'Postgraduate degree (MA, MSc, MS)', 'Doctorate (PhD)', 'None of these'];
const OFFICES = ['San Francisco', 'London', 'Remote (US)', 'Remote (UK)'];

function Question({ q, formik }) {
  const name = `answers.${q.key}`;
  const value = formik.values.answers[q.key];
  const set = (v) => formik.setFieldValue(name, v);
  if (q.type === 'radio')
    return (
      <Radio.Group name={name} label={q.label} description={q.description} value={value} onChange={set}>
        <Stack gap={6} mt="xs">{q.options.map(([v, t]) => <Radio key={v} value={v} label={t} />)}</Stack>
      </Radio.Group>
    );
  if (q.type === 'select') return <Select id={`q-${q.key}`} name={name} label={q.label} description={q.description} placeholder="Pick one" data={q.options.map(([v, t]) => ({ value: v, label: t }))} value={value || null} onChange={(v) => set(v ?? '')} />;
  if (q.type === 'segmented')
    return (
      <div>
        <Text size="sm" fw={500} id={`q-${q.key}-label`}>{q.label}</Text>
        <SegmentedControl id={`q-${q.key}`} name={name} aria-labelledby={`q-${q.key}-label`} data={q.options.map(([v, t]) => ({ value: v, label: t }))} value={value} onChange={set} />
      </div>
    );
  if (q.type === 'textarea') return <Textarea label={q.label} description={q.description} autosize minRows={3} {...formik.getFieldProps(name)} />;
  return <TextInput label={q.label} description={q.description} placeholder={q.placeholder} {...formik.getFieldProps(name)} />;
}

function Application({ posting }) {
  const [sent, setSent] = useState(false);
  const formik = useFormik({
    initialValues: {
      firstName: '', lastName: '', email: '', dialCode: 'GB', mobile: '', city: '', country: '', linkedin: '', employer: '', jobTitle: '',
      band: '', pronouns: '', degree: '', salary: '', startDate: null, resume: null, coverLetter: '', offices: [], workMode: 'hybrid',
      answers: Object.fromEntries(posting.questions.map((q) => [q.key, q.type === 'segmented' ? q.options[0][0] : ''])), talentPool: false, privacy: false,
    },
    validate: (v) => {
      const errors = {};
      if (!v.firstName) errors.firstName = 'Required';
      if (!v.email) errors.email = 'Required';
      if (!v.resume) errors.resume = 'Please attach your CV or resume';
      if (!v.privacy) errors.privacy = 'Please accept the privacy notice';
      return errors;
    },
    onSubmit: () => setSent(true),
  });
  const err = (name) => (formik.touched[name] && formik.errors[name]) || undefined;
  return (
    <>
      <header className="bw-header">
        <Text fw={700}>Brightwick</Text>
        <TextInput id="role-search" placeholder="Search roles" aria-label="Search roles" w={260} />
      </header>
      <Container size={640} py="xl">
        <Title order={1}>{posting.title}</Title>
        <Text c="dimmed" mb="lg">{posting.where}</Text>
        <form id="apply-form" onSubmit={formik.handleSubmit} noValidate>
          <Stack gap="md">
            <Title order={3}>Personal details</Title>
            <Group grow>
              <TextInput label="First name" withAsterisk error={err('firstName')} {...formik.getFieldProps('firstName')} />
              <TextInput label="Surname" {...formik.getFieldProps('lastName')} />
            </Group>
            <TextInput label="Email" type="email" withAsterisk error={err('email')} {...formik.getFieldProps('email')} />
            <Group align="flex-end" gap="xs" grow={false}>
              <Select id="dial-code" name="dialCode" label="Mobile" w={120} searchable allowDeselect={false} data={DIAL} value={formik.values.dialCode} onChange={(v) => formik.setFieldValue('dialCode', v)} comboboxProps={{ width: 180 }} />
              <TextInput id="mobile" aria-label="Mobile number" placeholder="7700 900123" style={{ flex: 1 }} {...formik.getFieldProps('mobile')} />
            </Group>
            <Autocomplete id="city" name="city" label="Town or city" data={CITIES} value={formik.values.city} onChange={(v) => formik.setFieldValue('city', v)} />
            <Select id="country" name="country" label="Country you live in" searchable placeholder="Start typing" data={COUNTRIES} value={formik.values.country || null} onChange={(v) => formik.setFieldValue('country', v ?? '')} />
            <TextInput label="LinkedIn" placeholder="linkedin.com/in/…" {...formik.getFieldProps('linkedin')} />

            <Title order={3}>Experience</Title>
            <Group grow>
              <TextInput label="Current employer" {...formik.getFieldProps('employer')} />
              <TextInput label="Current job title" {...formik.getFieldProps('jobTitle')} />
            </Group>
            <Radio.Group name="band" label="How long have you worked in data?" value={formik.values.band} onChange={(v) => formik.setFieldValue('band', v)}>
              <Group mt="xs">{BANDS.map(([v, t]) => <Radio key={v} value={v} label={t} />)}</Group>
            </Radio.Group>
            <Select id="degree" name="degree" label="Highest qualification" placeholder="Choose one" data={DEGREES} value={formik.values.degree || null} onChange={(v) => formik.setFieldValue('degree', v ?? '')} />
            <div>
              <Text size="sm" fw={500}>Pronouns</Text>
              <Text size="xs" c="dimmed" mb={6}>Optional. We’ll use them in interview notes.</Text>
              <Chip.Group multiple={false} value={formik.values.pronouns} onChange={(v) => formik.setFieldValue('pronouns', v)}>
                <Group gap="xs" id="pronouns">
                  <Chip value="she/her" name="pronouns">she/her</Chip>
                  <Chip value="he/him" name="pronouns">he/him</Chip>
                  <Chip value="they/them" name="pronouns">they/them</Chip>
                  <Chip value="other" name="pronouns">something else</Chip>
                </Group>
              </Chip.Group>
            </div>
            <NumberInput id="salary" name="salary" label="Expected base salary" description="Gross per year, US dollars" prefix="$" thousandSeparator="," hideControls value={formik.values.salary} onChange={(v) => formik.setFieldValue('salary', v)} />
            <DateInput id="start-date" name="startDate" label="Earliest start date" placeholder="e.g. 03 Feb 2027" valueFormat="DD MMM YYYY" clearable value={formik.values.startDate} onChange={(v) => formik.setFieldValue('startDate', v)} />

            <Title order={3}>CV and cover letter</Title>
            <FileInput id="resume" label="CV / résumé" withAsterisk placeholder="Attach a PDF or Word file" accept=".pdf,.doc,.docx" clearable error={err('resume')} value={formik.values.resume} onChange={(file) => formik.setFieldValue('resume', file)} />
            <Textarea label="Cover letter" description="Optional" autosize minRows={4} {...formik.getFieldProps('coverLetter')} />

            <Title order={3}>For this role</Title>
            {posting.questions.map((q) => <Question key={q.key} q={q} formik={formik} />)}
            <MultiSelect id="offices" name="offices" label="Which offices would work for you?" placeholder="Pick any" data={OFFICES} value={formik.values.offices} onChange={(v) => formik.setFieldValue('offices', v)} />
            <div>
              <Text size="sm" fw={500} id="work-mode-label">Preferred way of working</Text>
              <SegmentedControl id="work-mode" name="workMode" aria-labelledby="work-mode-label" data={[{ value: 'office', label: 'In the office' }, { value: 'hybrid', label: 'Hybrid' }, { value: 'remote', label: 'Remote' }]} value={formik.values.workMode} onChange={(v) => formik.setFieldValue('workMode', v)} />
            </div>
            <Switch id="talent-pool" name="talentPool" label="Keep my details for other Brightwick roles" checked={formik.values.talentPool} onChange={(e) => formik.setFieldValue('talentPool', e.currentTarget.checked)} />
            <Checkbox id="privacy" name="privacy" label="I’ve read the candidate privacy notice" checked={formik.values.privacy} error={err('privacy')} onChange={(e) => formik.setFieldValue('privacy', e.currentTarget.checked)} />
            <Button id="bw-submit" type="submit" w="fit-content">Send application</Button>
            {sent && <Text id="bw-done" c="teal">Thanks, application sent.</Text>}
          </Stack>
        </form>
        <pre id="model">{JSON.stringify({ ...formik.values, resume: formik.values.resume?.name ?? null })}</pre>
      </Container>
      <footer className="bw-footer">
        <Text size="sm">The Brightwick Dispatch: product news every other month.</Text>
        <Group gap="xs"><TextInput id="dispatch-email" placeholder="Email address" aria-label="Email address for the Brightwick Dispatch" /><Button variant="light">Sign up</Button></Group>
      </footer>
    </>
  );
}

export function renderApplication(posting) {
  createRoot(document.getElementById('root')).render(<MantineProvider><Application posting={posting} /></MantineProvider>);
}
