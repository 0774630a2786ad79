/**
 * A recruiting agency's hosted job page (Recruit CRM-style) built with React Suite 6: Form with a
 * Schema model, Form.Group controlId / Form.Label / Form.Control / Form.Text, SelectPickers (the
 * toggle, a search box and the options in a popup at the end of <body>) for the dial code, the
 * country (grouped by region), the state, the degree and the source, an AutoComplete for the
 * current location and the school, InputGroups with "linkedin.com/in/" and "https://" add-ons, an
 * InputNumber with "years" / "$" / "USD per year" affixes, a DatePicker typed as MM/dd/yyyy, native
 * radios in rsuite RadioGroups, a TagPicker of skills, an Uploader that keeps the file in its own
 * list, a Toggle and a Checkbox. The candidate-login box in the header is not the application.
 * The form value is rendered into <pre id="model">.
 */
import { useMemo, useState } from 'react';
import { createRoot } from 'react-dom/client';
import countries from 'world-countries';
import {
  AutoComplete,
  Button,
  Checkbox,
  CustomProvider,
  DatePicker,
  Form,
  Input,
  InputGroup,
  InputNumber,
  Message,
  Radio,
  RadioGroup,
  Schema,
  SelectPicker,
  TagPicker,
  Toggle,
  Uploader,
} from 'rsuite';
import enUS from 'rsuite/locales/en_US';
import 'rsuite/dist/rsuite.min.css';

const COUNTRY_DATA = countries
  .map((country) => ({ label: country.name.common, value: country.cca3, region: country.region || 'Other' }))
  .sort((a, b) => a.region.localeCompare(b.region) || a.label.localeCompare(b.label));

const DIAL_DATA = countries
  .filter((country) => country.idd?.root)
  .map((country) => {
    const suffix = country.idd.suffixes?.length === 1 ? country.idd.suffixes[0] : '';
    return { label: `${country.name.common} (${country.idd.root}${suffix})`, value: country.cca2 };
  })
  .sort((a, b) => a.label.localeCompare(b.label));

const STATES = [
  'Alabama', 'Alaska', 'Arizona', 'Arkansas', 'California', 'Colorado', 'Connecticut', 'Delaware', 'District of Columbia', 'Florida',
  'Georgia', 'Hawaii', 'Idaho', 'Illinois', 'Indiana', 'Iowa', 'Kansas', 'Kentucky', 'Louisiana', 'Maine', 'Maryland', 'Massachusetts',
  'Michigan', 'Minnesota', 'Mississippi', 'Missouri', 'Montana', 'Nebraska', 'Nevada', 'New Hampshire', 'New Jersey', 'New Mexico',
  'New York', 'North Carolina', 'North Dakota', 'Ohio', 'Oklahoma', 'Oregon', 'Pennsylvania', 'Rhode Island', 'South Carolina',
  'South Dakota', 'Tennessee', 'Texas', 'Utah', 'Vermont', 'Virginia', 'Washington', 'West Virginia', 'Wisconsin', 'Wyoming',
].map((name) => ({ label: name, value: name }));

const DEGREES = ['High school diploma / GED', 'Associate degree', "Bachelor's degree", "Master's degree", 'Doctorate (PhD)', 'Other'].map((label) => ({ label, value: label }));
const SOURCES = ['Recruiter reached out to me', 'LinkedIn', 'Indeed', 'Our website', 'Referral', 'Other'].map((label) => ({ label, value: label }));
const SKILLS = ['Python', 'SQL', 'Spark', 'Airflow', 'dbt', 'Kafka', 'Snowflake', 'BigQuery', 'AWS', 'GCP', 'Terraform', 'Scala'].map((label) => ({ label, value: label }));
const CITIES = [
  'San Francisco, CA', 'San Jose, CA', 'San Diego, CA', 'Los Angeles, CA', 'Oakland, CA', 'Seattle, WA', 'Portland, OR', 'Denver, CO',
  'Austin, TX', 'Dallas, TX', 'Chicago, IL', 'Boston, MA', 'New York, NY', 'Atlanta, GA', 'Miami, FL', 'Toronto, ON', 'Vancouver, BC',
];
const SCHOOLS = [
  'University of California, Berkeley', 'University of California, Los Angeles', 'University of California, San Diego', 'Stanford University',
  'University of Washington', 'University of Texas at Austin', 'Georgia Institute of Technology', 'Carnegie Mellon University',
  'Massachusetts Institute of Technology', 'University of Michigan', 'University of Illinois Urbana-Champaign', 'Cornell University',
];

