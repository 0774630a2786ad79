// Wickmoor Robotics careers: react-hook-form + react-widgets 5.
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import { Controller, useForm } from 'react-hook-form';
import { Combobox, DatePicker, DropdownList, Multiselect, NumberPicker } from 'react-widgets';
import 'react-widgets/styles.css';
import countries from 'world-countries';

const COUNTRIES = countries.map((c) => c.name.common).sort((a, b) => a.localeCompare(b));
const CITIES = [
  'Austin, TX', 'Boston, MA', 'Chicago, IL', 'Denver, CO', 'Los Angeles, CA', 'New York, NY', 'Oakland, CA',
  'Portland, OR', 'Sacramento, CA', 'San Diego, CA', 'San Francisco, CA', 'San Jose, CA', 'Seattle, WA',
  'South San Francisco, CA',
];
const DEGREES = ['No degree', 'Associate', 'Bachelors', 'Masters', 'PhD'];
const SPONSOR = ['No, I will not need sponsorship', 'Yes, I need sponsorship now', 'Yes, I will need it in the future'];
const SOURCES = ['Company website', 'LinkedIn', 'Hacker News "Who is hiring"', 'Referral', 'Other'];
const TOOLS = ['Airflow', 'dbt', 'Kafka', 'Snowflake', 'Spark', 'ROS 2', 'Python', 'SQL'];

function Row({ id, label, hint, children }) {
  return (
    <div className={`wm-row wm-${id}`}>
      <label className="wm-label" htmlFor={id}>{label}</label>
      {children}
      {hint && <div className="wm-hint">{hint}</div>}
    </div>
  );
}

function App() {
  const { register, control, handleSubmit, watch } = useForm({
    defaultValues: {
      fullName: '', email: '', phone: '', location: '', country: null, linkedin: '', website: '',
      years: null, salary: null, degree: null, authorized: '', sponsorship: null, startDate: null,
      coverLetter: '', tools: [], source: null, robotics: '', consent: false,
    },
  });
  const [sent, setSent] = useState(false);
  const values = watch();
  const model = { ...values, startDate: values.startDate ? values.startDate.toISOString().slice(0, 10) : null, resume: values.resume ? Array.from(values.resume).map((f) => f.name) : [] };
  return (
    <>
      <form id="wm-apply" noValidate onSubmit={handleSubmit(() => setSent(true))}>
        <Row id="fullName" label="Full name *"><input id="fullName" className="rw-widget-input wm-text" {...register('fullName', { required: true })} /></Row>
        <Row id="email" label="Email *"><input id="email" type="email" className="rw-widget-input wm-text" {...register('email', { required: true })} /></Row>
        <Row id="phone" label="Phone"><input id="phone" type="tel" placeholder="555-123-4567" className="rw-widget-input wm-text" {...register('phone')} /></Row>
        <Row id="location" label="Where are you based?" hint="Pick a city or type your own">
          <Controller name="location" control={control} render={({ field }) => (
            <Combobox id="location" data={CITIES} filter="contains" hideCaret value={field.value} onChange={(v) => field.onChange(v)} placeholder="City, State" />
          )} />
        </Row>
        <Row id="country" label="Country">
          <Controller name="country" control={control} render={({ field }) => (
            <DropdownList id="country" data={COUNTRIES} filter="startsWith" placeholder="Choose a country" value={field.value} onChange={(v) => field.onChange(v)} />
          )} />
        </Row>
        <Row id="linkedin" label="LinkedIn"><input id="linkedin" className="rw-widget-input wm-text" {...register('linkedin')} /></Row>
        <Row id="website" label="Website or portfolio"><input id="website" className="rw-widget-input wm-text" {...register('website')} /></Row>
        <Row id="years" label="Years of industry experience">
          <Controller name="years" control={control} render={({ field }) => (
            <NumberPicker id="years" min={0} max={50} value={field.value} onChange={(v) => field.onChange(v)} />
          )} />
        </Row>
        <Row id="salary" label="Salary expectation" hint="Annual base, in US dollars">
          <Controller name="salary" control={control} render={({ field }) => (
            <NumberPicker id="salary" min={0} step={5000} format={{ style: 'currency', currency: 'USD', maximumFractionDigits: 0 }} value={field.value} onChange={(v) => field.onChange(v)} />
          )} />
        </Row>
        <Row id="degree" label="Highest degree">
          <Controller name="degree" control={control} render={({ field }) => (
            <DropdownList id="degree" data={DEGREES} placeholder="Select…" value={field.value} onChange={(v) => field.onChange(v)} />
          )} />
        </Row>
        <fieldset className="wm-row wm-authorized">
          <legend className="wm-label">Are you authorized to work in the U.S.? *</legend>
          <label><input type="radio" value="yes" {...register('authorized')} /> Yes</label>
          <label><input type="radio" value="no" {...register('authorized')} /> No</label>
        </fieldset>
        <Row id="sponsorship" label="Visa sponsorship">
          <Controller name="sponsorship" control={control} render={({ field }) => (
            <DropdownList id="sponsorship" data={SPONSOR} placeholder="Select…" value={field.value} onChange={(v) => field.onChange(v)} />
          )} />
        </Row>
        <Row id="startDate" label="Earliest start date">
          <Controller name="startDate" control={control} render={({ field }) => (
            <DatePicker id="startDate" placeholder="mm/dd/yyyy" valueDisplayFormat={{ dateStyle: 'long' }} valueEditFormat={{ month: '2-digit', day: '2-digit', year: 'numeric' }} value={field.value} onChange={(v) => field.onChange(v)} />
          )} />
        </Row>
        <Row id="resume" label="Resume *"><input id="resume" type="file" accept=".pdf" {...register('resume', { required: true })} /></Row>
        <Row id="coverLetter" label="Anything you'd like to tell us? A short cover letter is welcome."><textarea id="coverLetter" rows={5} className="rw-widget-input wm-text" {...register('coverLetter')} /></Row>
        <Row id="robotics" label="Have you worked on data from physical robots or sensors? Tell us briefly."><textarea id="robotics" rows={3} className="rw-widget-input wm-text" {...register('robotics')} /></Row>
        <Row id="tools" label="Tools you use weekly">
          <Controller name="tools" control={control} render={({ field }) => (
            <Multiselect id="tools" data={TOOLS} value={field.value} onChange={(v) => field.onChange(v)} placeholder="Add tools" />
          )} />
        </Row>
        <Row id="source" label="How did you hear about Wickmoor?">
          <Controller name="source" control={control} render={({ field }) => (
            <DropdownList id="source" data={SOURCES} placeholder="Select…" value={field.value} onChange={(v) => field.onChange(v)} />
          )} />
        </Row>
        <label className="wm-consent"><input type="checkbox" id="consent" {...register('consent', { required: true })} /> I agree to the processing of my data as described in the applicant privacy policy.</label>
        <button id="wm-submit" type="submit" className="wm-submit">Send application</button>
        {sent && <p id="wm-sent">Application sent. We reply to everyone within two weeks.</p>}
      </form>
      <pre id="model">{JSON.stringify(model, null, 2)}</pre>
    </>
  );
}

createRoot(document.getElementById('wm-root')).render(<App />);
