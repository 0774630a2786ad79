/**
 * An InfoJobs-like "Inscribirme en la oferta" page in Spanish, written in React: a Spanish company
 * (Madrid) hiring a remote data engineer for its US business. react-select (classNamePrefix `ij`)
 * for the dial-code prefix (preset "España (+34)", "Canadá (+1)" listed before "Estados Unidos (+1)"),
 * the country of residence (Spanish names) and the experience buckets; native selects for the
 * Spanish province (with "Fuera de España") and the education level; Sí/No radios; a DD/MM/AAAA
 * start date; salary as a euro bucket select; DNI/NIE and date of birth; a cover-letter textarea;
 * privacy consent and an offers opt-in. State is rendered into <pre id="model">.
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
const YEARS = opts(['Sin experiencia', 'Menos de 1 año', 'De 1 a 2 años', 'De 3 a 5 años', 'Más de 5 años', 'Más de 10 años']);
const PROVINCIAS = ['A Coruña', 'Álava', 'Alicante', 'Asturias', 'Barcelona', 'Madrid', 'Málaga', 'Sevilla', 'Valencia', 'Vizcaya', 'Zaragoza', 'Fuera de España'];
const ESTUDIOS = ['Educación Secundaria Obligatoria', 'Bachillerato', 'Ciclo Formativo Grado Superior', 'Grado', 'Licenciatura', 'Máster', 'Doctorado'];
const SALARIOS = ['Menos de 30.000 €', '30.000 € - 45.000 €', '45.000 € - 60.000 €', '60.000 € - 80.000 €', 'Más de 80.000 €'];

const EMPTY = {
  nombre: '', apellidos: '', email: '', prefijo: '+34', telefono: '', dni: '', nacimiento: '', pais: null, provincia: '', localidad: '', cp: '',
  puesto: '', empresa: '', experiencia: null, estudios: '', centro: '', linkedin: '', trabajando: '', permisoUE: '', autorizadoEEUU: '', patrocinio: '',
  incorporacion: '', salario: '', carta: '', cv: null, privacidad: false, ofertas: false,
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
    const missing = ['nombre', 'apellidos', 'email', 'telefono', 'localidad', 'incorporacion', 'permisoUE', 'autorizadoEEUU', 'patrocinio'].filter((k) => !String(form[k]).trim());
    if (!form.pais || !form.experiencia) missing.push('select');
    if (!form.cv) missing.push('cv');
    if (!form.privacidad) missing.push('privacidad');
    if (missing.length) { setError('Revisa los campos obligatorios marcados con *.'); return; }
    setSent(true);
  };

  if (sent) return <div id="ij-done"><h2>¡Inscripción realizada!</h2><p>Hemos enviado tu candidatura a Grupo Alcaraván.</p></div>;
  return (
    <form id="ij-form" onSubmit={submit} noValidate>
      <h1>Data Engineer Senior</h1>
      <p className="ij-meta">Grupo Alcaraván · Remoto (Estados Unidos) · Jornada completa · Contrato indefinido</p>
      {error ? <div className="ij-error" role="alert">{error}</div> : null}
      <h2>Datos personales</h2>
      <div className="ij-row">
        <Field name="nombre" label="Nombre" required>{text('nombre')}</Field>
        <Field name="apellidos" label="Apellidos" required>{text('apellidos')}</Field>
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
        <Field name="dni" label="DNI / NIE">{text('dni', { placeholder: '12345678Z' })}</Field>
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
        <Field name="localidad" label="Localidad" required>{text('localidad')}</Field>
        <Field name="cp" label="Código postal">{text('cp', { placeholder: '28001' })}</Field>
      </div>

      <h2>Experiencia y formación</h2>
      <div className="ij-row">
        <Field name="puesto" label="Puesto actual o último puesto">{text('puesto')}</Field>
        <Field name="empresa" label="Empresa">{text('empresa')}</Field>
      </div>
      <div className="ij-field" data-field="experiencia">
        <span className="ij-label" id="ij-experiencia-label">Años de experiencia<span className="ij-req"> *</span></span>
        <Select inputId="ij-experiencia" aria-labelledby="ij-experiencia-label" classNamePrefix="ij" options={YEARS} isSearchable={false} placeholder="Selecciona"
          value={form.experiencia ? { value: form.experiencia, label: form.experiencia } : null} onChange={(o) => setValue('experiencia', o ? o.value : null)} />
      </div>
      <div className="ij-row">
        <Field name="estudios" label="Estudios mínimos / nivel de estudios">
          <select id="ij-estudios" name="estudios" value={form.estudios} onChange={set('estudios')}>
            <option value="">Selecciona</option>
            {ESTUDIOS.map((p) => <option key={p} value={p}>{p}</option>)}
          </select>
        </Field>
        <Field name="centro" label="Centro de estudios">{text('centro')}</Field>
      </div>
      <Field name="linkedin" label="Perfil de LinkedIn">{text('linkedin', { type: 'url', placeholder: 'https://www.linkedin.com/in/…' })}</Field>

      <h2>Preguntas de la empresa</h2>
      <div className="ij-field" data-field="trabajando"><span className="ij-label" id="ij-trabajando-label">¿Estás trabajando actualmente?</span>{radios('trabajando', 'ij-trabajando-label')}</div>
      <div className="ij-field" data-field="autorizadoEEUU"><span className="ij-label" id="ij-autorizado-label">¿Tienes autorización para trabajar en Estados Unidos?<span className="ij-req"> *</span></span>{radios('autorizadoEEUU', 'ij-autorizado-label')}</div>
      <div className="ij-field" data-field="patrocinio"><span className="ij-label" id="ij-patrocinio-label">¿Necesitarás que la empresa patrocine tu visado (sponsorship) para trabajar en Estados Unidos?<span className="ij-req"> *</span></span>{radios('patrocinio', 'ij-patrocinio-label')}</div>
      <div className="ij-field" data-field="permisoUE"><span className="ij-label" id="ij-permiso-label">¿Tienes permiso de trabajo en la Unión Europea?<span className="ij-req"> *</span></span>{radios('permisoUE', 'ij-permiso-label')}</div>
      <Field name="incorporacion" label="Fecha de incorporación disponible" required hint="Formato DD/MM/AAAA">{text('incorporacion', { placeholder: 'DD/MM/AAAA' })}</Field>
      <Field name="salario" label="Salario bruto anual deseado">
        <select id="ij-salario" name="salario" value={form.salario} onChange={set('salario')}>
          <option value="">Selecciona</option>
          {SALARIOS.map((p) => <option key={p} value={p}>{p}</option>)}
        </select>
      </Field>
      <Field name="carta" label="Carta de presentación" hint="Cuéntale a la empresa por qué eres la persona adecuada.">
        <textarea id="ij-carta" name="carta" rows={5} value={form.carta} onChange={set('carta')} />
      </Field>
      <Field name="cv" label="Adjunta tu CV" required hint="PDF, DOC o DOCX. Máximo 2 MB.">
        <input id="ij-cv" name="cv" type="file" accept=".pdf,.doc,.docx" onChange={(e) => setValue('cv', e.target.files[0] ? e.target.files[0].name : null)} />
      </Field>
      <div className="ij-check" data-field="privacidad"><label><input type="checkbox" id="ij-privacidad" name="privacidad" checked={form.privacidad} onChange={set('privacidad')} /> He leído y acepto la <a href="#">política de privacidad</a> y el tratamiento de mis datos para este proceso de selección. *</label></div>
      <div className="ij-check" data-field="ofertas"><label><input type="checkbox" id="ij-ofertas" name="ofertas" checked={form.ofertas} onChange={set('ofertas')} /> Quiero recibir ofertas de empleo y novedades de Grupo Alcaraván.</label></div>
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
