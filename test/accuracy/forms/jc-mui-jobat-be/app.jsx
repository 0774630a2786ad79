/**
 * A Jobat-like Belgian application page in French (Brussels employer), React 19 + MUI: TextFields,
 * non-native Selects (menu in a portal) for the dial code ("Belgique (+32)" preset, "Canada (+1)"
 * before "États-Unis (+1)"), the country of residence (French names, preset Belgique), the diploma
 * (Belgian "Bachelier" / "Master") and three language levels; RadioGroups for Civilité, the
 * current status with gendered options ("Salarié(e)"), experience ranges and a Belgian work
 * permit; registre national, jj/mm/aaaa availability, monthly gross salary in euros, a multiline
 * "Lettre de motivation", a CV input hidden in a Button, RGPD consent and a job-alert opt-in.
 * The form state is rendered into <pre id="model">.
 */
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import {
  Button, Checkbox, FormControl, FormControlLabel, FormHelperText, FormLabel, InputLabel, MenuItem, Radio, RadioGroup, Select, TextField,
} from '@mui/material';

const INDICATIFS = [
  ['+32', 'Belgique (+32)'], ['+33', 'France (+33)'], ['+352', 'Luxembourg (+352)'], ['+31', 'Pays-Bas (+31)'], ['+49', 'Allemagne (+49)'],
  ['+44', 'Royaume-Uni (+44)'], ['+1-CA', 'Canada (+1)'], ['+1', 'États-Unis (+1)'],
];
const PAYS = ['Allemagne', 'Belgique', 'Canada', 'Espagne', 'États-Unis', 'France', 'Luxembourg', 'Maroc', 'Pays-Bas', 'Royaume-Uni'];
const DIPLOMES = ['CESS (secondaire supérieur)', 'Graduat / Brevet d\'enseignement supérieur', 'Bachelier', 'Master', 'Master de spécialisation', 'Doctorat'];
const NIVEAUX = ['Notions', 'Moyen (B1)', 'Bon (B2)', 'Très bon (C1)', 'Langue maternelle'];

const EMPTY = {
  civilite: '', prenom: '', nom: '', email: '', indicatif: '+32', gsm: '', registreNational: '', rue: '', codePostal: '', localite: '', pays: 'Belgique',
  statut: '', employeur: '', fonction: '', diplome: '', etablissement: '', experience: '', francais: '', neerlandais: '', anglais: '',
  disponibilite: '', pretentions: '', permis: '', lettre: '', cv: null, rgpd: false, alertes: false,
};

