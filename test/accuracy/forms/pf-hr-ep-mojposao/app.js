/*
 * A Croatian employer's apply page (MojPosao-style job ad → company form) on Vue 3 + Element Plus
 * in the Croatian locale (app.use(ElementPlus, { locale: hr })): given name and surname, OIB,
 * a mobile number whose example has no country code ("091 234 5678"), Croatian counties with
 * "Izvan Hrvatske", Croatian country names, education levels of the Croatian system ("univ. bacc."),
 * el-input-number for years, el-date-picker in "DD.MM.YYYY." (the trailing dot Croatian dates carry),
 * notice period and net monthly pay in euros (left to the person), el-upload without auto-upload,
 * GDPR privola. The reactive form is rendered into <pre id="model">.
 */
import { createApp, reactive, ref, computed } from 'vue/dist/vue.esm-bundler.js';
import ElementPlus from 'element-plus';
import hr from 'element-plus/es/locale/lang/hr';
import 'element-plus/dist/index.css';

// The model dump and the letter box are their own components, so a keystroke in the letter
// re-renders only them (the page's root template reads every other field).
const ModelDump = {
  props: ['form'],
  setup(props) {
    const text = computed(() => JSON.stringify({ ...props.form, resume: props.form.resume.map((file) => file.name).join(', ') }));
    return { text };
  },
  template: `<pre id="model">{{ text }}</pre>`,
};
const Motivation = {
  props: ['form'],
  template: `<el-input v-model="form.motivation" type="textarea" :rows="6" />`,
};

