/**
 * Cobalto Pagos (Mexico City) careers page in Mexican Spanish, React 19 + **Headless UI v2** with a
 * Tailwind UI look: Field / Label / Description / Input / Textarea; a **Listbox "País de residencia"
 * preset "México"**; a **virtual Combobox** (`virtual={{ options }}`) over ~70 universities (Mexican
 * and US; UC Berkeley beside UC Davis, UC Irvine and Berkeley College); Listboxes for years ("7 a 9 años") and studies ("Licenciatura"; "Bachillerato" is high
 * school in Mexico); pill **RadioGroups** (span role=radio, hidden inputs named by `name`);
 * **react-phone-number-input** with **`countries={['MX','US','CA','CO']}`** (only four countries in its
 * select), `defaultCountry="MX"`, `labels={es}`, `addInternationalOption={false}`, **`smartCaret`**,
 * national format; a Mexican work-permit question (leave); a Switch for similar-job alerts (leave);
 * sr-only file input in a label; privacy-notice Checkbox. The state goes to <pre id="model">.
 */
import {
  Checkbox, Combobox, ComboboxInput, ComboboxOption, ComboboxOptions, Description, Field, Input, Label, Listbox, ListboxButton, ListboxOption, ListboxOptions,
  Radio, RadioGroup, Switch, Textarea,
} from '@headlessui/react';
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import PhoneInput from 'react-phone-number-input';
import es from 'react-phone-number-input/locale/es.json';
import 'react-phone-number-input/style.css';

const PAISES = ['México', 'Estados Unidos', 'Canadá', 'Colombia', 'Argentina', 'Chile', 'España', 'Guatemala', 'Perú', 'Puerto Rico'];
const UNIVERSIDADES = [
  'Universidad Nacional Autónoma de México (UNAM)', 'Instituto Politécnico Nacional (IPN)', 'Tecnológico de Monterrey (ITESM)', 'Universidad Iberoamericana', 'ITAM',
  'Universidad Autónoma Metropolitana (UAM)', 'Universidad de Guadalajara', 'Universidad Autónoma de Nuevo León', 'Universidad Panamericana', 'Universidad Anáhuac',
  'Universidad de las Américas Puebla (UDLAP)', 'Universidad Autónoma de Baja California', 'Universidad de Sonora', 'Universidad Veracruzana', 'Universidad de Monterrey',
  'Arizona State University', 'Berkeley College', 'Boston University', 'California Institute of Technology', 'California State University, East Bay', 'Carnegie Mellon University',
  'Columbia University', 'Cornell University', 'Georgia Institute of Technology', 'Harvard University', 'Massachusetts Institute of Technology', 'New York University',
  'Northwestern University', 'Purdue University', 'Rice University', 'San Francisco State University', 'San Jose State University', 'Santa Clara University',
  'Stanford University', 'Texas A&M University', 'The University of Texas at Austin', 'University of Arizona', 'University of California, Berkeley', 'University of California, Davis',
  'University of California, Irvine', 'University of California, Los Angeles', 'University of California, San Diego', 'University of California, Santa Cruz',
  'University of Chicago', 'University of Colorado Boulder', 'University of Illinois Urbana-Champaign', 'University of Michigan', 'University of New Mexico',
  'University of San Francisco', 'University of Southern California', 'University of Washington', 'University of Wisconsin–Madison', 'Yale University',
  'Universidad de los Andes (Colombia)', 'Universidad Nacional de Colombia', 'Pontificia Universidad Católica de Chile', 'Universidad de Buenos Aires', 'Universidad Complutense de Madrid',
  'University of Toronto', 'University of British Columbia', 'McGill University', 'Otra',
];
const ANOS = ['Menos de 2 años', '2 a 4 años', '5 a 6 años', '7 a 9 años', '10 años o más'];
const ESTUDIOS = ['Secundaria', 'Preparatoria / Bachillerato', 'Técnico Superior Universitario', 'Licenciatura', 'Maestría', 'Doctorado'];
const MEDIOS = ['LinkedIn', 'OCC Mundial', 'Computrabajo', 'Sitio de Cobalto', 'Recomendación de un empleado', 'Evento', 'Otro'];

