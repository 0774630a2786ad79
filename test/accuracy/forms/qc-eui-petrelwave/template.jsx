/**
 * A search-and-observability company's careers page, built on Elastic UI (`@elastic/eui`, the
 * design system of its own console) with **TanStack Form** (`@tanstack/react-form`) holding the
 * state: EuiHeader with an EuiFieldSearch, EuiForm component="form", EuiFormRow labels (the row
 * clones its child with an id and points the label at it; help text below), EuiFieldText
 * ("Full name" in one box), a phone EuiFieldText whose `prepend` is a compressed EuiSelect of dial
 * codes ("+1 Canada" before "+1 United States", nothing preselected), an **EuiComboBox** single
 * selection as plain text (location: the typed text disappears and the choice sits in a span),
 * an **EuiSuperSelect** (button + listbox popover) for the country, EuiFieldNumber with "$" / "per
 * year" append, **EuiDatePicker** (react-datepicker fork on moment, `YYYY-MM-DD`), **EuiFilePicker**,
 * EuiTextArea, and posting questions: **EuiButtonGroup** (aria-pressed buttons, legend visually
 * hidden), EuiRadioGroup in an EuiFormFieldset, EuiSuperSelect with sentence options,
 * EuiCheckboxGroup, EuiSwitch. The form values are written into <pre id="model">.
 */
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import moment from 'moment';
import { useForm } from '@tanstack/react-form';
import {
  EuiButton,
  EuiButtonGroup,
  EuiCallOut,
  EuiCheckbox,
  EuiCheckboxGroup,
  EuiComboBox,
  EuiDatePicker,
  EuiFieldNumber,
  EuiFieldSearch,
  EuiFieldText,
  EuiFilePicker,
  EuiFlexGroup,
  EuiFlexItem,
  EuiForm,
  EuiFormFieldset,
  EuiFormRow,
  EuiHeader,
  EuiHeaderSection,
  EuiHeaderSectionItem,
  EuiPageTemplate,
  EuiProvider,
  EuiRadioGroup,
  EuiSelect,
  EuiSpacer,
  EuiSuperSelect,
  EuiSwitch,
  EuiText,
  EuiTextArea,
  EuiTitle,
} from '@elastic/eui';

const DIAL = [
  { value: '', text: 'Code' },
  { value: 'CA', text: '+1 Canada' },
  { value: 'US', text: '+1 United States' },
  { value: 'MX', text: '+52 Mexico' },
  { value: 'BR', text: '+55 Brazil' },
  { value: 'GB', text: '+44 United Kingdom' },
  { value: 'NL', text: '+31 Netherlands' },
  { value: 'DE', text: '+49 Germany' },
  { value: 'IN', text: '+91 India' },
];
const PLACES = [
  'San Diego, CA, United States', 'San Francisco, CA, United States', 'San Jose, CA, United States',
  'South San Francisco, CA, United States', 'San Francisco del Rincón, Guanajuato, Mexico', 'Seattle, WA, United States',
  'Portland, OR, United States', 'Denver, CO, United States', 'Austin, TX, United States', 'Chicago, IL, United States',
  'New York, NY, United States', 'Toronto, ON, Canada', 'Vancouver, BC, Canada', 'Mexico City, Mexico', 'São Paulo, Brazil',
].map((label) => ({ label }));
const COUNTRIES = ['Argentina', 'Brazil', 'Canada', 'Chile', 'Colombia', 'Costa Rica', 'Mexico', 'Peru', 'United Kingdom', 'United States', 'Uruguay', 'Other'];
const HEARD = ['Petrelwave website', 'LinkedIn', 'A friend or colleague', 'Community meetup or ElasticON-style event', 'Podcast', 'Other'];
const GENDER = [
  { value: '', text: 'Choose one' },
  { value: 'woman', text: 'Woman' },
  { value: 'man', text: 'Man' },
  { value: 'nonbinary', text: 'Non-binary' },
  { value: 'decline', text: 'I decline to answer' },
];

function Row({ label, help, children, id, fullWidth = true }) {
  return (
    <EuiFormRow label={label} helpText={help} fullWidth={fullWidth} id={id}>
      {children}
    </EuiFormRow>
  );
}

