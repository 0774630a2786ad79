// A Los Angeles game studio (part of a Shanghai publisher) — careers page on Vue 3 + Arco Design Vue.
import { createApp, h, reactive, ref, watch } from 'vue';
import ArcoVue, { Form, FormItem, Input, InputNumber, Select, Option, Cascader, DatePicker, RadioGroup, Radio, Checkbox, Switch, Upload, Textarea, InputTag, Transfer, Rate, Button, Message, InputSearch, Grid, ConfigProvider } from '@arco-design/web-vue';
import enUS from '@arco-design/web-vue/es/locale/lang/en-us';
import '@arco-design/web-vue/dist/arco.css';

const { Row, Col } = Grid;
const LOCATIONS = [
  { value: 'us', label: 'United States', children: [
    { value: 'ca', label: 'California', children: ['Los Angeles', 'Irvine', 'San Diego', 'San Francisco', 'San Jose', 'South San Francisco'].map((c) => ({ value: c.toLowerCase().replace(/ /g, '-'), label: c })) },
    { value: 'wa', label: 'Washington', children: [{ value: 'seattle', label: 'Seattle' }, { value: 'bellevue', label: 'Bellevue' }] },
    { value: 'tx', label: 'Texas', children: [{ value: 'austin', label: 'Austin' }, { value: 'dallas', label: 'Dallas' }] },
  ] },
  { value: 'cn', label: 'China', children: [{ value: 'sh', label: 'Shanghai', children: [{ value: 'shanghai', label: 'Shanghai' }] }, { value: 'gd', label: 'Guangdong', children: [{ value: 'shenzhen', label: 'Shenzhen' }, { value: 'guangzhou', label: 'Guangzhou' }] }] },
  { value: 'ca-country', label: 'Canada', children: [{ value: 'bc', label: 'British Columbia', children: [{ value: 'vancouver', label: 'Vancouver' }] }, { value: 'on', label: 'Ontario', children: [{ value: 'toronto', label: 'Toronto' }] }] },
];
// leaf option → "Country / State / City"
const PATHS = new Map();
(function walk(options, prefix) { for (const o of options) { const path = prefix ? `${prefix} / ${o.label}` : o.label; PATHS.set(o.value, path); if (o.children) walk(o.children, path); } })(LOCATIONS, '');
const DIALS = ['+86', '+1', '+852', '+65', '+81', '+44'];
const TEAMS = ['Player Analytics', 'Live Ops Data', 'Anti-cheat', 'Monetization Science', 'Data Platform', 'UA Analytics'].map((t) => ({ value: t, label: t }));

const form = reactive({
  fullName: '', email: '', dialCode: '+86', phone: '', location: undefined, linkedin: '', portfolio: '',
  company: '', jobTitle: '', years: undefined, salary: undefined, startDate: '', degree: undefined, skills: [], teams: [],
  workAuth: '', sponsorship: '', resume: [], coverLetter: '', playtime: 0, shanghai: false, consent: false,
});
const done = ref(false);
watch(form, (v) => {
  document.getElementById('model').textContent = JSON.stringify({ ...v, resume: v.resume.map((f) => f.name) }, null, 1);
}, { deep: true, immediate: true });

const rules = {
  fullName: [{ required: true, message: 'Please enter your name' }],
  email: [{ required: true, message: 'Please enter your email' }, { type: 'email', message: 'Email format is incorrect' }],
  phone: [{ required: true, message: 'Please enter your phone number' }, { match: /^\d{6,14}$/, message: 'Digits only, without the country code' }],
  location: [{ required: true, message: 'Please select your location' }],
  workAuth: [{ required: true, message: 'Required' }],
  sponsorship: [{ required: true, message: 'Required' }],
  consent: [{ type: 'boolean', true: true, message: 'Please agree to the privacy policy' }],
};

const item = (field, label, control, extra = {}) => h(FormItem, { field, label, ...extra }, () => control);

