/*
 * Tidepool Coffee's hourly jobs page (a café chain; phone-first), React + **antd-mobile** 5 in
 * English: a SearchBar in the header, Form (layout vertical) with Form.Items whose labels point at
 * their inputs, Inputs with "(555) 555-5555" and ZIP placeholders, a country row that opens a
 * bottom Popup with a SearchBar and a CheckList, **Selector** one-tap chips (single for the work
 * permit, multiple for stores and days: div role=option items), Radio.Group
 * lists (native radios hidden inside), Steppers for hours and years, a Switch, Checkboxes, an
 * ImageUploader for the resume (camera allowed; it empties its input and keeps its own list), a
 * TextArea, and a sticky "Apply" bar whose button is outside the form (form.submit()).
 * Form values are rendered into <pre id="model">.
 */
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import enUS from 'antd-mobile/es/locales/en-US';
import {
  Button, CheckList, Checkbox, ConfigProvider, Form, ImageUploader, Input, NavBar, Popup, Radio, Result, SearchBar, Selector, Space, Stepper, Switch, TextArea,
} from 'antd-mobile';

const COUNTRIES = ['Australia', 'Brazil', 'Canada', 'Colombia', 'El Salvador', 'Guatemala', 'Honduras', 'India', 'Mexico', 'Nicaragua', 'Philippines', 'United Kingdom', 'United States', 'Venezuela', 'Vietnam'];
const STORES = ['Valencia St', '24th St BART', 'Potrero Hill', 'Dogpatch', 'Bernal Heights'];
const DAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
const asOptions = (list) => list.map((item) => ({ label: item, value: item }));
const INITIAL = { over18: false, hoursPerWeek: 20, baristaYears: 0, totalYears: 0, stores: [], days: [], resume: [], foodCard: false, rewards: false, terms: false };

function CountryValue({ value }) {
  return <span className={value ? 'country-value' : 'country-value empty'} id="country-value">{value || 'Select your country'}</span>;
}

