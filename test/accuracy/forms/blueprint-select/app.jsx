/**
 * A self-built careers application on Palantir's Blueprint (`@blueprintjs/core` v6 and
 * `@blueprintjs/select`): FormGroups with labels and helper text, InputGroups with a fixed "+1"
 * tag and a fixed "github.com/" prefix, a Suggest (typing input with a popover menu) for the
 * country, Selects (a button whose popover lists the items, with a filter box) for sponsorship,
 * clearance and the notice, a NumericInput for years and salary, an HTMLSelect for education, a
 * RadioGroup, a FileInput (hidden input inside a label), a Switch, a Checkbox and a search box in
 * the Navbar. React state is rendered into <pre id="model">.
 */
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import {
  Alignment, Button, Checkbox, FileInput, FormGroup, HTMLSelect, InputGroup, MenuItem, Navbar, NumericInput, Radio, RadioGroup, Switch, Tag, TextArea,
} from '@blueprintjs/core';
import { Select, Suggest } from '@blueprintjs/select';
import '@blueprintjs/core/lib/css/blueprint.css';
import '@blueprintjs/select/lib/css/blueprint-select.css';
import countries from 'world-countries';

const COUNTRIES = countries.map((country) => country.name.common).sort((a, b) => a.localeCompare(b));
const YES_NO = ['Yes', 'No'];
const CLEARANCE = ['None', 'Secret', 'Top Secret', 'TS/SCI'];
const NOTICE = ['Immediately', '2 weeks', '1 month', 'More than 1 month'];

const EMPTY = {
  firstName: '', lastName: '', email: '', phone: '', location: '', country: '', authorized: '', sponsorship: '', clearance: '', notice: '', years: '', education: '', school: '',
  company: '', title: '', github: '', portfolio: '', salary: '', startDate: '', resume: '', whyOrrin: '', referred: false, consent: false,
};

const renderItem = (item, { handleClick, handleFocus, modifiers, ref }) =>
  modifiers.matchesPredicate ? (
    <MenuItem key={item} ref={ref} text={item} active={modifiers.active} disabled={modifiers.disabled} onClick={handleClick} onFocus={handleFocus} roleStructure="listoption" />
  ) : null;
const filterItem = (query, item) => item.toLowerCase().includes(query.toLowerCase());

