/*
 * Another posting of the quasar-es template (Grupo Cenzontle, Monterrey). A Mexican posting in Spanish built with Vue 3 + Quasar: q-input fields whose label floats inside
 * the field (a <label class="q-field"> wrapping a div label and the input), a dial-code q-select
 * preset to +52 beside the phone, filterable q-selects (use-input) with options in a q-menu
 * teleported to <body>, "7 a 10 años" ranges, "Licenciatura", a q-option-group of radios, a
 * q-input with a "##/##/####" mask, a q-file for the CV, a textarea, a q-checkbox, a search box in
 * the header. The reactive form is rendered into <pre id="model">.
 */
import { computed, createApp, reactive, ref } from 'vue/dist/vue.esm-bundler.js';
import { QBtn, QCheckbox, QFile, QForm, QInput, QOptionGroup, QSelect, QToolbar, QToolbarTitle, Quasar } from 'quasar';
import 'quasar/dist/quasar.css';

const DIAL_CODES = ['+52 México', '+1 Estados Unidos', '+1 Canadá', '+34 España', '+57 Colombia', '+54 Argentina'];
const COUNTRIES = ['Argentina', 'Brasil', 'Canadá', 'Chile', 'Colombia', 'España', 'Estados Unidos', 'Guatemala', 'México', 'Perú', 'Uruguay'];
const YEARS = ['Menos de 2 años', '2 a 4 años', '5 a 7 años', '8 años o más'];
const STUDIES = ['Bachillerato', 'TSU (Técnico Superior Universitario)', 'Licenciatura / Ingeniería (titulado)', 'Licenciatura / Ingeniería (trunca)', 'Posgrado'];
const ENGLISH = ['Básico', 'Intermedio', 'Avanzado', 'Nativo o bilingüe'];
const GENDERS = ['Mujer', 'Hombre', 'No binario', 'Prefiero no decirlo'];
const SOURCES = ['LinkedIn', 'Computrabajo', 'OCC Mundial', 'Indeed', 'Un conocido en Cenzontle', 'Feria de empleo', 'Otro'];

