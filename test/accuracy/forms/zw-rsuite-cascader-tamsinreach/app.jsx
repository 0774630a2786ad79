/**
 * An outdoor-gear retailer's careers page on React Suite 6 (CustomProvider en_US, Form with
 * formValue / onChange and Form.Control accepters): an InputGroup with a "+1" addon before the
 * mobile, a searchable Cascader "Where do you live?" (Country / State / City, shown as
 * "United States / California / San Francisco"), a TreePicker of teams to leave alone, InputNumber
 * steppers for years and salary ("$" / "USD" addons), a month-only DatePicker "MM/yyyy" for
 * "Available from", a DateRangePicker for the dates at the current employer (work history the
 * profile does not give), RadioTile cards for the highest degree (label + description), Toggles
 * with "Yes"/"No" for authorization / sponsorship / relocation, a RangeSlider of working hours, a
 * Rate, a TagPicker of languages, a textarea cover letter and a consent Checkbox. The candidate
 * sign-in in the header is not the application. The form value is rendered into <pre id="model">.
 */
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import {
  Button, Cascader, Checkbox, CustomProvider, DatePicker, DateRangePicker, Form, Input, InputGroup, InputNumber, Message,
  RadioTile, RadioTileGroup, RangeSlider, Rate, TagPicker, Textarea, Toggle, TreePicker,
} from 'rsuite';
import enUS from 'rsuite/locales/en_US';
import 'rsuite/dist/rsuite.min.css';

const city = (country, state, name) => ({ label: name, value: `${country}/${state}/${name}` });
const PLACES = [
  { label: 'Canada', value: 'CA', children: [
    { label: 'British Columbia', value: 'CA/BC', children: [city('CA', 'BC', 'Vancouver'), city('CA', 'BC', 'Victoria')] },
    { label: 'Ontario', value: 'CA/ON', children: [city('CA', 'ON', 'Toronto'), city('CA', 'ON', 'Ottawa')] },
  ] },
  { label: 'United States', value: 'US', children: [
    { label: 'California', value: 'US/CA', children: ['Los Angeles', 'Oakland', 'Sacramento', 'San Diego', 'San Francisco', 'San Jose', 'South San Francisco'].map((n) => city('US', 'CA', n)) },
    { label: 'Colorado', value: 'US/CO', children: ['Boulder', 'Denver', 'Fort Collins'].map((n) => city('US', 'CO', n)) },
    { label: 'Oregon', value: 'US/OR', children: ['Bend', 'Eugene', 'Portland'].map((n) => city('US', 'OR', n)) },
    { label: 'Washington', value: 'US/WA', children: ['Seattle', 'Spokane', 'Tacoma'].map((n) => city('US', 'WA', n)) },
  ] },
];
const TEAMS = [
  { label: 'Data & Analytics', value: 'data', children: [
    { label: 'Analytics Engineering', value: 'data/ae' }, { label: 'Data Platform', value: 'data/platform' }, { label: 'Data Science', value: 'data/ds' },
  ] },
  { label: 'Digital', value: 'digital', children: [{ label: 'E-commerce', value: 'digital/ecom' }, { label: 'Loyalty', value: 'digital/loyalty' }] },
];
const LANGUAGES = ['English', 'Spanish', 'French', 'German', 'Mandarin', 'Japanese'].map((l) => ({ label: l, value: l }));
const DEGREES = [
  ['High school', 'Diploma or GED'], ["Associate's degree", 'Two-year college'], ["Bachelor's degree", 'B.A., B.S. or equivalent'],
  ["Master's degree", 'M.A., M.S., MBA'], ['Doctorate', 'Ph.D. or equivalent'],
];
const hourLabel = (h) => `${((h + 11) % 12) + 1}${h < 12 ? 'am' : 'pm'}`;
const month = (d) => (d ? `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}` : null);

