/**
 * Ferrowick Energy Storage careers: React + **Arco Design** (web-react 2.66, en-US) Form with
 * id "cand" (control ids `cand-<field>_input`), the values kept by the Arco form store and mirrored
 * into <pre id="model"> through onValuesChange. Pieces: the phone as **three boxes** in an
 * Input.Group (area code, prefix, line number; only the first labelled), a searchable
 * **TreeSelect** location (country › state › metro area), total experience as **Years + Months**
 * Selects, a degree Select with OptGroups, an AutoComplete school, button-style Radio.Group, a
 * sentence Select for sponsorship, InputNumber salary ("$" prefix, "/ year" suffix, thousands
 * formatter), DatePicker MM/DD/YYYY, InputTag (left alone), Upload (file list), TextArea, a
 * battery-safety question, "how did you hear", consent; header Input.Search.
 */
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import {
  AutoComplete, Button, Checkbox, ConfigProvider, DatePicker, Form, Input, InputNumber, InputTag, Radio, Select, TreeSelect, Upload,
} from '@arco-design/web-react';
import enUS from '@arco-design/web-react/es/locale/en-US';
import '@arco-design/web-react/dist/css/arco.css';

const FormItem = Form.Item;
const leaf = (state, name) => ({ key: `${state}:${name}`, title: name });
const LOCATIONS = [
  { key: 'US', title: 'United States', selectable: false, children: [
    { key: 'US-CA', title: 'California', selectable: false, children: ['Inland Empire', 'Los Angeles Area', 'Sacramento Area', 'San Diego Area', 'San Francisco Bay Area'].map((n) => leaf('CA', n)) },
    { key: 'US-NV', title: 'Nevada', selectable: false, children: ['Las Vegas Area', 'Reno / Sparks'].map((n) => leaf('NV', n)) },
    { key: 'US-TX', title: 'Texas', selectable: false, children: ['Austin Area', 'Houston Area'].map((n) => leaf('TX', n)) },
  ] },
  { key: 'CA', title: 'Canada', selectable: false, children: [
    { key: 'CA-BC', title: 'British Columbia', selectable: false, children: ['Vancouver Area'].map((n) => leaf('BC', n)) },
  ] },
];
const SCHOOLS = ['Berkeley City College', 'Stanford University', 'UC Berkeley Extension', 'University of California, Berkeley', 'University of California, Davis', 'University of Nevada, Reno'];
const YEARS = Array.from({ length: 31 }, (_, i) => String(i));
const MONTHS = Array.from({ length: 12 }, (_, i) => String(i));
const HEARD = ['Ferrowick website', 'LinkedIn', 'Energy-storage conference', 'Referral', 'Other'];
const SPONSOR = ['No, I will not require sponsorship', 'Yes, I will require sponsorship now or in the future'];

