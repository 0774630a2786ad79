/*
 * A Mexican posting in Spanish built with Vue 3 + Quasar: q-input fields whose label floats inside
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
const YEARS = ['Sin experiencia', '1 a 3 años', '4 a 6 años', '7 a 10 años', 'Más de 10 años'];
const STUDIES = ['Preparatoria / Bachillerato', 'Técnico superior', 'Licenciatura', 'Maestría', 'Doctorado'];
const GENDERS = ['Mujer', 'Hombre', 'No binario', 'Prefiero no decirlo'];
const SOURCES = ['Página de empleos', 'LinkedIn', 'OCC Mundial', 'Recomendación', 'Otro'];

const App = {
  setup() {
    const form = reactive({
      nombre: '', apellidos: '', correo: '', lada: '+52 México', celular: '', pais: '', ciudad: '', cp: '', experiencia: '', estudios: '', universidad: '',
      empresa: '', puesto: '', permiso: '', sueldo: '', disponibilidad: '', cv: '', carta: '', linkedin: '', genero: '', fuente: '', privacidad: false,
    });
    const busqueda = ref('');
    const done = ref(false);
    const countryFilter = ref('');
    const countryOptions = computed(() => COUNTRIES.filter((name) => name.toLowerCase().includes(countryFilter.value.toLowerCase())));
    const filterCountries = (value, update) => update(() => { countryFilter.value = value; });
    const model = computed(() => JSON.stringify({ ...form, cv: form.cv ? form.cv.name : '' }, null, 2));
    const submit = () => { if (form.nombre && form.correo && form.cv && form.privacidad) done.value = true; };
    return { form, busqueda, done, countryOptions, filterCountries, model, submit, DIAL_CODES, YEARS, STUDIES, GENDERS, SOURCES };
  },
  template: `
    <q-toolbar class="q-mb-md"><q-toolbar-title>Grupo Cenzontle · Bolsa de trabajo</q-toolbar-title>
      <q-input dense outlined v-model="busqueda" for="buscar-empleo" label="Buscar empleo" /></q-toolbar>
    <h2 v-if="done" id="postulacion-enviada">¡Gracias! Recibimos tu postulación.</h2>
    <q-form v-else id="postulacion" @submit="submit" class="q-gutter-md">
      <h1 class="text-h5">Ingeniero(a) de Datos Sr.</h1>
      <p>Ciudad de México · Híbrido · Tiempo completo</p>
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
      <div data-field="experiencia"><q-select outlined v-model="form.experiencia" :options="YEARS" label="Años de experiencia" for="cz-experiencia" /></div>
      <div data-field="estudios"><q-select outlined v-model="form.estudios" :options="STUDIES" label="Último grado de estudios" for="cz-estudios" /></div>
      <q-input outlined v-model="form.universidad" label="Universidad" for="cz-universidad" />
      <div class="row q-col-gutter-md">
        <q-input class="col" outlined v-model="form.empresa" label="Empresa actual" for="cz-empresa" />
        <q-input class="col" outlined v-model="form.puesto" label="Puesto actual" for="cz-puesto" />
      </div>
      <div data-field="permiso">
        <div class="text-body2" id="cz-permiso-label">¿Cuentas con permiso para trabajar en México? *</div>
        <q-option-group v-model="form.permiso" name="cz-permiso" inline :options="[{ label: 'Sí', value: 'si' }, { label: 'No', value: 'no' }]" aria-labelledby="cz-permiso-label" />
      </div>
      <q-input outlined v-model="form.sueldo" label="Sueldo mensual deseado (MXN)" prefix="$" for="cz-sueldo" />
      <q-input outlined v-model="form.disponibilidad" label="Fecha de disponibilidad" mask="##/##/####" hint="DD/MM/AAAA" for="cz-disponibilidad" />
      <div data-field="cv"><q-file outlined v-model="form.cv" label="Adjunta tu CV *" accept=".pdf,.doc,.docx" for="cz-cv" /></div>
      <q-input outlined v-model="form.carta" type="textarea" label="Carta de presentación" for="cz-carta" />
      <q-input outlined v-model="form.linkedin" label="Perfil de LinkedIn" for="cz-linkedin" />
      <div data-field="genero"><q-select outlined v-model="form.genero" :options="GENDERS" label="Género (opcional)" for="cz-genero" /></div>
      <div data-field="fuente"><q-select outlined v-model="form.fuente" :options="SOURCES" label="¿Cómo te enteraste de la vacante?" for="cz-fuente" /></div>
      <q-checkbox v-model="form.privacidad" label="He leído y acepto el Aviso de Privacidad *" id="cz-privacidad" />
      <div><q-btn type="submit" color="primary" label="Enviar postulación" id="cz-enviar" /></div>
    </q-form>
    <pre id="model">{{ model }}</pre>
  `,
};

createApp(App)
  .use(Quasar, { components: { QBtn, QCheckbox, QFile, QForm, QInput, QOptionGroup, QSelect, QToolbar, QToolbarTitle } })
  .mount('#app');
