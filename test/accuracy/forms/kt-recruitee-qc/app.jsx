/**
 * A Recruitee-like offer page in Canadian French (Québec), written in React: a Montréal analytics
 * company hiring a principal data engineer who may work from Canada or the United States.
 * Recruitee-style ids (`input-candidate.<field>-N`), "Nom complet", "Courriel", a phone box whose
 * example is a Montréal number without the country code, react-select (classNamePrefix `rt`) for the
 * country of residence (French names) and the province (provinces and territories, then
 * "À l'extérieur du Canada"), Québec degree names ("DEC", "Baccalauréat"), experience radios,
 * an AAAA-MM-JJ availability box, a written cover letter, a CAD salary and Loi 25 consent.
 * State is rendered into <pre id="model">.
 */
import { useId, useState } from 'react';
import { createRoot } from 'react-dom/client';
import Select from 'react-select';

const opts = (labels) => labels.map((label) => ({ value: label, label }));
const PAYS = opts([
  'Allemagne', 'Belgique', 'Canada', 'Chine', 'Espagne', 'États-Unis', 'France', 'Haïti', 'Îles mineures éloignées des États-Unis', 'Inde', 'Maroc',
  'Mexique', 'Porto Rico', 'Royaume-Uni', 'Suisse', 'Tunisie',
]);
const PROVINCES = opts([
  'Alberta', 'Colombie-Britannique', 'Île-du-Prince-Édouard', 'Manitoba', 'Nouveau-Brunswick', 'Nouvelle-Écosse', 'Nunavut', 'Ontario', 'Québec',
  'Saskatchewan', 'Terre-Neuve-et-Labrador', 'Territoires du Nord-Ouest', 'Yukon', "À l'extérieur du Canada",
]);
const DIPLOMES = ['Diplôme d\'études secondaires (DES)', 'Diplôme d\'études collégiales (DEC)', 'Certificat universitaire', 'Baccalauréat', 'Maîtrise', 'Doctorat'];
const ANNEES = ['0-2 ans', '3-5 ans', '6-9 ans', '10 ans et plus'];
const FRANCAIS = ['Aucune connaissance', 'Notions de base', 'Intermédiaire', 'Avancé', 'Langue maternelle'];

const EMPTY = {
  nom: '', courriel: '', telephone: '', pays: null, province: null, ville: '', employeur: '', linkedin: '', diplome: '', etablissement: '',
  annees: '', autoriseCanada: '', autoriseEU: '', parrainage: '', francais: '', disponibilite: '', salaire: '', lettre: '', cv: null, photo: null,
  consentement: false, bassin: false,
};

function Field({ label, required, hint, children, name }) {
  const id = `input-candidate.${name}-${useId().replace(/[^a-z0-9]/gi, '')}`;
  return (
    <div className="rt-field" data-field={name}>
      <label className="rt-label" htmlFor={id}>{label}{required ? <span className="rt-req" aria-hidden="true"> *</span> : null}</label>
      {children(id)}
      {hint ? <div className="rt-hint">{hint}</div> : null}
    </div>
  );
}