function App() {
  const [form] = Form.useForm();
  const [model, setModel] = useState({});
  const [sent, setSent] = useState(false);
  const [schoolHits, setSchoolHits] = useState([]);
  return (
    <ConfigProvider locale={enUS}>
      <header className="fw-top">
        <span className="fw-logo">⚡ FERROWICK</span>
        <nav><a href="#">Grid storage</a><a href="#">Projects</a><a href="#">Careers</a></nav>
        <Input.Search id="fw-search" placeholder="Search roles" style={{ width: 220 }} allowClear />
      </header>
      <main className="fw-main">
        <p className="fw-kicker">Fleet Analytics · Reno, NV or Remote (US)</p>
        <h1>Senior Data Engineer, Battery Fleet Telemetry</h1>
        <p>Our 2 GWh of grid batteries stream cell voltages and temperatures every second. Build the pipelines that predict degradation before it costs a megawatt-hour.</p>
        <Form id="cand" form={form} layout="vertical" autoComplete="off" onValuesChange={(_, all) => setModel(all)}
          onSubmit={() => setSent(true)} scrollToFirstError>
          <div className="fw-two">
            <FormItem label="First name" field="firstName" rules={[{ required: true, message: 'Enter your first name' }]}><Input /></FormItem>
            <FormItem label="Last name" field="lastName" rules={[{ required: true, message: 'Enter your last name' }]}><Input /></FormItem>
          </div>
          <FormItem label="Email" field="email" rules={[{ required: true, type: 'email', message: 'Enter a valid email' }]}><Input /></FormItem>
          <FormItem label="Phone" required extra="US number: area code, prefix, line number">
            <Input.Group compact>
              <FormItem field="phoneArea" noStyle rules={[{ required: true, match: /^\d{3}$/, message: '3 digits' }]}><Input style={{ width: 90 }} maxLength={3} placeholder="415" /></FormItem>
              <FormItem field="phonePrefix" noStyle rules={[{ required: true, match: /^\d{3}$/ }]}><Input style={{ width: 90 }} maxLength={3} placeholder="555" aria-label="Phone prefix" /></FormItem>
              <FormItem field="phoneLine" noStyle rules={[{ required: true, match: /^\d{4}$/ }]}><Input style={{ width: 110 }} maxLength={4} placeholder="0100" aria-label="Phone line number" /></FormItem>
            </Input.Group>
          </FormItem>
          <FormItem label="Where do you live?" field="location" rules={[{ required: true, message: 'Choose your area' }]} extra="Choose the metro area closest to you">
            <TreeSelect treeData={LOCATIONS} showSearch placeholder="Select a metro area" allowClear
              filterTreeNode={(input, node) => node.props.title.toLowerCase().includes(input.toLowerCase())} />
          </FormItem>
          <FormItem label="LinkedIn" field="linkedin"><Input placeholder="https://www.linkedin.com/in/…" /></FormItem>
          <div className="fw-two">
            <FormItem label="Current employer" field="employer"><Input /></FormItem>
            <FormItem label="Current title" field="jobTitle"><Input /></FormItem>
          </div>
          <FormItem label="Total data engineering experience" required>
            <div className="fw-two">
              <FormItem field="expYears" noStyle rules={[{ required: true }]}><Select placeholder="Years" options={YEARS} className="fw-expYears" style={{ width: 150 }} aria-label="Years" /></FormItem>
              <FormItem field="expMonths" noStyle rules={[{ required: true }]}><Select placeholder="Months" options={MONTHS} className="fw-expMonths" style={{ width: 150 }} aria-label="Months" /></FormItem>
            </div>
          </FormItem>
          <div className="fw-two">
            <FormItem label="Highest education" field="degree">
              <Select placeholder="Please select">
                <Select.OptGroup label="Undergraduate"><Select.Option value="assoc">Associate degree</Select.Option><Select.Option value="bach">Bachelor's degree</Select.Option></Select.OptGroup>
                <Select.OptGroup label="Graduate"><Select.Option value="mast">Master's degree</Select.Option><Select.Option value="phd">Doctorate</Select.Option></Select.OptGroup>
                <Select.OptGroup label="Other"><Select.Option value="hs">High school diploma</Select.Option><Select.Option value="cert">Technical certificate</Select.Option></Select.OptGroup>
              </Select>
            </FormItem>
            <FormItem label="School" field="school">
              <AutoComplete className="fw-school" data={schoolHits} placeholder="Start typing" onSearch={(v) => setSchoolHits(v.length < 2 ? [] : SCHOOLS.filter((s) => s.toLowerCase().includes(v.toLowerCase())))} />
            </FormItem>
          </div>
          <FormItem label="Are you legally authorized to work in the United States?" field="authorized" rules={[{ required: true, message: 'Required' }]}>
            <Radio.Group type="button" className="fw-authorized"><Radio value="yes">Yes</Radio><Radio value="no">No</Radio></Radio.Group>
          </FormItem>
          <FormItem label="Will you require visa sponsorship?" field="sponsorship" rules={[{ required: true, message: 'Required' }]}>
            <Select placeholder="Please select" options={SPONSOR} />
          </FormItem>
          <div className="fw-two">
            <FormItem label="Salary expectation" field="salary">
              <InputNumber prefix="$" suffix="/ year" min={0} step={1000} hideControl formatter={(v) => (v === undefined || v === '' ? '' : `${v}`.replace(/\B(?=(\d{3})+(?!\d))/g, ','))} parser={(v) => v.replace(/,/g, '')} />
            </FormItem>
            <FormItem label="Earliest start date" field="startDate"><DatePicker className="fw-startDate" format="MM/DD/YYYY" style={{ width: '100%' }} /></FormItem>
          </div>
          <FormItem label="Tools (press Enter after each)" field="tools"><InputTag allowClear placeholder="e.g. Kafka" /></FormItem>
          <FormItem label="Resume" field="resume" rules={[{ required: true, message: 'Attach your resume' }]} triggerPropName="fileList">
            <Upload className="fw-resume" autoUpload={false} limit={1} accept=".pdf,.doc,.docx" />
          </FormItem>
          <FormItem label="Cover letter" field="coverLetter" extra="Optional"><Input.TextArea rows={5} /></FormItem>
          <FormItem label="Have you worked with battery management system (BMS) data?" field="bms"><Radio.Group className="fw-bms"><Radio value="yes">Yes</Radio><Radio value="no">No</Radio></Radio.Group></FormItem>
          <FormItem label="How did you hear about us?" field="heard"><Select placeholder="Please select" options={HEARD} allowClear /></FormItem>
          <FormItem field="consent" triggerPropName="checked" rules={[{ validator: (v, cb) => (v ? cb() : cb('Please confirm')) }]}>
            <Checkbox className="fw-consent">I agree to Ferrowick's candidate privacy notice.</Checkbox>
          </FormItem>
          <Button type="primary" htmlType="submit" id="fw-submit">Submit application</Button>
          {sent && <p id="fw-sent" className="fw-sent">Application received — thank you.</p>}
        </Form>
        <pre id="model">{JSON.stringify({ ...model, resume: (model.resume ?? []).map((f) => f.name), startDate: model.startDate ?? null })}</pre>
      </main>
    </ConfigProvider>
  );
}

createRoot(document.getElementById('root')).render(<App />);