function Text({ id, label, desc, value, onChange, ...props }) {
  return (
    <Field className="field">
      <Label className="label">{label}</Label>
      {desc ? <Description className="desc">{desc}</Description> : null}
      <Input id={id} className="input" value={value} onChange={(e) => onChange(e.target.value)} {...props} />
    </Field>
  );
}

function Pick({ id, label, options, value, onChange, placeholder = 'Selecciona…' }) {
  return (
    <Field className="field">
      <Label className="label">{label}</Label>
      <Listbox value={value} onChange={onChange} name={id}>
        <ListboxButton id={id} className="input">{value ?? placeholder}</ListboxButton>
        <ListboxOptions anchor="bottom start" className="options">
          {options.map((o) => <ListboxOption key={o} value={o} className="option">{o}</ListboxOption>)}
        </ListboxOptions>
      </Listbox>
    </Field>
  );
}

function Pills({ id, label, value, onChange, options = [['si', 'Sí'], ['no', 'No']] }) {
  return (
    <Field className="field">
      <Label className="label">{label}</Label>
      <RadioGroup id={id} value={value} onChange={onChange} name={id} className="pills" aria-label={label}>
        {options.map(([v, t]) => <Radio key={v} value={v} className="pill">{t}</Radio>)}
      </RadioGroup>
    </Field>
  );
}

