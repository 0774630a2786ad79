/*
 * Orrelby Clinical Labs careers: a one-page apply form on Vue 3 + PrimeVue 4 (styled, Aura) whose
 * screening questions come from each posting's config. Select (the label is a span, options in an
 * overlay appended to <body>), RadioButton groups with <label for>, InputNumber with a "$" prefix
 * (grouped digits, numeric state), a currency Select and a pay-period Select beside the amount,
 * MultiSelect, Checkbox (binary) and ToggleSwitch. The resume is a plain file input behind a
 * styled label. Postings share this file; state goes to <pre id="model">.
 */
import { computed, createApp, reactive, ref } from 'vue/dist/vue.esm-bundler.js';
import PrimeVue from 'primevue/config';
import Aura from '@primeuix/themes/aura';
import Button from 'primevue/button';
import Checkbox from 'primevue/checkbox';
import InputNumber from 'primevue/inputnumber';
import InputText from 'primevue/inputtext';
import MultiSelect from 'primevue/multiselect';
import RadioButton from 'primevue/radiobutton';
import Select from 'primevue/select';
import Textarea from 'primevue/textarea';
import ToggleSwitch from 'primevue/toggleswitch';

function initial(q) {
  if (q.type === 'check' || q.type === 'switch') return false;
  if (q.type === 'multi') return [];
  return q.preset ?? null;
}

