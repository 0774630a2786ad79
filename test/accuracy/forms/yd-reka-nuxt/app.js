/*
 * A climate-tech startup's careers page in Nuxt with shadcn-vue, whose components are Reka UI
 * primitives (`reka-ui` 2, the Radix Vue successor) styled by the page: FormItem blocks whose
 * label `for` and description ids come from Vue's useId (`v-3-form-item`), plain inputs, a Reka
 * Combobox for "Where are you based?" (ComboboxInput role=combobox, items in a portalled
 * ComboboxContent), Reka Selects (button role=combobox showing SelectValue, a hidden native
 * <select> mirror because each has a `name`, items in a portal) for experience, sponsorship
 * sentences, pronouns and source, a Reka RadioGroup (button role=radio, hidden inputs), a
 * NumberField formatted as USD currency, a DatePicker whose DateField is made of contenteditable
 * spinbutton segments (mm / dd / yyyy), a TagsInput for skills, Switch and Checkbox (buttons).
 * The form values are rendered into <pre id="model">.
 */
import { createApp, defineComponent, reactive, ref, useId, watch } from 'vue/dist/vue.esm-bundler.js';
import * as Reka from 'reka-ui';

const FormItem = defineComponent({
  props: { label: String, description: String, name: String },
  setup() { return { id: `${useId()}-form-item` }; },
  template: `
    <div class="form-item" :data-name="name">
      <label :for="id" class="form-label">{{ label }}</label>
      <slot :id="id" :describedby="description ? id + '-description' : undefined" />
      <p v-if="description" :id="id + '-description'" class="form-description">{{ description }}</p>
    </div>`,
});

const LOCATIONS = [
  'Austin, TX, USA', 'Boston, MA, USA', 'Chicago, IL, USA', 'Denver, CO, USA', 'Los Angeles, CA, USA', 'New York, NY, USA', 'Oakland, CA, USA',
  'Portland, OR, USA', 'San Diego, CA, USA', 'San Francisco, CA, USA', 'San Jose, CA, USA', 'Seattle, WA, USA', 'Toronto, ON, Canada',
  'Vancouver, BC, Canada', 'London, UK', 'Berlin, Germany', 'Remote – other',
];

