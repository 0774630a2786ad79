/**
 * iCIMS candidate experience apply flow (2026): a React single-page flow in the career site itself
 * (no iframe), five steps behind "Next" with a step list, floating-label inputs whose names keep the
 * iCIMS profile keys (PersonProfileFields.FirstName …), a phone-type select beside the phone, native
 * selects, an employer block with a Yes/No "current employer" radio, a compensation amount + period
 * select, a source select that reveals a second select, EEO radios. State in <pre id="model">.
 */
import { useId, useState } from 'react';
import { createRoot } from 'react-dom/client';

const STATES = ['Alabama', 'Alaska', 'Arizona', 'Arkansas', 'California', 'Colorado', 'Connecticut', 'Delaware', 'District of Columbia', 'Florida', 'Georgia', 'Hawaii', 'Idaho', 'Illinois', 'Indiana', 'Iowa', 'Kansas', 'Kentucky', 'Louisiana', 'Maine', 'Maryland', 'Massachusetts', 'Michigan', 'Minnesota', 'Mississippi', 'Missouri', 'Montana', 'Nebraska', 'Nevada', 'New Hampshire', 'New Jersey', 'New Mexico', 'New York', 'North Carolina', 'North Dakota', 'Ohio', 'Oklahoma', 'Oregon', 'Pennsylvania', 'Rhode Island', 'South Carolina', 'South Dakota', 'Tennessee', 'Texas', 'Utah', 'Vermont', 'Virginia', 'Washington', 'West Virginia', 'Wisconsin', 'Wyoming'];
const COUNTRIES = ['Canada', 'India', 'Mexico', 'Philippines', 'United Kingdom', 'United States', 'United States Minor Outlying Islands'];

function Floating({ name, label, required, type = 'text', value, onChange, hint, placeholder, autoComplete = 'off' }) {
  const id = useId();
  return (
    <div className={`iCIMS_FloatingField${value ? ' has-value' : ''}`} data-field={name}>
      <input id={id} name={name} type={type} value={value} placeholder={placeholder ?? ' '} autoComplete={autoComplete} aria-required={required ? 'true' : undefined}
        aria-describedby={hint ? `${id}-hint` : undefined} onChange={(e) => onChange(e.target.value)} />
      <label htmlFor={id}>{label}{required ? <span className="iCIMS_Required" aria-hidden="true"> *</span> : null}</label>
      {hint ? <div className="iCIMS_Hint" id={`${id}-hint`}>{hint}</div> : null}
    </div>
  );
}

function NativeSelect({ name, label, required, options, value, onChange, blank = '— Make a Selection —' }) {
  const id = useId();
  return (
    <div className="iCIMS_SelectField" data-field={name}>
      <label htmlFor={id}>{label}{required ? <span className="iCIMS_Required" aria-hidden="true"> *</span> : null}</label>
      <select id={id} name={name} value={value} onChange={(e) => onChange(e.target.value)} aria-required={required ? 'true' : undefined}>
        <option value="">{blank}</option>
        {options.map((o) => (typeof o === 'string' ? <option key={o} value={o}>{o}</option> : <option key={o.value} value={o.value}>{o.label}</option>))}
      </select>
    </div>
  );
}

function Radios({ name, label, required, options, value, onChange }) {
  const id = useId();
  return (
    <fieldset className="iCIMS_RadioGroup" data-field={name}>
      <legend id={`${id}-legend`}>{label}{required ? <span className="iCIMS_Required" aria-hidden="true"> *</span> : null}</legend>
      {options.map((o, i) => (
        <span className="iCIMS_RadioOption" key={o}>
          <input type="radio" id={`${id}-${i}`} name={name} value={o} checked={value === o} onChange={() => onChange(o)} />
          <label htmlFor={`${id}-${i}`}>{o}</label>
        </span>
      ))}
    </fieldset>
  );
}

function Area({ name, label, value, onChange, hint, rows = 6 }) {
  const id = useId();
  return (
    <div className="iCIMS_TextArea" data-field={name}>
      <label htmlFor={id}>{label}</label>
      {hint ? <div className="iCIMS_Hint">{hint}</div> : null}
      <textarea id={id} name={name} rows={rows} value={value} onChange={(e) => onChange(e.target.value)} />
    </div>
  );
}

