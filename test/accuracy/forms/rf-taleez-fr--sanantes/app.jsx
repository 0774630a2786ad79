// Another posting on the Taleez-like hosted layout (React 19, native inputs): a Nantes renewable-energy
// operator. Same "Indicatif" select before the phone, pill buttons (aria-pressed) for experience, drop-zone
// CV input and "Lettre de motivation" textarea; this posting has no civilité, website or education
// question, and asks for a start date as JJ/MM/AAAA. The form state goes to <pre id="model">.
import { useState } from 'react';
import { createRoot } from 'react-dom/client';

const INDICATIFS = [
  ['FR', 'France (+33)'], ['BE', 'Belgique (+32)'], ['CH', 'Suisse (+41)'], ['LU', 'Luxembourg (+352)'], ['MA', 'Maroc (+212)'],
  ['CA', 'Canada (+1)'], ['US', 'États-Unis (+1)'], ['GB', 'Royaume-Uni (+44)'], ['ES', 'Espagne (+34)'], ['DE', 'Allemagne (+49)'],
];
const PAYS = ['France', 'Allemagne', 'Belgique', 'Canada', 'Espagne', 'États-Unis', 'Irlande', 'Italie', 'Luxembourg', 'Maroc', 'Pays-Bas', 'Royaume-Uni', 'Suisse', 'Autre'];
const EXPERIENCES = ['Moins de 2 ans', '2 à 4 ans', '5 à 7 ans', '8 ans et plus'];
const ANGLAIS = ['Notions', 'Intermédiaire (B1-B2)', 'Courant (C1)', 'Bilingue / langue maternelle'];

