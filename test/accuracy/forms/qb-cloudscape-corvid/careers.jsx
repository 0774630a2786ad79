/**
 * Corvid Cloud Services careers page, built on AWS's **Cloudscape** design system (the company is an
 * AWS consulting partner and reuses its console look). Shared by every posting (each app.jsx passes
 * its own questions):
 * - FormField + Input (controlId ids), phone with a description asking for the country code;
 * - **FileUpload** for the resume (PDF/DOCX), an optional cover letter (PDF/DOCX/TXT) and multiple
 *   work samples; chosen files show as tokens below the button;
 * - **Toggle** statements ("I am currently employed", "I will need visa sponsorship…", an opt-in);
 * - **Tiles** for years of experience, **SegmentedControl** Yes/No for work authorization,
 *   **RadioGroup** for the degree, posting-specific **Checkbox** "select all that apply" lists,
 *   a **Multiselect** of locations, a **Select** for "how did you hear", a Textarea, consent checkboxes.
 * The form state goes to <pre id="model">.
 */
import React, { useState } from 'react';
import { createRoot } from 'react-dom/client';
import '@cloudscape-design/global-styles/index.css';
import AppLayout from '@cloudscape-design/components/app-layout';
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Checkbox from '@cloudscape-design/components/checkbox';
import Container from '@cloudscape-design/components/container';
import FileUpload from '@cloudscape-design/components/file-upload';
import Form from '@cloudscape-design/components/form';
import FormField from '@cloudscape-design/components/form-field';
import Grid from '@cloudscape-design/components/grid';
import Header from '@cloudscape-design/components/header';
import Input from '@cloudscape-design/components/input';
import Multiselect from '@cloudscape-design/components/multiselect';
import RadioGroup from '@cloudscape-design/components/radio-group';
import SegmentedControl from '@cloudscape-design/components/segmented-control';
import Select from '@cloudscape-design/components/select';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Textarea from '@cloudscape-design/components/textarea';
import Tiles from '@cloudscape-design/components/tiles';
import Toggle from '@cloudscape-design/components/toggle';

const fileI18n = {
  uploadButtonText: (multiple) => (multiple ? 'Choose files' : 'Choose file'),
  dropzoneText: (multiple) => (multiple ? 'Drop files to upload' : 'Drop file to upload'),
  removeFileAriaLabel: (index) => `Remove file ${index + 1}`,
  limitShowFewer: 'Show fewer files',
  limitShowMore: 'Show more files',
  errorIconAriaLabel: 'Error',
  warningIconAriaLabel: 'Warning',
};

const names = (files) => files.map((f) => f.name);

