/*
 * Cedarline Robotics (Vancouver, BC) hiring in the US: its careers site is a small React app on
 * React Bootstrap. The phone is react-phone-input-2 preset to Canada (the company's home country;
 * the flag follows the area code once digits are typed), "Where do you live?" is a
 * react-bootstrap-typeahead AsyncTypeahead whose places arrive 300 ms after typing, the school a
 * Typeahead that also takes a new entry, the start date react-datepicker, experience a range
 * slider, skill self-ratings star radios, and the resume and cover letter react-dropzone zones.
 * Every posting renders the same template with its own questions; the state is in <pre id="model">.
 */
import 'bootstrap5/dist/css/bootstrap.min.css';
import 'react-bootstrap-typeahead/css/Typeahead.css';
import 'react-bootstrap-typeahead/css/Typeahead.bs5.css';
import 'react-phone-input-2/lib/bootstrap.css';
import 'react-datepicker/dist/react-datepicker.css';
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import { Button, Col, Form, InputGroup, Row } from 'react-bootstrap';
import { AsyncTypeahead, Typeahead } from 'react-bootstrap-typeahead';
import PhoneInputModule from 'react-phone-input-2';
import DatePickerModule from 'react-datepicker';
import { useDropzone } from 'react-dropzone';

const PhoneInput = PhoneInputModule.default ?? PhoneInputModule;
const DatePicker = DatePickerModule.default ?? DatePickerModule;

const PLACES = [
  'San Francisco, CA, United States', 'South San Francisco, CA, United States', 'San Francisco del Rincón, Guanajuato, Mexico',
  'San Jose, CA, United States', 'San Diego, CA, United States', 'Santa Fe, NM, United States', 'Seattle, WA, United States',
  'Sacramento, CA, United States', 'Vancouver, BC, Canada', 'Vancouver, WA, United States', 'Portland, OR, United States',
  'Oakland, CA, United States', 'Austin, TX, United States', 'Boston, MA, United States', 'Denver, CO, United States',
  'New York, NY, United States', 'Toronto, ON, Canada', 'Chicago, IL, United States', 'Los Angeles, CA, United States',
];
const SCHOOLS = [
  'University of California, Berkeley', 'University of California, Davis', 'University of California, Los Angeles',
  'Berkeley City College', 'University of British Columbia', 'Simon Fraser University', 'Stanford University',
  'San Francisco State University', 'University of Washington', 'Oregon State University',
];

function searchPlaces(query) {
  return new Promise((resolve) => {
    const q = query.toLowerCase();
    setTimeout(() => resolve(PLACES.filter((p) => p.toLowerCase().includes(q)).slice(0, 8)), 300);
  });
}

function Zone({ id, label, hint, accept, file, onFile }) {
  const { getRootProps, getInputProps, isDragActive } = useDropzone({ accept, multiple: false, onDrop: (files) => onFile(files[0] ?? null) });
  return (
    <Form.Group className="mb-3">
      <Form.Label htmlFor={id}>{label}</Form.Label>
      <div {...getRootProps({ className: `cl-zone${isDragActive ? ' active' : ''}` })}>
        <input {...getInputProps({ id, name: id })} />
        {file ? <span className="cl-chip">📄 {file.name}</span> : <span>Drag a file here or <u>browse</u></span>}
        <small className="d-block text-muted">{hint}</small>
      </div>
    </Form.Group>
  );
}

function Stars({ name, label, value, onChange }) {
  return (
    <fieldset className="cl-stars mb-2">
      <legend className="fs-6 mb-1">{label}</legend>
      {[1, 2, 3, 4, 5].map((n) => (
        <label key={n} title={`${n} of 5`} className={value >= n ? 'on' : ''}>
          <input type="radio" name={name} value={n} checked={value === n} onChange={() => onChange(n)} className="visually-hidden" />
          <span aria-hidden="true">★</span><span className="visually-hidden">{n} star{n > 1 ? 's' : ''}</span>
        </label>
      ))}
    </fieldset>
  );
}

