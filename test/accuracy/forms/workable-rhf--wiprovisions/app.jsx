/**
 * Another posting on the Workable-like React page (react-hook-form `register`, uncontrolled
 * inputs, values shown in <pre id="model">; "🇺🇸 +1" dial-code select, Workable-style QA_ ids).
 * Copperleaf Provisions' supply-chain posting asks its own questions: work-authorization and
 * sponsorship radios, a years number box, an annual salary box with a "USD" add-on and no period
 * select, a type=date start, a dbt self-rating, an office-days and a cold-storage question, an 18+
 * question, a re-application question, "Why Copperleaf?", the privacy notice and a job-alerts box.
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
      QA_7730411: '', QA_7730412: '', QA_7730420: '', QA_7730413: '', QA_7730417: '', QA_7730414: '', QA_7730415: '', QA_7730416: '',
      QA_7730418: '', QA_7730419: '', QA_7730422: '', QA_7730423: false, QA_7730424: false,
    },
  });
  const values = watch();
  if (done) return <p className="done" id="done">Your application was submitted. Good luck!</p>;
  // FileList is not JSON; the model shows the attached file names instead.
  const model = { ...values, resume: values.resume ? Array.from(values.resume).map((file) => file.name) : [] };
  return (
    <form onSubmit={handleSubmit(() => setDone(true))} noValidate data-ui="application-form">
      <h1>Senior Data Engineer, Supply Chain</h1>
      <p>Copperleaf Provisions &middot; Portland, Oregon, United States &middot; Hybrid &middot; Full time</p>

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
      <div className="field" role="radiogroup" aria-labelledby="QA_7730411_label">
        <span className="label" id="QA_7730411_label">Are you legally authorized to work in the United States?<span aria-hidden="true"> *</span></span>
        <div className="choices">
          <label><input type="radio" value="true" {...register('QA_7730411', { required: true })} /> Yes</label>
          <label><input type="radio" value="false" {...register('QA_7730411', { required: true })} /> No</label>
        </div>
      </div>
      <div className="field" role="radiogroup" aria-labelledby="QA_7730412_label">
        <span className="label" id="QA_7730412_label">Will you now or in the future require Copperleaf Provisions to sponsor your employment visa?<span aria-hidden="true"> *</span></span>
        <div className="choices">
          <label><input type="radio" value="true" {...register('QA_7730412', { required: true })} /> Yes</label>
          <label><input type="radio" value="false" {...register('QA_7730412', { required: true })} /> No</label>
        </div>
      </div>
      <div className="field">
        <label htmlFor="QA_7730420">How many years of professional data engineering experience do you have?<span aria-hidden="true"> *</span></label>
        <input type="number" min="0" id="QA_7730420" style={{ width: 120 }} {...register('QA_7730420', { required: true })} />
      </div>
      <div className="field" data-ui="QA_7730413">
        <label htmlFor="QA_7730413">What is your desired annual base compensation?</label>
        <div className="salary-group">
          <input type="text" inputMode="numeric" id="QA_7730413" {...register('QA_7730413')} />
          <span className="addon">USD</span>
        </div>
      </div>
      <div className="field">
        <label htmlFor="QA_7730417">When can you start?</label>
        <input type="date" id="QA_7730417" {...register('QA_7730417')} />
      </div>
      <div className="field">
        <label htmlFor="QA_7730414">How would you rate your experience with dbt?</label>
        <select id="QA_7730414" {...register('QA_7730414')}>
          <option value="">Select an option</option>
          <option>No experience</option><option>Beginner</option><option>Intermediate</option><option>Advanced</option><option>Expert</option>
        </select>
      </div>
      <div className="field" role="radiogroup" aria-labelledby="QA_7730415_label">
        <span className="label" id="QA_7730415_label">Are you willing to work from our Portland office Tuesday through Thursday?</span>
        <div className="choices">
          <label><input type="radio" value="true" {...register('QA_7730415')} /> Yes</label>
          <label><input type="radio" value="false" {...register('QA_7730415')} /> No</label>
        </div>
      </div>
      <div className="field" role="radiogroup" aria-labelledby="QA_7730416_label">
        <span className="label" id="QA_7730416_label">The role includes monthly walk-throughs of our cold-storage warehouses (down to -10°F) in protective gear. Are you able to take part?</span>
        <div className="choices">
          <label><input type="radio" value="true" {...register('QA_7730416')} /> Yes</label>
          <label><input type="radio" value="false" {...register('QA_7730416')} /> No</label>
        </div>
      </div>
      <div className="field" role="radiogroup" aria-labelledby="QA_7730418_label">
        <span className="label" id="QA_7730418_label">Are you 18 years of age or older?<span aria-hidden="true"> *</span></span>
        <div className="choices">
          <label><input type="radio" value="true" {...register('QA_7730418', { required: true })} /> Yes</label>
          <label><input type="radio" value="false" {...register('QA_7730418', { required: true })} /> No</label>
        </div>
      </div>
      <div className="field" role="radiogroup" aria-labelledby="QA_7730419_label">
        <span className="label" id="QA_7730419_label">Have you applied to Copperleaf Provisions in the last 12 months?</span>
        <div className="choices">
          <label><input type="radio" value="true" {...register('QA_7730419')} /> Yes</label>
          <label><input type="radio" value="false" {...register('QA_7730419')} /> No</label>
        </div>
      </div>
      <div className="field">
        <label htmlFor="QA_7730422">Why Copperleaf?</label>
        <textarea id="QA_7730422" rows={4} {...register('QA_7730422')} />
      </div>
      <div className="field">
        <label><input type="checkbox" id="QA_7730423" {...register('QA_7730423', { required: true })} /> I have read and agree to the Copperleaf Provisions candidate privacy notice<span aria-hidden="true"> *</span></label>
      </div>
      <div className="field">
        <label><input type="checkbox" id="QA_7730424" {...register('QA_7730424')} /> Email me when Copperleaf posts new jobs like this one</label>
      </div>

      <button type="submit" id="submit">Submit application</button>
      <pre id="model">{JSON.stringify(model)}</pre>
    </form>
  );
}

createRoot(document.getElementById('root')).render(<Application />);
