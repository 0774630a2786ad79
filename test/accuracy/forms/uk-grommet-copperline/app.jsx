/**
 * A water-utility analytics company's careers page (Copperline Water) built with Grommet 2 the way
 * its docs bind a Form: <Form value onChange> with FormFields named after the value keys (each
 * FormField renders the label `for` its child's id), TextInputs (the header role search uses a
 * TextInput with suggestions), a MaskedInput for the phone "(###) ###-####", Selects with object
 * options (labelKey / valueKey with reduce, options in a Drop at the end of <body>), plain string
 * Selects, RadioButtonGroups with range and sentence answers, a CheckBoxGroup and a toggle
 * CheckBox to leave alone, a DateInput with format mm/dd/yyyy (calendar in a Drop), a FileInput
 * (drop zone over its own native input), a TextArea "Cover note" and a consent CheckBox.
 * The Form's value object is rendered into <pre id="model">.
 */
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import {
  Box, Button, CheckBox, CheckBoxGroup, DateInput, FileInput, Form, FormField, Grommet, Header, Heading, MaskedInput,
  Paragraph, RadioButtonGroup, Select, Text, TextArea, TextInput, grommet,
} from 'grommet';

const STATES = [
  ['AZ', 'Arizona'], ['CA', 'California'], ['CO', 'Colorado'], ['ID', 'Idaho'], ['NV', 'Nevada'], ['NM', 'New Mexico'],
  ['OR', 'Oregon'], ['TX', 'Texas'], ['UT', 'Utah'], ['WA', 'Washington'],
].map(([value, label]) => ({ value, label }));
const EDUCATION = ['Some college', 'Associate’s', 'Bachelor’s', 'Master’s', 'Doctorate', 'Trade certification'];
const PRONOUNS = ['she/her/hers', 'he/him/his', 'they/them/theirs', 'Not listed'];
const HEARD = ['Copperline website', 'LinkedIn', 'AWWA conference', 'Referral', 'Other'];
const ROLES = ['Senior Data Engineer, Metering', 'Hydraulic Modeling Engineer', 'Customer Success Manager', 'Field Data Technician'];
const PHONE_MASK = [
  { fixed: '(' }, { length: 3, regexp: /^[0-9]{1,3}$/, placeholder: 'xxx' }, { fixed: ')' }, { fixed: ' ' },
  { length: 3, regexp: /^[0-9]{1,3}$/, placeholder: 'xxx' }, { fixed: '-' }, { length: 4, regexp: /^[0-9]{1,4}$/, placeholder: 'xxxx' },
];

const EMPTY = {
  firstName: '', surname: '', email: '', phone: '', street: '', city: '', state: '', zip: '', linkedin: '', employer: '',
  jobTitle: '', experience: '', education: '', authorized: '', sponsorship: '', startDate: '', salary: '', resume: [],
  coverNote: '', pronouns: '', meters: [], fieldVisits: '', heard: '', disability: '', blog: false, consent: false,
};

