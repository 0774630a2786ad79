/*
 * A Vue 3 application form with Element Plus: el-form with label-position top, el-input (ids
 * generated as el-id-<n>-<n>), el-select with teleported dropdowns, el-radio-group (its radios
 * share a generated el-id-… name), an input behind a fixed "https://" prepend, an el-checkbox.
 * The reactive form object is rendered into <pre id="model">.
 */
import { createApp, reactive, ref } from 'vue/dist/vue.esm-bundler.js';
import ElementPlus from 'element-plus';
import 'element-plus/dist/index.css';

const App = {
  setup() {
    const form = reactive({ name: '', email: '', phone: '', country: '', years: '', authorized: '', sponsorship: '', github: '', coverLetter: '', terms: false });
    const done = ref(false);
    const countries = ['Canada', 'Mexico', 'United Kingdom', 'United States'];
    const years = ['Less than 3 years', '3-4 years', '5-7 years', 'More than 7 years'];
    const submit = () => { if (form.name && form.email && form.terms) done.value = true; };
    return { form, done, countries, years, submit };
  },
  template: `
    <p v-if="done" class="done" id="done">Thank you, your application was received.</p>
    <el-form v-else :model="form" label-position="top" @submit.prevent="submit">
      <h1>Data Engineer</h1>
      <el-form-item label="Full name" class="field-name" required><el-input v-model="form.name" /></el-form-item>
      <el-form-item label="Email" class="field-email" required><el-input v-model="form.email" type="email" /></el-form-item>
      <el-form-item label="Phone" class="field-phone"><el-input v-model="form.phone" /></el-form-item>
      <el-form-item label="Country of residence" class="field-country">
        <el-select v-model="form.country" placeholder="Select" filterable>
          <el-option v-for="name in countries" :key="name" :label="name" :value="name" />
        </el-select>
      </el-form-item>
      <el-form-item label="Years of experience" class="field-years">
        <el-select v-model="form.years" placeholder="Select">
          <el-option v-for="range in years" :key="range" :label="range" :value="range" />
        </el-select>
      </el-form-item>
      <el-form-item label="Are you authorized to work in the United States?" class="field-authorized">
        <el-radio-group v-model="form.authorized"><el-radio value="yes">Yes</el-radio><el-radio value="no">No</el-radio></el-radio-group>
      </el-form-item>
      <el-form-item label="Will you require sponsorship?" class="field-sponsorship">
        <el-radio-group v-model="form.sponsorship"><el-radio value="yes">Yes</el-radio><el-radio value="no">No</el-radio></el-radio-group>
      </el-form-item>
      <el-form-item label="GitHub profile" class="field-github">
        <el-input v-model="form.github" placeholder="github.com/username"><template #prepend>https://</template></el-input>
      </el-form-item>
      <el-form-item label="Cover letter" class="field-cover"><el-input v-model="form.coverLetter" type="textarea" :rows="5" /></el-form-item>
      <el-form-item class="field-terms"><el-checkbox v-model="form.terms">I accept the data processing terms</el-checkbox></el-form-item>
      <el-button type="primary" native-type="submit" id="submit">Submit application</el-button>
      <pre id="model">{{ JSON.stringify(form) }}</pre>
    </el-form>`,
};

createApp(App).use(ElementPlus).mount('#root');
