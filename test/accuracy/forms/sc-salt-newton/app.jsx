/**
 * A fintech careers page on JPMorgan's Salt design system (@salt-ds/core), Newton-style layout:
 * FormField + Input for the text fields, a Dropdown country with grouped options and a State
 * Dropdown that appears only for the United States, Switch statements for authorization and
 * sponsorship (native checkboxes inside labels), a ToggleButtonGroup of year buckets (role=radio
 * buttons), a Slider for base salary (its thumb is an input type=range), a RadioButtonGroup for the
 * degree, a CheckboxGroup "select all that apply", a Rating and a selectable PillGroup of languages to leave alone, a
 * notice Dropdown, MultilineInput cover letter and a consent Checkbox. State goes to <pre id="model">.
 */
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import {
  Button,
  Checkbox,
  CheckboxGroup,
  Dropdown,
  FormField,
  FormFieldHelperText,
  FormFieldLabel,
  Input,
  MultilineInput,
  Option,
  OptionGroup,
  Pill,
  PillGroup,
  RadioButton,
  RadioButtonGroup,
  Rating,
  SaltProvider,
  Slider,
  Switch,
  ToggleButton,
  ToggleButtonGroup,
} from '@salt-ds/core';
import '@salt-ds/theme/index.css';

const COUNTRY_GROUPS = [
  ['North America', ['Canada', 'Mexico', 'United States']],
  ['Europe', ['France', 'Germany', 'Ireland', 'United Kingdom']],
  ['Asia-Pacific', ['Australia', 'India', 'Singapore']],
  ['Other', ['United States Minor Outlying Islands']],
];
const STATES = ['Arizona', 'California', 'Colorado', 'Illinois', 'Massachusetts', 'New Jersey', 'New York', 'Texas', 'Washington'];
const NOTICE = ['Available now', '2 weeks', '1 month', '2 months', '3 months or more'];
const ASSET_CLASSES = ['Equities', 'Fixed income', 'FX', 'Derivatives', 'None of these'];
const LANGUAGES = ['English', 'Spanish', 'Mandarin', 'Hindi', 'French', 'German'];
const money = (v) => `$${Number(v).toLocaleString('en-US')}`;

