/*
 * A biotech's careers page in Vue 3 (Nuxt-style) built on Ark UI for Vue 5 (headless, zag.js state
 * machines), composed the way the Ark docs show each part: Field.Root / Label / Input / HelperText
 * (ids like `field::v-0::label`), a Combobox for the city (input role=combobox, items teleported to
 * <body>, filtered as you type), Selects (button trigger, HiddenSelect mirror) for the country and
 * for "how did you hear", a NumberInput for years and a currency-formatted NumberInput for the
 * salary, RadioGroups (label items with a hidden native radio each), a SegmentGroup to leave alone,
 * a Checkbox that states US work authorization, a DatePicker with a typed `mm/dd/yyyy` input and a
 * calendar popover (a typed date is taken only on Enter), TagsInput, FileUpload (dropzone, trigger, hidden input, accepted-files list), a
 * Switch and a consent Checkbox. Values rendered into <pre id="model">.
 */
import { createApp, computed, reactive, ref, watch } from 'vue/dist/vue.esm-bundler.js';
import * as Ark from '@ark-ui/vue';

const components = Object.fromEntries(
  Object.entries(Ark).filter(([key, value]) => /^[A-Z]/.test(key) && value && typeof value === 'object' && ('setup' in value || 'render' in value)),
);

const CITIES = [
  'Boston, MA', 'Cambridge, MA', 'Chicago, IL', 'Denver, CO', 'New York, NY', 'Philadelphia, PA', 'Providence, RI',
  'Raleigh, NC', 'San Diego, CA', 'San Francisco, CA', 'Seattle, WA', 'South San Francisco, CA', 'Worcester, MA',
];
const COUNTRIES = ['United States', 'Canada', 'United Kingdom', 'Ireland', 'Germany', 'Switzerland', 'India', 'Other'];
const SOURCES = ['LinkedIn', 'Coralline website', 'Conference or poster session', 'A Coralline employee', 'University career office', 'Other'];

