// A Gdańsk energy company's careers form in the style of Polish hosted ATSs (HRlink / Traffit-like),
// on Vue 3 + Element Plus with the Polish locale: el-form-item labels (label-position top), a
// "Kierunkowy" el-select prepended to the phone (preset "Polska (+48)", "Kanada (+1)" before "Stany
// Zjednoczone (+1)"), filterable country el-select with Polish names, education levels by Polish
// degree cycle, el-radio-buttons for years, el-date-picker "DD.MM.YYYY", UoP / B2B, notice period,
// a native CV file input behind an el-button-styled label, list motywacyjny textarea and the RODO consents. State → <pre id="model">.
import { createApp, reactive, ref, watchEffect } from 'vue/dist/vue.esm-bundler.js';
import ElementPlus from 'element-plus';
import pl from 'element-plus/es/locale/lang/pl.mjs';
import 'element-plus/dist/index.css';

const KIERUNKOWE = [
  { code: 'PL', label: 'Polska (+48)' }, { code: 'DE', label: 'Niemcy (+49)' }, { code: 'CZ', label: 'Czechy (+420)' }, { code: 'UA', label: 'Ukraina (+380)' },
  { code: 'GB', label: 'Wielka Brytania (+44)' }, { code: 'CA', label: 'Kanada (+1)' }, { code: 'US', label: 'Stany Zjednoczone (+1)' },
];
const KRAJE = ['Polska', 'Austria', 'Belgia', 'Czechy', 'Dania', 'Francja', 'Hiszpania', 'Holandia', 'Irlandia', 'Kanada', 'Litwa', 'Niemcy', 'Norwegia', 'Słowacja', 'Stany Zjednoczone', 'Szwecja', 'Ukraina', 'Wielka Brytania', 'Włochy'];
const WYKSZTALCENIE = ['średnie', 'policealne', 'wyższe I stopnia (licencjat / inżynier)', 'wyższe II stopnia (magister)', 'wyższe jednolite magisterskie', 'doktorat'];
const DOSWIADCZENIE = ['do 2 lat', '2–5 lat', '5–8 lat', 'powyżej 8 lat'];
const WYPOWIEDZENIE = ['brak / od zaraz', '2 tygodnie', '1 miesiąc', '3 miesiące'];

const form = reactive({
  imie: '', nazwisko: '', email: '', kierunkowy: 'PL', telefon: '', miejscowosc: '', kraj: 'Polska', wyksztalcenie: '', uczelnia: '',
  stanowisko: '', pracodawca: '', doswiadczenie: '', linkedin: '', github: '', wynagrodzenie: '', formaZatrudnienia: '', dostepnosc: '',
  wypowiedzenie: '', cv: null, list: '', rodo: false, przyszleRekrutacje: false,
});
watchEffect(() => { document.getElementById('model').textContent = JSON.stringify(form); });

