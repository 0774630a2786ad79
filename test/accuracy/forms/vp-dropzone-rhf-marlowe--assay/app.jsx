/**
 * Marlowe Biosciences careers page (self-built React, react-hook-form + react-dropzone). Every
 * document is a react-dropzone zone ("Drag and drop or browse") whose input is hidden; a chosen file
 * shows by name with "Replace" and "Remove". Other documents take several files; the talent
 * network box in the footer has a zone of its own and is not the application. Form values go into
 * <pre id="model">.
 */
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import { Controller, useForm } from 'react-hook-form';
import { useDropzone } from 'react-dropzone';

const POSTING = {
  "questions": [
    {
      "kind": "radio",
      "name": "cq_5102_sponsorship",
      "label": "Visa sponsorship",
      "options": [
        "Yes, I will need sponsorship now or in the future",
        "No, I will not need sponsorship"
      ],
      "required": true
    },
    {
      "kind": "radio",
      "name": "cq_5103_authorized",
      "label": "Do you have unrestricted authorization to work in the US?",
      "options": [
        "Yes",
        "No"
      ],
      "required": true
    },
    {
      "kind": "text",
      "name": "cq_5104_title",
      "label": "Current or most recent title"
    },
    {
      "kind": "select",
      "name": "cq_5105_years",
      "label": "Years of experience",
      "options": [
        "0-2",
        "3-5",
        "6-9",
        "10+"
      ],
      "required": true
    },
    {
      "kind": "text",
      "name": "cq_5106_cover",
      "label": "Cover letter (optional)",
      "multiline": true,
      "placeholder": "Paste your cover letter"
    },
    {
      "kind": "text",
      "name": "cq_5107_salary",
      "label": "Base salary expectation (USD)"
    },
    {
      "kind": "radio",
      "name": "cq_5108_lims",
      "label": "Have you integrated with a LIMS (e.g. Benchling)?",
      "options": [
        "Yes",
        "No"
      ]
    },
    {
      "kind": "radio",
      "name": "cq_5109_onsite",
      "label": "This role is on-site in South San Francisco four days a week. Can you commit to that?",
      "options": [
        "Yes",
        "No"
      ],
      "required": true
    }
  ],
  "otherLabel": "Publications or portfolio (optional)",
  "whyLabel": "What draws you to lab automation?"
};

function Zone({ id, label, hint, value, onChange, multiple = false, accept, required }) {
  const { getRootProps, getInputProps, isDragActive, open } = useDropzone({
    multiple,
    noClick: false,
    accept,
    onDrop: (files) => onChange(multiple ? [...(value ?? []), ...files.map((f) => f.name)] : files[0]?.name ?? null),
  });
  const chosen = multiple ? value ?? [] : value ? [value] : [];
  return (
    <div className="mb-field" data-field={id}>
      <span className="mb-label" id={`${id}-label`}>
        {label}
        {required && <span className="mb-req"> *</span>}
      </span>
      <div {...getRootProps({ className: `mb-dropzone${isDragActive ? ' is-active' : ''}`, 'aria-labelledby': `${id}-label`, role: 'button' })}>
        <input {...getInputProps({ id, name: id })} />
        {chosen.length === 0 ? (
          <p>
            <svg width="18" height="18" viewBox="0 0 24 24" aria-hidden="true"><path d="M12 3l5 5h-3v6h-4V8H7z" fill="currentColor" /></svg> Drag and drop or <u>browse</u>
            <br />
            <small>{hint}</small>
          </p>
        ) : (
          <ul className="mb-files">
            {chosen.map((name) => (
              <li key={name} className="mb-file-name">{name}</li>
            ))}
          </ul>
        )}
      </div>
      {chosen.length > 0 && (
        <div className="mb-file-actions">
          <button type="button" className="mb-link" onClick={open}>{multiple ? 'Add more' : 'Replace'}</button>
          <button type="button" className="mb-link" onClick={() => onChange(multiple ? [] : null)}>Remove</button>
        </div>
      )}
    </div>
  );
}

const DOCS = { 'application/pdf': ['.pdf'], 'application/msword': ['.doc'], 'application/vnd.openxmlformats-officedocument.wordprocessingml.document': ['.docx'] };
const LETTER = { ...DOCS, 'text/plain': ['.txt'] };

function Text({ control, name, label, type = 'text', required, placeholder, help, multiline }) {
  return (
    <Controller
      control={control}
      name={name}
      render={({ field }) => (
        <div className="mb-field">
          <label className="mb-label" htmlFor={`mb-${name}`}>
            {label}
            {required && <span className="mb-req"> *</span>}
          </label>
          {multiline ? (
            <textarea id={`mb-${name}`} rows={6} placeholder={placeholder} {...field} />
          ) : (
            <input id={`mb-${name}`} type={type} placeholder={placeholder} aria-describedby={help ? `mb-${name}-help` : undefined} {...field} />
          )}
          {help && <small id={`mb-${name}-help`} className="mb-help">{help}</small>}
        </div>
      )}
    />
  );
}

function Radios({ control, name, label, options, required }) {
  return (
    <Controller
      control={control}
      name={name}
      render={({ field }) => (
        <fieldset className="mb-field mb-radios">
          <legend className="mb-label">
            {label}
            {required && <span className="mb-req"> *</span>}
          </legend>
          {options.map((o) => (
            <label key={o}>
              <input type="radio" name={name} value={o} checked={field.value === o} onChange={() => field.onChange(o)} /> {o}
            </label>
          ))}
        </fieldset>
      )}
    />
  );
}

