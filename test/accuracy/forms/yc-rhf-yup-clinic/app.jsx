/**
 * A clinic network's own careers page, hand-built with Tailwind-like classes: react-hook-form with
 * a yup schema (@hookform/resolvers) and the usual third-party widgets, as such pages glue them
 * together: react-datepicker for the date of birth (showMonthDropdown + showYearDropdown,
 * dropdownMode="select"), for the graduation year (showYearPicker, "yyyy") and for the start date
 * (MM/dd/yyyy, minDate), all through Controllers; react-dropzone drop zones for the resume and the
 * cover letter (hidden inputs inside clickable divs; the file name shows under the zone); a native
 * state select with USPS values; number and text inputs; radio pairs; a consent checkbox the schema
 * requires; an SMS opt-in. Errors from yup show under the fields on submit. State goes into
 * <pre id="model">.
 */
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import { Controller, useForm } from 'react-hook-form';
import { yupResolver } from '@hookform/resolvers/yup';
import * as yup from 'yup';
import DatePicker from 'react-datepicker';
import 'react-datepicker/dist/react-datepicker.css';
import { useDropzone } from 'react-dropzone';

const STATES = [
  ['AZ', 'Arizona'],
  ['CA', 'California'],
  ['CO', 'Colorado'],
  ['HI', 'Hawaii'],
  ['ID', 'Idaho'],
  ['NV', 'Nevada'],
  ['NM', 'New Mexico'],
  ['OR', 'Oregon'],
  ['TX', 'Texas'],
  ['UT', 'Utah'],
  ['WA', 'Washington'],
  ['OT', 'Other / outside the Western US'],
];

const schema = yup.object({
  firstName: yup.string().required('First name is required'),
  lastName: yup.string().required('Last name is required'),
  email: yup.string().email('Enter a valid email').required('Email is required'),
  phone: yup.string().required('Phone is required'),
  street: yup.string(),
  city: yup.string().required('City is required'),
  state: yup.string().required('State is required'),
  zip: yup.string().matches(/^\d{5}(-\d{4})?$/, { message: 'Enter a 5-digit ZIP code', excludeEmptyString: true }),
  dateOfBirth: yup.date().nullable(),
  employer: yup.string(),
  jobTitle: yup.string(),
  yearsExperience: yup.number().typeError('Enter a number').min(0).max(60).required('Required'),
  education: yup.string().required('Select your highest education'),
  school: yup.string(),
  graduationYear: yup.date().nullable(),
  linkedin: yup.string().url('Enter a full URL'),
  portfolio: yup.string().url('Enter a full URL'),
  authorized: yup.string().required('Please answer this question'),
  sponsorship: yup.string().required('Please answer this question'),
  startDate: yup.date().nullable().required('Select a start date'),
  salary: yup.string(),
  resume: yup.string().nullable().required('Please attach your resume'),
  coverLetter: yup.string().nullable(),
  consent: yup.boolean().oneOf([true], 'You must agree before submitting'),
  smsOptIn: yup.boolean(),
});

function pad(n) {
  return String(n).padStart(2, '0');
}
function iso(date) {
  return date instanceof Date && !Number.isNaN(date.getTime()) ? `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}` : null;
}

function Dropzone({ id, name, value, onChange, prompt }) {
  const { getRootProps, getInputProps, isDragActive } = useDropzone({
    multiple: false,
    accept: {
      'application/pdf': ['.pdf'],
      'application/msword': ['.doc'],
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document': ['.docx'],
      'text/plain': ['.txt'],
    },
    onDrop: (accepted) => accepted[0] && onChange(accepted[0].name),
  });
  return (
    <>
      <div {...getRootProps({ className: `dropzone${isDragActive ? ' active' : ''}`, id })}>
        <input {...getInputProps({ name })} />
        <p style={{ margin: 0 }}>{isDragActive ? 'Drop the file here…' : prompt}</p>
        <p className="hint" style={{ margin: '4px 0 0' }}>
          PDF, DOC, DOCX or TXT up to 5 MB
        </p>
      </div>
      {value ? (
        <div className="file-chip" id={`${id}-file`}>
          📎 {value}{' '}
          <button type="button" onClick={() => onChange(null)} aria-label={`Remove ${value}`}>
            ×
          </button>
        </div>
      ) : null}
    </>
  );
}

function Error({ error }) {
  return error ? <span className="error">{error.message}</span> : null;
}

