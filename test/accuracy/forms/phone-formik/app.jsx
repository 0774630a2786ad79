/**
 * A Formik form with react-phone-number-input: the phone widget has its own country <select>
 * (flag + native select) and keeps the number in E.164 in the form state; the portfolio field sits
 * behind a fixed "https://" add-on; the salary is a number field (Formik stores a number); the
 * start date is text in MM/DD/YYYY. Formik's values are rendered into <pre id="model">.
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
      initialValues={{ fullName: '', email: '', phone: '', portfolio: '', salary: '', startDate: '', pronouns: '', anythingElse: '' }}
      onSubmit={(_, helpers) => helpers.setStatus('sent')}
    >
      {({ values, setFieldValue, status }) =>
        status === 'sent' ? (
          <p className="done" id="done">Thanks! We will be in touch.</p>
        ) : (
          <Form noValidate>
            <h1>Data Visualization Engineer</h1>
            <Row label="Full name" htmlFor="fullName"><Field id="fullName" name="fullName" /></Row>
            <Row label="Email" htmlFor="email"><Field id="email" name="email" type="email" /></Row>
            <Row label="Phone" htmlFor="phone"><PhoneInput id="phone" value={values.phone} onChange={(value) => setFieldValue('phone', value ?? '')} /></Row>
            <Row label="Portfolio" htmlFor="portfolio"><div className="addon-group"><span className="addon">https://</span><Field id="portfolio" name="portfolio" placeholder="yoursite.com" /></div></Row>
            <Row label="Salary expectation (USD / year)" htmlFor="salary"><Field id="salary" name="salary" type="number" /></Row>
            <Row label="Earliest start date" htmlFor="startDate"><Field id="startDate" name="startDate" placeholder="MM/DD/YYYY" /></Row>
            <Row label="Pronouns" htmlFor="pronouns">
              <Field as="select" id="pronouns" name="pronouns">
                <option value="">Select…</option><option>he/him</option><option>she/her</option><option>they/them</option><option>Prefer to self-describe</option>
              </Field>
            </Row>
            <Row label="Anything else you'd like us to know?" htmlFor="anythingElse"><Field as="textarea" id="anythingElse" name="anythingElse" rows={3} /></Row>
            <button type="submit" id="submit">Send</button>
            <pre id="model">{JSON.stringify(values)}</pre>
          </Form>
        )
      }
    </Formik>
  );
}

createRoot(document.getElementById('root')).render(<Application />);
