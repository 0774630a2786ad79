import { useState } from 'react';
import { createRoot } from 'react-dom/client';

const DIAL = [['DE', 'Germany (+49)'], ['AT', 'Austria (+43)'], ['CH', 'Switzerland (+41)'], ['GB', 'United Kingdom (+44)'], ['CA', 'Canada (+1)'], ['US', 'United States (+1)'], ['NL', 'Netherlands (+31)'], ['PL', 'Poland (+48)']];
const COUNTRIES = ['Germany', 'Austria', 'Switzerland', 'United Kingdom', 'Canada', 'United States', 'Netherlands', 'Poland', 'Other'];
const CURRENCIES = ['EUR', 'USD', 'GBP', 'CHF', 'CAD'];
const ZONES = ['Eastern (ET)', 'Central (CT)', 'Mountain (MT)', 'Pacific (PT)', 'I am not based in the US'];
const LANGS = ['English', 'German', 'French', 'Spanish'];

const initial = {
  'candidate.name': '', 'candidate.email': '', 'candidate.phone_country': 'DE', 'candidate.phone': '',
  'candidate.country': 'Germany', 'candidate.city': '', 'candidate.cv': '', 'candidate.cover_letter': '',
  'candidate.social_links.linkedin': '',
  'q_38291': '', 'q_38292': '', 'q_38293': '', 'q_38294_currency': 'EUR', 'q_38294_amount': '', 'q_38295': '',
  'q_38296': '', 'q_38297': [], 'q_38298': '', 'q_38299': '', 'q_38300': '', 'q_38301': '',
  'gdpr.consent': false, 'gdpr.future_jobs': false,
};

function nest(flat) {
  const out = {};
  for (const [k, v] of Object.entries(flat)) {
    const parts = k.split('.');
    let o = out;
    parts.slice(0, -1).forEach((p) => { o = o[p] ??= {}; });
    o[parts[parts.length - 1]] = v;
  }
  return out;
}

function Field({ id, label, required, desc, children, fieldset }) {
  const Tag = fieldset ? 'fieldset' : 'div';
  const Title = fieldset ? 'legend' : 'label';
  return (
    <Tag className="sc-field sc-1mqz0gd-0 hJwTkp" data-testid={`field-${id}`}>
      <Title className="sc-label sc-1mqz0gd-1" {...(fieldset ? {} : { htmlFor: id })}>{label}{required && <span className="sc-req"> *</span>}</Title>
      {desc && <span className="sc-desc" id={`${id}-desc`}>{desc}</span>}
      {children}
    </Tag>
  );
}

