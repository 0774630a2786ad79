// A Lithuanian grid operator's careers page with a CVbankas-style "Siųsti CV" application, built in
// React: Vardas / Pavardė, a phone box with a Lithuanian "+370 6xx xxxxx" example, Miestas, Šalis in
// Lithuanian preset to Lietuva, Lithuanian education levels (aukštasis universitetinis vs koleginis),
// experience buckets, a gross monthly salary wish in euros, a `type=date` start, a work-permit
// question for Lithuania, CV file + motivation letter, consents, a header search and sign-in,
// a chat bubble and a job-alert box. Form state goes to <pre id="model">.
import React, { useState } from 'react';
import { createRoot } from 'react-dom/client';

const SALYS = ['Lietuva', 'Latvija', 'Estija', 'Lenkija', 'Vokietija', 'Ukraina', 'Jungtinė Karalystė', 'Kanada', 'Jungtinės Amerikos Valstijos', 'Kita'];
const ISSILAVINIMAS = ['Vidurinis', 'Profesinis', 'Aukštesnysis', 'Aukštasis koleginis (profesinis bakalauras)', 'Aukštasis universitetinis (bakalauras)', 'Aukštasis universitetinis (magistras)', 'Daktaro laipsnis'];
const PATIRTIS = ['Be patirties', 'Iki 1 metų', '1–3 metai', '3–5 metai', 'Daugiau nei 5 metai'];

const s = {
  top: { background: '#00395d', color: '#fff', display: 'flex', alignItems: 'center', gap: 20, padding: '12px 40px' },
  logo: { fontWeight: 800, letterSpacing: 1 },
  link: { color: '#bcd6ea', textDecoration: 'none', fontSize: 14 },
  card: { maxWidth: 800, margin: '24px auto 40px', background: '#fff', padding: '26px 36px', borderRadius: 6, boxShadow: '0 1px 3px rgba(0,0,0,.08)' },
  field: { marginBottom: 15, flex: 1 },
  label: { display: 'block', fontSize: 13, fontWeight: 500, color: '#445', marginBottom: 4 },
  input: { width: '100%', boxSizing: 'border-box', padding: '9px 11px', border: '1px solid #c8d0d8', borderRadius: 4, font: 'inherit' },
  row: { display: 'flex', gap: 16 },
  hint: { fontSize: 12, color: '#889' },
  btn: { background: '#f28c00', color: '#fff', border: 0, borderRadius: 4, padding: '11px 30px', fontSize: 15, fontWeight: 600 },
};

function Field({ id, label, required, hint, children }) {
  return (
    <div className="cvb-field" style={s.field}>
      <label htmlFor={id} style={s.label}>{label}{required ? <span style={{ color: '#d32f2f' }}> *</span> : null}</label>
      {children}
      {hint ? <div style={s.hint}>{hint}</div> : null}
    </div>
  );
}