function Question({ q, form }) {
  return (
    <form.Field name={q.key}>
      {(field) => {
        const value = field.state.value;
        if (q.type === 'buttons') {
          return (
            <Row label={q.label} id={q.key}>
              <EuiButtonGroup
                id={q.key}
                legend={q.label}
                type="single"
                buttonSize="m"
                idSelected={value ? `${q.key}__${q.options.indexOf(value)}` : ''}
                options={q.options.map((label, index) => ({ id: `${q.key}__${index}`, label }))}
                onChange={(optionId) => field.handleChange(q.options[Number(optionId.split('__')[1])])}
              />
            </Row>
          );
        }
        if (q.type === 'radio') {
          return (
            <EuiFormFieldset legend={{ children: q.label }} id={q.key}>
              <EuiRadioGroup
                name={q.key}
                idSelected={value ? `${q.key}_${q.options.indexOf(value)}` : ''}
                options={q.options.map((label, index) => ({ id: `${q.key}_${index}`, label }))}
                onChange={(optionId) => field.handleChange(q.options[Number(optionId.split('_').pop())])}
              />
              <EuiSpacer size="m" />
            </EuiFormFieldset>
          );
        }
        if (q.type === 'super') {
          return (
            <Row label={q.label} help={q.help} id={q.key}>
              <EuiSuperSelect
                id={q.key}
                fullWidth
                placeholder="Select an answer"
                valueOfSelected={value}
                options={q.options.map((text) => ({ value: text, inputDisplay: text }))}
                onChange={(next) => field.handleChange(next)}
              />
            </Row>
          );
        }
        if (q.type === 'checks') {
          return (
            <EuiFormFieldset legend={{ children: q.label }} id={q.key}>
              <EuiCheckboxGroup
                options={q.options.map((label, index) => ({ id: `${q.key}-${index}`, label }))}
                idToSelectedMap={Object.fromEntries(value.map((label) => [`${q.key}-${q.options.indexOf(label)}`, true]))}
                onChange={(optionId) => {
                  const label = q.options[Number(optionId.split('-').pop())];
                  field.handleChange(value.includes(label) ? value.filter((item) => item !== label) : [...value, label]);
                }}
              />
              <EuiSpacer size="m" />
            </EuiFormFieldset>
          );
        }
        if (q.type === 'switch') {
          return (
            <Row id={q.key}>
              <EuiSwitch id={q.key} label={q.label} checked={value} onChange={(event) => field.handleChange(event.target.checked)} />
            </Row>
          );
        }
        return (
          <Row label={q.label} help={q.help} id={q.key}>
            <EuiFieldText id={q.key} fullWidth value={value} onChange={(event) => field.handleChange(event.target.value)} />
          </Row>
        );
      }}
    </form.Field>
  );
}

