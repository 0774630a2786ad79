/**
 * Cobaltline careers: a self-built apply page on Base UI 1 with plain React state, laid out like the
 * hosted ATS flows it replaced: contact fields, then a "Screening questions" card. Field.Root /
 * Field.Label / Field.Control / Field.Description for the text boxes; Select (button trigger,
 * popup portalled to the end of <body>, hidden input) for time zone, salary bands, source and notice;
 * RadioGroup of Radio.Root spans wrapped in <label>s (hidden inputs carry the name) for the yes/no
 * and sentence answers; NumberField for years; follow-up questions that stay in the DOM but are
 * `hidden` until the answer that asks for them; a Checkbox for the privacy notice. The form state is
 * rendered into <pre id="model">.
 */
import { useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { Checkbox } from '@base-ui/react/checkbox';
import { Field } from '@base-ui/react/field';
import { NumberField } from '@base-ui/react/number-field';
import { Radio } from '@base-ui/react/radio';
import { RadioGroup } from '@base-ui/react/radio-group';
import { Select } from '@base-ui/react/select';

const items = (labels) => labels.map((label) => ({ value: label, label }));
const ZONES = items(['Hawaii (HST, UTC−10)', 'Alaska (AKST, UTC−9)', 'Pacific (PT, UTC−8 / −7)', 'Mountain (MT, UTC−7 / −6)', 'Central (CT, UTC−6 / −5)', 'Eastern (ET, UTC−5 / −4)', 'Outside North America']);
const SALARY = items(['$120k – $134k', '$135k – $149k', '$150k – $164k', '$165k – $179k', '$180k+']);
const SOURCE = items(['Cobaltline careers site', 'LinkedIn', 'Hacker News “Who’s hiring”', 'A friend or Cobaltline employee', 'Podcast or conference', 'Other']);
const NOTICE = items(['I can start right away', '2 weeks', '3–4 weeks', '1–2 months', 'More than 2 months']);
const AUTH = [
  'Yes — I’m a U.S. citizen or permanent resident',
  'Yes — I hold a work authorization that does not require sponsorship (e.g. EAD, TN)',
  'No — I would need Cobaltline to sponsor a visa',
];

const EMPTY = {
  firstName: '', lastName: '', email: '', phone: '', basedIn: '', livesInUS: null, timeZone: null, authorization: null, sponsorship: null,
  yearsTotal: null, yearsDbt: null, salaryBand: null, startDate: '', employed: null, currentCompany: '', currentTitle: '', notice: null,
  nonCompete: null, nonCompeteDetail: '', formerCobaltline: null, onCall: null, source: null, referrer: '', privacy: false,
};

function Choice({ name, label, list, value, onChange, placeholder = 'Select…', description }) {
  return (
    <div className={`kn-field kn-${name}`}>
      <Select.Root items={list} value={value} onValueChange={onChange} name={name}>
        <Select.Label className="kn-label">{label}</Select.Label>
        {description ? <p className="kn-desc">{description}</p> : null}
        <Select.Trigger className="kn-trigger"><Select.Value placeholder={placeholder} /></Select.Trigger>
        <Select.Portal><Select.Positioner sideOffset={4} alignItemWithTrigger={false}><Select.Popup className="kn-popup"><Select.List>
          {list.map((item) => <Select.Item key={item.value} value={item.value} className="kn-item"><Select.ItemText>{item.label}</Select.ItemText></Select.Item>)}
        </Select.List></Select.Popup></Select.Positioner></Select.Portal>
      </Select.Root>
    </div>
  );
}

function Choices({ name, label, options, value, onChange, description, column }) {
  return (
    <div className={`kn-field kn-${name}`}>
      <div className="kn-label" id={`kn-${name}-label`}>{label}</div>
      {description ? <p className="kn-desc">{description}</p> : null}
      <RadioGroup aria-labelledby={`kn-${name}-label`} value={value} onValueChange={onChange} name={name} className={column ? 'kn-radios kn-column' : 'kn-radios'}>
        {options.map((option) => (
          <label key={option} className="kn-radio-row"><Radio.Root value={option} className="kn-radio"><Radio.Indicator className="kn-dot" /></Radio.Root>{option}</label>
        ))}
      </RadioGroup>
    </div>
  );
}

function Text({ name, label, value, onChange, description, hidden, multiline, ...rest }) {
  return (
    <Field.Root name={name} className={`kn-field kn-${name}`} hidden={hidden}>
      <Field.Label className="kn-label">{label}</Field.Label>
      {multiline
        ? <Field.Control render={<textarea rows={4} />} className="kn-input" value={value} onValueChange={onChange} {...rest} />
        : <Field.Control className="kn-input" value={value} onValueChange={onChange} {...rest} />}
      {description ? <Field.Description className="kn-desc">{description}</Field.Description> : null}
    </Field.Root>
  );
}

function Years({ name, label, value, onChange, description }) {
  return (
    <div className={`kn-field kn-${name}`}>
      <NumberField.Root value={value} onValueChange={onChange} min={0} max={50} name={name}>
        <label className="kn-label" htmlFor={`kn-${name}-input`}>{label}</label>
        {description ? <p className="kn-desc">{description}</p> : null}
        <NumberField.Group className="kn-number">
          <NumberField.Decrement className="kn-step">−</NumberField.Decrement>
          <NumberField.Input id={`kn-${name}-input`} className="kn-input kn-number-input" />
          <NumberField.Increment className="kn-step">+</NumberField.Increment>
        </NumberField.Group>
      </NumberField.Root>
    </div>
  );
}

function App() {
  const [form, setForm] = useState(EMPTY);
  const [sent, setSent] = useState(false);
  const [error, setError] = useState('');
  const set = (key) => (value) => setForm((current) => ({ ...current, [key]: value }));
  useEffect(() => { document.getElementById('model').textContent = JSON.stringify(form, null, 2); }, [form]);

  const submit = (event) => {
    event.preventDefault();
    const need = ['firstName', 'lastName', 'email', 'basedIn', 'livesInUS', 'authorization', 'sponsorship', 'yearsTotal', 'salaryBand', 'employed', 'source'];
    if (form.employed === 'Yes') need.push('currentCompany');
    const missing = need.filter((key) => form[key] === null || form[key] === '');
    if (!form.privacy) missing.push('privacy');
    if (missing.length) { setError(`Please complete ${missing.length} required question${missing.length > 1 ? 's' : ''}.`); return; }
    setSent(true);
  };

  if (sent) return <main className="kn-page"><div id="kn-done" className="kn-card"><h2>Thanks, {form.firstName}!</h2><p>Your application is with the Ledger Platform team.</p></div></main>;

  return (
    <main className="kn-page">
      <header className="kn-head">
        <strong>Cobaltline</strong>
        <nav><a href="#">Open roles</a> · <a href="#">Life at Cobaltline</a></nav>
      </header>
      <h1>Senior Data Engineer, Ledger Platform</h1>
      <p className="kn-sub">Engineering · Remote (United States) · Full-time · $140,000 – $170,000</p>
      <form noValidate onSubmit={submit}>
        <section className="kn-card">
          <h2>Your details</h2>
          <div className="kn-row">
            <Text name="firstName" label="First name *" value={form.firstName} onChange={set('firstName')} autoComplete="off" />
            <Text name="lastName" label="Last name *" value={form.lastName} onChange={set('lastName')} autoComplete="off" />
          </div>
          <Text name="email" label="Email *" type="email" value={form.email} onChange={set('email')} autoComplete="off" />
          <Text name="phone" label="Phone" type="tel" value={form.phone} onChange={set('phone')} description="Include your country code, e.g. +1 212 555 0100." autoComplete="off" />
          <Text name="basedIn" label="Where are you based? *" value={form.basedIn} onChange={set('basedIn')} description="City and state or country." autoComplete="off" />
        </section>

        <section className="kn-card">
          <h2>Screening questions</h2>
          <Choices name="livesInUS" label="This role is remote within the United States. Do you currently live in the U.S.? *" options={['Yes', 'No']} value={form.livesInUS} onChange={set('livesInUS')} />
          <Choice name="timeZone" label="Which time zone do you normally work in?" list={ZONES} value={form.timeZone} onChange={set('timeZone')} />
          <Choices name="authorization" label="Are you legally authorized to work in the United States? *" options={AUTH} value={form.authorization} onChange={set('authorization')} column />
          <Choices name="sponsorship" label="Will you now or in the future require Cobaltline to sponsor an employment visa? *" options={['Yes', 'No']} value={form.sponsorship} onChange={set('sponsorship')} />
          <Years name="yearsTotal" label="How many years of professional data engineering experience do you have? *" value={form.yearsTotal} onChange={set('yearsTotal')} description="Full-time roles only; round to the nearest year." />
          <Years name="yearsDbt" label="How many of those years have you used dbt in production?" value={form.yearsDbt} onChange={set('yearsDbt')} />
          <Choice name="salaryBand" label="What base salary range are you targeting? *" list={SALARY} value={form.salaryBand} onChange={set('salaryBand')} description="USD per year, before equity and bonus." />
          <Text name="startDate" label="Earliest date you could start" type="date" value={form.startDate} onChange={set('startDate')} />
          <Choices name="employed" label="Are you currently employed? *" options={['Yes', 'No']} value={form.employed} onChange={set('employed')} />
          <div className="kn-followup" hidden={form.employed !== 'Yes'}>
            <Text name="currentCompany" label="Current company *" value={form.currentCompany} onChange={set('currentCompany')} autoComplete="off" />
            <Text name="currentTitle" label="Current title" value={form.currentTitle} onChange={set('currentTitle')} autoComplete="off" />
            <Choice name="notice" label="How much notice do you need to give?" list={NOTICE} value={form.notice} onChange={set('notice')} />
          </div>
          <Choices name="nonCompete" label="Do you have a non-compete or non-solicitation agreement that could affect this role?" options={['Yes', 'No', 'Not sure']} value={form.nonCompete} onChange={set('nonCompete')} />
          <div className="kn-followup" hidden={form.nonCompete !== 'Yes' && form.nonCompete !== 'Not sure'}>
            <Text name="nonCompeteDetail" label="Please tell us more (who it is with and when it ends)" multiline value={form.nonCompeteDetail} onChange={set('nonCompeteDetail')} />
          </div>
          <Choices name="formerCobaltline" label="Have you worked at Cobaltline (or Tallyhouse, which we acquired in 2024) before?" options={['No, never', 'Yes, as an employee', 'Yes, as a contractor or intern']} value={form.formerCobaltline} onChange={set('formerCobaltline')} column />
          <Choices name="onCall" label="The team shares a weekend on-call rotation (about one weekend in six). Does that work for you?" options={['Yes', 'No', 'I’d like to discuss it']} value={form.onCall} onChange={set('onCall')} />
          <Choice name="source" label="How did you hear about this role? *" list={SOURCE} value={form.source} onChange={set('source')} />
          <div className="kn-followup" hidden={form.source !== 'A friend or Cobaltline employee'}>
            <Text name="referrer" label="Who referred you?" value={form.referrer} onChange={set('referrer')} autoComplete="off" />
          </div>
        </section>

        <section className="kn-card">
          <label className="kn-check"><Checkbox.Root className="kn-box" checked={form.privacy} onCheckedChange={set('privacy')} name="privacy" id="kn-privacy"><Checkbox.Indicator>✓</Checkbox.Indicator></Checkbox.Root> I have read Cobaltline’s applicant privacy notice *</label>
          {error ? <p className="kn-error" role="alert">{error}</p> : null}
          <button type="submit" className="kn-submit" id="kn-submit">Submit application</button>
        </section>
      </form>
    </main>
  );
}

const style = document.createElement('style');
style.textContent = `
  .kn-page { max-width: 720px; margin: 0 auto; padding: 24px 20px 40px; }
  .kn-head { display: flex; justify-content: space-between; align-items: center; padding-bottom: 14px; border-bottom: 1px solid #e4e4e7; }
  .kn-head nav a { color: #3f3f46; }
  h1 { font-size: 26px; margin: 22px 0 4px; } .kn-sub { color: #52525b; margin: 0 0 20px; }
  .kn-card { background: #fff; border: 1px solid #e4e4e7; border-radius: 12px; padding: 18px 22px; margin-bottom: 18px; }
  .kn-card h2 { font-size: 17px; margin: 0 0 10px; }
  .kn-field { margin: 14px 0; } .kn-row { display: flex; gap: 14px; } .kn-row > * { flex: 1; }
  .kn-label { display: block; font-weight: 600; font-size: 14px; margin-bottom: 6px; }
  .kn-desc { color: #71717a; font-size: 12px; margin: 2px 0 6px; }
  .kn-input { width: 100%; box-sizing: border-box; padding: 8px 10px; border: 1px solid #d4d4d8; border-radius: 8px; font: inherit; }
  .kn-trigger { min-width: 280px; display: inline-flex; justify-content: space-between; gap: 10px; padding: 8px 10px; border: 1px solid #d4d4d8; border-radius: 8px; background: #fff url("data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' width='10' height='6'%3E%3Cpath d='M0 0l5 6 5-6z' fill='%23666'/%3E%3C/svg%3E") no-repeat right 10px center; padding-right: 28px; font: inherit; cursor: pointer; }
  .kn-popup { background: #fff; border: 1px solid #d4d4d8; border-radius: 8px; box-shadow: 0 8px 24px rgba(0,0,0,.12); padding: 4px; max-height: 280px; overflow: auto; }
  .kn-item { padding: 7px 10px; border-radius: 6px; cursor: default; } .kn-item[data-highlighted] { background: #eef2ff; }
  .kn-radios { display: flex; gap: 18px; flex-wrap: wrap; } .kn-column { flex-direction: column; gap: 8px; }
  .kn-radio-row { display: flex; gap: 8px; align-items: center; font-size: 14px; cursor: pointer; }
  .kn-radio { width: 16px; height: 16px; border-radius: 50%; border: 1px solid #a1a1aa; display: inline-flex; align-items: center; justify-content: center; background: #fff; padding: 0; }
  .kn-dot { width: 8px; height: 8px; border-radius: 50%; background: #4338ca; }
  .kn-number { display: inline-flex; } .kn-number-input { width: 80px; text-align: center; border-radius: 0; }
  .kn-step { width: 32px; border: 1px solid #d4d4d8; background: #f4f4f5; cursor: pointer; }
  .kn-followup { border-left: 3px solid #c7d2fe; padding-left: 14px; }
  .kn-check { display: flex; gap: 10px; align-items: center; font-size: 14px; }
  .kn-box { width: 18px; height: 18px; border: 1px solid #a1a1aa; border-radius: 4px; background: #fff; padding: 0; display: inline-flex; align-items: center; justify-content: center; }
  .kn-submit { margin-top: 14px; background: #4338ca; color: #fff; border: 0; border-radius: 8px; padding: 10px 22px; font: inherit; cursor: pointer; }
  .kn-error { color: #b91c1c; }
`;
document.head.appendChild(style);

createRoot(document.getElementById('root')).render(<App />);
