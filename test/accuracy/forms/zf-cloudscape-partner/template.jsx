/**
 * The application template of an AWS consulting partner's own careers portal, built with Cloudscape (the design system of the
 * AWS console): TopNavigation with a job search and a sign-in utility, ContentLayout + Container
 * sections inside a Cloudscape Form, FormField labels tied to inputs by controlId, Selects (a
 * button trigger with the chosen label, a listbox dropdown, a filter box on the long lists, no
 * native select), an Autosuggest school, Tiles for the experience ranges (visually hidden radios
 * in tiles), RadioGroups, a DatePicker whose box is masked "YYYY/MM/DD", Multiselects and a Toggle
 * to leave alone, FileUpload (a hidden file input behind "Choose file"), a Textarea, a consent
 * Checkbox and a "Job alerts" side container with its own email box. State in useState, rendered
 * into <pre id="model">. Each posting (app.jsx) brings its title, its experience question and its
 * screening questions.
 */
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import '@cloudscape-design/global-styles/index.css';
import Autosuggest from '@cloudscape-design/components/autosuggest';
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Checkbox from '@cloudscape-design/components/checkbox';
import ColumnLayout from '@cloudscape-design/components/column-layout';
import Container from '@cloudscape-design/components/container';
import ContentLayout from '@cloudscape-design/components/content-layout';
import DatePicker from '@cloudscape-design/components/date-picker';
import FileUpload from '@cloudscape-design/components/file-upload';
import Form from '@cloudscape-design/components/form';
import FormField from '@cloudscape-design/components/form-field';
import Grid from '@cloudscape-design/components/grid';
import Header from '@cloudscape-design/components/header';
import Input from '@cloudscape-design/components/input';
import Multiselect from '@cloudscape-design/components/multiselect';
import RadioGroup from '@cloudscape-design/components/radio-group';
import Select from '@cloudscape-design/components/select';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Textarea from '@cloudscape-design/components/textarea';
import Tiles from '@cloudscape-design/components/tiles';
import Toggle from '@cloudscape-design/components/toggle';
import TopNavigation from '@cloudscape-design/components/top-navigation';
import countries from 'world-countries';

const COUNTRIES = countries
  .map((country) => ({ label: country.name.common, value: country.cca2 }))
  .sort((a, b) => a.label.localeCompare(b.label));
const DIAL_CODES = countries
  .filter((country) => country.idd.root && country.idd.suffixes.length === 1)
  .map((country) => ({ label: `${country.name.common} (${country.idd.root}${country.idd.suffixes[0]})`, value: country.cca2 }))
  .concat([
    { label: 'United States (+1)', value: 'US' },
    { label: 'Canada (+1)', value: 'CA' },
  ])
  .sort((a, b) => a.label.localeCompare(b.label));
