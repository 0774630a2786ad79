/**
 * Saltgrass Mutual careers: a self-built apply page on Evergreen UI (`evergreen-ui`), React state.
 * TextInputField / SelectField (native selects under FormField labels), Evergreen Radios in
 * role=radiogroup groups (options as sentences), a state select in AP style ("Calif."), countries as "USA (United States)",
 * education and notice period as Evergreen `Group`s of Buttons (aria-pressed, mirrored into hidden
 * inputs), a sponsorship question that appears only after "Yes" to authorization, a Checkbox
 * statement worded in the negative, salary as "N+" floors and an hourly rate, a typed MM/DD/YYYY
 * start, FilePicker resume, consent Checkbox. The form state is rendered into <pre id="model">.
 */
import { useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { Button, Checkbox, FilePicker, FormField, Group, Heading, Pane, Radio, SelectField, Text, TextInputField } from 'evergreen-ui';

/** Evergreen's RadioGroup always checks its first option while the value is empty, so the team lists Radios itself. */
function RadioQuestion({ name, label, options, value, onChange, required, marginBottom = 24 }) {
  return (
    <Pane role="radiogroup" aria-labelledby={`${name}-label`} marginBottom={marginBottom} data-name={name}>
      <Text id={`${name}-label`} color="muted" fontWeight={500}>{label}{required ? ' *' : ''}</Text>
      {options.map((o) => (
        <Radio key={o.value} name={name} value={o.value} label={o.label} checked={value === o.value} onChange={onChange} />
      ))}
    </Pane>
  );
}

const AP_STATES = ['Ala.', 'Alaska', 'Ariz.', 'Ark.', 'Calif.', 'Colo.', 'Conn.', 'Del.', 'D.C.', 'Fla.', 'Ga.', 'Hawaii', 'Idaho', 'Ill.', 'Ind.', 'Iowa', 'Kan.', 'Ky.', 'La.', 'Maine', 'Md.', 'Mass.', 'Mich.', 'Minn.', 'Miss.', 'Mo.', 'Mont.', 'Neb.', 'Nev.', 'N.H.', 'N.J.', 'N.M.', 'N.Y.', 'N.C.', 'N.D.', 'Ohio', 'Okla.', 'Ore.', 'Pa.', 'R.I.', 'S.C.', 'S.D.', 'Tenn.', 'Texas', 'Utah', 'Vt.', 'Va.', 'Wash.', 'W.Va.', 'Wis.', 'Wyo.'];
const COUNTRIES = ['CAN (Canada)', 'GBR (United Kingdom)', 'IND (India)', 'MEX (Mexico)', 'USA (United States)'];
const YEARS = [
  { label: "I'm early in my career (under 2 years)", value: 'lt2' },
  { label: 'I have 2–4 years of experience', value: '2-4' },
  { label: 'I have 5–9 years of experience', value: '5-9' },
  { label: 'I have 10 or more years of experience', value: '10+' },
];
const EDUCATION = ['None', '2-year', '4-year', "Master's", 'Doctorate'];
const NOTICE = ['Immediately', '2 weeks', '1 month', '2+ months'];
const SALARY = ['$100,000+', '$125,000+', '$150,000+', '$175,000+', '$200,000+'];
const HOURLY = ['$50+/hr', '$60+/hr', '$70+/hr', '$80+/hr'];
const TRAVEL = ['Not willing to travel', 'Up to 25%', 'Up to 50%', 'More than 50%'];
const YES_NO = [{ label: 'Yes', value: 'yes' }, { label: 'No', value: 'no' }];

function ButtonGroupField({ name, label, options, value, onChange }) {
  return (
    <FormField label={label} labelFor={`${name}-group`} marginBottom={24} data-name={name}>
      <Group id={`${name}-group`} role="group" aria-label={label}>
        {options.map((o) => (
          <Button key={o} type="button" aria-pressed={value === o} isActive={value === o} onClick={() => onChange(o)}>{o}</Button>
        ))}
      </Group>
      <input type="hidden" name={name} value={value ?? ''} />
    </FormField>
  );
}

function App() {
  const [f, setF] = useState({
    firstName: '', lastName: '', email: '', phone: '', city: '', state: '', zip: '', country: '', years: '', education: null,
    authorized: '', sponsorship: '', cannotProve: false, salary: '', hourly: '', notice: null, travel: '', startDate: '', resume: '', consent: false,
  });
  const [sent, setSent] = useState(false);
  const set = (k) => (v) => setF((s) => ({ ...s, [k]: v }));
  const onText = (k) => (e) => set(k)(e.target.value);
  useEffect(() => { document.getElementById('model').textContent = JSON.stringify(f, null, 2); }, [f]);
  const submit = (e) => {
    e.preventDefault();
    const need = ['firstName', 'lastName', 'email', 'country', 'years', 'education', 'authorized', 'salary', 'resume'];
    if (f.authorized === 'yes') need.push('sponsorship');
    if (need.some((k) => !f[k]) || !f.consent) { document.getElementById('form-error').hidden = false; return; }
    setSent(true);
  };
  return (
    <Pane>
      <Pane display="flex" justifyContent="space-between" paddingX={32} paddingY={16} borderBottom>
        <Heading size={600}>Saltgrass Mutual</Heading>
        <Text>Careers</Text>
      </Pane>
      <Pane maxWidth={680} marginX="auto" marginY={24} padding={32} elevation={1} background="white">
        <Heading size={800}>Senior Data Engineer, Underwriting Data</Heading>
        <Text color="muted">San Francisco, CA · Hybrid · Full-time</Text>
        {sent ? (
          <Pane id="thanks" marginTop={24}><Heading size={600}>Thanks — we received your application.</Heading></Pane>
        ) : (
          <form id="sg-apply" noValidate onSubmit={submit} style={{ marginTop: 24 }}>
            <Pane display="flex" gap={16}>
              <TextInputField flex={1} id="firstName" name="firstName" label="First name" required value={f.firstName} onChange={onText('firstName')} />
              <TextInputField flex={1} id="lastName" name="lastName" label="Last name" required value={f.lastName} onChange={onText('lastName')} />
            </Pane>
            <TextInputField id="email" name="email" type="email" label="Email address" required value={f.email} onChange={onText('email')} />
            <TextInputField id="phone" name="phone" type="tel" label="Phone" placeholder="(555) 555-5555" maxLength={14} value={f.phone} onChange={onText('phone')} />
            <Pane display="flex" gap={16}>
              <TextInputField flex={2} id="city" name="city" label="City" value={f.city} onChange={onText('city')} />
              <SelectField flex={1} id="state" name="state" label="State" value={f.state} onChange={onText('state')}>
                <option value="">Select</option>
                {AP_STATES.map((s) => <option key={s} value={s}>{s}</option>)}
              </SelectField>
              <TextInputField flex={1} id="zip" name="zip" label="ZIP" value={f.zip} onChange={onText('zip')} />
            </Pane>
            <SelectField id="country" name="country" label="Country" required value={f.country} onChange={onText('country')}>
              <option value="">Select a country</option>
              {COUNTRIES.map((c) => <option key={c} value={c}>{c}</option>)}
            </SelectField>
            <RadioQuestion name="years" label="Which best describes your data engineering experience?" required
              value={f.years} options={YEARS} onChange={onText('years')} />
            <ButtonGroupField name="education" label="Highest completed degree" options={EDUCATION} value={f.education} onChange={set('education')} />
            <RadioQuestion name="authorized" label="Are you legally authorized to work in the United States?" required marginBottom={16}
              value={f.authorized} options={YES_NO} onChange={onText('authorized')} />
            <Pane hidden={f.authorized !== 'yes'} data-followup="authorized" paddingLeft={16} borderLeft="3px solid #3366FF" marginBottom={16}>
              <RadioQuestion name="sponsorship" label="Will you now or in the future require Saltgrass to sponsor an employment visa?" required marginBottom={0}
                value={f.sponsorship} options={YES_NO} onChange={onText('sponsorship')} />
            </Pane>
            <Checkbox name="cannotProve" label="I am unable to provide proof of my eligibility to work in the U.S. within three days of hire" checked={f.cannotProve}
              onChange={(e) => set('cannotProve')(e.target.checked)} marginBottom={24} />
            <SelectField id="salary" name="salary" label="Minimum acceptable annual base salary" required value={f.salary} onChange={onText('salary')}>
              <option value="">Select</option>
              {SALARY.map((s) => <option key={s} value={s}>{s}</option>)}
            </SelectField>
            <SelectField id="hourly" name="hourly" label="Rate for the optional 1099 consulting period (per hour)" value={f.hourly} onChange={onText('hourly')}>
              <option value="">Select</option>
              {HOURLY.map((s) => <option key={s} value={s}>{s}</option>)}
            </SelectField>
            <ButtonGroupField name="notice" label="Notice period" options={NOTICE} value={f.notice} onChange={set('notice')} />
            <SelectField id="travel" name="travel" label="Travel" hint="Our underwriting hubs are in Hartford and Omaha." value={f.travel} onChange={onText('travel')}>
              <option value="">Select</option>
              {TRAVEL.map((s) => <option key={s} value={s}>{s}</option>)}
            </SelectField>
            <TextInputField id="startDate" name="startDate" label="Available start date" placeholder="MM/DD/YYYY" value={f.startDate} onChange={onText('startDate')} />
            <FormField label="Resume" isRequired marginBottom={24}>
              <FilePicker name="resume" accept={['.pdf', '.doc', '.docx']} placeholder="Select a PDF or Word file" onChange={(files) => set('resume')(files?.[0]?.name ?? '')} />
            </FormField>
            <Checkbox name="consent" label="I consent to Saltgrass Mutual processing my data for recruiting" checked={f.consent} onChange={(e) => set('consent')(e.target.checked)} />
            <Text id="form-error" color="red500" hidden>Please answer the required questions.</Text>
            <Pane marginTop={16}><Button type="submit" appearance="primary" id="sg-submit">Submit application</Button></Pane>
          </form>
        )}
      </Pane>
    </Pane>
  );
}

createRoot(document.getElementById('root')).render(<App />);