function Application({ posting }) {
  const [form, setForm] = useState({
    fullName: '', preferredName: '', email: '', phone: '1', phoneCountry: 'ca', location: [], linkedin: '', github: '', website: '',
    employer: '', title: '', years: 0, startDate: null, salary: '', authorized: '', sponsorship: '', degree: '', school: [],
    ratings: {}, resume: null, coverLetter: null, answers: Object.fromEntries(posting.questions.map((q) => [q.id, q.type === 'checks' ? [] : ''])),
    heard: '', race: '', disability: '', consent: false, sms: false,
  });
  const [places, setPlaces] = useState([]);
  const [loading, setLoading] = useState(false);
  const [sent, setSent] = useState(false);
  const [error, setError] = useState('');
  const set = (key) => (value) => setForm((f) => ({ ...f, [key]: value }));
  const ev = (key) => (e) => set(key)(e.target.type === 'checkbox' ? e.target.checked : e.target.value);
  const answer = (id, value) => setForm((f) => ({ ...f, answers: { ...f.answers, [id]: value } }));

  const model = {
    ...form,
    location: form.location[0] ?? '', school: form.school[0] ? (typeof form.school[0] === 'string' ? form.school[0] : form.school[0].label) : '',
    startDate: form.startDate ? `${form.startDate.getFullYear()}-${String(form.startDate.getMonth() + 1).padStart(2, '0')}-${String(form.startDate.getDate()).padStart(2, '0')}` : '',
    years: String(form.years), resume: form.resume?.name ?? null, coverLetter: form.coverLetter?.name ?? null,
  };

  function submit(e) {
    e.preventDefault();
    const missing = !model.fullName || !model.email || model.phone.length < 11 || !model.location || !model.startDate || !model.authorized
      || !model.sponsorship || !model.resume || !model.consent || posting.questions.some((q) => q.required && (!model.answers[q.id] || model.answers[q.id].length === 0));
    if (missing) { setError('Please complete the required fields.'); return; }
    setSent(true);
  }

  if (sent) return <div id="cl-done" className="alert alert-success">Thanks, {model.fullName.split(' ')[0]} — we received your application for {posting.title}.</div>;
  return (
    <>
      <Form id="cl-apply" noValidate onSubmit={submit}>
        <h2 className="h5 mt-4">Contact</h2>
        <Row>
          <Col md={7}><Form.Group className="mb-3" controlId="cl-full-name"><Form.Label>Full name *</Form.Label><Form.Control name="full_name" value={form.fullName} onChange={ev('fullName')} /></Form.Group></Col>
          <Col md={5}><Form.Group className="mb-3" controlId="cl-preferred"><Form.Label>Name you go by</Form.Label><Form.Control name="preferred_name" value={form.preferredName} onChange={ev('preferredName')} /><Form.Text>Only if different from your first name.</Form.Text></Form.Group></Col>
        </Row>
        <Row>
          <Col md={6}><Form.Group className="mb-3" controlId="cl-email"><Form.Label>Email *</Form.Label><Form.Control type="email" name="email" value={form.email} onChange={ev('email')} /></Form.Group></Col>
          <Col md={6}><Form.Group className="mb-3"><Form.Label htmlFor="cl-phone">Phone *</Form.Label>
            <PhoneInput country="ca" preferredCountries={['ca', 'us']} enableAreaCodes={false} value={form.phone}
              onChange={(value, data) => setForm((f) => ({ ...f, phone: value, phoneCountry: data.countryCode ?? '' }))}
              inputProps={{ id: 'cl-phone', name: 'phone' }} /></Form.Group></Col>
        </Row>
        <Form.Group className="mb-3"><Form.Label htmlFor="cl-location">Where do you live? *</Form.Label>
          <AsyncTypeahead id="cl-location-menu" inputProps={{ id: 'cl-location', name: 'location' }} isLoading={loading} minLength={2} useCache={false}
            onSearch={(q) => { setLoading(true); searchPlaces(q).then((r) => { setPlaces(r); setLoading(false); }); }}
            options={places} placeholder="Start typing your city" selected={form.location} onChange={set('location')} />
          <Form.Text>We hire in the US and Canada. Pick your city from the list.</Form.Text></Form.Group>
        <Row>
          <Col md={4}><Form.Group className="mb-3" controlId="cl-linkedin"><Form.Label>LinkedIn</Form.Label><Form.Control name="linkedin" value={form.linkedin} onChange={ev('linkedin')} /></Form.Group></Col>
          <Col md={4}><Form.Group className="mb-3" controlId="cl-github"><Form.Label>GitHub</Form.Label><Form.Control name="github" value={form.github} onChange={ev('github')} /></Form.Group></Col>
          <Col md={4}><Form.Group className="mb-3" controlId="cl-website"><Form.Label>Portfolio</Form.Label><Form.Control name="website" value={form.website} onChange={ev('website')} placeholder="https://" /></Form.Group></Col>
        </Row>

        <h2 className="h5 mt-4">Background</h2>
        <Row>
          <Col md={6}><Form.Group className="mb-3" controlId="cl-employer"><Form.Label>Current company</Form.Label><Form.Control name="employer" value={form.employer} onChange={ev('employer')} /></Form.Group></Col>
          <Col md={6}><Form.Group className="mb-3" controlId="cl-title"><Form.Label>Current role</Form.Label><Form.Control name="title" value={form.title} onChange={ev('title')} /></Form.Group></Col>
        </Row>
        <Form.Group className="mb-3" controlId="cl-years"><Form.Label>Years of professional experience: <output htmlFor="cl-years" id="cl-years-out"><b>{form.years}{form.years === 20 ? '+' : ''}</b></output></Form.Label>
          <Form.Range name="years" min={0} max={20} step={1} value={form.years} onChange={(e) => set('years')(Number(e.target.value))} /></Form.Group>
        <Row>
          <Col md={6}><Form.Group className="mb-3" controlId="cl-degree"><Form.Label>Highest level of education</Form.Label>
            <Form.Select name="degree" value={form.degree} onChange={ev('degree')}><option value="">Select…</option><option>Secondary school</option><option>College diploma</option><option>Bachelor's degree</option><option>Master's degree</option><option>PhD</option></Form.Select></Form.Group></Col>
          <Col md={6}><Form.Group className="mb-3"><Form.Label htmlFor="cl-school">School</Form.Label>
            <Typeahead id="cl-school-menu" inputProps={{ id: 'cl-school', name: 'school' }} allowNew newSelectionPrefix="Add: " options={SCHOOLS} placeholder="Where did you study?" selected={form.school} onChange={set('school')} /></Form.Group></Col>
        </Row>
        <div className="mb-3"><p className="mb-1 fw-semibold">Rate yourself (optional)</p>
          {posting.ratings.map((skill) => <Stars key={skill} name={`rating_${skill}`} label={skill} value={form.ratings[skill] ?? 0} onChange={(n) => set('ratings')({ ...form.ratings, [skill]: n })} />)}</div>

        <h2 className="h5 mt-4">Logistics</h2>
        <Row>
          <Col md={6}><Form.Group className="mb-3"><Form.Label htmlFor="cl-start">Earliest start date *</Form.Label>
            <DatePicker id="cl-start" name="start_date" selected={form.startDate} onChange={set('startDate')} dateFormat="MM/dd/yyyy" placeholderText="mm/dd/yyyy" className="form-control" minDate={new Date()} /></Form.Group></Col>
          <Col md={6}><Form.Group className="mb-3"><Form.Label htmlFor="cl-salary">Desired base salary</Form.Label>
            <InputGroup><InputGroup.Text>US$</InputGroup.Text><Form.Control id="cl-salary" name="salary" inputMode="numeric" value={form.salary} onChange={ev('salary')} /><InputGroup.Text>per year</InputGroup.Text></InputGroup></Form.Group></Col>
        </Row>
        <Form.Group className="mb-3"><Form.Label as="div" id="cl-auth-label">Are you legally authorized to work in the United States? *</Form.Label>
          <div role="radiogroup" aria-labelledby="cl-auth-label">
            <Form.Check inline type="radio" id="cl-auth-yes" name="authorized" label="Yes" value="yes" checked={form.authorized === 'yes'} onChange={ev('authorized')} />
            <Form.Check inline type="radio" id="cl-auth-no" name="authorized" label="No" value="no" checked={form.authorized === 'no'} onChange={ev('authorized')} /></div></Form.Group>
        <Form.Group className="mb-3" controlId="cl-sponsorship"><Form.Label>Will you require Cedarline to sponsor a work visa (e.g. H-1B, TN) now or in the future? *</Form.Label>
          <Form.Select name="sponsorship" value={form.sponsorship} onChange={ev('sponsorship')}><option value="">Select…</option><option value="yes">Yes</option><option value="no">No</option></Form.Select></Form.Group>
        {posting.questions.map((q) => (
          <Form.Group className="mb-3" key={q.id} controlId={`cl-q-${q.id}`}>
            {q.type === 'radio' ? (
              <><Form.Label as="div" id={`cl-q-${q.id}-label`}>{q.label}{q.required ? ' *' : ''}</Form.Label>
                <div role="radiogroup" aria-labelledby={`cl-q-${q.id}-label`}>{q.options.map((o, i) => <Form.Check key={o} type="radio" id={`cl-q-${q.id}-${i}`} name={`q_${q.id}`} label={o} value={o} checked={form.answers[q.id] === o} onChange={(e) => answer(q.id, e.target.value)} />)}</div></>
            ) : q.type === 'checks' ? (
              <><Form.Label as="div">{q.label}</Form.Label>{q.options.map((o, i) => <Form.Check key={o} type="checkbox" id={`cl-q-${q.id}-${i}`} name={`q_${q.id}[]`} label={o} checked={form.answers[q.id].includes(o)} onChange={(e) => answer(q.id, e.target.checked ? [...form.answers[q.id], o] : form.answers[q.id].filter((x) => x !== o))} />)}</>
            ) : q.type === 'select' ? (
              <><Form.Label>{q.label}{q.required ? ' *' : ''}</Form.Label><Form.Select name={`q_${q.id}`} value={form.answers[q.id]} onChange={(e) => answer(q.id, e.target.value)}><option value="">Select…</option>{q.options.map((o) => <option key={o}>{o}</option>)}</Form.Select></>
            ) : (
              <><Form.Label>{q.label}{q.required ? ' *' : ''}</Form.Label><Form.Control as={q.type === 'textarea' ? 'textarea' : 'input'} rows={4} name={`q_${q.id}`} value={form.answers[q.id]} onChange={(e) => answer(q.id, e.target.value)} /></>
            )}
            {q.hint ? <Form.Text>{q.hint}</Form.Text> : null}
          </Form.Group>
        ))}

        <h2 className="h5 mt-4">Files</h2>
        <Zone id="cl-resume" label="Resume *" hint="PDF or Word, max 5 MB" accept={{ 'application/pdf': ['.pdf'], 'application/msword': ['.doc'], 'application/vnd.openxmlformats-officedocument.wordprocessingml.document': ['.docx'] }} file={form.resume} onFile={set('resume')} />
        <Zone id="cl-cover" label="Cover letter" hint="Optional — PDF, Word or plain text" accept={{ 'application/pdf': ['.pdf'], 'text/plain': ['.txt'], 'application/vnd.openxmlformats-officedocument.wordprocessingml.document': ['.docx'] }} file={form.coverLetter} onFile={set('coverLetter')} />

        <h2 className="h5 mt-4">A few more things</h2>
        <Form.Group className="mb-3" controlId="cl-heard"><Form.Label>How did you find us?</Form.Label>
          <Form.Select name="heard" value={form.heard} onChange={ev('heard')}><option value="">Select…</option><option>LinkedIn</option><option>Hacker News</option><option>A friend at Cedarline</option><option>Conference</option><option>Other</option></Form.Select></Form.Group>
        <Row>
          <Col md={6}><Form.Group className="mb-3" controlId="cl-race"><Form.Label>Race / ethnicity (voluntary)</Form.Label>
            <Form.Select name="race" value={form.race} onChange={ev('race')}><option value="">I don't wish to answer</option><option>American Indian or Alaska Native</option><option>Asian</option><option>Black or African American</option><option>Hispanic or Latino</option><option>Native Hawaiian or Other Pacific Islander</option><option>White</option><option>Two or more races</option></Form.Select></Form.Group></Col>
          <Col md={6}><Form.Group className="mb-3"><Form.Label as="div">Do you have a disability? (voluntary)</Form.Label>
            {['Yes', 'No', "I don't wish to answer"].map((o, i) => <Form.Check key={o} type="radio" id={`cl-dis-${i}`} name="disability" label={o} value={o} checked={form.disability === o} onChange={ev('disability')} />)}</Form.Group></Col>
        </Row>
        <Form.Check className="mb-2" type="checkbox" id="cl-consent" name="consent" checked={form.consent} onChange={ev('consent')} label="I consent to Cedarline processing my data for recruiting, as described in the applicant privacy policy. *" />
        <Form.Check className="mb-3" type="switch" id="cl-sms" name="sms" checked={form.sms} onChange={ev('sms')} label="Text me about my application status" />
        {error ? <div className="alert alert-danger py-2">{error}</div> : null}
        <Button type="submit" id="cl-submit" variant="dark" size="lg">Submit application</Button>
      </Form>
      <pre id="model">{JSON.stringify(model, null, 1)}</pre>
    </>
  );
}

export function renderApplication(posting) {
  document.title = `${posting.title} · Cedarline Robotics`;
  document.getElementById('cl-job-title').textContent = posting.title;
  document.getElementById('cl-job-meta').textContent = posting.where;
  document.getElementById('cl-job-body').innerHTML = posting.blurb.map((p) => `<p>${p}</p>`).join('');
  createRoot(document.getElementById('root')).render(<Application posting={posting} />);
}
