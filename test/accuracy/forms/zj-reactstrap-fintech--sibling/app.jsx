/**
 * Ledgerline careers: the application as the company's React front end writes it with reactstrap 9
 * (Bootstrap 5 CSS): FormGroup / Label for / Input (type=select, radio, switch, file, date,
 * number), InputGroup + InputGroupText add-ons, FormText hints, a reactstrap ButtonGroup of
 * toggle Buttons for the experience ranges (no native radios: `active` + aria-pressed, as the
 * reactstrap docs build radio-like button groups), an UncontrolledDropdown language switch and
 * a header job search. React state is rendered into <pre id="model">.
 */
import 'bootstrap5/dist/css/bootstrap.min.css';
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import {
  Alert, Button, ButtonGroup, Col, Container, DropdownItem, DropdownMenu, DropdownToggle, Form, FormFeedback, FormGroup,
  FormText, Input, InputGroup, InputGroupText, Label, Nav, Navbar, NavbarBrand, NavItem, NavLink, Row, UncontrolledDropdown,
} from 'reactstrap';
import countries from 'world-countries';
import { posting } from './posting.js';

const COUNTRIES = countries.map((country) => country.name.common).sort((a, b) => a.localeCompare(b));
const STATES = ['Alabama', 'Alaska', 'Arizona', 'Arkansas', 'California', 'Colorado', 'Connecticut', 'Delaware', 'Florida', 'Georgia', 'Hawaii', 'Idaho', 'Illinois', 'Indiana', 'Iowa', 'Kansas', 'Kentucky', 'Louisiana', 'Maine', 'Maryland', 'Massachusetts', 'Michigan', 'Minnesota', 'Mississippi', 'Missouri', 'Montana', 'Nebraska', 'Nevada', 'New Hampshire', 'New Jersey', 'New Mexico', 'New York', 'North Carolina', 'North Dakota', 'Ohio', 'Oklahoma', 'Oregon', 'Pennsylvania', 'Rhode Island', 'South Carolina', 'South Dakota', 'Tennessee', 'Texas', 'Utah', 'Vermont', 'Virginia', 'Washington', 'West Virginia', 'Wisconsin', 'Wyoming'];
const DEGREES = ['High school diploma or GED', 'Associate degree', "Bachelor's", "Master's", 'MBA', 'PhD / Doctorate', 'Other'];
const SPONSORSHIP = ['No, I do not need sponsorship now or in the future', 'Yes, I need sponsorship now', 'Yes, I will need sponsorship in the future'];
const SOURCES = ['LinkedIn', 'Ledgerline website', 'Employee referral', 'Conference or meetup', 'Other'];

const EMPTY = {
  firstName: '', lastName: '', preferredName: '', email: '', confirmEmail: '', phone: '', city: '', state: '', zip: '', country: '',
  linkedin: '', website: '', years: '', degree: '', school: '', authorized: '', sponsorship: '', salary: '', startDate: '',
  resume: null, coverLetter: '', smsOptIn: false, formerEmployee: '', source: '', consent: false,
  answers: Object.fromEntries(posting.questions.map((q) => [q.id, ''])),
};