function Page() {
  const [v, setV] = useState({
    vardas: '', pavarde: '', elPastas: '', telefonas: '', miestas: '', salis: 'Lietuva', issilavinimas: '', patirtis: '',
    imone: '', pareigos: '', linkedin: '', atlyginimas: '', pradzia: '', leidimas: '', cv: null, laiskas: '', kalba: '', sutikimas: false, naujienos: false,
  });
  const [sent, setSent] = useState(false);
  const set = (k) => (e) => setV({ ...v, [k]: e.target.type === 'checkbox' ? e.target.checked : e.target.value });
  const onSubmit = (e) => {
    e.preventDefault();
    if (!v.sutikimas) return;
    setSent(true);
  };
  return (
    <>
      <div style={s.top}>
        <span style={s.logo}>NEMUNO TINKLAI</span>
        <a style={s.link} href="#">Apie mus</a><a style={s.link} href="#">Karjera</a><a style={s.link} href="#">Praktika</a>
        <div style={{ marginLeft: 'auto', display: 'flex', gap: 12, alignItems: 'center' }}>
          <input id="paieska" type="search" placeholder="Ieškoti skelbimų" aria-label="Ieškoti skelbimų" style={{ padding: '6px 9px', border: 0, borderRadius: 3 }} />
          <a style={s.link} href="#" id="prisijungti">Prisijungti</a>
        </div>
      </div>
      <div style={s.card}>
        <div style={{ color: '#778', fontSize: 14 }}>Vilnius · Visas etatas · Hibridinis darbas · Atlyginimas 4200–5600 € neatskaičius mokesčių</div>
        <h1 style={{ margin: '6px 0 8px' }}>Vyresnysis duomenų inžinierius (-ė)</h1>
        <p>Kursite skirstomojo tinklo skaitiklių duomenų platformą: srautinius duomenis, dbt modelius ir duomenų kokybės stebėseną.</p>
        {sent ? (
          <p id="issiusta" style={{ color: '#2e7d32', fontWeight: 700 }}>Ačiū! Jūsų CV išsiųstas darbdaviui.</p>
        ) : (
          <form id="cvb-apply" onSubmit={onSubmit} noValidate>
            <h2 style={{ fontSize: 18 }}>Siųsti CV</h2>
            <div style={s.row}>
              <Field id="cvb-vardas" label="Vardas" required><input id="cvb-vardas" name="vardas" style={s.input} value={v.vardas} onChange={set('vardas')} /></Field>
              <Field id="cvb-pavarde" label="Pavardė" required><input id="cvb-pavarde" name="pavarde" style={s.input} value={v.pavarde} onChange={set('pavarde')} /></Field>
            </div>
            <div style={s.row}>
              <Field id="cvb-el-pastas" label="El. paštas" required><input id="cvb-el-pastas" name="el_pastas" type="email" style={s.input} value={v.elPastas} onChange={set('elPastas')} /></Field>
              <Field id="cvb-telefonas" label="Telefono numeris" required hint="Pvz.: +370 612 34567"><input id="cvb-telefonas" name="telefonas" type="tel" placeholder="+370 6xx xxxxx" style={s.input} value={v.telefonas} onChange={set('telefonas')} /></Field>
            </div>
            <div style={s.row}>
              <Field id="cvb-miestas" label="Miestas"><input id="cvb-miestas" name="miestas" style={s.input} value={v.miestas} onChange={set('miestas')} /></Field>
              <Field id="cvb-salis" label="Šalis">
                <select id="cvb-salis" name="salis" style={s.input} value={v.salis} onChange={set('salis')}>{SALYS.map((x) => <option key={x}>{x}</option>)}</select>
              </Field>
            </div>
            <div style={s.row}>
              <Field id="cvb-issilavinimas" label="Išsilavinimas" required>
                <select id="cvb-issilavinimas" name="issilavinimas" style={s.input} value={v.issilavinimas} onChange={set('issilavinimas')}>
                  <option value="">– Pasirinkite –</option>{ISSILAVINIMAS.map((x) => <option key={x}>{x}</option>)}
                </select>
              </Field>
              <Field id="cvb-patirtis" label="Darbo patirtis panašiose pareigose" required>
                <select id="cvb-patirtis" name="patirtis" style={s.input} value={v.patirtis} onChange={set('patirtis')}>
                  <option value="">– Pasirinkite –</option>{PATIRTIS.map((x) => <option key={x}>{x}</option>)}
                </select>
              </Field>
            </div>
            <div style={s.row}>
              <Field id="cvb-imone" label="Dabartinė darbovietė"><input id="cvb-imone" name="dabartine_darboviete" style={s.input} value={v.imone} onChange={set('imone')} /></Field>
              <Field id="cvb-pareigos" label="Dabartinės pareigos"><input id="cvb-pareigos" name="dabartines_pareigos" style={s.input} value={v.pareigos} onChange={set('pareigos')} /></Field>
            </div>
            <Field id="cvb-linkedin" label="LinkedIn profilio nuoroda"><input id="cvb-linkedin" name="linkedin" type="url" style={s.input} value={v.linkedin} onChange={set('linkedin')} /></Field>
            <div style={s.row}>
              <Field id="cvb-atlyginimas" label="Pageidaujamas atlyginimas" hint="€ per mėnesį, neatskaičius mokesčių (bruto)"><input id="cvb-atlyginimas" name="pageidaujamas_atlyginimas" inputMode="numeric" style={s.input} value={v.atlyginimas} onChange={set('atlyginimas')} /></Field>
              <Field id="cvb-pradzia" label="Galėčiau pradėti dirbti nuo"><input id="cvb-pradzia" name="darbo_pradzia" type="date" style={s.input} value={v.pradzia} onChange={set('pradzia')} /></Field>
            </div>
            <fieldset style={{ border: 0, padding: 0, margin: '0 0 15px' }}>
              <legend style={s.label}>Ar turite teisę dirbti Lietuvoje be papildomo leidimo? <span style={{ color: '#d32f2f' }}>*</span></legend>
              {['Taip', 'Ne'].map((x) => (
                <label key={x} style={{ marginRight: 18 }}><input type="radio" name="teise_dirbti" value={x} checked={v.leidimas === x} onChange={set('leidimas')} /> {x}</label>
              ))}
              <div style={s.hint}>ES, EEE ir Šveicarijos piliečiams leidimo nereikia.</div>
            </fieldset>
            <Field id="cvb-kalba" label="Lietuvių kalbos mokėjimas">
              <select id="cvb-kalba" name="lietuviu_kalba" style={s.input} value={v.kalba} onChange={set('kalba')}>
                <option value="">– Pasirinkite –</option><option>Gimtoji</option><option>Puikiai</option><option>Gerai</option><option>Pagrindai</option><option>Nemoku</option>
              </select>
            </Field>
            <Field id="cvb-cv" label="Gyvenimo aprašymas (CV)" required hint="PDF, DOC, DOCX iki 5 MB">
              <input id="cvb-cv" name="cv" type="file" accept=".pdf,.doc,.docx" onChange={(e) => setV({ ...v, cv: e.target.files[0] ? e.target.files[0].name : null })} />
            </Field>
            <Field id="cvb-laiskas" label="Motyvacinis laiškas"><textarea id="cvb-laiskas" name="motyvacinis_laiskas" rows={6} style={s.input} value={v.laiskas} onChange={set('laiskas')} /></Field>
            <div style={{ fontSize: 13.5, margin: '6px 0' }}><input id="cvb-sutikimas" type="checkbox" name="sutikimas" checked={v.sutikimas} onChange={set('sutikimas')} /> <label htmlFor="cvb-sutikimas">Sutinku, kad mano asmens duomenys būtų tvarkomi atrankos tikslais. *</label></div>
            <div style={{ fontSize: 13.5, margin: '6px 0 16px' }}><input id="cvb-naujienos" type="checkbox" name="naujienos" checked={v.naujienos} onChange={set('naujienos')} /> <label htmlFor="cvb-naujienos">Noriu gauti panašius darbo skelbimus el. paštu.</label></div>
            <button type="submit" id="cvb-siusti" style={s.btn}>Siųsti CV</button>
          </form>
        )}
        <pre id="model">{JSON.stringify(v)}</pre>
      </div>
      <div style={{ background: '#00395d', color: '#bcd6ea', padding: '22px 40px 50px', fontSize: 14 }}>
        <form id="prenumerata" onSubmit={(e) => e.preventDefault()}>
          <label htmlFor="prenumerata-el">Prenumeruokite naujus skelbimus:</label>{' '}
          <input id="prenumerata-el" type="email" placeholder="jusu@pastas.lt" style={{ padding: '7px 10px', border: 0, width: 230 }} /> <button type="submit">Prenumeruoti</button>
        </form>
        <p>UAB „Nemuno tinklai“ · Vilnius · Privatumo politika · Slapukai</p>
      </div>
      <div style={{ position: 'fixed', right: 20, bottom: 20, background: '#f28c00', color: '#fff', borderRadius: 20, padding: '8px 16px', fontSize: 13 }}>💬 Turite klausimų?</div>
    </>
  );
}

createRoot(document.getElementById('root')).render(<Page />);