const STATES = [
  ['AL', 'Alabama'], ['AK', 'Alaska'], ['AZ', 'Arizona'], ['AR', 'Arkansas'], ['CA', 'California'], ['CO', 'Colorado'],
  ['CT', 'Connecticut'], ['DE', 'Delaware'], ['DC', 'District of Columbia'], ['FL', 'Florida'], ['GA', 'Georgia'],
  ['HI', 'Hawaii'], ['ID', 'Idaho'], ['IL', 'Illinois'], ['IN', 'Indiana'], ['IA', 'Iowa'], ['KS', 'Kansas'],
  ['KY', 'Kentucky'], ['LA', 'Louisiana'], ['ME', 'Maine'], ['MD', 'Maryland'], ['MA', 'Massachusetts'],
  ['MI', 'Michigan'], ['MN', 'Minnesota'], ['MS', 'Mississippi'], ['MO', 'Missouri'], ['MT', 'Montana'],
  ['NE', 'Nebraska'], ['NV', 'Nevada'], ['NH', 'New Hampshire'], ['NJ', 'New Jersey'], ['NM', 'New Mexico'],
  ['NY', 'New York'], ['NC', 'North Carolina'], ['ND', 'North Dakota'], ['OH', 'Ohio'], ['OK', 'Oklahoma'],
  ['OR', 'Oregon'], ['PA', 'Pennsylvania'], ['RI', 'Rhode Island'], ['SC', 'South Carolina'], ['SD', 'South Dakota'],
  ['TN', 'Tennessee'], ['TX', 'Texas'], ['UT', 'Utah'], ['VT', 'Vermont'], ['VA', 'Virginia'], ['WA', 'Washington'],
  ['WV', 'West Virginia'], ['WI', 'Wisconsin'], ['WY', 'Wyoming'], ['XX', 'Not in the United States'],
].map(([value, label]) => ({ label, value }));
const PRONOUNS = ['She/her', 'He/him', 'They/them', 'Self-describe', 'Prefer not to say'].map((label) => ({ label, value: label.toLowerCase() }));
const DEGREES = [
  { label: 'High school diploma or GED', value: 'hs' },
  { label: 'Associate degree', value: 'associate' },
  { label: "Bachelor's degree", value: 'bachelor' },
  { label: "Master's degree", value: 'master' },
  { label: 'Doctorate (PhD)', value: 'phd' },
  { label: 'Other', value: 'other' },
];
const SCHOOLS = [
  'Arizona State University', 'Carnegie Mellon University', 'Georgia Institute of Technology', 'Stanford University',
  'University of California, Berkeley', 'University of California, San Diego', 'University of Illinois Urbana-Champaign',
  'University of Texas at Austin', 'University of Washington',
].map((value) => ({ value }));
const CURRENCIES = [
  { label: 'USD – US dollar', value: 'USD' },
  { label: 'CAD – Canadian dollar', value: 'CAD' },
  { label: 'EUR – Euro', value: 'EUR' },
  { label: 'GBP – British pound', value: 'GBP' },
  { label: 'INR – Indian rupee', value: 'INR' },
];
const CERTIFICATIONS = [
  'AWS Certified Cloud Practitioner', 'AWS Certified Solutions Architect – Associate', 'AWS Certified Data Engineer – Associate',
  'AWS Certified Machine Learning – Specialty', 'AWS Certified Solutions Architect – Professional',
].map((label) => ({ label, value: label }));
const OFFICES = ['Seattle, WA', 'San Francisco, CA', 'Austin, TX', 'Arlington, VA', 'Remote – US'].map((label) => ({ label, value: label }));
const HEARD = ['AWS Partner Network', 'LinkedIn', 'Employee referral', 'Conference / meetup', 'Other'].map((label) => ({ label, value: label }));
const YES_NO = [{ value: 'yes', label: 'Yes' }, { value: 'no', label: 'No' }];

const INITIAL = {
  firstName: '', lastName: '', preferredName: '', email: '', dialCode: null, phone: '',
  country: null, state: null, city: '', linkedin: '', github: '', pronouns: null,
  employer: '', jobTitle: '', experience: null, degree: null, school: '', authorized: null, sponsorship: null,
  startDate: '', salary: '', currency: null, certifications: [], offices: [], heard: null,
  resume: [], coverLetter: '', referralCode: '', talentCommunity: false, consent: false,
};

const SELECT_I18N = { selectedAriaLabel: 'Selected' };

