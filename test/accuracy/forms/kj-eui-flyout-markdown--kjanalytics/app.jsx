/**
 * Hollenby Telemetry careers (an observability company whose site is built on Elastic UI): the job
 * page with the application in an EuiFlyout that is already open (the "Apply" link lands on
 * ?apply=1). The flyout's EuiForm: EuiFieldText boxes, a phone box with a "+1" prepend, an
 * EuiComboBox single selection (as plain text) for where you are based, an EuiSuperSelect for
 * education (button + listbox), a creatable EuiComboBox for the school, an EuiRange with its own
 * number input for years, an EuiDatePicker start date, yes/no questions as EuiButtonGroups
 * (buttons with aria-pressed under a legend, no radios), a "$" EuiFieldNumber, an EuiFilePicker,
 * an EuiMarkdownEditor for the cover letter (a textarea with a toolbar and a preview tab), posting
 * questions from POSTING below, a talent-community EuiSwitch and a privacy EuiCheckbox. The state
 * goes into <pre id="model">.
 */
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import moment from 'moment';
import {
  EuiButton, EuiButtonGroup, EuiCallOut, EuiCheckbox, EuiComboBox, EuiDatePicker, EuiFieldNumber, EuiFieldText, EuiFilePicker,
  EuiFlyout, EuiFlyoutBody, EuiFlyoutFooter, EuiFlyoutHeader, EuiForm, EuiFormRow, EuiMarkdownEditor, EuiProvider, EuiRange,
  EuiSpacer, EuiSuperSelect, EuiSwitch, EuiText, EuiTitle,
} from '@elastic/eui';

// The posting: its title and its own questions (the rest of the form is the template's).
const POSTING = {
  company: 'Hollenby Telemetry',
  title: 'Analytics Engineer, Customer Usage',
  where: 'Remote (US) or San Francisco, CA',
  blurb: 'Model product usage into the metrics our customer-success and finance teams run the business on.',
  questions: [
    { id: 'q_5120', kind: 'text', label: 'Portfolio or personal site', help: 'Dashboards, write-ups, notebooks: anything public.' },
    { id: 'q_5121', kind: 'yesno', label: 'Do you live within commuting distance of our San Francisco office?' },
    { id: 'q_5122', kind: 'number', label: 'How many years have you used dbt in production?' },
  ],
};

const PLACES = ['San Diego, CA', 'San Francisco, CA', 'San Jose, CA', 'Santa Barbara, CA', 'Seattle, WA', 'Austin, TX', 'Boston, MA', 'Chicago, IL', 'Denver, CO', 'New York, NY', 'Portland, OR', 'Toronto, ON', 'Remote (outside the US)']
  .map((label) => ({ label }));
const SCHOOLS = ['Stanford University', 'University of California, Berkeley', 'University of California, Los Angeles', 'University of California, San Diego', 'University of Washington', 'San Jose State University', 'Carnegie Mellon University']
  .map((label) => ({ label }));
const EDUCATION = ['High school or equivalent', 'Associate degree', "Bachelor's degree", "Master's degree", 'Doctorate', 'Bootcamp or self-taught']
  .map((t) => ({ value: t, inputDisplay: t }));
const YES_NO = (id) => [{ id: `${id}__yes`, label: 'Yes' }, { id: `${id}__no`, label: 'No' }];

function YesNo({ id, legend, value, onChange }) {
  return (
    <EuiFormRow label={legend} id={`${id}-row`} hasChildLabel={false}>
      <EuiButtonGroup data-test-subj={id} legend={legend} options={YES_NO(id)} idSelected={value ? `${id}__${value}` : ''}
        onChange={(optionId) => onChange(optionId.split('__')[1])} buttonSize="m" />
    </EuiFormRow>
  );
}