export function mountPosting(posting) {
  const App = {
    components: { Button, Checkbox, InputNumber, InputText, MultiSelect, RadioButton, Select, Textarea, ToggleSwitch },
    setup() {
      const f = reactive({
        firstName: '', lastName: '', email: '', phone: '', location: '', linkedin: '', resume: '',
        answers: Object.fromEntries(posting.questions.filter((q) => q.type !== 'heading').flatMap((q) => [
          [q.id, initial(q)],
          ...(q.currency ? [[q.id + 'Currency', null]] : []),
          ...(q.period ? [[q.id + 'Period', null]] : []),
        ])),
      });
      const sent = ref(false);
      const error = ref('');
      const model = computed(() => JSON.stringify(f, null, 2));
      const onResume = (event) => { f.resume = event.target.files[0]?.name ?? ''; };
      const submit = () => {
        const missing = ['firstName', 'lastName', 'email', 'resume'].filter((k) => !f[k]);
        for (const q of posting.questions) {
          if (!q.required) continue;
          const v = f.answers[q.id];
          if (v === null || v === '' || v === false || (Array.isArray(v) && !v.length)) missing.push(q.id);
        }
        error.value = missing.length ? `Please answer ${missing.length} required question(s).` : '';
        if (!missing.length) sent.value = true;
      };
      return { f, sent, error, model, onResume, submit, posting };
    },
    template: `
      <header class="top"><strong>{{ posting.company }}</strong><nav><a href="#">Open roles</a> · <a href="#">Our science</a></nav></header>
      <main>
        <h1>{{ posting.job }}</h1>
        <p class="where">{{ posting.where }}</p>
        <p v-for="p in posting.about" :key="p">{{ p }}</p>
        <h2 v-if="sent" id="ob-done">Application received — thank you!</h2>
        <form v-else @submit.prevent="submit" novalidate id="ob-form">
          <h2>Contact information</h2>
          <div class="row">
            <div class="fld"><label for="ob-first">First name *</label><InputText id="ob-first" name="firstName" v-model="f.firstName" /></div>
            <div class="fld"><label for="ob-last">Last name *</label><InputText id="ob-last" name="lastName" v-model="f.lastName" /></div>
          </div>
          <div class="fld"><label for="ob-email">Email *</label><InputText id="ob-email" name="email" type="email" v-model="f.email" /></div>
          <div class="fld"><label for="ob-phone">Phone</label><InputText id="ob-phone" name="phone" type="tel" v-model="f.phone" /></div>
          <div class="fld"><label for="ob-location">Current location</label><InputText id="ob-location" name="location" v-model="f.location" placeholder="City, State" /></div>
          <div class="fld"><label for="ob-linkedin">LinkedIn</label><InputText id="ob-linkedin" name="linkedin" v-model="f.linkedin" /></div>
          <div class="fld">
            <span class="q">Resume *</span>
            <label class="upload" for="ob-resume">{{ f.resume ? f.resume : 'Attach resume (PDF, DOC)' }}</label>
            <input type="file" id="ob-resume" name="resume" accept=".pdf,.doc,.docx" class="visually-hidden" @change="onResume" />
          </div>
          <template v-for="q in posting.questions" :key="q.id">
            <h2 v-if="q.type === 'heading'">{{ q.label }}</h2>
            <div v-else :class="['fld', 'ob-' + q.id]">
              <template v-if="q.type === 'radio'">
                <span class="q" :id="'ob-' + q.id + '-label'">{{ q.label }}{{ q.required ? ' *' : '' }}</span>
                <div :class="q.options.length > 3 ? 'opts col' : 'opts'" role="radiogroup" :aria-labelledby="'ob-' + q.id + '-label'">
                  <span v-for="(o, i) in q.options" :key="o" class="opt">
                    <RadioButton v-model="f.answers[q.id]" :inputId="'ob-' + q.id + '-' + i" :name="q.id" :value="o" /><label :for="'ob-' + q.id + '-' + i">{{ o }}</label>
                  </span>
                </div>
              </template>
              <template v-else-if="q.type === 'select'">
                <label class="q" :id="'ob-' + q.id + '-label'">{{ q.label }}{{ q.required ? ' *' : '' }}</label>
                <Select v-model="f.answers[q.id]" :options="q.options" placeholder="Select an answer" :labelId="'ob-' + q.id + '-label'" :ariaLabelledby="'ob-' + q.id + '-label'" />
              </template>
              <template v-else-if="q.type === 'pay'">
                <label class="q" :for="'ob-' + q.id">{{ q.label }}{{ q.required ? ' *' : '' }}</label>
                <div class="pay">
                  <InputNumber v-model="f.answers[q.id]" :inputId="'ob-' + q.id" prefix="$" :suffix="q.suffix" :useGrouping="true" :maxFractionDigits="0" />
                  <Select v-if="q.currency" v-model="f.answers[q.id + 'Currency']" :options="['USD', 'CAD', 'EUR', 'GBP', 'INR']" placeholder="Currency" ariaLabel="Currency" :class="'ob-' + q.id + 'Currency'" />
                  <Select v-if="q.period" v-model="f.answers[q.id + 'Period']" :options="['Hourly', 'Monthly', 'Annually']" placeholder="Pay period" ariaLabel="Pay period" :class="'ob-' + q.id + 'Period'" />
                </div>
              </template>
              <template v-else-if="q.type === 'number'">
                <label class="q" :for="'ob-' + q.id">{{ q.label }}{{ q.required ? ' *' : '' }}</label>
                <InputNumber v-model="f.answers[q.id]" :inputId="'ob-' + q.id" :min="0" :max="50" showButtons />
              </template>
              <template v-else-if="q.type === 'multi'">
                <label class="q" :id="'ob-' + q.id + '-label'">{{ q.label }}{{ q.required ? ' *' : '' }}</label>
                <MultiSelect v-model="f.answers[q.id]" :options="q.options" placeholder="Select all that apply" display="chip" :ariaLabelledby="'ob-' + q.id + '-label'" />
              </template>
              <div v-else-if="q.type === 'check'" class="check">
                <Checkbox v-model="f.answers[q.id]" :inputId="'ob-' + q.id" :name="q.id" binary /><label :for="'ob-' + q.id">{{ q.label }}{{ q.required ? ' *' : '' }}</label>
              </div>
              <div v-else-if="q.type === 'switch'" class="check">
                <ToggleSwitch v-model="f.answers[q.id]" :inputId="'ob-' + q.id" /><label :for="'ob-' + q.id">{{ q.label }}</label>
              </div>
              <template v-else-if="q.type === 'textarea'">
                <label class="q" :for="'ob-' + q.id">{{ q.label }}{{ q.required ? ' *' : '' }}</label>
                <Textarea :id="'ob-' + q.id" v-model="f.answers[q.id]" rows="4" />
              </template>
              <template v-else>
                <label class="q" :for="'ob-' + q.id">{{ q.label }}{{ q.required ? ' *' : '' }}</label>
                <InputText :id="'ob-' + q.id" v-model="f.answers[q.id]" :placeholder="q.placeholder" />
              </template>
              <small v-if="q.help" class="help">{{ q.help }}</small>
            </div>
          </template>
          <p v-if="error" class="err" role="alert">{{ error }}</p>
          <div class="nav"><Button id="ob-submit" type="submit" label="Submit application" /></div>
        </form>
      </main>
      <pre id="model">{{ model }}</pre>
    `,
  };
  createApp(App).use(PrimeVue, { theme: { preset: Aura } }).mount('#app');
}
