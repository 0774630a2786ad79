/**
 * A search-and-observability company's careers page on Elastic UI (@elastic/eui 122, Borealis
 * theme) with Formik holding the state: EuiFormRow labels (`for` generated ids) with help texts,
 * EuiFieldText, an EuiComboBox country with singleSelection asPlainText (the search input is the
 * labelled control, the chosen value shows as plain text beside it), a multi EuiComboBox of skills,
 * EuiSuperSelects (button role=combobox + hidden input; dropdown of role=option buttons in a
 * portal) for experience and degree, a native EuiSelect for the source, an EuiFieldText with an
 * "https://" prepend, an EuiFieldNumber with "$" prepend and "USD / year" append, an EuiRadioGroup
 * (sentences), an EuiDatePicker (react-datepicker fork, moment, MM/DD/YYYY), an EuiFilePicker, an
 * EuiTextArea, EuiSwitch and EuiCheckbox; a header EuiFieldSearch. Values go into <pre id="model">.
 */
import { createRoot } from 'react-dom/client';
import { Formik } from 'formik';
import moment from 'moment';
import {
  EuiButton,
  EuiCallOut,
  EuiCheckbox,
  EuiComboBox,
  EuiDatePicker,
  EuiFieldNumber,
  EuiFieldSearch,
  EuiFieldText,
  EuiFilePicker,
  EuiFlexGroup,
  EuiFlexItem,
  EuiForm,
  EuiFormRow,
  EuiHeader,
  EuiHeaderSection,
  EuiHeaderSectionItem,
  EuiPageTemplate,
  EuiProvider,
  EuiRadioGroup,
  EuiSelect,
  EuiSpacer,
  EuiSuperSelect,
  EuiSwitch,
  EuiText,
  EuiTextArea,
  EuiTitle,
} from '@elastic/eui';
import countries from 'world-countries';

const COUNTRY_OPTIONS = countries
  .map((country) => ({ label: country.name.common, value: country.cca3 }))
  .sort((a, b) => a.label.localeCompare(b.label));

const SKILL_OPTIONS = ['Elasticsearch', 'Kafka', 'Spark', 'Flink', 'Go', 'Java', 'Python', 'Kubernetes', 'Terraform', 'OpenTelemetry', 'SQL'].map(
  (label) => ({ label }),
);

const EXPERIENCE = [
  { value: 'lt2', inputDisplay: 'Less than 2 years' },
  { value: '2to5', inputDisplay: '2 to 5 years' },
  { value: '5to8', inputDisplay: '5 to 8 years' },
  { value: '8to12', inputDisplay: '8 to 12 years' },
  { value: 'gt12', inputDisplay: 'More than 12 years' },
];
const DEGREES = [
  { value: 'none', inputDisplay: 'No formal degree' },
  { value: 'associate', inputDisplay: 'Associate degree' },
  { value: 'bachelor', inputDisplay: 'Bachelor’s degree' },
  { value: 'master', inputDisplay: 'Master’s degree' },
  { value: 'phd', inputDisplay: 'PhD' },
];
const SOURCES = [
  { value: '', text: 'Select one' },
  { value: 'linkedin', text: 'LinkedIn' },
  { value: 'site', text: 'Trellisearch careers site' },
  { value: 'community', text: 'Trellisearch community or forum' },
  { value: 'event', text: 'Event or meetup' },
  { value: 'referral', text: 'Employee referral' },
  { value: 'other', text: 'Other' },
];

const INITIAL = {
  firstName: '',
  lastName: '',
  email: '',
  phone: '',
  country: [],
  city: '',
  linkedin: '',
  portfolio: '',
  employer: '',
  title: '',
  experience: '',
  degree: '',
  skills: [],
  authorization: '',
  salary: '',
  startDate: null,
  resume: null,
  coverLetter: '',
  source: '',
  remoteOk: false,
  privacy: false,
};

function Header() {
  return (
    <EuiHeader>
      <EuiHeaderSection grow={false}>
        <EuiHeaderSectionItem>
          <strong style={{ padding: '0 16px' }}>trellisearch · careers</strong>
        </EuiHeaderSectionItem>
      </EuiHeaderSection>
      <EuiHeaderSection side="right">
        <EuiHeaderSectionItem>
          <EuiFieldSearch placeholder="Search jobs" aria-label="Search jobs" compressed name="job-search" />
        </EuiHeaderSectionItem>
      </EuiHeaderSection>
    </EuiHeader>
  );
}

