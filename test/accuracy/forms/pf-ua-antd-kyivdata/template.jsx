/**
 * A Ukrainian employer's careers page (robota.ua / work.ua-style apply form) built with antd in
 * the uk_UA locale (ConfigProvider + dayjs 'uk'): surname first, patronymic, a phone whose example
 * carries +380, Ukrainian country names in a searchable Select, DatePickers in DD.MM.YYYY,
 * education levels of the Ukrainian system, a Radio.Group of experience buttons, a monthly salary
 * with a currency select (грн preset), an Upload whose list is the state, the personal-data consent
 * of the Law of Ukraine. Each posting's app.jsx passes its job and custom questions; form values are
 * rendered into <pre id="model">.
 */
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import dayjs from 'dayjs';
import 'dayjs/locale/uk';
import ukUA from 'antd/locale/uk_UA';
import { Button, Checkbox, ConfigProvider, DatePicker, Form, Input, InputNumber, Radio, Select, Space, Switch, Upload } from 'antd';

dayjs.locale('uk');

const COUNTRIES = ['Україна', 'Польща', 'Німеччина', 'Чехія', 'Молдова', 'Велика Британія', 'Канада', 'Сполучені Штати Америки', 'Ізраїль', 'Інша країна'].map((label, i) => ({ value: `c${i}`, label }));
const EDUCATION = ['Повна загальна середня', 'Професійно-технічна', 'Неповна вища (молодший спеціаліст)', 'Вища (бакалавр)', 'Вища (магістр / спеціаліст)', 'Науковий ступінь (кандидат / доктор наук)'].map((label) => ({ value: label, label }));
const SOURCES = ['robota.ua', 'work.ua', 'DOU', 'LinkedIn', 'Від знайомих', 'Інше'].map((label) => ({ value: label, label }));
const CURRENCIES = [{ value: 'UAH', label: 'грн' }, { value: 'USD', label: '$' }, { value: 'EUR', label: '€' }];

function Question({ q }) {
  switch (q.type) {
    case 'radio':
      return <Form.Item label={q.label} name={q.key}><Radio.Group options={q.options.map((o) => ({ value: o, label: o }))} /></Form.Item>;
    case 'select':
      return <Form.Item label={q.label} name={q.key}><Select options={q.options.map((o) => ({ value: o, label: o }))} placeholder="Оберіть" /></Form.Item>;
    case 'switch':
      return <Form.Item label={q.label} name={q.key} valuePropName="checked"><Switch checkedChildren="Так" unCheckedChildren="Ні" /></Form.Item>;
    case 'textarea':
      return <Form.Item label={q.label} name={q.key}><Input.TextArea rows={3} /></Form.Item>;
    default:
      return <Form.Item label={q.label} name={q.key}><Input placeholder={q.placeholder} /></Form.Item>;
  }
}