const App = {
  setup() {
    const wyslano = ref(false);
    const blad = ref('');
    const wyslij = () => {
      if (!form.imie || !form.nazwisko || !form.email || !form.cv) { blad.value = 'Uzupełnij wymagane pola.'; return; }
      if (!form.rodo) { blad.value = 'Zgoda na przetwarzanie danych jest wymagana.'; return; }
      wyslano.value = true;
    };
    const wybierzCv = (e) => { form.cv = e.target.files[0] ? e.target.files[0].name : null; };
    return { form, wybierzCv, wyslano, blad, wyslij, KIERUNKOWE, KRAJE, WYKSZTALCENIE, DOSWIADCZENIE, WYPOWIEDZENIE, szukaj: ref(''), newsletter: ref('') };
  },
  template: `
    <header class="top">
      <span class="brand">WISŁOUJŚCIE ENERGIA</span><span>Kariera</span><span>Praktyki i staże</span>
      <el-input v-model="szukaj" class="site-search" placeholder="Szukaj ofert pracy" aria-label="Szukaj ofert pracy" style="width: 240px" />
    </header>
    <main class="page">
      <div v-if="wyslano" id="aplikacja-wyslana"><h2>Dziękujemy za aplikację!</h2><p>Potwierdzenie otrzymasz na podany adres e-mail.</p></div>
      <template v-else>
        <p style="color:#52606d;font-size:14px">Gdańsk · Umowa o pracę · Praca hybrydowa · Nr ref. IT/2026/044</p>
        <h1 style="margin:4px 0 8px;font-size:24px">Starszy Inżynier Danych (K/M)</h1>
        <p>Budujemy platformę danych pomiarowych dla sieci ciepłowniczej Trójmiasta. Szukamy osoby, która poprowadzi migrację przetwarzania wsadowego do strumieniowego.</p>
        <el-form :model="form" label-position="top" @submit.prevent="wyslij" id="formularz-aplikacyjny">
          <h3>Dane osobowe</h3>
          <div class="row">
            <el-form-item label="Imię" class="f-imie" required><el-input v-model="form.imie" /></el-form-item>
            <el-form-item label="Nazwisko" class="f-nazwisko" required><el-input v-model="form.nazwisko" /></el-form-item>
          </div>
          <el-form-item label="Adres e-mail" class="f-email" required><el-input v-model="form.email" type="email" /></el-form-item>
          <el-form-item label="Numer telefonu" class="f-telefon">
            <el-input v-model="form.telefon" type="tel" placeholder="600 700 800">
              <template #prepend>
                <el-select v-model="form.kierunkowy" class="f-kierunkowy" style="width: 200px" aria-label="Kierunkowy">
                  <el-option v-for="k in KIERUNKOWE" :key="k.code" :label="k.label" :value="k.code" />
                </el-select>
              </template>
            </el-input>
          </el-form-item>
          <div class="row">
            <el-form-item label="Miejscowość" class="f-miejscowosc"><el-input v-model="form.miejscowosc" /></el-form-item>
            <el-form-item label="Kraj zamieszkania" class="f-kraj">
              <el-select v-model="form.kraj" filterable placeholder="Wybierz"><el-option v-for="k in KRAJE" :key="k" :label="k" :value="k" /></el-select>
            </el-form-item>
          </div>
          <h3>Wykształcenie i doświadczenie</h3>
          <div class="row">
            <el-form-item label="Wykształcenie" class="f-wyksztalcenie" required>
              <el-select v-model="form.wyksztalcenie" placeholder="Wybierz"><el-option v-for="w in WYKSZTALCENIE" :key="w" :label="w" :value="w" /></el-select>
            </el-form-item>
            <el-form-item label="Uczelnia" class="f-uczelnia"><el-input v-model="form.uczelnia" /></el-form-item>
          </div>
          <div class="row">
            <el-form-item label="Obecne stanowisko" class="f-stanowisko"><el-input v-model="form.stanowisko" /></el-form-item>
            <el-form-item label="Obecny pracodawca" class="f-pracodawca"><el-input v-model="form.pracodawca" /></el-form-item>
          </div>
          <el-form-item label="Doświadczenie zawodowe w obszarze inżynierii danych" class="f-doswiadczenie" required>
            <el-radio-group v-model="form.doswiadczenie"><el-radio-button v-for="d in DOSWIADCZENIE" :key="d" :value="d">{{ d }}</el-radio-button></el-radio-group>
          </el-form-item>
          <div class="row">
            <el-form-item label="Profil LinkedIn" class="f-linkedin"><el-input v-model="form.linkedin" placeholder="https://" /></el-form-item>
            <el-form-item label="GitHub" class="f-github"><el-input v-model="form.github" placeholder="https://" /></el-form-item>
          </div>
          <h3>Warunki zatrudnienia</h3>
          <div class="row">
            <el-form-item label="Oczekiwania finansowe (PLN brutto / mies.)" class="f-wynagrodzenie"><el-input v-model="form.wynagrodzenie" inputmode="numeric" /></el-form-item>
            <el-form-item label="Preferowana forma zatrudnienia" class="f-forma">
              <el-radio-group v-model="form.formaZatrudnienia"><el-radio value="UoP">umowa o pracę</el-radio><el-radio value="B2B">B2B</el-radio></el-radio-group>
            </el-form-item>
          </div>
          <div class="row">
            <el-form-item label="Dostępność od" class="f-dostepnosc">
              <el-date-picker v-model="form.dostepnosc" type="date" format="DD.MM.YYYY" value-format="YYYY-MM-DD" placeholder="dd.mm.rrrr" style="width: 100%" />
            </el-form-item>
            <el-form-item label="Okres wypowiedzenia" class="f-wypowiedzenie">
              <el-select v-model="form.wypowiedzenie" placeholder="Wybierz"><el-option v-for="w in WYPOWIEDZENIE" :key="w" :label="w" :value="w" /></el-select>
            </el-form-item>
          </div>
          <h3>Dokumenty</h3>
          <el-form-item label="CV" class="f-cv" required>
            <div class="cv-box">
              <input type="file" id="plik-cv" name="cv" accept=".pdf,.doc,.docx" class="cv-input" @change="wybierzCv" />
              <label for="plik-cv" class="el-button el-button--default">Wybierz plik</label>
              <span class="cv-name">{{ form.cv || 'Nie wybrano pliku' }}</span>
              <div class="el-upload__tip">PDF, DOC, DOCX – maks. 5 MB</div>
            </div>
          </el-form-item>
          <el-form-item label="List motywacyjny" class="f-list"><el-input v-model="form.list" type="textarea" :rows="6" /></el-form-item>
          <el-form-item class="f-rodo"><el-checkbox v-model="form.rodo">Wyrażam zgodę na przetwarzanie moich danych osobowych przez Wisłoujście Energia S.A. w celu przeprowadzenia bieżącego procesu rekrutacyjnego (RODO). *</el-checkbox></el-form-item>
          <el-form-item class="f-przyszle"><el-checkbox v-model="form.przyszleRekrutacje">Wyrażam zgodę na przetwarzanie moich danych także w przyszłych procesach rekrutacyjnych.</el-checkbox></el-form-item>
          <p v-if="blad" style="color:#c81e1e" role="alert">{{ blad }}</p>
          <el-button type="primary" native-type="submit" id="aplikuj">Aplikuj</el-button>
        </el-form>
      </template>
    </main>
    <footer class="foot"><span>Powiadomienia o nowych ofertach:</span><el-input v-model="newsletter" id="powiadomienia-email" placeholder="Twój e-mail" style="width: 240px" /><el-button>Zapisz się</el-button></footer>
  `,
};

createApp(App).use(ElementPlus, { locale: pl }).mount('#root');
