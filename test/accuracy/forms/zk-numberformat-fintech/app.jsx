/*
 * A fintech startup's own careers page in React 19: react-number-format for the phone
 * (PatternFormat "+1 (###) ###-####" with the +1 fixed in the pattern), the start date (PatternFormat
 * "##/##/####", placeholder MM/DD/YYYY) and the salary (NumericFormat "$" prefix, thousands
 * separator); a react-select AsyncCreatableSelect "Where are you based?" whose options load from a
 * (fake) places endpoint as you type and which also lets you create your own entry; the cover letter
 * in a Lexical rich-text editor. Form state is mirrored into <pre id="model">.
 */
import { useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { NumericFormat, PatternFormat } from 'react-number-format';
import AsyncCreatableSelect from 'react-select/async-creatable';
import { LexicalComposer } from '@lexical/react/LexicalComposer';
import { RichTextPlugin } from '@lexical/react/LexicalRichTextPlugin';
import { ContentEditable } from '@lexical/react/LexicalContentEditable';
import { HistoryPlugin } from '@lexical/react/LexicalHistoryPlugin';
import { OnChangePlugin } from '@lexical/react/LexicalOnChangePlugin';
import { LexicalErrorBoundary } from '@lexical/react/LexicalErrorBoundary';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getRoot, FORMAT_TEXT_COMMAND } from 'lexical';

const PLACES = [
  'San Francisco, CA, United States', 'South San Francisco, CA, United States', 'San Francisco de Macorís, Dominican Republic',
  'San Jose, CA, United States', 'San Diego, CA, United States', 'San Mateo, CA, United States', 'Santa Monica, CA, United States',
  'Oakland, CA, United States', 'Seattle, WA, United States', 'New York, NY, United States', 'Brooklyn, NY, United States',
  'Austin, TX, United States', 'Denver, CO, United States', 'Chicago, IL, United States', 'Toronto, ON, Canada', 'London, United Kingdom',
];
const loadPlaces = (input) =>
  new Promise((resolve) => {
    const q = input.trim().toLowerCase();
    setTimeout(() => resolve(q.length < 2 ? [] : PLACES.filter((p) => p.toLowerCase().includes(q)).slice(0, 6).map((p) => ({ value: p, label: p }))), 250);
  });

function Toolbar() {
  const [editor] = useLexicalComposerContext();
  return (
    <div className="editor-toolbar">
      <button type="button" aria-label="Bold" onClick={() => editor.dispatchCommand(FORMAT_TEXT_COMMAND, 'bold')}><b>B</b></button>
      <button type="button" aria-label="Italic" onClick={() => editor.dispatchCommand(FORMAT_TEXT_COMMAND, 'italic')}><i>I</i></button>
      <button type="button" aria-label="Underline" onClick={() => editor.dispatchCommand(FORMAT_TEXT_COMMAND, 'underline')}><u>U</u></button>
    </div>
  );
}

function CoverLetterEditor({ onChange }) {
  const config = { namespace: 'cover-letter', onError: (error) => console.error(error), theme: { paragraph: 'editor-paragraph' } };
  return (
    <LexicalComposer initialConfig={config}>
      <div className="editor-shell">
        <Toolbar />
        <RichTextPlugin
          contentEditable={<ContentEditable className="editor-input" id="cover-letter" aria-labelledby="cover-letter-label" aria-placeholder="Tell us why Ledgerline…" placeholder={<div className="editor-placeholder">Tell us why Ledgerline…</div>} />}
          ErrorBoundary={LexicalErrorBoundary}
        />
        <HistoryPlugin />
        <OnChangePlugin onChange={(state) => state.read(() => onChange($getRoot().getTextContent()))} />
      </div>
    </LexicalComposer>
  );
}

const EMPTY = {
  fullName: '', email: '', phone: '', location: null, linkedin: '', github: '', company: '', title: '', years: '',
  salary: null, startDate: '', authorized: null, sponsorship: null, coverLetter: '', proudOf: '', referralCode: '', resume: null, consent: false,
};

