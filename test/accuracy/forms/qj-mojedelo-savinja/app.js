// A Slovenian logistics company's application form in the MojeDelo-style hosted layout, on Vue 3
// with native controls: Ime / Priimek, EMŠO, a "Klicna koda" select preset Slovenija (+386) with
// Kanada (+1) before ZDA (+1) beside the mobile, Ulica in hišna številka / Poštna številka / Kraj,
// Slovenian country names, the Slovenian education levels (raven izobrazbe 6/2, 7 …), years as a
// number, a gross monthly salary in euros, a "DD. MM. LLLL" start, notice period, the work permit
// for Slovenia, CV file + spremno pismo. State goes to <pre id="model">.
import { createApp, h, reactive, ref, watch } from 'vue';

const KODE = [['SI', 'Slovenija (+386)'], ['HR', 'Hrvaška (+385)'], ['AT', 'Avstrija (+43)'], ['IT', 'Italija (+39)'], ['DE', 'Nemčija (+49)'], ['CA', 'Kanada (+1)'], ['US', 'ZDA (+1)']];
const DRZAVE = ['Slovenija', 'Hrvaška', 'Avstrija', 'Italija', 'Madžarska', 'Nemčija', 'Bosna in Hercegovina', 'Srbija', 'Kanada', 'Združene države Amerike', 'Drugo'];
const RAVNI = [
  'IV – srednja poklicna izobrazba',
  'V – srednja strokovna ali splošna izobrazba',
  '6/1 – višja strokovna izobrazba',
  '6/2 – visoka strokovna izobrazba, 1. bolonjska stopnja',
  '7 – univerzitetna izobrazba, bolonjski magisterij (2. stopnja)',
  '8/1 – magisterij znanosti',
  '8/2 – doktorat znanosti',
];

const form = reactive({
  ime: '', priimek: '', emso: '', email: '', klicnaKoda: 'SI', mobilna: '', ulica: '', posta: '', kraj: '', drzava: 'Slovenija',
  izobrazba: '', smer: '', leta: '', delodajalec: '', delovnoMesto: '', placa: '', odpovedni: '', zacetek: '', dovoljenje: '',
  cv: null, spremno: '', soglasje: false, bazaKandidatov: false,
});
const sent = ref(false);
watch(form, (v) => { document.getElementById('model').textContent = JSON.stringify(v); }, { deep: true, immediate: true });

const bind = (key, attrs = {}) => ({ ...attrs, value: form[key], onInput: (e) => (form[key] = e.target.value), onChange: (e) => (form[key] = e.target.value) });
const field = (id, label, control, help, req) =>
  h('div', { class: 'md-f' }, [h('label', { for: id }, [label, req ? h('span', { style: 'color:#e4002b' }, ' *') : null]), control, help ? h('div', { class: 'md-help' }, help) : null]);
const select = (id, key, options, placeholder) =>
  h('select', { id, name: key, ...bind(key) }, [placeholder ? h('option', { value: '' }, placeholder) : null, ...options.map((o) => (Array.isArray(o) ? h('option', { value: o[0] }, o[1]) : h('option', { value: o }, o)))]);

