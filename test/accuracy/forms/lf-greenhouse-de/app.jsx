/**
 * Greenhouse job board (new boards, React) rendered in German for a DACH company hiring in the US:
 * react-select (classNamePrefix "select") for the phone country (preset to the company's country),
 * the yes/no and bucket questions and the voluntary self-identification; file inputs behind
 * "Anhängen"; `question_<id>` ids. State is rendered into <pre id="model">.
 */
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import Select from 'react-select';

const CONFIG = {
 "phonePreset": "Deutschland +49",
 "phoneCountries": [
  "Belgien +32",
  "Dänemark +45",
  "Deutschland +49",
  "Frankreich +33",
  "Irland +353",
  "Italien +39",
  "Kanada +1",
  "Niederlande +31",
  "Österreich +43",
  "Polen +48",
  "Schweiz +41",
  "Spanien +34",
  "Vereinigte Staaten +1",
  "Vereinigtes Königreich +44"
 ],
 "consent": "Ich willige in die Verarbeitung meiner Daten gemäß der Datenschutzerklärung der Spreewerk Mobility GmbH ein.",
 "questions": [
  {
   "qid": "question_31840217",
   "kind": "text",
   "label": "LinkedIn-Profil"
  },
  {
   "qid": "question_31840218",
   "kind": "text",
   "label": "Website"
  },
  {
   "qid": "question_31840219",
   "kind": "select",
   "options": [
    "Ja",
    "Nein"
   ],
   "required": true,
   "label": "Sind Sie gesetzlich berechtigt, in den Vereinigten Staaten zu arbeiten?"
  },
  {
   "qid": "question_31840220",
   "kind": "select",
   "options": [
    "Ja",
    "Nein"
   ],
   "required": true,
   "label": "Benötigen Sie jetzt oder zukünftig ein Visa-Sponsoring (z. B. H-1B), um in den USA zu arbeiten?"
  },
  {
   "qid": "question_31840221",
   "kind": "select",
   "options": [
    "0–2 Jahre",
    "3–5 Jahre",
    "6–9 Jahre",
    "10+ Jahre"
   ],
   "required": true,
   "label": "Wie viele Jahre Berufserfahrung haben Sie im Data Engineering?"
  },
  {
   "qid": "question_31840222",
   "kind": "select",
   "options": [
    "Abitur",
    "Abgeschlossene Berufsausbildung",
    "Bachelor",
    "Master / Diplom",
    "Promotion"
   ],
   "label": "Höchster Bildungsabschluss"
  },
  {
   "qid": "question_31840223",
   "kind": "text",
   "label": "Hochschule"
  },
  {
   "qid": "question_31840224",
   "kind": "text",
   "label": "Aktueller Arbeitgeber"
  },
  {
   "qid": "question_31840225",
   "kind": "text",
   "label": "Gehaltsvorstellung (brutto pro Jahr, in USD)",
   "placeholder": "z. B. 120000"
  },
  {
   "qid": "question_31840226",
   "kind": "text",
   "label": "Frühestmögliches Eintrittsdatum",
   "placeholder": "TT.MM.JJJJ",
   "required": true
  },
  {
   "qid": "question_31840227",
   "kind": "select",
   "options": [
    "Keine",
    "2 Wochen",
    "1 Monat",
    "3 Monate",
    "Mehr als 3 Monate"
   ],
   "label": "Kündigungsfrist"
  },
  {
   "qid": "question_31840228",
   "kind": "select",
   "options": [
    "Ja",
    "Nein"
   ],
   "label": "Besitzen Sie eine Arbeitserlaubnis für Deutschland bzw. die EU?"
  },
  {
   "qid": "question_31840229",
   "kind": "select",
   "options": [
    "MEZ (Berlin)",
    "US Eastern (ET)",
    "US Central (CT)",
    "US Mountain (MT)",
    "US Pacific (PT)"
   ],
   "label": "In welcher Zeitzone arbeiten Sie?"
  },
  {
   "qid": "question_31840230",
   "kind": "select",
   "options": [
    "LinkedIn",
    "StepStone",
    "XING",
    "Unsere Karriereseite",
    "Empfehlung",
    "Sonstiges"
   ],
   "label": "Wie sind Sie auf uns aufmerksam geworden?"
  }
 ]
};
const opt = (label) => ({ value: label, label });

function Label({ htmlFor, id, text, required }) {
  return (
    <label className="label" htmlFor={htmlFor} id={id}>
      {text}
      {required ? <span className="required" aria-hidden="true">*</span> : null}
    </label>
  );
}

function Picker({ id, label, required, options, value, onChange }) {
  return (
    <div className="select" id={`${id}-field`}>
      <Label htmlFor={id} id={`${id}-label`} text={label} required={required} />
      <Select
        inputId={id}
        classNamePrefix="select"
        aria-labelledby={`${id}-label`}
        placeholder="Bitte auswählen"
        noOptionsMessage={() => 'Keine Optionen'}
        options={options.map(opt)}
        value={value ? opt(value) : null}
        onChange={(o) => onChange(o ? o.value : '')}
        isClearable={false}
      />
    </div>
  );
}

function Upload({ id, label, required, file, onFile }) {
  return (
    <div className="file-upload" id={`${id}-upload`}>
      <div className="label" id={`upload-label-${id}`}>{label}{required ? <span className="required" aria-hidden="true">*</span> : null}</div>
      <div className="file-upload__wrapper">
        <label className="button" htmlFor={id}>Anhängen</label>
        <input id={id} className="visually-hidden" type="file" accept=".pdf,.doc,.docx,.txt,.rtf" aria-labelledby={`upload-label-${id}`}
          onChange={(e) => onFile(e.target.files && e.target.files[0] ? e.target.files[0].name : '')} />
        <button type="button" className="button button--link">Dropbox</button>
        <button type="button" className="button button--link">Google Drive</button>
        <span className="file-upload__filetypes">{file || 'Akzeptierte Dateitypen: pdf, doc, docx, txt, rtf'}</span>
      </div>
    </div>
  );
}

