/*
 * A design-tools startup's careers page in Vue 3 + FormKit 2 (core inputs, the genesis theme and the
 * free multi-step addon), as FormKit renders them: `formkit-outer` / `formkit-wrapper` /
 * `formkit-label for="input_N"` markup with ids FormKit generates, help texts tied by
 * aria-describedby (`help-input_N`), selects with a placeholder option, radio and checkbox
 * option lists in fieldset + legend, prefix icons, a native date input, FormKit's file input (its
 * own "No files chosen" list beside a native input) and three steps rendered together with
 * the inactive ones hidden, behind "Next" buttons the plugin adds. Values rendered into
 * <pre id="model">.
 */
import { createApp, reactive, ref, watch } from 'vue/dist/vue.esm-bundler.js';
import { plugin, defaultConfig } from '@formkit/vue';
import { createMultiStepPlugin } from '@formkit/addons';
import { genesisIcons, email, telephone, linkedin, github, link, dollar } from '@formkit/icons';
import '@formkit/themes/genesis';
import '@formkit/addons/css/multistep';

const COUNTRIES = [
  { label: 'Canada', value: 'CA' },
  { label: 'Mexico', value: 'MX' },
  { label: 'United Kingdom', value: 'GB' },
  { label: 'United States', value: 'US' },
  { label: 'Other', value: 'XX' },
];

const App = {
  setup() {
    const values = ref({});
    const done = ref(false);
    const model = document.getElementById('model');
    // The multi-step input nests each step's values under steps.<step>; the model shows them flat,
    // file lists as their file names.
    watch(
      values,
      (v) => {
        const flat = Object.assign({}, ...Object.values(v.steps ?? {}));
        if (Array.isArray(flat.resume)) flat.resume = flat.resume.map((f) => f.name);
        model.textContent = JSON.stringify(flat, null, 2);
      },
      { deep: true, immediate: true },
    );
    const submit = async () => {
      await new Promise((r) => setTimeout(r, 300));
      done.value = true;
    };
    return { values, done, submit, COUNTRIES };
  },
  template: `
  <div v-if="done" class="done" id="application-done">
    <strong>Application sent!</strong> Thanks {{ values.first_name }} — we read every application and reply within ten days.
  </div>
  <FormKit v-else type="form" id="apply" v-model="values" submit-label="Submit application"
           :submit-attrs="{ id: 'submit-application' }" @submit="submit" :actions="false" #default="{ state }">
    <FormKit type="multi-step" name="steps" tab-style="progress" :allow-incomplete="true">
      <FormKit type="step" name="about" label="About you" next-label="Next: Experience">
        <FormKit type="text" name="first_name" label="First name" validation="required" autocomplete="given-name" />
        <FormKit type="text" name="last_name" label="Last name" validation="required" autocomplete="family-name" />
        <FormKit type="email" name="email" label="Email address" validation="required|email" prefix-icon="email" />
        <FormKit type="tel" name="phone" label="Phone number" prefix-icon="telephone"
                 placeholder="xxx-xxx-xxxx" validation="matches:/^[0-9]{3}-[0-9]{3}-[0-9]{4}$/"
                 :validation-messages="{ matches: 'Phone number must be in the format xxx-xxx-xxxx' }"
                 help="We only call to schedule interviews." />
        <FormKit type="text" name="location" label="Where are you based?" placeholder="City, State" help="We hire across the US." />
        <FormKit type="select" name="country" label="Country" placeholder="Select a country" :options="COUNTRIES" />
        <FormKit type="url" name="linkedin" label="LinkedIn" prefix-icon="linkedin" placeholder="https://www.linkedin.com/in/…" />
        <FormKit type="url" name="github" label="GitHub" prefix-icon="github" placeholder="https://github.com/…" />
        <FormKit type="url" name="portfolio" label="Portfolio or personal site" prefix-icon="link" help="Optional" />
      </FormKit>

      <FormKit type="step" name="experience" label="Experience" previous-label="Back" next-label="Next: Final details">
        <FormKit type="text" name="current_company" label="Current company" />
        <FormKit type="text" name="current_title" label="Current title" />
        <FormKit type="number" name="years" label="Years of experience" number="integer" min="0" max="50" step="1"
                 help="Professional experience in data or software engineering." />
        <FormKit type="select" name="education" label="Highest degree" placeholder="Select one"
                 :options="['High school', 'Associate', 'Bachelor\\'s', 'Master\\'s', 'PhD', 'Bootcamp / self-taught']" />
        <FormKit type="text" name="school" label="School" help="Where you earned that degree." />
        <FormKit type="checkbox" name="stack" label="Which of these have you used in production?"
                 :options="['dbt', 'Airflow', 'Dagster', 'Snowflake', 'BigQuery', 'ClickHouse', 'Kafka', 'Spark']"
                 help="Select all that apply." />
        <FormKit type="file" name="resume" label="Resume" accept=".pdf,.doc,.docx" validation="required"
                 help="PDF or Word, 10 MB max." />
        <FormKit type="textarea" name="cover_letter" label="Cover letter" rows="6" help="Optional, but we read them." />
        <FormKit type="textarea" name="proud_of" label="Tell us about a data system you're proud of" rows="4"
                 help="A paragraph is plenty." />
      </FormKit>

      <FormKit type="step" name="details" label="Final details" previous-label="Back">
        <FormKit type="radio" name="work_authorization" label="Are you authorized to work in the US?"
                 :options="{ yes: 'Yes', no: 'No' }" validation="required" />
        <FormKit type="radio" name="sponsorship" label="Will you now or in the future require sponsorship for employment visa status?"
                 :options="{ yes: 'Yes', no: 'No' }" validation="required" />
        <FormKit type="number" name="salary" label="Desired annual salary (USD)" prefix-icon="dollar" number min="0" step="1000" />
        <FormKit type="date" name="start_date" label="Earliest start date" validation="after:2026-12-01" />
        <FormKit type="select" name="source" label="How did you hear about us?" placeholder="Choose one"
                 :options="['Lumenary blog', 'LinkedIn', 'A friend or colleague', 'Conference talk', 'Other']" />
        <FormKit type="text" name="referral" label="Referral code" help="If someone at Lumenary gave you one." />
        <FormKit type="radio" name="gender" label="Gender (optional, for our diversity report)"
                 :options="['Woman', 'Man', 'Non-binary', 'Prefer to self-describe', 'Prefer not to say']" />
        <FormKit type="checkbox" name="privacy" label="I agree to Lumenary's candidate privacy policy" validation="accepted" />
        <FormKit type="checkbox" name="keep_in_touch" label="Keep me posted about future roles" />
        <template #stepNext>
          <FormKit type="submit" label="Submit application" id="submit-application" :disabled="state.loading" />
        </template>
      </FormKit>
    </FormKit>
  </FormKit>`,
};

createApp(App)
  .use(plugin, defaultConfig({ plugins: [createMultiStepPlugin()], icons: { ...genesisIcons, email, telephone, linkedin, github, link, dollar } }))
  .mount('#app');