function App() {
  const [f, setF] = useState({
    cv: null, prenom: '', nom: '', email: '', indicatif: 'FR', telephone: '', ville: '', pays: 'France',
    enPoste: '', entrepriseActuelle: '', posteActuel: '', linkedin: '', github: '', experience: '', dateDispo: '',
    pretentions: '', anglais: '', lettre: '', source: '', rgpd: false, vivier: false,
  });
  const [sent, setSent] = useState(false);
  const [error, setError] = useState('');
  const set = (k) => (e) => setF((s) => ({ ...s, [k]: e.target.type === 'checkbox' ? e.target.checked : e.target.value }));
  const submit = (e) => {
    e.preventDefault();
    if (!f.prenom || !f.nom || !f.email || !f.cv || !f.experience) return setError('Merci de compléter les champs obligatoires (CV, prénom, nom, email, expérience).');
    if (!f.rgpd) return setError('Vous devez accepter la politique de confidentialité pour postuler.');
    setSent(true);
  };
  const req = <span className="tz-req"> *</span>;
  return (
    <>
      {sent ? (
        <div className="tz-card" id="tz-merci"><h2>Merci {f.prenom} !</h2><p>Votre candidature a bien été envoyée à Rousseline Énergies.</p></div>
      ) : (
        <form className="tz-card" id="tz-form" onSubmit={submit} noValidate>
          <h2 style={{ marginTop: 0, fontSize: 19 }}>Postuler à cette offre</h2>
          <div className="tz-field">
            <span className="tz-label">CV{req}</span>
            <div className="tz-drop">
              {f.cv ? <strong>{f.cv}</strong> : <>Glissez-déposez votre CV ici ou <u>parcourez vos fichiers</u><br /><small>PDF, Word – 5 Mo max.</small></>}
              <input id="candidate_resume" name="candidate[resume]" type="file" accept=".pdf,.doc,.docx,.odt" aria-label="CV"
                onChange={(e) => setF((s) => ({ ...s, cv: e.target.files[0] ? e.target.files[0].name : null }))} />
            </div>
          </div>
          <div className="tz-row">
            <div className="tz-field"><label htmlFor="candidate_firstName">Prénom{req}</label>
              <input id="candidate_firstName" name="candidate[firstName]" type="text" autoComplete="off" value={f.prenom} onChange={set('prenom')} /></div>
            <div className="tz-field"><label htmlFor="candidate_lastName">Nom{req}</label>
              <input id="candidate_lastName" name="candidate[lastName]" type="text" autoComplete="off" value={f.nom} onChange={set('nom')} /></div>
          </div>
          <div className="tz-field"><label htmlFor="candidate_mail">Email{req}</label>
            <input id="candidate_mail" name="candidate[mail]" type="email" placeholder="prenom.nom@exemple.fr" value={f.email} onChange={set('email')} /></div>
          <div className="tz-field">
            <label htmlFor="candidate_phone">Téléphone</label>
            <div className="tz-phone">
              <select id="candidate_phoneCountry" name="candidate[phoneCountry]" aria-label="Indicatif" value={f.indicatif} onChange={set('indicatif')}>
                {INDICATIFS.map(([v, t]) => <option key={v} value={v}>{t}</option>)}
              </select>
              <input id="candidate_phone" name="candidate[phone]" type="tel" placeholder="06 12 34 56 78" value={f.telephone} onChange={set('telephone')} />
            </div>
          </div>
          <div className="tz-row">
            <div className="tz-field"><label htmlFor="candidate_city">Ville de résidence</label>
              <input id="candidate_city" name="candidate[city]" type="text" placeholder="ex. Nantes" value={f.ville} onChange={set('ville')} /></div>
            <div className="tz-field"><label htmlFor="candidate_country">Pays de résidence</label>
              <select id="candidate_country" name="candidate[country]" value={f.pays} onChange={set('pays')}>
                {PAYS.map((p) => <option key={p}>{p}</option>)}
              </select></div>
          </div>
          <div className="tz-field">
            <span className="tz-label" id="q_5811_label">Êtes-vous actuellement en poste ?</span>
            <label style={{ marginRight: 16 }}><input type="radio" name="questions[5811]" value="oui" checked={f.enPoste === 'oui'} onChange={set('enPoste')} /> Oui</label>
            <label><input type="radio" name="questions[5811]" value="non" checked={f.enPoste === 'non'} onChange={set('enPoste')} /> Non</label>
          </div>
          <div className="tz-row">
            <div className="tz-field"><label htmlFor="candidate_currentCompany">Entreprise actuelle</label>
              <input id="candidate_currentCompany" name="candidate[currentCompany]" type="text" value={f.entrepriseActuelle} onChange={set('entrepriseActuelle')} /></div>
            <div className="tz-field"><label htmlFor="candidate_currentJob">Poste actuel</label>
              <input id="candidate_currentJob" name="candidate[currentJob]" type="text" value={f.posteActuel} onChange={set('posteActuel')} /></div>
          </div>
          <div className="tz-row">
            <div className="tz-field"><label htmlFor="candidate_linkedin">Profil LinkedIn</label>
              <input id="candidate_linkedin" name="candidate[social][linkedin]" type="url" placeholder="https://www.linkedin.com/in/…" value={f.linkedin} onChange={set('linkedin')} /></div>
            <div className="tz-field"><label htmlFor="candidate_github">Profil GitHub</label>
              <input id="candidate_github" name="candidate[social][github]" type="url" placeholder="https://github.com/…" value={f.github} onChange={set('github')} /></div>
          </div>
          <div className="tz-field">
            <span className="tz-label" id="q_5812_label">Expérience professionnelle totale{req}</span>
            <div className="tz-pills" id="q_5812" role="group" aria-labelledby="q_5812_label">
              {EXPERIENCES.map((x) => (
                <button key={x} type="button" className="tz-pill" aria-pressed={f.experience === x} onClick={() => setF((s) => ({ ...s, experience: x }))}>{x}</button>
              ))}
            </div>
          </div>
          <div className="tz-row">
            <div className="tz-field"><label htmlFor="q_5813">Date de disponibilité</label>
              <input id="q_5813" name="questions[5813]" type="text" placeholder="JJ/MM/AAAA" value={f.dateDispo} onChange={set('dateDispo')} /></div>
            <div className="tz-field"><label htmlFor="q_5814">Salaire annuel brut souhaité (€)</label>
              <input id="q_5814" name="questions[5814]" type="text" inputMode="numeric" placeholder="ex. 52 000" value={f.pretentions} onChange={set('pretentions')} /></div>
          </div>
          <div className="tz-field" style={{ maxWidth: 360 }}><label htmlFor="q_5815">Niveau d'anglais</label>
            <select id="q_5815" name="questions[5815]" value={f.anglais} onChange={set('anglais')}>
              <option value="">Sélectionner</option>{ANGLAIS.map((n) => <option key={n}>{n}</option>)}
            </select>
            <div className="tz-help">Une partie de nos turbiniers sont danois : les réunions techniques se tiennent souvent en anglais.</div></div>
          <div className="tz-field"><label htmlFor="candidate_coverLetter">Lettre de motivation</label>
            <textarea id="candidate_coverLetter" name="candidate[coverLetter]" rows={7} value={f.lettre} onChange={set('lettre')} />
            <div className="tz-help">Quelques lignes suffisent.</div></div>
          <div className="tz-field" style={{ maxWidth: 360 }}><label htmlFor="candidate_source">Comment avez-vous connu cette offre ?</label>
            <select id="candidate_source" name="candidate[source]" value={f.source} onChange={set('source')}>
              <option value="">Sélectionner</option><option>Welcome to the Jungle</option><option>LinkedIn</option><option>Indeed</option><option>APEC</option><option>Salon / école</option><option>Cooptation</option><option>Autre</option>
            </select></div>
          <p style={{ fontSize: 13.5 }}><input type="checkbox" id="candidate_gdpr" name="candidate[gdpr]" checked={f.rgpd} onChange={set('rgpd')} />{' '}
            <label htmlFor="candidate_gdpr">J'accepte que mes données soient traitées par Rousseline Énergies dans le cadre de ce recrutement, conformément à la <a href="#">politique de confidentialité</a>.{req}</label></p>
          <p style={{ fontSize: 13.5 }}><input type="checkbox" id="candidate_pool" name="candidate[talentPool]" checked={f.vivier} onChange={set('vivier')} />{' '}
            <label htmlFor="candidate_pool">J'accepte que ma candidature soit conservée 2 ans dans le vivier de talents.</label></p>
          {error && <p className="tz-error" role="alert">{error}</p>}
          <button type="submit" id="tz-submit" className="tz-submit">Envoyer ma candidature</button>
        </form>
      )}
      <pre id="model">{JSON.stringify(f)}</pre>
    </>
  );
}

createRoot(document.getElementById('root')).render(<App />);