function App() {
  const [f, setF] = useState(initial);
  const [errors, setErrors] = useState([]);
  const [sent, setSent] = useState(false);
  const set = (k) => (e) => setF((s) => ({ ...s, [k]: e.target.type === 'checkbox' ? e.target.checked : e.target.value }));
  const toggle = (k, v) => (e) => setF((s) => ({ ...s, [k]: e.target.checked ? [...s[k], v] : s[k].filter((x) => x !== v) }));
  const radio = (k, opts, name) => opts.map((o, i) => (
    <label className="sc-opt" key={o}><input type="radio" name={name} id={`${name}-${i}`} value={o} checked={f[k] === o} onChange={set(k)} />{o}</label>
  ));
  const submit = (e) => {
    e.preventDefault();
    const req = ['candidate.name', 'candidate.email', 'candidate.country', 'candidate.cv', 'q_38291', 'q_38293', 'q_38296'];
    const bad = req.filter((k) => !f[k]);
    if (!f['gdpr.consent']) bad.push('gdpr.consent');
    setErrors(bad);
    if (bad.length === 0) setSent(true);
  };
  if (sent) return <div className="sc-card" id="application-success"><h2>Application sent</h2><p>Thank you for applying to Kestenholz!</p><pre id="model">{JSON.stringify(nest(f), null, 2)}</pre></div>;
  return (
    <>
      <div className="sc-card">
        <p className="sc-desc">Sales &middot; Remote &ndash; United States (East Coast preferred) &middot; Full-time</p>
        <h1>Account Executive, US East</h1>
        <p>Kestenholz builds scheduling software for German and North American manufacturers. Our first US sales hire will own mid-market accounts from Boston to Atlanta.</p>
      </div>
      <form className="sc-card" id="offer-apply-form" onSubmit={submit} noValidate>
        <h2>Apply for this job</h2>
        <p className="sc-desc">Fields marked with * are required.</p>
        <h3>My information</h3>
        <Field id="candidate-name" label="Full name" required>
          <input className="sc-input" id="candidate-name" name="candidate.name" value={f['candidate.name']} onChange={set('candidate.name')} autoComplete="name" />
        </Field>
        <Field id="candidate-email" label="Email address" required>
          <input className="sc-input" type="email" id="candidate-email" name="candidate.email" value={f['candidate.email']} onChange={set('candidate.email')} autoComplete="email" />
        </Field>
        <Field id="candidate-phone" label="Phone number">
          <div className="sc-row">
            <select className="sc-input sc-narrow" id="candidate-phone-country" name="candidate.phone_country" aria-label="Phone country code" value={f['candidate.phone_country']} onChange={set('candidate.phone_country')}>
              {DIAL.map(([v, t]) => <option key={v} value={v}>{t}</option>)}
            </select>
            <input className="sc-input" type="tel" id="candidate-phone" name="candidate.phone" placeholder="1512 3456789" value={f['candidate.phone']} onChange={set('candidate.phone')} autoComplete="tel-national" />
          </div>
        </Field>
        <Field id="candidate-country" label="Country of residence" required>
          <select className="sc-input" id="candidate-country" name="candidate.country" value={f['candidate.country']} onChange={set('candidate.country')}>
            {COUNTRIES.map((c) => <option key={c}>{c}</option>)}
          </select>
        </Field>
        <Field id="candidate-city" label="City">
          <input className="sc-input" id="candidate-city" name="candidate.city" value={f['candidate.city']} onChange={set('candidate.city')} />
        </Field>
        <Field id="candidate-linkedin" label="LinkedIn">
          <input className="sc-input" type="url" id="candidate-linkedin" name="candidate.social_links.linkedin" value={f['candidate.social_links.linkedin']} onChange={set('candidate.social_links.linkedin')} />
        </Field>
        <Field id="candidate-cv" label="CV or resume" required desc="PDF, DOC, DOCX, ODT or RTF, up to 20 MB">
          <input type="file" id="candidate-cv" name="candidate.cv" accept=".pdf,.doc,.docx,.odt,.rtf" onChange={(e) => setF((s) => ({ ...s, 'candidate.cv': e.target.files[0]?.name ?? '' }))} />
        </Field>
        <Field id="candidate-cover-letter" label="Cover letter">
          <textarea className="sc-input" id="candidate-cover-letter" name="candidate.cover_letter" rows={6} value={f['candidate.cover_letter']} onChange={set('candidate.cover_letter')} />
        </Field>

        <h3>Questions</h3>
        <Field id="q_38291" label="Are you legally allowed to work in the United States without visa sponsorship, now and in the future?" required fieldset>
          {radio('q_38291', ['Yes', 'No'], 'q_38291')}
        </Field>
        <Field id="q_38292" label="In which US time zone do you live?" fieldset>
          {radio('q_38292', ZONES, 'q_38292')}
        </Field>
        <Field id="q_38293" label="How many years of quota-carrying B2B sales experience do you have?" required desc="Whole years; enter 0 if none.">
          <input className="sc-input" type="number" min="0" id="q_38293" name="q_38293" value={f['q_38293']} onChange={set('q_38293')} />
        </Field>
        <Field id="q_38294_amount" label="What is your expected annual base salary?" desc="Please choose the currency and enter a yearly gross amount.">
          <div className="sc-row">
            <select className="sc-input sc-narrow" id="q_38294_currency" name="q_38294_currency" aria-label="Currency" value={f['q_38294_currency']} onChange={set('q_38294_currency')}>
              {CURRENCIES.map((c) => <option key={c}>{c}</option>)}
            </select>
            <input className="sc-input" type="number" min="0" id="q_38294_amount" name="q_38294_amount" value={f['q_38294_amount']} onChange={set('q_38294_amount')} />
          </div>
        </Field>
        <Field id="q_38295" label="When can you start?">
          <input className="sc-input" type="date" id="q_38295" name="q_38295" value={f['q_38295']} onChange={set('q_38295')} />
        </Field>
        <Field id="q_38296" label="Are you bound by a non-compete or non-solicitation agreement with a current or former employer?" required fieldset>
          {radio('q_38296', ['Yes', 'No', 'Not sure'], 'q_38296')}
        </Field>
        <Field id="q_38297" label="Which languages can you sell in? (select all that apply)" fieldset>
          {LANGS.map((l, i) => <label className="sc-opt" key={l}><input type="checkbox" id={`q_38297-${i}`} name="q_38297" value={l} checked={f['q_38297'].includes(l)} onChange={toggle('q_38297', l)} />{l}</label>)}
        </Field>
        <Field id="q_38298" label="Can you travel to Berlin for a two-week onboarding in your first month?" fieldset>
          {radio('q_38298', ['Yes', 'No'], 'q_38298')}
        </Field>
        <Field id="q_38299" label="Tell us about the largest deal you have closed." desc="Max. 1000 characters">
          <textarea className="sc-input" id="q_38299" name="q_38299" rows={4} maxLength={1000} value={f['q_38299']} onChange={set('q_38299')} />
        </Field>
        <Field id="q_38300" label="30-60-90 day plan (optional)">
          <input type="file" id="q_38300" name="q_38300" onChange={(e) => setF((s) => ({ ...s, q_38300: e.target.files[0]?.name ?? '' }))} />
        </Field>
        <Field id="q_38301" label="Gender (optional, used only for anonymous diversity reporting)">
          <select className="sc-input" id="q_38301" name="q_38301" value={f['q_38301']} onChange={set('q_38301')}>
            <option value="">Select…</option><option>Female</option><option>Male</option><option>Non-binary</option><option>Prefer not to say</option>
          </select>
        </Field>

        <label className="sc-opt"><input type="checkbox" id="gdpr-consent" name="gdpr.consent" checked={f['gdpr.consent']} onChange={set('gdpr.consent')} /> I agree to the processing of my personal data in accordance with the <a href="#">privacy policy</a>. <span className="sc-req">*</span></label>
        <label className="sc-opt"><input type="checkbox" id="gdpr-future" name="gdpr.future_jobs" checked={f['gdpr.future_jobs']} onChange={set('gdpr.future_jobs')} /> Kestenholz may keep my application for 12 months and contact me about other roles.</label>
        {errors.length > 0 && <p className="sc-err" role="alert">Please complete the required fields ({errors.length}).</p>}
        <p><button type="submit" className="sc-btn" id="offer-apply-submit">Send application</button></p>
      </form>
      <pre id="model">{JSON.stringify(nest(f), null, 2)}</pre>
    </>
  );
}

createRoot(document.getElementById('root')).render(<App />);