const App = {
  setup() {
    const submit = (e) => {
      e.preventDefault();
      if (!form.soglasje) return;
      sent.value = true;
    };
    return () => sent.value
      ? h('p', { id: 'md-hvala', style: 'color:#1e7b34;font-weight:700' }, 'Hvala! Vaša prijava je bila uspešno oddana.')
      : h('form', { id: 'md-prijava', onSubmit: submit, novalidate: true }, [
        h('h2', { style: 'font-size:18px' }, 'Prijava na delovno mesto'),
        h('div', { class: 'md-row' }, [
          field('md-ime', 'Ime', h('input', { id: 'md-ime', type: 'text', name: 'ime', ...bind('ime') }), null, true),
          field('md-priimek', 'Priimek', h('input', { id: 'md-priimek', type: 'text', name: 'priimek', ...bind('priimek') }), null, true),
        ]),
        field('md-emso', 'EMŠO', h('input', { id: 'md-emso', type: 'text', name: 'emso', maxlength: 13, ...bind('emso') }), 'Samo za kandidate s slovenskim prebivališčem'),
        h('div', { class: 'md-row' }, [
          field('md-email', 'E-pošta', h('input', { id: 'md-email', type: 'email', name: 'email', ...bind('email') }), null, true),
          h('div', { class: 'md-f' }, [
            h('label', { for: 'md-mobilna' }, ['Mobilna številka', h('span', { style: 'color:#e4002b' }, ' *')]),
            h('div', { class: 'md-phone' }, [
              h('select', { id: 'md-klicna', name: 'klicna_koda', 'aria-label': 'Klicna koda', ...bind('klicnaKoda') }, KODE.map(([v, t]) => h('option', { value: v }, t))),
              h('input', { id: 'md-mobilna', type: 'tel', name: 'mobilna', placeholder: '041 123 456', ...bind('mobilna') }),
            ]),
          ]),
        ]),
        field('md-ulica', 'Ulica in hišna številka', h('input', { id: 'md-ulica', type: 'text', name: 'ulica', ...bind('ulica') })),
        h('div', { class: 'md-row' }, [
          field('md-posta', 'Poštna številka', h('input', { id: 'md-posta', type: 'text', name: 'postna_stevilka', placeholder: '3000', ...bind('posta') })),
          field('md-kraj', 'Kraj', h('input', { id: 'md-kraj', type: 'text', name: 'kraj', ...bind('kraj') })),
          field('md-drzava', 'Država', select('md-drzava', 'drzava', DRZAVE)),
        ]),
        h('div', { class: 'md-row' }, [
          field('md-izobrazba', 'Raven izobrazbe', select('md-izobrazba', 'izobrazba', RAVNI, 'Izberite …'), null, true),
          field('md-smer', 'Smer izobrazbe', h('input', { id: 'md-smer', type: 'text', name: 'smer', placeholder: 'npr. univ. dipl. inž. računalništva', ...bind('smer') })),
        ]),
        h('div', { class: 'md-row' }, [
          field('md-leta', 'Delovne izkušnje (v letih)', h('input', { id: 'md-leta', type: 'number', min: 0, max: 50, name: 'delovne_izkusnje', ...bind('leta') }), null, true),
          field('md-delodajalec', 'Trenutni delodajalec', h('input', { id: 'md-delodajalec', type: 'text', name: 'delodajalec', ...bind('delodajalec') })),
          field('md-delovno-mesto', 'Trenutno delovno mesto', h('input', { id: 'md-delovno-mesto', type: 'text', name: 'delovno_mesto', ...bind('delovnoMesto') })),
        ]),
        h('div', { class: 'md-row' }, [
          field('md-placa', 'Pričakovana plača (bruto, €/mesec)', h('input', { id: 'md-placa', type: 'text', name: 'pricakovana_placa', inputmode: 'numeric', ...bind('placa') })),
          field('md-odpovedni', 'Odpovedni rok', select('md-odpovedni', 'odpovedni', ['Brez', '15 dni', '30 dni', '60 dni', '90 dni'], 'Izberite …')),
          field('md-zacetek', 'Možen začetek dela', h('input', { id: 'md-zacetek', type: 'text', name: 'zacetek', placeholder: 'DD. MM. LLLL', ...bind('zacetek') })),
        ]),
        h('div', { class: 'md-f', role: 'radiogroup', 'aria-labelledby': 'md-dovoljenje-q' }, [
          h('span', { class: 'md-q', id: 'md-dovoljenje-q' }, ['Ali potrebujete dovoljenje za delo v Sloveniji (enotno dovoljenje ali modra karta EU)?', h('span', { style: 'color:#e4002b' }, ' *')]),
          ...['Da', 'Ne'].map((x) => h('label', { style: 'margin-right:18px' }, [h('input', { type: 'radio', name: 'dovoljenje', value: x, checked: form.dovoljenje === x, onChange: () => (form.dovoljenje = x) }), ' ' + x])),
        ]),
        field('md-cv', 'Življenjepis', h('input', { id: 'md-cv', type: 'file', name: 'zivljenjepis', accept: '.pdf,.doc,.docx', onChange: (e) => (form.cv = e.target.files[0] ? e.target.files[0].name : null) }), 'PDF ali Word, največ 5 MB', true),
        field('md-spremno', 'Spremno pismo', h('textarea', { id: 'md-spremno', name: 'spremno_pismo', rows: 6, ...bind('spremno') })),
        h('p', { style: 'font-size:13.5px' }, [h('input', { id: 'md-soglasje', type: 'checkbox', name: 'soglasje', checked: form.soglasje, onChange: (e) => (form.soglasje = e.target.checked) }), ' ', h('label', { for: 'md-soglasje' }, 'Strinjam se z obdelavo osebnih podatkov za namen tega zaposlitvenega postopka. *')]),
        h('p', { style: 'font-size:13.5px' }, [h('input', { id: 'md-baza', type: 'checkbox', name: 'baza_kandidatov', checked: form.bazaKandidatov, onChange: (e) => (form.bazaKandidatov = e.target.checked) }), ' ', h('label', { for: 'md-baza' }, 'Moje podatke lahko hranite v bazi kandidatov 2 leti.')]),
        h('button', { type: 'submit', id: 'md-oddaj', class: 'md-btn' }, 'Oddaj prijavo'),
      ]);
  },
};

createApp(App).mount('#app');
