// A Lyon logistics company's "Postuler" page in the Taleez-like hosted layout, in React 19 with native
// inputs, pill buttons (aria-pressed) for the experience range, a separate "Indicatif" select before
// the phone, a "Disponibilité" choice as windows from today, a drop-zone CV input and a "Lettre de
// motivation" textarea. The form state goes to <pre id="model">.
import { useState } from 'react';
import { createRoot } from 'react-dom/client';

const INDICATIFS = [
  ['FR', 'France (+33)'], ['BE', 'Belgique (+32)'], ['CH', 'Suisse (+41)'], ['LU', 'Luxembourg (+352)'], ['MA', 'Maroc (+212)'],
  ['CA', 'Canada (+1)'], ['US', 'États-Unis (+1)'], ['GB', 'Royaume-Uni (+44)'], ['ES', 'Espagne (+34)'], ['DE', 'Allemagne (+49)'],
];
const PAYS = ['France', 'Allemagne', 'Belgique', 'Canada', 'Espagne', 'États-Unis', 'Italie', 'Luxembourg', 'Maroc', 'Royaume-Uni', 'Suisse', 'Tunisie', 'Autre'];
const NIVEAUX = ['Bac', 'Bac+2 (BTS, DUT)', 'Bac+3 (Licence, Bachelor, BUT)', 'Bac+4 (Maîtrise, Master 1)', 'Bac+5 (Master, diplôme d\'ingénieur)', 'Doctorat'];
const EXPERIENCES = ['Débutant', '1 à 2 ans', '3 à 5 ans', '6 à 10 ans', 'Plus de 10 ans'];
const DISPOS = ['Immédiate', 'Sous 1 mois', 'Sous 3 mois', 'Plus de 3 mois'];

