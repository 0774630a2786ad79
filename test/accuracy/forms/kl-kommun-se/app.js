/*
 * A Swedish municipality's application form (Vättersunds kommun, a Visma Recruit-like flow) in
 * Vue 3 + Element Plus with Swedish labels: Förnamn / Efternamn, Personnummer, a mobile el-input
 * whose prepend is an el-select of dial codes preset to "+46", Gatuadress / Postnummer / Postort,
 * a Län el-select with "Utomlands", a filterable Land el-select in Swedish official names, the
 * Swedish education ladder (SUN levels), radio buttons for years, driving-licence checkboxes,
 * CEFR language selects, an el-date-picker (ÅÅÅÅ-MM-DD), notice period, salary per month in
 * kronor, a Swedish work-permit question, a personal-letter textarea and a native CV input. The
 * reactive form object is rendered into <pre id="model">.
 */
import { createApp, reactive, ref } from 'vue/dist/vue.esm-bundler.js';
import ElementPlus from 'element-plus';
import 'element-plus/dist/index.css';

const DIAL = ['+46 Sverige', '+47 Norge', '+45 Danmark', '+358 Finland', '+49 Tyskland', '+44 Storbritannien', '+1 USA/Kanada'];
const LAN = ['Blekinge län', 'Dalarnas län', 'Gotlands län', 'Gävleborgs län', 'Hallands län', 'Jämtlands län', 'Jönköpings län', 'Kalmar län',
  'Kronobergs län', 'Norrbottens län', 'Skåne län', 'Stockholms län', 'Södermanlands län', 'Uppsala län', 'Värmlands län', 'Västerbottens län',
  'Västernorrlands län', 'Västmanlands län', 'Västra Götalands län', 'Örebro län', 'Östergötlands län', 'Utomlands'];
const LAND = ['Sverige', 'Amerikanska Samoa', 'Amerikanska Jungfruöarna', 'Amerikas förenta stater', 'Australien', 'Danmark', 'Finland', 'Frankrike',
  'Förenade kungariket', 'Indien', 'Kanada', 'Nederländerna', 'Norge', 'Polen', 'Spanien', 'Tyskland', 'Övrigt'];
const UTB = ['Grundskola', 'Gymnasieutbildning', 'Eftergymnasial utbildning, kortare än 3 år', 'Eftergymnasial utbildning, 3 år eller längre', 'Forskarutbildning'];
const NIVA = ['Ingen', 'A1', 'A2', 'B1', 'B2', 'C1', 'C2', 'Modersmål'];
const UPPS = ['Ingen', '1 månad', '2 månader', '3 månader', '6 månader'];

