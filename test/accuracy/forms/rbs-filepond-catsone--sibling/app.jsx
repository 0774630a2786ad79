/**
 * A CATS One-style career portal application in React Bootstrap 2 (Bootstrap 5 CSS),
 * react-bootstrap-typeahead 6 and FilePond (react-filepond). FilePond keeps each file in its own
 * list and empties its input, so the form state holds the file names. React state is rendered
 * into <pre id="model">.
 */
import 'bootstrap5/dist/css/bootstrap.min.css';
import 'react-bootstrap-typeahead/css/Typeahead.css';
import 'react-bootstrap-typeahead/css/Typeahead.bs5.css';
import 'filepond/dist/filepond.min.css';
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import { Alert, Button, Col, FloatingLabel, Form, InputGroup, Row, ToggleButton, ToggleButtonGroup } from 'react-bootstrap';
import { Typeahead } from 'react-bootstrap-typeahead';
import { FilePond } from 'react-filepond';
import countries from 'world-countries';
import { posting } from './posting.js';

const COUNTRIES = countries.map((country) => country.name.common).sort((a, b) => a.localeCompare(b));
const PLACES = ['San Antonio, TX, USA', 'San Diego, CA, USA', 'San Francisco, CA, USA', 'San Jose, CA, USA', 'Santa Clara, CA, USA', 'Sacramento, CA, USA', 'Seattle, WA, USA'];
const SCHOOLS = ['Stanford University', 'University of California, Berkeley', 'University of California, Davis', 'University of California, Los Angeles', 'University of Southern California', 'University of Washington'];
const SKILLS = ['Airflow', 'AWS', 'dbt', 'FHIR', 'HL7', 'Kafka', 'Python', 'Spark', 'SQL'];
const DIAL_CODES = ['+1 (CA)', '+1 (US)', '+44 (UK)', '+49 (DE)', '+52 (MX)', '+91 (IN)'];
const EMPTY = { firstName: '', lastName: '', email: '', dialCode: '', phone: '', location: [], country: [], school: [], degree: '', years: '', authorized: '', sponsorship: '', salary: '', startDate: '', employed: false, employer: '', github: '', resume: null, coverLetterFile: null, skills: [], notes: '', source: '', consent: false };

const firstName = (items) => items[0]?.file?.name ?? null;
const optionText = (value) => (typeof value === 'string' ? value : value?.label ?? '');