function App({ posting }) {
  const [form, setForm] = useState(() => ({ ...INITIAL, ...Object.fromEntries(posting.screening.map((question) => [question.key, null])) }));
  const [sent, setSent] = useState(false);
  const [tried, setTried] = useState(false);
  const [searchText, setSearchText] = useState('');
  const [alertEmail, setAlertEmail] = useState('');
  const set = (key) => (value) => setForm((current) => ({ ...current, [key]: value }));
  const required = (key) => (tried && (!form[key] || (Array.isArray(form[key]) && form[key].length === 0)) ? 'Required' : undefined);

  const text = (key, label, extra = {}) => (
    <div data-field={key}>
      <FormField label={label} controlId={`nb-${key}`} description={extra.description} constraintText={extra.constraint} errorText={extra.required ? required(key) : undefined}>
        <Input controlId={`nb-${key}`} name={key} type={extra.type ?? 'text'} inputMode={extra.inputMode} placeholder={extra.placeholder} value={form[key]} onChange={({ detail }) => set(key)(detail.value)} />
      </FormField>
    </div>
  );
  const select = (key, label, options, extra = {}) => (
    <div data-field={key}>
      <FormField label={label} controlId={`nb-${key}`} description={extra.description} errorText={extra.required ? required(key) : undefined}>
        <Select
          controlId={`nb-${key}`}
          selectedOption={options.find((option) => option.value === form[key]) ?? null}
          onChange={({ detail }) => set(key)(detail.selectedOption.value)}
          options={options}
          placeholder={extra.placeholder ?? 'Choose an option'}
          filteringType={extra.filter ? 'auto' : 'none'}
          filteringPlaceholder={extra.filter ? 'Find an option' : undefined}
          empty="No matches"
          i18nStrings={SELECT_I18N}
        />
      </FormField>
    </div>
  );
  const radios = (key, label, items, extra = {}) => (
    <div data-field={key}>
      <FormField label={label} description={extra.description} errorText={extra.required ? required(key) : undefined}>
        <RadioGroup name={key} value={form[key]} onChange={({ detail }) => set(key)(detail.value)} items={items} />
      </FormField>
    </div>
  );

  const submit = (event) => {
    event.preventDefault();
    setTried(true);
    const needed = ['firstName', 'lastName', 'email', 'phone', 'country', 'experience', 'resume', ...posting.screening.filter((question) => question.required).map((question) => question.key)];
    if (needed.every((key) => form[key] && (!Array.isArray(form[key]) || form[key].length)) && form.consent) setSent(true);
  };

  const shown = { ...form, resume: form.resume.map((file) => file.name) };

  return (
    <>
      <div id="top-nav">
        <TopNavigation
          identity={{ href: '#', title: 'Nimbostrata Careers' }}
          search={<Input type="search" name="site-search" ariaLabel="Search jobs" placeholder="Search jobs" value={searchText} onChange={({ detail }) => setSearchText(detail.value)} />}
          utilities={[{ type: 'button', text: 'Life at Nimbostrata', href: '#' }, { type: 'button', text: 'Sign in', iconName: 'user-profile', href: '#' }]}
        />
      </div>
      <div style={{ padding: '0 24px', maxWidth: 1100, margin: '0 auto' }}>
        <ContentLayout header={<Header variant="h1" description={posting.meta}>{posting.title}</Header>}>
          {sent ? (
            <Box variant="h2" id="application-submitted">Thanks, your application was submitted. Our recruiting team will be in touch.</Box>
          ) : (
            <Grid gridDefinition={[{ colspan: { default: 12, m: 8 } }, { colspan: { default: 12, m: 4 } }]}>
              <form onSubmit={submit} noValidate id="application">
                <Form
                  actions={<SpaceBetween direction="horizontal" size="xs"><Button formAction="none" variant="link">Cancel</Button><span id="submit-application"><Button variant="primary" formAction="submit">Submit application</Button></span></SpaceBetween>}
                >
                  <SpaceBetween size="l">
                    <Container header={<Header variant="h2">Contact information</Header>}>
                      <SpaceBetween size="m">
                        <ColumnLayout columns={2}>
                          {text('firstName', 'First name', { required: true })}
                          {text('lastName', 'Last name', { required: true })}
                        </ColumnLayout>
                        {text('preferredName', <span>Preferred name <i>- optional</i></span>, { description: 'If different from your first name.' })}
                        {text('email', 'Email address', { type: 'email', required: true })}
                        <Grid gridDefinition={[{ colspan: 5 }, { colspan: 7 }]}>
                          {select('dialCode', 'Country code', DIAL_CODES, { filter: true, placeholder: 'Choose a country code' })}
                          {text('phone', 'Phone number', { type: 'tel', inputMode: 'tel', required: true, constraint: 'Digits only, without the country code.' })}
                        </Grid>
                        <ColumnLayout columns={3}>
                          {select('country', 'Country', COUNTRIES, { filter: true, required: true, placeholder: 'Choose a country' })}
                          {select('state', 'State', STATES, { filter: true, placeholder: 'Choose a state' })}
                          {text('city', 'City')}
                        </ColumnLayout>
                        {select('pronouns', <span>Pronouns <i>- optional</i></span>, PRONOUNS)}
                      </SpaceBetween>
                    </Container>

                    <Container header={<Header variant="h2">Profile</Header>}>
                      <SpaceBetween size="m">
                        {text('linkedin', 'LinkedIn profile URL', { type: 'url', placeholder: 'https://www.linkedin.com/in/…' })}
                        {text('github', <span>GitHub profile URL <i>- optional</i></span>, { type: 'url' })}
                        <ColumnLayout columns={2}>
                          {text('employer', 'Current or most recent employer')}
                          {text('jobTitle', 'Current or most recent job title')}
                        </ColumnLayout>
                        <div data-field="experience">
                          <FormField label={posting.experienceLabel} errorText={required('experience')}>
                            <Tiles
                              value={form.experience}
                              onChange={({ detail }) => set('experience')(detail.value)}
                              columns={4}
                              items={[
                                { value: '0-2', label: '0–2 years' },
                                { value: '3-5', label: '3–5 years' },
                                { value: '6-9', label: '6–9 years' },
                                { value: '10+', label: '10+ years' },
                              ]}
                            />
                          </FormField>
                        </div>
                        <ColumnLayout columns={2}>
                          {select('degree', 'Highest level of education', DEGREES)}
                          <div data-field="school">
                            <FormField label="School or university" controlId="nb-school">
                              <Autosuggest
                                controlId="nb-school"
                                value={form.school}
                                onChange={({ detail }) => set('school')(detail.value)}
                                options={SCHOOLS}
                                enteredTextLabel={(value) => `Use: "${value}"`}
                                placeholder="Start typing your school"
                                empty="No matching schools"
                              />
                            </FormField>
                          </div>
                        </ColumnLayout>
                        <div data-field="certifications">
                          <FormField label={<span>AWS certifications <i>- optional</i></span>} controlId="nb-certifications">
                            <Multiselect
                              controlId="nb-certifications"
                              selectedOptions={CERTIFICATIONS.filter((option) => form.certifications.includes(option.value))}
                              onChange={({ detail }) => set('certifications')(detail.selectedOptions.map((option) => option.value))}
                              options={CERTIFICATIONS}
                              placeholder="Choose certifications"
                              tokenLimit={3}
                            />
                          </FormField>
                        </div>
                      </SpaceBetween>
                    </Container>

                    <Container header={<Header variant="h2">Screening questions</Header>}>
                      <SpaceBetween size="m">
                        {posting.screening.map((question) => <div key={question.key}>{radios(question.key, question.label, YES_NO, { required: question.required, description: question.description })}</div>)}
                        <div data-field="startDate">
                          <FormField label="Earliest available start date" controlId="nb-startDate" constraintText="Use YYYY/MM/DD format.">
                            <DatePicker
                              controlId="nb-startDate"
                              value={form.startDate}
                              onChange={({ detail }) => set('startDate')(detail.value)}
                              placeholder="YYYY/MM/DD"
                              openCalendarAriaLabel={(selected) => 'Choose start date' + (selected ? `, selected date is ${selected}` : '')}
                            />
                          </FormField>
                        </div>
                        <Grid gridDefinition={[{ colspan: 7 }, { colspan: 5 }]}>
                          {text('salary', 'Expected annual base salary', { type: 'number', inputMode: 'numeric', description: 'Whole numbers only.' })}
                          {select('currency', 'Currency', CURRENCIES, { placeholder: 'Choose a currency' })}
                        </Grid>
                        <div data-field="offices">
                          <FormField label={<span>Preferred office locations <i>- optional</i></span>} controlId="nb-offices">
                            <Multiselect
                              controlId="nb-offices"
                              selectedOptions={OFFICES.filter((option) => form.offices.includes(option.value))}
                              onChange={({ detail }) => set('offices')(detail.selectedOptions.map((option) => option.value))}
                              options={OFFICES}
                              placeholder="Choose locations"
                            />
                          </FormField>
                        </div>
                        {select('heard', <span>How did you hear about this role? <i>- optional</i></span>, HEARD)}
                      </SpaceBetween>
                    </Container>

                    <Container header={<Header variant="h2">Documents</Header>}>
                      <SpaceBetween size="m">
                        <div data-field="resume">
                          <FormField label="Resume" description="Upload your resume or CV." errorText={required('resume')}>
                            <FileUpload
                              value={form.resume}
                              onChange={({ detail }) => set('resume')(detail.value)}
                              accept=".pdf,.doc,.docx"
                              showFileSize
                              constraintText="PDF, DOC or DOCX, up to 5 MB."
                              i18nStrings={{
                                uploadButtonText: (multiple) => (multiple ? 'Choose files' : 'Choose file'),
                                dropzoneText: (multiple) => (multiple ? 'Drop files to upload' : 'Drop file to upload'),
                                removeFileAriaLabel: (index) => `Remove file ${index + 1}`,
                                limitShowFewer: 'Show fewer files',
                                limitShowMore: 'Show more files',
                                errorIconAriaLabel: 'Error',
                                warningIconAriaLabel: 'Warning',
                              }}
                            />
                          </FormField>
                        </div>
                        <div data-field="coverLetter">
                          <FormField label={<span>Cover letter <i>- optional</i></span>} controlId="nb-coverLetter">
                            <Textarea controlId="nb-coverLetter" name="coverLetter" rows={6} value={form.coverLetter} onChange={({ detail }) => set('coverLetter')(detail.value)} />
                          </FormField>
                        </div>
                        {text('referralCode', <span>Employee referral code <i>- optional</i></span>, { description: 'Only if a Nimbostrata employee gave you a code.' })}
                        <div data-field="talentCommunity">
                          <Toggle checked={form.talentCommunity} onChange={({ detail }) => set('talentCommunity')(detail.checked)}>Keep me in the Nimbostrata talent community</Toggle>
                        </div>
                        <div data-field="consent">
                          <Checkbox checked={form.consent} onChange={({ detail }) => set('consent')(detail.checked)}>I have read the Applicant Privacy Notice and consent to Nimbostrata processing my data for recruiting.</Checkbox>
                        </div>
                      </SpaceBetween>
                    </Container>
                  </SpaceBetween>
                </Form>
              </form>
              <SpaceBetween size="l">
                <Container header={<Header variant="h3">Job alerts</Header>}>
                  <SpaceBetween size="s">
                    <Box variant="p">{posting.alerts}</Box>
                    <div data-field="alertEmail">
                      <FormField label="Email" controlId="nb-alert-email">
                        <Input controlId="nb-alert-email" name="alert_email" type="email" value={alertEmail} onChange={({ detail }) => setAlertEmail(detail.value)} />
                      </FormField>
                    </div>
                    <Button>Subscribe</Button>
                  </SpaceBetween>
                </Container>
                <Container header={<Header variant="h3">About the team</Header>}>
                  <Box variant="p">{posting.team}</Box>
                </Container>
              </SpaceBetween>
            </Grid>
          )}
          <pre id="model">{JSON.stringify(shown, null, 2)}</pre>
        </ContentLayout>
      </div>
    </>
  );
}

export function mount(posting) {
  createRoot(document.getElementById('root')).render(<App posting={posting} />);
}
