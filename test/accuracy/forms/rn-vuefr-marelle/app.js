// Marelle Assurances (Montréal) careers page in French, Vue 3 render functions over native
// controls: Québec phone format, province list with "Extérieur du Canada", French country names,
// Québec education levels (DEC, Baccalauréat, Maîtrise), experience brackets "6 à 10 ans",
// AAAA-MM-JJ availability, pay type (hourly / annual) with a currency select preset CAD.
// The form state is printed into <pre id="model">.
import { createApp, h, reactive, ref, watch } from 'vue';

const PROVINCES = [
  ['', 'Sélectionner'], ['AB', 'Alberta'], ['BC', 'Colombie-Britannique'], ['MB', 'Manitoba'], ['NB', 'Nouveau-Brunswick'],
  ['NL', 'Terre-Neuve-et-Labrador'], ['NS', 'Nouvelle-Écosse'], ['ON', 'Ontario'], ['PE', 'Île-du-Prince-Édouard'],
  ['QC', 'Québec'], ['SK', 'Saskatchewan'], ['XX', 'Extérieur du Canada'],
];
const PAYS = [
  ['', 'Sélectionner'], ['CA', 'Canada'], ['US', 'États-Unis'], ['UM', 'Îles mineures éloignées des États-Unis'], ['FR', 'France'],
  ['BE', 'Belgique'], ['CH', 'Suisse'], ['MA', 'Maroc'], ['HT', 'Haïti'], ['GB', 'Royaume-Uni'], ['MX', 'Mexique'],
];
const SCOLARITE = [
  ['', 'Sélectionner'], ['DES', "Diplôme d'études secondaires (DES)"], ['DEP', "Diplôme d'études professionnelles (DEP)"],
  ['DEC', "Diplôme d'études collégiales (DEC)"], ['BAC', 'Baccalauréat (universitaire 1er cycle)'],
  ['MAI', 'Maîtrise (2e cycle)'], ['DOC', 'Doctorat (3e cycle)'],
];
const EXPERIENCE = [['', 'Sélectionner'], ['0-2', 'Moins de 3 ans'], ['3-5', '3 à 5 ans'], ['6-10', '6 à 10 ans'], ['11+', 'Plus de 10 ans']];
const DEVISES = [['CAD', 'CAD – Dollar canadien'], ['USD', 'USD – Dollar américain'], ['EUR', 'EUR – Euro']];

const form = reactive({
  prenom: '', nom: '', courriel: '', telephone: '', adresse: '', ville: '', province: '', codePostal: '', pays: '',
  linkedin: '', employeur: '', poste: '', experience: '', scolarite: '', etablissement: '', disponibilite: '',
  typeRemuneration: '', montant: '', devise: 'CAD', autoriseCanada: '', francais: '', cv: null, lettre: null, loi25: false,
});
const sent = ref(false);
const alerte = ref('');
watch(form, (v) => { document.getElementById('model').textContent = JSON.stringify(v, null, 2); }, { deep: true, immediate: true });

const bind = (key, attrs = {}) => ({ ...attrs, name: key, value: form[key], onInput: (e) => (form[key] = e.target.value), onChange: (e) => (form[key] = e.target.value) });
const field = (id, label, control, help, req) =>
  h('div', { class: 'ma-f' }, [h('label', { for: id }, [label, req ? h('span', { style: 'color:#e2007a' }, ' *') : null]), control, help ? h('div', { class: 'ma-help' }, help) : null]);
const select = (id, key, options) => h('select', { id, ...bind(key) }, options.map(([v, t]) => h('option', { value: v }, t)));
const radios = (name, legend, options, req) =>
  h('div', { class: 'ma-f', role: 'radiogroup', 'aria-labelledby': `${name}-lbl` }, [
    h('span', { class: 'ma-lbl', id: `${name}-lbl` }, [legend, req ? h('span', { style: 'color:#e2007a' }, ' *') : null]),
    h('div', { class: 'ma-radios' }, options.map(([v, t]) =>
      h('label', null, [h('input', { type: 'radio', name, value: v, checked: form[name] === v, onChange: () => (form[name] = v) }), ' ', t]))),
  ]);

function submit(event) {
  event.preventDefault();
  if (!form.loi25) {
    alerte.value = 'Veuillez accepter la politique de confidentialité.';
    return;
  }
  alerte.value = '';
  sent.value = true;
}