function App() {
  const [form, setForm] = useState(EMPTY);
  const [error, setError] = useState('');
  const [done, setDone] = useState(false);
  const set = (key) => (value) => setForm((f) => ({ ...f, [key]: value }));
  const onText = (key) => (e) => set(key)(e.target.value);
  useEffect(() => {
    document.getElementById('model').textContent = JSON.stringify(form, null, 1);
  }, [form]);

  if (done) return <div className="card" id="applied"><h2>Application sent 🎉</h2><p>We'll be in touch within a week.</p></div>;
  const submit = (e) => {
    e.preventDefault();
    if (!form.fullName || !form.email || form.phone.length !== 10 || !form.location || !form.resume || !form.authorized || !form.sponsorship || !form.consent) {
      setError('Please fill in the required fields.');
      return;
    }
    setDone(true);
  };
  return (
    <form className="card" id="ll-apply" onSubmit={submit} noValidate>
      <div className="field"><label htmlFor="full_name">Full name *</label><input className="txt" id="full_name" name="full_name" value={form.fullName} onChange={onText('fullName')} autoComplete="name" /></div>
      <div className="grid">
        <div className="field"><label htmlFor="email">Email *</label><input className="txt" type="email" id="email" name="email" value={form.email} onChange={onText('email')} /></div>
        <div className="field"><label htmlFor="phone">Phone *</label>
          <PatternFormat className="txt" id="phone" name="phone" type="tel" format="+1 (###) ###-####" mask="_" allowEmptyFormatting={false} placeholder="+1 (555) 555-5555" value={form.phone} onValueChange={(v) => set('phone')(v.value)} />
          <div className="desc">US numbers only for now.</div></div>
      </div>
      <div className="field"><label htmlFor="location-input" id="location-label">Where are you based? *</label>
        <div id="location-field">
          <AsyncCreatableSelect inputId="location-input" aria-labelledby="location-label" classNamePrefix="select" cacheOptions loadOptions={loadPlaces} isClearable placeholder="Start typing a city"
            formatCreateLabel={(v) => `Use "${v}"`} noOptionsMessage={({ inputValue }) => (inputValue.length < 2 ? 'Type at least 2 characters' : 'No places found')}
            value={form.location ? { value: form.location, label: form.location } : null} onChange={(o) => set('location')(o?.value ?? null)} />
        </div>
      </div>
      <div className="grid">
        <div className="field"><label htmlFor="linkedin">LinkedIn</label><input className="txt" id="linkedin" name="linkedin" value={form.linkedin} onChange={onText('linkedin')} placeholder="linkedin.com/in/…" /></div>
        <div className="field"><label htmlFor="github">GitHub</label><input className="txt" id="github" name="github" value={form.github} onChange={onText('github')} placeholder="github.com/…" /></div>
      </div>
      <div className="grid">
        <div className="field"><label htmlFor="company">Current company</label><input className="txt" id="company" name="company" value={form.company} onChange={onText('company')} /></div>
        <div className="field"><label htmlFor="title">Current title</label><input className="txt" id="title" name="title" value={form.title} onChange={onText('title')} /></div>
      </div>
      <div className="grid">
        <div className="field"><label htmlFor="years">Years of data engineering experience</label><input className="txt" type="number" min="0" id="years" name="years" value={form.years} onChange={onText('years')} /></div>
        <div className="field"><label htmlFor="salary">Base salary expectation (USD / year)</label>
          <NumericFormat className="txt" id="salary" name="salary" prefix="$" thousandSeparator="," decimalScale={0} allowNegative={false} placeholder="$" value={form.salary ?? ''} onValueChange={(v) => set('salary')(v.floatValue ?? null)} />
          <div className="desc">The range for this role is $185,000–$225,000 depending on level.</div></div>
      </div>
      <div className="field"><label htmlFor="start_date">Earliest start date</label>
        <PatternFormat className="txt" id="start_date" name="start_date" format="##/##/####" mask="_" placeholder="MM/DD/YYYY" value={form.startDate} onValueChange={(v) => set('startDate')(v.formattedValue)} /></div>
      <div className="field" role="radiogroup" aria-labelledby="auth-label"><span className="label" id="auth-label">Are you authorized to work in the US? *</span>
        <div className="radios">{['Yes', 'No'].map((o) => <label key={o}><input type="radio" name="authorized" value={o} checked={form.authorized === o} onChange={() => set('authorized')(o)} /> {o}</label>)}</div></div>
      <div className="field" role="radiogroup" aria-labelledby="spons-label"><span className="label" id="spons-label">Will you need visa sponsorship now or in the future? *</span>
        <div className="radios">{['Yes', 'No'].map((o) => <label key={o}><input type="radio" name="sponsorship" value={o} checked={form.sponsorship === o} onChange={() => set('sponsorship')(o)} /> {o}</label>)}</div></div>
      <div className="field"><span className="label">Resume *</span>
        <label className="upload" htmlFor="resume">⬆ {form.resume ?? 'Upload resume (PDF)'}</label>
        <input type="file" id="resume" name="resume" accept="application/pdf" style={{ display: 'none' }} onChange={(e) => set('resume')(e.target.files[0]?.name ?? null)} /></div>
      <div className="field"><span className="label" id="cover-letter-label">Cover letter</span><CoverLetterEditor onChange={(t) => set('coverLetter')(t.replace(/\s+/g, ' ').trim())} /></div>
      <div className="field"><label htmlFor="proud_of">Tell us about a data system you built that you're proud of.</label><textarea className="txt" id="proud_of" name="proud_of" rows="4" value={form.proudOf} onChange={onText('proudOf')} /></div>
      <div className="field"><label htmlFor="referral_code">Referral code</label><input className="txt" id="referral_code" name="referral_code" value={form.referralCode} onChange={onText('referralCode')} /><div className="desc">If a Ledgerline employee referred you.</div></div>
      <div className="field"><label><input type="checkbox" id="consent" name="consent" checked={form.consent} onChange={(e) => set('consent')(e.target.checked)} /> I agree to Ledgerline's candidate privacy policy. *</label></div>
      {error && <p className="error">{error}</p>}
      <button className="submit" type="submit" id="ll-submit">Submit application</button>
    </form>
  );
}

createRoot(document.getElementById('root')).render(<App />);
