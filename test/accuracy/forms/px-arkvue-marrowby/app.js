// Marrowby Freight careers: application form built with Vue 3 + Ark UI (headless, zag.js machines).
import { createApp, computed, reactive, ref } from 'vue/dist/vue.esm-bundler.js';
import * as Ark from '@ark-ui/vue';
import countries from 'world-countries';

const { createListCollection } = Ark;

const COUNTRY_ITEMS = countries
  .map((c) => ({ label: c.name.common, value: c.cca3 }))
  .sort((a, b) => a.label.localeCompare(b.label));

const flag = (cca2) => String.fromCodePoint(...[...cca2].map((ch) => 0x1f1e6 + ch.charCodeAt(0) - 65));
const DIAL_ITEMS = countries
  .filter((c) => c.idd && c.idd.root)
  .map((c) => {
    const code = c.idd.suffixes && c.idd.suffixes.length === 1 ? c.idd.root + c.idd.suffixes[0] : c.idd.root;
    return { label: `${c.cca2} ${code}`, value: c.cca2, name: c.name.common, flag: flag(c.cca2) };
  })
  .sort((a, b) => a.name.localeCompare(b.name));

const SOURCES = ['Marrowby careers site', 'LinkedIn', 'Built In SF', 'A friend or employee', 'Meetup or conference', 'Other'];
const ETHNICITY = [
  'American Indian or Alaska Native',
  'Asian',
  'Black or African American',
  'Hispanic or Latino',
  'Native Hawaiian or Other Pacific Islander',
  'White',
  'Two or more races',
  'I prefer not to say',
];

const components = {};
const add = (ns, parts) => parts.forEach((p) => (components[`${ns}${p}`] = Ark[ns][p]));
add('Field', ['Root', 'Label', 'Input', 'HelperText', 'Textarea', 'Select', 'ErrorText']);
add('Combobox', ['Root', 'Label', 'Control', 'Input', 'Trigger', 'Positioner', 'Content', 'Item', 'ItemText', 'Empty']);
add('Select', ['Root', 'Label', 'Control', 'Trigger', 'ValueText', 'Positioner', 'Content', 'Item', 'ItemText', 'ItemGroup', 'ItemGroupLabel', 'HiddenSelect', 'Indicator']);
add('RadioGroup', ['Root', 'Label', 'Item', 'ItemText', 'ItemControl', 'ItemHiddenInput']);
add('SegmentGroup', ['Root', 'Label', 'Indicator', 'Item', 'ItemText', 'ItemControl', 'ItemHiddenInput']);
add('Switch', ['Root', 'Control', 'Thumb', 'Label', 'HiddenInput']);
add('Checkbox', ['Root', 'Control', 'Indicator', 'Label', 'HiddenInput']);
add('DatePicker', ['Root', 'Label', 'Control', 'Input', 'Trigger', 'Positioner', 'Content', 'View', 'ViewControl', 'PrevTrigger', 'NextTrigger', 'ViewTrigger', 'RangeText', 'Table', 'TableHead', 'TableRow', 'TableHeader', 'TableBody', 'TableCell', 'TableCellTrigger', 'Context']);
add('FileUpload', ['Root', 'Label', 'Dropzone', 'Trigger', 'ItemGroup', 'Item', 'ItemName', 'ItemSizeText', 'ItemDeleteTrigger', 'HiddenInput']);

