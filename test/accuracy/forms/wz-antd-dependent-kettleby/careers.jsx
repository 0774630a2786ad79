/**
 * Kettleby Grain & Rail careers page (React 19 + **antd 6** Form `name="apply"`, ids `apply_<field>`),
 * shared by every posting (each posting's app.jsx passes its own questions):
 * - phone: a searchable dial-code Select ("Canada (+1)" … "United States (+1)", no preset, placeholder "Code") in a
 *   Space.Compact with the number;
 * - country Select `showSearch` (world-countries) → the **State / Province Select stays disabled until a
 *   country is chosen, then loads its list 800 ms later** (spinner); changing the country clears it;
 * - email / phone rules with `validateTrigger="onBlur"` (messages appear when leaving the field);
 * - "Are you currently employed?" as Radio.Group **buttons**; "Yes" un-hides (Form.Item `hidden`) employer,
 *   title and notice period;
 * - "Do you hold a bachelor's degree or higher?" buttons; "Yes" reveals a degree block whose school is a
 *   Select with **remote search** (options fetched 600 ms after typing);
 * - sponsorship buttons; "Yes" **mounts** a visa Select through `shouldUpdate` (never shown for "No");
 * - salary InputNumber + currency Select (preset USD) + pay-period Select (no preset);
 * - DatePicker `MM/DD/YYYY`; Upload.Dragger with `beforeUpload` returning false; consent Checkbox.
 * The form values go to <pre id="model">.
 */
import { Button, Checkbox, DatePicker, Form, Input, InputNumber, Radio, Select, Space, Upload, Result, Divider } from 'antd';
import { useRef, useState } from 'react';
import { createRoot } from 'react-dom/client';
import countries from 'world-countries';

const COUNTRIES = countries
  .map((c) => ({ value: c.cca2, label: c.name.common }))
  .sort((a, b) => a.label.localeCompare(b.label));
const DIALS = countries
  .filter((c) => c.idd.root)
  .map((c) => ({ value: c.cca2, label: `${c.name.common} (${c.idd.root}${c.idd.suffixes.length === 1 ? c.idd.suffixes[0] : ''})`, code: `${c.idd.root}${c.idd.suffixes.length === 1 ? c.idd.suffixes[0] : ''}` }))
  .sort((a, b) => a.label.localeCompare(b.label));
const REGIONS = {
  US: ['Alabama', 'Alaska', 'Arizona', 'Arkansas', 'California', 'Colorado', 'Connecticut', 'Delaware', 'District of Columbia', 'Florida', 'Georgia', 'Hawaii', 'Idaho', 'Illinois', 'Indiana', 'Iowa', 'Kansas', 'Kentucky', 'Louisiana', 'Maine', 'Maryland', 'Massachusetts', 'Michigan', 'Minnesota', 'Mississippi', 'Missouri', 'Montana', 'Nebraska', 'Nevada', 'New Hampshire', 'New Jersey', 'New Mexico', 'New York', 'North Carolina', 'North Dakota', 'Ohio', 'Oklahoma', 'Oregon', 'Pennsylvania', 'Rhode Island', 'South Carolina', 'South Dakota', 'Tennessee', 'Texas', 'Utah', 'Vermont', 'Virginia', 'Washington', 'West Virginia', 'Wisconsin', 'Wyoming'],
  CA: ['Alberta', 'British Columbia', 'Manitoba', 'New Brunswick', 'Newfoundland and Labrador', 'Nova Scotia', 'Ontario', 'Prince Edward Island', 'Quebec', 'Saskatchewan'],
  MX: ['Baja California', 'Baja California Sur', 'Chihuahua', 'Jalisco', 'Nuevo León', 'Sonora'],
};
const SCHOOLS = [
  'University of California, Berkeley', 'University of California, Davis', 'University of California, Los Angeles', 'University of California, San Diego',
  'Berkeley College', 'California State University, East Bay', 'University of Kansas', 'Kansas State University', 'University of Missouri–Kansas City',
  'University of Nebraska–Lincoln', 'Iowa State University', 'Stanford University',
];
const DEGREES = ["Bachelor's degree", "Master's degree", 'Doctorate (PhD)', 'Professional degree (JD, MD)'].map((v) => ({ value: v, label: v }));
const NOTICE = ['Immediately', '1 week', '2 weeks', '3–4 weeks', '1–2 months', 'More than 2 months'].map((v) => ({ value: v, label: v }));
const VISAS = ['H-1B transfer', 'New H-1B', 'TN', 'E-3', 'O-1', 'Green card sponsorship', 'Other'].map((v) => ({ value: v, label: v }));
const CURRENCIES = ['USD', 'CAD', 'MXN', 'EUR'].map((v) => ({ value: v, label: v }));
const PERIODS = [['hour', 'per hour'], ['month', 'per month'], ['year', 'per year']].map(([value, label]) => ({ value, label }));
const YESNO = [{ value: 'yes', label: 'Yes' }, { value: 'no', label: 'No' }];