function Application({ posting }) {
  const defaultValues = {
    fullName: '', email: '', dialCode: '', phone: '', location: '', country: '', linkedin: '', github: '', portfolio: '',
    employer: '', jobTitle: '', startDate: '', salary: '', resume: '', coverLetter: '', heardFrom: '', gender: '',
    talentCommunity: false, consent: false,
  };
  for (const q of posting.questions) defaultValues[q.key] = q.type === 'checks' ? [] : q.type === 'switch' ? false : '';
  const [sent, setSent] = useState(false);
  const [problem, setProblem] = useState('');
  const [search, setSearch] = useState('');
  const form = useForm({
    defaultValues,
    onSubmit: ({ value }) => {
      if (!value.consent) {
        setProblem('Please confirm that you have read the applicant privacy notice.');
        return;
      }
      setSent(true);
    },
  });

  const text = (name, label, props = {}, help) => (
    <form.Field name={name}>
      {(field) => (
        <Row label={label} help={help} id={name}>
          <EuiFieldText id={name} name={name} fullWidth value={field.state.value} onBlur={field.handleBlur} onChange={(event) => field.handleChange(event.target.value)} {...props} />
        </Row>
      )}
    </form.Field>
  );

  if (sent) {
    return (
      <EuiPageTemplate.Section>
        <div id="application-sent">
          <EuiCallOut title="Application sent" color="success">Thank you! The {posting.title} team will be in touch.</EuiCallOut>
        </div>
      </EuiPageTemplate.Section>
    );
  }

  return (
    <>
      <EuiHeader position="static">
        <EuiHeaderSection>
          <EuiHeaderSectionItem>
            <strong style={{ padding: '0 16px' }}>petrelwave · careers</strong>
          </EuiHeaderSectionItem>
        </EuiHeaderSection>
        <EuiHeaderSection side="right">
          <EuiHeaderSectionItem>
            <EuiFieldSearch id="site-search" placeholder="Search open roles" compressed value={search} onChange={(event) => setSearch(event.target.value)} />
          </EuiHeaderSectionItem>
        </EuiHeaderSection>
      </EuiHeader>
      <EuiPageTemplate restrictWidth={880} panelled={false}>
        <EuiPageTemplate.Header pageTitle={posting.title} description={`${posting.team} · ${posting.where}`} />
        <EuiPageTemplate.Section>
          <EuiText><p>{posting.blurb}</p></EuiText>
          <EuiSpacer />
          <EuiForm
            component="form"
            id="apply"
            onSubmit={(event) => {
              event.preventDefault();
              form.handleSubmit();
            }}
          >
            <EuiTitle size="s"><h2>About you</h2></EuiTitle>
            <EuiSpacer size="s" />
            {text('fullName', 'Full name', { autoComplete: 'off' })}
            {text('email', 'Email', { type: 'email' })}
            <form.Field name="dialCode">
              {(dial) => (
                <form.Field name="phone">
                  {(phone) => (
                    <Row label="Mobile number" help="We only call to schedule interviews." id="phone">
                      <EuiFieldText
                        id="phone"
                        name="phone"
                        fullWidth
                        type="tel"
                        value={phone.state.value}
                        onChange={(event) => phone.handleChange(event.target.value)}
                        prepend={
                          <EuiSelect
                            id="dialCode"
                            aria-label="Country calling code"
                            compressed
                            options={DIAL}
                            value={dial.state.value}
                            onChange={(event) => dial.handleChange(event.target.value)}
                          />
                        }
                      />
                    </Row>
                  )}
                </form.Field>
              )}
            </form.Field>
            <form.Field name="location">
              {(field) => (
                <Row label="Where are you based?" help="Start typing your city." id="location">
                  <EuiComboBox
                    id="location"
                    fullWidth
                    placeholder="City"
                    singleSelection={{ asPlainText: true }}
                    options={PLACES}
                    selectedOptions={field.state.value ? [{ label: field.state.value }] : []}
                    onChange={(selected) => field.handleChange(selected[0]?.label ?? '')}
                    isClearable
                  />
                </Row>
              )}
            </form.Field>
            <form.Field name="country">
              {(field) => (
                <Row label="Country of residence" id="country">
                  <EuiSuperSelect
                    id="country"
                    fullWidth
                    placeholder="Select a country"
                    valueOfSelected={field.state.value}
                    options={COUNTRIES.map((name) => ({ value: name, inputDisplay: name }))}
                    onChange={(next) => field.handleChange(next)}
                  />
                </Row>
              )}
            </form.Field>

            <EuiSpacer />
            <EuiTitle size="s"><h2>Links</h2></EuiTitle>
            <EuiSpacer size="s" />
            {text('linkedin', 'LinkedIn URL')}
            <EuiFlexGroup>
              <EuiFlexItem>{text('github', 'GitHub', { placeholder: 'https://github.com/…' })}</EuiFlexItem>
              <EuiFlexItem>{text('portfolio', 'Portfolio or work samples', { placeholder: 'https://' })}</EuiFlexItem>
            </EuiFlexGroup>

            <EuiSpacer />
            <EuiTitle size="s"><h2>Your work</h2></EuiTitle>
            <EuiSpacer size="s" />
            <EuiFlexGroup>
              <EuiFlexItem>{text('employer', 'Current company')}</EuiFlexItem>
              <EuiFlexItem>{text('jobTitle', 'Current role')}</EuiFlexItem>
            </EuiFlexGroup>
            {posting.questions.map((q) => (
              <Question key={q.key} q={q} form={form} />
            ))}

            <EuiSpacer />
            <EuiTitle size="s"><h2>Timing and pay</h2></EuiTitle>
            <EuiSpacer size="s" />
            <form.Field name="startDate">
              {(field) => (
                <Row label="When could you start?" help="YYYY-MM-DD" id="startDate">
                  <EuiDatePicker
                    id="startDate"
                    dateFormat="YYYY-MM-DD"
                    selected={field.state.value ? moment(field.state.value, 'YYYY-MM-DD') : null}
                    onChange={(date) => field.handleChange(date ? date.format('YYYY-MM-DD') : '')}
                    minDate={moment('2026-12-01')}
                  />
                </Row>
              )}
            </form.Field>
            <form.Field name="salary">
              {(field) => (
                <Row label="Expected base salary" help="Gross, before bonus and equity." id="salary">
                  <EuiFieldNumber
                    id="salary"
                    name="salary"
                    prepend="$"
                    append="per year"
                    value={field.state.value}
                    onChange={(event) => field.handleChange(event.target.value)}
                  />
                </Row>
              )}
            </form.Field>

            <EuiSpacer />
            <EuiTitle size="s"><h2>Resume</h2></EuiTitle>
            <EuiSpacer size="s" />
            <form.Field name="resume">
              {(field) => (
                <Row label="Resume" help="PDF, DOC or DOCX" id="resume">
                  <EuiFilePicker
                    id="resume"
                    name="resume"
                    fullWidth
                    display="large"
                    accept=".pdf,.doc,.docx"
                    initialPromptText="Select or drag and drop your resume"
                    onChange={(files) => field.handleChange(files && files.length ? files[0].name : '')}
                  />
                </Row>
              )}
            </form.Field>
            <form.Field name="coverLetter">
              {(field) => (
                <Row label="Cover letter (optional)" id="coverLetter">
                  <EuiTextArea id="coverLetter" name="coverLetter" fullWidth rows={6} value={field.state.value} onChange={(event) => field.handleChange(event.target.value)} />
                </Row>
              )}
            </form.Field>

            <EuiSpacer />
            <EuiTitle size="s"><h2>Almost done</h2></EuiTitle>
            <EuiSpacer size="s" />
            <form.Field name="heardFrom">
              {(field) => (
                <Row label="How did you find us?" id="heardFrom">
                  <EuiSuperSelect
                    id="heardFrom"
                    fullWidth
                    placeholder="Select one"
                    valueOfSelected={field.state.value}
                    options={HEARD.map((item) => ({ value: item, inputDisplay: item }))}
                    onChange={(next) => field.handleChange(next)}
                  />
                </Row>
              )}
            </form.Field>
            <form.Field name="gender">
              {(field) => (
                <Row label="Gender (voluntary)" help="Used only for aggregate diversity reporting." id="gender">
                  <EuiSelect id="gender" options={GENDER} value={field.state.value} onChange={(event) => field.handleChange(event.target.value)} />
                </Row>
              )}
            </form.Field>
            <form.Field name="talentCommunity">
              {(field) => (
                <Row id="talentCommunity">
                  <EuiSwitch id="talentCommunity" label="Keep me in the Petrelwave talent community" checked={field.state.value} onChange={(event) => field.handleChange(event.target.checked)} />
                </Row>
              )}
            </form.Field>
            <form.Field name="consent">
              {(field) => (
                <Row id="consent">
                  <EuiCheckbox id="consent" label="I have read the applicant privacy notice" checked={field.state.value} onChange={(event) => field.handleChange(event.target.checked)} />
                </Row>
              )}
            </form.Field>
            {problem && <EuiCallOut color="danger" title={problem} />}
            <EuiSpacer />
            <EuiButton type="submit" fill id="send-application">Send application</EuiButton>
          </EuiForm>
        </EuiPageTemplate.Section>
      </EuiPageTemplate>
      <form.Subscribe selector={(state) => state.values}>
        {(values) => <pre id="model" style={{ fontSize: 11, color: '#889', whiteSpace: 'pre-wrap', maxWidth: 880, margin: '16px auto' }}>{JSON.stringify(values, null, 1)}</pre>}
      </form.Subscribe>
    </>
  );
}

export function renderApplication(posting) {
  createRoot(document.getElementById('root')).render(
    <EuiProvider colorMode="light">
      <Application posting={posting} />
    </EuiProvider>,
  );
}