const App = {
  setup() {
    const form = reactive({
      fornamn: '', efternamn: '', personnummer: '', epost: '', riktnummer: '+46 Sverige', mobil: '',
      gatuadress: '', postnummer: '', postort: '', lan: '', land: 'Sverige',
      arbetsgivare: '', befattning: '', utbildning: '', larosate: '', erfarenhet: '', korkort: [],
      svenska: '', engelska: '', tilltrade: '', uppsagning: '', lon: null, arbetstillstand: '',
      brev: '', kompetensbank: false, samtycke: false,
    });
    const done = ref(false);
    const error = ref('');
    const submit = () => {
      if (!form.fornamn || !form.epost) { error.value = 'Fyll i de obligatoriska fälten.'; return; }
      if (!form.samtycke) { error.value = 'Du behöver godkänna behandlingen av personuppgifter.'; return; }
      done.value = true;
    };
    return { form, done, error, submit, DIAL, LAN, LAND, UTB, NIVA, UPPS };
  },
  template: `
    <p v-if="done" class="done" id="klar">Tack! Din ansökan har skickats till Vättersunds kommun.</p>
    <el-form v-else :model="form" label-position="top" @submit.prevent="submit" id="ansokan">
      <p class="hint">Analysenheten · Tillsvidareanställning, heltid · Jönköping · Ref.nr VK-2026-4418</p>
      <h1 style="margin:4px 0 8px">Dataingenjör till Analysenheten</h1>
      <h2>Personuppgifter</h2>
      <el-form-item label="Förnamn" class="f-fornamn" required><el-input v-model="form.fornamn" /></el-form-item>
      <el-form-item label="Efternamn" class="f-efternamn" required><el-input v-model="form.efternamn" /></el-form-item>
      <el-form-item label="Personnummer" class="f-personnummer">
        <el-input v-model="form.personnummer" placeholder="ÅÅÅÅMMDD-NNNN" />
        <div class="hint">Saknar du svenskt personnummer lämnar du fältet tomt.</div>
      </el-form-item>
      <el-form-item label="E-postadress" class="f-epost" required><el-input v-model="form.epost" /></el-form-item>
      <el-form-item label="Mobiltelefon" class="f-mobil" required>
        <el-input v-model="form.mobil" placeholder="70 123 45 67">
          <template #prepend>
            <el-select v-model="form.riktnummer" class="f-riktnummer" style="width: 150px"><el-option v-for="d in DIAL" :key="d" :label="d" :value="d" /></el-select>
          </template>
        </el-input>
      </el-form-item>
      <el-form-item label="Gatuadress" class="f-gatuadress"><el-input v-model="form.gatuadress" /></el-form-item>
      <el-form-item label="Postnummer" class="f-postnummer"><el-input v-model="form.postnummer" placeholder="123 45" style="width: 160px" /></el-form-item>
      <el-form-item label="Postort" class="f-postort"><el-input v-model="form.postort" /></el-form-item>
      <el-form-item label="Län" class="f-lan">
        <el-select v-model="form.lan" placeholder="Välj län"><el-option v-for="l in LAN" :key="l" :label="l" :value="l" /></el-select>
      </el-form-item>
      <el-form-item label="Land" class="f-land">
        <el-select v-model="form.land" filterable placeholder="Välj land"><el-option v-for="l in LAND" :key="l" :label="l" :value="l" /></el-select>
      </el-form-item>
      <h2>Utbildning och erfarenhet</h2>
      <el-form-item label="Nuvarande arbetsgivare" class="f-arbetsgivare"><el-input v-model="form.arbetsgivare" /></el-form-item>
      <el-form-item label="Nuvarande befattning" class="f-befattning"><el-input v-model="form.befattning" /></el-form-item>
      <el-form-item label="Högsta avslutade utbildning" class="f-utbildning" required>
        <el-select v-model="form.utbildning" placeholder="Välj utbildningsnivå"><el-option v-for="u in UTB" :key="u" :label="u" :value="u" /></el-select>
      </el-form-item>
      <el-form-item label="Lärosäte" class="f-larosate"><el-input v-model="form.larosate" placeholder="t.ex. Uppsala universitet" /></el-form-item>
      <el-form-item label="Hur lång erfarenhet har du av arbete med dataplattformar och dataflöden?" class="f-erfarenhet">
        <el-radio-group v-model="form.erfarenhet">
          <el-radio-button value="0">Ingen</el-radio-button><el-radio-button value="lt1">Mindre än 1 år</el-radio-button><el-radio-button value="1-3">1–3 år</el-radio-button>
          <el-radio-button value="3-5">3–5 år</el-radio-button><el-radio-button value="5-10">5–10 år</el-radio-button><el-radio-button value="10+">Mer än 10 år</el-radio-button>
        </el-radio-group>
      </el-form-item>
      <el-form-item label="Körkort" class="f-korkort">
        <el-checkbox-group v-model="form.korkort"><el-checkbox value="B">B</el-checkbox><el-checkbox value="BE">BE</el-checkbox><el-checkbox value="C">C</el-checkbox><el-checkbox value="CE">CE</el-checkbox></el-checkbox-group>
      </el-form-item>
      <el-form-item label="Svenska (språknivå enligt GERS)" class="f-svenska">
        <el-select v-model="form.svenska" placeholder="Välj nivå"><el-option v-for="n in NIVA" :key="n" :label="n" :value="n" /></el-select>
      </el-form-item>
      <el-form-item label="Engelska (språknivå enligt GERS)" class="f-engelska">
        <el-select v-model="form.engelska" placeholder="Välj nivå"><el-option v-for="n in NIVA" :key="n" :label="n" :value="n" /></el-select>
      </el-form-item>
      <h2>Anställningsvillkor</h2>
      <el-form-item label="Tidigaste tillträdesdag" class="f-tilltrade">
        <el-date-picker v-model="form.tilltrade" type="date" format="YYYY-MM-DD" value-format="YYYY-MM-DD" placeholder="ÅÅÅÅ-MM-DD" />
      </el-form-item>
      <el-form-item label="Uppsägningstid" class="f-uppsagning">
        <el-select v-model="form.uppsagning" placeholder="Välj"><el-option v-for="u in UPPS" :key="u" :label="u" :value="u" /></el-select>
      </el-form-item>
      <el-form-item label="Löneanspråk" class="f-lon">
        <el-input-number v-model="form.lon" :min="0" :step="500" controls-position="right" style="width: 200px" /> <span style="margin-left:8px">kr/månad</span>
      </el-form-item>
      <el-form-item label="Har du arbetstillstånd i Sverige?" class="f-arbetstillstand">
        <el-radio-group v-model="form.arbetstillstand"><el-radio value="ja">Ja</el-radio><el-radio value="eu">Ja, jag är EU/EES-medborgare</el-radio><el-radio value="nej">Nej</el-radio></el-radio-group>
      </el-form-item>
      <h2>Personligt brev och CV</h2>
      <el-form-item label="Personligt brev" class="f-brev">
        <el-input v-model="form.brev" type="textarea" :rows="6" placeholder="Berätta varför du söker tjänsten" />
      </el-form-item>
      <el-form-item label="CV" class="f-cv"><input type="file" id="cv-fil" name="cv" accept=".pdf,.doc,.docx" /></el-form-item>
      <el-form-item class="f-kompetensbank"><el-switch v-model="form.kompetensbank" active-text="Spara min ansökan i kompetensbanken i 12 månader" /></el-form-item>
      <el-form-item class="f-samtycke"><el-checkbox v-model="form.samtycke">Jag godkänner att Vättersunds kommun behandlar mina personuppgifter enligt GDPR</el-checkbox></el-form-item>
      <p style="color:#c00" role="alert">{{ error }}</p>
      <el-button type="primary" native-type="submit" id="skicka">Skicka ansökan</el-button>
      <pre id="model">{{ JSON.stringify(form) }}</pre>
    </el-form>`,
};

createApp(App).use(ElementPlus).mount('#root');