const App = {
  setup() {
    const form = reactive({
      nombre: '', apellidos: '', correo: '', lada: '+52 México', celular: '', pais: '', ciudad: '', cp: '', experiencia: '', estudios: '', universidad: '',
      empresa: '', puesto: '', labora: '', reubicacion: '', sueldo: '', disponibilidad: '', cv: '', carta: '', linkedin: '', github: '', ingles: '', genero: '', fuente: '', privacidad: false,
    });
    const busqueda = ref('');
    const done = ref(false);
    const countryFilter = ref('');
    const countryOptions = computed(() => COUNTRIES.filter((name) => name.toLowerCase().includes(countryFilter.value.toLowerCase())));
    const filterCountries = (value, update) => update(() => { countryFilter.value = value; });
    const model = computed(() => JSON.stringify({ ...form, cv: form.cv ? form.cv.name : '' }, null, 2));
    const submit = () => { if (form.nombre && form.correo && form.cv && form.privacidad) done.value = true; };
    return { form, busqueda, done, countryOptions, filterCountries, model, submit, DIAL_CODES, YEARS, STUDIES, ENGLISH, GENDERS, SOURCES };
  },
  template: `
    <q-toolbar class="q-mb-md"><q-toolbar-title>Grupo Cenzontle · Bolsa de trabajo</q-toolbar-title>
      <q-input dense outlined v-model="busqueda" for="buscar-empleo" label="Buscar empleo" /></q-toolbar>
    <h2 v-if="done" id="postulacion-enviada">¡Listo! Tu postulación para Analista de Datos Sr. fue enviada.</h2>
    <q-form v-else id="postulacion" @submit="submit" class="q-gutter-md">
      <h1 class="text-h5">Analista de Datos Sr. · Logística</h1>
      <p>Monterrey, N.L. · Presencial 3 días · Tiempo completo</p>
      <div class="row q-col-gutter-md">
        <q-input class="col" outlined v-model="form.nombre" label="Nombre(s) *" for="cz-nombre" />
        <q-input class="col" outlined v-model="form.apellidos" label="Apellidos *" for="cz-apellidos" />
      </div>
      <q-input outlined v-model="form.correo" type="email" label="Correo electrónico *" for="cz-correo" />
      <div class="row q-col-gutter-md">
        <div class="col-4" data-field="lada"><q-select outlined v-model="form.lada" :options="DIAL_CODES" label="Lada" for="cz-lada" /></div>
        <q-input class="col" outlined v-model="form.celular" type="tel" label="Teléfono celular *" hint="10 dígitos" for="cz-celular" />
      </div>
      <div data-field="pais"><q-select outlined v-model="form.pais" :options="countryOptions" label="País de residencia" use-input fill-input hide-selected input-debounce="0" @filter="filterCountries" for="cz-pais" /></div>
      <div class="row q-col-gutter-md">
        <q-input class="col" outlined v-model="form.ciudad" label="Ciudad" for="cz-ciudad" />
        <q-input class="col" outlined v-model="form.cp" label="Código postal" for="cz-cp" />
      </div>
      <div data-field="experiencia"><q-select outlined v-model="form.experiencia" :options="YEARS" label="Años de experiencia en análisis de datos" for="cz-experiencia" /></div>
      <div data-field="estudios"><q-select outlined v-model="form.estudios" :options="STUDIES" label="Nivel de estudios" for="cz-estudios" /></div>
      <q-input outlined v-model="form.universidad" label="Institución donde estudiaste" for="cz-universidad" />
      <div class="row q-col-gutter-md">
        <q-input class="col" outlined v-model="form.empresa" label="Empresa actual" for="cz-empresa" />
        <q-input class="col" outlined v-model="form.puesto" label="Puesto actual" for="cz-puesto" />
      </div>
      <div data-field="labora">
        <div class="text-body2" id="cz-labora-label">¿Actualmente estás trabajando? *</div>
        <q-option-group v-model="form.labora" name="cz-labora" inline :options="[{ label: 'Sí', value: 'si' }, { label: 'No', value: 'no' }]" aria-labelledby="cz-labora-label" />
      </div>
      <div data-field="reubicacion">
        <div class="text-body2" id="cz-reubicacion-label">¿Estarías dispuesto(a) a cambiar tu residencia a Monterrey?</div>
        <q-option-group v-model="form.reubicacion" name="cz-reubicacion" :options="[{ label: 'Sí, de inmediato', value: 'si' }, { label: 'Sí, con apoyo de reubicación', value: 'apoyo' }, { label: 'No por ahora', value: 'no' }]" aria-labelledby="cz-reubicacion-label" />
      </div>
      <q-input outlined v-model="form.sueldo" label="Pretensión salarial bruta mensual" prefix="$" suffix="MXN" for="cz-sueldo" />
      <q-input outlined v-model="form.disponibilidad" label="¿A partir de qué fecha podrías incorporarte?" mask="##/##/####" hint="DD/MM/AAAA" for="cz-disponibilidad" />
      <div data-field="cv"><q-file outlined v-model="form.cv" label="Adjunta tu CV *" accept=".pdf,.doc,.docx" for="cz-cv" /></div>
      <q-input outlined v-model="form.carta" type="textarea" label="Carta de presentación" for="cz-carta" />
      <q-input outlined v-model="form.linkedin" label="Perfil de LinkedIn" for="cz-linkedin" />
      <q-input outlined v-model="form.github" label="GitHub (opcional)" for="cz-github" />
      <div data-field="ingles"><q-select outlined v-model="form.ingles" :options="ENGLISH" label="Nivel de inglés" for="cz-ingles" /></div>
      <div data-field="genero"><q-select outlined v-model="form.genero" :options="GENDERS" label="Sexo (opcional)" for="cz-genero" /></div>
      <div data-field="fuente"><q-select outlined v-model="form.fuente" :options="SOURCES" label="¿Dónde viste esta vacante?" for="cz-fuente" /></div>
      <q-checkbox v-model="form.privacidad" label="Acepto el tratamiento de mis datos conforme al Aviso de Privacidad *" id="cz-privacidad" />
      <div><q-btn type="submit" color="primary" label="Enviar postulación" id="cz-enviar" /></div>
    </q-form>
    <pre id="model">{{ model }}</pre>
  `,
};

createApp(App)
  .use(Quasar, { components: { QBtn, QCheckbox, QFile, QForm, QInput, QOptionGroup, QSelect, QToolbar, QToolbarTitle } })
  .mount('#app');