function Application({ posting }) {
  const [form] = Form.useForm();
  const values = Form.useWatch([], form) ?? {};
  const [resume, setResume] = useState([]);
  const [done, setDone] = useState(false);
  if (done) return <div id="done"><h2>Дякуємо! Ваш відгук надіслано.</h2></div>;
  const day = (value) => (value ? value.format('YYYY-MM-DD') : null);
  const model = { ...values, birthDate: day(values.birthDate), startDate: day(values.startDate), resume: resume.map((file) => file.name).join(', ') };
  const finish = () => { if (!resume.length) return; setDone(true); };
  return (
    <ConfigProvider locale={ukUA}>
      <header className="topbar">
        <strong>{posting.company}</strong> · Кар'єра
        <Input.Search id="site-search" placeholder="Пошук вакансій" style={{ width: 260, marginLeft: 'auto' }} />
      </header>
      <h1>{posting.title}</h1>
      <p className="meta">{posting.where} · {posting.employment}</p>
      <Form form={form} name="vidguk" layout="vertical" onFinish={finish} initialValues={{ country: 'c0', currency: 'UAH', alerts: false, consent: false, ...Object.fromEntries(posting.questions.filter((q) => q.type === 'switch').map((q) => [q.key, false])) }}>
        <h2>Особисті дані</h2>
        <Space.Compact block>
          <Form.Item label="Прізвище" name="lastName" rules={[{ required: true, message: "Вкажіть прізвище" }]} style={{ flex: 1 }}><Input /></Form.Item>
          <Form.Item label="Ім'я" name="firstName" rules={[{ required: true, message: "Вкажіть ім'я" }]} style={{ flex: 1 }}><Input /></Form.Item>
          <Form.Item label="По батькові" name="patronymic" style={{ flex: 1 }}><Input /></Form.Item>
        </Space.Compact>
        <Form.Item label="Дата народження" name="birthDate"><DatePicker format="DD.MM.YYYY" placeholder="ДД.ММ.РРРР" /></Form.Item>
        <Form.Item label="Електронна пошта" name="email" rules={[{ required: true, type: 'email', message: 'Некоректна адреса' }]}><Input /></Form.Item>
        <Form.Item label="Мобільний телефон" name="phone" rules={[{ required: true, message: 'Вкажіть телефон' }]}><Input placeholder="+380 67 123 45 67" /></Form.Item>
        <Form.Item label="Telegram" name="telegram"><Input addonBefore="@" /></Form.Item>
        <Form.Item label="Країна проживання" name="country"><Select showSearch optionFilterProp="label" options={COUNTRIES} /></Form.Item>
        <Form.Item label="Місто" name="city"><Input placeholder="Наприклад, Київ" /></Form.Item>
        <h2>Освіта і досвід</h2>
        <Form.Item label="Освіта" name="education"><Select options={EDUCATION} placeholder="Оберіть рівень освіти" /></Form.Item>
        <Form.Item label="Навчальний заклад" name="school"><Input /></Form.Item>
        <Form.Item label="Останнє місце роботи" name="employer"><Input /></Form.Item>
        <Form.Item label="Посада" name="position"><Input /></Form.Item>
        <Form.Item label="Досвід роботи за спеціальністю" name="experience">
          <Radio.Group optionType="button" options={posting.experience.map((o) => ({ value: o, label: o }))} />
        </Form.Item>
        <Form.Item label="Бажана заробітна плата (на місяць)">
          <Space.Compact>
            <Form.Item name="salary" noStyle><InputNumber min={0} style={{ width: 180 }} /></Form.Item>
            <Form.Item name="currency" noStyle><Select options={CURRENCIES} style={{ width: 90 }} /></Form.Item>
          </Space.Compact>
        </Form.Item>
        <Form.Item label="Готовий(-а) приступити з" name="startDate"><DatePicker format="DD.MM.YYYY" placeholder="ДД.ММ.РРРР" /></Form.Item>
        <Form.Item label="Профіль LinkedIn" name="linkedin"><Input placeholder="https://linkedin.com/in/..." /></Form.Item>
        <h2>Питання роботодавця</h2>
        {posting.questions.map((q) => <Question key={q.key} q={q} />)}
        <h2>Резюме</h2>
        <Form.Item label="Файл резюме" required>
          <div className="cv-upload">
            <Upload id="cv-file" accept=".pdf,.doc,.docx" maxCount={1} fileList={resume} beforeUpload={() => false} onChange={({ fileList }) => setResume(fileList)}>
              <Button>Завантажити резюме</Button>
            </Upload>
          </div>
        </Form.Item>
        <Form.Item label="Супровідний лист" name="coverLetter"><Input.TextArea rows={5} placeholder="Розкажіть, чому вас зацікавила ця вакансія" /></Form.Item>
        <Form.Item label="Звідки ви дізналися про вакансію?" name="source"><Select options={SOURCES} placeholder="Оберіть" /></Form.Item>
        <Form.Item name="consent" valuePropName="checked" rules={[{ validator: (_, v) => (v ? Promise.resolve() : Promise.reject(new Error('Потрібна згода'))) }]}>
          <Checkbox>Надаю згоду на обробку моїх персональних даних відповідно до Закону України «Про захист персональних даних»</Checkbox>
        </Form.Item>
        <Form.Item label="Надсилати мені схожі вакансії" name="alerts" valuePropName="checked"><Switch /></Form.Item>
        <Button type="primary" htmlType="submit" id="vidguk-submit">Відгукнутися</Button>
      </Form>
      <pre id="model">{JSON.stringify(model)}</pre>
    </ConfigProvider>
  );
}

export function renderApplication(posting) {
  createRoot(document.getElementById('root')).render(<Application posting={posting} />);
}