function Application({ job }) {
  const [v, setV] = useState({
    firstName: '', lastName: '', email: '', phone: '', location: '', linkedin: '',
    employed: false, needsSponsorship: false, otherRoles: false,
    years: null, authorized: null, degree: null, tools: {}, locations: [], source: null, why: '',
    privacy: false, newsletter: false,
  });
  const [resume, setResume] = useState([]);
  const [cover, setCover] = useState([]);
  const [samples, setSamples] = useState([]);
  const [submitted, setSubmitted] = useState(false);
  const [error, setError] = useState('');
  const set = (key) => (value) => setV((old) => ({ ...old, [key]: value }));
  const text = (key) => ({ value: v[key], onChange: ({ detail }) => set(key)(detail.value) });

  const submit = (e) => {
    e.preventDefault();
    if (!v.firstName || !v.lastName || !v.email || resume.length === 0 || !v.authorized || !v.years || !v.privacy) {
      setError('Fill in the required fields marked with an asterisk.');
      return;
    }
    setSubmitted(true);
  };

  const model = {
    ...v,
    locations: v.locations.map((o) => o.value),
    source: v.source ? v.source.value : null,
    resume: names(resume), coverLetter: names(cover), samples: names(samples),
  };

  if (submitted) return (<Box padding="l"><div id="cv-done"><Header variant="h2">Application sent</Header>Thanks, {v.firstName}. A recruiter will reply within five business days.</div></Box>);

  return (
    <form onSubmit={submit} id="cv-form">
      <Form
        header={<Header variant="h1" description={job.blurb}>{job.title}</Header>}
        errorText={error || undefined}
        actions={<Button variant="primary" formAction="submit" id="cv-submit">Submit application</Button>}
      >
        <SpaceBetween size="l">
          <Container header={<Header variant="h2">Contact details</Header>}>
            <SpaceBetween size="m">
              <Grid gridDefinition={[{ colspan: 6 }, { colspan: 6 }]}>
                <FormField label="First name *" controlId="cv-first"><Input {...text('firstName')} /></FormField>
                <FormField label="Last name *" controlId="cv-last"><Input {...text('lastName')} /></FormField>
              </Grid>
              <FormField label="Email *" controlId="cv-email"><Input type="email" {...text('email')} /></FormField>
              <FormField label="Phone number" description="Include your country code, for example +1 206 555 0100." controlId="cv-phone"><Input type="text" inputMode="tel" {...text('phone')} /></FormField>
              <FormField label="Location" description="City and state you live in" controlId="cv-location"><Input {...text('location')} /></FormField>
              <FormField label={<span>LinkedIn URL <i>- optional</i></span>} controlId="cv-linkedin"><Input type="url" {...text('linkedin')} /></FormField>
            </SpaceBetween>
          </Container>

          <Container header={<Header variant="h2">Documents</Header>}>
            <SpaceBetween size="m">
              <div id="cv-resume">
                <FormField label="Resume *" description="Upload your most recent resume." constraintText="PDF or DOCX, 5 MB max.">
                  <FileUpload value={resume} onChange={({ detail }) => setResume(detail.value)} accept=".pdf,.docx" showFileSize i18nStrings={fileI18n} />
                </FormField>
              </div>
              <div id="cv-cover">
                <FormField label={<span>Cover letter <i>- optional</i></span>} constraintText="PDF, DOCX or TXT.">
                  <FileUpload value={cover} onChange={({ detail }) => setCover(detail.value)} accept=".pdf,.docx,.txt" i18nStrings={fileI18n} />
                </FormField>
              </div>
              <div id="cv-samples">
                <FormField label={<span>Work samples <i>- optional</i></span>} description="Architecture diagrams, write-ups or anything else you'd like us to see. Up to 5 files.">
                  <FileUpload multiple value={samples} onChange={({ detail }) => setSamples(detail.value)} tokenLimit={5} i18nStrings={fileI18n} />
                </FormField>
              </div>
            </SpaceBetween>
          </Container>

          <Container header={<Header variant="h2">About your situation</Header>}>
            <SpaceBetween size="m">
              <div id="cv-employed"><Toggle checked={v.employed} onChange={({ detail }) => set('employed')(detail.checked)}>I am currently employed</Toggle></div>
              <div id="cv-sponsor"><Toggle checked={v.needsSponsorship} onChange={({ detail }) => set('needsSponsorship')(detail.checked)}>{job.sponsorToggle}</Toggle></div>
              <FormField label={job.authLabel + ' *'}>
                <div id="cv-authorized">
                  <SegmentedControl selectedId={v.authorized} onChange={({ detail }) => set('authorized')(detail.selectedId)} label={job.authLabel}
                    options={[{ id: 'yes', text: 'Yes' }, { id: 'no', text: 'No' }]} />
                </div>
              </FormField>
              <FormField label={job.yearsLabel + ' *'} stretch>
                <div id="cv-years"><Tiles value={v.years} onChange={({ detail }) => set('years')(detail.value)} columns={4} items={job.years.map((y) => ({ value: y, label: y }))} /></div>
              </FormField>
              <FormField label="Highest degree">
                <div id="cv-degree"><RadioGroup value={v.degree} onChange={({ detail }) => set('degree')(detail.value)} items={job.degrees.map((d) => ({ value: d, label: d }))} /></div>
              </FormField>
            </SpaceBetween>
          </Container>

          <Container header={<Header variant="h2">A few more questions</Header>}>
            <SpaceBetween size="m">
              <FormField label={job.toolsLabel} description="Select all that apply.">
                <div id="cv-tools"><SpaceBetween size="xxs">
                  {job.tools.map((t) => (
                    <div key={t.key} id={'cv-tool-' + t.key}>
                      <Checkbox checked={!!v.tools[t.key]} onChange={({ detail }) => set('tools')({ ...v.tools, [t.key]: detail.checked })}>{t.label}</Checkbox>
                    </div>
                  ))}
                </SpaceBetween></div>
              </FormField>
              <FormField label={<span>Which Corvid offices could you work from? <i>- optional</i></span>}>
                <div id="cv-offices"><Multiselect selectedOptions={v.locations} onChange={({ detail }) => set('locations')(detail.selectedOptions)} placeholder="Choose offices"
                  options={job.offices.map((o) => ({ label: o, value: o }))} /></div>
              </FormField>
              <FormField label="How did you hear about this role?">
                <div id="cv-source"><Select selectedOption={v.source} onChange={({ detail }) => set('source')(detail.selectedOption)} placeholder="Choose a source"
                  options={['LinkedIn', 'AWS re:Invent', 'Corvid blog', 'A Corvid employee', 'Other'].map((o) => ({ label: o, value: o }))} /></div>
              </FormField>
              <FormField label={job.essayLabel} controlId="cv-why"><Textarea {...text('why')} rows={4} /></FormField>
              <div id="cv-other-roles"><Toggle checked={v.otherRoles} onChange={({ detail }) => set('otherRoles')(detail.checked)}>Consider me for other Corvid roles that fit my background</Toggle></div>
              <div id="cv-newsletter"><Checkbox checked={v.newsletter} onChange={({ detail }) => set('newsletter')(detail.checked)}>Send me the monthly Corvid engineering newsletter</Checkbox></div>
              <div id="cv-privacy"><Checkbox checked={v.privacy} onChange={({ detail }) => set('privacy')(detail.checked)}>I have read the Corvid applicant privacy notice and consent to the processing of my data. *</Checkbox></div>
            </SpaceBetween>
          </Container>
        </SpaceBetween>
      </Form>
      <pre id="model">{JSON.stringify(model)}</pre>
    </form>
  );
}

export function mount(job) {
  function Page() {
    const [q, setQ] = useState('');
    return (
      <AppLayout
        navigationHide toolsHide
        content={
          <SpaceBetween size="l">
            <div className="cv-topbar">
              <b>Corvid Cloud Services · Careers</b>
              <div id="cv-search" style={{ width: 260 }}><Input type="search" value={q} onChange={({ detail }) => setQ(detail.value)} placeholder="Search jobs" ariaLabel="Search jobs" /></div>
            </div>
            <Application job={job} />
          </SpaceBetween>
        }
      />
    );
  }
  createRoot(document.getElementById('root')).render(<Page />);
}
