/*
 * A Turkish logistics group's own careers page (Ilgaz Lojistik, İstanbul) built with MUI and
 * react-hook-form, with Turkish labels the way Kariyer.net-style forms word them: Ad / Soyad, a
 * "Ülke kodu" Select preset "+90 Türkiye" beside a "5XX XXX XX XX" cep telefonu, T.C. Kimlik No,
 * İkamet ettiğiniz il with "Yurt dışı", Ülke in Turkish names, askerlik durumu, ehliyet, the
 * Turkish education ladder with a Mezuniyet durumu radio group, çalışma durumu, experience buckets
 * in "yıl", an English level select (CEFR), a start asked as windows from today, a net monthly
 * salary in TL, ön yazı, a CV input hidden inside a Button, and KVKK / ticari ileti consents.
 * The form state is rendered into <pre id="model">.
 */
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import { Controller, useForm } from 'react-hook-form';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormLabel from '@mui/material/FormLabel';
import MenuItem from '@mui/material/MenuItem';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import InputAdornment from '@mui/material/InputAdornment';

const DIAL = ['+90 Türkiye', '+49 Almanya', '+1 ABD', '+44 Birleşik Krallık', '+31 Hollanda', '+994 Azerbaycan', '+1 Kanada'];
const ILLER = ['Adana', 'Ankara', 'Antalya', 'Bursa', 'Eskişehir', 'Gaziantep', 'İstanbul (Anadolu)', 'İstanbul (Avrupa)', 'İzmir', 'Kocaeli', 'Konya', 'Mersin', 'Tekirdağ', 'Yurt dışı'];
const ULKELER = ['Türkiye', 'Almanya', 'Amerika Birleşik Devletleri', 'Azerbaycan', 'Birleşik Arap Emirlikleri', 'Birleşik Krallık', 'Hollanda', 'Kanada', 'Diğer'];
const ASKERLIK = ['Yapıldı', 'Muaf', 'Tecilli', 'Yapılmadı'];
const EGITIM = ['İlköğretim', 'Lise', 'Ön Lisans', 'Lisans', 'Yüksek Lisans', 'Doktora'];
const DENEYIM = ['Deneyimsiz', '0-1 yıl', '1-3 yıl', '3-5 yıl', '5-10 yıl', '10 yıl ve üzeri'];
const SEVIYE = ['A1 - Başlangıç', 'A2 - Temel', 'B1 - Orta', 'B2 - İyi', 'C1 - İleri', 'C2 - Ana dil seviyesi'];
const BASLAMA = ['Hemen', '2 hafta içinde', '1 ay içinde', '3 ay içinde', '3 aydan sonra'];

