/**
 * A Workable-like application page written by hand in React with react-hook-form's `register`
 * (uncontrolled inputs; the values live in the form library and are shown in <pre id="model">).
 * The phone is a dial-code <select> whose options read like "🇺🇸 +1" (the value is the ISO code,
 * Canada and the US share +1) followed by the number; the salary is a number box with a "USD"
 * add-on after it and a pay-period select. Workable-style ids are generated per question.
 */
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import { useForm } from 'react-hook-form';

const DIAL_CODES = [
  ['AU', '🇦🇺', '+61'], ['BR', '🇧🇷', '+55'], ['CA', '🇨🇦', '+1'], ['DE', '🇩🇪', '+49'], ['FR', '🇫🇷', '+33'],
  ['GB', '🇬🇧', '+44'], ['IE', '🇮🇪', '+353'], ['IN', '🇮🇳', '+91'], ['MX', '🇲🇽', '+52'], ['NL', '🇳🇱', '+31'],
  ['US', '🇺🇸', '+1'],
];

function Application() {
  const [done, setDone] = useState(false);
  const { register, handleSubmit, watch, formState: { errors } } = useForm({
    defaultValues: {
      firstname: '', lastname: '', email: '', phone_country: '', phone: '', resume: undefined,
      linkedin: '', cover_letter: '',
      QA_6617201: '', QA_6617202: '', QA_6617203: '', QA_6617204: '', QA_6617205: false,
    },
  });
  const values = watch();
  if (done) return <p className="done" id="done">Your application was submitted. Good luck!</p>;
  // FileList is not JSON; the model shows the attached file names instead.
  const model = { ...values, resume: values.resume ? Array.from(values.resume).map((file) => file.name) : [] };
  return (
    <form onSubmit={handleSubmit(() => setDone(true))} noValidate data-ui="application-form">
      <h1>Senior Data Engineer</h1>
      <p>Fernhollow Health &middot; Remote, United States &middot; Full time</p>

      <h2 className="section-title">Personal information</h2>
      <div className="field">
        <label htmlFor="firstname">First name<span aria-hidden="true"> *</span></label>
        <input type="text" id="firstname" {...register('firstname', { required: true })} aria-invalid={Boolean(errors.firstname)} />
      </div>
      <div className="field">
        <label htmlFor="lastname">Last name<span aria-hidden="true"> *</span></label>
        <input type="text" id="lastname" {...register('lastname', { required: true })} aria-invalid={Boolean(errors.lastname)} />
      </div>
      <div className="field">
        <label htmlFor="email">Email<span aria-hidden="true"> *</span></label>
        <input type="email" id="email" {...register('email', { required: true, pattern: /.+@.+\..+/ })} aria-invalid={Boolean(errors.email)} />
      </div>
      <div className="field">
        <label htmlFor="phone" id="phone-label">Phone</label>
        <div className="phone-group">
          <select aria-label="Country code" data-ui="phone-country" {...register('phone_country')}>
            <option value="">Code</option>
            {DIAL_CODES.map(([iso, flag, code]) => <option key={iso} value={iso}>{`${flag} ${code}`}</option>)}
          </select>
          <input type="tel" id="phone" {...register('phone')} aria-labelledby="phone-label" />
        </div>
      </div>

      <h2 className="section-title">Profile</h2>
      <div className="field">
        <span className="label" id="resume-label">Resume<span aria-hidden="true"> *</span></span>
        <div className="dropzone" data-ui="resume">
          <input type="file" id="resume" accept=".pdf,.doc,.docx,.odt,.rtf" aria-labelledby="resume-label" {...register('resume', { validate: (files) => Boolean(files && files.length) })} />
          {model.resume.length ? model.resume.join(', ') : <><strong>Upload a file</strong> or drag and drop here</>}
        </div>
      </div>
      <div className="field">
        <label htmlFor="linkedin">LinkedIn</label>
        <input type="text" id="linkedin" placeholder="linkedin.com/in/…" {...register('linkedin')} />
      </div>

      <h2 className="section-title">Details</h2>
      <div className="field">
        <label htmlFor="cover_letter">Cover letter</label>
        <textarea id="cover_letter" rows={6} {...register('cover_letter')} />
      </div>

      <h2 className="section-title">Questions</h2>
      <div className="field" data-ui="QA_6617201">
        <label htmlFor="QA_6617201">What are your salary expectations?</label>
        <div className="salary-group">
          <input type="text" inputMode="numeric" id="QA_6617201" {...register('QA_6617201')} />
          <span className="addon">USD</span>
          <select aria-label="Pay period" id="QA_6617201_period" {...register('QA_6617202')}>
            <option value="">Select period</option>
            <option value="hour">per hour</option>
            <option value="month">per month</option>
            <option value="year">per year</option>
          </select>
        </div>
      </div>
      <div className="field" role="radiogroup" aria-labelledby="QA_6617203_label">
        <span className="label" id="QA_6617203_label">Do you now, or will you in the future, require sponsorship for an employment visa?<span aria-hidden="true"> *</span></span>
        <div className="choices">
          <label><input type="radio" value="true" {...register('QA_6617203', { required: true })} /> Yes</label>
          <label><input type="radio" value="false" {...register('QA_6617203', { required: true })} /> No</label>
        </div>
      </div>
      <div className="field">
        <label htmlFor="QA_6617204">Which EHR or claims data systems have you worked with?</label>
        <input type="text" id="QA_6617204" {...register('QA_6617204')} />
      </div>
      <div className="field">
        <label><input type="checkbox" id="QA_6617205" {...register('QA_6617205', { required: true })} /> I have read and agree to the Fernhollow Health candidate privacy notice<span aria-hidden="true"> *</span></label>
      </div>

      <button type="submit" id="submit">Submit application</button>
      <pre id="model">{JSON.stringify(model)}</pre>
    </form>
  );
}

createRoot(document.getElementById('root')).render(<Application />);