function App() {
  const [form, setForm] = useState({
    firstName: '',
    lastName: '',
    email: '',
    phone: '',
    linkedin: '',
    country: '',
    state: '',
    authorized: false,
    sponsorship: false,
    onCall: false,
    years: '',
    salary: 80000,
    degree: '',
    assetClasses: [],
    interest: 0,
    languages: [],
    notice: '',
    coverLetter: '',
    resume: null,
    consent: false,
  });
  const [sent, setSent] = useState(false);
  const set = (key) => (value) => setForm((f) => ({ ...f, [key]: value }));
  const text = (key) => (e) => set(key)(e.target.value);

  return (
    <SaltProvider>
      <div style={{ fontSize: 13, color: '#606a76' }}>Technology · New York, NY or San Francisco, CA · Full time</div>
      <h1 style={{ margin: '2px 0 18px', fontSize: 24 }}>Senior Data Engineer, Risk Platform</h1>
      <form
        id="corvane-apply"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          if (form.consent) setSent(true);
        }}
        style={{ display: 'flex', flexDirection: 'column', gap: 18 }}
      >
        <div style={{ display: 'grid', gridTemplateColumns: '1fr 1fr', gap: 16 }}>
          <FormField necessity="required">
            <FormFieldLabel>First name</FormFieldLabel>
            <Input inputProps={{ id: 'cv-first', name: 'first_name' }} value={form.firstName} onChange={text('firstName')} />
          </FormField>
          <FormField necessity="required">
            <FormFieldLabel>Last name</FormFieldLabel>
            <Input inputProps={{ id: 'cv-last', name: 'last_name' }} value={form.lastName} onChange={text('lastName')} />
          </FormField>
          <FormField necessity="required">
            <FormFieldLabel>Email</FormFieldLabel>
            <Input inputProps={{ id: 'cv-email', name: 'email', type: 'email' }} value={form.email} onChange={text('email')} />
          </FormField>
          <FormField>
            <FormFieldLabel>Phone</FormFieldLabel>
            <Input inputProps={{ id: 'cv-phone', name: 'phone', type: 'tel' }} value={form.phone} onChange={text('phone')} />
            <FormFieldHelperText>Include your country code, e.g. +1 212 555 0100</FormFieldHelperText>
          </FormField>
        </div>
        <FormField>
          <FormFieldLabel>LinkedIn profile</FormFieldLabel>
          <Input inputProps={{ id: 'cv-linkedin', name: 'linkedin' }} value={form.linkedin} onChange={text('linkedin')} />
        </FormField>
        <div style={{ display: 'grid', gridTemplateColumns: '1fr 1fr', gap: 16 }}>
          <FormField necessity="required">
            <FormFieldLabel>Country of residence</FormFieldLabel>
            <Dropdown
              id="cv-country"
              placeholder="Select a country"
              value={form.country}
              selected={form.country ? [form.country] : []}
              onSelectionChange={(_, selected) => setForm((f) => ({ ...f, country: selected[0] ?? '', state: '' }))}
            >
              {COUNTRY_GROUPS.map(([group, names]) => (
                <OptionGroup key={group} label={group}>
                  {names.map((name) => (
                    <Option key={name} value={name}>{name}</Option>
                  ))}
                </OptionGroup>
              ))}
            </Dropdown>
          </FormField>
          {form.country === 'United States' && (
            <FormField necessity="required">
              <FormFieldLabel>State</FormFieldLabel>
              <Dropdown
                id="cv-state"
                placeholder="Select a state"
                value={form.state}
                selected={form.state ? [form.state] : []}
                onSelectionChange={(_, selected) => set('state')(selected[0] ?? '')}
              >
                {STATES.map((name) => (
                  <Option key={name} value={name}>{name}</Option>
                ))}
              </Dropdown>
            </FormField>
          )}
        </div>

        <FormField>
          <FormFieldLabel>Eligibility</FormFieldLabel>
          <div style={{ display: 'flex', flexDirection: 'column', gap: 8 }}>
            <Switch
              id="cv-auth-switch"
              inputProps={{ id: 'cv-authorized', name: 'authorized' }}
              label="I am legally authorized to work in the United States"
              checked={form.authorized}
              onChange={(e) => set('authorized')(e.target.checked)}
            />
            <Switch
              inputProps={{ id: 'cv-sponsorship', name: 'sponsorship' }}
              label="I will require Corvane to sponsor a work visa now or in the future"
              checked={form.sponsorship}
              onChange={(e) => set('sponsorship')(e.target.checked)}
            />
            <Switch
              inputProps={{ id: 'cv-oncall', name: 'on_call' }}
              label="I can join the on-call rotation (one week in six)"
              checked={form.onCall}
              onChange={(e) => set('onCall')(e.target.checked)}
            />
          </div>
        </FormField>

        <FormField necessity="required">
          <FormFieldLabel>Years of data engineering experience</FormFieldLabel>
          <ToggleButtonGroup id="cv-years" value={form.years} onChange={(e) => set('years')(e.currentTarget.value)}>
            <ToggleButton value="lt3">Less than 3</ToggleButton>
            <ToggleButton value="3-5">3 to 5</ToggleButton>
            <ToggleButton value="6-9">6 to 9</ToggleButton>
            <ToggleButton value="10+">10+</ToggleButton>
          </ToggleButtonGroup>
        </FormField>

        <FormField>
          <FormFieldLabel>Target base salary (USD per year): {money(form.salary)}</FormFieldLabel>
          <Slider
            id="cv-salary"
            min={80000}
            max={250000}
            step={5000}
            value={form.salary}
            format={money}
            minLabel="$80k"
            maxLabel="$250k"
            onChange={(_, value) => set('salary')(value)}
          />
        </FormField>

        <FormField necessity="required">
          <FormFieldLabel>Highest degree</FormFieldLabel>
          <RadioButtonGroup name="degree" value={form.degree} onChange={(e) => set('degree')(e.target.value)}>
            <RadioButton value="none" label="No degree" />
            <RadioButton value="associate" label="Associate degree" />
            <RadioButton value="bachelor" label="Bachelor's degree" />
            <RadioButton value="master" label="Master's degree" />
            <RadioButton value="phd" label="PhD" />
          </RadioButtonGroup>
        </FormField>

        <FormField>
          <FormFieldLabel>Which asset classes has your data work supported? (select all that apply)</FormFieldLabel>
          <CheckboxGroup
            name="asset_classes"
            checkedValues={form.assetClasses}
            onChange={(e) =>
              setForm((f) => ({
                ...f,
                assetClasses: e.target.checked ? [...f.assetClasses, e.target.value] : f.assetClasses.filter((v) => v !== e.target.value),
              }))
            }
          >
            {ASSET_CLASSES.map((name) => (
              <Checkbox key={name} value={name} label={name} inputProps={{ id: `cv-asset-${name.toLowerCase().replace(/\W+/g, '-')}` }} />
            ))}
          </CheckboxGroup>
        </FormField>

        <FormField>
          <FormFieldLabel>How excited are you about this role?</FormFieldLabel>
          <Rating id="cv-interest" name="interest" value={form.interest} onChange={(_, value) => set('interest')(value)} />
        </FormField>

        <FormField>
          <FormFieldLabel>Languages you work in professionally</FormFieldLabel>
          <PillGroup
            id="cv-languages"
            selectionVariant="multiple"
            selected={form.languages}
            onSelectionChange={(_, selected) => set('languages')(selected)}
          >
            {LANGUAGES.map((name) => (
              <Pill key={name} value={name}>{name}</Pill>
            ))}
          </PillGroup>
        </FormField>

        <FormField>
          <FormFieldLabel>Notice period</FormFieldLabel>
          <Dropdown
            id="cv-notice"
            placeholder="Select"
            value={form.notice}
            selected={form.notice ? [form.notice] : []}
            onSelectionChange={(_, selected) => set('notice')(selected[0] ?? '')}
          >
            {NOTICE.map((n) => (
              <Option key={n} value={n}>{n}</Option>
            ))}
          </Dropdown>
        </FormField>

        <FormField necessity="required">
          <FormFieldLabel>Resume</FormFieldLabel>
          <input type="file" id="cv-resume" name="resume" accept=".pdf,.doc,.docx" onChange={(e) => set('resume')(e.target.files[0]?.name ?? null)} />
        </FormField>
        <FormField>
          <FormFieldLabel>Cover letter</FormFieldLabel>
          <MultilineInput textAreaProps={{ id: 'cv-cover', name: 'cover_letter' }} rows={5} value={form.coverLetter} onChange={text('coverLetter')} />
        </FormField>

        <Checkbox
          inputProps={{ id: 'cv-consent', name: 'consent' }}
          label="I have read the Corvane candidate privacy notice"
          checked={form.consent}
          onChange={(e) => set('consent')(e.target.checked)}
        />
        <div>
          <Button type="submit" id="cv-submit" sentiment="accented">Submit application</Button>
        </div>
        {sent && <div id="cv-done" role="status">Thanks! Your application was sent to Corvane Capital.</div>}
      </form>
      <pre id="model">{JSON.stringify(form, null, 1)}</pre>
    </SaltProvider>
  );
}

createRoot(document.getElementById('root')).render(<App />);