function Application() {
  const [f, setF] = useState({
    nombre: '', apellidos: '', correo: '', telefono: undefined, pais: 'México', ciudad: '', universidad: null, estudios: null, anos: null,
    empresa: '', puesto: '', linkedin: '', github: '', autorizacionEU: null, patrocinio: null, permisoMX: null, salario: '', inicio: '',
    cv: '', carta: '', medio: null, alertas: false, aviso: false,
  });
  const set = (k) => (v) => setF((old) => ({ ...old, [k]: v }));
  const [query, setQuery] = useState('');
  const [enviado, setEnviado] = useState(false);
  const [error, setError] = useState('');
  const filtered = query === '' ? UNIVERSIDADES : UNIVERSIDADES.filter((u) => u.toLowerCase().includes(query.toLowerCase()));
  const submit = (e) => {
    e.preventDefault();
    if (!f.nombre || !f.apellidos || !f.correo || !f.cv || !f.aviso) { setError('Completa los campos obligatorios y acepta el aviso de privacidad.'); return; }
    setEnviado(true);
  };
  if (enviado) return <div className="cb-card" id="cb-enviado"><h2>¡Gracias por postularte!</h2><p>Te escribiremos en un máximo de 10 días hábiles.</p></div>;
  return (
    <>
      <form className="cb-card" id="cb-form" onSubmit={submit} noValidate>
        <h2 style={{ marginTop: 0 }}>Postúlate</h2>
        <div className="row">
          <Text id="cb-nombre" label="Nombre(s) *" value={f.nombre} onChange={set('nombre')} autoComplete="given-name" />
          <Text id="cb-apellidos" label="Apellidos *" value={f.apellidos} onChange={set('apellidos')} autoComplete="family-name" />
        </div>
        <Text id="cb-correo" label="Correo electrónico *" type="email" value={f.correo} onChange={set('correo')} />
        <div className="field">
          <label className="label" htmlFor="cb-telefono">Teléfono celular</label>
          <PhoneInput id="cb-telefono" countries={['MX', 'US', 'CA', 'CO']} defaultCountry="MX" labels={es} addInternationalOption={false} smartCaret
            value={f.telefono} onChange={set('telefono')} placeholder="55 1234 5678" />
        </div>
        <div className="row">
          <Pick id="cb-pais" label="País de residencia *" options={PAISES} value={f.pais} onChange={set('pais')} />
          <Text id="cb-ciudad" label="Ciudad" value={f.ciudad} onChange={set('ciudad')} />
        </div>
        <div className="row">
          <Text id="cb-linkedin" label="Perfil de LinkedIn" value={f.linkedin} onChange={set('linkedin')} placeholder="https://linkedin.com/in/…" />
          <Text id="cb-github" label="GitHub" value={f.github} onChange={set('github')} placeholder="https://github.com/…" />
        </div>

        <h3>Experiencia y estudios</h3>
        <div className="row">
          <Text id="cb-empresa" label="Empresa actual" value={f.empresa} onChange={set('empresa')} />
          <Text id="cb-puesto" label="Puesto actual" value={f.puesto} onChange={set('puesto')} />
        </div>
        <Pick id="cb-anos" label="Años de experiencia en ingeniería de datos *" options={ANOS} value={f.anos} onChange={set('anos')} />
        <Field className="field">
          <Label className="label">Universidad</Label>
          <Description className="desc">Escribe para buscar. Si no aparece, elige «Otra».</Description>
          <Combobox value={f.universidad} onChange={set('universidad')} onClose={() => setQuery('')} virtual={{ options: filtered }}>
            <ComboboxInput id="cb-universidad" className="input" displayValue={(u) => u ?? ''} onChange={(e) => setQuery(e.target.value)} placeholder="Busca tu universidad" />
            <ComboboxOptions anchor="bottom start" className="options">
              {({ option }) => <ComboboxOption value={option} className="option" style={{ width: '100%' }}>{option}</ComboboxOption>}
            </ComboboxOptions>
          </Combobox>
        </Field>
        <Pick id="cb-estudios" label="Último grado de estudios terminado" options={ESTUDIOS} value={f.estudios} onChange={set('estudios')} />

        <h3>Permiso de trabajo</h3>
        <Pills id="cb-autorizacion" label="¿Tienes autorización para trabajar en Estados Unidos? *" value={f.autorizacionEU} onChange={set('autorizacionEU')} />
        <Pills id="cb-patrocinio" label="¿Requerirás que Cobalto patrocine tu visa de trabajo, ahora o en el futuro? *" value={f.patrocinio} onChange={set('patrocinio')} />
        <Pills id="cb-permisomx" label="¿Cuentas con permiso para trabajar en México? (para visitas a nuestras oficinas en CDMX)" value={f.permisoMX} onChange={set('permisoMX')} />
        <div className="row">
          <Text id="cb-salario" label="Expectativa salarial anual (USD)" value={f.salario} onChange={set('salario')} inputMode="numeric" placeholder="Ej. 140000" />
          <Text id="cb-inicio" label="Fecha en que podrías empezar" type="date" value={f.inicio} onChange={set('inicio')} />
        </div>

        <h3>Documentos</h3>
        <div className="field">
          <span className="label">Currículum (CV) *</span>
          <div className="upload">
            <label htmlFor="cb-cv" className="btn" style={{ padding: '6px 14px' }}>Subir archivo<input id="cb-cv" name="cv" type="file" className="sr-only" accept=".pdf,.doc,.docx"
              onChange={(e) => set('cv')(e.target.files?.[0]?.name ?? '')} /></label>
            <span>{f.cv || 'PDF o Word, máximo 5 MB'}</span>
          </div>
        </div>
        <Field className="field">
          <Label className="label">Carta de presentación (opcional)</Label>
          <Textarea id="cb-carta" className="input" rows={5} value={f.carta} onChange={(e) => set('carta')(e.target.value)} />
        </Field>
        <Pick id="cb-medio" label="¿Cómo te enteraste de esta vacante?" options={MEDIOS} value={f.medio} onChange={set('medio')} />
        <Field className="field">
          <Switch id="cb-alertas" checked={f.alertas} onChange={set('alertas')} className="switch"><span className="sr-only">Recibir vacantes similares por correo</span><span className="knob" /></Switch>
          <Label>Recibir vacantes similares por correo</Label>
        </Field>
        <Field className="field" id="cb-aviso-field" style={{ display: 'flex', alignItems: 'center', gap: 8 }}>
          <Checkbox id="cb-aviso" checked={f.aviso} onChange={set('aviso')} className="switch" style={{ width: 20, height: 20, borderRadius: 4 }}>
            <svg viewBox="0 0 14 14" fill="none" aria-hidden="true" style={{ width: 14, margin: 3, opacity: f.aviso ? 1 : 0 }}><path d="M3 8L6 11L11 3.5" stroke="#fff" strokeWidth={2} /></svg>
            <span className="sr-only">Acepto</span>
          </Checkbox>
          <Label>He leído y acepto el Aviso de Privacidad de Cobalto Pagos. *</Label>
        </Field>
        {error ? <p className="err">{error}</p> : null}
        <button type="submit" className="btn" id="cb-enviar">Enviar postulación</button>
      </form>
      <pre id="model">{JSON.stringify(f)}</pre>
    </>
  );
}

createRoot(document.getElementById('root')).render(<Application />);