const App = defineComponent({
  components: { FormItem, ...Reka },
  setup() {
    const form = reactive({
      fullName: '', email: '', phone: '', location: '', linkedin: '', github: '', website: '', company: '', title: '',
      experience: '', authorized: '', sponsorship: '', salary: undefined, startDate: '', pronouns: '', skills: [], resume: '',
      whyUs: '', source: '', newsletter: false, consent: false,
    });
    const startDate = ref();
    const locationQuery = ref('');
    const locationOpen = ref(false);
    const done = ref(false);
    watch(startDate, (value) => { form.startDate = value ? value.toString() : ''; });
    const model = document.getElementById('model');
    watch(form, () => { model.textContent = JSON.stringify(form, (k, v) => (v === undefined ? null : v), 2); }, { deep: true, immediate: true });
    const onResume = (event) => { form.resume = event.target.files[0]?.name ?? ''; };
    const submit = () => { if (form.fullName && form.email && form.resume && form.authorized && form.sponsorship && form.consent) done.value = true; };
    return {
      form, startDate, locationQuery, locationOpen, done, onResume, submit, locations: LOCATIONS,
      filtered: () => LOCATIONS.filter((item) => item.toLowerCase().includes(locationQuery.value.toLowerCase())),
      experienceItems: ['0–1 years', '2–4 years', '5–8 years', '9+ years'],
      sponsorshipItems: [
        ['no', "No, I won't need sponsorship"], ['now', 'Yes, I need sponsorship now'], ['future', 'Yes, I will need sponsorship in the future'],
      ],
      pronounItems: ['she/her', 'he/him', 'they/them', 'Other', 'Prefer not to say'],
      sourceItems: ['LinkedIn', 'Climatebase', 'Work at a Startup', 'A friend or colleague', 'Podcast or newsletter', 'Other'],
    };
  },
  template: `
    <div v-if="done" id="application-sent" class="done"><h2>Thanks — we got your application!</h2><p>We read every one and will reply within a week.</p></div>
    <form v-else id="apply-form" class="apply" @submit.prevent="submit" novalidate>
      <h2>Apply for this role</h2>
      <FormItem label="Full name" name="fullName" v-slot="{ id }"><input :id="id" v-model="form.fullName" class="input" placeholder="Jane Appleseed" /></FormItem>
      <div class="grid2">
        <FormItem label="Email" name="email" v-slot="{ id }"><input :id="id" v-model="form.email" type="email" class="input" placeholder="you@example.com" /></FormItem>
        <FormItem label="Phone" name="phone" v-slot="{ id }"><input :id="id" v-model="form.phone" type="tel" class="input" placeholder="+1 (555) 000-0000" /></FormItem>
      </div>
      <FormItem label="Where are you based?" name="location" description="We hire in the US and Canada." v-slot="{ id, describedby }">
        <ComboboxRoot v-model="form.location" v-model:open="locationOpen" :ignore-filter="true" class="combobox">
          <ComboboxAnchor class="input combobox-anchor">
            <ComboboxInput :id="id" v-model="locationQuery" :aria-describedby="describedby" placeholder="Search cities…" :display-value="(v) => v ?? ''" />
            <ComboboxTrigger class="combobox-trigger" aria-label="Show cities">▾</ComboboxTrigger>
          </ComboboxAnchor>
          <ComboboxPortal>
            <ComboboxContent class="popover" position="popper" :side-offset="4">
              <ComboboxViewport>
                <ComboboxEmpty class="empty">No city found.</ComboboxEmpty>
                <ComboboxItem v-for="item in filtered()" :key="item" :value="item" class="item">{{ item }}</ComboboxItem>
              </ComboboxViewport>
            </ComboboxContent>
          </ComboboxPortal>
        </ComboboxRoot>
      </FormItem>
      <div class="grid3">
        <FormItem label="LinkedIn" name="linkedin" v-slot="{ id }"><input :id="id" v-model="form.linkedin" class="input" placeholder="linkedin.com/in/…" /></FormItem>
        <FormItem label="GitHub" name="github" v-slot="{ id }"><input :id="id" v-model="form.github" class="input" placeholder="github.com/…" /></FormItem>
        <FormItem label="Website" name="website" v-slot="{ id }"><input :id="id" v-model="form.website" class="input" placeholder="https://" /></FormItem>
      </div>
      <div class="grid2">
        <FormItem label="Current company" name="company" v-slot="{ id }"><input :id="id" v-model="form.company" class="input" /></FormItem>
        <FormItem label="Current title" name="title" v-slot="{ id }"><input :id="id" v-model="form.title" class="input" /></FormItem>
      </div>
      <FormItem label="Years of experience in data engineering" name="experience" v-slot="{ id }">
        <SelectRoot v-model="form.experience" name="experience">
          <SelectTrigger :id="id" class="input select-trigger"><SelectValue placeholder="Select a range" /><span aria-hidden="true">▾</span></SelectTrigger>
          <SelectPortal><SelectContent class="popover" position="popper" :side-offset="4"><SelectViewport>
            <SelectItem v-for="item in experienceItems" :key="item" :value="item" class="item"><SelectItemText>{{ item }}</SelectItemText></SelectItem>
          </SelectViewport></SelectContent></SelectPortal>
        </SelectRoot>
      </FormItem>
      <div class="form-item" data-name="authorized">
        <label class="form-label" id="authorized-label">Are you authorized to work in the US?</label>
        <RadioGroupRoot v-model="form.authorized" name="authorized" aria-labelledby="authorized-label" class="radio-group">
          <div class="radio-row"><RadioGroupItem id="authorized-yes" value="yes" class="radio"><RadioGroupIndicator class="radio-dot" /></RadioGroupItem><label for="authorized-yes">Yes</label></div>
          <div class="radio-row"><RadioGroupItem id="authorized-no" value="no" class="radio"><RadioGroupIndicator class="radio-dot" /></RadioGroupItem><label for="authorized-no">No</label></div>
        </RadioGroupRoot>
      </div>
      <FormItem label="Will you need visa sponsorship?" name="sponsorship" v-slot="{ id }">
        <SelectRoot v-model="form.sponsorship" name="sponsorship">
          <SelectTrigger :id="id" class="input select-trigger"><SelectValue placeholder="Select an answer" /><span aria-hidden="true">▾</span></SelectTrigger>
          <SelectPortal><SelectContent class="popover" position="popper" :side-offset="4"><SelectViewport>
            <SelectItem v-for="[value, label] in sponsorshipItems" :key="value" :value="value" class="item"><SelectItemText>{{ label }}</SelectItemText></SelectItem>
          </SelectViewport></SelectContent></SelectPortal>
        </SelectRoot>
      </FormItem>
      <div class="grid2">
        <FormItem label="Salary expectation" name="salary" description="Base, per year" v-slot="{ id, describedby }">
          <NumberFieldRoot v-model="form.salary" :min="0" :step="5000" :format-options="{ style: 'currency', currency: 'USD', maximumFractionDigits: 0 }" class="number-field">
            <NumberFieldDecrement class="nf-btn">−</NumberFieldDecrement>
            <NumberFieldInput :id="id" :aria-describedby="describedby" class="input nf-input" />
            <NumberFieldIncrement class="nf-btn">+</NumberFieldIncrement>
          </NumberFieldRoot>
        </FormItem>
        <div class="form-item" data-name="startDate">
          <label class="form-label" id="start-label">Earliest start date</label>
          <DatePickerRoot v-model="startDate" locale="en-US" granularity="day">
            <DatePickerField v-slot="{ segments }" class="input date-field" aria-labelledby="start-label">
              <template v-for="item in segments" :key="item.part">
                <DatePickerInput v-if="item.part === 'literal'" :part="item.part" class="literal">{{ item.value }}</DatePickerInput>
                <DatePickerInput v-else :part="item.part" class="segment">{{ item.value }}</DatePickerInput>
              </template>
              <DatePickerTrigger class="date-trigger" aria-label="Open calendar">📅</DatePickerTrigger>
            </DatePickerField>
            <DatePickerContent class="popover" :side-offset="4">
              <DatePickerCalendar v-slot="{ weekDays, grid }" class="calendar">
                <DatePickerHeader class="cal-head"><DatePickerPrev>‹</DatePickerPrev><DatePickerHeading /><DatePickerNext>›</DatePickerNext></DatePickerHeader>
                <DatePickerGrid v-for="month in grid" :key="month.value.toString()">
                  <DatePickerGridHead><DatePickerGridRow><DatePickerHeadCell v-for="day in weekDays" :key="day">{{ day }}</DatePickerHeadCell></DatePickerGridRow></DatePickerGridHead>
                  <DatePickerGridBody><DatePickerGridRow v-for="(week, i) in month.rows" :key="i">
                    <DatePickerCell v-for="date in week" :key="date.toString()" :date="date"><DatePickerCellTrigger :day="date" :month="month.value" class="cal-day" /></DatePickerCell>
                  </DatePickerGridRow></DatePickerGridBody>
                </DatePickerGrid>
              </DatePickerCalendar>
            </DatePickerContent>
          </DatePickerRoot>
        </div>
      </div>
      <FormItem label="Pronouns" name="pronouns" description="Optional — we'll use them in our conversations." v-slot="{ id }">
        <SelectRoot v-model="form.pronouns" name="pronouns">
          <SelectTrigger :id="id" class="input select-trigger"><SelectValue placeholder="Select pronouns" /><span aria-hidden="true">▾</span></SelectTrigger>
          <SelectPortal><SelectContent class="popover" position="popper" :side-offset="4"><SelectViewport>
            <SelectItem v-for="item in pronounItems" :key="item" :value="item" class="item"><SelectItemText>{{ item }}</SelectItemText></SelectItem>
          </SelectViewport></SelectContent></SelectPortal>
        </SelectRoot>
      </FormItem>
      <FormItem label="Top skills" name="skills" description="Press Enter after each skill." v-slot="{ id }">
        <TagsInputRoot v-model="form.skills" class="input tags">
          <TagsInputItem v-for="tag in form.skills" :key="tag" :value="tag" class="tag"><TagsInputItemText /><TagsInputItemDelete>×</TagsInputItemDelete></TagsInputItem>
          <TagsInputInput :id="id" placeholder="e.g. Spark" class="tags-input" />
        </TagsInputRoot>
      </FormItem>
      <FormItem label="Resume" name="resume" description="PDF, up to 10 MB." v-slot="{ id, describedby }">
        <input :id="id" type="file" accept="application/pdf" class="input" :aria-describedby="describedby" @change="onResume" />
      </FormItem>
      <FormItem label="Why Tidewell?" name="whyUs" description="A few sentences is plenty." v-slot="{ id }">
        <textarea :id="id" v-model="form.whyUs" class="input textarea" rows="4"></textarea>
      </FormItem>
      <FormItem label="How did you hear about us?" name="source" v-slot="{ id }">
        <SelectRoot v-model="form.source" name="source">
          <SelectTrigger :id="id" class="input select-trigger"><SelectValue placeholder="Select one" /><span aria-hidden="true">▾</span></SelectTrigger>
          <SelectPortal><SelectContent class="popover" position="popper" :side-offset="4"><SelectViewport>
            <SelectItem v-for="item in sourceItems" :key="item" :value="item" class="item"><SelectItemText>{{ item }}</SelectItemText></SelectItem>
          </SelectViewport></SelectContent></SelectPortal>
        </SelectRoot>
      </FormItem>
      <div class="switch-row" data-name="newsletter">
        <SwitchRoot id="newsletter" v-model="form.newsletter" class="switch"><SwitchThumb class="switch-thumb" /></SwitchRoot>
        <label for="newsletter">Send me Tidewell's monthly engineering newsletter</label>
      </div>
      <div class="switch-row" data-name="consent">
        <CheckboxRoot id="consent" v-model="form.consent" class="checkbox"><CheckboxIndicator>✓</CheckboxIndicator></CheckboxRoot>
        <label for="consent">I agree to the processing of my data as described in the applicant privacy notice.</label>
      </div>
      <button type="submit" id="submit-application" class="btn">Submit application</button>
    </form>`,
});

createApp(App).mount('#app');