function App() {
  const [form] = Form.useForm();
  const [values, setValues] = useState(INITIAL);
  const [countryOpen, setCountryOpen] = useState(false);
  const [countryQuery, setCountryQuery] = useState('');
  const [done, setDone] = useState(false);
  const upload = async (file) => ({ url: URL.createObjectURL(file), extra: { name: file.name } });
  const shown = { ...values, resume: (values.resume ?? []).map((item) => item.extra?.name ?? null) };
  if (done) return <div id="apply-done"><Result status="success" title="Thanks for applying!" description="A store manager will text you within 3 days." /></div>;
  return (
    <>
      <NavBar back={null} right={<a href="#">Sign in</a>}>Tidepool Jobs</NavBar>
      <div style={{ padding: '6px 12px', background: '#fff' }} id="hdr-search"><SearchBar placeholder="Search stores or jobs" /></div>
      <section className="hero">
        <span className="pay">$21.50–$24/hr + tips</span><span className="pay">Part-time</span>
        <h1>Barista – Mission District</h1>
        <p>Pull shots, steam milk, and make the morning line fun. Free drinks, transit stipend, paid training. No experience? We'll teach you.</p>
      </section>
      <Form
        form={form}
        layout="vertical"
        mode="card"
        initialValues={INITIAL}
        onValuesChange={(_, all) => setValues(all)}
        onFinish={(all) => { if (all.terms && all.over18) setDone(true); }}
      >
        <Form.Header>Contact</Form.Header>
        <Form.Item name="fullName" label="Full name" rules={[{ required: true }]}><Input placeholder="First and last name" id="tp-name" clearable /></Form.Item>
        <Form.Item name="phone" label="Mobile number" rules={[{ required: true }]}><Input placeholder="(555) 555-5555" type="tel" maxLength={14} id="tp-phone" clearable /></Form.Item>
        <Form.Item name="email" label="Email"><Input placeholder="name@example.com" type="email" id="tp-email" clearable /></Form.Item>
        <Form.Item name="zip" label="Home ZIP code" help="We use it to suggest stores near you"><Input placeholder="94110" maxLength={5} id="tp-zip" /></Form.Item>
        <Form.Item name="country" label="Country of residence" trigger="onConfirm" arrow onClick={() => setCountryOpen(true)} className="fi-country"><CountryValue /></Form.Item>

        <Form.Header>Eligibility</Form.Header>
        <Form.Item name="over18" valuePropName="checked" className="fi-over18"><Checkbox>I am 18 years of age or older</Checkbox></Form.Item>
        <Form.Item name="authorized" label="Are you legally allowed to work in the US?" className="fi-authorized">
          <Selector options={[{ label: 'Yes', value: 'yes' }, { label: 'No', value: 'no' }]} />
        </Form.Item>
        <Form.Item name="sponsorship" label="Will you need a visa sponsor to work for us?" className="fi-sponsorship">
          <Radio.Group><Space direction="vertical"><Radio value="yes">Yes, now or later</Radio><Radio value="no">No</Radio></Space></Radio.Group>
        </Form.Item>

        <Form.Header>Availability</Form.Header>
        <Form.Item name="stores" label="Which stores could you work at? (pick any)" className="fi-stores"><Selector multiple options={asOptions(STORES)} /></Form.Item>
        <Form.Item name="days" label="Days you can work" className="fi-days"><Selector multiple columns={4} options={asOptions(DAYS)} /></Form.Item>
        <Form.Item name="hoursPerWeek" label="Hours per week you want" layout="horizontal" className="fi-hours"><Stepper min={8} max={40} step={4} /></Form.Item>
        <Form.Item name="startWindow" label="When could you start?" className="fi-start">
          <Radio.Group><Space direction="vertical">
            {['As soon as possible', 'Within 2 weeks', 'Within a month', 'More than a month from now'].map((item) => <Radio key={item} value={item}>{item}</Radio>)}
          </Space></Radio.Group>
        </Form.Item>

        <Form.Header>Experience</Form.Header>
        <Form.Item name="baristaYears" label="Years as a barista or in food service" layout="horizontal" className="fi-barista"><Stepper min={0} max={30} digits={0} /></Form.Item>
        <Form.Item name="totalYears" label="Years of work experience, all jobs" layout="horizontal" className="fi-total"><Stepper min={0} max={50} digits={0} /></Form.Item>
        <Form.Item name="employer" label="Current or last employer"><Input placeholder="Company" id="tp-employer" clearable /></Form.Item>
        <Form.Item name="position" label="Position"><Input placeholder="What did you do there?" id="tp-position" clearable /></Form.Item>
        <Form.Item name="education" label="Highest level of school completed" className="fi-education">
          <Radio.Group><Space direction="vertical">
            {['Some high school', 'High school diploma / GED', 'Some college', "Associate's degree", "Bachelor's degree", 'Graduate degree'].map((item) => <Radio key={item} value={item}>{item}</Radio>)}
          </Space></Radio.Group>
        </Form.Item>
        <Form.Item name="linkedin" label="LinkedIn (optional)"><Input placeholder="linkedin.com/in/…" id="tp-linkedin" clearable /></Form.Item>
        <Form.Item name="foodCard" label="I have a California Food Handler Card" valuePropName="checked" layout="horizontal" className="fi-foodcard"><Switch /></Form.Item>

        <Form.Header>Resume (optional)</Form.Header>
        <Form.Item name="resume" label="Add a photo or file of your resume" className="fi-resume">
          <ImageUploader upload={upload} maxCount={1} accept=".pdf,.doc,.docx,image/*" capture="environment" />
        </Form.Item>
        <Form.Item name="about" label="Anything you'd like the store manager to know?"><TextArea placeholder="Optional" maxLength={300} showCount id="tp-about" /></Form.Item>
        <Form.Item name="referral" label="Referred by a Tidepool partner? Their name"><Input placeholder="Optional" id="tp-referral" /></Form.Item>
        <Form.Item name="rewards" valuePropName="checked" className="fi-rewards"><Checkbox>Send me Tidepool Rewards offers</Checkbox></Form.Item>
        <Form.Item name="terms" valuePropName="checked" className="fi-terms"><Checkbox>I agree to the Terms and the Applicant Privacy Notice</Checkbox></Form.Item>
      </Form>
      <div className="apply-bar" id="apply-bar"><Button block color="primary" size="large" shape="rounded" id="apply-now" onClick={() => form.submit()}>Apply</Button></div>

      <Popup visible={countryOpen} onMaskClick={() => setCountryOpen(false)} bodyStyle={{ borderTopLeftRadius: 12, borderTopRightRadius: 12 }}>
        <div className="country-popup">
          <div style={{ padding: '0 12px 8px' }}><SearchBar placeholder="Search countries" value={countryQuery} onChange={setCountryQuery} className="country-search" /></div>
          <CheckList
            className="country-list"
            value={values.country ? [values.country] : []}
            onChange={(picked) => {
              form.setFieldsValue({ country: picked[0] });
              setValues(form.getFieldsValue(true));
              setCountryOpen(false);
            }}
          >
            {COUNTRIES.filter((name) => name.toLowerCase().includes(countryQuery.toLowerCase())).map((name) => <CheckList.Item key={name} value={name}>{name}</CheckList.Item>)}
          </CheckList>
        </div>
      </Popup>
      <pre id="model">{JSON.stringify(shown, null, 2)}</pre>
    </>
  );
}

createRoot(document.getElementById('root')).render(
  <ConfigProvider locale={enUS}>
    <App />
  </ConfigProvider>,
);