function Application() {
  return (
    <Formik initialValues={INITIAL} onSubmit={(_values, helpers) => helpers.setStatus('sent')}>
      {({ values, setFieldValue, handleSubmit, status }) => {
        if (status === 'sent') {
          return (
            <EuiCallOut id="application-sent" title="Application submitted" color="success" iconType="check">
              <p>Thanks for applying! Our talent team will review your application.</p>
            </EuiCallOut>
          );
        }
        const field = (name) => ({ name, value: values[name], onChange: (event) => setFieldValue(name, event.target.value) });
        const shown = {
          ...values,
          country: values.country.map((option) => option.value),
          skills: values.skills.map((option) => option.label),
          startDate: values.startDate ? values.startDate.format('YYYY-MM-DD') : null,
          resume: values.resume,
        };
        return (
          <>
            <EuiForm component="form" id="application-form" onSubmit={handleSubmit}>
              <EuiFlexGroup>
                <EuiFlexItem>
                  <EuiFormRow label="First name" fullWidth>
                    <EuiFieldText fullWidth {...field('firstName')} required />
                  </EuiFormRow>
                </EuiFlexItem>
                <EuiFlexItem>
                  <EuiFormRow label="Last name" fullWidth>
                    <EuiFieldText fullWidth {...field('lastName')} required />
                  </EuiFormRow>
                </EuiFlexItem>
              </EuiFlexGroup>
              <EuiFormRow label="Email" fullWidth>
                <EuiFieldText fullWidth type="email" {...field('email')} required />
              </EuiFormRow>
              <EuiFormRow label="Phone number" helpText="Include your country code." fullWidth>
                <EuiFieldText fullWidth type="tel" {...field('phone')} />
              </EuiFormRow>
              <EuiFlexGroup>
                <EuiFlexItem>
                  <EuiFormRow label="Country of residence" fullWidth>
                    <EuiComboBox
                      fullWidth
                      placeholder="Select a country"
                      singleSelection={{ asPlainText: true }}
                      options={COUNTRY_OPTIONS}
                      selectedOptions={values.country}
                      onChange={(selected) => setFieldValue('country', selected)}
                      isClearable
                      data-test-subj="countryCombo"
                    />
                  </EuiFormRow>
                </EuiFlexItem>
                <EuiFlexItem>
                  <EuiFormRow label="City" fullWidth>
                    <EuiFieldText fullWidth {...field('city')} />
                  </EuiFormRow>
                </EuiFlexItem>
              </EuiFlexGroup>

              <EuiSpacer />
              <EuiTitle size="xs">
                <h3>Experience</h3>
              </EuiTitle>
              <EuiSpacer size="s" />
              <EuiFormRow label="LinkedIn" fullWidth>
                <EuiFieldText fullWidth prepend="https://" placeholder="www.linkedin.com/in/…" {...field('linkedin')} />
              </EuiFormRow>
              <EuiFormRow label="Portfolio, GitHub or other work samples" helpText="A link to something you built." fullWidth>
                <EuiFieldText fullWidth {...field('portfolio')} />
              </EuiFormRow>
              <EuiFlexGroup>
                <EuiFlexItem>
                  <EuiFormRow label="Current or most recent employer" fullWidth>
                    <EuiFieldText fullWidth {...field('employer')} />
                  </EuiFormRow>
                </EuiFlexItem>
                <EuiFlexItem>
                  <EuiFormRow label="Current or most recent title" fullWidth>
                    <EuiFieldText fullWidth {...field('title')} />
                  </EuiFormRow>
                </EuiFlexItem>
              </EuiFlexGroup>
              <EuiFormRow label="Years of experience in data engineering" fullWidth>
                <EuiSuperSelect
                  fullWidth
                  options={EXPERIENCE}
                  valueOfSelected={values.experience}
                  onChange={(value) => setFieldValue('experience', value)}
                  placeholder="Select a range"
                  data-test-subj="experienceSelect"
                />
              </EuiFormRow>
              <EuiFormRow label="Highest level of education" fullWidth>
                <EuiSuperSelect
                  fullWidth
                  options={DEGREES}
                  valueOfSelected={values.degree}
                  onChange={(value) => setFieldValue('degree', value)}
                  placeholder="Select a degree"
                  data-test-subj="degreeSelect"
                />
              </EuiFormRow>
              <EuiFormRow label="Technologies you have used in production" helpText="Pick as many as apply." fullWidth>
                <EuiComboBox
                  fullWidth
                  placeholder="Select technologies"
                  options={SKILL_OPTIONS}
                  selectedOptions={values.skills}
                  onChange={(selected) => setFieldValue('skills', selected)}
                  data-test-subj="skillsCombo"
                />
              </EuiFormRow>

              <EuiSpacer />
              <EuiTitle size="xs">
                <h3>Logistics</h3>
              </EuiTitle>
              <EuiSpacer size="s" />
              <EuiFormRow label="What is your work authorization status in the United States?" fullWidth>
                <EuiRadioGroup
                  name="authorization"
                  idSelected={values.authorization ? `auth-${values.authorization}` : undefined}
                  onChange={(id) => setFieldValue('authorization', id.replace('auth-', ''))}
                  options={[
                    { id: 'auth-citizen', label: 'I am authorized to work in the US and do not require sponsorship' },
                    { id: 'auth-sponsor-now', label: 'I am authorized to work in the US but will require sponsorship now or in the future' },
                    { id: 'auth-not', label: 'I am not currently authorized to work in the US' },
                  ]}
                />
              </EuiFormRow>
              <EuiFormRow label="Salary expectations" helpText="Base salary. Our ranges are listed in the job description." fullWidth>
                <EuiFieldNumber prepend="$" append="USD / year" {...field('salary')} />
              </EuiFormRow>
              <EuiFormRow label="Earliest start date" fullWidth>
                <EuiDatePicker
                  selected={values.startDate}
                  onChange={(date) => setFieldValue('startDate', date)}
                  minDate={moment('2026-12-01')}
                  placeholder="Select a date"
                  name="startDate"
                />
              </EuiFormRow>
              <EuiFormRow label="Resume" helpText="PDF or DOCX" fullWidth>
                <EuiFilePicker
                  id="resume"
                  name="resume"
                  fullWidth
                  initialPromptText="Select or drag and drop your resume"
                  accept=".pdf,.docx"
                  onChange={(files) => setFieldValue('resume', files && files.length ? files[0].name : null)}
                  display="large"
                />
              </EuiFormRow>
              <EuiFormRow label="Cover letter (optional)" fullWidth>
                <EuiTextArea fullWidth rows={6} {...field('coverLetter')} />
              </EuiFormRow>
              <EuiFormRow label="How did you hear about us?" fullWidth>
                <EuiSelect fullWidth options={SOURCES} {...field('source')} hasNoInitialSelection={false} />
              </EuiFormRow>
              <EuiSpacer size="m" />
              <EuiSwitch
                id="remote-ok"
                label="Also consider me for other remote roles"
                checked={values.remoteOk}
                onChange={(event) => setFieldValue('remoteOk', event.target.checked)}
              />
              <EuiSpacer size="m" />
              <EuiCheckbox
                id="privacy-consent"
                label="I agree to the processing of my personal data as described in the Trellisearch Applicant Privacy Notice."
                checked={values.privacy}
                onChange={(event) => setFieldValue('privacy', event.target.checked)}
                required
              />
              <EuiSpacer />
              <EuiButton type="submit" fill id="submit-application">
                Submit application
              </EuiButton>
            </EuiForm>
            <EuiSpacer />
            <pre id="model">{JSON.stringify(shown)}</pre>
          </>
        );
      }}
    </Formik>
  );
}

createRoot(document.getElementById('root')).render(
  <EuiProvider colorMode="light">
    <Header />
    <EuiPageTemplate restrictWidth={820} panelled={false}>
      <EuiPageTemplate.Header pageTitle="Senior Data Engineer – Observability Platform" description="Engineering · Remote, United States · Full-time" />
      <EuiPageTemplate.Section>
        <EuiText>
          <p>
            Our observability platform ingests petabytes of logs, metrics and traces every day. Join the pipelines team to make that ingestion faster and cheaper, and
            help customers search it in milliseconds.
          </p>
        </EuiText>
        <EuiSpacer />
        <EuiTitle size="s">
          <h2>Apply now</h2>
        </EuiTitle>
        <EuiSpacer />
        <Application />
      </EuiPageTemplate.Section>
    </EuiPageTemplate>
  </EuiProvider>,
);
