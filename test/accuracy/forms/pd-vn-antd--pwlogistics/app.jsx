/**
 * Another posting on the same Vietnamese job board (ViecLamSo), for a logistics company in Ho Chi
 * Minh City: same antd vi_VN form and ids; no Ngày sinh or Cấp bậc, a GitHub/Portfolio link,
 * Ngoại ngữ (English level), willingness to work in TP. HCM, notice period, expected salary only,
 * and a "Câu hỏi của nhà tuyển dụng" free-text question.
 *
 * A Vietnamese application form as a local job board renders it with antd (ConfigProvider in
 * vi_VN): "Họ và tên" in one box, Giới tính and Ngày sinh, a phone Input whose dial-code Select is
 * preset to +84, Tỉnh/Thành phố with "Nước ngoài", Trình độ học vấn in Vietnamese levels,
 * Kinh nghiệm as "Trên 5 năm"-style buckets, Cấp bậc, current and expected salary in triệu
 * VNĐ/tháng, a DatePicker in DD/MM/YYYY, an Upload.Dragger for the CV, a Thư giới thiệu
 * TextArea, the personal-data consent of Nghị định 13/2023/NĐ-CP, a job-alert Checkbox and a
 * header search. Values go to <pre id="model">.
 */
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import { Button, Checkbox, ConfigProvider, DatePicker, Form, Input, InputNumber, Radio, Select, Upload } from 'antd';
import viVN from 'antd/locale/vi_VN';
import 'dayjs/locale/vi';

const DIAL = ['+84', '+1', '+44', '+61', '+65', '+81', '+82', '+86'].map((v) => ({ value: v, label: v }));
const PROVINCES = ['Hà Nội', 'TP. Hồ Chí Minh', 'Đà Nẵng', 'Hải Phòng', 'Cần Thơ', 'Bắc Ninh', 'Bình Dương', 'Đồng Nai',
  'Khánh Hòa', 'Quảng Ninh', 'Thừa Thiên Huế', 'Nước ngoài'].map((v) => ({ value: v, label: v }));
const EDUCATION = ['Trung học phổ thông', 'Trung cấp', 'Cao đẳng', 'Đại học', 'Thạc sĩ', 'Tiến sĩ'].map((v) => ({ value: v, label: v }));
const EXPERIENCE = ['Chưa có kinh nghiệm', 'Dưới 1 năm', '1 năm', '2 năm', '3 năm', '4 năm', '5 năm', 'Trên 5 năm'].map((v) => ({ value: v, label: v }));
const ENGLISH = ['Cơ bản', 'Giao tiếp', 'Thành thạo', 'Bản ngữ'].map((v) => ({ value: v, label: v }));
const NOTICE = ['Có thể đi làm ngay', '2 tuần', '30 ngày', '45 ngày', 'Trên 45 ngày'].map((v) => ({ value: v, label: v }));
const YES_NO_VI = [{ value: 'co', label: 'Có' }, { value: 'khong', label: 'Không' }];
const SOURCES = ['ViecLamSo', 'TopCV', 'ITviec', 'LinkedIn', 'Nhân viên công ty giới thiệu', 'Khác'].map((v) => ({ value: v, label: v }));
const GENDERS = [{ value: 'nam', label: 'Nam' }, { value: 'nu', label: 'Nữ' }, { value: 'khac', label: 'Khác' }];
const normFile = (event) => (Array.isArray(event) ? event : event && event.fileList);