const App = {
  components,
  setup() {
    const form = reactive({
      firstName: '', lastName: '', email: '', phone: '', city: [], country: [], linkedin: '', github: '',
      employer: '', jobTitle: '', years: '', degree: '', limsExperience: '', authorized: false, sponsorship: '',
      salary: '', salaryAmount: null, startDate: [], skills: [], resume: [], coverLetter: '', source: [], consent: false, talentPool: false,
    });
    const cityQuery = ref('');
    const cityCollection = computed(() =>
      Ark.createListCollection({ items: CITIES.filter((c) => c.toLowerCase().includes(cityQuery.value.toLowerCase())) }),
    );
    const countryCollection = Ark.createListCollection({ items: COUNTRIES });
    const sourceCollection = Ark.createListCollection({ items: SOURCES });
    const done = ref(false);
    const model = document.getElementById('model');
    watch(form, (v) => {
      model.textContent = JSON.stringify({
        ...v,
        startDate: v.startDate.map((d) => d.toString()),
        resume: v.resume.map((f) => f.name),
      }, null, 2);
    }, { deep: true, immediate: true });
    const onCityInput = (details) => { cityQuery.value = details.inputValue; };
    const onFiles = (details) => { form.resume = details.acceptedFiles; };
    const submit = () => {
      if (form.firstName && form.lastName && form.email && form.resume.length && form.consent) done.value = true;
    };
    return { form, cityCollection, countryCollection, sourceCollection, onCityInput, onFiles, submit, done };
  },
  template: `
  <div v-if="done" class="done" id="application-complete"><strong>Thank you!</strong> Your application is in. We'll be in touch within two weeks.</div>
  <form v-else id="apply" @submit.prevent="submit" novalidate>
    <section style="border-top:0; margin-top:0">
      <h2>Your details</h2>
      <FieldRoot required><FieldLabel>First name</FieldLabel><FieldInput name="firstName" v-model="form.firstName" autocomplete="given-name" /></FieldRoot>
      <FieldRoot required><FieldLabel>Last name</FieldLabel><FieldInput name="lastName" v-model="form.lastName" autocomplete="family-name" /></FieldRoot>
      <FieldRoot required><FieldLabel>Email</FieldLabel><FieldInput name="email" type="email" v-model="form.email" /></FieldRoot>
      <FieldRoot>
        <FieldLabel>Phone</FieldLabel>
        <FieldInput name="phone" type="tel" v-model="form.phone" />
        <FieldHelperText>Include your country code, e.g. +1 617 555 0100.</FieldHelperText>
      </FieldRoot>

      <ComboboxRoot class="city-combobox" :collection="cityCollection" v-model="form.city" @input-value-change="onCityInput" name="city" :allow-custom-value="false">
        <ComboboxLabel>City</ComboboxLabel>
        <ComboboxControl>
          <ComboboxInput placeholder="Search cities" />
          <ComboboxTrigger aria-label="Show cities">▾</ComboboxTrigger>
        </ComboboxControl>
        <Teleport to="body">
          <ComboboxPositioner>
            <ComboboxContent>
              <ComboboxEmpty>No matching cities — choose the nearest one.</ComboboxEmpty>
              <ComboboxItem v-for="item in cityCollection.items" :key="item" :item="item">
                <ComboboxItemText>{{ item }}</ComboboxItemText>
                <ComboboxItemIndicator>✓</ComboboxItemIndicator>
              </ComboboxItem>
            </ComboboxContent>
          </ComboboxPositioner>
        </Teleport>
      </ComboboxRoot>

      <SelectRoot class="country-select" :collection="countryCollection" v-model="form.country" name="country">
        <SelectLabel>Country of residence</SelectLabel>
        <SelectControl>
          <SelectTrigger>
            <SelectValueText placeholder="Select a country" />
            <SelectIndicator>▾</SelectIndicator>
          </SelectTrigger>
        </SelectControl>
        <Teleport to="body">
          <SelectPositioner>
            <SelectContent>
              <SelectItem v-for="item in countryCollection.items" :key="item" :item="item">
                <SelectItemText>{{ item }}</SelectItemText>
                <SelectItemIndicator>✓</SelectItemIndicator>
              </SelectItem>
            </SelectContent>
          </SelectPositioner>
        </Teleport>
        <SelectHiddenSelect />
      </SelectRoot>

      <FieldRoot><FieldLabel>LinkedIn URL</FieldLabel><FieldInput name="linkedin" type="url" v-model="form.linkedin" /></FieldRoot>
      <FieldRoot><FieldLabel>GitHub URL</FieldLabel><FieldInput name="github" type="url" v-model="form.github" /><FieldHelperText>Optional</FieldHelperText></FieldRoot>
    </section>

    <section>
      <h2>Experience</h2>
      <FieldRoot><FieldLabel>Current or most recent employer</FieldLabel><FieldInput name="employer" v-model="form.employer" /></FieldRoot>
      <FieldRoot><FieldLabel>Current or most recent title</FieldLabel><FieldInput name="jobTitle" v-model="form.jobTitle" /></FieldRoot>
      <NumberInputRoot v-model="form.years" :min="0" :max="50" name="years">
        <NumberInputLabel>Years of experience building data pipelines</NumberInputLabel>
        <NumberInputControl>
          <NumberInputInput />
          <NumberInputDecrementTrigger aria-label="Decrease">−</NumberInputDecrementTrigger>
          <NumberInputIncrementTrigger aria-label="Increase">+</NumberInputIncrementTrigger>
        </NumberInputControl>
      </NumberInputRoot>
      <RadioGroupRoot v-model="form.degree" name="degree">
        <RadioGroupLabel>Highest completed degree</RadioGroupLabel>
        <RadioGroupItem v-for="d in ['Bachelor’s (BA/BS)', 'Master’s (MS/MEng)', 'PhD', 'None of these']" :key="d" :value="d">
          <RadioGroupItemControl />
          <RadioGroupItemText>{{ d }}</RadioGroupItemText>
          <RadioGroupItemHiddenInput />
        </RadioGroupItem>
      </RadioGroupRoot>
      <div data-scope="segment-wrap" style="margin-bottom:18px">
        <div data-part="label" id="lims-label">Have you worked with LIMS or ELN data?</div>
        <SegmentGroupRoot v-model="form.limsExperience" name="limsExperience" aria-labelledby="lims-label">
          <SegmentGroupIndicator />
          <SegmentGroupItem v-for="s in ['Daily', 'Occasionally', 'Never']" :key="s" :value="s">
            <SegmentGroupItemText>{{ s }}</SegmentGroupItemText>
            <SegmentGroupItemControl />
            <SegmentGroupItemHiddenInput />
          </SegmentGroupItem>
        </SegmentGroupRoot>
      </div>
      <TagsInputRoot v-model="form.skills" name="skills">
        <TagsInputLabel>Tools you use most</TagsInputLabel>
        <TagsInputControl>
          <TagsInputItem v-for="(value, index) in form.skills" :key="index" :index="index" :value="value">
            <TagsInputItemPreview><TagsInputItemText>{{ value }}</TagsInputItemText><TagsInputItemDeleteTrigger>×</TagsInputItemDeleteTrigger></TagsInputItemPreview>
            <TagsInputItemInput />
          </TagsInputItem>
          <TagsInputInput placeholder="Add a tool and press Enter" />
        </TagsInputControl>
        <TagsInputHiddenInput />
      </TagsInputRoot>
    </section>

    <section>
      <h2>Eligibility &amp; logistics</h2>
      <CheckboxRoot v-model:checked="form.authorized" name="authorized" value="yes">
        <CheckboxControl><CheckboxIndicator>✓</CheckboxIndicator></CheckboxControl>
        <CheckboxLabel>I am legally authorized to work in the United States.</CheckboxLabel>
        <CheckboxHiddenInput />
      </CheckboxRoot>
      <RadioGroupRoot v-model="form.sponsorship" name="sponsorship" style="margin-top:14px">
        <RadioGroupLabel>Will you now or in the future need Coralline to sponsor a work visa?</RadioGroupLabel>
        <RadioGroupItem v-for="o in ['Yes', 'No']" :key="o" :value="o">
          <RadioGroupItemControl />
          <RadioGroupItemText>{{ o }}</RadioGroupItemText>
          <RadioGroupItemHiddenInput />
        </RadioGroupItem>
      </RadioGroupRoot>
      <NumberInputRoot v-model="form.salary" name="salary" @value-change="(d) => (form.salaryAmount = Number.isNaN(d.valueAsNumber) ? null : d.valueAsNumber)" :format-options="{ style: 'currency', currency: 'USD', maximumFractionDigits: 0 }" locale="en-US">
        <NumberInputLabel>Target base salary (USD)</NumberInputLabel>
        <NumberInputControl><NumberInputInput /></NumberInputControl>
      </NumberInputRoot>
      <DatePickerRoot v-model="form.startDate" name="startDate" locale="en-US">
        <DatePickerLabel>Earliest start date</DatePickerLabel>
        <DatePickerControl>
          <DatePickerInput placeholder="mm/dd/yyyy" />
          <DatePickerTrigger aria-label="Open calendar">📅</DatePickerTrigger>
        </DatePickerControl>
        <Teleport to="body">
          <DatePickerPositioner>
            <DatePickerContent>
              <DatePickerView view="day">
                <DatePickerContext v-slot="api">
                  <DatePickerViewControl>
                    <DatePickerPrevTrigger>‹</DatePickerPrevTrigger>
                    <DatePickerViewTrigger><DatePickerRangeText /></DatePickerViewTrigger>
                    <DatePickerNextTrigger>›</DatePickerNextTrigger>
                  </DatePickerViewControl>
                  <DatePickerTable>
                    <DatePickerTableHead>
                      <DatePickerTableRow>
                        <DatePickerTableHeader v-for="(weekDay, id) in api.weekDays" :key="id">{{ weekDay.narrow }}</DatePickerTableHeader>
                      </DatePickerTableRow>
                    </DatePickerTableHead>
                    <DatePickerTableBody>
                      <DatePickerTableRow v-for="(week, id) in api.weeks" :key="id">
                        <DatePickerTableCell v-for="(day, id) in week" :key="id" :value="day">
                          <DatePickerTableCellTrigger>{{ day.day }}</DatePickerTableCellTrigger>
                        </DatePickerTableCell>
                      </DatePickerTableRow>
                    </DatePickerTableBody>
                  </DatePickerTable>
                </DatePickerContext>
              </DatePickerView>
            </DatePickerContent>
          </DatePickerPositioner>
        </Teleport>
      </DatePickerRoot>
    </section>

    <section>
      <h2>Documents</h2>
      <FileUploadRoot :max-files="1" accept="application/pdf,.doc,.docx" name="resume" @file-change="onFiles">
        <FileUploadLabel>Resume</FileUploadLabel>
        <FileUploadDropzone>Drag your resume here, or <FileUploadTrigger>choose a file</FileUploadTrigger></FileUploadDropzone>
        <FileUploadItemGroup>
          <FileUploadItem v-for="file in form.resume" :key="file.name" :file="file">
            <FileUploadItemName />
            <FileUploadItemSizeText />
            <FileUploadItemDeleteTrigger>Remove</FileUploadItemDeleteTrigger>
          </FileUploadItem>
        </FileUploadItemGroup>
        <FileUploadHiddenInput />
      </FileUploadRoot>
      <FieldRoot>
        <FieldLabel>Cover letter</FieldLabel>
        <FieldTextarea name="coverLetter" rows="6" v-model="form.coverLetter" />
        <FieldHelperText>Optional. Paste it here.</FieldHelperText>
      </FieldRoot>
    </section>

    <section>
      <SelectRoot class="source-select" :collection="sourceCollection" v-model="form.source" name="source">
        <SelectLabel>How did you hear about Coralline?</SelectLabel>
        <SelectControl><SelectTrigger><SelectValueText placeholder="Choose one" /><SelectIndicator>▾</SelectIndicator></SelectTrigger></SelectControl>
        <Teleport to="body">
          <SelectPositioner><SelectContent>
            <SelectItem v-for="item in sourceCollection.items" :key="item" :item="item"><SelectItemText>{{ item }}</SelectItemText></SelectItem>
          </SelectContent></SelectPositioner>
        </Teleport>
        <SelectHiddenSelect />
      </SelectRoot>
      <SwitchRoot v-model:checked="form.talentPool" name="talentPool">
        <SwitchControl><SwitchThumb /></SwitchControl>
        <SwitchLabel>Keep my application on file for other roles</SwitchLabel>
        <SwitchHiddenInput />
      </SwitchRoot>
      <CheckboxRoot v-model:checked="form.consent" name="consent" style="margin-top:14px">
        <CheckboxControl><CheckboxIndicator>✓</CheckboxIndicator></CheckboxControl>
        <CheckboxLabel>I have read the Candidate Privacy Notice and agree to its terms.</CheckboxLabel>
        <CheckboxHiddenInput />
      </CheckboxRoot>
      <p><button type="submit" class="primary" id="submit-application">Submit application</button></p>
    </section>
  </form>`,
};

createApp(App).mount('#app');