function Application() {
  const [form, setForm] = useState(EMPTY);
  const [sent, setSent] = useState(false);
  const set = (key) => (value) => setForm((current) => ({ ...current, [key]: value }));
  const input = (key, label, props = {}) => (
    <div data-field={key}>
      <FormGroup label={label} labelFor={`orr-${key}`} helperText={props.helperText} labelInfo={props.required ? '(required)' : undefined}>
        <InputGroup id={`orr-${key}`} value={form[key]} placeholder={props.placeholder} type={props.type} leftElement={props.leftElement} onValueChange={set(key)} />
      </FormGroup>
    </div>
  );
  const select = (key, label, items, placeholder) => (
    <div data-field={key}>
      <FormGroup label={label}>
        <Select items={items} itemRenderer={renderItem} itemPredicate={filterItem} onItemSelect={set(key)} popoverProps={{ minimal: true }} inputProps={{ placeholder: 'Filter…' }}>
          <Button className="orr-select-target" text={form[key] || placeholder} endIcon="double-caret-vertical" />
        </Select>
      </FormGroup>
    </div>
  );
  const submit = (event) => {
    event.preventDefault();
    if (form.firstName && form.email && form.resume && form.consent) setSent(true);
  };
  return (
    <>
      <Navbar>
        <Navbar.Group align={Alignment.LEFT}><Navbar.Heading>Orrin Analytics · Careers</Navbar.Heading></Navbar.Group>
        <Navbar.Group align={Alignment.RIGHT}><InputGroup id="orr-search" type="search" leftIcon="search" placeholder="Search roles…" /></Navbar.Group>
      </Navbar>
      {sent ? (
        <h2 id="orr-done">Application received. We'll be in touch.</h2>
      ) : (
        <form id="orr-apply" onSubmit={submit} noValidate>
          <h1>Forward Deployed Data Engineer</h1>
          <p>New York, NY or Washington, DC · On-site 3 days a week</p>
          <div style={{ display: 'flex', gap: 12 }}>{input('firstName', 'First name', { required: true })}{input('lastName', 'Last name', { required: true })}</div>
          {input('email', 'Email', { type: 'email', required: true })}
          {input('phone', 'Mobile number', { type: 'tel', leftElement: <Tag minimal>+1</Tag>, helperText: 'US numbers only' })}
          {input('location', 'Where are you currently based?', { placeholder: 'City, State' })}
          <div data-field="country">
            <FormGroup label="Country of residence" labelFor="orr-country">
              <Suggest
                items={COUNTRIES}
                itemRenderer={renderItem}
                itemPredicate={filterItem}
                inputValueRenderer={(item) => item}
                selectedItem={form.country || null}
                onItemSelect={set('country')}
                noResults={<MenuItem disabled text="No matching country" roleStructure="listoption" />}
                inputProps={{ id: 'orr-country', placeholder: 'Search countries…' }}
                popoverProps={{ minimal: true }}
                resetOnClose={false}
              />
            </FormGroup>
          </div>
          <div data-field="authorized">
            <RadioGroup label="Are you legally authorized to work in the United States?" name="orr-authorized" inline selectedValue={form.authorized} onChange={(event) => set('authorized')(event.currentTarget.value)}>
              <Radio label="Yes" value="yes" />
              <Radio label="No" value="no" />
            </RadioGroup>
          </div>
          {select('sponsorship', 'Will you require visa sponsorship now or in the future?', YES_NO, 'Select…')}
          {select('clearance', 'Active US security clearance', CLEARANCE, 'Select…')}
          {select('notice', 'How much notice do you need to give your current employer?', NOTICE, 'Select…')}
          <div data-field="years">
            <FormGroup label="Years of professional experience" labelFor="orr-years">
              <NumericInput id="orr-years" min={0} max={60} buttonPosition="none" value={form.years} onValueChange={(_, text) => set('years')(text)} />
            </FormGroup>
          </div>
          <div data-field="education">
            <FormGroup label="Highest degree" labelFor="orr-education">
              <HTMLSelect id="orr-education" value={form.education} onChange={(event) => set('education')(event.currentTarget.value)} options={[{ value: '', label: 'Select…' }, { value: 'bs', label: "Bachelor's" }, { value: 'ms', label: "Master's" }, { value: 'phd', label: 'PhD' }, { value: 'none', label: 'No degree' }]} />
            </FormGroup>
          </div>
          {input('school', 'University')}
          {input('company', 'Current employer')}
          {input('title', 'Current role')}
          {input('github', 'GitHub', { leftElement: <Tag minimal>github.com/</Tag> })}
          {input('portfolio', 'Portfolio or personal site')}
          <div data-field="salary">
            <FormGroup label="Salary expectations (USD / year)" labelFor="orr-salary">
              <NumericInput id="orr-salary" min={0} buttonPosition="none" leftIcon="dollar" value={form.salary} onValueChange={(_, text) => set('salary')(text)} />
            </FormGroup>
          </div>
          {input('startDate', 'Earliest start date', { placeholder: 'YYYY-MM-DD' })}
          <div data-field="resume">
            <FormGroup label="Résumé / CV" labelInfo="(required)">
              <FileInput fill text={form.resume || 'Choose file…'} buttonText="Browse" inputProps={{ accept: '.pdf,.docx' }} onInputChange={(event) => set('resume')(event.currentTarget.files?.[0]?.name ?? '')} />
            </FormGroup>
          </div>
          <div data-field="whyOrrin">
            <FormGroup label="Why Orrin?" labelFor="orr-whyOrrin" helperText="A few sentences is plenty.">
              <TextArea id="orr-whyOrrin" fill rows={4} value={form.whyOrrin} onChange={(event) => set('whyOrrin')(event.target.value)} />
            </FormGroup>
          </div>
          <div data-field="referred"><Switch id="orr-referred" label="I was referred by an Orrin employee" checked={form.referred} onChange={(event) => set('referred')(event.currentTarget.checked)} /></div>
          <div data-field="consent"><Checkbox id="orr-consent" label="I agree to Orrin's candidate privacy policy" checked={form.consent} onChange={(event) => set('consent')(event.currentTarget.checked)} /></div>
          <Button type="submit" id="orr-submit" intent="primary" text="Submit application" />
        </form>
      )}
      <pre id="model">{JSON.stringify(form, null, 2)}</pre>
    </>
  );
}

createRoot(document.getElementById('root')).render(<Application />);
