/**
 * Another InfoJobs-like posting (same React page, react-select with classNamePrefix `ij`) for a
 * Valencia shipping company hiring a remote analytics engineer for its US office: first and second
 * surname, the dial-code prefix preset "España (+34)", the province list with "Extranjero", other
 * experience buckets, a portfolio box, a time-zone question, the start date with only an example in
 * the hint, a yearly USD salary box, the cover letter as a file and a "why us" textarea.
 * State is rendered into <pre id="model">.
 */
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import Select from 'react-select';

const opts = (labels) => labels.map((label) => ({ value: label, label }));
const PREFIXES = [
  ['+49', 'Alemania (+49)'], ['+54', 'Argentina (+54)'], ['+1-CA', 'Canadá (+1)'], ['+56', 'Chile (+56)'], ['+57', 'Colombia (+57)'],
  ['+34', 'España (+34)'], ['+1', 'Estados Unidos (+1)'], ['+33', 'Francia (+33)'], ['+52', 'México (+52)'], ['+351', 'Portugal (+351)'], ['+44', 'Reino Unido (+44)'],
].map(([value, label]) => ({ value, label }));
const COUNTRIES = opts(['Alemania', 'Argentina', 'Canadá', 'Chile', 'Colombia', 'España', 'Estados Unidos', 'Francia', 'Italia', 'México', 'Perú', 'Portugal', 'Reino Unido']);
const YEARS = opts(['Menos de 2 años', 'De 2 a 4 años', 'De 5 a 7 años', 'Más de 7 años']);
const PROVINCIAS = ['Alicante', 'Barcelona', 'Castellón', 'Madrid', 'Murcia', 'Valencia', 'Zaragoza', 'Extranjero'];
const ESTUDIOS = ['Bachillerato', 'Ciclo Formativo Grado Superior', 'Diplomatura / Ingeniería Técnica', 'Grado universitario', 'Máster universitario', 'Doctorado'];
const ZONAS = ['Este (ET)', 'Central (CT)', 'Montaña (MT)', 'Pacífico (PT)', 'Europa Central (CET)'];

const EMPTY = {
  nombre: '', apellido1: '', apellido2: '', email: '', prefijo: '+34', telefono: '', nacimiento: '', pais: null, provincia: '', localidad: '', cp: '',
  puesto: '', empresa: '', experiencia: null, estudios: '', linkedin: '', portfolio: '', autorizadoEEUU: '', patrocinio: '', zona: '',
  incorporacion: '', salario: '', motivacion: '', cv: null, carta: null, privacidad: false, ofertas: false,
};

function Field({ name, label, required, hint, children }) {
  return (
    <div className="ij-field" data-field={name}>
      <label className="ij-label" htmlFor={`ij-${name}`} id={`ij-${name}-label`}>{label}{required ? <span className="ij-req"> *</span> : null}</label>
      {children}
      {hint ? <div className="ij-hint">{hint}</div> : null}
    </div>
  );
}

