/**
 * Olmedal Robotics careers page (React 19 + **antd 6** Form `name="olmedal"`, ids `olmedal_<field>`):
 * a dial-code Select preset "🇪🇸 +34" in a Space.Compact with the phone; a **Cascader with `loadData`**
 * for the location (countries first; states, then cities are fetched 500 ms after a level is opened, so
 * there is no path search); a years Select with **`labelInValue`** (state `{ value, label }`); an
 * **AutoComplete** school that accepts free text; a Select **`mode="tags"`** for languages (leave);
 * "Are you currently employed?" whose employer / title Form.Items use **`hidden`** until "Yes" (kept
 * registered); a sponsorship Radio.Group whose "Yes" mounts a visa Select through
 * **`shouldUpdate`**; a salary InputNumber with a **currency Select preset "EUR"**; DatePicker
 * `DD/MM/YYYY`; Upload with `beforeUpload` returning false; Checkbox consent. Values go to <pre id="model">.
 */
import { Button, Cascader, Checkbox, DatePicker, Form, Input, InputNumber, Radio, Select, Space, Upload, AutoComplete, Result } from 'antd';
import { useState } from 'react';
import { createRoot } from 'react-dom/client';

const flag = (code) => String.fromCodePoint(...[...code].map((c) => 127397 + c.charCodeAt(0)));
const DIALS = [['ES', '+34'], ['PT', '+351'], ['FR', '+33'], ['GB', '+44'], ['CA', '+1'], ['US', '+1'], ['MX', '+52'], ['CL', '+56']]
  .map(([c, d]) => ({ value: c, label: `${flag(c)} ${d}` }));
const COUNTRIES = [
  { value: 'ES', label: 'Spain', isLeaf: false }, { value: 'PT', label: 'Portugal', isLeaf: false },
  { value: 'US', label: 'United States', isLeaf: false }, { value: 'MX', label: 'Mexico', isLeaf: false },
];
const REGIONS = {
  ES: [['MD', 'Madrid'], ['CT', 'Catalonia'], ['AN', 'Andalusia']], PT: [['LI', 'Lisbon'], ['PO', 'Porto']], MX: [['JA', 'Jalisco'], ['NL', 'Nuevo León']],
  US: [['AZ', 'Arizona'], ['CA', 'California'], ['CO', 'Colorado'], ['NY', 'New York'], ['OR', 'Oregon'], ['TX', 'Texas'], ['WA', 'Washington']],
};
const CITIES = {
  CA: ['Fresno', 'Los Angeles', 'Oakland', 'Sacramento', 'San Diego', 'San Francisco', 'San Jose', 'South San Francisco'], AZ: ['Phoenix', 'Tucson'], CO: ['Denver', 'Boulder'],
  NY: ['New York', 'Buffalo'], OR: ['Portland', 'Salem'], TX: ['Austin', 'Houston'], WA: ['Seattle', 'Spokane'], MD: ['Madrid', 'Alcalá de Henares'], CT: ['Barcelona', 'Girona'],
  AN: ['Sevilla', 'Málaga'], LI: ['Lisboa', 'Sintra'], PO: ['Porto', 'Braga'], JA: ['Guadalajara', 'Zapopan'], NL: ['Monterrey', 'San Pedro Garza García'],
};
const YEARS = [['0-2', '0–2 years'], ['3-6', '3–6 years'], ['7-10', '7–10 years'], ['11+', '11+ years']].map(([value, label]) => ({ value, label }));
const SCHOOLS = ['University of California, Berkeley', 'University of California, Davis', 'University of California, Los Angeles', 'Berkeley College', 'California State University, Fresno',
  'Universidad Politécnica de Madrid', 'Universidad Complutense de Madrid', 'Stanford University'];
const DEGREES = ['High school', 'Associate', 'Bachelor', 'Master', 'PhD'].map((d) => ({ value: d, label: d }));
const VISAS = ['H-1B', 'TN', 'O-1', 'E-3', 'Green card', 'Other'].map((v) => ({ value: v, label: v }));
const CURRENCIES = ['EUR', 'USD', 'GBP', 'MXN'].map((c) => ({ value: c, label: c }));