function Application() {
  const [value, setValue] = useState({
    firstName: '', lastName: '', email: '', mobile: '', place: null, team: null, years: null, salary: null,
    availableFrom: null, tenure: null, degree: null, authorized: false, sponsorship: false, relocate: false,
    hours: [8, 17], dbt: 0, languages: [], coverLetter: '', consent: false,
  });
  const [done, setDone] = useState(false);
  const setKey = (key) => (v) => setValue((prev) => ({ ...prev, [key]: v }));
  const model = { ...value, availableFrom: month(value.availableFrom), tenure: value.tenure ? value.tenure.map(month) : null };
  if (done) return <Message id="done" type="success">Thanks! We received your application.</Message>;
  return (
    <CustomProvider locale={enUS}>
      <h2>Analytics Engineer</h2>
      <p style={{ color: '#666' }}>Denver, CO (hybrid) · Data &amp; Analytics</p>
      <Form fluid formValue={value} onChange={setValue} onSubmit={() => { if (value.email && value.consent) setDone(true); }}>
        <Form.Group controlId="firstName"><Form.Label>First name</Form.Label><Form.Control name="firstName" /></Form.Group>
        <Form.Group controlId="lastName"><Form.Label>Last name</Form.Label><Form.Control name="lastName" /></Form.Group>
        <Form.Group controlId="email"><Form.Label>Email</Form.Label><Form.Control name="email" type="email" /></Form.Group>
        <Form.Group controlId="mobile">
          <Form.Label>Mobile phone</Form.Label>
          <InputGroup><InputGroup.Addon>+1</InputGroup.Addon><Form.Control name="mobile" type="tel" /></InputGroup>
        </Form.Group>
        <Form.Group controlId="place">
          <Form.Label>Where do you live?</Form.Label>
          <Form.Control name="place" accepter={Cascader} data={PLACES} placeholder="Country / State / City" block searchable
            parentSelectable={false} />
          <Form.Text>Search for your city</Form.Text>
        </Form.Group>
        <Form.Group controlId="team">
          <Form.Label>Which team interests you most?</Form.Label>
          <Form.Control name="team" accepter={TreePicker} data={TEAMS} defaultExpandAll block placeholder="Select a team" />
        </Form.Group>
        <Form.Group controlId="years">
          <Form.Label>Years of analytics or data engineering experience</Form.Label>
          <Form.Control name="years" accepter={InputNumber} min={0} max={40} step={1} />
        </Form.Group>
        <Form.Group controlId="salary">
          <Form.Label>Desired annual salary</Form.Label>
          <InputGroup>
            <InputGroup.Addon>$</InputGroup.Addon>
            <Form.Control name="salary" accepter={InputNumber} min={0} step={1000} />
            <InputGroup.Addon>USD</InputGroup.Addon>
          </InputGroup>
        </Form.Group>
        <Form.Group controlId="availableFrom">
          <Form.Label>Available from</Form.Label>
          <Form.Control name="availableFrom" accepter={DatePicker} format="MM/yyyy" placeholder="MM/yyyy" oneTap={false} />
        </Form.Group>
        <Form.Group controlId="tenure">
          <Form.Label>Dates at your current or most recent employer</Form.Label>
          <Form.Control name="tenure" accepter={DateRangePicker} format="MM/yyyy" placeholder="MM/yyyy ~ MM/yyyy" />
        </Form.Group>
        <Form.Group controlId="degree">
          <Form.Label id="degree-label">Highest degree completed</Form.Label>
          <Form.Control name="degree" accepter={RadioTileGroup} aria-labelledby="degree-label">
            {DEGREES.map(([label, desc]) => <RadioTile key={label} value={label} label={label}>{desc}</RadioTile>)}
          </Form.Control>
        </Form.Group>
        <Form.Group controlId="authorized">
          <Form.Label>Are you authorized to work in the United States?</Form.Label>
          <Form.Control name="authorized" accepter={Toggle} checkedChildren="Yes" unCheckedChildren="No" />
        </Form.Group>
        <Form.Group controlId="sponsorship">
          <Form.Label>Will you require visa sponsorship now or in the future?</Form.Label>
          <Form.Control name="sponsorship" accepter={Toggle} checkedChildren="Yes" unCheckedChildren="No" />
        </Form.Group>
        <Form.Group controlId="relocate">
          <Form.Label>Are you willing to relocate to Denver?</Form.Label>
          <Form.Control name="relocate" accepter={Toggle} checkedChildren="Yes" unCheckedChildren="No" />
        </Form.Group>
        <Form.Group controlId="hours">
          <Form.Label>Preferred core hours (Mountain Time)</Form.Label>
          <Form.Control name="hours" accepter={RangeSlider} min={6} max={20} step={1} graduated progress renderMark={hourLabel} renderTooltip={hourLabel} />
        </Form.Group>
        <Form.Group controlId="dbt" style={{ marginTop: 36 }}>
          <Form.Label>How would you rate your dbt skills?</Form.Label>
          <Form.Control name="dbt" accepter={Rate} max={5} />
        </Form.Group>
        <Form.Group controlId="languages">
          <Form.Label>Languages you speak fluently</Form.Label>
          <Form.Control name="languages" accepter={TagPicker} data={LANGUAGES} block />
        </Form.Group>
        <Form.Group controlId="coverLetter">
          <Form.Label>Cover letter</Form.Label>
          <Form.Control name="coverLetter" rows={5} accepter={Textarea} />
        </Form.Group>
        <Form.Group controlId="consent">
          <Checkbox id="consent" name="consent" checked={value.consent} onChange={(_, checked) => setKey('consent')(checked)}>
            I agree to the processing of my data as described in the applicant privacy notice
          </Checkbox>
        </Form.Group>
        <Button id="submit" appearance="primary" type="submit">Submit application</Button>
      </Form>
      <pre id="model">{JSON.stringify(model, null, 2)}</pre>
    </CustomProvider>
  );
}

createRoot(document.getElementById('root')).render(<Application />);