function Application() {
  const [form] = Form.useForm();
  const values = Form.useWatch([], { form, preserve: true }) ?? {};
  const [done, setDone] = useState(false);
  if (done) return <p id="done" className="done">Ứng tuyển thành công! Nhà tuyển dụng sẽ liên hệ với bạn qua email hoặc điện thoại.</p>;
  const names = (list) => (list || []).map((file) => file.name);
  const model = {
    ...values,
    startDate: values.startDate ? values.startDate.format('YYYY-MM-DD') : null,
    cv: names(values.cv),
  };
  return (
    <Form form={form} name="apply" layout="vertical" onFinish={() => setDone(true)}
      initialValues={{ dialCode: '+84', gender: null, province: null, education: null, experience: null, english: null, relocateHcm: null, notice: null, source: null,
        expectedSalary: null, question: '', consent: false, jobAlert: false }}>
      <h1>Kỹ sư dữ liệu (Data Engineer) – Vận hành kho bãi</h1>
      <p className="meta">Công ty TNHH Logistics Cửu Long Xanh · TP. Hồ Chí Minh (Quận 7) · Toàn thời gian · Hạn nộp hồ sơ: 15/01/2027</p>
      <h2>Thông tin cá nhân</h2>
      <Form.Item label="Họ và tên" name="fullName" rules={[{ required: true, message: 'Vui lòng nhập họ và tên' }]}><Input placeholder="Nguyễn Văn A" /></Form.Item>
      <Form.Item label="Giới tính" name="gender"><Radio.Group options={GENDERS} /></Form.Item>
      <Form.Item label="Email" name="email" rules={[{ required: true, type: 'email', message: 'Email không hợp lệ' }]}><Input placeholder="email@example.com" /></Form.Item>
      <Form.Item label="Số điện thoại" name="phone" rules={[{ required: true, message: 'Vui lòng nhập số điện thoại' }]}>
        <Input placeholder="0912 345 678"
          addonBefore={<Form.Item name="dialCode" noStyle><Select options={DIAL} style={{ width: 86 }} aria-label="Mã quốc gia" /></Form.Item>} />
      </Form.Item>
      <Form.Item label="Tỉnh/Thành phố đang sinh sống" name="province">
        <Select showSearch optionFilterProp="label" options={PROVINCES} placeholder="Chọn tỉnh/thành phố" />
      </Form.Item>
      <Form.Item label="Link GitHub / Portfolio" name="portfolio"><Input placeholder="https://github.com/..." /></Form.Item>
      <h2>Học vấn và kinh nghiệm</h2>
      <Form.Item label="Trình độ học vấn" name="education" rules={[{ required: true, message: 'Vui lòng chọn trình độ' }]}>
        <Select options={EDUCATION} placeholder="Chọn trình độ" />
      </Form.Item>
      <Form.Item label="Trường" name="school"><Input /></Form.Item>
      <Form.Item label="Kinh nghiệm làm việc" name="experience"><Select options={EXPERIENCE} placeholder="Chọn kinh nghiệm" /></Form.Item>
      <Form.Item label="Công ty hiện tại" name="company"><Input /></Form.Item>
      <Form.Item label="Chức danh hiện tại" name="jobTitle"><Input /></Form.Item>
      <Form.Item label="Trình độ tiếng Anh" name="english"><Select options={ENGLISH} placeholder="Chọn trình độ" /></Form.Item>
      <h2>Mong muốn</h2>
      <Form.Item label="Mức lương mong muốn (triệu VNĐ/tháng, gross)" name="expectedSalary"><InputNumber min={0} style={{ width: 200 }} /></Form.Item>
      <Form.Item label="Bạn có sẵn sàng làm việc tại văn phòng Quận 7, TP. Hồ Chí Minh không?" name="relocateHcm"><Radio.Group options={YES_NO_VI} /></Form.Item>
      <Form.Item label="Thời gian báo trước với công ty hiện tại" name="notice"><Select options={NOTICE} placeholder="Chọn thời gian" /></Form.Item>
      <Form.Item label="Thời gian có thể bắt đầu làm việc" name="startDate"><DatePicker format="DD/MM/YYYY" placeholder="dd/mm/yyyy" style={{ width: 200 }} /></Form.Item>
      <h2>Hồ sơ</h2>
      <Form.Item label="CV của bạn" name="cv" valuePropName="fileList" getValueFromEvent={normFile} rules={[{ required: true, message: 'Vui lòng tải lên CV' }]}>
        <Upload.Dragger beforeUpload={() => false} maxCount={1} accept=".pdf,.doc,.docx">
          <p>Nhấn hoặc kéo thả file vào đây để tải lên</p>
          <p className="meta">Hỗ trợ định dạng .doc, .docx, .pdf, dung lượng dưới 5MB</p>
        </Upload.Dragger>
      </Form.Item>
      <Form.Item label="Thư giới thiệu" name="coverLetter" extra="Viết giới thiệu ngắn gọn về bản thân (điểm mạnh, điểm yếu) và nêu rõ mong muốn, lý do bạn muốn ứng tuyển vị trí này.">
        <Input.TextArea rows={5} />
      </Form.Item>
      <Form.Item label="Câu hỏi của nhà tuyển dụng: Bạn đã từng làm việc với dữ liệu WMS/TMS chưa? Hãy mô tả ngắn gọn." name="question"><Input.TextArea rows={3} /></Form.Item>
      <Form.Item label="Bạn biết đến vị trí này qua đâu?" name="source"><Select options={SOURCES} placeholder="Chọn nguồn" /></Form.Item>
      <Form.Item name="consent" valuePropName="checked" rules={[{ validator: (_, v) => (v ? Promise.resolve() : Promise.reject(new Error('Bạn cần đồng ý để tiếp tục'))) }]}>
        <Checkbox>Tôi đồng ý cho Công ty TNHH Logistics Cửu Long Xanh xử lý dữ liệu cá nhân của tôi cho mục đích tuyển dụng theo Nghị định 13/2023/NĐ-CP.</Checkbox>
      </Form.Item>
      <Form.Item name="jobAlert" valuePropName="checked"><Checkbox>Nhận thông báo việc làm tương tự qua email</Checkbox></Form.Item>
      <Button type="primary" htmlType="submit" id="submit">Nộp hồ sơ ứng tuyển</Button>
      <pre id="model">{JSON.stringify(model)}</pre>
    </Form>
  );
}

function Page() {
  return (
    <ConfigProvider locale={viVN}>
      <header className="top"><strong>ViecLamSo</strong><span className="top-search"><Input.Search id="tim-kiem" placeholder="Tìm kiếm việc làm, công ty" allowClear /></span></header>
      <main className="card"><Application /></main>
    </ConfigProvider>
  );
}

createRoot(document.getElementById('root')).render(<Page />);