function App() {
  const [form, setForm] = useState(EMPTY);
  const [sent, setSent] = useState(false);
  const [error, setError] = useState('');
  const set = (key) => (event) => {
    const t = event.target;
    const value = t.type === 'checkbox' ? t.checked : t.type === 'file' ? (t.files[0] ? t.files[0].name : null) : t.value;
    setForm((f) => ({ ...f, [key]: value }));
  };
  const setValue = (key, value) => setForm((f) => ({ ...f, [key]: value }));
  const radios = (key, labelId, options) => (
    <div className="rt-radios" role="radiogroup" aria-labelledby={labelId}>
      {options.map((o) => (
        <label key={o} className="rt-radio"><input type="radio" name={`candidate.${key}`} value={o} checked={form[key] === o} onChange={set(key)} /> {o}</label>
      ))}
    </div>
  );
  const question = (key, label, options, required) => (
    <div className="rt-field" data-field={key}>
      <div className="rt-label" id={`q-${key}`}>{label}{required ? <span className="rt-req" aria-hidden="true"> *</span> : null}</div>
      {radios(key, `q-${key}`, options)}
    </div>
  );

  const submit = (event) => {
    event.preventDefault();
    const missing = ['nom', 'courriel', 'telephone', 'annees', 'autoriseEU', 'parrainage', 'disponibilite'].filter((k) => !String(form[k]).trim());
    if (!form.pays || !form.cv || !form.consentement) missing.push('other');
    if (missing.length) { setError('Veuillez remplir tous les champs obligatoires.'); return; }
    setSent(true);
  };

  if (sent) return <div id="rt-done"><h2>Merci!</h2><p>Votre candidature a bien été transmise à Boréalis Analytique.</p></div>;
  return (
    <form id="rt-form" onSubmit={submit} noValidate>
      <h1 className="rt-title">Ingénieur·e de données principal·e</h1>
      <p className="rt-meta">Montréal, QC · Télétravail possible (Canada ou États-Unis) · Temps plein</p>
      {error ? <div className="rt-error" role="alert">{error}</div> : null}
      <h2>Mes informations</h2>
      <Field name="name" label="Nom complet" required>{(id) => <input id={id} name="candidate.name" type="text" value={form.nom} onChange={set('nom')} />}</Field>
      <Field name="email" label="Courriel" required>{(id) => <input id={id} name="candidate.email" type="email" value={form.courriel} onChange={set('courriel')} />}</Field>
      <Field name="phone" label="Numéro de téléphone" required>
        {(id) => <input id={id} name="candidate.phone" type="tel" placeholder="(514) 555-0123" value={form.telephone} onChange={set('telephone')} />}
      </Field>
      <Field name="pays" label="Pays de résidence" required>
        {(id) => <Select inputId={id} classNamePrefix="rt" options={PAYS} placeholder="Sélectionnez…" value={form.pays ? { value: form.pays, label: form.pays } : null}
          onChange={(o) => setValue('pays', o ? o.value : null)} />}
      </Field>
      <Field name="province" label="Province ou territoire de résidence">
        {(id) => <Select inputId={id} classNamePrefix="rt" options={PROVINCES} placeholder="Sélectionnez…" isClearable
          value={form.province ? { value: form.province, label: form.province } : null} onChange={(o) => setValue('province', o ? o.value : null)} />}
      </Field>
      <Field name="ville" label="Ville">{(id) => <input id={id} name="candidate.city" type="text" value={form.ville} onChange={set('ville')} />}</Field>
      <h2>Parcours</h2>
      <Field name="employeur" label="Employeur actuel">{(id) => <input id={id} name="candidate.employer" type="text" value={form.employeur} onChange={set('employeur')} />}</Field>
      <Field name="linkedin" label="Profil LinkedIn">{(id) => <input id={id} name="candidate.linkedin" type="url" placeholder="linkedin.com/in/…" value={form.linkedin} onChange={set('linkedin')} />}</Field>
      <Field name="diplome" label="Diplôme le plus élevé obtenu">
        {(id) => (
          <select id={id} name="candidate.degree" value={form.diplome} onChange={set('diplome')}>
            <option value="">Sélectionnez…</option>
            {DIPLOMES.map((d) => <option key={d} value={d}>{d}</option>)}
          </select>
        )}
      </Field>
      <Field name="etablissement" label="Établissement d'enseignement">{(id) => <input id={id} name="candidate.school" type="text" value={form.etablissement} onChange={set('etablissement')} />}</Field>
      <h2>Questions</h2>
      {question('annees', "Combien d'années d'expérience avez-vous en ingénierie de données?", ANNEES, true)}
      {question('autoriseCanada', 'Êtes-vous légalement autorisé·e à travailler au Canada?', ['Oui', 'Non'], false)}
      {question('autoriseEU', 'Êtes-vous légalement autorisé·e à travailler aux États-Unis?', ['Oui', 'Non'], true)}
      {question('parrainage', "Aurez-vous besoin d'un parrainage d'immigration (p. ex. visa H-1B) pour travailler aux États-Unis?", ['Oui', 'Non'], true)}
      <Field name="francais" label="Niveau de français">
        {(id) => (
          <select id={id} name="candidate.french" value={form.francais} onChange={set('francais')}>
            <option value="">Sélectionnez…</option>
            {FRANCAIS.map((d) => <option key={d} value={d}>{d}</option>)}
          </select>
        )}
      </Field>
      <Field name="disponibilite" label="Date de disponibilité" required hint="Format : AAAA-MM-JJ">
        {(id) => <input id={id} name="candidate.availability" type="text" inputMode="numeric" maxLength={10} value={form.disponibilite} onChange={set('disponibilite')} />}
      </Field>
      <Field name="salaire" label="Salaire annuel souhaité ($ CA)">
        {(id) => <input id={id} name="candidate.salary" type="text" placeholder="ex. 110 000" value={form.salaire} onChange={set('salaire')} />}
      </Field>
      <Field name="lettre" label="Lettre de présentation">
        {(id) => <textarea id={id} name="candidate.cover_letter" rows={6} value={form.lettre} onChange={set('lettre')} />}
      </Field>
      <Field name="cv" label="CV" required hint="PDF ou Word, 10 Mo max.">
        {(id) => <input id={id} name="candidate.cv" type="file" accept=".pdf,.doc,.docx" onChange={set('cv')} />}
      </Field>
      <Field name="photo" label="Photo (facultatif)">
        {(id) => <input id={id} name="candidate.photo" type="file" accept="image/*" onChange={set('photo')} />}
      </Field>
      <div className="rt-check" data-field="consentement">
        <label><input type="checkbox" id="rt-consentement" name="candidate.consent" checked={form.consentement} onChange={set('consentement')} /> J'accepte que Boréalis Analytique traite mes renseignements personnels conformément à sa <a href="#">politique de confidentialité</a> (Loi 25). *</label>
      </div>
      <div className="rt-check" data-field="bassin">
        <label><input type="checkbox" id="rt-bassin" name="candidate.talent_pool" checked={form.bassin} onChange={set('bassin')} /> Conservez ma candidature pour de futures occasions (12 mois).</label>
      </div>
      <button type="submit" id="rt-submit" className="rt-btn">Soumettre ma candidature</button>
      <pre id="model">{JSON.stringify(form, null, 2)}</pre>
    </form>
  );
}