const initialValues = {
  firstName: '', lastName: '', email: '', dialCountry: 'ES', phone: '', location: [], linkedin: '', github: '',
  employed: undefined, employer: '', jobTitle: '', years: undefined, school: '', degree: undefined, languages: [],
  authorized: undefined, sponsorship: undefined, salary: null, currency: 'EUR', startDate: null, resume: [], coverLetter: '', howHeard: undefined, privacy: false,
};
const modelOf = (values) => ({
  ...values,
  startDate: values.startDate ? values.startDate.format('YYYY-MM-DD') : null,
  resume: (values.resume ?? []).map((f) => f.name),
});

function Application() {
  const [form] = Form.useForm();
  const [options, setOptions] = useState(COUNTRIES);
  const [model, setModel] = useState(modelOf(initialValues));
  const [sent, setSent] = useState(false);
  const employed = Form.useWatch('employed', form);
  const school = Form.useWatch('school', form) ?? '';

  const loadData = (selected) => {
    const target = selected[selected.length - 1];
    target.loading = true;
    setOptions([...options]);
    setTimeout(() => {
      target.loading = false;
      target.children = selected.length === 1
        ? (REGIONS[target.value] ?? []).map(([value, label]) => ({ value, label, isLeaf: false }))
        : (CITIES[target.value] ?? []).map((c) => ({ value: c, label: c, isLeaf: true }));
      setOptions([...options]);
    }, 500);
  };

  if (sent) return <div className="om-card" id="om-done"><Result status="success" title="Application sent" subTitle="Gracias! We will be in touch within two weeks." /></div>;
  return (
    <>
      <div className="om-card">
        <h2>Apply</h2>
        <Form form={form} name="olmedal" layout="vertical" initialValues={initialValues} requiredMark onValuesChange={(_, all) => setModel(modelOf(all))}
          onFinish={() => setSent(true)} scrollToFirstError>
          <Space style={{ display: 'flex' }} align="start" size="middle">
            <Form.Item label="First name" name="firstName" rules={[{ required: true }]}><Input autoComplete="given-name" /></Form.Item>
            <Form.Item label="Last name" name="lastName" rules={[{ required: true }]}><Input autoComplete="family-name" /></Form.Item>
          </Space>
          <Form.Item label="Email" name="email" rules={[{ required: true, type: 'email' }]}><Input /></Form.Item>
          <Form.Item label="Phone number" required>
            <Space.Compact block>
              <Form.Item name="dialCountry" noStyle><Select options={DIALS} style={{ width: 120 }} aria-label="Country code" /></Form.Item>
              <Form.Item name="phone" noStyle rules={[{ required: true }]}><Input placeholder="612 34 56 78" style={{ width: 'calc(100% - 120px)' }} /></Form.Item>
            </Space.Compact>
          </Form.Item>
          <Form.Item label="Where do you live?" name="location" extra="Country / State or region / City">
            <Cascader options={options} loadData={loadData} placeholder="Please select" displayRender={(labels) => labels.join(' / ')} />
          </Form.Item>
          <Space style={{ display: 'flex' }} align="start" size="middle">
            <Form.Item label="LinkedIn" name="linkedin"><Input placeholder="https://www.linkedin.com/in/…" /></Form.Item>
            <Form.Item label="GitHub" name="github"><Input placeholder="https://github.com/…" /></Form.Item>
          </Space>

          <h3>Experience</h3>
          <Form.Item label="Are you currently employed?" name="employed" rules={[{ required: true }]}>
            <Radio.Group options={[{ value: 'yes', label: 'Yes' }, { value: 'no', label: 'No' }]} />
          </Form.Item>
          <Form.Item label="Current employer" name="employer" hidden={employed !== 'yes'}><Input /></Form.Item>
          <Form.Item label="Current job title" name="jobTitle" hidden={employed !== 'yes'}><Input /></Form.Item>
          <Form.Item label="Years of experience working with data pipelines" name="years" rules={[{ required: true }]}>
            <Select labelInValue options={YEARS} placeholder="Select" />
          </Form.Item>
          <Form.Item label="University" name="school" extra="Your most recent university. Not listed? Type its name.">
            <AutoComplete options={SCHOOLS.filter((s) => s.toLowerCase().includes(school.toLowerCase())).map((s) => ({ value: s }))} placeholder="Start typing" />
          </Form.Item>
          <Form.Item label="Highest degree obtained" name="degree"><Select options={DEGREES} placeholder="Select" /></Form.Item>
          <Form.Item label="Languages you speak" name="languages" extra="Type a language and press Enter."><Select mode="tags" placeholder="e.g. English, Spanish" tokenSeparators={[',']} /></Form.Item>

          <h3>Work authorization</h3>
          <Form.Item label="Are you authorized to work in the United States?" name="authorized" rules={[{ required: true }]}>
            <Radio.Group options={[{ value: 'yes', label: 'Yes' }, { value: 'no', label: 'No' }]} />
          </Form.Item>
          <Form.Item label="Will you require visa sponsorship from Olmedal, now or in the future?" name="sponsorship" rules={[{ required: true }]}>
            <Radio.Group options={[{ value: 'yes', label: 'Yes' }, { value: 'no', label: 'No' }]} />
          </Form.Item>
          <Form.Item noStyle shouldUpdate={(prev, cur) => prev.sponsorship !== cur.sponsorship}>
            {({ getFieldValue }) => (getFieldValue('sponsorship') === 'yes' ? (
              <Form.Item label="Which visa would you need?" name="visaType" rules={[{ required: true }]}><Select options={VISAS} placeholder="Select" /></Form.Item>
            ) : null)}
          </Form.Item>

          <h3>Compensation & availability</h3>
          <Form.Item label="Expected annual salary" required>
            <Space.Compact>
              <Form.Item name="salary" noStyle><InputNumber min={0} step={1000} style={{ width: 200 }} formatter={(v) => `${v}`.replace(/\B(?=(\d{3})+(?!\d))/g, ',')} parser={(v) => v?.replace(/,/g, '')} /></Form.Item>
              <Form.Item name="currency" noStyle><Select options={CURRENCIES} style={{ width: 90 }} aria-label="Currency" /></Form.Item>
            </Space.Compact>
          </Form.Item>
          <Form.Item label="Earliest start date" name="startDate"><DatePicker format="DD/MM/YYYY" placeholder="DD/MM/YYYY" /></Form.Item>

          <h3>Documents</h3>
          <Form.Item label="CV / Resume" name="resume" valuePropName="fileList" getValueFromEvent={(e) => (Array.isArray(e) ? e : e?.fileList)} rules={[{ required: true }]}>
            <Upload beforeUpload={() => false} maxCount={1} accept=".pdf,.doc,.docx"><Button>Select file</Button></Upload>
          </Form.Item>
          <Form.Item label="Cover letter" name="coverLetter"><Input.TextArea rows={5} showCount maxLength={3000} /></Form.Item>
          <Form.Item label="How did you find this job?" name="howHeard">
            <Select placeholder="Select" options={['LinkedIn', 'AgFunder', 'Olmedal website', 'Referral', 'Other'].map((v) => ({ value: v, label: v }))} />
          </Form.Item>
          <Form.Item name="privacy" valuePropName="checked" rules={[{ validator: (_, v) => (v ? Promise.resolve() : Promise.reject(new Error('Required'))) }]}>
            <Checkbox>I accept the <a href="#privacy">privacy policy</a> and the processing of my data for this selection process.</Checkbox>
          </Form.Item>
          <Button type="primary" htmlType="submit" id="om-submit" size="large">Send application</Button>
        </Form>
      </div>
      <pre id="model">{JSON.stringify(model)}</pre>
    </>
  );
}

createRoot(document.getElementById('root')).render(<Application />);