const App = {
  setup() {
    const formRef = ref();
    const submit = async ({ errors }) => { if (!errors) done.value = true; };
    return () => h(ConfigProvider, { locale: enUS }, () => done.value
      ? h('div', { id: 'applied', class: 'mp-done' }, [h('h2', 'Application submitted'), h('p', 'Thanks! The Moonpetal talent team will contact you by email.')])
      : h(Form, { ref: formRef, model: form, rules, layout: 'vertical', id: 'mp-apply', class: 'mp-form', onSubmit: submit }, () => [
        h('h3', { class: 'mp-section' }, 'Basic information'),
        h(Row, { gutter: 16 }, () => [
          h(Col, { span: 12 }, () => item('fullName', 'Full name', h(Input, { modelValue: form.fullName, 'onUpdate:modelValue': (v) => (form.fullName = v), placeholder: 'Please enter', allowClear: true }))),
          h(Col, { span: 12 }, () => item('email', 'Email', h(Input, { modelValue: form.email, 'onUpdate:modelValue': (v) => (form.email = v), placeholder: 'Please enter' }))),
        ]),
        item('phone', 'Mobile phone', h(Input, { modelValue: form.phone, 'onUpdate:modelValue': (v) => (form.phone = v), placeholder: 'Please enter', maxLength: 14 }, {
          prepend: () => h(Select, { modelValue: form.dialCode, 'onUpdate:modelValue': (v) => (form.dialCode = v), style: { width: '92px' }, bordered: false, class: 'mp-dial' }, () => DIALS.map((d) => h(Option, { value: d }, () => d))),
        })),
        item('location', 'Current location', h(Cascader, { modelValue: form.location, 'onUpdate:modelValue': (v) => (form.location = v), options: LOCATIONS, placeholder: 'Country / State / City', allowSearch: true, pathMode: false, expandTrigger: 'hover', class: 'mp-location',
          // search the whole path, so "California" or "United States / California" finds cities too
          filterOption: (input, option) => (PATHS.get(option.value) ?? option.label).toLowerCase().includes(input.trim().toLowerCase()) })),
        h(Row, { gutter: 16 }, () => [
          h(Col, { span: 12 }, () => item('linkedin', 'LinkedIn', h(Input, { modelValue: form.linkedin, 'onUpdate:modelValue': (v) => (form.linkedin = v), placeholder: 'https://' }))),
          h(Col, { span: 12 }, () => item('portfolio', 'Portfolio / GitHub', h(Input, { modelValue: form.portfolio, 'onUpdate:modelValue': (v) => (form.portfolio = v), placeholder: 'https://' }))),
        ]),
        h('h3', { class: 'mp-section' }, 'Experience'),
        h(Row, { gutter: 16 }, () => [
          h(Col, { span: 12 }, () => item('company', 'Current company', h(Input, { modelValue: form.company, 'onUpdate:modelValue': (v) => (form.company = v), placeholder: 'Please enter' }))),
          h(Col, { span: 12 }, () => item('jobTitle', 'Current position', h(Input, { modelValue: form.jobTitle, 'onUpdate:modelValue': (v) => (form.jobTitle = v), placeholder: 'Please enter' }))),
        ]),
        h(Row, { gutter: 16 }, () => [
          h(Col, { span: 8 }, () => item('years', 'Years of work experience', h(InputNumber, { modelValue: form.years, 'onUpdate:modelValue': (v) => (form.years = v), mode: 'button', min: 0, max: 40, placeholder: '0' }))),
          h(Col, { span: 16 }, () => item('degree', 'Education', h(Select, { modelValue: form.degree, 'onUpdate:modelValue': (v) => (form.degree = v), placeholder: 'Please select', options: ['High school', 'Associate', 'Bachelor', 'Master', 'PhD'] }))),
        ]),
        item('skills', 'Skills', h(InputTag, { modelValue: form.skills, 'onUpdate:modelValue': (v) => (form.skills = v), placeholder: 'Type a skill and press Enter', allowClear: true, uniqueValue: true })),
        item('teams', 'Which other teams may we share your profile with?', h(Transfer, { modelValue: form.teams, 'onUpdate:modelValue': (v) => (form.teams = v), data: TEAMS, title: ['Teams', 'Share with'], showSearch: false, class: 'mp-transfer' })),
        item('resume', 'Resume', h(Upload, {
          fileList: form.resume, autoUpload: false, limit: 1, accept: '.pdf,.doc,.docx', draggable: true, tip: 'PDF / Word, up to 20 MB (optional if you add a LinkedIn profile)',
          'onUpdate:fileList': (list) => (form.resume = list.map((f) => ({ uid: f.uid, name: f.name, status: f.status }))),
        })),
        item('coverLetter', 'Cover letter', h(Textarea, { modelValue: form.coverLetter, 'onUpdate:modelValue': (v) => (form.coverLetter = v), placeholder: 'Please enter', maxLength: 2000, showWordLimit: true, autoSize: { minRows: 4, maxRows: 10 } })),
        h('h3', { class: 'mp-section' }, 'Other'),
        h(Row, { gutter: 16 }, () => [
          h(Col, { span: 12 }, () => item('salary', 'Expected annual salary (USD)', h(InputNumber, { modelValue: form.salary, 'onUpdate:modelValue': (v) => (form.salary = v), min: 0, step: 1000, placeholder: 'Please enter', formatter: (value) => { const [i, d] = String(value).split('.'); return i.replace(/\B(?=(\d{3})+(?!\d))/g, ',') + (d !== undefined ? `.${d}` : ''); }, parser: (value) => value.replace(/,/g, '') }, { prefix: () => '$' }))),
          h(Col, { span: 12 }, () => item('startDate', 'Available from', h(DatePicker, { modelValue: form.startDate, 'onUpdate:modelValue': (v) => (form.startDate = v ?? ''), format: 'MM/DD/YYYY', valueFormat: 'YYYY-MM-DD', placeholder: 'MM/DD/YYYY', style: { width: '100%' } }))),
        ]),
        item('workAuth', 'Are you legally authorized to work in the United States?', h(RadioGroup, { modelValue: form.workAuth, 'onUpdate:modelValue': (v) => (form.workAuth = v), type: 'button' }, () => [h(Radio, { value: 'yes' }, () => 'Yes'), h(Radio, { value: 'no' }, () => 'No')])),
        item('sponsorship', 'Will you require visa sponsorship (e.g. H-1B) now or in the future?', h(RadioGroup, { modelValue: form.sponsorship, 'onUpdate:modelValue': (v) => (form.sponsorship = v), type: 'button' }, () => [h(Radio, { value: 'yes' }, () => 'Yes'), h(Radio, { value: 'no' }, () => 'No')])),
        item('playtime', 'How often do you play Moonpetal games?', h(Rate, { modelValue: form.playtime, 'onUpdate:modelValue': (v) => (form.playtime = v), count: 5 })),
        item('shanghai', 'Open to a 3-month onboarding stint at our Shanghai HQ?', h(Switch, { modelValue: form.shanghai, 'onUpdate:modelValue': (v) => (form.shanghai = v), checkedText: 'Yes', uncheckedText: 'No' })),
        item('consent', '', h(Checkbox, { modelValue: form.consent, 'onUpdate:modelValue': (v) => (form.consent = v) }, () => 'I have read and agree to the Candidate Privacy Policy'), { hideLabel: true }),
        h(FormItem, {}, () => h(Button, { type: 'primary', htmlType: 'submit', id: 'mp-submit', long: true }, () => 'Submit')),
      ]));
  },
};

createApp(App).use(ArcoVue).mount('#app');

createApp({ render: () => h(ConfigProvider, { locale: enUS }, () => h(InputSearch, { placeholder: 'Search games, news, jobs', id: 'mp-search', style: { width: '260px' } })) }).use(ArcoVue).mount('#search');