function Application() {
  const [sent, setSent] = useState(false);
  const {
    register,
    control,
    handleSubmit,
    watch,
    formState: { errors },
  } = useForm({
    resolver: yupResolver(schema),
    defaultValues: {
      firstName: '',
      lastName: '',
      email: '',
      phone: '',
      street: '',
      city: '',
      state: '',
      zip: '',
      dateOfBirth: null,
      employer: '',
      jobTitle: '',
      yearsExperience: '',
      education: '',
      school: '',
      graduationYear: null,
      linkedin: '',
      portfolio: '',
      authorized: '',
      sponsorship: '',
      startDate: null,
      salary: '',
      resume: null,
      coverLetter: null,
      consent: false,
      smsOptIn: false,
    },
  });
  const values = watch();

  if (sent) {
    return (
      <div className="card" id="thank-you">
        <h2>Thank you for applying!</h2>
        <p>We received your application for Senior Data Engineer. A recruiter will contact you if your background matches the role.</p>
      </div>
    );
  }

  const shown = {
    ...values,
    dateOfBirth: iso(values.dateOfBirth),
    graduationYear: values.graduationYear instanceof Date ? values.graduationYear.getFullYear() : null,
    startDate: iso(values.startDate),
  };

  return (
    <form id="apply" onSubmit={handleSubmit(() => setSent(true))} noValidate>
      <section className="card">
        <h2>Contact information</h2>
        <div className="grid">
          <div className="field">
            <label htmlFor="firstName">First name *</label>
            <input id="firstName" autoComplete="given-name" {...register('firstName')} />
            <Error error={errors.firstName} />
          </div>
          <div className="field">
            <label htmlFor="lastName">Last name *</label>
            <input id="lastName" autoComplete="family-name" {...register('lastName')} />
            <Error error={errors.lastName} />
          </div>
        </div>
        <div className="grid">
          <div className="field">
            <label htmlFor="email">Email *</label>
            <input id="email" type="email" autoComplete="email" {...register('email')} />
            <Error error={errors.email} />
          </div>
          <div className="field">
            <label htmlFor="phone">Phone *</label>
            <input id="phone" type="tel" autoComplete="tel" placeholder="(555) 555-5555" {...register('phone')} />
            <Error error={errors.phone} />
          </div>
        </div>
        <div className="field">
          <label htmlFor="street">Street address</label>
          <input id="street" autoComplete="address-line1" {...register('street')} />
        </div>
        <div className="grid" style={{ gridTemplateColumns: '2fr 1.4fr 1fr' }}>
          <div className="field">
            <label htmlFor="city">City *</label>
            <input id="city" autoComplete="address-level2" {...register('city')} />
            <Error error={errors.city} />
          </div>
          <div className="field">
            <label htmlFor="state">State *</label>
            <select id="state" {...register('state')}>
              <option value="">Select a state</option>
              {STATES.map(([code, name]) => (
                <option key={code} value={code}>
                  {name}
                </option>
              ))}
            </select>
            <Error error={errors.state} />
          </div>
          <div className="field">
            <label htmlFor="zip">ZIP code</label>
            <input id="zip" inputMode="numeric" autoComplete="postal-code" {...register('zip')} />
            <Error error={errors.zip} />
          </div>
        </div>
        <div className="field">
          <label htmlFor="dateOfBirth">Date of birth (optional)</label>
          <Controller
            control={control}
            name="dateOfBirth"
            render={({ field }) => (
              <DatePicker
                id="dateOfBirth"
                name="dateOfBirth"
                selected={field.value}
                onChange={field.onChange}
                onBlur={field.onBlur}
                showMonthDropdown
                showYearDropdown
                dropdownMode="select"
                dateFormat="MM/dd/yyyy"
                placeholderText="MM/DD/YYYY"
                maxDate={new Date(2008, 11, 31)}
                autoComplete="off"
              />
            )}
          />
          <span className="hint">Only used to confirm identity for our background check. Leave blank if you prefer.</span>
        </div>
      </section>

      <section className="card">
        <h2>Experience and education</h2>
        <div className="grid">
          <div className="field">
            <label htmlFor="employer">Current or most recent employer</label>
            <input id="employer" autoComplete="organization" {...register('employer')} />
          </div>
          <div className="field">
            <label htmlFor="jobTitle">Job title</label>
            <input id="jobTitle" autoComplete="organization-title" {...register('jobTitle')} />
          </div>
        </div>
        <div className="grid">
          <div className="field">
            <label htmlFor="yearsExperience">Years of relevant experience *</label>
            <input id="yearsExperience" type="number" min="0" max="60" {...register('yearsExperience')} />
            <Error error={errors.yearsExperience} />
          </div>
          <div className="field">
            <label htmlFor="education">Highest education completed *</label>
            <select id="education" {...register('education')}>
              <option value="">Select one</option>
              <option value="hs">High school diploma / GED</option>
              <option value="some">Some college</option>
              <option value="aa">Associate degree</option>
              <option value="ba">Bachelor’s degree</option>
              <option value="ms">Master’s degree</option>
              <option value="doc">Doctorate (PhD, MD, PharmD)</option>
            </select>
            <Error error={errors.education} />
          </div>
        </div>
        <div className="grid">
          <div className="field">
            <label htmlFor="school">College or university</label>
            <input id="school" {...register('school')} />
          </div>
          <div className="field">
            <label htmlFor="graduationYear">Graduation year</label>
            <Controller
              control={control}
              name="graduationYear"
              render={({ field }) => (
                <DatePicker
                  id="graduationYear"
                  name="graduationYear"
                  selected={field.value}
                  onChange={field.onChange}
                  showYearPicker
                  dateFormat="yyyy"
                  placeholderText="YYYY"
                  autoComplete="off"
                />
              )}
            />
          </div>
        </div>
        <div className="grid">
          <div className="field">
            <label htmlFor="linkedin">LinkedIn profile</label>
            <input id="linkedin" type="url" placeholder="https://www.linkedin.com/in/…" {...register('linkedin')} />
            <Error error={errors.linkedin} />
          </div>
          <div className="field">
            <label htmlFor="portfolio">Portfolio or personal site</label>
            <input id="portfolio" type="url" placeholder="https://" {...register('portfolio')} />
            <Error error={errors.portfolio} />
          </div>
        </div>
      </section>

      <section className="card">
        <h2>Eligibility and availability</h2>
        <div className="field" role="radiogroup" aria-labelledby="authorized-legend">
          <span className="legend" id="authorized-legend">
            Are you legally authorized to work in the United States? *
          </span>
          <div className="radios">
            <label>
              <input type="radio" value="yes" {...register('authorized')} /> Yes
            </label>
            <label>
              <input type="radio" value="no" {...register('authorized')} /> No
            </label>
          </div>
          <Error error={errors.authorized} />
        </div>
        <div className="field" role="radiogroup" aria-labelledby="sponsorship-legend">
          <span className="legend" id="sponsorship-legend">
            Will you now or in the future require sponsorship for employment visa status (e.g., H-1B)? *
          </span>
          <div className="radios">
            <label>
              <input type="radio" value="yes" {...register('sponsorship')} /> Yes
            </label>
            <label>
              <input type="radio" value="no" {...register('sponsorship')} /> No
            </label>
          </div>
          <Error error={errors.sponsorship} />
        </div>
        <div className="grid">
          <div className="field">
            <label htmlFor="startDate">Earliest start date *</label>
            <Controller
              control={control}
              name="startDate"
              render={({ field }) => (
                <DatePicker
                  id="startDate"
                  name="startDate"
                  selected={field.value}
                  onChange={field.onChange}
                  onBlur={field.onBlur}
                  minDate={new Date(2026, 11, 1)}
                  dateFormat="MM/dd/yyyy"
                  placeholderText="Select a date"
                  autoComplete="off"
                />
              )}
            />
            <Error error={errors.startDate} />
          </div>
          <div className="field">
            <label htmlFor="salary">Desired salary</label>
            <input id="salary" placeholder="e.g. $120,000" {...register('salary')} />
          </div>
        </div>
      </section>

      <section className="card">
        <h2>Documents</h2>
        <div className="field">
          <span className="legend">Resume *</span>
          <Controller
            control={control}
            name="resume"
            render={({ field }) => <Dropzone id="resume-dropzone" name="resume" value={field.value} onChange={field.onChange} prompt="Drag and drop your resume here, or click to browse" />}
          />
          <Error error={errors.resume} />
        </div>
        <div className="field">
          <span className="legend">Cover letter</span>
          <Controller
            control={control}
            name="coverLetter"
            render={({ field }) => (
              <Dropzone id="cover-letter-dropzone" name="coverLetter" value={field.value} onChange={field.onChange} prompt="Drag and drop your cover letter here, or click to browse" />
            )}
          />
        </div>
        <label className="check">
          <input type="checkbox" {...register('consent')} />
          <span>I certify that the information I provide is accurate and I agree to Brightmoor Health's Applicant Privacy Notice. *</span>
        </label>
        <Error error={errors.consent} />
        <label className="check">
          <input type="checkbox" {...register('smsOptIn')} />
          <span>Text me updates about my application. Message and data rates may apply.</span>
        </label>
        <button type="submit" className="primary" id="submit-application">
          Submit application
        </button>
      </section>
      <pre id="model">{JSON.stringify(shown)}</pre>
    </form>
  );
}

createRoot(document.getElementById('root')).render(<Application />);
