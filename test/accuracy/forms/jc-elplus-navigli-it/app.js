/*
 * A "Lavora con noi" application page of an Italian insurer (Milan), Vue 3 + Element Plus: el-form
 * with label-position top, el-input (generated el-id ids), el-select with teleported dropdowns
 * ("Prefisso" preset "+39 Italia" with "+1 Canada" before "+1 Stati Uniti"; Italian regions with
 * "Estero"; a filterable Nazione di residenza; titolo di studio; English level; notice period),
 * el-radio-groups (situazione lavorativa with "Occupato/a", categorie protette, trasferte, work
 * permit for Italy), el-input-number for the years, el-date-picker DD/MM/YYYY for the start, a
 * RAL input with a "€ lordi/anno" append, codice fiscale and birth date, a cover letter textarea,
 * a native CV input and el-checkbox consents (privacy required, marketing optional).
 * The reactive form object is rendered into <pre id="model">.
 */
import { createApp, reactive, ref } from 'vue/dist/vue.esm-bundler.js';
import ElementPlus from 'element-plus';
import 'element-plus/dist/index.css';

const App = {
  setup() {
    const form = reactive({
      nome: '', cognome: '', codiceFiscale: '', dataNascita: '', email: '', emailConferma: '', prefisso: '+39', cellulare: '',
      indirizzo: '', cap: '', comune: '', regione: '', nazione: 'Italia', situazione: '', azienda: '', ruolo: '', titolo: '', ateneo: '',
      anni: null, inglese: '', disponibilita: '', ral: '', preavviso: '', permesso: '', categorieProtette: '', trasferte: '', lettera: '',
      cv: null, privacy: false, marketing: false,
    });
    const done = ref(false);
    const error = ref(false);
    const prefissi = [['+39', '+39 Italia'], ['+41', '+41 Svizzera'], ['+33', '+33 Francia'], ['+49', '+49 Germania'], ['+34', '+34 Spagna'], ['+44', '+44 Regno Unito'], ['+1-CA', '+1 Canada'], ['+1', '+1 Stati Uniti']];
    const regioni = ['Abruzzo', 'Campania', 'Emilia-Romagna', 'Friuli-Venezia Giulia', 'Lazio', 'Liguria', 'Lombardia', 'Piemonte', 'Puglia', 'Sardegna', 'Sicilia', 'Toscana', 'Trentino-Alto Adige', 'Veneto', 'Estero'];
    const nazioni = ['Austria', 'Canada', 'Francia', 'Germania', 'Italia', 'Regno Unito', 'San Marino', 'Spagna', 'Stati Uniti d\'America', 'Svizzera'];
    const titoli = ['Licenza media', 'Diploma di scuola superiore', 'Laurea triennale', 'Laurea magistrale / a ciclo unico', 'Master universitario', 'Dottorato di ricerca'];
    const livelli = ['A1 - A2', 'B1', 'B2', 'C1', 'C2', 'Madrelingua'];
    const preavvisi = ['Nessuno', '15 giorni', '1 mese', '2 mesi', '3 mesi o più'];
    const onCv = (event) => { const file = event.target.files[0]; form.cv = file ? file.name : null; };
    const submit = () => {
      const need = ['nome', 'cognome', 'email', 'emailConferma', 'cellulare', 'comune', 'nazione', 'situazione', 'disponibilita', 'permesso'];
      if (need.some((k) => !String(form[k] || '').trim()) || !form.cv || !form.privacy) { error.value = true; return; }
      done.value = true;
    };
    return { form, done, error, prefissi, regioni, nazioni, titoli, livelli, preavvisi, onCv, submit };
  },
  template: `
    <p v-if="done" class="done" id="nv-done">Grazie! La tua candidatura è stata inviata correttamente.</p>
    <el-form v-else :model="form" label-position="top" @submit.prevent="submit">
      <h1>Data Engineer</h1>
      <p>Navigli Assicurazioni S.p.A. · Milano (Porta Nuova) · Ibrido · Contratto a tempo indeterminato, CCNL Assicurativo</p>
      <el-alert v-if="error" type="error" title="Compila tutti i campi obbligatori." :closable="false" />
      <h3>Dati anagrafici</h3>
      <el-row :gutter="12">
        <el-col :span="12"><el-form-item label="Nome" class="f-nome" required><el-input v-model="form.nome" /></el-form-item></el-col>
        <el-col :span="12"><el-form-item label="Cognome" class="f-cognome" required><el-input v-model="form.cognome" /></el-form-item></el-col>
      </el-row>
      <el-row :gutter="12">
        <el-col :span="12"><el-form-item label="Codice fiscale" class="f-cf"><el-input v-model="form.codiceFiscale" maxlength="16" placeholder="RSSMRA85T10A562S" /></el-form-item></el-col>
        <el-col :span="12"><el-form-item label="Data di nascita" class="f-nascita"><el-input v-model="form.dataNascita" placeholder="gg/mm/aaaa" /></el-form-item></el-col>
      </el-row>
      <el-row :gutter="12">
        <el-col :span="12"><el-form-item label="E-mail" class="f-email" required><el-input v-model="form.email" type="email" /></el-form-item></el-col>
        <el-col :span="12"><el-form-item label="Conferma e-mail" class="f-email2" required><el-input v-model="form.emailConferma" type="email" /></el-form-item></el-col>
      </el-row>
      <el-row :gutter="12">
        <el-col :span="9"><el-form-item label="Prefisso" class="f-prefisso">
          <el-select v-model="form.prefisso"><el-option v-for="p in prefissi" :key="p[0]" :label="p[1]" :value="p[0]" /></el-select>
        </el-form-item></el-col>
        <el-col :span="15"><el-form-item label="Cellulare" class="f-cellulare" required><el-input v-model="form.cellulare" type="tel" placeholder="333 123 4567" /></el-form-item></el-col>
      </el-row>
      <h3>Residenza</h3>
      <el-form-item label="Indirizzo (via e numero civico)" class="f-indirizzo"><el-input v-model="form.indirizzo" placeholder="Via Dante 12" /></el-form-item>
      <el-row :gutter="12">
        <el-col :span="8"><el-form-item label="CAP" class="f-cap"><el-input v-model="form.cap" placeholder="20121" maxlength="10" /></el-form-item></el-col>
        <el-col :span="16"><el-form-item label="Comune" class="f-comune" required><el-input v-model="form.comune" /></el-form-item></el-col>
      </el-row>
      <el-row :gutter="12">
        <el-col :span="12"><el-form-item label="Regione" class="f-regione">
          <el-select v-model="form.regione" placeholder="Seleziona"><el-option v-for="r in regioni" :key="r" :label="r" :value="r" /></el-select>
        </el-form-item></el-col>
        <el-col :span="12"><el-form-item label="Nazione di residenza" class="f-nazione" required>
          <el-select v-model="form.nazione" filterable placeholder="Seleziona"><el-option v-for="n in nazioni" :key="n" :label="n" :value="n" /></el-select>
        </el-form-item></el-col>
      </el-row>
      <h3>Esperienza e formazione</h3>
      <el-form-item label="Situazione lavorativa attuale" class="f-situazione" required>
        <el-radio-group v-model="form.situazione">
          <el-radio value="occupato">Occupato/a</el-radio><el-radio value="disoccupato">Disoccupato/a</el-radio>
          <el-radio value="primo">In cerca di prima occupazione</el-radio><el-radio value="studente">Studente/Studentessa</el-radio>
        </el-radio-group>
      </el-form-item>
      <el-row :gutter="12">
        <el-col :span="12"><el-form-item label="Azienda attuale" class="f-azienda"><el-input v-model="form.azienda" /></el-form-item></el-col>
        <el-col :span="12"><el-form-item label="Ruolo attuale" class="f-ruolo"><el-input v-model="form.ruolo" /></el-form-item></el-col>
      </el-row>
      <el-row :gutter="12">
        <el-col :span="12"><el-form-item label="Titolo di studio" class="f-titolo">
          <el-select v-model="form.titolo" placeholder="Seleziona"><el-option v-for="t in titoli" :key="t" :label="t" :value="t" /></el-select>
        </el-form-item></el-col>
        <el-col :span="12"><el-form-item label="Università / Ateneo" class="f-ateneo"><el-input v-model="form.ateneo" /></el-form-item></el-col>
      </el-row>
      <el-row :gutter="12">
        <el-col :span="12"><el-form-item label="Anni di esperienza lavorativa" class="f-anni"><el-input-number v-model="form.anni" :min="0" :max="45" controls-position="right" /></el-form-item></el-col>
        <el-col :span="12"><el-form-item label="Livello di inglese" class="f-inglese">
          <el-select v-model="form.inglese" placeholder="Seleziona"><el-option v-for="l in livelli" :key="l" :label="l" :value="l" /></el-select>
        </el-form-item></el-col>
      </el-row>
      <h3>Domande</h3>
      <el-row :gutter="12">
        <el-col :span="12"><el-form-item label="Disponibilità a iniziare dal" class="f-disponibilita" required>
          <el-date-picker v-model="form.disponibilita" type="date" format="DD/MM/YYYY" value-format="YYYY-MM-DD" placeholder="gg/mm/aaaa" />
        </el-form-item></el-col>
        <el-col :span="12"><el-form-item label="Periodo di preavviso" class="f-preavviso">
          <el-select v-model="form.preavviso" placeholder="Seleziona"><el-option v-for="p in preavvisi" :key="p" :label="p" :value="p" /></el-select>
        </el-form-item></el-col>
      </el-row>
      <el-form-item label="RAL desiderata" class="f-ral"><el-input v-model="form.ral" placeholder="es. 45.000"><template #append>€ lordi/anno</template></el-input></el-form-item>
      <el-form-item label="Sei in possesso di un permesso di lavoro valido per l'Italia (o sei cittadino/a UE)?" class="f-permesso" required>
        <el-radio-group v-model="form.permesso"><el-radio value="si">Sì</el-radio><el-radio value="no">No</el-radio></el-radio-group>
      </el-form-item>
      <el-form-item label="Appartieni alle categorie protette (L. 68/99)?" class="f-categorie">
        <el-radio-group v-model="form.categorieProtette"><el-radio value="si">Sì</el-radio><el-radio value="no">No</el-radio><el-radio value="nd">Preferisco non rispondere</el-radio></el-radio-group>
      </el-form-item>
      <el-form-item label="Sei disponibile a trasferte in Italia (circa 2 giorni al mese)?" class="f-trasferte">
        <el-radio-group v-model="form.trasferte"><el-radio value="si">Sì</el-radio><el-radio value="no">No</el-radio></el-radio-group>
      </el-form-item>
      <el-form-item label="Lettera di presentazione" class="f-lettera"><el-input v-model="form.lettera" type="textarea" :rows="5" /></el-form-item>
      <el-form-item label="Curriculum vitae" class="f-cv" required><input id="nv-cv" type="file" name="cv" accept=".pdf,.doc,.docx" @change="onCv" /></el-form-item>
      <el-form-item class="f-privacy"><el-checkbox v-model="form.privacy">Dichiaro di aver letto l'informativa privacy ai sensi dell'art. 13 del Regolamento UE 2016/679 (GDPR) e acconsento al trattamento dei miei dati per la selezione. *</el-checkbox></el-form-item>
      <el-form-item class="f-marketing"><el-checkbox v-model="form.marketing">Acconsento a ricevere comunicazioni su future opportunità di lavoro.</el-checkbox></el-form-item>
      <el-button type="primary" native-type="submit" id="nv-submit">Invia candidatura</el-button>
      <pre id="model">{{ JSON.stringify(form, null, 2) }}</pre>
    </el-form>
  `,
};

createApp(App).use(ElementPlus).mount('#root');