function App() {
  const [value, setValue] = useState(EMPTY);
  const [search, setSearch] = useState('');
  const [done, setDone] = useState(false);
  const model = { ...value, search, resume: (value.resume || []).map((f) => f.name) };

  return (
    <Grommet theme={grommet}>
      <Header background="brand" pad={{ horizontal: 'large', vertical: 'small' }}>
        <Text weight="bold">Copperline Water · Careers</Text>
        <Box width="medium" id="role-search">
          <TextInput name="roleSearch" aria-label="Search roles" placeholder="Search roles" value={search}
            onChange={(e) => setSearch(e.target.value)} suggestions={ROLES.filter((r) => search && r.toLowerCase().includes(search.toLowerCase()))}
            onSuggestionSelect={(e) => setSearch(e.suggestion)} />
        </Box>
      </Header>
      <Box width="large" margin={{ horizontal: 'auto', vertical: 'medium' }} pad="medium" background="white" round="small">
        <Heading level={2} margin="none">Senior Data Engineer, Metering</Heading>
        <Paragraph>Sacramento, CA · Hybrid (2 days in office) · Full time</Paragraph>
        {done ? (
          <Box id="submitted"><Heading level={3}>We’ve received your application. Thank you!</Heading></Box>
        ) : (
          <Form id="copperline-apply" value={value} onChange={(next) => setValue(next)} onSubmit={() => setDone(true)}>
            <Heading level={4}>Contact details</Heading>
            <Box direction="row" gap="small">
              <FormField name="firstName" htmlFor="firstName" label="First name" required><TextInput id="firstName" name="firstName" /></FormField>
              <FormField name="surname" htmlFor="surname" label="Surname" required><TextInput id="surname" name="surname" /></FormField>
            </Box>
            <FormField name="email" htmlFor="email" label="Email address" required><TextInput id="email" name="email" type="email" /></FormField>
            <FormField name="phone" htmlFor="phone" label="Daytime phone"><MaskedInput id="phone" name="phone" mask={PHONE_MASK} /></FormField>
            <FormField name="street" htmlFor="street" label="Street address"><TextInput id="street" name="street" /></FormField>
            <Box direction="row" gap="small">
              <FormField name="city" htmlFor="city" label="City"><TextInput id="city" name="city" /></FormField>
              <FormField name="state" htmlFor="state__input" label="State">
                <Select id="state" name="state" options={STATES} labelKey="label" valueKey={{ key: 'value', reduce: true }} placeholder="Choose" />
              </FormField>
              <FormField name="zip" htmlFor="zip" label="ZIP"><TextInput id="zip" name="zip" /></FormField>
            </Box>
            <FormField name="linkedin" htmlFor="linkedin" label="LinkedIn profile URL"><TextInput id="linkedin" name="linkedin" /></FormField>

            <Heading level={4}>Experience</Heading>
            <FormField name="employer" htmlFor="employer" label="Most recent employer"><TextInput id="employer" name="employer" /></FormField>
            <FormField name="jobTitle" htmlFor="jobTitle" label="Most recent job title"><TextInput id="jobTitle" name="jobTitle" /></FormField>
            <FormField name="experience" htmlFor="experience" label="How much professional experience do you have?">
              <RadioButtonGroup id="experience" name="experience" options={['Fewer than 3 years', '3–6 years', '7–10 years', 'More than 10 years']} />
            </FormField>
            <FormField name="education" htmlFor="education__input" label="Highest level of education">
              <Select id="education" name="education" options={EDUCATION} placeholder="Choose" />
            </FormField>
            <FormField name="pronouns" htmlFor="pronouns__input" label="Pronouns (optional)">
              <Select id="pronouns" name="pronouns" options={PRONOUNS} placeholder="Choose" />
            </FormField>

            <Heading level={4}>Eligibility and availability</Heading>
            <FormField name="authorized" htmlFor="authorized" label="Are you legally authorized to work in the U.S.?">
              <RadioButtonGroup id="authorized" name="authorized" direction="row" options={[{ label: 'Yes', value: 'yes' }, { label: 'No', value: 'no' }]} />
            </FormField>
            <FormField name="sponsorship" htmlFor="sponsorship__input" label="Sponsorship needed?">
              <Select id="sponsorship" name="sponsorship" options={[{ label: 'No sponsorship needed', value: 'none' }, { label: 'Yes, now', value: 'now' }, { label: 'Yes, in the future', value: 'later' }]}
                labelKey="label" valueKey={{ key: 'value', reduce: true }} placeholder="Choose" />
            </FormField>
            <FormField name="startDate" htmlFor="startDate" label="Earliest start date">
              <DateInput id="startDate" name="startDate" format="mm/dd/yyyy" />
            </FormField>
            <FormField name="salary" htmlFor="salary" label="Desired salary (annual, USD)"><TextInput id="salary" name="salary" /></FormField>

            <Heading level={4}>Documents</Heading>
            <FormField name="resume" htmlFor="resume" label="Résumé">
              <FileInput id="resume" name="resume" accept=".pdf,.doc,.docx" messages={{ dropPrompt: 'Drop your résumé here or', browse: 'select a file' }} />
            </FormField>
            <FormField name="coverNote" htmlFor="coverNote" label="Cover note (optional)" help="Tell us in your own words why you’re applying">
              <TextArea id="coverNote" name="coverNote" rows={5} />
            </FormField>

            <Heading level={4}>A few more questions</Heading>
            <FormField name="meters" htmlFor="meters" label="Which meter data have you worked with?">
              <CheckBoxGroup id="meters" name="meters" options={['AMI interval reads', 'AMR drive-by reads', 'SCADA tags', 'None of these']} />
            </FormField>
            <FormField name="fieldVisits" htmlFor="fieldVisits" label="Are you comfortable with occasional visits to treatment plants?">
              <RadioButtonGroup id="fieldVisits" name="fieldVisits" options={['Yes', 'No', 'Let’s talk about it']} />
            </FormField>
            <FormField name="heard" htmlFor="heard__input" label="How did you hear about us?">
              <Select id="heard" name="heard" options={HEARD} placeholder="Choose" />
            </FormField>
            <FormField name="disability" htmlFor="disability" label="Do you have a disability? (voluntary)">
              <RadioButtonGroup id="disability" name="disability" options={['Yes', 'No', 'I don’t wish to answer']} />
            </FormField>
            <FormField name="blog" htmlFor="blog">
              <CheckBox id="blog" name="blog" toggle label="Subscribe me to the Copperline engineering blog" />
            </FormField>
            <FormField name="consent" htmlFor="consent">
              <CheckBox id="consent" name="consent" label="I certify that the information I have provided is true and complete." />
            </FormField>
            <Box direction="row" gap="medium" margin={{ top: 'medium' }}>
              <Button type="submit" primary label="Submit application" id="submit-application" />
            </Box>
          </Form>
        )}
      </Box>
      <pre id="model">{JSON.stringify(model, null, 2)}</pre>
    </Grommet>
  );
}

createRoot(document.getElementById('root')).render(<App />);
