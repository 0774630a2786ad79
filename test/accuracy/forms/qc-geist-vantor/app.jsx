/**
 * A developer-platform company's careers page built with **Geist UI** (`@geist-ui/core`) and
 * **Formik** (`useFormik`, setFieldValue for the custom controls): Geist Inputs whose children are
 * the label (Geist renders them as a `<label>` block above the input, tied by nothing but
 * position) and whose `label` / `labelRight` props render fixed add-on texts ("+1", "github.com/",
 * "https://", "$" and "USD / yr"), a Geist **AutoComplete** for the location (the typed text is the
 * value; "San Francisco Bay Area" and "South San Francisco, CA" listed), Geist **Select**s (a `div`
 * showing the value, options as `div.option` in a dropdown at the end of <body>) for the country,
 * degree, sponsorship sentences and how-heard, Radio.Group (native radios inside labels),
 * Checkbox.Group and Checkbox, a Toggle, Textarea, and a resume behind a Geist Button that opens a
 * hidden file input. Header docs search. The Formik values are written into <pre id="model">.
 */
import { useRef, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { useFormik } from 'formik';
import {
  AutoComplete,
  Button,
  Checkbox,
  CssBaseline,
  Divider,
  GeistProvider,
  Input,
  Note,
  Page,
  Radio,
  Select,
  Spacer,
  Text,
  Textarea,
  Toggle,
} from '@geist-ui/core';

const PLACES = ['Austin, TX', 'Brooklyn, NY', 'Denver, CO', 'Oakland, CA', 'San Diego, CA', 'San Francisco Bay Area', 'San Francisco, CA', 'San Jose, CA', 'Santa Fe, NM', 'Seattle, WA', 'South San Francisco, CA', 'Toronto, ON'];
const COUNTRIES = ['Brazil', 'Canada', 'Germany', 'India', 'Ireland', 'Mexico', 'Netherlands', 'United Kingdom', 'United States', 'Other'];
const DEGREES = ['High school diploma', 'Associate degree', "Bachelor's degree", "Master's degree", 'PhD', 'No degree'];
const SPONSOR = ['I do not require sponsorship', 'I require sponsorship now', 'I will require sponsorship in the future'];
const HEARD = ['Vantor blog', 'Hacker News', 'X / Twitter', 'LinkedIn', 'A Vantor employee', 'Other'];
const PRODUCTS = ['Edge Functions', 'Vantor KV', 'Analytics', 'Preview Deployments'];

function Label({ htmlFor, children }) {
  return (
    <label className="fld-label" htmlFor={htmlFor}>
      {children}
    </label>
  );
}

function Application() {
  const [sent, setSent] = useState(false);
  const [docsQuery, setDocsQuery] = useState('');
  const [problem, setProblem] = useState('');
  const fileRef = useRef(null);
  const formik = useFormik({
    initialValues: {
      name: '', email: '', phone: '', location: '', country: '', pronouns: '', github: '', website: '', linkedin: '',
      company: '', title: '', years: '', degree: '', authorized: '', sponsorship: '', availableFrom: '', salary: '',
      resume: '', coverLetter: '', heardFrom: '', products: [], deployedLink: '', blog: false, consent: false,
    },
    onSubmit: (values) => {
      if (!values.consent) {
        setProblem('Please agree to the privacy policy.');
        return;
      }
      setSent(true);
    },
  });
  const { values, setFieldValue } = formik;
  const bind = (name) => ({ id: name, name, value: values[name], onChange: formik.handleChange, onBlur: formik.handleBlur });

  if (sent) {
    return (
      <Page id="application-sent">
        <Note type="success" label="Sent">Your application is in. We reply to everyone within two weeks.</Note>
      </Page>
    );
  }

  return (
    <>
      <div className="topbar">
        <Text b>▲ Vantor</Text>
        <Input id="docs-search" placeholder="Search docs…  ⌘K" scale={0.8} value={docsQuery} onChange={(event) => setDocsQuery(event.target.value)} />
      </div>
      <Page width="760px" padding={0}>
        <Spacer h={2} />
        <Text h2>Senior Data Engineer, Usage Analytics</Text>
        <Text type="secondary">Remote (Americas) · Data</Text>
        <Text p>Every request served on Vantor is metered. You will build the pipelines that turn trillions of edge requests into usage analytics customers see in their dashboard and the numbers our billing runs on.</Text>
        <Divider />
        <form id="apply" onSubmit={formik.handleSubmit} noValidate>
          <div className="fld"><Input width="100%" {...bind('name')} placeholder="Jane Doe">Name</Input></div>
          <div className="row2">
            <div className="fld"><Input width="100%" htmlType="email" {...bind('email')}>Email</Input></div>
            <div className="fld"><Input width="100%" htmlType="tel" label="+1" {...bind('phone')}>Phone</Input></div>
          </div>
          <div className="row2">
            <div className="fld">
              <Label htmlFor="location">Location</Label>
              <AutoComplete
                id="location"
                width="100%"
                placeholder="City"
                clearable
                value={values.location}
                options={PLACES.filter((place) => place.toLowerCase().includes(values.location.toLowerCase())).map((place) => ({ label: place, value: place }))}
                onChange={(value) => setFieldValue('location', value)}
                onSelect={(value) => setFieldValue('location', value)}
              />
            </div>
            <div className="fld">
              <Label htmlFor="country">Country</Label>
              <Select id="country" width="100%" placeholder="Choose a country" value={values.country || undefined} onChange={(value) => setFieldValue('country', value)}>
                {COUNTRIES.map((name) => (
                  <Select.Option key={name} value={name}>{name}</Select.Option>
                ))}
              </Select>
            </div>
          </div>
          <div className="fld"><Input width="100%" {...bind('pronouns')} placeholder="e.g. they/them">Pronouns (optional)</Input></div>

          <Text h4>Links</Text>
          <div className="fld"><Input width="100%" label="github.com/" {...bind('github')} placeholder="username">GitHub</Input></div>
          <div className="row2">
            <div className="fld"><Input width="100%" label="https://" {...bind('website')}>Personal website</Input></div>
            <div className="fld"><Input width="100%" {...bind('linkedin')}>LinkedIn</Input></div>
          </div>

          <Text h4>Experience</Text>
          <div className="row2">
            <div className="fld"><Input width="100%" {...bind('company')}>Current company</Input></div>
            <div className="fld"><Input width="100%" {...bind('title')}>Current title</Input></div>
          </div>
          <div className="fld" id="years-group">
            <Label>Years of experience in data engineering</Label>
            <Radio.Group value={values.years} useRow onChange={(value) => setFieldValue('years', value)}>
              {['0–2', '3–6', '7–10', '11+'].map((option) => (
                <Radio key={option} value={option} name="years">{option}</Radio>
              ))}
            </Radio.Group>
          </div>
          <div className="fld">
            <Label htmlFor="degree">Highest degree</Label>
            <Select id="degree" width="100%" placeholder="Select" value={values.degree || undefined} onChange={(value) => setFieldValue('degree', value)}>
              {DEGREES.map((name) => (
                <Select.Option key={name} value={name}>{name}</Select.Option>
              ))}
            </Select>
          </div>

          <Text h4>Eligibility</Text>
          <div className="fld" id="authorized-group">
            <Label>Are you authorized to work in the US?</Label>
            <Radio.Group value={values.authorized} useRow onChange={(value) => setFieldValue('authorized', value)}>
              <Radio value="yes" name="authorized">Yes</Radio>
              <Radio value="no" name="authorized">No</Radio>
            </Radio.Group>
          </div>
          <div className="fld">
            <Label htmlFor="sponsorship">Visa sponsorship</Label>
            <Select id="sponsorship" width="100%" placeholder="Select" value={values.sponsorship || undefined} onChange={(value) => setFieldValue('sponsorship', value)}>
              {SPONSOR.map((text) => (
                <Select.Option key={text} value={text}>{text}</Select.Option>
              ))}
            </Select>
          </div>

          <Text h4>Timing and compensation</Text>
          <div className="row2">
            <div className="fld">
              <Input width="100%" {...bind('availableFrom')} placeholder="MM/YYYY">Available from</Input>
              <div className="hint">Month and year you could start</div>
            </div>
            <div className="fld"><Input width="100%" label="$" labelRight="USD / yr" {...bind('salary')}>Base salary expectation</Input></div>
          </div>

          <Text h4>Resume</Text>
          <div className="fld">
            <Label htmlFor="resume">Resume (PDF)</Label>
            <Button auto scale={0.8} type="secondary" ghost onClick={() => fileRef.current?.click()}>Attach resume</Button>
            <Text small type="secondary" style={{ marginLeft: 12 }}>{values.resume || 'No file attached'}</Text>
            <input ref={fileRef} id="resume" type="file" accept="application/pdf" hidden onChange={(event) => setFieldValue('resume', event.target.files?.[0]?.name ?? '')} />
          </div>
          <div className="fld">
            <Label htmlFor="coverLetter">Cover letter</Label>
            <Textarea id="coverLetter" name="coverLetter" width="100%" height="140px" value={values.coverLetter} onChange={formik.handleChange} placeholder="Optional, but we read every one." />
          </div>

          <Text h4>Last bits</Text>
          <div className="fld">
            <Label htmlFor="heardFrom">How did you hear about us?</Label>
            <Select id="heardFrom" width="100%" placeholder="Select" value={values.heardFrom || undefined} onChange={(value) => setFieldValue('heardFrom', value)}>
              {HEARD.map((text) => (
                <Select.Option key={text} value={text}>{text}</Select.Option>
              ))}
            </Select>
          </div>
          <div className="fld" id="products-group">
            <Label>Which Vantor products have you used?</Label>
            <Checkbox.Group value={values.products} onChange={(next) => setFieldValue('products', next)}>
              {PRODUCTS.map((product) => (
                <Checkbox key={product} value={product} name="products">{product}</Checkbox>
              ))}
            </Checkbox.Group>
          </div>
          <div className="fld"><Input width="100%" {...bind('deployedLink')} placeholder="https://your-project.vantor.app">Built something on Vantor? Share a link</Input></div>
          <div className="fld" id="blog-toggle">
            <Toggle checked={values.blog} onChange={(event) => setFieldValue('blog', event.target.checked)} />
            <Text span style={{ marginLeft: 8 }}>Subscribe to the Vantor engineering blog</Text>
          </div>
          <div className="fld" id="consent-box">
            <Checkbox checked={values.consent} onChange={(event) => setFieldValue('consent', event.target.checked)}>I agree to the Vantor candidate privacy policy</Checkbox>
          </div>
          {problem && <Note type="error" label="Error">{problem}</Note>}
          <Spacer h={1} />
          <Button htmlType="submit" type="success" id="submit-application">Submit application</Button>
        </form>
        <pre id="model">{JSON.stringify(values, null, 1)}</pre>
      </Page>
    </>
  );
}

createRoot(document.getElementById('root')).render(
  <GeistProvider>
    <CssBaseline />
    <Application />
  </GeistProvider>,
);