function Application() {
  const [done, setDone] = useState(false);
  const [cvName, setCvName] = useState('');
  const { control, handleSubmit, watch } = useForm({
    defaultValues: {
      ad: '', soyad: '', eposta: '', ulkeKodu: '+90 Türkiye', cepTelefonu: '', tcKimlik: '', dogumTarihi: '',
      il: '', ulke: 'Türkiye', sehir: '', adres: '', postaKodu: '', askerlik: '', ehliyetB: false,
      egitim: '', mezuniyet: '', universite: '', calismaDurumu: '', sonFirma: '', pozisyon: '', deneyim: '',
      ingilizce: '', baslama: '', maas: '', onYazi: '', kvkk: false, ticariIleti: false,
    },
  });
  const text = (name, label, props = {}) => (
    <Controller name={name} control={control}
      render={({ field }) => <TextField {...field} {...props} id={name} label={label} fullWidth />} />
  );
  const select = (name, label, options, props = {}) => (
    <div data-field={name}>
      <Controller name={name} control={control}
        render={({ field }) => (
          <TextField {...field} {...props} select id={name} label={label} fullWidth>
            {options.map((o) => <MenuItem key={o} value={o}>{o}</MenuItem>)}
          </TextField>
        )} />
    </div>
  );
  const radios = (name, label, options) => (
    <Controller name={name} control={control}
      render={({ field }) => (
        <FormControl data-field={name}>
          <FormLabel id={`${name}-label`}>{label}</FormLabel>
          <RadioGroup {...field} row name={name} aria-labelledby={`${name}-label`}>
            {options.map((o) => <FormControlLabel key={o} value={o} control={<Radio />} label={o} />)}
          </RadioGroup>
        </FormControl>
      )} />
  );
  const check = (name, label) => (
    <Controller name={name} control={control}
      render={({ field }) => (
        <FormControlLabel label={label}
          control={<Checkbox name={name} checked={field.value} onChange={(event) => field.onChange(event.target.checked)} />} />
      )} />
  );
  const submit = (values) => { if (values.ad && values.eposta && values.kvkk) setDone(true); };
  if (done) return <p className="done" id="basvuru-tamam">Başvurunuz alındı. Teşekkür ederiz!</p>;
  return (
    <form onSubmit={handleSubmit(submit)} noValidate>
      <p style={{ color: '#666', fontSize: 13 }}>İstanbul (Tuzla) · Tam zamanlı · Hibrit · İlan no: IL-2026-0912</p>
      <h1 style={{ margin: '4px 0 12px' }}>Kıdemli Veri Mühendisi</h1>
      <Stack spacing={2}>
        <h2>Kişisel bilgiler</h2>
        <Stack direction="row" spacing={2}>{text('ad', 'Ad', { required: true })}{text('soyad', 'Soyad', { required: true })}</Stack>
        {text('eposta', 'E-posta adresi', { required: true, type: 'email' })}
        <Stack direction="row" spacing={2}>
          <div style={{ width: 240 }}>{select('ulkeKodu', 'Ülke kodu', DIAL)}</div>
          {text('cepTelefonu', 'Cep telefonu', { placeholder: '5XX XXX XX XX', required: true })}
        </Stack>
        {text('tcKimlik', 'T.C. Kimlik No', { helperText: 'Yabancı uyruklu adaylar boş bırakabilir.', slotProps: { htmlInput: { maxLength: 11, inputMode: 'numeric' } } })}
        {text('dogumTarihi', 'Doğum tarihi', { type: 'date', slotProps: { inputLabel: { shrink: true } } })}
        <h2>İletişim adresi</h2>
        {select('il', 'İkamet ettiğiniz il', ILLER)}
        {select('ulke', 'Ülke', ULKELER)}
        <Stack direction="row" spacing={2}>{text('sehir', 'Şehir / İlçe')}{text('postaKodu', 'Posta kodu')}</Stack>
        {text('adres', 'Açık adres', { multiline: true, minRows: 2 })}
        <h2>Eğitim ve deneyim</h2>
        {select('askerlik', 'Askerlik durumu', ASKERLIK, { helperText: 'Erkek adaylar için' })}
        {check('ehliyetB', 'B sınıfı sürücü belgem var')}
        {select('egitim', 'Eğitim durumu (en son mezun olunan)', EGITIM)}
        {radios('mezuniyet', 'Mezuniyet durumu', ['Mezun', 'Öğrenci', 'Terk'])}
        {text('universite', 'Üniversite / okul adı')}
        {radios('calismaDurumu', 'Çalışma durumu', ['Çalışıyor', 'Çalışmıyor'])}
        <Stack direction="row" spacing={2}>{text('sonFirma', 'Son çalıştığınız firma')}{text('pozisyon', 'Pozisyon / unvan')}</Stack>
        {select('deneyim', 'Toplam iş deneyimi', DENEYIM)}
        {select('ingilizce', 'İngilizce seviyesi', SEVIYE)}
        <h2>Çalışma tercihleri</h2>
        {radios('baslama', 'Ne zaman işe başlayabilirsiniz?', BASLAMA)}
        {text('maas', 'Net maaş beklentisi', { slotProps: { input: { endAdornment: <InputAdornment position="end">TL / ay</InputAdornment> } } })}
        {text('onYazi', 'Ön yazı', { multiline: true, minRows: 5, placeholder: 'Kendinizi kısaca tanıtın' })}
        <div>
          <Button variant="outlined" component="label" id="cv-button">
            Özgeçmiş (CV) yükle
            <input hidden type="file" id="cv-input" name="cv" accept=".pdf,.doc,.docx" onChange={(e) => setCvName(e.target.files[0]?.name ?? '')} />
          </Button>
          <span style={{ marginLeft: 12, color: '#555' }}>{cvName || 'Dosya seçilmedi'}</span>
        </div>
        {check('kvkk', 'KVKK Aydınlatma Metni\'ni okudum, kişisel verilerimin işe alım sürecinde işlenmesini kabul ediyorum.')}
        {check('ticariIleti', 'Ilgaz Lojistik\'ten ticari elektronik ileti almak istiyorum.')}
        <Button type="submit" variant="contained" id="basvur">Başvuruyu gönder</Button>
      </Stack>
      <pre id="model">{JSON.stringify(watch())}</pre>
    </form>
  );
}

createRoot(document.getElementById('root')).render(<Application />);
