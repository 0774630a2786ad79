/**
 * A Catho-like "Candidatar-se" page in Brazilian Portuguese, written in React with MUI: TextFields
 * (outlined, floating labels), non-native Selects for DDI (flag + code, preset Brasil +55), país,
 * UF (27 states + "EX – Exterior"), tempo de experiência and escolaridade; RadioGroups for situação
 * atual, nível de inglês and the employer's Sim/Não questions; Switches for travel and moving;
 * an R$ adornment on the monthly salary; the CV input hidden in a Button; LGPD consent.
 * The posting's own questions come from POSTING.questions. State is rendered into <pre id="model">.
 */
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormLabel from '@mui/material/FormLabel';
import InputAdornment from '@mui/material/InputAdornment';
import MenuItem from '@mui/material/MenuItem';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import Stack from '@mui/material/Stack';
import Switch from '@mui/material/Switch';
import TextField from '@mui/material/TextField';

const POSTING = {
  title: 'Engenheira(o) de Dados Sênior – Remoto (EUA)',
  company: 'Cooperativa Agro Cerrado · Goiânia, GO · Remoto a partir dos Estados Unidos · Efetivo',
  questions: [
    { id: 'q_48811', label: 'Você tem autorização para trabalhar nos Estados Unidos?', options: ['Sim', 'Não'], required: true },
    { id: 'q_48812', label: 'Você precisará, agora ou no futuro, de patrocínio de visto (sponsorship) para trabalhar nos Estados Unidos?', options: ['Sim', 'Não'], required: true },
    { id: 'q_48813', label: 'Você possui disponibilidade para participar de reuniões no horário de Brasília (BRT) duas vezes por semana?', options: ['Sim', 'Não'], required: true },
  ],
  startAsked: true,
};

const DDI = [['+55', '🇧🇷 +55 Brasil'], ['+54', '🇦🇷 +54 Argentina'], ['+1CA', '🇨🇦 +1 Canadá'], ['+56', '🇨🇱 +56 Chile'], ['+1', '🇺🇸 +1 Estados Unidos'], ['+351', '🇵🇹 +351 Portugal']];
const PAISES = ['Alemanha', 'Argentina', 'Brasil', 'Canadá', 'Chile', 'Estados Unidos', 'México', 'Portugal', 'Reino Unido'];
const UFS = ['AC – Acre', 'AL – Alagoas', 'AP – Amapá', 'AM – Amazonas', 'BA – Bahia', 'CE – Ceará', 'DF – Distrito Federal', 'ES – Espírito Santo', 'GO – Goiás', 'MA – Maranhão',
  'MT – Mato Grosso', 'MS – Mato Grosso do Sul', 'MG – Minas Gerais', 'PA – Pará', 'PB – Paraíba', 'PR – Paraná', 'PE – Pernambuco', 'PI – Piauí', 'RJ – Rio de Janeiro',
  'RN – Rio Grande do Norte', 'RS – Rio Grande do Sul', 'RO – Rondônia', 'RR – Roraima', 'SC – Santa Catarina', 'SP – São Paulo', 'SE – Sergipe', 'TO – Tocantins', 'EX – Exterior'];
const TEMPO = ['Menos de 1 ano', 'De 1 a 2 anos', 'De 3 a 4 anos', 'De 5 a 7 anos', 'De 8 a 10 anos', 'Mais de 10 anos'];
const ESCOLARIDADE = ['Ensino fundamental', 'Ensino médio completo', 'Técnico completo', 'Superior incompleto', 'Superior completo', 'Pós-graduação / MBA', 'Mestrado', 'Doutorado'];
const GENERO = ['Feminino', 'Masculino', 'Não binário', 'Prefiro não informar'];
const PCD = ['Não', 'Sim, deficiência física', 'Sim, deficiência auditiva', 'Sim, deficiência visual', 'Sim, outra'];

const INITIAL = {
  nome: '', sobrenome: '', email: '', emailConfirma: '', cpf: '', nascimento: '', genero: '', ddi: '+55', celular: '', pais: 'Brasil', uf: '', cidade: '',
  situacao: '', cargo: '', empresa: '', tempo: '', escolaridade: '', instituicao: '', ingles: '', pretensao: '', viagens: false, mudanca: false,
  inicio: '', linkedin: '', portfolio: '', cv: '', carta: '', pcd: '', lgpd: false, alertas: false,
  ...Object.fromEntries(POSTING.questions.map((q) => [q.id, ''])),
};