function App() {
  const [form, setForm] = useState(EMPTY);
  const [sent, setSent] = useState(false);
  const [error, setError] = useState('');
  const set = (key) => (event) => setForm((f) => ({ ...f, [key]: event.target.type === 'checkbox' ? event.target.checked : event.target.value }));
  const setValue = (key, value) => setForm((f) => ({ ...f, [key]: value }));
  const text = (key, props = {}) => <input id={`ij-${key}`} name={key} type="text" value={form[key]} onChange={set(key)} {...props} />;
  const radios = (key, labelId) => (
    <div className="ij-radios" role="radiogroup" aria-labelledby={labelId}>
      {['Sí', 'No'].map((o) => (
        <label key={o}><input type="radio" name={key} value={o} checked={form[key] === o} onChange={set(key)} /> {o}</label>
      ))}
    </div>
  );

  const submit = (event) => {
    event.preventDefault();
    const missing = ['nombre', 'apellido1', 'email', 'telefono', 'localidad', 'incorporacion', 'autorizadoEEUU', 'patrocinio'].filter((k) => !String(form[k]).trim());
    if (!form.pais || !form.experiencia) missing.push('select');
    if (!form.cv) missing.push('cv');
    if (!form.privacidad) missing.push('privacidad');
    if (missing.length) { setError('Revisa los campos obligatorios marcados con *.'); return; }
    setSent(true);
  };

  if (sent) return <div id="ij-done"><h2>¡Inscripción realizada!</h2><p>Hemos enviado tu candidatura a Naviera Turia.</p></div>;
  return (
    <form id="ij-form" onSubmit={submit} noValidate>
      <h1>Analytics Engineer</h1>
      <p className="ij-meta">Naviera Turia · Remoto (Estados Unidos, horario del Pacífico) · Jornada completa · Contrato indefinido</p>
      {error ? <div className="ij-error" role="alert">{error}</div> : null}
      <h2>Datos personales</h2>
      <div className="ij-row">
        <Field name="nombre" label="Nombre" required>{text('nombre')}</Field>
        <Field name="apellido1" label="Primer apellido" required>{text('apellido1')}</Field>
        <Field name="apellido2" label="Segundo apellido">{text('apellido2')}</Field>
      </div>
      <Field name="email" label="Correo electrónico" required><input id="ij-email" name="email" type="email" value={form.email} onChange={set('email')} /></Field>
      <div className="ij-row">
        <div className="ij-field ij-prefix" data-field="prefijo">
          <span className="ij-label" id="ij-prefijo-label">Prefijo</span>
          <Select inputId="ij-prefijo" aria-labelledby="ij-prefijo-label" classNamePrefix="ij" options={PREFIXES} isSearchable
            value={PREFIXES.find((p) => p.value === form.prefijo) ?? null} onChange={(o) => setValue('prefijo', o ? o.value : '')} />
        </div>
        <Field name="telefono" label="Teléfono móvil" required>{text('telefono', { type: 'tel', placeholder: '612 345 678' })}</Field>
      </div>
      <div className="ij-row">
        <Field name="nacimiento" label="Fecha de nacimiento">{text('nacimiento', { placeholder: 'DD/MM/AAAA' })}</Field>
      </div>
      <div className="ij-field" data-field="pais">
        <span className="ij-label" id="ij-pais-label">País de residencia<span className="ij-req"> *</span></span>
        <Select inputId="ij-pais" aria-labelledby="ij-pais-label" classNamePrefix="ij" options={COUNTRIES} placeholder="Selecciona un país"
          value={form.pais ? { value: form.pais, label: form.pais } : null} onChange={(o) => setValue('pais', o ? o.value : null)} />
      </div>
      <div className="ij-row">
        <Field name="provincia" label="Provincia">
          <select id="ij-provincia" name="provincia" value={form.provincia} onChange={set('provincia')}>
            <option value="">Selecciona</option>
            {PROVINCIAS.map((p) => <option key={p} value={p}>{p}</option>)}
          </select>
        </Field>
        <Field name="localidad" label="Población" required>{text('localidad')}</Field>
        <Field name="cp" label="Código postal">{text('cp', { placeholder: '46001' })}</Field>
      </div>

      <h2>Experiencia y formación</h2>
      <div className="ij-row">
        <Field name="empresa" label="Empresa actual">{text('empresa')}</Field>
        <Field name="puesto" label="Cargo">{text('puesto')}</Field>
      </div>
      <div className="ij-field" data-field="experiencia">
        <span className="ij-label" id="ij-experiencia-label">Años de experiencia<span className="ij-req"> *</span></span>
        <Select inputId="ij-experiencia" aria-labelledby="ij-experiencia-label" classNamePrefix="ij" options={YEARS} isSearchable={false} placeholder="Selecciona"
          value={form.experiencia ? { value: form.experiencia, label: form.experiencia } : null} onChange={(o) => setValue('experiencia', o ? o.value : null)} />
      </div>
      <div className="ij-row">
        <Field name="estudios" label="Nivel de estudios finalizados">
          <select id="ij-estudios" name="estudios" value={form.estudios} onChange={set('estudios')}>
            <option value="">Selecciona</option>
            {ESTUDIOS.map((p) => <option key={p} value={p}>{p}</option>)}
          </select>
        </Field>
        <Field name="linkedin" label="Perfil de LinkedIn">{text('linkedin', { type: 'url', placeholder: 'https://www.linkedin.com/in/…' })}</Field>
      </div>
      <Field name="portfolio" label="Portfolio o web personal">{text('portfolio', { type: 'url' })}</Field>

      <h2>Preguntas de la empresa</h2>
      <div className="ij-field" data-field="autorizadoEEUU"><span className="ij-label" id="ij-autorizado-label">¿Tienes autorización para trabajar en Estados Unidos?<span className="ij-req"> *</span></span>{radios('autorizadoEEUU', 'ij-autorizado-label')}</div>
      <div className="ij-field" data-field="patrocinio"><span className="ij-label" id="ij-patrocinio-label">¿Necesitarás que la empresa patrocine tu visado (sponsorship) para trabajar en Estados Unidos?<span className="ij-req"> *</span></span>{radios('patrocinio', 'ij-patrocinio-label')}</div>
      <Field name="zona" label="¿En qué zona horaria trabajas habitualmente?">
        <select id="ij-zona" name="zona" value={form.zona} onChange={set('zona')}>
          <option value="">Selecciona</option>
          {ZONAS.map((p) => <option key={p} value={p}>{p}</option>)}
        </select>
      </Field>
      <Field name="incorporacion" label="¿Cuándo podrías incorporarte?" required hint="Ejemplo: 01/09/2026">{text('incorporacion')}</Field>
      <Field name="salario" label="Salario bruto anual deseado (USD)">{text('salario', { inputMode: 'numeric' })}</Field>
      <Field name="motivacion" label="¿Por qué te interesa trabajar en Naviera Turia?">
        <textarea id="ij-motivacion" name="motivacion" rows={4} value={form.motivacion} onChange={set('motivacion')} />
      </Field>
      <Field name="cv" label="Adjunta tu CV" required hint="PDF, DOC o DOCX. Máximo 2 MB.">
        <input id="ij-cv" name="cv" type="file" accept=".pdf,.doc,.docx" onChange={(e) => setValue('cv', e.target.files[0] ? e.target.files[0].name : null)} />
      </Field>
      <Field name="carta" label="Carta de presentación (opcional)" hint="PDF, DOC, DOCX o TXT.">
        <input id="ij-carta" name="carta" type="file" accept=".pdf,.doc,.docx,.txt" onChange={(e) => setValue('carta', e.target.files[0] ? e.target.files[0].name : null)} />
      </Field>
      <div className="ij-check" data-field="privacidad"><label><input type="checkbox" id="ij-privacidad" name="privacidad" checked={form.privacidad} onChange={set('privacidad')} /> He leído y acepto la <a href="#">política de privacidad</a> y el tratamiento de mis datos para este proceso de selección. *</label></div>
      <div className="ij-check" data-field="ofertas"><label><input type="checkbox" id="ij-ofertas" name="ofertas" checked={form.ofertas} onChange={set('ofertas')} /> Quiero recibir ofertas de empleo y novedades de Naviera Turia.</label></div>
      <button type="submit" id="ij-submit" className="ij-btn">Inscribirme en esta oferta</button>
      <pre id="model">{JSON.stringify(form, null, 2)}</pre>
    </form>
  );
}

const style = document.createElement('style');
style.textContent = `
  .ij-field { margin: 10px 0; flex: 1; } .ij-row { display: flex; gap: 14px; }
  .ij-prefix { flex: 0 0 220px; }
  .ij-label { display: block; font-weight: 500; margin-bottom: 4px; } .ij-req { color: #e0301e; }
  .ij-field input[type=text], .ij-field input[type=email], .ij-field input[type=tel], .ij-field input[type=url], .ij-field select, .ij-field textarea { width: 100%; box-sizing: border-box; padding: 8px; border: 1px solid #b8c4cc; border-radius: 3px; font: inherit; }
  .ij-radios label { margin-right: 18px; } .ij-hint { font-size: 12px; color: #7b8a95; }
  .ij-error { background: #fdecea; color: #b71c1c; padding: 8px; }
  .ij-btn { background: #ff6340; color: #fff; border: 0; border-radius: 3px; padding: 11px 26px; font-weight: 700; margin-top: 14px; }
  h2 { font-size: 16px; border-bottom: 1px solid #e3e8eb; padding-bottom: 4px; margin-top: 24px; }
`;
document.head.appendChild(style);
createRoot(document.getElementById('root')).render(<App />);