const fileNames = (list) => (list ?? []).map((f) => f.name);
const modelOf = (v) => ({ ...v, startDate: v.startDate ? v.startDate.format('YYYY-MM-DD') : null, resume: fileNames(v.resume), coverFile: fileNames(v.coverFile) });

export function mount(posting) {
  const initialValues = {
    firstName: '', lastName: '', preferredName: '', email: '', dial: undefined, phone: '', country: undefined, state: undefined, city: '', linkedin: '',
    employed: undefined, employer: '', jobTitle: '', notice: undefined, hasDegree: undefined, degree: undefined, school: undefined, major: '', gradYear: '',
    authorized: undefined, sponsorship: undefined, salary: null, currency: 'USD', period: undefined, startDate: null, resume: [], coverFile: [],
    ...Object.fromEntries(posting.questions.map((q) => [q.name, q.initial ?? undefined])), howHeard: undefined, consent: false,
  };

  function Application() {
    const [form] = Form.useForm();
    const [model, setModel] = useState(modelOf(initialValues));
    const [sent, setSent] = useState(false);
    const [regions, setRegions] = useState([]);
    const [regionsLoading, setRegionsLoading] = useState(false);
    const [schools, setSchools] = useState([]);
    const [schoolsLoading, setSchoolsLoading] = useState(false);
    const schoolTimer = useRef(0);
    const country = Form.useWatch('country', form);
    const employed = Form.useWatch('employed', form);
    const hasDegree = Form.useWatch('hasDegree', form);

    const onCountry = (value) => {
      form.setFieldValue('state', undefined);
      setRegions([]);
      if (!value) return;
      setRegionsLoading(true);
      setTimeout(() => {
        setRegions((REGIONS[value] ?? []).map((r) => ({ value: r, label: r })));
        setRegionsLoading(false);
      }, 800);
    };
    const searchSchools = (text) => {
      clearTimeout(schoolTimer.current);
      if (!text || text.length < 2) { setSchools([]); return; }
      setSchoolsLoading(true);
      schoolTimer.current = setTimeout(() => {
        const t = text.toLowerCase();
        setSchools(SCHOOLS.filter((s) => s.toLowerCase().includes(t)).map((s) => ({ value: s, label: s })));
        setSchoolsLoading(false);
      }, 600);
    };
    const sync = () => setModel(modelOf(form.getFieldsValue(true)));

    if (sent) return <div className="kb-card" id="kb-done"><Result status="success" title="Thanks — your application is in" subTitle={`Our talent team reviews every application for ${posting.role} within ten business days.`} /></div>;
    return (
      <>
        <div className="kb-card">
          <h2>Apply for this role</h2>
          <p className="kb-muted">Fields marked with * are required.</p>
          <Form form={form} name="apply" layout="vertical" initialValues={initialValues} onValuesChange={(changed) => { if ('country' in changed) onCountry(changed.country); sync(); }}
            onFinish={() => setSent(true)} scrollToFirstError>
            <Divider titlePlacement="start">Personal information</Divider>
            <Space style={{ display: 'flex' }} align="start" size="middle">
              <Form.Item label="Legal first name" name="firstName" rules={[{ required: true, message: 'Please enter your first name' }]}><Input autoComplete="given-name" /></Form.Item>
              <Form.Item label="Legal last name" name="lastName" rules={[{ required: true, message: 'Please enter your last name' }]}><Input autoComplete="family-name" /></Form.Item>
            </Space>
            <Form.Item label="Preferred name" name="preferredName" extra="Only if different from your legal first name."><Input /></Form.Item>
            <Form.Item label="Email address" name="email" validateTrigger="onBlur" rules={[{ required: true, message: 'Please enter your email' }, { type: 'email', message: 'That does not look like an email address' }]}><Input /></Form.Item>
            <Form.Item label="Mobile phone" required>
              <Space.Compact block>
                <Form.Item name="dial" noStyle rules={[{ required: true, message: 'Choose a country code' }]}>
                  <Select showSearch={{ optionFilterProp: 'label' }} options={DIALS} placeholder="Code" style={{ width: 190 }} aria-label="Country code" popupMatchSelectWidth={280} />
                </Form.Item>
                <Form.Item name="phone" noStyle validateTrigger="onBlur" rules={[{ required: true, message: 'Please enter your phone number' }, { pattern: /^[\d\s().-]{7,}$/, message: 'Digits only, please' }]}>
                  <Input style={{ width: 'calc(100% - 190px)' }} />
                </Form.Item>
              </Space.Compact>
            </Form.Item>
            <Space style={{ display: 'flex' }} align="start" size="middle">
              <Form.Item label="Country" name="country" rules={[{ required: true, message: 'Please choose a country' }]} style={{ minWidth: 240 }}>
                <Select showSearch={{ optionFilterProp: 'label' }} options={COUNTRIES} placeholder="Select a country" allowClear />
              </Form.Item>
              <Form.Item label="State / Province" name="state" style={{ minWidth: 240 }} extra={country ? null : 'Choose a country first'}>
                <Select showSearch={{ optionFilterProp: 'label' }} options={regions} disabled={!country || regionsLoading} loading={regionsLoading} placeholder={regionsLoading ? 'Loading…' : 'Select'} notFoundContent="No states for this country" />
              </Form.Item>
            </Space>
            <Form.Item label="City" name="city"><Input /></Form.Item>
            <Form.Item label="LinkedIn profile" name="linkedin"><Input addonBefore="https://" placeholder="www.linkedin.com/in/your-name" /></Form.Item>

            <Divider titlePlacement="start">Experience</Divider>
            <Form.Item label="Are you currently employed?" name="employed" rules={[{ required: true, message: 'Please answer' }]}>
              <Radio.Group optionType="button" buttonStyle="solid" options={YESNO} />
            </Form.Item>
            <Form.Item label="Current employer" name="employer" hidden={employed !== 'yes'}><Input /></Form.Item>
            <Form.Item label="Current job title" name="jobTitle" hidden={employed !== 'yes'}><Input /></Form.Item>
            <Form.Item label="Notice period" name="notice" hidden={employed !== 'yes'} extra="How much notice do you need to give your current employer?"><Select options={NOTICE} placeholder="Select" /></Form.Item>
            <Form.Item label={posting.yearsLabel} name="years" rules={[{ required: true, message: 'Please enter a number' }]}><InputNumber min={0} max={50} style={{ width: 120 }} /></Form.Item>
            <Form.Item label="Do you hold a bachelor's degree or higher?" name="hasDegree" rules={[{ required: true, message: 'Please answer' }]}>
              <Radio.Group optionType="button" buttonStyle="solid" options={YESNO} />
            </Form.Item>
            <div className="kb-block" hidden={hasDegree !== 'yes'}>
              <Form.Item label="Highest degree" name="degree"><Select options={DEGREES} placeholder="Select" /></Form.Item>
              <Form.Item label="School" name="school" extra="Start typing to search schools.">
                <Select showSearch={{ filterOption: false, onSearch: searchSchools }} options={schools} loading={schoolsLoading} placeholder="Search for your school" notFoundContent={schoolsLoading ? 'Searching…' : 'Type at least 2 letters'} />
              </Form.Item>
              <Space style={{ display: 'flex' }} align="start" size="middle">
                <Form.Item label="Field of study" name="major"><Input /></Form.Item>
                <Form.Item label="Graduation year" name="gradYear"><Input maxLength={4} placeholder="YYYY" /></Form.Item>
              </Space>
            </div>

            <Divider titlePlacement="start">Eligibility</Divider>
            <Form.Item label={posting.authLabel} name="authorized" rules={[{ required: true, message: 'Please answer' }]}>
              <Radio.Group optionType="button" buttonStyle="solid" options={YESNO} />
            </Form.Item>
            <Form.Item label={posting.sponsorLabel} name="sponsorship" rules={[{ required: true, message: 'Please answer' }]}>
              <Radio.Group optionType="button" buttonStyle="solid" options={YESNO} />
            </Form.Item>
            <Form.Item noStyle shouldUpdate={(prev, cur) => prev.sponsorship !== cur.sponsorship}>
              {({ getFieldValue }) => (getFieldValue('sponsorship') === 'yes' ? (
                <Form.Item label="Which visa or status would you need?" name="visa" rules={[{ required: true, message: 'Please choose' }]}><Select options={VISAS} placeholder="Select" /></Form.Item>
              ) : null)}
            </Form.Item>
            {posting.questions.map((q) => (
              <Form.Item key={q.name} label={q.label} name={q.name} extra={q.extra} rules={q.required ? [{ required: true, message: 'Please answer' }] : undefined}>
                {q.type === 'buttons' ? <Radio.Group optionType="button" buttonStyle="solid" options={q.options.map((o) => ({ value: o, label: o }))} />
                  : q.type === 'radio' ? <Radio.Group options={q.options.map((o) => ({ value: o, label: o }))} />
                    : q.type === 'select' ? <Select options={q.options.map((o) => ({ value: o, label: o }))} placeholder="Select" />
                      : <Input.TextArea rows={4} />}
              </Form.Item>
            ))}

            <Divider titlePlacement="start">Compensation & availability</Divider>
            <Form.Item label="Desired salary" extra={posting.payNote}>
              <Space.Compact>
                <Form.Item name="salary" noStyle><InputNumber min={0} step={1000} style={{ width: 180 }} aria-label="Desired salary amount" formatter={(v) => `${v}`.replace(/\B(?=(\d{3})+(?!\d))/g, ',')} parser={(v) => v?.replace(/,/g, '')} /></Form.Item>
                <Form.Item name="currency" noStyle><Select options={CURRENCIES} style={{ width: 90 }} aria-label="Currency" /></Form.Item>
                <Form.Item name="period" noStyle><Select options={PERIODS} style={{ width: 130 }} placeholder="Period" aria-label="Pay period" /></Form.Item>
              </Space.Compact>
            </Form.Item>
            <Form.Item label="Earliest start date" name="startDate"><DatePicker format="MM/DD/YYYY" placeholder="MM/DD/YYYY" /></Form.Item>

            <Divider titlePlacement="start">Documents</Divider>
            <Form.Item label="Resume" name="resume" valuePropName="fileList" getValueFromEvent={(e) => (Array.isArray(e) ? e : e?.fileList)} rules={[{ required: true, message: 'Please attach your resume' }]}>
              <Upload.Dragger beforeUpload={() => false} maxCount={1} accept=".pdf,.doc,.docx">
                <p className="ant-upload-text">Click or drag your resume here</p>
                <p className="ant-upload-hint">PDF or Word, up to 5 MB</p>
              </Upload.Dragger>
            </Form.Item>
            <Form.Item label="Cover letter (optional)" name="coverFile" valuePropName="fileList" getValueFromEvent={(e) => (Array.isArray(e) ? e : e?.fileList)}>
              <Upload beforeUpload={() => false} maxCount={1} accept=".pdf,.doc,.docx,.txt"><Button>Upload file</Button></Upload>
            </Form.Item>
            <Form.Item label="How did you hear about Kettleby?" name="howHeard">
              <Select placeholder="Select" options={['LinkedIn', 'Indeed', 'kettleby.com', 'AgriCareers', 'Employee referral', 'Other'].map((v) => ({ value: v, label: v }))} />
            </Form.Item>
            <Form.Item name="consent" valuePropName="checked" rules={[{ validator: (_, v) => (v ? Promise.resolve() : Promise.reject(new Error('Please accept to continue'))) }]}>
              <Checkbox>I agree to Kettleby's <a href="#privacy">applicant privacy notice</a>.</Checkbox>
            </Form.Item>
            <Button type="primary" htmlType="submit" id="kb-submit" size="large">Submit application</Button>
          </Form>
        </div>
        <pre id="model">{JSON.stringify(model)}</pre>
      </>
    );
  }

  createRoot(document.getElementById('root')).render(<Application />);
}