function App() {
  const [f, setF] = useState(INITIAL);
  const [done, setDone] = useState(false);
  const [err, setErr] = useState('');
  const set = (k) => (e) => setF((s) => ({ ...s, [k]: e.target.type === 'checkbox' ? e.target.checked : e.target.value }));
  const tf = (k, label, props = {}) => <TextField id={`ct-${k}`} name={k} label={label} value={f[k]} onChange={set(k)} fullWidth size="small" {...props} />;
  const sel = (k, label, options, props = {}) => (
    <TextField select id={`ct-${k}`} label={label} value={f[k]} onChange={set(k)} fullWidth size="small" data-field={k} {...props}>
      {options.map((o) => (Array.isArray(o) ? <MenuItem key={o[0]} value={o[0]}>{o[1]}</MenuItem> : <MenuItem key={o} value={o}>{o}</MenuItem>))}
    </TextField>
  );
  const radios = (k, label, options, required) => (
    <FormControl data-field={k}>
      <FormLabel id={`ct-${k}-label`}>{label}{required ? ' *' : ''}</FormLabel>
      <RadioGroup row name={k} aria-labelledby={`ct-${k}-label`} value={f[k]} onChange={set(k)}>
        {options.map((o) => <FormControlLabel key={o} value={o} control={<Radio />} label={o} />)}
      </RadioGroup>
    </FormControl>
  );
  const submit = (e) => {
    e.preventDefault();
    const need = ['nome', 'sobrenome', 'email', 'celular', 'cidade', 'situacao', 'tempo', 'escolaridade', 'cv', ...POSTING.questions.filter((q) => q.required).map((q) => q.id)];
    if (POSTING.startAsked) need.push('inicio');
    if (need.some((k) => !String(f[k]).trim()) || !f.lgpd) { setErr('Preencha os campos obrigatórios e aceite a política de privacidade.'); return; }
    setDone(true);
  };
  if (done) return <div id="ct-done"><h2>Candidatura enviada!</h2><p>Boa sorte! A empresa vai analisar seu currículo.</p></div>;
  return (
    <form id="ct-form" onSubmit={submit} noValidate>
      <h1>{POSTING.title}</h1>
      <p>{POSTING.company}</p>
      {err ? <p role="alert" style={{ color: '#b00020' }}>{err}</p> : null}
      <Stack spacing={2}>
        <h2>Dados pessoais</h2>
        <Stack direction="row" spacing={2}>{tf('nome', 'Nome', { required: true })}{tf('sobrenome', 'Sobrenome', { required: true })}</Stack>
        <Stack direction="row" spacing={2}>{tf('email', 'E-mail', { required: true, type: 'email' })}{tf('emailConfirma', 'Confirme seu e-mail', { type: 'email' })}</Stack>
        <Stack direction="row" spacing={2}>
          {tf('cpf', 'CPF', { helperText: 'Candidatos estrangeiros podem deixar em branco', placeholder: '000.000.000-00' })}
          {tf('nascimento', 'Data de nascimento', { placeholder: 'DD/MM/AAAA' })}
        </Stack>
        {sel('genero', 'Gênero (opcional)', GENERO)}
        <Stack direction="row" spacing={2}>
          <div style={{ flex: '0 0 220px' }}>{sel('ddi', 'DDI', DDI)}</div>
          {tf('celular', 'Celular com DDD', { required: true, type: 'tel', placeholder: '(11) 91234-5678' })}
        </Stack>
        <Stack direction="row" spacing={2}>{sel('pais', 'País', PAISES)}{sel('uf', 'Estado (UF)', UFS)}</Stack>
        {tf('cidade', 'Cidade', { required: true })}

        <h2>Perfil profissional</h2>
        {radios('situacao', 'Situação atual', ['Empregado(a)', 'Desempregado(a)', 'Autônomo(a) / PJ', 'Estudante'], true)}
        <Stack direction="row" spacing={2}>{tf('cargo', 'Cargo atual')}{tf('empresa', 'Empresa atual')}</Stack>
        {sel('tempo', 'Tempo de experiência na área *', TEMPO)}
        <Stack direction="row" spacing={2}>{sel('escolaridade', 'Escolaridade *', ESCOLARIDADE)}{tf('instituicao', 'Instituição de ensino')}</Stack>
        {radios('ingles', 'Nível de inglês', ['Básico', 'Intermediário', 'Avançado', 'Fluente'], false)}
        {tf('pretensao', 'Pretensão salarial (mensal, CLT)', { slotProps: { input: { startAdornment: <InputAdornment position="start">R$</InputAdornment> } }, placeholder: '0,00' })}
        <FormControlLabel control={<Switch id="ct-viagens" name="viagens" checked={f.viagens} onChange={set('viagens')} />} label="Disponibilidade para viagens" />
        <FormControlLabel control={<Switch id="ct-mudanca" name="mudanca" checked={f.mudanca} onChange={set('mudanca')} />} label="Disponibilidade para mudança de cidade" />

        <h2>Perguntas da empresa</h2>
        {POSTING.questions.map((q) => (q.options ? <div key={q.id}>{radios(q.id, q.label, q.options, q.required)}</div>
          : <div key={q.id}>{tf(q.id, q.label + (q.required ? ' *' : ''), { placeholder: q.placeholder })}</div>))}
        {POSTING.startAsked ? tf('inicio', 'Data de disponibilidade para início', { required: true, placeholder: 'DD/MM/AAAA' }) : null}

        <h2>Links e documentos</h2>
        {tf('linkedin', 'LinkedIn', { placeholder: 'https://linkedin.com/in/seu-perfil' })}
        {tf('portfolio', 'Portfólio ou GitHub')}
        <div>
          <Button component="label" variant="outlined" id="ct-cv-button">
            Anexar currículo *
            <input hidden type="file" id="ct-cv" name="cv" accept=".pdf,.doc,.docx" onChange={(e) => setF((s) => ({ ...s, cv: e.target.files[0] ? e.target.files[0].name : '' }))} />
          </Button>
          <span id="ct-cv-name" style={{ marginLeft: 10 }}>{f.cv || 'PDF ou DOC, até 5 MB'}</span>
        </div>
        {tf('carta', 'Carta de apresentação', { multiline: true, minRows: 4 })}
        {sel('pcd', 'Você é pessoa com deficiência (PcD)?', PCD)}
        <FormControlLabel control={<Checkbox id="ct-lgpd" name="lgpd" checked={f.lgpd} onChange={set('lgpd')} />} label="Li e aceito a Política de Privacidade e autorizo o tratamento dos meus dados (LGPD) *" />
        <FormControlLabel control={<Checkbox id="ct-alertas" name="alertas" checked={f.alertas} onChange={set('alertas')} />} label="Quero receber vagas parecidas por e-mail" />
        <Button type="submit" variant="contained" id="ct-enviar">Enviar candidatura</Button>
      </Stack>
      <pre id="model">{JSON.stringify(f, null, 2)}</pre>
    </form>
  );
}

createRoot(document.getElementById('root')).render(<App />);
