/*
 * A Thai application form (JobThai-style fields) built with Vue 3 + Element Plus in the th
 * locale: คำนำหน้าชื่อ radios (นาย / นาง / นางสาว), the name in Thai in one box and the name in
 * English as first + last, date of birth and the 13-digit national ID, a phone example 08x-xxx-xxxx,
 * จังหวัด with "ต่างประเทศ", nationality and military status, Thai education levels (ปวส. vs
 * ปริญญาตรี), years as an el-input-number, current and expected salary in baht, a start date typed
 * in the Buddhist era (วว/ดด/ปปปป พ.ศ.), an el-upload for the resume, a cover-letter textarea, and
 * the PDPA consent. The reactive form is rendered into <pre id="model">.
 */
import { createApp, reactive, ref, computed } from 'vue/dist/vue.esm-bundler.js';
import ElementPlus from 'element-plus';
import th from 'element-plus/es/locale/lang/th';
import 'element-plus/dist/index.css';

const App = {
  setup() {
    const form = reactive({
      title: '', nameTh: '', firstNameEn: '', lastNameEn: '', birthDate: '', nationalId: '', email: '', mobile: '',
      province: '', nationality: '', military: '', education: '', institute: '', years: null, company: '', position: '',
      currentSalary: '', expectedSalary: '', startDate: '', linkedin: '', coverLetter: '', source: '', pdpa: false, news: false,
    });
    const resume = ref([]);
    const done = ref(false);
    const provinces = ['กรุงเทพมหานคร', 'นนทบุรี', 'ปทุมธานี', 'สมุทรปราการ', 'ชลบุรี', 'ระยอง', 'เชียงใหม่', 'ขอนแก่น', 'นครราชสีมา', 'ภูเก็ต', 'สงขลา', 'ต่างประเทศ'];
    const nationalities = ['ไทย', 'ลาว', 'เมียนมา', 'กัมพูชา', 'อื่น ๆ'];
    const educations = ['มัธยมศึกษาตอนปลาย', 'ปวช.', 'ปวส.', 'ปริญญาตรี', 'ปริญญาโท', 'ปริญญาเอก'];
    const sources = ['JobThai', 'JobsDB', 'LinkedIn', 'Facebook', 'เพื่อนแนะนำ', 'อื่น ๆ'];
    const model = computed(() => ({ ...form, resume: resume.value.map((f) => f.name) }));
    const submit = () => { if (form.firstNameEn && form.lastNameEn && form.email && form.mobile && form.education && resume.value.length && form.pdpa) done.value = true; };
    return { form, resume, done, provinces, nationalities, educations, sources, model, submit };
  },
  template: `
    <p v-if="done" class="done" id="done">ส่งใบสมัครเรียบร้อยแล้ว ขอบคุณที่สนใจร่วมงานกับเรา</p>
    <el-form v-else :model="form" label-position="top" @submit.prevent="submit">
      <h1>Senior Data Engineer</h1>
      <p class="meta">บริษัท เจ้าพระยา ดิจิทัล จำกัด · กรุงเทพมหานคร (สาทร) · งานประจำ · ไฮบริด</p>
      <h3>ข้อมูลส่วนตัว</h3>
      <el-form-item label="คำนำหน้าชื่อ" class="f-title">
        <el-radio-group v-model="form.title"><el-radio value="mr">นาย</el-radio><el-radio value="mrs">นาง</el-radio><el-radio value="ms">นางสาว</el-radio></el-radio-group>
      </el-form-item>
      <el-form-item label="ชื่อ-นามสกุล (ภาษาไทย)" class="f-name-th"><el-input v-model="form.nameTh" placeholder="เช่น สมหญิง ใจดี" /></el-form-item>
      <el-row :gutter="16">
        <el-col :span="12"><el-form-item label="ชื่อ (ภาษาอังกฤษ)" class="f-first-en" required><el-input v-model="form.firstNameEn" placeholder="First name" /></el-form-item></el-col>
        <el-col :span="12"><el-form-item label="นามสกุล (ภาษาอังกฤษ)" class="f-last-en" required><el-input v-model="form.lastNameEn" placeholder="Last name" /></el-form-item></el-col>
      </el-row>
      <el-row :gutter="16">
        <el-col :span="12"><el-form-item label="วันเกิด" class="f-birth"><el-date-picker v-model="form.birthDate" type="date" format="DD/MM/YYYY" value-format="YYYY-MM-DD" placeholder="เลือกวันที่" /></el-form-item></el-col>
        <el-col :span="12"><el-form-item label="เลขประจำตัวประชาชน" class="f-national-id"><el-input v-model="form.nationalId" maxlength="13" placeholder="13 หลัก" /></el-form-item></el-col>
      </el-row>
      <el-form-item label="อีเมล" class="f-email" required><el-input v-model="form.email" type="email" /></el-form-item>
      <el-form-item label="เบอร์โทรศัพท์มือถือ" class="f-mobile" required><el-input v-model="form.mobile" type="tel" placeholder="08x-xxx-xxxx" /></el-form-item>
      <el-row :gutter="16">
        <el-col :span="12"><el-form-item label="จังหวัดที่อยู่ปัจจุบัน" class="f-province">
          <el-select v-model="form.province" placeholder="เลือกจังหวัด" filterable><el-option v-for="p in provinces" :key="p" :label="p" :value="p" /></el-select>
        </el-form-item></el-col>
        <el-col :span="12"><el-form-item label="สัญชาติ" class="f-nationality">
          <el-select v-model="form.nationality" placeholder="เลือกสัญชาติ"><el-option v-for="n in nationalities" :key="n" :label="n" :value="n" /></el-select>
        </el-form-item></el-col>
      </el-row>
      <el-form-item label="สถานภาพทางทหาร (สำหรับผู้ชาย)" class="f-military">
        <el-radio-group v-model="form.military"><el-radio value="done">ผ่านการเกณฑ์ทหารแล้ว</el-radio><el-radio value="exempt">ได้รับการยกเว้น</el-radio><el-radio value="pending">ยังไม่ผ่านการเกณฑ์ทหาร</el-radio></el-radio-group>
      </el-form-item>
      <h3>การศึกษาและประสบการณ์</h3>
      <el-form-item label="ระดับการศึกษาสูงสุด" class="f-education" required>
        <el-select v-model="form.education" placeholder="เลือกระดับการศึกษา"><el-option v-for="e in educations" :key="e" :label="e" :value="e" /></el-select>
      </el-form-item>
      <el-form-item label="สถาบันการศึกษา" class="f-institute"><el-input v-model="form.institute" /></el-form-item>
      <el-form-item label="ประสบการณ์ทำงาน (ปี)" class="f-years"><el-input-number v-model="form.years" :min="0" :max="50" /></el-form-item>
      <el-row :gutter="16">
        <el-col :span="12"><el-form-item label="บริษัทปัจจุบัน" class="f-company"><el-input v-model="form.company" /></el-form-item></el-col>
        <el-col :span="12"><el-form-item label="ตำแหน่งปัจจุบัน" class="f-position"><el-input v-model="form.position" /></el-form-item></el-col>
      </el-row>
      <h3>เงินเดือนและวันเริ่มงาน</h3>
      <el-row :gutter="16">
        <el-col :span="12"><el-form-item label="เงินเดือนปัจจุบัน (บาท)" class="f-current-salary"><el-input v-model="form.currentSalary" inputmode="numeric"><template #append>บาท/เดือน</template></el-input></el-form-item></el-col>
        <el-col :span="12"><el-form-item label="เงินเดือนที่ต้องการ (บาท)" class="f-expected-salary"><el-input v-model="form.expectedSalary" inputmode="numeric"><template #append>บาท/เดือน</template></el-input></el-form-item></el-col>
      </el-row>
      <el-form-item label="วันที่สามารถเริ่มงานได้" class="f-start"><el-input v-model="form.startDate" placeholder="วว/ดด/ปปปป (พ.ศ.)" style="max-width: 240px" /></el-form-item>
      <h3>เอกสารประกอบ</h3>
      <el-form-item label="LinkedIn" class="f-linkedin"><el-input v-model="form.linkedin" placeholder="https://www.linkedin.com/in/..." /></el-form-item>
      <el-form-item label="เรซูเม่ / ประวัติย่อ (Resume)" class="f-resume" required>
        <el-upload v-model:file-list="resume" :auto-upload="false" :limit="1" accept=".pdf,.doc,.docx">
          <el-button type="primary" plain>เลือกไฟล์</el-button>
          <template #tip><div class="el-upload__tip">ไฟล์ PDF หรือ Word ขนาดไม่เกิน 5 MB</div></template>
        </el-upload>
      </el-form-item>
      <el-form-item label="จดหมายสมัครงาน (Cover letter)" class="f-cover"><el-input v-model="form.coverLetter" type="textarea" :rows="5" /></el-form-item>
      <el-form-item label="ท่านทราบข่าวการรับสมัครงานนี้จากที่ใด" class="f-source">
        <el-select v-model="form.source" placeholder="เลือก"><el-option v-for="s in sources" :key="s" :label="s" :value="s" /></el-select>
      </el-form-item>
      <el-form-item class="f-pdpa"><el-checkbox v-model="form.pdpa">ข้าพเจ้ายินยอมให้บริษัทเก็บรวบรวม ใช้ และเปิดเผยข้อมูลส่วนบุคคลเพื่อการสรรหาบุคลากร ตามพระราชบัญญัติคุ้มครองข้อมูลส่วนบุคคล พ.ศ. 2562 (PDPA)</el-checkbox></el-form-item>
      <el-form-item class="f-news"><el-checkbox v-model="form.news">รับข่าวสารตำแหน่งงานใหม่ทางอีเมล</el-checkbox></el-form-item>
      <el-button type="primary" native-type="submit" id="submit">ส่งใบสมัคร</el-button>
      <pre id="model">{{ JSON.stringify(model) }}</pre>
    </el-form>`,
};

createApp(App).use(ElementPlus, { locale: th }).mount('#root');