const { StringType, DateType, ArrayType } = Schema.Types;
const model = Schema.Model({
  firstName: StringType().isRequired('First name is required.'),
  lastName: StringType().isRequired('Last name is required.'),
  email: StringType().isEmail('Please enter a valid email address.').isRequired('Email is required.'),
  mobile: StringType().pattern(/^[0-9 ()+-]{6,20}$/, 'Digits only, please.'),
  availableFrom: DateType(),
  authorized: StringType().isRequired('Please answer this question.'),
  sponsorship: StringType().isRequired('Please answer this question.'),
  resume: ArrayType().minLength(1, 'Please upload your resume.'),
});

const TextareaAccepter = (props) => <Input {...props} as="textarea" rows={6} />;

const INITIAL = {
  firstName: '',
  lastName: '',
  email: '',
  dialCode: null,
  mobile: '',
  location: '',
  country: null,
  state: null,
  zip: '',
  linkedin: '',
  website: '',
  employer: '',
  jobTitle: '',
  experience: null,
  degree: null,
  school: '',
  skills: [],
  salary: null,
  notice: '',
  availableFrom: null,
  authorized: '',
  sponsorship: '',
  relocate: false,
  resume: [],
  coverLetter: '',
  source: null,
  consent: false,
};

function isoDate(date) {
  if (!(date instanceof Date) || Number.isNaN(date.getTime())) return null;
  const pad = (n) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

function Field({ name, label, help, children, ...rest }) {
  return (
    <Form.Group controlId={`cand-${name}`}>
      <Form.Label>{label}</Form.Label>
      {children ?? <Form.Control name={name} {...rest} />}
      {help && <Form.Text>{help}</Form.Text>}
    </Form.Group>
  );
}

function Application() {
  const [formValue, setFormValue] = useState(INITIAL);
  const [sent, setSent] = useState(false);
  const set = (key) => (value) => setFormValue((current) => ({ ...current, [key]: value }));
  const shown = useMemo(
    () => ({
      ...formValue,
      availableFrom: isoDate(formValue.availableFrom),
      resume: formValue.resume.map((file) => file.name),
    }),
    [formValue],
  );

  if (sent) {
    return (
      <Message type="success" showIcon header="Application submitted" id="applied">
        Thank you, we have your application. A consultant will contact you if your profile matches.
      </Message>
    );
  }

  return (
    <Form
      fluid
      model={model}
      formValue={formValue}
      onChange={setFormValue}
      onSubmit={(checkStatus) => {
        if (checkStatus) setSent(true);
      }}
    >
      <h3 className="section">Personal details</h3>
      <div className="two">
        <Field name="firstName" label="First name *" />
        <Field name="lastName" label="Last name *" />
      </div>
      <Field name="email" label="Email address *" type="email" />
      <Form.Group controlId="cand-mobile">
        <Form.Label>Mobile number</Form.Label>
        <div className="phone">
          <Form.Control
            name="dialCode"
            accepter={SelectPicker}
            data={DIAL_DATA}
            placeholder="Code"
            aria-label="Country code"
            style={{ width: 230 }}
            id="cand-dialCode"
          />
          <Form.Control name="mobile" type="tel" placeholder="Mobile number" />
        </div>
        <Form.Text>We text you interview reminders. No spam.</Form.Text>
      </Form.Group>
      <Field name="location" label="Current location" accepter={AutoComplete} data={CITIES} placeholder="City, State" help="Where do you live today?" />
      <div className="two">
        <Field name="country" label="Country" accepter={SelectPicker} data={COUNTRY_DATA} groupBy="region" placeholder="Select country" block />
        <Field name="state" label="State" accepter={SelectPicker} data={STATES} placeholder="Select state" block help="US candidates only." />
      </div>
      <Field name="zip" label="ZIP / Postal code" style={{ maxWidth: 200 }} />

      <h3 className="section">Online profiles</h3>
      <Form.Group controlId="cand-linkedin">
        <Form.Label>LinkedIn</Form.Label>
        <InputGroup>
          <InputGroup.Addon>linkedin.com/in/</InputGroup.Addon>
          <Form.Control name="linkedin" />
        </InputGroup>
      </Form.Group>
      <Form.Group controlId="cand-website">
        <Form.Label>Personal website</Form.Label>
        <InputGroup>
          <InputGroup.Addon>https://</InputGroup.Addon>
          <Form.Control name="website" />
        </InputGroup>
      </Form.Group>

      <h3 className="section">Experience</h3>
      <div className="two">
        <Field name="employer" label="Current employer" />
        <Field name="jobTitle" label="Current job title" />
      </div>
      <Field name="experience" label="Total work experience" accepter={InputNumber} min={0} max={50} postfix="years" style={{ maxWidth: 200 }} />
      <div className="two">
        <Field name="degree" label="Highest degree" accepter={SelectPicker} data={DEGREES} searchable={false} placeholder="Select" block />
        <Field name="school" label="University / College" accepter={AutoComplete} data={SCHOOLS} />
      </div>
      <Field name="skills" label="Key skills" accepter={TagPicker} data={SKILLS} placeholder="Pick up to 5" block help="Optional" />

      <h3 className="section">Job preferences</h3>
      <Field name="salary" label="Expected salary" accepter={InputNumber} prefix="$" postfix="USD per year" step={1000} style={{ maxWidth: 320 }} />
      <Form.Group controlId="cand-notice">
        <Form.Label>Notice period</Form.Label>
        <Form.Control name="notice" accepter={RadioGroup} inline>
          <Radio value="immediate">Immediately</Radio>
          <Radio value="2w">2 weeks</Radio>
          <Radio value="1m">1 month</Radio>
          <Radio value="2m+">2 months or more</Radio>
        </Form.Control>
      </Form.Group>
      <Field name="availableFrom" label="Available from" accepter={DatePicker} format="MM/dd/yyyy" placeholder="MM/DD/YYYY" oneTap style={{ width: 220 }} />
      <Form.Group controlId="cand-authorized">
        <Form.Label>Are you legally authorized to work in the United States? *</Form.Label>
        <Form.Control name="authorized" accepter={RadioGroup} inline>
          <Radio value="Yes">Yes</Radio>
          <Radio value="No">No</Radio>
        </Form.Control>
      </Form.Group>
      <Form.Group controlId="cand-sponsorship">
        <Form.Label>Will you require visa sponsorship now or in the future? *</Form.Label>
        <Form.Control name="sponsorship" accepter={RadioGroup} inline>
          <Radio value="Yes">Yes</Radio>
          <Radio value="No">No</Radio>
        </Form.Control>
      </Form.Group>
      <Form.Group controlId="cand-relocate">
        <Form.Label>Open to relocation</Form.Label>
        <Form.Control name="relocate" accepter={Toggle} checkedChildren="Yes" unCheckedChildren="No" />
      </Form.Group>

      <h3 className="section">Documents</h3>
      <Form.Group controlId="cand-resume">
        <Form.Label>Resume *</Form.Label>
        <Uploader
          action=""
          autoUpload={false}
          draggable
          multiple={false}
          accept=".pdf,.doc,.docx"
          name="resume"
          fileList={formValue.resume}
          onChange={(fileList) => set('resume')(fileList.slice(-1))}
        >
          <div className="drop">Click or drag your resume here (PDF, DOC, DOCX)</div>
        </Uploader>
      </Form.Group>
      <Field name="coverLetter" label="Cover letter" accepter={TextareaAccepter} help="Paste it here (optional)." />
      <Field name="source" label="How did you hear about this job?" accepter={SelectPicker} data={SOURCES} searchable={false} placeholder="Select" block />
      <Form.Group controlId="cand-consent">
        <Checkbox name="consent" checked={formValue.consent} onChange={(_value, checked) => set('consent')(checked)}>
          I agree that Northgate Talent may keep my details to contact me about this and similar roles.
        </Checkbox>
      </Form.Group>

      <Button appearance="primary" type="submit" className="apply-submit">
        Submit application
      </Button>
      <pre id="model">{JSON.stringify(shown)}</pre>
    </Form>
  );
}

function CandidateLogin() {
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  return (
    <form className="login" onSubmit={(event) => event.preventDefault()}>
      <span>Already registered?</span>
      <Input size="sm" name="login_email" placeholder="Email" aria-label="Email" value={email} onChange={setEmail} style={{ width: 180 }} />
      <Input size="sm" name="login_password" type="password" placeholder="Password" aria-label="Password" value={password} onChange={setPassword} style={{ width: 140 }} />
      <Button size="sm" type="submit">Sign in</Button>
    </form>
  );
}

createRoot(document.getElementById('login')).render(<CustomProvider locale={enUS}><CandidateLogin /></CustomProvider>);
createRoot(document.getElementById('root')).render(<CustomProvider locale={enUS}><Application /></CustomProvider>);