function Application() {
  const [form, setForm] = useState(EMPTY);
  const [touched, setTouched] = useState(false);
  const [sent, setSent] = useState(false);
  const set = (key, value) => setForm((current) => ({ ...current, [key]: value }));
  const bind = (key) => ({
    value: form[key],
    onChange: (event) => set(key, event.target.value),
  });
  const answer = (id, value) => setForm((current) => ({ ...current, answers: { ...current.answers, [id]: value } }));
  const required = ['firstName', 'lastName', 'email', 'phone', 'country', 'authorized', 'sponsorship'];
  const invalid = (key) => touched && !form[key];

  const submit = (event) => {
    event.preventDefault();
    setTouched(true);
    if (required.some((key) => !form[key]) || !form.resume || !form.consent) return;
    setSent(true);
  };

  return (
    <>
      <Navbar color="dark" dark expand="md" className="px-4">
        <NavbarBrand href="#">Ledgerline</NavbarBrand>
        <Nav className="me-auto" navbar>
          <NavItem><NavLink href="#">Product</NavLink></NavItem>
          <NavItem><NavLink href="#">Careers</NavLink></NavItem>
        </Nav>
        <Form className="d-flex me-3" role="search" onSubmit={(event) => event.preventDefault()}>
          <Input type="search" id="ll-job-search" name="q" placeholder="Search jobs" aria-label="Search jobs" bsSize="sm" />
        </Form>
        <UncontrolledDropdown>
          <DropdownToggle caret color="secondary" size="sm">English</DropdownToggle>
          <DropdownMenu end>
            <DropdownItem>English</DropdownItem>
            <DropdownItem>Español</DropdownItem>
          </DropdownMenu>
        </UncontrolledDropdown>
      </Navbar>
      <Container className="ll-card">
        <p className="text-muted mb-1">{posting.team} · {posting.req}</p>
        <h1 className="h3">{posting.title}</h1>
        <p className="text-muted">{posting.where}</p>
        {sent ? (
          <Alert color="success" id="ll-done">Thanks, {form.firstName}! Your application is in.</Alert>
        ) : (
          <Form id="ll-apply" noValidate onSubmit={submit}>
            <h2 className="h5 mt-4">Personal information</h2>
            <Row>
              <Col md={6}>
                <FormGroup>
                  <Label for="applicant_first_name">First name *</Label>
                  <Input id="applicant_first_name" name="applicant[first_name]" invalid={invalid('firstName')} {...bind('firstName')} />
                  <FormFeedback>First name is required</FormFeedback>
                </FormGroup>
              </Col>
              <Col md={6}>
                <FormGroup>
                  <Label for="applicant_last_name">Last name *</Label>
                  <Input id="applicant_last_name" name="applicant[last_name]" invalid={invalid('lastName')} {...bind('lastName')} />
                  <FormFeedback>Last name is required</FormFeedback>
                </FormGroup>
              </Col>
            </Row>
            <FormGroup>
              <Label for="applicant_preferred_name">Preferred name</Label>
              <Input id="applicant_preferred_name" name="applicant[preferred_name]" {...bind('preferredName')} />
              <FormText>Only if it differs from your first name.</FormText>
            </FormGroup>
            <Row>
              <Col md={6}>
                <FormGroup>
                  <Label for="applicant_email">Email *</Label>
                  <Input id="applicant_email" name="applicant[email]" type="email" invalid={invalid('email')} {...bind('email')} />
                </FormGroup>
              </Col>
              <Col md={6}>
                <FormGroup>
                  <Label for="applicant_email_confirmation">Confirm email *</Label>
                  <Input id="applicant_email_confirmation" name="applicant[email_confirmation]" type="email" {...bind('confirmEmail')} />
                </FormGroup>
              </Col>
            </Row>
            <FormGroup>
              <Label for="applicant_phone">Mobile phone *</Label>
              <InputGroup>
                <InputGroupText>🇺🇸 +1</InputGroupText>
                <Input id="applicant_phone" name="applicant[phone]" type="tel" placeholder="(555) 555-5555" invalid={invalid('phone')} {...bind('phone')} />
              </InputGroup>
              <FormText>US numbers only. We'll text you interview times if you opt in below.</FormText>
            </FormGroup>
            <Row>
              <Col md={5}>
                <FormGroup>
                  <Label for="applicant_city">City</Label>
                  <Input id="applicant_city" name="applicant[city]" {...bind('city')} />
                </FormGroup>
              </Col>
              <Col md={4}>
                <FormGroup>
                  <Label for="applicant_state">State</Label>
                  <Input id="applicant_state" name="applicant[state]" type="select" {...bind('state')}>
                    <option value="">Choose…</option>
                    {STATES.map((state) => <option key={state}>{state}</option>)}
                  </Input>
                </FormGroup>
              </Col>
              <Col md={3}>
                <FormGroup>
                  <Label for="applicant_zip">ZIP code</Label>
                  <Input id="applicant_zip" name="applicant[zip]" inputMode="numeric" maxLength={10} {...bind('zip')} />
                </FormGroup>
              </Col>
            </Row>
            <FormGroup>
              <Label for="applicant_country">Country of residence *</Label>
              <Input id="applicant_country" name="applicant[country]" type="select" invalid={invalid('country')} {...bind('country')}>
                <option value="">Choose…</option>
                {COUNTRIES.map((country) => <option key={country}>{country}</option>)}
              </Input>
            </FormGroup>

            <h2 className="h5 mt-4">Experience</h2>
            <FormGroup>
              <Label for="applicant_linkedin">LinkedIn profile</Label>
              <Input id="applicant_linkedin" name="applicant[linkedin_url]" type="url" placeholder="https://linkedin.com/in/…" {...bind('linkedin')} />
            </FormGroup>
            <FormGroup>
              <Label for="applicant_website">Website or portfolio</Label>
              <Input id="applicant_website" name="applicant[website]" type="url" {...bind('website')} />
            </FormGroup>
            <FormGroup>
              <div id="ll-years-label" className="form-label">{posting.yearsLabel}</div>
              <ButtonGroup id="ll-years" role="group" aria-labelledby="ll-years-label">
                {posting.years.map((range) => (
                  <Button key={range} type="button" color="primary" outline active={form.years === range} aria-pressed={form.years === range} onClick={() => set('years', range)}>
                    {range}
                  </Button>
                ))}
              </ButtonGroup>
            </FormGroup>
            <Row>
              <Col md={6}>
                <FormGroup>
                  <Label for="applicant_degree">Highest degree</Label>
                  <Input id="applicant_degree" name="applicant[degree]" type="select" {...bind('degree')}>
                    <option value="">Choose…</option>
                    {DEGREES.map((degree) => <option key={degree}>{degree}</option>)}
                  </Input>
                </FormGroup>
              </Col>
              <Col md={6}>
                <FormGroup>
                  <Label for="applicant_school">School</Label>
                  <Input id="applicant_school" name="applicant[school]" {...bind('school')} />
                </FormGroup>
              </Col>
            </Row>
            <FormGroup tag="fieldset">
              <legend className="col-form-label">Are you legally authorized to work in the United States? *</legend>
              {['Yes', 'No'].map((choice) => (
                <FormGroup check inline key={choice}>
                  <Input type="radio" id={`authorized_${choice.toLowerCase()}`} name="applicant[work_authorized]" value={choice} checked={form.authorized === choice} onChange={() => set('authorized', choice)} />
                  <Label check for={`authorized_${choice.toLowerCase()}`}>{choice}</Label>
                </FormGroup>
              ))}
            </FormGroup>
            <FormGroup>
              <Label for="applicant_sponsorship">Will you now or in the future require visa sponsorship? *</Label>
              <Input id="applicant_sponsorship" name="applicant[sponsorship]" type="select" invalid={invalid('sponsorship')} {...bind('sponsorship')}>
                <option value="">Choose…</option>
                {SPONSORSHIP.map((choice) => <option key={choice}>{choice}</option>)}
              </Input>
            </FormGroup>
            <Row>
              <Col md={6}>
                <FormGroup>
                  <Label for="applicant_salary">Desired base salary</Label>
                  <InputGroup>
                    <InputGroupText>$</InputGroupText>
                    <Input id="applicant_salary" name="applicant[salary]" type="number" min={0} step={1000} {...bind('salary')} />
                    <InputGroupText>USD / year</InputGroupText>
                  </InputGroup>
                </FormGroup>
              </Col>
              <Col md={6}>
                <FormGroup>
                  <Label for="applicant_start_date">Earliest start date</Label>
                  <Input id="applicant_start_date" name="applicant[start_date]" type="date" {...bind('startDate')} />
                </FormGroup>
              </Col>
            </Row>

            <h2 className="h5 mt-4">Documents</h2>
            <FormGroup>
              <Label for="applicant_resume">Resume / CV *</Label>
              <Input id="applicant_resume" name="applicant[resume]" type="file" accept=".pdf,.doc,.docx" invalid={touched && !form.resume} onChange={(event) => set('resume', event.target.files?.[0]?.name ?? null)} />
              <FormText>PDF or Word, up to 5 MB.</FormText>
            </FormGroup>
            <FormGroup>
              <Label for="applicant_cover_letter">Cover letter</Label>
              <Input id="applicant_cover_letter" name="applicant[cover_letter]" type="textarea" rows={5} {...bind('coverLetter')} />
            </FormGroup>

            <h2 className="h5 mt-4">A few questions from the {posting.team} team</h2>
            {posting.questions.map((question) =>
              question.kind === 'radio' ? (
                <FormGroup tag="fieldset" key={question.id}>
                  <legend className="col-form-label">{question.label}</legend>
                  {question.options.map((choice, index) => (
                    <FormGroup check key={choice}>
                      <Input type="radio" id={`${question.id}_${index}`} name={`answers[${question.id}]`} checked={form.answers[question.id] === choice} onChange={() => answer(question.id, choice)} />
                      <Label check for={`${question.id}_${index}`}>{choice}</Label>
                    </FormGroup>
                  ))}
                </FormGroup>
              ) : (
                <FormGroup key={question.id}>
                  <Label for={question.id}>{question.label}</Label>
                  <Input id={question.id} name={`answers[${question.id}]`} type={question.kind === 'select' ? 'select' : 'textarea'} value={form.answers[question.id]} onChange={(event) => answer(question.id, event.target.value)}>
                    {question.kind === 'select' ? [<option key="" value="">Choose…</option>, ...question.options.map((choice) => <option key={choice}>{choice}</option>)] : undefined}
                  </Input>
                </FormGroup>
              ),
            )}
            <FormGroup tag="fieldset">
              <legend className="col-form-label">Have you previously worked at Ledgerline?</legend>
              {['Yes', 'No'].map((choice) => (
                <FormGroup check inline key={choice}>
                  <Input type="radio" id={`former_${choice.toLowerCase()}`} name="applicant[former_employee]" checked={form.formerEmployee === choice} onChange={() => set('formerEmployee', choice)} />
                  <Label check for={`former_${choice.toLowerCase()}`}>{choice}</Label>
                </FormGroup>
              ))}
            </FormGroup>
            <FormGroup>
              <Label for="applicant_source">How did you hear about us?</Label>
              <Input id="applicant_source" name="applicant[source]" type="select" {...bind('source')}>
                <option value="">Choose…</option>
                {SOURCES.map((source) => <option key={source}>{source}</option>)}
              </Input>
            </FormGroup>
            <FormGroup switch>
              <Input type="switch" role="switch" id="applicant_sms_opt_in" name="applicant[sms_opt_in]" checked={form.smsOptIn} onChange={(event) => set('smsOptIn', event.target.checked)} />
              <Label check for="applicant_sms_opt_in">Text me about interview scheduling (msg &amp; data rates may apply)</Label>
            </FormGroup>
            <FormGroup check>
              <Input type="checkbox" id="applicant_consent" name="applicant[consent]" invalid={touched && !form.consent} checked={form.consent} onChange={(event) => set('consent', event.target.checked)} />
              <Label check for="applicant_consent">I have read the Ledgerline Applicant Privacy Notice and agree to its terms. *</Label>
            </FormGroup>
            <Button color="primary" type="submit" id="ll-submit" className="mt-3">Submit application</Button>
          </Form>
        )}
        <pre id="model">{JSON.stringify(form, null, 2)}</pre>
      </Container>
    </>
  );
}

createRoot(document.getElementById('root')).render(<Application />);
