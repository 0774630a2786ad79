/**
 * Larkmoor Robotics careers page: a React form whose documents are react-dropzone zones opened only
 * by their "Browse files" button (noClick + noKeyboard, `open()`), each with its own accept map
 * (resume: PDF/Word; cover letter: PDF/Word/plain text; work samples: several files) and a list of
 * accepted and rejected files. The form state is rendered into <pre id="model">.
 */
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import { useDropzone } from 'react-dropzone';

const WORD = {
  'application/msword': ['.doc'],
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': ['.docx'],
};

function Zone({ id, title, help, accept, maxFiles, files, onFiles }) {
  const { getRootProps, getInputProps, open, isDragActive, fileRejections } = useDropzone({
    accept,
    maxFiles,
    multiple: maxFiles !== 1,
    noClick: true,
    noKeyboard: true,
    onDrop: (accepted) => onFiles(accepted.map((file) => file.name)),
  });
  return (
    <div className="lm-field">
      <span className="lm-caption" id={`${id}-caption`}>{title}</span>
      <div {...getRootProps({ className: `lm-zone${isDragActive ? ' active' : ''}`, 'aria-labelledby': `${id}-caption` })}>
        <input {...getInputProps({ id, name: id })} />
        <p>Drag and drop here</p>
        <button type="button" onClick={open}>Browse files</button>
        <ul className="lm-files">{files.map((name) => <li key={name}>📄 {name}</li>)}</ul>
        {fileRejections.length > 0 && <p className="lm-reject">{fileRejections[0].errors[0].message}</p>}
      </div>
      <p className="lm-help">{help}</p>
    </div>
  );
}

function App() {
  const [form, setForm] = useState({
    fullName: '', email: '', phone: '', location: '', github: '', resume: [], coverLetter: [], samples: [],
    yearsRobotics: '', authorized: '', sponsorship: '', privacy: false,
  });
  const [sent, setSent] = useState(false);
  const set = (key) => (value) => setForm((prev) => ({ ...prev, [key]: value }));
  const text = (key) => ({ value: form[key], onChange: (event) => set(key)(event.target.value) });
  return (
    <>
      <div className="lm-nav"><strong>Larkmoor Robotics</strong><span>Careers · <a href="#">Log in</a></span></div>
      <main className="lm-main">
        <h1>Senior Data Engineer, Fleet Telemetry</h1>
        <p>San Jose, CA or remote (US) · Data Platform</p>
        <form id="lm-form" noValidate onSubmit={(event) => { event.preventDefault(); setSent(true); }}>
          <div className="lm-field"><label htmlFor="lm-name">Full name</label><input id="lm-name" name="fullName" type="text" autoComplete="name" {...text('fullName')} /></div>
          <div className="lm-field"><label htmlFor="lm-email">Email</label><input id="lm-email" name="email" type="email" {...text('email')} /></div>
          <div className="lm-field"><label htmlFor="lm-phone">Phone</label><input id="lm-phone" name="phone" type="tel" placeholder="+1 408 555 0100" {...text('phone')} /></div>
          <div className="lm-field"><label htmlFor="lm-location">Where are you based?</label><input id="lm-location" name="location" type="text" {...text('location')} /></div>
          <div className="lm-field"><label htmlFor="lm-github">GitHub profile</label><input id="lm-github" name="github" type="text" {...text('github')} /></div>
          <Zone id="resume" title="Resume" help="PDF or Word, one file." accept={{ 'application/pdf': ['.pdf'], ...WORD }} maxFiles={1} files={form.resume} onFiles={set('resume')} />
          <Zone id="coverLetter" title="Cover letter (optional)" help="PDF, Word or plain text." accept={{ 'application/pdf': ['.pdf'], 'text/plain': ['.txt'], ...WORD }} maxFiles={1} files={form.coverLetter} onFiles={set('coverLetter')} />
          <Zone id="samples" title="Work samples (optional)" help="Design docs, notebooks or write-ups you are proud of. Up to 4 files." accept={{ 'application/pdf': ['.pdf'], 'application/x-ipynb+json': ['.ipynb'], 'text/markdown': ['.md'] }} maxFiles={4} files={form.samples} onFiles={set('samples')} />
          <div className="lm-field"><label htmlFor="lm-robotics">How many years have you worked with robot or vehicle telemetry?</label><input id="lm-robotics" name="yearsRobotics" type="text" {...text('yearsRobotics')} /></div>
          <div className="lm-field"><label htmlFor="lm-auth">Are you authorized to work in the US?</label>
            <select id="lm-auth" name="authorized" {...text('authorized')}><option value="">Choose…</option><option value="yes">Yes</option><option value="no">No</option></select></div>
          <div className="lm-field"><label htmlFor="lm-sponsor">Will you need visa sponsorship?</label>
            <select id="lm-sponsor" name="sponsorship" {...text('sponsorship')}><option value="">Choose…</option><option value="yes">Yes</option><option value="no">No</option></select></div>
          <div className="lm-field"><label><input id="lm-privacy" name="privacy" type="checkbox" checked={form.privacy} onChange={(event) => set('privacy')(event.target.checked)} /> I agree to the applicant privacy notice</label></div>
          <button type="submit" id="lm-submit">Submit application</button>
          {sent && <p id="lm-sent">Thanks — we got your application.</p>}
        </form>
        <pre id="model">{JSON.stringify(form, null, 2)}</pre>
      </main>
    </>
  );
}

createRoot(document.getElementById('root')).render(<App />);