const style = document.createElement('style');
style.textContent = `
  .rt-title { font-size: 24px; margin: 0; } .rt-meta { color: #6c737d; margin: 2px 0 14px; }
  h2 { font-size: 16px; text-transform: uppercase; letter-spacing: .04em; color: #14365c; border-bottom: 1px solid #e6e9ee; padding-bottom: 4px; margin-top: 26px; }
  .rt-field { margin: 12px 0; } .rt-label { display: block; font-weight: 600; margin-bottom: 4px; } .rt-req { color: #c62828; }
  .rt-field input[type=text], .rt-field input[type=email], .rt-field input[type=tel], .rt-field input[type=url], .rt-field select, .rt-field textarea { width: 100%; box-sizing: border-box; padding: 8px 10px; border: 1px solid #c3c9d1; border-radius: 4px; font: inherit; }
  .rt-radio { display: block; margin: 3px 0; } .rt-hint { font-size: 12px; color: #6c737d; }
  .rt-check { margin: 10px 0; font-size: 14px; } .rt-error { background: #fdecea; color: #b71c1c; padding: 8px 10px; border-radius: 4px; }
  .rt-btn { background: #14365c; color: #fff; border: 0; border-radius: 4px; padding: 11px 26px; font-weight: 600; margin-top: 14px; cursor: pointer; }
`;
document.head.appendChild(style);
createRoot(document.getElementById('root')).render(<App />);