function FileSlot({ name, label, required, value, onChange, accept, button }) {
  const id = useId();
  return (
    <div className="iCIMS_FileField" data-field={name}>
      <div className="iCIMS_FileLabel" id={`${id}-l`}>{label}{required ? <span className="iCIMS_Required" aria-hidden="true"> *</span> : null}</div>
      <label htmlFor={id} className="iCIMS_Button iCIMS_Button--secondary">{button}</label>
      <input id={id} name={name} type="file" accept={accept} aria-labelledby={`${id}-l`} className="iCIMS_VisuallyHidden" onChange={(e) => onChange(e.target.files[0] ? e.target.files[0].name : '')} />
      {value ? <span className="iCIMS_FileName">{value}</span> : <span className="iCIMS_FileName iCIMS_FileName--empty">No file chosen</span>}
    </div>
  );
}

export function renderApply({ job, steps: custom, company }) {
  function App() {
    const [f, setF] = useState(() => ({
      'PersonProfileFields.Email': '', privacyAck: false,
      'PersonProfileFields.FirstName': '', 'PersonProfileFields.MiddleName': '', 'PersonProfileFields.LastName': '',
      'PhoneNumber.Number': '', 'PhoneNumber.Type': '',
      'AddressStreet1': '', 'AddressCity': '', 'AddressCountry': 'United States', 'AddressState': '', 'AddressZip': '',
      resume: '', parseResume: false, coverLetterText: '', education: '',
      'Employer.Name': '', 'Employer.Title': '', 'Employer.Current': '', 'Employer.StartDate': '',
      ...Object.fromEntries(custom.questions.map((q) => [q.name, q.initial ?? ''])),
      'Comp.Amount': '', 'Comp.Period': '', source: '', sourceName: '',
      'EEO.Gender': '', 'EEO.Race': '', 'EEO.Veteran': '', 'EEO.Disability': '',
    }));
    const [step, setStep] = useState(0);
    const [errors, setErrors] = useState([]);
    const [done, setDone] = useState(false);
    const set = (k) => (v) => setF((old) => ({ ...old, [k]: v }));
    const names = ['Get Started', 'Contact Information', 'Experience', 'Job Questions', 'Voluntary Self-Identification'];
    const required = [
      [['PersonProfileFields.Email', 'Email'], ['privacyAck', 'Privacy acknowledgement']],
      [['PersonProfileFields.FirstName', 'First Name'], ['PersonProfileFields.LastName', 'Last Name'], ['PhoneNumber.Number', 'Phone'], ['PhoneNumber.Type', 'Phone Type'], ['AddressStreet1', 'Street Address'], ['AddressCity', 'City'], ['AddressCountry', 'Country'], ['AddressState', 'State'], ['AddressZip', 'Zip']],
      [['resume', 'Resume'], ['education', 'Highest Level of Education']],
      [...custom.questions.filter((q) => q.required).map((q) => [q.name, q.label])],
      [],
    ];
    const go = (delta) => {
      if (delta > 0) {
        const missing = required[step].filter(([k]) => f[k] === '' || f[k] === false).map(([, l]) => l);
        setErrors(missing);
        if (missing.length) return;
      }
      setStep(step + delta);
      window.scrollTo(0, 0);
    };
    const submit = () => {
      setErrors([]);
      setDone(true);
    };
    if (done) return (<div id="iCIMS_Confirmation" className="iCIMS_Card"><h2>Thank you for applying!</h2><p>Your application for {job} has been submitted to {company}.</p></div>);
    return (
      <div className="iCIMS_Apply">
        <ol className="iCIMS_StepList" aria-label="Application steps">
          {names.map((n, i) => <li key={n} aria-current={i === step ? 'step' : undefined} className={i < step ? 'is-complete' : ''}>{n}</li>)}
        </ol>
        <div className="iCIMS_Card">
          <h2>{names[step]}</h2>
          {errors.length ? <div className="iCIMS_ErrorSummary" role="alert">Please correct the following: {errors.join(', ')}</div> : null}
          {step === 0 && (<>
            <p className="iCIMS_Intro">Enter your email address to start your application. If you have applied before, we'll send you a link to continue.</p>
            <Floating name="PersonProfileFields.Email" label="Email" type="email" required value={f['PersonProfileFields.Email']} onChange={set('PersonProfileFields.Email')} />
            <div className="iCIMS_Checkbox"><input type="checkbox" id="privacyAck" name="privacyAck" checked={f.privacyAck} onChange={(e) => set('privacyAck')(e.target.checked)} />
              <label htmlFor="privacyAck">I have read and accept the <a href="#">Privacy Policy</a> and <a href="#">Terms of Use</a>.<span className="iCIMS_Required"> *</span></label></div>
          </>)}
          {step === 1 && (<>
            <div className="iCIMS_Row">
              <Floating name="PersonProfileFields.FirstName" label="First Name" required value={f['PersonProfileFields.FirstName']} onChange={set('PersonProfileFields.FirstName')} />
              <Floating name="PersonProfileFields.MiddleName" label="Middle Name" value={f['PersonProfileFields.MiddleName']} onChange={set('PersonProfileFields.MiddleName')} />
              <Floating name="PersonProfileFields.LastName" label="Last Name" required value={f['PersonProfileFields.LastName']} onChange={set('PersonProfileFields.LastName')} />
            </div>
            <div className="iCIMS_Row">
              <Floating name="PhoneNumber.Number" label="Phone" type="tel" required value={f['PhoneNumber.Number']} onChange={set('PhoneNumber.Number')} />
              <NativeSelect name="PhoneNumber.Type" label="Phone Type" required options={['Mobile', 'Home', 'Work']} value={f['PhoneNumber.Type']} onChange={set('PhoneNumber.Type')} />
            </div>
            <Floating name="AddressStreet1" label="Street Address" required value={f.AddressStreet1} onChange={set('AddressStreet1')} />
            <div className="iCIMS_Row">
              <Floating name="AddressCity" label="City" required value={f.AddressCity} onChange={set('AddressCity')} />
              <NativeSelect name="AddressCountry" label="Country" required options={COUNTRIES} value={f.AddressCountry} onChange={(v) => setF((o) => ({ ...o, AddressCountry: v, AddressState: '' }))} />
            </div>
            <div className="iCIMS_Row">
              <NativeSelect name="AddressState" label="State/Province" required options={f.AddressCountry === 'United States' ? STATES : []} value={f.AddressState} onChange={set('AddressState')} />
              <Floating name="AddressZip" label="Zip/Postal Code" required value={f.AddressZip} onChange={set('AddressZip')} />
            </div>
          </>)}
          {step === 2 && (<>
            <FileSlot name="resume" label="Resume" required button="Upload Resume" accept=".pdf,.doc,.docx,.txt" value={f.resume} onChange={set('resume')} />
            <div className="iCIMS_Checkbox"><input type="checkbox" id="parseResume" name="parseResume" checked={f.parseResume} onChange={(e) => set('parseResume')(e.target.checked)} />
              <label htmlFor="parseResume">Use my resume to fill in my work history (you can review it afterwards)</label></div>
            <Area name="coverLetterText" label="Cover Letter" hint="Paste or type your cover letter (optional)." value={f.coverLetterText} onChange={set('coverLetterText')} />
            <NativeSelect name="education" label="Highest Level of Education" required options={custom.education} value={f.education} onChange={set('education')} />
            <h3>Most Recent Employer</h3>
            <div className="iCIMS_Row">
              <Floating name="Employer.Name" label="Employer" value={f['Employer.Name']} onChange={set('Employer.Name')} />
              <Floating name="Employer.Title" label="Job Title" value={f['Employer.Title']} onChange={set('Employer.Title')} />
            </div>
            <Radios name="Employer.Current" label="Is this your current employer?" options={['Yes', 'No']} value={f['Employer.Current']} onChange={set('Employer.Current')} />
            <Floating name="Employer.StartDate" label="Start Date" placeholder="MM/YYYY" value={f['Employer.StartDate']} onChange={set('Employer.StartDate')} />
          </>)}
          {step === 3 && (<>
            {custom.questions.map((q) => {
              if (q.kind === 'radios') return <Radios key={q.name} name={q.name} label={q.label} required={q.required} options={q.options} value={f[q.name]} onChange={set(q.name)} />;
              if (q.kind === 'select') return <NativeSelect key={q.name} name={q.name} label={q.label} required={q.required} options={q.options} value={f[q.name]} onChange={set(q.name)} />;
              if (q.kind === 'textarea') return <Area key={q.name} name={q.name} label={q.label} value={f[q.name]} onChange={set(q.name)} rows={3} />;
              return <Floating key={q.name} name={q.name} label={q.label} required={q.required} placeholder={q.placeholder} hint={q.hint} value={f[q.name]} onChange={set(q.name)} />;
            })}
            <div className="iCIMS_Row iCIMS_Row--comp">
              <Floating name="Comp.Amount" label="Desired Compensation" hint="Numbers only" value={f['Comp.Amount']} onChange={set('Comp.Amount')} />
              <NativeSelect name="Comp.Period" label="Per" options={['Hour', 'Week', 'Month', 'Year']} value={f['Comp.Period']} onChange={set('Comp.Period')} blank="Select" />
            </div>
            <NativeSelect name="source" label="How did you hear about this position?" options={['Company Website', 'Employee Referral', 'Job Board', 'Social Media', 'Recruiter', 'Other']} value={f.source} onChange={(v) => setF((o) => ({ ...o, source: v, sourceName: '' }))} />
            {f.source === 'Job Board' || f.source === 'Social Media' ? (
              <NativeSelect name="sourceName" label="Source Name" options={f.source === 'Job Board' ? ['Indeed', 'Glassdoor', 'ZipRecruiter', 'Health eCareers'] : ['LinkedIn', 'Facebook', 'Instagram', 'X']} value={f.sourceName} onChange={set('sourceName')} />
            ) : null}
          </>)}
          {step === 4 && (<>
            <p className="iCIMS_Intro">{company} is an Equal Opportunity Employer. Completing this section is voluntary; declining will not affect your application.</p>
            <Radios name="EEO.Gender" label="Gender" options={['Female', 'Male', 'I do not wish to self-identify']} value={f['EEO.Gender']} onChange={set('EEO.Gender')} />
            <NativeSelect name="EEO.Race" label="Race/Ethnicity" options={['American Indian or Alaska Native', 'Asian', 'Black or African American', 'Hispanic or Latino', 'Native Hawaiian or Other Pacific Islander', 'White', 'Two or More Races', 'I do not wish to self-identify']} value={f['EEO.Race']} onChange={set('EEO.Race')} />
            <Radios name="EEO.Veteran" label="Veteran Status" options={['I am a protected veteran', 'I am not a protected veteran', 'I do not wish to self-identify']} value={f['EEO.Veteran']} onChange={set('EEO.Veteran')} />
            <Radios name="EEO.Disability" label="Disability Status" options={['Yes, I have a disability (or previously had one)', 'No, I do not have a disability', 'I do not wish to answer']} value={f['EEO.Disability']} onChange={set('EEO.Disability')} />
          </>)}
          <div className="iCIMS_Nav">
            {step > 0 ? <button type="button" className="iCIMS_Button iCIMS_Button--secondary" id="icims-back" onClick={() => go(-1)}>Back</button> : <span />}
            {step < names.length - 1
              ? <button type="button" className="iCIMS_Button" id="icims-next" onClick={() => go(1)}>Next</button>
              : <button type="button" className="iCIMS_Button" id="icims-submit" onClick={submit}>Submit Application</button>}
          </div>
        </div>
        <pre id="model">{JSON.stringify(Object.fromEntries(Object.entries(f).map(([k, v]) => [k.replaceAll('.', '_'), v])), null, 2)}</pre>
      </div>
    );
  }
  createRoot(document.getElementById('icims-apply-root')).render(<App />);
}