const App = {
  components: { ModelDump, Motivation },
  setup() {
    const form = reactive({
      firstName: '', lastName: '', birthDate: '', oib: '', email: '', mobile: '', street: '', zip: '', place: '', county: '', country: 'HR',
      education: '', school: '', employer: '', position: '', years: null, notice: '', netPay: null, startDate: '', drivingLicence: '', english: '',
      q_2231: '', q_2232: '', linkedin: '', resume: [], motivation: '', source: '', privola: false, obavijesti: false,
    });
    const search = ref('');
    const done = ref(false);
    const error = ref('');
    const counties = ['Grad Zagreb', 'Zagrebačka', 'Splitsko-dalmatinska', 'Primorsko-goranska', 'Osječko-baranjska', 'Istarska', 'Zadarska', 'Dubrovačko-neretvanska', 'Varaždinska', 'Izvan Hrvatske'];
    const countries = [
      { value: 'HR', label: 'Hrvatska' }, { value: 'SI', label: 'Slovenija' }, { value: 'BA', label: 'Bosna i Hercegovina' }, { value: 'RS', label: 'Srbija' },
      { value: 'AT', label: 'Austrija' }, { value: 'DE', label: 'Njemačka' }, { value: 'IE', label: 'Irska' }, { value: 'GB', label: 'Ujedinjeno Kraljevstvo' },
      { value: 'CA', label: 'Kanada' }, { value: 'US', label: 'Sjedinjene Američke Države' },
    ];
    const levels = ['SSS – srednja stručna sprema', 'Stručni prvostupnik (bacc.)', 'Sveučilišni prvostupnik (univ. bacc.)', 'Magistar struke (mag.)', 'Doktor znanosti (dr. sc.)'];
    const notices = ['Bez otkaznog roka', 'Do 1 mjeseca', '1 – 2 mjeseca', '3 mjeseca', 'Više od 3 mjeseca'];
    const languageLevels = ['A1/A2 – osnovno', 'B1/B2 – samostalno', 'C1/C2 – napredno'];
    const sources = ['MojPosao', 'LinkedIn', 'Posao.hr', 'Preporuka', 'Web stranica tvrtke', 'Ostalo'];
    const submit = () => {
      if (!form.firstName || !form.lastName || !form.email || !form.mobile || !form.resume.length || !form.privola) { error.value = 'Molimo ispunite obavezna polja i potvrdite privolu.'; return; }
      done.value = true;
    };
    return { form, search, done, error, counties, countries, levels, notices, languageLevels, sources, submit };
  },
  template: `
    <div class="vrh"><strong>Jadranska Mreža</strong><span>Karijere</span>
      <el-input v-model="search" class="trazi" placeholder="Pretraži oglase" id="pretraga" /></div>
    <div v-if="done" id="prijava-poslana"><h2>Hvala na prijavi!</h2><p>Javit ćemo Vam se u najkraćem mogućem roku.</p></div>
    <el-form v-else :model="form" label-position="top" @submit.prevent="submit">
      <h1>Viši inženjer podataka (m/ž)</h1>
      <p>Jadranska Mreža d.o.o. · Zagreb (hibridno) · Rok prijave: 31.12.2026.</p>
      <h3>Osobni podaci</h3>
      <el-row :gutter="16">
        <el-col :span="12"><el-form-item label="Ime" class="f-ime" required><el-input v-model="form.firstName" /></el-form-item></el-col>
        <el-col :span="12"><el-form-item label="Prezime" class="f-prezime" required><el-input v-model="form.lastName" /></el-form-item></el-col>
      </el-row>
      <el-row :gutter="16">
        <el-col :span="12"><el-form-item label="Datum rođenja" class="f-rodenje"><el-date-picker v-model="form.birthDate" type="date" format="DD.MM.YYYY." value-format="YYYY-MM-DD" placeholder="dd.mm.gggg." /></el-form-item></el-col>
        <el-col :span="12"><el-form-item label="OIB" class="f-oib"><el-input v-model="form.oib" maxlength="11" placeholder="11 znamenki" /></el-form-item></el-col>
      </el-row>
      <el-form-item label="E-mail adresa" class="f-email" required><el-input v-model="form.email" type="email" /></el-form-item>
      <el-form-item label="Broj mobitela" class="f-mobitel" required><el-input v-model="form.mobile" type="tel" placeholder="091 234 5678" /></el-form-item>
      <el-form-item label="Adresa (ulica i kućni broj)" class="f-adresa"><el-input v-model="form.street" /></el-form-item>
      <el-row :gutter="16">
        <el-col :span="8"><el-form-item label="Poštanski broj" class="f-pbr"><el-input v-model="form.zip" maxlength="5" /></el-form-item></el-col>
        <el-col :span="16"><el-form-item label="Mjesto" class="f-mjesto"><el-input v-model="form.place" /></el-form-item></el-col>
      </el-row>
      <el-row :gutter="16">
        <el-col :span="12"><el-form-item label="Županija" class="f-zupanija">
          <el-select v-model="form.county" placeholder="Odaberite"><el-option v-for="c in counties" :key="c" :label="c" :value="c" /></el-select></el-form-item></el-col>
        <el-col :span="12"><el-form-item label="Država" class="f-drzava">
          <el-select v-model="form.country" filterable placeholder="Odaberite"><el-option v-for="c in countries" :key="c.value" :label="c.label" :value="c.value" /></el-select></el-form-item></el-col>
      </el-row>
      <h3>Obrazovanje i radno iskustvo</h3>
      <el-form-item label="Stupanj obrazovanja" class="f-obrazovanje">
        <el-select v-model="form.education" placeholder="Odaberite"><el-option v-for="l in levels" :key="l" :label="l" :value="l" /></el-select></el-form-item>
      <el-form-item label="Obrazovna ustanova (fakultet / škola)" class="f-ustanova"><el-input v-model="form.school" /></el-form-item>
      <el-row :gutter="16">
        <el-col :span="12"><el-form-item label="Trenutni poslodavac" class="f-poslodavac"><el-input v-model="form.employer" /></el-form-item></el-col>
        <el-col :span="12"><el-form-item label="Trenutno radno mjesto" class="f-radno-mjesto"><el-input v-model="form.position" /></el-form-item></el-col>
      </el-row>
      <el-form-item label="Ukupno godina radnog iskustva" class="f-godine"><el-input-number v-model="form.years" :min="0" :max="50" /></el-form-item>
      <el-row :gutter="16">
        <el-col :span="12"><el-form-item label="Otkazni rok" class="f-otkazni">
          <el-select v-model="form.notice" placeholder="Odaberite"><el-option v-for="n in notices" :key="n" :label="n" :value="n" /></el-select></el-form-item></el-col>
        <el-col :span="12"><el-form-item label="Željena neto plaća (EUR mjesečno)" class="f-placa"><el-input-number v-model="form.netPay" :min="0" :step="100" controls-position="right" /></el-form-item></el-col>
      </el-row>
      <el-form-item label="Mogući početak rada" class="f-pocetak"><el-date-picker v-model="form.startDate" type="date" format="DD.MM.YYYY." value-format="YYYY-MM-DD" placeholder="dd.mm.gggg." /></el-form-item>
      <el-form-item label="Vozačka dozvola B kategorije" class="f-vozacka">
        <el-radio-group v-model="form.drivingLicence"><el-radio value="da">Da</el-radio><el-radio value="ne">Ne</el-radio></el-radio-group></el-form-item>
      <el-form-item label="Engleski jezik – razina" class="f-engleski">
        <el-select v-model="form.english" placeholder="Odaberite"><el-option v-for="l in languageLevels" :key="l" :label="l" :value="l" /></el-select></el-form-item>
      <h3>Pitanja poslodavca</h3>
      <el-form-item label="Imate li pravo na rad u Republici Hrvatskoj (državljanstvo EU ili radna dozvola)?" class="f-q2231">
        <el-radio-group v-model="form.q_2231"><el-radio value="da">Da</el-radio><el-radio value="ne">Ne, trebat će mi radna dozvola</el-radio></el-radio-group></el-form-item>
      <el-form-item label="Jeste li trenutno zaposleni?" class="f-q2232">
        <el-radio-group v-model="form.q_2232"><el-radio value="da">Da</el-radio><el-radio value="ne">Ne</el-radio></el-radio-group></el-form-item>
      <el-form-item label="LinkedIn profil" class="f-linkedin"><el-input v-model="form.linkedin" placeholder="https://www.linkedin.com/in/…" /></el-form-item>
      <h3>Dokumenti</h3>
      <el-form-item label="Životopis (CV)" class="f-cv" required>
        <el-upload v-model:file-list="form.resume" :auto-upload="false" :limit="1" accept=".pdf,.doc,.docx"><el-button>Priloži životopis</el-button></el-upload></el-form-item>
      <el-form-item label="Motivacijsko pismo" class="f-motivacija"><motivation :form="form" /></el-form-item>
      <el-form-item label="Kako ste saznali za oglas?" class="f-izvor">
        <el-select v-model="form.source" placeholder="Odaberite"><el-option v-for="s in sources" :key="s" :label="s" :value="s" /></el-select></el-form-item>
      <el-form-item class="f-privola"><el-checkbox v-model="form.privola">Dajem privolu za obradu osobnih podataka u svrhu selekcijskog postupka sukladno Općoj uredbi o zaštiti podataka (GDPR).</el-checkbox></el-form-item>
      <el-form-item class="f-obavijesti"><el-checkbox v-model="form.obavijesti">Želim primati obavijesti o novim oglasima za posao.</el-checkbox></el-form-item>
      <p v-if="error" class="greska">{{ error }}</p>
      <el-button type="primary" native-type="submit" id="posalji-prijavu">Pošalji prijavu</el-button>
    </el-form>
    <model-dump :form="form" />
  `,
};

createApp(App).use(ElementPlus, { locale: hr }).mount('#app');