function App() {
  const [open, setOpen] = useState(true);
  const [sent, setSent] = useState(false);
  const [problems, setProblems] = useState([]);
  const [m, setM] = useState(() => ({
    firstName: '', lastName: '', email: '', phone: '', basedIn: [], education: '', school: [], years: 0, startDate: null,
    authorized: '', sponsorship: '', salary: '', resume: null, coverLetter: '', talentCommunity: false, privacy: false,
    answers: Object.fromEntries(POSTING.questions.map((q) => [q.id, ''])),
  }));
  const set = (k) => (v) => setM((p) => ({ ...p, [k]: v }));
  const ev = (k) => (e) => set(k)(e.target.value);
  const answer = (id) => (v) => setM((p) => ({ ...p, answers: { ...p.answers, [id]: v } }));
  const [schools, setSchools] = useState(SCHOOLS);

  const submit = (e) => {
    e.preventDefault();
    const bad = [];
    if (!m.firstName || !m.lastName) bad.push('Your name is required.');
    if (!/^[^@\s]+@[^@\s]+\.[a-z]{2,}$/i.test(m.email)) bad.push('Enter a valid email address.');
    if (m.phone && !/^\d{10}$/.test(m.phone.replace(/[\s().-]/g, ''))) bad.push('Enter a 10-digit phone number.');
    if (!m.resume) bad.push('Attach your resume.');
    if (!m.privacy) bad.push('Please accept the privacy notice.');
    setProblems(bad);
    if (!bad.length) setSent(true);
  };
  const model = { ...m, basedIn: m.basedIn[0]?.label ?? null, school: m.school[0]?.label ?? null, startDate: m.startDate ? m.startDate.format('YYYY-MM-DD') : null };

  return (
    <EuiProvider colorMode="light">
      <div className="hb-job">
        <EuiTitle size="l"><h1>{POSTING.title}</h1></EuiTitle>
        <p className="where">{POSTING.company} · {POSTING.where}</p>
        <p>{POSTING.blurb}</p>
        <EuiButton id="hb-apply-open" fill onClick={() => setOpen(true)}>Apply for this job</EuiButton>
      </div>
      {open && (
        <EuiFlyout onClose={() => setOpen(false)} size="m" ownFocus={false} aria-labelledby="hb-flyout-title">
          <EuiFlyoutHeader hasBorder>
            <EuiTitle size="m"><h2 id="hb-flyout-title">Apply: {POSTING.title}</h2></EuiTitle>
          </EuiFlyoutHeader>
          <EuiFlyoutBody>
            {sent ? <EuiCallOut id="done" title="Application sent" color="success" iconType="check"><p>Thanks! The hiring team will be in touch.</p></EuiCallOut> : (
              <EuiForm component="form" id="hb-form" onSubmit={submit} isInvalid={problems.length > 0} error={problems} noValidate>
                <EuiFormRow label="First name" fullWidth><EuiFieldText id="hb-first-name" name="first_name" value={m.firstName} onChange={ev('firstName')} fullWidth /></EuiFormRow>
                <EuiFormRow label="Last name" fullWidth><EuiFieldText id="hb-last-name" name="last_name" value={m.lastName} onChange={ev('lastName')} fullWidth /></EuiFormRow>
                <EuiFormRow label="Email" fullWidth><EuiFieldText id="hb-email" name="email" type="email" value={m.email} onChange={ev('email')} fullWidth /></EuiFormRow>
                <EuiFormRow label="Phone" helpText="US numbers only" fullWidth><EuiFieldText id="hb-phone" name="phone" type="tel" prepend="+1" value={m.phone} onChange={ev('phone')} fullWidth /></EuiFormRow>
                <EuiFormRow label="Where are you based?" fullWidth>
                  <EuiComboBox id="hb-based" data-test-subj="hb-based" placeholder="Select a city" singleSelection={{ asPlainText: true }} options={PLACES}
                    selectedOptions={m.basedIn} onChange={set('basedIn')} fullWidth />
                </EuiFormRow>
                <EuiFormRow label="Highest level of education" fullWidth>
                  <EuiSuperSelect id="hb-education" data-test-subj="hb-education" options={EDUCATION} valueOfSelected={m.education} onChange={set('education')}
                    placeholder="Select one" fullWidth />
                </EuiFormRow>
                <EuiFormRow label="School" helpText="Not listed? Type it and press Enter." fullWidth>
                  <EuiComboBox id="hb-school" data-test-subj="hb-school" placeholder="Search schools" singleSelection={{ asPlainText: true }} options={schools}
                    selectedOptions={m.school} onChange={set('school')} fullWidth
                    onCreateOption={(text) => { const o = { label: text.trim() }; setSchools((s) => [...s, o]); set('school')([o]); }} />
                </EuiFormRow>
                <EuiFormRow label="Years of professional experience" fullWidth>
                  <EuiRange id="hb-years" data-test-subj="hb-years" name="years" min={0} max={20} step={1} value={m.years} onChange={(e) => set('years')(Number(e.currentTarget.value))}
                    showInput showTicks tickInterval={5} fullWidth />
                </EuiFormRow>
                <EuiFormRow label="Earliest start date" helpText="MM/DD/YYYY" fullWidth>
                  <EuiDatePicker id="hb-start" name="start_date" selected={m.startDate} onChange={set('startDate')} dateFormat="MM/DD/YYYY" minDate={moment('2026-12-01')} fullWidth />
                </EuiFormRow>
                <YesNo id="hb-authorized" legend="Are you legally authorized to work in the United States?" value={m.authorized} onChange={set('authorized')} />
                <YesNo id="hb-sponsorship" legend="Will you now or in the future require visa sponsorship?" value={m.sponsorship} onChange={set('sponsorship')} />
                <EuiFormRow label="Base salary expectation (USD, yearly)" fullWidth>
                  <EuiFieldNumber id="hb-salary" name="salary" prepend="$" value={m.salary} onChange={ev('salary')} min={0} step={1000} fullWidth />
                </EuiFormRow>
                <EuiFormRow label="Resume" fullWidth>
                  <EuiFilePicker id="hb-resume" name="resume" display="large" initialPromptText="Select or drag and drop your resume" accept=".pdf,.doc,.docx"
                    onChange={(files) => set('resume')(files && files.length ? files[0].name : null)} fullWidth />
                </EuiFormRow>
                <EuiFormRow label="Cover letter" labelType="legend" id="hb-cover-row" helpText="Markdown is supported." fullWidth>
                  <div data-test-subj="hb-cover">
                    <EuiMarkdownEditor aria-label="Cover letter" value={m.coverLetter} onChange={set('coverLetter')} height={180} initialViewMode="editing" />
                  </div>
                </EuiFormRow>
                <EuiSpacer size="m" />
                <EuiText size="s"><h3>A few questions from the team</h3></EuiText>
                {POSTING.questions.map((q) => q.kind === 'yesno'
                  ? <YesNo key={q.id} id={q.id} legend={q.label} value={m.answers[q.id]} onChange={answer(q.id)} />
                  : (
                    <EuiFormRow key={q.id} label={q.label} helpText={q.help} fullWidth>
                      {q.kind === 'number'
                        ? <EuiFieldNumber id={q.id} name={`answers[${q.id}]`} value={m.answers[q.id]} onChange={(e) => answer(q.id)(e.target.value)} min={0} fullWidth />
                        : <EuiFieldText id={q.id} name={`answers[${q.id}]`} value={m.answers[q.id]} onChange={(e) => answer(q.id)(e.target.value)} fullWidth />}
                    </EuiFormRow>
                  ))}
                <EuiSpacer size="m" />
                <EuiSwitch id="hb-talent" label={`Keep me in ${POSTING.company}'s talent community for future roles`} checked={m.talentCommunity} onChange={(e) => set('talentCommunity')(e.target.checked)} />
                <EuiSpacer size="s" />
                <EuiCheckbox id="hb-privacy" label="I have read the candidate privacy notice" checked={m.privacy} onChange={(e) => set('privacy')(e.target.checked)} />
                <pre id="model">{JSON.stringify(model, null, 2)}</pre>
              </EuiForm>
            )}
          </EuiFlyoutBody>
          {!sent && (
            <EuiFlyoutFooter>
              <EuiButton id="hb-submit" type="submit" form="hb-form" fill>Submit application</EuiButton>
            </EuiFlyoutFooter>
          )}
        </EuiFlyout>
      )}
    </EuiProvider>
  );
}

createRoot(document.getElementById('root')).render(<App />);