function App() {
  const [form, setForm] = useState(EMPTY);
  const [sent, setSent] = useState(false);
  const [error, setError] = useState(false);
  const set = (key) => (event) => {
    const value = event.target.type === 'checkbox' ? event.target.checked : event.target.value;
    setForm((f) => ({ ...f, [key]: value }));
  };
  const text = (key, label, props = {}) => (
    <TextField id={`jb-${key}`} name={key} label={label} value={form[key]} onChange={set(key)} fullWidth margin="dense" {...props} />
  );
  const select = (key, label, options, props = {}) => (
    <FormControl fullWidth margin="dense" data-field={key} required={props.required}>
      <InputLabel id={`jb-${key}-label`}>{label}</InputLabel>
      <Select labelId={`jb-${key}-label`} id={`jb-${key}`} label={label} value={form[key]} onChange={set(key)}>
        {options.map((o) => (Array.isArray(o) ? <MenuItem key={o[0]} value={o[0]}>{o[1]}</MenuItem> : <MenuItem key={o} value={o}>{o}</MenuItem>))}
      </Select>
    </FormControl>
  );
  const radios = (key, label, options, required) => (
    <FormControl margin="dense" data-field={key} required={required} sx={{ display: 'block' }}>
      <FormLabel id={`jb-${key}-label`}>{label}</FormLabel>
      <RadioGroup row aria-labelledby={`jb-${key}-label`} name={key} value={form[key]} onChange={set(key)}>
        {options.map((o) => <FormControlLabel key={o} value={o} control={<Radio />} label={o} />)}
      </RadioGroup>
    </FormControl>
  );
  const submit = (event) => {
    event.preventDefault();
    const need = ['prenom', 'nom', 'email', 'gsm', 'localite', 'statut', 'experience', 'disponibilite', 'permis'];
    if (need.some((k) => !String(form[k]).trim()) || !form.cv || !form.rgpd) { setError(true); return; }
    setSent(true);
  };
  if (sent) return <div id="jb-done"><h2>Merci ! Votre candidature a bien été envoyée.</h2></div>;
  return (
    <form id="jb-form" onSubmit={submit} noValidate>
      <h1>Data Engineer (H/F/X)</h1>
      <p>Brussels Port Logistics · Bruxelles (Haren) · CDI · Temps plein · Hybride</p>
      {error ? <p role="alert" style={{ color: '#c00' }}>Veuillez compléter les champs obligatoires.</p> : null}
      <h2>Vos coordonnées</h2>
      {radios('civilite', 'Civilité', ['Madame', 'Monsieur', 'Autre / ne souhaite pas préciser'])}
      <div style={{ display: 'flex', gap: 12 }}>
        {text('prenom', 'Prénom', { required: true })}
        {text('nom', 'Nom', { required: true })}
      </div>
      {text('email', 'Adresse e-mail', { required: true, type: 'email' })}
      <div style={{ display: 'flex', gap: 12 }}>
        <div style={{ flex: '0 0 230px' }}>{select('indicatif', 'Indicatif', INDICATIFS)}</div>
        {text('gsm', 'GSM', { required: true, type: 'tel', placeholder: '470 12 34 56' })}
      </div>
      {text('registreNational', 'Numéro de registre national', { placeholder: '85.07.30-033.28', helperText: 'Uniquement si vous résidez en Belgique.' })}
      {text('rue', 'Rue et numéro')}
      <div style={{ display: 'flex', gap: 12 }}>
        <div style={{ flex: '0 0 160px' }}>{text('codePostal', 'Code postal', { placeholder: '1000' })}</div>
        {text('localite', 'Localité', { required: true })}
      </div>
      {select('pays', 'Pays de résidence', PAYS, { required: true })}

      <h2>Votre parcours</h2>
      {radios('statut', 'Statut professionnel actuel', ['Salarié(e)', 'Indépendant(e)', 'Demandeur(se) d\'emploi', 'Étudiant(e)'], true)}
      <div style={{ display: 'flex', gap: 12 }}>
        {text('employeur', 'Employeur actuel')}
        {text('fonction', 'Fonction actuelle')}
      </div>
      {select('diplome', 'Diplôme le plus élevé', DIPLOMES)}
      {text('etablissement', 'Établissement (université / haute école)')}
      {radios('experience', 'Expérience professionnelle', ['Moins de 2 ans', '2 à 5 ans', '6 à 10 ans', 'Plus de 10 ans'], true)}
      <div style={{ display: 'flex', gap: 12 }}>
        {select('francais', 'Français', NIVEAUX)}
        {select('neerlandais', 'Néerlandais', NIVEAUX)}
        {select('anglais', 'Anglais', NIVEAUX)}
      </div>

      <h2>Questions</h2>
      {text('disponibilite', 'Date de disponibilité', { required: true, placeholder: 'jj/mm/aaaa' })}
      {text('pretentions', 'Prétentions salariales (brut mensuel, €)', { helperText: 'Hors chèques-repas et voiture de société.' })}
      {radios('permis', 'Disposez-vous d\'un permis de travail valable en Belgique (ou êtes-vous ressortissant(e) de l\'UE) ?', ['Oui', 'Non'], true)}
      {text('lettre', 'Lettre de motivation', { multiline: true, minRows: 5 })}
      <FormControl margin="dense" data-field="cv" sx={{ display: 'block' }}>
        <FormLabel id="jb-cv-label" required>CV</FormLabel>
        <Button variant="outlined" component="label" id="jb-cv-button">
          Joindre mon CV
          <input id="jb-cv" name="cv" type="file" hidden accept=".pdf,.doc,.docx" onChange={(e) => setForm((f) => ({ ...f, cv: e.target.files[0] ? e.target.files[0].name : null }))} />
        </Button>
        <FormHelperText>{form.cv || 'PDF, DOC ou DOCX – 5 Mo maximum'}</FormHelperText>
      </FormControl>
      <FormControlLabel control={<Checkbox id="jb-rgpd" name="rgpd" checked={form.rgpd} onChange={set('rgpd')} />}
        label="J'accepte que mes données soient traitées dans le cadre de ce recrutement, conformément au RGPD. *" />
      <FormControlLabel control={<Checkbox id="jb-alertes" name="alertes" checked={form.alertes} onChange={set('alertes')} />}
        label="Je souhaite recevoir des offres similaires par e-mail." />
      <div><Button type="submit" variant="contained" id="jb-submit" sx={{ mt: 2 }}>Envoyer ma candidature</Button></div>
      <pre id="model">{JSON.stringify(form, null, 2)}</pre>
    </form>
  );
}

createRoot(document.getElementById('root')).render(<App />);