function App() {
  const [f, setF] = useState({
    civilite: '', prenom: '', nom: '', email: '', indicatif: 'FR', telephone: '', ville: '', pays: 'France',
    posteActuel: '', entrepriseActuelle: '', linkedin: '', siteWeb: '', niveau: '', experience: '', disponibilite: '',
    pretentions: '', mobilite: '', cv: null, lettre: '', source: '', rgpd: false, vivier: false,
  });
  const [sent, setSent] = useState(false);
  const [error, setError] = useState('');
  const set = (k) => (e) => setF((s) => ({ ...s, [k]: e.target.type === 'checkbox' ? e.target.checked : e.target.value }));
  const submit = (e) => {
    e.preventDefault();
    if (!f.prenom || !f.nom || !f.email || !f.cv) return setError('Merci de compléter les champs obligatoires (prénom, nom, email, CV).');
    if (!f.rgpd) return setError('Vous devez accepter la politique de confidentialité pour postuler.');
    setSent(true);
  };
  const req = <span className="tz-req"> *</span>;
  return (
    <>
      {sent ? (
        <div className="tz-card" id="tz-merci"><h2>Merci {f.prenom} !</h2><p>Votre candidature a bien été envoyée à Maison Verdier.</p></div>
      ) : (
        <form className="tz-card" id="tz-form" onSubmit={submit} noValidate>
          <h2 style={{ marginTop: 0, fontSize: 19 }}>Postuler à cette offre</h2>
          <div className="tz-field" style={{ maxWidth: 220 }}>
            <label htmlFor="candidate_civility">Civilité</label>
            <select id="candidate_civility" name="candidate[civility]" value={f.civilite} onChange={set('civilite')}>
              <option value="">Sélectionner</option><option value="mme">Madame</option><option value="m">Monsieur</option><option value="nc">Ne se prononce pas</option>
            </select>
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
              <input id="candidate_city" name="candidate[city]" type="text" placeholder="ex. Lyon" value={f.ville} onChange={set('ville')} /></div>
            <div className="tz-field"><label htmlFor="candidate_country">Pays de résidence</label>
              <select id="candidate_country" name="candidate[country]" value={f.pays} onChange={set('pays')}>
                {PAYS.map((p) => <option key={p}>{p}</option>)}
              </select></div>
          </div>
          <div className="tz-row">
            <div className="tz-field"><label htmlFor="candidate_currentJob">Poste actuel</label>
              <input id="candidate_currentJob" name="candidate[currentJob]" type="text" value={f.posteActuel} onChange={set('posteActuel')} /></div>
            <div className="tz-field"><label htmlFor="candidate_currentCompany">Entreprise actuelle</label>
              <input id="candidate_currentCompany" name="candidate[currentCompany]" type="text" value={f.entrepriseActuelle} onChange={set('entrepriseActuelle')} /></div>
          </div>
          <div className="tz-row">
            <div className="tz-field"><label htmlFor="candidate_linkedin">Profil LinkedIn</label>
              <input id="candidate_linkedin" name="candidate[social][linkedin]" type="url" placeholder="https://www.linkedin.com/in/…" value={f.linkedin} onChange={set('linkedin')} /></div>
            <div className="tz-field"><label htmlFor="candidate_website">Site web personnel</label>
              <input id="candidate_website" name="candidate[social][website]" type="url" value={f.siteWeb} onChange={set('siteWeb')} /></div>
          </div>
          <div className="tz-field"><label htmlFor="q_4471">Niveau d'études{req}</label>
            <select id="q_4471" name="questions[4471]" value={f.niveau} onChange={set('niveau')}>
              <option value="">Sélectionner</option>{NIVEAUX.map((n) => <option key={n}>{n}</option>)}
            </select></div>
          <div className="tz-field">
            <span className="tz-label" id="q_4472_label">Années d'expérience en data engineering{req}</span>
            <div className="tz-pills" id="q_4472" role="group" aria-labelledby="q_4472_label">
              {EXPERIENCES.map((x) => (
                <button key={x} type="button" className="tz-pill" aria-pressed={f.experience === x} onClick={() => setF((s) => ({ ...s, experience: x }))}>{x}</button>
              ))}
            </div>
          </div>
          <div className="tz-row">
            <div className="tz-field"><label htmlFor="q_4473">Disponibilité</label>
              <select id="q_4473" name="questions[4473]" value={f.disponibilite} onChange={set('disponibilite')}>
                <option value="">Sélectionner</option>{DISPOS.map((d) => <option key={d}>{d}</option>)}
              </select></div>
            <div className="tz-field"><label htmlFor="q_4474">Prétentions salariales (k€ brut annuel)</label>
              <input id="q_4474" name="questions[4474]" type="text" inputMode="numeric" placeholder="ex. 55" value={f.pretentions} onChange={set('pretentions')} /></div>
          </div>
          <div className="tz-field">
            <span className="tz-label" id="q_4475_label">Êtes-vous prêt(e) à venir au bureau de Lyon 2 jours par semaine ?</span>
            <label style={{ marginRight: 16 }}><input type="radio" name="questions[4475]" value="oui" checked={f.mobilite === 'oui'} onChange={set('mobilite')} /> Oui</label>
            <label><input type="radio" name="questions[4475]" value="non" checked={f.mobilite === 'non'} onChange={set('mobilite')} /> Non</label>
          </div>
          <div className="tz-field">
            <span className="tz-label">CV{req}</span>
            <div className="tz-drop">
              {f.cv ? <strong>{f.cv}</strong> : <>Glissez-déposez votre CV ici ou <u>parcourez vos fichiers</u><br /><small>PDF, Word – 5 Mo max.</small></>}
              <input id="candidate_resume" name="candidate[resume]" type="file" accept=".pdf,.doc,.docx,.odt" aria-label="CV"
                onChange={(e) => setF((s) => ({ ...s, cv: e.target.files[0] ? e.target.files[0].name : null }))} />
            </div>
          </div>
          <div className="tz-field"><label htmlFor="candidate_coverLetter">Lettre de motivation</label>
            <textarea id="candidate_coverLetter" name="candidate[coverLetter]" rows={7} value={f.lettre} onChange={set('lettre')} />
            <div className="tz-help">Facultatif, mais toujours apprécié 🙂</div></div>
          <div className="tz-field" style={{ maxWidth: 360 }}><label htmlFor="candidate_source">Comment avez-vous connu cette offre ?</label>
            <select id="candidate_source" name="candidate[source]" value={f.source} onChange={set('source')}>
              <option value="">Sélectionner</option><option>Welcome to the Jungle</option><option>LinkedIn</option><option>Indeed</option><option>APEC</option><option>France Travail</option><option>Cooptation</option><option>Autre</option>
            </select></div>
          <p style={{ fontSize: 13.5 }}><input type="checkbox" id="candidate_gdpr" name="candidate[gdpr]" checked={f.rgpd} onChange={set('rgpd')} />{' '}
            <label htmlFor="candidate_gdpr">J'accepte que mes données soient traitées par Maison Verdier dans le cadre de ce recrutement, conformément à la <a href="#">politique de confidentialité</a>.{req}</label></p>
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