const template = `
<form id="mf-apply" class="mf-form" novalidate @submit.prevent="submit">
  <h3>Your details</h3>
  <div class="mf-row">
    <FieldRoot required class="mf-field f-firstName"><FieldLabel>First name</FieldLabel><FieldInput name="firstName" v-model="m.firstName" autocomplete="given-name" /></FieldRoot>
    <FieldRoot required class="mf-field f-lastName"><FieldLabel>Last name</FieldLabel><FieldInput name="lastName" v-model="m.lastName" autocomplete="family-name" /></FieldRoot>
  </div>
  <FieldRoot required class="mf-field f-email"><FieldLabel>Email</FieldLabel><FieldInput name="email" type="email" v-model="m.email" /></FieldRoot>

  <div class="mf-row mf-phone">
    <SelectRoot class="mf-field f-dial" :collection="dialCollection" :positioning="{ sameWidth: false }" @value-change="(d) => (m.dialCode = d.value)">
      <SelectLabel>Country code</SelectLabel>
      <SelectControl>
        <SelectTrigger class="mf-trigger"><SelectValueText placeholder="Code" /><SelectIndicator>▾</SelectIndicator></SelectTrigger>
      </SelectControl>
      <Teleport to="body">
        <SelectPositioner>
          <SelectContent class="mf-menu">
            <SelectItemGroup>
              <SelectItemGroupLabel class="mf-group">Frequently used</SelectItemGroupLabel>
              <SelectItem v-for="item in suggestedDial" :key="'s-' + item.value" :item="item" class="mf-option">
                <span class="mf-flag">{{ item.flag }}</span><SelectItemText>{{ item.label }}</SelectItemText><span class="mf-cname">{{ item.name }}</span>
              </SelectItem>
            </SelectItemGroup>
            <SelectItemGroup>
              <SelectItemGroupLabel class="mf-group">All countries</SelectItemGroupLabel>
              <SelectItem v-for="item in otherDial" :key="item.value" :item="item" class="mf-option">
                <span class="mf-flag">{{ item.flag }}</span><SelectItemText>{{ item.label }}</SelectItemText><span class="mf-cname">{{ item.name }}</span>
              </SelectItem>
            </SelectItemGroup>
          </SelectContent>
        </SelectPositioner>
      </Teleport>
      <SelectHiddenSelect name="dialCode" />
    </SelectRoot>
    <FieldRoot required class="mf-field mf-grow f-phone">
      <FieldLabel>Mobile phone</FieldLabel>
      <FieldInput name="phone" type="tel" inputmode="numeric" v-model="m.phone" />
      <FieldHelperText>Digits only, without the country code. We text interview reminders.</FieldHelperText>
    </FieldRoot>
  </div>

  <ComboboxRoot class="mf-field f-country" :collection="countryCollection" @input-value-change="(d) => (countryQuery = d.inputValue)" @value-change="(d) => (m.country = d.value)">
    <ComboboxLabel>Country you live in</ComboboxLabel>
    <ComboboxControl class="mf-control">
      <ComboboxInput name="country" placeholder="Type to search" />
      <ComboboxTrigger class="mf-caret">▾</ComboboxTrigger>
    </ComboboxControl>
    <Teleport to="body">
      <ComboboxPositioner>
        <ComboboxContent class="mf-menu">
          <ComboboxEmpty>No matching country</ComboboxEmpty>
          <ComboboxItem v-for="item in countryCollection.items" :key="item.value" :item="item" class="mf-option"><ComboboxItemText>{{ item.label }}</ComboboxItemText></ComboboxItem>
        </ComboboxContent>
      </ComboboxPositioner>
    </Teleport>
  </ComboboxRoot>
  <div class="mf-row">
    <FieldRoot class="mf-field mf-grow f-city"><FieldLabel>City</FieldLabel><FieldInput name="city" v-model="m.city" /></FieldRoot>
    <FieldRoot class="mf-field f-state"><FieldLabel>State / Region</FieldLabel><FieldInput name="region" v-model="m.region" /><FieldHelperText>e.g. CA</FieldHelperText></FieldRoot>
  </div>

  <h3>Experience</h3>
  <FieldRoot class="mf-field f-linkedin"><FieldLabel>LinkedIn</FieldLabel><FieldInput name="linkedin" type="url" v-model="m.linkedin" /></FieldRoot>
  <FieldRoot class="mf-field f-github"><FieldLabel>GitHub</FieldLabel><FieldInput name="github" type="url" v-model="m.github" /><FieldHelperText>Optional</FieldHelperText></FieldRoot>
  <FieldRoot class="mf-field f-title"><FieldLabel>What's your current role?</FieldLabel><FieldInput name="currentRole" v-model="m.currentRole" placeholder="e.g. Analytics Engineer" /></FieldRoot>
  <FieldRoot class="mf-field f-company"><FieldLabel>Where do you work now?</FieldLabel><FieldInput name="currentCompany" v-model="m.currentCompany" /></FieldRoot>

  <SegmentGroupRoot class="mf-field f-years mf-segments" name="years" @value-change="(d) => (m.years = d.value)">
    <SegmentGroupLabel>How many years have you worked as a data or software engineer?</SegmentGroupLabel>
    <SegmentGroupIndicator class="mf-seg-ind" />
    <SegmentGroupItem v-for="opt in ['0–2', '3–5', '6–8', '9+']" :key="opt" :value="opt" class="mf-seg">
      <SegmentGroupItemText>{{ opt }}</SegmentGroupItemText><SegmentGroupItemControl /><SegmentGroupItemHiddenInput />
    </SegmentGroupItem>
  </SegmentGroupRoot>

  <FileUploadRoot class="mf-field f-resume" :max-files="1" accept=".pdf,.doc,.docx" @file-change="(d) => (m.resume = d.acceptedFiles.map((f) => f.name))">
    <FileUploadLabel>Resume / CV</FileUploadLabel>
    <FileUploadDropzone class="mf-drop">Drag your resume here or <FileUploadTrigger class="mf-link">browse</FileUploadTrigger></FileUploadDropzone>
    <FileUploadItemGroup><FileUploadItem v-for="f in m.resume" :key="f" :file="{ name: f }" /></FileUploadItemGroup>
    <FileUploadHiddenInput name="resume" />
  </FileUploadRoot>
  <FileUploadRoot class="mf-field f-cover" :max-files="1" accept=".pdf,.doc,.docx,.txt" @file-change="(d) => (m.coverLetter = d.acceptedFiles.map((f) => f.name))">
    <FileUploadLabel>Cover letter (optional)</FileUploadLabel>
    <FileUploadDropzone class="mf-drop mf-drop-small">Drop a file or <FileUploadTrigger class="mf-link">browse</FileUploadTrigger></FileUploadDropzone>
    <FileUploadHiddenInput name="coverLetter" />
  </FileUploadRoot>

  <h3>Logistics</h3>
  <SwitchRoot class="mf-switch f-authorized" name="authorized" @checked-change="(d) => (m.authorized = d.checked)">
    <SwitchControl class="mf-switch-track"><SwitchThumb class="mf-switch-thumb" /></SwitchControl>
    <SwitchLabel>I am authorized to work in the United States</SwitchLabel>
    <SwitchHiddenInput />
  </SwitchRoot>
  <RadioGroupRoot class="mf-field f-sponsorship mf-radios" name="sponsorship" @value-change="(d) => (m.sponsorship = d.value)">
    <RadioGroupLabel>Will you need Marrowby to sponsor a visa now or in the future?</RadioGroupLabel>
    <RadioGroupItem v-for="opt in ['Yes', 'No']" :key="opt" :value="opt" class="mf-radio">
      <RadioGroupItemControl class="mf-dot" /><RadioGroupItemText>{{ opt }}</RadioGroupItemText><RadioGroupItemHiddenInput />
    </RadioGroupItem>
  </RadioGroupRoot>
  <DatePickerRoot class="mf-field f-start" name="startDate" locale="en-US" @value-change="(d) => (m.startDate = d.valueAsString)">
    <DatePickerLabel>When could you start?</DatePickerLabel>
    <DatePickerControl class="mf-control">
      <DatePickerInput placeholder="mm/dd/yyyy" />
      <DatePickerTrigger class="mf-caret">📅</DatePickerTrigger>
    </DatePickerControl>
    <Teleport to="body">
      <DatePickerPositioner>
        <DatePickerContent class="mf-menu mf-cal">
          <DatePickerView view="day">
            <DatePickerContext v-slot="api">
              <DatePickerViewControl class="mf-cal-head"><DatePickerPrevTrigger>‹</DatePickerPrevTrigger><DatePickerViewTrigger><DatePickerRangeText /></DatePickerViewTrigger><DatePickerNextTrigger>›</DatePickerNextTrigger></DatePickerViewControl>
              <DatePickerTable>
                <DatePickerTableHead><DatePickerTableRow><DatePickerTableHeader v-for="(d, i) in api.weekDays" :key="i">{{ d.narrow }}</DatePickerTableHeader></DatePickerTableRow></DatePickerTableHead>
                <DatePickerTableBody>
                  <DatePickerTableRow v-for="(week, wi) in api.weeks" :key="wi">
                    <DatePickerTableCell v-for="(day, di) in week" :key="di" :value="day"><DatePickerTableCellTrigger>{{ day.day }}</DatePickerTableCellTrigger></DatePickerTableCell>
                  </DatePickerTableRow>
                </DatePickerTableBody>
              </DatePickerTable>
            </DatePickerContext>
          </DatePickerView>
        </DatePickerContent>
      </DatePickerPositioner>
    </Teleport>
  </DatePickerRoot>
  <FieldRoot class="mf-field f-salary">
    <FieldLabel>Base salary you're targeting</FieldLabel>
    <div class="mf-adorned"><span>$</span><FieldInput name="salary" inputmode="numeric" v-model="m.salary" /><span>/ year</span></div>
  </FieldRoot>
  <CheckboxRoot class="mf-check f-wms" name="wmsExperience" @checked-change="(d) => (m.wmsExperience = d.checked)">
    <CheckboxControl class="mf-box"><CheckboxIndicator>✓</CheckboxIndicator></CheckboxControl>
    <CheckboxLabel>I have worked with warehouse-management (WMS) or TMS data</CheckboxLabel>
    <CheckboxHiddenInput />
  </CheckboxRoot>
  <SelectRoot class="mf-field f-source" :collection="sourceCollection" @value-change="(d) => (m.source = d.value)">
    <SelectLabel>How did you find us?</SelectLabel>
    <SelectControl><SelectTrigger class="mf-trigger"><SelectValueText placeholder="Select one" /><SelectIndicator>▾</SelectIndicator></SelectTrigger></SelectControl>
    <Teleport to="body"><SelectPositioner><SelectContent class="mf-menu"><SelectItem v-for="item in sourceCollection.items" :key="item" :item="item" class="mf-option"><SelectItemText>{{ item }}</SelectItemText></SelectItem></SelectContent></SelectPositioner></Teleport>
    <SelectHiddenSelect name="source" />
  </SelectRoot>

  <h3>Voluntary self-identification</h3>
  <p class="mf-small">Marrowby Freight is an equal opportunity employer. This section is optional and is kept apart from your application.</p>
  <RadioGroupRoot class="mf-field f-gender mf-radios" name="gender" @value-change="(d) => (m.gender = d.value)">
    <RadioGroupLabel>Gender</RadioGroupLabel>
    <RadioGroupItem v-for="opt in ['Woman', 'Man', 'Non-binary', 'Prefer not to say']" :key="opt" :value="opt" class="mf-radio"><RadioGroupItemControl class="mf-dot" /><RadioGroupItemText>{{ opt }}</RadioGroupItemText><RadioGroupItemHiddenInput /></RadioGroupItem>
  </RadioGroupRoot>
  <SelectRoot class="mf-field f-ethnicity" :collection="ethnicityCollection" @value-change="(d) => (m.ethnicity = d.value)">
    <SelectLabel>Race / ethnicity</SelectLabel>
    <SelectControl><SelectTrigger class="mf-trigger"><SelectValueText placeholder="Select one" /><SelectIndicator>▾</SelectIndicator></SelectTrigger></SelectControl>
    <Teleport to="body"><SelectPositioner><SelectContent class="mf-menu"><SelectItem v-for="item in ethnicityCollection.items" :key="item" :item="item" class="mf-option"><SelectItemText>{{ item }}</SelectItemText></SelectItem></SelectContent></SelectPositioner></Teleport>
    <SelectHiddenSelect name="ethnicity" />
  </SelectRoot>
  <CheckboxRoot class="mf-check f-consent" name="consent" @checked-change="(d) => (m.consent = d.checked)">
    <CheckboxControl class="mf-box"><CheckboxIndicator>✓</CheckboxIndicator></CheckboxControl>
    <CheckboxLabel>I agree to Marrowby's candidate privacy notice.</CheckboxLabel>
    <CheckboxHiddenInput />
  </CheckboxRoot>
  <p v-if="error" class="mf-error" role="alert">{{ error }}</p>
  <button id="mf-submit" type="submit" class="mf-submit">Submit application</button>
  <p v-if="sent" id="mf-done" class="mf-done">Thanks, {{ m.firstName }}! We received your application.</p>
</form>
<pre id="model">{{ JSON.stringify(m, null, 2) }}</pre>
`;