function Application() {
  const [form, setForm] = useState(EMPTY);
  const [resumeFiles, setResumeFiles] = useState([]);
  const [coverFiles, setCoverFiles] = useState([]);
  const [validated, setValidated] = useState(false);
  const [sent, setSent] = useState(false);
  const set = (key) => (value) => setForm((current) => ({ ...current, [key]: value }));
  const onInput = (key) => (event) => set(key)(event.target.type === 'checkbox' ? event.target.checked : event.target.value);
  const submit = (event) => {
    event.preventDefault();
    setValidated(true);
    if (event.currentTarget.checkValidity() && form.resume) setSent(true);
  };
  if (sent) return <Alert variant="success" id="mw-done">Thank you for applying to Marrowind Health. We will review your application shortly.</Alert>;
  const state = { ...form, location: form.location.map(optionText)[0] ?? null, country: form.country.map(optionText)[0] ?? null, school: form.school.map(optionText)[0] ?? null };
  return (
    <Form noValidate validated={validated} onSubmit={submit}>
      <h1 className="h3">{posting.title}</h1>
      <p className="text-muted">{posting.where}</p>
      <Row className="g-3">
        <Col md><FloatingLabel controlId="mw-first" label="First Name *"><Form.Control required placeholder="First Name" value={form.firstName} onChange={onInput('firstName')} /></FloatingLabel></Col>
        <Col md><FloatingLabel controlId="mw-last" label="Last Name *"><Form.Control required placeholder="Last Name" value={form.lastName} onChange={onInput('lastName')} /></FloatingLabel></Col>
      </Row>
      <Form.Group className="mt-3" controlId="mw-email"><Form.Label>Email *</Form.Label><Form.Control required type="email" value={form.email} onChange={onInput('email')} /><Form.Text muted>We will only use it to contact you about this application.</Form.Text></Form.Group>
      <Form.Group className="mt-3"><Form.Label htmlFor="mw-phone">Mobile phone</Form.Label>
        <InputGroup>
          <Form.Select aria-label="Country code" id="mw-dial" style={{ maxWidth: 130 }} value={form.dialCode} onChange={onInput('dialCode')}><option value="">Code</option>{DIAL_CODES.map((code) => <option key={code}>{code}</option>)}</Form.Select>
          <Form.Control id="mw-phone" type="tel" value={form.phone} onChange={onInput('phone')} />
        </InputGroup></Form.Group>
      <Row className="g-3 mt-0">
        <Col md><Form.Group><Form.Label htmlFor="mw-location">Current location</Form.Label>
          <Typeahead id="mw-location" inputProps={{ id: 'mw-location' }} options={PLACES} placeholder="City" selected={form.location} onChange={set('location')} /></Form.Group></Col>
        <Col md><Form.Group><Form.Label htmlFor="mw-country">Country</Form.Label>
          <Typeahead id="mw-country" inputProps={{ id: 'mw-country' }} options={COUNTRIES} placeholder="Start typing…" selected={form.country} onChange={set('country')} /></Form.Group></Col>
      </Row>

      <h2 className="h5 mt-4">Background</h2>
      <Form.Group className="mt-2"><Form.Label htmlFor="mw-school">School</Form.Label>
        <Typeahead id="mw-school" inputProps={{ id: 'mw-school' }} allowNew newSelectionPrefix="Add school: " options={SCHOOLS} placeholder="School or university" selected={form.school} onChange={set('school')} /></Form.Group>
      <Form.Group className="mt-3" controlId="mw-degree"><Form.Label>Degree</Form.Label>
        <Form.Select value={form.degree} onChange={onInput('degree')}><option value="">Select…</option><option>High School</option><option>Associate (AA/AS)</option><option>Bachelor (BA/BS)</option><option>Master (MA/MS/MBA)</option><option>Doctorate (PhD/MD/JD)</option></Form.Select></Form.Group>
      <Form.Group className="mt-3"><Form.Label id="mw-years-label">{posting.yearsLabel}</Form.Label><br />
        <ToggleButtonGroup type="radio" name="mw_years" value={form.years} onChange={set('years')} aria-labelledby="mw-years-label">
          {posting.years.map((range, index) => <ToggleButton key={range} id={`mw-years-${index}`} value={range} variant="outline-primary">{range}</ToggleButton>)}
        </ToggleButtonGroup></Form.Group>
      <Form.Group className="mt-3"><Form.Check type="switch" id="mw-employed" label="I am currently employed" checked={form.employed} onChange={onInput('employed')} /></Form.Group>
      <Form.Group className="mt-2" controlId="mw-employer"><Form.Label>Current or most recent employer</Form.Label><Form.Control value={form.employer} onChange={onInput('employer')} /></Form.Group>
      <Form.Group className="mt-3"><Form.Label htmlFor="mw-github">GitHub</Form.Label>
        <InputGroup><InputGroup.Text>github.com/</InputGroup.Text><Form.Control id="mw-github" placeholder="username" value={form.github} onChange={onInput('github')} /></InputGroup></Form.Group>
      <Form.Group className="mt-3"><Form.Label htmlFor="mw-skills">Skills</Form.Label>
        <Typeahead id="mw-skills" inputProps={{ id: 'mw-skills' }} multiple options={SKILLS} placeholder="Add skills" selected={form.skills} onChange={set('skills')} /></Form.Group>

      <h2 className="h5 mt-4">Documents</h2>
      <Form.Label>Resume *</Form.Label>
      <div className="mw-resume"><FilePond files={resumeFiles} onupdatefiles={(items) => { setResumeFiles(items.map((item) => item.file)); set('resume')(firstName(items)); }} name="resume" credits={false}
        labelIdle='Drag &amp; drop your resume or <span class="filepond--label-action">Browse</span>' /></div>
      <Form.Label>Cover letter</Form.Label>
      <div className="mw-cover"><FilePond files={coverFiles} onupdatefiles={(items) => { setCoverFiles(items.map((item) => item.file)); set('coverLetterFile')(firstName(items)); }} name="cover_letter" credits={false}
        labelIdle='Drag &amp; drop your cover letter or <span class="filepond--label-action">Browse</span>' /></div>

      <h2 className="h5 mt-4">Eligibility</h2>
      <Form.Group className="mt-2"><Form.Label as="legend" className="fs-6" id="mw-auth-label">{posting.authorizedLabel} *</Form.Label>
        {['Yes', 'No'].map((answer) => <Form.Check inline required key={answer} type="radio" name="mw_authorized" id={`mw-auth-${answer}`} label={answer} value={answer} checked={form.authorized === answer} onChange={onInput('authorized')} />)}</Form.Group>
      <Form.Group className="mt-2"><Form.Label as="legend" className="fs-6">{posting.sponsorshipLabel} *</Form.Label>
        {posting.sponsorship.map((answer, index) => <Form.Check required key={answer} type="radio" name="mw_sponsorship" id={`mw-sponsor-${index}`} label={answer} value={answer} checked={form.sponsorship === answer} onChange={onInput('sponsorship')} />)}</Form.Group>
      <Row className="g-3 mt-0">
        <Col md><Form.Group><Form.Label htmlFor="mw-salary">Salary requirements</Form.Label>
          <InputGroup><InputGroup.Text>$</InputGroup.Text><Form.Control id="mw-salary" inputMode="numeric" value={form.salary} onChange={onInput('salary')} /><InputGroup.Text>USD / year</InputGroup.Text></InputGroup></Form.Group></Col>
        <Col md><Form.Group controlId="mw-start"><Form.Label>Available to start</Form.Label><Form.Control type="date" value={form.startDate} onChange={onInput('startDate')} /></Form.Group></Col>
      </Row>
      <Form.Group className="mt-3" controlId="mw-notes"><Form.Label>{posting.notesLabel}</Form.Label><Form.Control as="textarea" rows={3} value={form.notes} onChange={onInput('notes')} /></Form.Group>
      <Form.Group className="mt-3" controlId="mw-source"><Form.Label>How did you find this job?</Form.Label>
        <Form.Select value={form.source} onChange={onInput('source')}><option value="">Select…</option><option>Marrowind website</option><option>LinkedIn</option><option>Indeed</option><option>Referral</option><option>Other</option></Form.Select></Form.Group>
      <Form.Group className="mt-3"><Form.Check required type="checkbox" id="mw-consent" label="I agree to the Marrowind Health applicant privacy policy *" checked={form.consent} onChange={onInput('consent')} /></Form.Group>
      <Button type="submit" className="mt-4" id="mw-submit">Submit application</Button>
      <pre id="model">{JSON.stringify(state, null, 2)}</pre>
    </Form>
  );
}

createRoot(document.getElementById('root')).render(<Application />);