function App() {
  const init = { first_name: '', last_name: '', preferred_name: '', email: '', phone_country: CONFIG.phonePreset, phone: '', 'candidate-location': '', resume: '', cover_letter: '', questions: {}, eeo: {}, consent: false };
  const [m, setM] = useState(init);
  const [error, setError] = useState('');
  const [done, setDone] = useState(false);
  const set = (k, v) => setM((s) => ({ ...s, [k]: v }));
  const setQ = (k, v) => setM((s) => ({ ...s, questions: { ...s.questions, [k]: v } }));
  const setE = (k, v) => setM((s) => ({ ...s, eeo: { ...s.eeo, [k]: v } }));
  const text = (k, label, required, props = {}) => (
    <div className="input-wrapper">
      <Label htmlFor={k} text={label} required={required} />
      <input id={k} className="input" type="text" value={m[k]} onChange={(e) => set(k, e.target.value)} {...props} />
    </div>
  );
  const submit = (e) => {
    e.preventDefault();
    const missing = ['first_name', 'last_name', 'email', 'phone', 'resume'].filter((k) => !m[k]);
    CONFIG.questions.filter((q) => q.required).forEach((q) => { if (!m.questions[q.qid]) missing.push(q.qid); });
    if (!m.consent) missing.push('consent');
    if (missing.length) { setError(`Bitte füllen Sie alle Pflichtfelder aus (${missing.length}).`); return; }
    setDone(true);
  };
  if (done) return <div id="application-confirmation"><h2>Vielen Dank für Ihre Bewerbung!</h2><p>Wir melden uns in Kürze bei Ihnen.</p><pre id="model">{JSON.stringify(m, null, 2)}</pre></div>;
  return (
    <form id="application-form" className="application--form" onSubmit={submit} noValidate>
      <h2 className="section-header">Bewerben</h2>
      <p className="hint-top"><span className="required">*</span> kennzeichnet ein Pflichtfeld</p>
      {text('first_name', 'Vorname', true)}
      {text('last_name', 'Nachname', true)}
      {text('preferred_name', 'Bevorzugter Vorname', false)}
      {text('email', 'E-Mail', true, { type: 'email' })}
      <div className="phone-input">
        <Picker id="country" label="Land" required options={CONFIG.phoneCountries} value={m.phone_country} onChange={(v) => set('phone_country', v)} />
        {text('phone', 'Telefon', true, { type: 'tel' })}
      </div>
      {text('candidate-location', 'Standort (Stadt)', false)}
      <Upload id="resume" label="Lebenslauf/CV" required file={m.resume} onFile={(v) => set('resume', v)} />
      <Upload id="cover_letter" label="Anschreiben" file={m.cover_letter} onFile={(v) => set('cover_letter', v)} />
      <h3 className="section-header">Weitere Fragen</h3>
      {CONFIG.questions.map((q) => q.kind === 'select' ? (
        <Picker key={q.qid} id={q.qid} label={q.label} required={q.required} options={q.options} value={m.questions[q.qid] || ''} onChange={(v) => setQ(q.qid, v)} />
      ) : (
        <div className="input-wrapper" key={q.qid}>
          <Label htmlFor={q.qid} text={q.label} required={q.required} />
          {q.kind === 'textarea'
            ? <textarea id={q.qid} className="input" rows={4} value={m.questions[q.qid] || ''} onChange={(e) => setQ(q.qid, e.target.value)} />
            : <input id={q.qid} className="input" type="text" placeholder={q.placeholder || ''} value={m.questions[q.qid] || ''} onChange={(e) => setQ(q.qid, e.target.value)} />}
          {q.hint ? <div className="hint">{q.hint}</div> : null}
        </div>
      ))}
      <div className="eeoc__container">
        <h3>Freiwillige Selbstauskunft (U.S. Equal Employment Opportunity)</h3>
        <p className="hint">Die Angaben sind freiwillig und haben keinen Einfluss auf Ihre Bewerbung.</p>
        <Picker id="gender" label="Geschlecht" options={['Weiblich', 'Männlich', 'Divers', 'Keine Angabe']} value={m.eeo.gender || ''} onChange={(v) => setE('gender', v)} />
        <Picker id="hispanic_ethnicity" label="Sind Sie hispanischer/lateinamerikanischer Herkunft?" options={['Ja', 'Nein', 'Keine Angabe']} value={m.eeo.hispanic_ethnicity || ''} onChange={(v) => setE('hispanic_ethnicity', v)} />
        <Picker id="veteran_status" label="Veteranenstatus" options={['Ich bin Veteran/in', 'Ich bin kein/e Veteran/in', 'Keine Angabe']} value={m.eeo.veteran_status || ''} onChange={(v) => setE('veteran_status', v)} />
      </div>
      <div className="checkbox">
        <input id="gdpr_consent" type="checkbox" checked={m.consent} onChange={(e) => set('consent', e.target.checked)} />
        <label htmlFor="gdpr_consent">{CONFIG.consent}<span className="required" aria-hidden="true">*</span></label>
      </div>
      {error ? <div className="error" role="alert">{error}</div> : null}
      <button type="submit" id="submit_app" className="btn btn--pill">Bewerbung absenden</button>
      <pre id="model">{JSON.stringify(m, null, 2)}</pre>
    </form>
  );
}

createRoot(document.getElementById('app')).render(<App />);