function Select({ control, name, label, options, required }) {
  return (
    <Controller
      control={control}
      name={name}
      render={({ field }) => (
        <div className="mb-field">
          <label className="mb-label" htmlFor={`mb-${name}`}>
            {label}
            {required && <span className="mb-req"> *</span>}
          </label>
          <select id={`mb-${name}`} {...field}>
            <option value="">Select…</option>
            {options.map((o) => (
              <option key={o} value={o}>{o}</option>
            ))}
          </select>
        </div>
      )}
    />
  );
}

function App() {
  const defaults = { firstName: '', lastName: '', preferredName: '', email: '', phone: '', location: '', linkedin: '', website: '', pronouns: '', resume: null, otherDocuments: [], why: '', source: '', gender: '', race: '', veteran: '', consent: false };
  for (const q of POSTING.questions) defaults[q.name] = q.kind === 'zone' ? null : '';
  const { control, handleSubmit, watch } = useForm({ defaultValues: defaults });
  const [done, setDone] = useState(false);
  const values = watch();
  if (done) return <div id="mb-done"><h2>Application received</h2><p>Thanks — our talent team reads every application.</p></div>;
  const q = (item) => {
    if (item.kind === 'radio') return <Radios key={item.name} control={control} {...item} />;
    if (item.kind === 'select') return <Select key={item.name} control={control} {...item} />;
    if (item.kind === 'zone')
      return (
        <Controller key={item.name} control={control} name={item.name} render={({ field }) => <Zone id={item.name} label={item.label} hint={item.hint} accept={LETTER} value={field.value} onChange={field.onChange} />} />
      );
    return <Text key={item.name} control={control} {...item} />;
  };
  return (
    <>
      <form id="mb-apply" noValidate onSubmit={handleSubmit(() => setDone(true))}>
        <h2>Apply for this role</h2>
        <Controller control={control} name="resume" render={({ field }) => <Zone id="resume" label="Resume" required hint="PDF, DOC or DOCX, up to 10 MB" accept={DOCS} value={field.value} onChange={field.onChange} />} />
        <div className="mb-grid">
          <Text control={control} name="firstName" label="First name" required />
          <Text control={control} name="lastName" label="Last name" required />
        </div>
        <Text control={control} name="preferredName" label="Preferred name" help="Only if different from your first name" />
        <Text control={control} name="email" label="Email" type="email" required />
        <Text control={control} name="phone" label="Phone" type="tel" placeholder="(555) 555-5555" />
        <Text control={control} name="location" label="Where are you based?" placeholder="City, State" required />
        <Select control={control} name="pronouns" label="Pronouns" options={['She/her', 'He/him', 'They/them', 'Prefer to self-describe', 'Prefer not to say']} />
        <Text control={control} name="linkedin" label="LinkedIn URL" type="url" />
        <Text control={control} name="website" label="Personal website" type="url" />
        <h3>About this role</h3>
        {POSTING.questions.map(q)}
        <Controller control={control} name="otherDocuments" render={({ field }) => <Zone id="otherDocuments" label={POSTING.otherLabel} hint="Up to 5 files" multiple value={field.value} onChange={field.onChange} />} />
        <Text control={control} name="why" label={POSTING.whyLabel} multiline required />
        <Select control={control} name="source" label="How did you hear about Marlowe?" options={['LinkedIn', 'BioSpace', 'Conference', 'Referral', 'Other']} />
        <h3>Voluntary self-identification</h3>
        <p className="mb-help">Marlowe is an equal opportunity employer. Your answers are voluntary and are kept separate from your application.</p>
        <Select control={control} name="gender" label="Gender" options={['Female', 'Male', 'Non-binary', 'I decline to self-identify']} />
        <Select control={control} name="race" label="Race / ethnicity" options={['Asian', 'Black or African American', 'Hispanic or Latino', 'White', 'Two or more races', 'I decline to self-identify']} />
        <Select control={control} name="veteran" label="Veteran status" options={['I am a protected veteran', 'I am not a protected veteran', 'I decline to self-identify']} />
        <Controller
          control={control}
          name="consent"
          render={({ field }) => (
            <label className="mb-consent">
              <input type="checkbox" id="mb-consent" checked={field.value} onChange={(e) => field.onChange(e.target.checked)} /> I consent to Marlowe Biosciences storing my application data for 24 months. <span className="mb-req">*</span>
            </label>
          )}
        />
        <button type="submit" id="mb-submit">Submit application</button>
      </form>
      <pre id="model">{JSON.stringify(values, null, 2)}</pre>
    </>
  );
}

function TalentNetwork() {
  const [file, setFile] = useState(null);
  const [email, setEmail] = useState('');
  return (
    <form id="tn-form" onSubmit={(e) => e.preventDefault()}>
      <h3>Join our talent network</h3>
      <label htmlFor="tn-email">Email</label>
      <input id="tn-email" type="email" value={email} onChange={(e) => setEmail(e.target.value)} />
      <Zone id="tn-resume" label="Resume (optional)" hint="We'll keep it on file for future roles" value={file} onChange={setFile} accept={DOCS} />
      <button type="submit">Join</button>
    </form>
  );
}

createRoot(document.getElementById('root')).render(<App />);
createRoot(document.getElementById('talent-network')).render(<TalentNetwork />);
