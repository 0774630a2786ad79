/**
 * Another posting on Pollenworks' Formik form with react-phone-number-input (own country <select>,
 * E.164 in the form state), "https://" add-ons, a number salary field and a MM/DD/YYYY start date.
 * Pollenworks is a Vancouver company: its careers site presets the phone widget to Canada, and this
 * remote US posting keeps that preset. It adds a GitHub add-on, a "where are you based" field, a
 * US-residency select, sponsorship radios, a d3.js-years select, an 18+ select, previous names,
 * references, "how did you hear" and a talent-pool checkbox. Formik's values go into <pre id="model">.
 */
import { createRoot } from 'react-dom/client';
import { Field, Form, Formik } from 'formik';
import PhoneInput from 'react-phone-number-input';
import 'react-phone-number-input/style.css';

function Row({ label, htmlFor, children }) {
  return (
    <div className="row">
      <label htmlFor={htmlFor}>{label}</label>
      {children}
    </div>
  );
}

function Application() {
  return (
    <Formik
      initialValues={{
        fullName: '', email: '', phone: '', location: '', portfolio: '', github: '', salary: '', startDate: '', pronouns: '',
        usResident: '', sponsorship: '', d3Years: '', adult: '', previousNames: '', references: '', source: '', talentPool: false, anythingElse: '',
      }}
      onSubmit={(_, helpers) => helpers.setStatus('sent')}
    >
      {({ values, setFieldValue, status }) =>
        status === 'sent' ? (
          <p className="done" id="done">Thanks! We will be in touch.</p>
        ) : (
          <Form noValidate>
            <h1>Remote Data Visualization Engineer, Crop Insights (US)</h1>
            <p>Remote within the United States · Pollenworks, Vancouver BC · Build the maps and charts 9,000 growers open every morning.</p>
            <Row label="Full name" htmlFor="fullName"><Field id="fullName" name="fullName" /></Row>
            <Row label="Email" htmlFor="email"><Field id="email" name="email" type="email" /></Row>
            <Row label="Phone" htmlFor="phone"><PhoneInput id="phone" defaultCountry="CA" value={values.phone} onChange={(value) => setFieldValue('phone', value ?? '')} /></Row>
            <Row label="Where are you based? (city, state)" htmlFor="location"><Field id="location" name="location" /></Row>
            <Row label="Portfolio" htmlFor="portfolio"><div className="addon-group"><span className="addon">https://</span><Field id="portfolio" name="portfolio" placeholder="yoursite.com" /></div></Row>
            <Row label="GitHub" htmlFor="github"><div className="addon-group"><span className="addon">https://</span><Field id="github" name="github" placeholder="github.com/username" /></div></Row>
            <Row label="Salary expectation (USD / year)" htmlFor="salary"><Field id="salary" name="salary" type="number" /></Row>
            <Row label="Earliest start date" htmlFor="startDate"><Field id="startDate" name="startDate" placeholder="MM/DD/YYYY" /></Row>
            <Row label="Pronouns" htmlFor="pronouns">
              <Field as="select" id="pronouns" name="pronouns">
                <option value="">Select…</option><option>he/him</option><option>she/her</option><option>they/them</option><option>Prefer to self-describe</option>
              </Field>
            </Row>
            <Row label="This role is open to people living in the United States only. Do you live in the US and plan to work from there?" htmlFor="usResident">
              <Field as="select" id="usResident" name="usResident">
                <option value="">Select…</option><option>Yes</option><option>No</option>
              </Field>
            </Row>
            <div className="row" role="group" aria-labelledby="sponsorship-label">
              <label id="sponsorship-label">Will you now or in the future require visa sponsorship to work in the United States?</label>
              <div className="choices">
                <label><Field type="radio" name="sponsorship" value="yes" /> Yes</label>
                <label><Field type="radio" name="sponsorship" value="no" /> No</label>
              </div>
            </div>
            <Row label="How many years have you shipped production work with d3.js?" htmlFor="d3Years">
              <Field as="select" id="d3Years" name="d3Years">
                <option value="">Select…</option><option>None yet</option><option>1-2</option><option>3-5</option><option>6+</option>
              </Field>
            </Row>
            <Row label="Are you at least 18 years old?" htmlFor="adult">
              <Field as="select" id="adult" name="adult">
                <option value="">Select…</option><option>Yes</option><option>No</option>
              </Field>
            </Row>
            <Row label="Previous legal name(s), if any" htmlFor="previousNames"><Field id="previousNames" name="previousNames" /><div className="help">Only used to match your background check.</div></Row>
            <Row label="Two professional references (name, relationship, email)" htmlFor="references"><Field as="textarea" id="references" name="references" rows={3} /></Row>
            <Row label="How did you hear about Pollenworks?" htmlFor="source">
              <Field as="select" id="source" name="source">
                <option value="">Select…</option><option>LinkedIn</option><option>A Pollenworks employee</option><option>Conference or meetup</option><option>Podcast</option><option>Other</option>
              </Field>
            </Row>
            <Row label="Anything else you'd like us to know?" htmlFor="anythingElse"><Field as="textarea" id="anythingElse" name="anythingElse" rows={3} /></Row>
            <div className="row"><label><Field type="checkbox" id="talentPool" name="talentPool" /> Keep my application in the Pollenworks talent pool for 2 years</label></div>
            <button type="submit" id="submit">Send</button>
            <pre id="model">{JSON.stringify(values)}</pre>
          </Form>
        )
      }
    </Formik>
  );
}

createRoot(document.getElementById('root')).render(<Application />);