createApp({
  components,
  template,
  setup() {
    const m = reactive({
      firstName: '',
      lastName: '',
      email: '',
      dialCode: [],
      phone: '',
      country: [],
      city: '',
      region: '',
      linkedin: '',
      github: '',
      currentRole: '',
      currentCompany: '',
      years: null,
      resume: [],
      coverLetter: [],
      authorized: false,
      sponsorship: null,
      startDate: [],
      salary: '',
      wmsExperience: false,
      source: [],
      gender: null,
      ethnicity: [],
      consent: false,
    });
    const countryQuery = ref('');
    const countryCollection = computed(() =>
      createListCollection({
        items: COUNTRY_ITEMS.filter((c) => c.label.toLowerCase().includes(countryQuery.value.toLowerCase())),
      }),
    );
    const suggested = ['US', 'MX', 'CA', 'GB', 'IN'];
    const suggestedDial = suggested.map((v) => ({ ...DIAL_ITEMS.find((d) => d.value === v), value: `top-${v}` }));
    const otherDial = DIAL_ITEMS;
    const dialCollection = createListCollection({ items: [...suggestedDial, ...otherDial] });
    const sourceCollection = createListCollection({ items: SOURCES });
    const ethnicityCollection = createListCollection({ items: ETHNICITY });
    const sent = ref(false);
    const error = ref('');
    const submit = () => {
      if (!m.firstName || !m.email || !m.resume.length || !m.consent) {
        error.value = 'Please fill in the required fields, add your resume and accept the privacy notice.';
        return;
      }
      error.value = '';
      sent.value = true;
    };
    return { m, countryQuery, countryCollection, suggestedDial, otherDial, dialCollection, sourceCollection, ethnicityCollection, sent, error, submit };
  },
}).mount('#mf-root');