const App = {
  setup() {
    return () => h('div', null, [
      h('main', { class: 'ma-page' }, [
        h('p', { style: 'margin:0;color:#6f6780' }, 'Technologie · Montréal (hybride) ou télétravail au Canada et aux États-Unis · Poste permanent'),
        h('h1', { style: 'margin:4px 0 10px;font-size:24px' }, 'Ingénieur(e) de données principal(e)'),
        h('p', null, 'Vous bâtirez la plateforme de données qui alimente nos modèles de tarification automobile et habitation.'),
        sent.value
          ? h('p', { id: 'ma-merci', role: 'status', style: 'color:#1e7b34;font-weight:700' }, 'Merci! Votre candidature a bien été reçue.')
          : h('form', { id: 'ma-form', onSubmit: submit, novalidate: true }, [
            h('h2', null, 'Coordonnées'),
            h('div', { class: 'ma-row' }, [
              field('ma-prenom', 'Prénom', h('input', { id: 'ma-prenom', type: 'text', autocomplete: 'given-name', ...bind('prenom') }), null, true),
              field('ma-nom', 'Nom de famille', h('input', { id: 'ma-nom', type: 'text', autocomplete: 'family-name', ...bind('nom') }), null, true),
            ]),
            field('ma-courriel', 'Courriel', h('input', { id: 'ma-courriel', type: 'email', ...bind('courriel') }), null, true),
            field('ma-tel', 'Téléphone', h('input', { id: 'ma-tel', type: 'tel', placeholder: '514 555-0123', maxlength: 16, ...bind('telephone') }), 'Format : 514 555-0123', true),
            field('ma-adresse', 'Adresse', h('input', { id: 'ma-adresse', type: 'text', ...bind('adresse') })),
            h('div', { class: 'ma-row' }, [
              field('ma-ville', 'Ville', h('input', { id: 'ma-ville', type: 'text', ...bind('ville') }), null, true),
              field('ma-province', 'Province', select('ma-province', 'province', PROVINCES)),
              field('ma-cp', 'Code postal', h('input', { id: 'ma-cp', type: 'text', placeholder: 'H2X 1Y4', ...bind('codePostal') })),
            ]),
            field('ma-pays', 'Pays de résidence', select('ma-pays', 'pays', PAYS), null, true),
            field('ma-linkedin', 'Profil LinkedIn', h('input', { id: 'ma-linkedin', type: 'url', ...bind('linkedin') })),

            h('h2', null, 'Parcours'),
            h('div', { class: 'ma-row' }, [
              field('ma-employeur', 'Employeur actuel', h('input', { id: 'ma-employeur', type: 'text', ...bind('employeur') })),
              field('ma-poste', 'Titre du poste actuel', h('input', { id: 'ma-poste', type: 'text', ...bind('poste') })),
            ]),
            field('ma-experience', "Années d'expérience pertinente en ingénierie de données", select('ma-experience', 'experience', EXPERIENCE), null, true),
            field('ma-scolarite', 'Plus haut niveau de scolarité complété', select('ma-scolarite', 'scolarite', SCOLARITE), null, true),
            field('ma-etab', 'Établissement', h('input', { id: 'ma-etab', type: 'text', ...bind('etablissement') })),

            h('h2', null, 'Disponibilité et rémunération'),
            field('ma-dispo', 'Date de disponibilité', h('input', { id: 'ma-dispo', type: 'text', placeholder: 'AAAA-MM-JJ', ...bind('disponibilite') }), 'Format : AAAA-MM-JJ', true),
            radios('typeRemuneration', 'Vos attentes sont exprimées en', [['horaire', 'Taux horaire'], ['annuel', 'Salaire annuel']], true),
            h('div', { class: 'ma-f' }, [
              h('label', { for: 'ma-montant' }, ['Rémunération visée', h('span', { style: 'color:#e2007a' }, ' *')]),
              h('div', { class: 'ma-amount' }, [
                h('input', { id: 'ma-montant', type: 'text', inputmode: 'numeric', ...bind('montant') }),
                h('span', null, form.typeRemuneration === 'horaire' ? '$ / heure' : '$ / an'),
                h('select', { id: 'ma-devise', 'aria-label': 'Devise', ...bind('devise') }, DEVISES.map(([v, t]) => h('option', { value: v }, t))),
              ]),
              h('div', { class: 'ma-help' }, 'Montant brut, sans espaces ni symboles.'),
            ]),

            h('h2', null, 'Admissibilité'),
            radios('autoriseCanada', 'Êtes-vous légalement autorisé(e) à travailler au Canada?', [['oui', 'Oui'], ['non', 'Non']]),
            field('ma-francais', 'Niveau de français parlé', select('ma-francais', 'francais', [['', 'Sélectionner'], ['base', 'Notions de base'], ['inter', 'Intermédiaire'], ['avance', 'Avancé'], ['natif', 'Langue maternelle']])),

            h('h2', null, 'Documents'),
            field('ma-cv', 'Curriculum vitae', h('input', { id: 'ma-cv', name: 'cv', type: 'file', accept: '.pdf,.doc,.docx', onChange: (e) => (form.cv = e.target.files?.[0]?.name ?? null) }), 'PDF ou Word, 5 Mo maximum', true),
            field('ma-lettre', 'Lettre de présentation', h('input', { id: 'ma-lettre', name: 'lettre', type: 'file', accept: '.pdf,.doc,.docx,.txt', onChange: (e) => (form.lettre = e.target.files?.[0]?.name ?? null) }), 'Facultatif · PDF, Word ou texte'),

            h('label', { style: 'display:flex;gap:8px;align-items:flex-start;margin:16px 0;font-size:14px' }, [
              h('input', { id: 'ma-loi25', type: 'checkbox', name: 'loi25', checked: form.loi25, onChange: (e) => (form.loi25 = e.target.checked) }),
              "J'ai lu la politique de confidentialité et je consens à ce que Marelle traite mes renseignements personnels aux fins du recrutement (Loi 25). *",
            ]),
            alerte.value ? h('p', { style: 'color:#b00020' }, alerte.value) : null,
            h('button', { type: 'submit', id: 'ma-soumettre', class: 'ma-btn' }, 'Soumettre ma candidature'),
          ]),
      ]),
      h('div', { class: 'ma-foot' }, [
        h('label', { for: 'ma-alerte' }, 'Alertes emploi :'),
        h('input', { id: 'ma-alerte', type: 'email', placeholder: 'Votre courriel', value: '' }),
        h('button', { type: 'button' }, "M'abonner"),
      ]),
    ]);
  },
};

createApp(App).mount('#app');
