// A Paraná agro co-op's "Trabalhe conosco" application in the Kenoby-like hosted layout, on Vue 3 with
// native controls and IMask masks (celular re-masked by DDI: "(00) 00000-0000" for Brazil, digits
// elsewhere; CEP "00000-000"; CPF; dd/mm/aaaa dates). Nome completo + Nome social, a DDI select
// preset Brasil, UF list with only Brazilian states, "Ensino superior completo", a years radio group,
// CLT/PJ, PcD, currículo file and carta de apresentação. The state goes to <pre id="model">.
import { createApp, h, reactive, ref, watch, onMounted, onBeforeUnmount } from 'vue';
import IMask from 'imask';

const DDIS = [['BR', '🇧🇷 Brasil +55'], ['AR', '🇦🇷 Argentina +54'], ['PY', '🇵🇾 Paraguai +595'], ['PT', '🇵🇹 Portugal +351'], ['CA', '🇨🇦 Canadá +1'], ['US', '🇺🇸 Estados Unidos +1'], ['OT', '🌐 Outro']];
const PAISES = ['Brasil', 'Argentina', 'Canadá', 'Chile', 'Estados Unidos', 'Paraguai', 'Portugal', 'Uruguai', 'Outro'];
const UFS = ['AC', 'AL', 'AP', 'AM', 'BA', 'CE', 'DF', 'ES', 'GO', 'MA', 'MT', 'MS', 'MG', 'PA', 'PB', 'PR', 'PE', 'PI', 'RJ', 'RN', 'RS', 'RO', 'RR', 'SC', 'SP', 'SE', 'TO'];
const ESCOLARIDADE = ['Ensino médio completo', 'Ensino técnico completo', 'Ensino superior incompleto', 'Ensino superior completo', 'Pós-graduação / MBA', 'Mestrado', 'Doutorado'];
const TEMPO = ['Até 1 ano', 'De 1 a 3 anos', 'De 3 a 5 anos', 'Acima de 5 anos'];

const form = reactive({
  nomeCompleto: '', nomeSocial: '', email: '', ddi: 'BR', celular: '', cpf: '', nascimento: '', pais: 'Brasil', cep: '', uf: '', cidade: '',
  linkedin: '', escolaridade: '', instituicao: '', cargoAtual: '', empresaAtual: '', tempoExperiencia: '', pretensao: '', regime: '',
  disponibilidade: '', pcd: '', curriculo: null, carta: '', lgpd: false,
});
const enviado = ref(false);
const erro = ref('');
watch(form, (v) => { document.getElementById('model').textContent = JSON.stringify(v); }, { deep: true, immediate: true });

// An input whose value IMask owns; the model takes the masked value.
const Masked = {
  props: ['id', 'name', 'mask', 'modelKey', 'placeholder', 'type'],
  setup(props) {
    const el = ref(null);
    let im = null;
    const make = (mask) => {
      if (im) im.destroy();
      im = IMask(el.value, typeof mask === 'string' ? { mask } : mask);
      im.value = form[props.modelKey];
      im.on('accept', () => { form[props.modelKey] = im.value; });
    };
    onMounted(() => make(props.mask));
    watch(() => props.mask, (m) => { form[props.modelKey] = ''; make(m); });
    onBeforeUnmount(() => im && im.destroy());
    return () => h('input', { ref: el, id: props.id, name: props.name, type: props.type || 'text', placeholder: props.placeholder, autocomplete: 'off' });
  },
};

const bind = (key) => ({ value: form[key], onInput: (e) => (form[key] = e.target.value), onChange: (e) => (form[key] = e.target.value) });
const obr = () => h('span', { class: 'kb-obr' }, ' *');
const grupo = (id, label, control, hint, req) => h('div', { class: 'kb-group' }, [h('label', { for: id }, [label, req ? obr() : null]), control, hint ? h('div', { class: 'kb-hint' }, hint) : null]);
const sel = (id, name, key, opts, ph) => h('select', { id, name, ...bind(key) }, [ph !== undefined ? h('option', { value: '' }, ph) : null, ...opts.map((o) => (Array.isArray(o) ? h('option', { value: o[0] }, o[1]) : h('option', { value: o }, o)))]);
const radios = (qid, name, key, opts, pergunta, req) => h('div', { class: 'kb-group', role: 'radiogroup', 'aria-labelledby': qid }, [
  h('span', { class: 'kb-label', id: qid }, [pergunta, req ? obr() : null]),
  ...opts.map((o) => h('label', { class: 'kb-radio' }, [h('input', { type: 'radio', name, value: o, checked: form[key] === o, onChange: () => (form[key] = o) }), ' ' + o])),
]);

const App = {
  setup() {
    const enviar = (e) => {
      e.preventDefault();
      if (!form.nomeCompleto || !form.email || !form.curriculo) { erro.value = 'Preencha os campos obrigatórios.'; return; }
      if (!form.lgpd) { erro.value = 'É necessário concordar com o tratamento de dados (LGPD).'; return; }
      enviado.value = true;
    };
    return () => enviado.value
      ? h('div', { class: 'kb-form', id: 'kb-sucesso' }, [h('h2', 'Candidatura enviada!'), h('p', 'Obrigado por se candidatar. Acompanhe o processo pelo e-mail cadastrado.')])
      : h('form', { class: 'kb-form', id: 'kb-candidatura', onSubmit: enviar, novalidate: true }, [
        h('h2', { style: 'margin-top:0;font-size:19px' }, 'Candidate-se'),
        h('div', { class: 'kb-section' }, 'Dados pessoais'),
        grupo('kb-nome', 'Nome completo', h('input', { id: 'kb-nome', name: 'candidate.name', type: 'text', ...bind('nomeCompleto') }), null, true),
        grupo('kb-nome-social', 'Nome social', h('input', { id: 'kb-nome-social', name: 'candidate.socialName', type: 'text', ...bind('nomeSocial') }), 'Como você gostaria de ser chamado(a), caso seja diferente do nome de registro'),
        h('div', { class: 'kb-row' }, [
          grupo('kb-cpf', 'CPF', h(Masked, { id: 'kb-cpf', name: 'candidate.cpf', mask: '000.000.000-00', modelKey: 'cpf', placeholder: '000.000.000-00' })),
          grupo('kb-nascimento', 'Data de nascimento', h(Masked, { id: 'kb-nascimento', name: 'candidate.birthDate', mask: '00/00/0000', modelKey: 'nascimento', placeholder: 'dd/mm/aaaa' })),
        ]),
        h('div', { class: 'kb-section' }, 'Contato'),
        grupo('kb-email', 'E-mail', h('input', { id: 'kb-email', name: 'candidate.email', type: 'email', ...bind('email') }), null, true),
        h('div', { class: 'kb-group' }, [
          h('label', { for: 'kb-celular' }, ['Celular', obr()]),
          h('div', { class: 'kb-ddi' }, [
            sel('kb-ddi', 'candidate.phoneCountry', 'ddi', DDIS),
            h(Masked, { id: 'kb-celular', name: 'candidate.phone', type: 'tel', mask: form.ddi === 'BR' ? '(00) 00000-0000' : '000000000000000', modelKey: 'celular', placeholder: form.ddi === 'BR' ? '(43) 99999-9999' : '' }),
          ]),
          h('div', { class: 'kb-hint' }, 'Com DDD'),
        ]),
        h('div', { class: 'kb-row' }, [
          grupo('kb-pais', 'País', sel('kb-pais', 'candidate.address.country', 'pais', PAISES)),
          grupo('kb-cep', 'CEP', h(Masked, { id: 'kb-cep', name: 'candidate.address.zip', mask: '00000-000', modelKey: 'cep', placeholder: '00000-000' })),
        ]),
        h('div', { class: 'kb-row' }, [
          grupo('kb-uf', 'Estado (UF)', sel('kb-uf', 'candidate.address.state', 'uf', UFS, 'Selecione')),
          grupo('kb-cidade', 'Cidade', h('input', { id: 'kb-cidade', name: 'candidate.address.city', type: 'text', ...bind('cidade') })),
        ]),
        grupo('kb-linkedin', 'LinkedIn', h('input', { id: 'kb-linkedin', name: 'candidate.linkedin', type: 'text', placeholder: 'linkedin.com/in/seu-perfil', ...bind('linkedin') })),
        h('div', { class: 'kb-section' }, 'Formação e experiência'),
        h('div', { class: 'kb-row' }, [
          grupo('kb-escolaridade', 'Escolaridade', sel('kb-escolaridade', 'candidate.education.level', 'escolaridade', ESCOLARIDADE, 'Selecione'), null, true),
          grupo('kb-instituicao', 'Instituição de ensino', h('input', { id: 'kb-instituicao', name: 'candidate.education.school', type: 'text', ...bind('instituicao') })),
        ]),
        h('div', { class: 'kb-row' }, [
          grupo('kb-cargo', 'Cargo atual', h('input', { id: 'kb-cargo', name: 'candidate.currentRole', type: 'text', ...bind('cargoAtual') })),
          grupo('kb-empresa', 'Empresa atual', h('input', { id: 'kb-empresa', name: 'candidate.currentCompany', type: 'text', ...bind('empresaAtual') })),
        ]),
        radios('kb-q-9001', 'question_9001', 'tempoExperiencia', TEMPO, 'Quanto tempo de experiência você tem com engenharia de dados?', true),
        h('div', { class: 'kb-section' }, 'Perguntas da vaga'),
        h('div', { class: 'kb-row' }, [
          grupo('kb-q-9002', 'Pretensão salarial (R$ mensal, CLT)', h('input', { id: 'kb-q-9002', name: 'question_9002', type: 'text', inputmode: 'numeric', placeholder: 'R$', ...bind('pretensao') })),
          grupo('kb-q-9003', 'Disponibilidade para início', h(Masked, { id: 'kb-q-9003', name: 'question_9003', mask: '00/00/0000', modelKey: 'disponibilidade', placeholder: 'dd/mm/aaaa' })),
        ]),
        radios('kb-q-9004', 'question_9004', 'regime', ['CLT', 'PJ', 'Tanto faz'], 'Qual regime de contratação você prefere?'),
        radios('kb-q-9005', 'question_9005', 'pcd', ['Sim', 'Não', 'Prefiro não informar'], 'Você é uma pessoa com deficiência (PcD)?'),
        h('div', { class: 'kb-section' }, 'Documentos'),
        grupo('kb-curriculo', 'Currículo', h('input', { id: 'kb-curriculo', name: 'candidate.resume', type: 'file', accept: '.pdf,.doc,.docx', onChange: (e) => (form.curriculo = e.target.files[0] ? e.target.files[0].name : null) }), 'PDF ou Word, até 5 MB', true),
        grupo('kb-carta', 'Carta de apresentação', h('textarea', { id: 'kb-carta', name: 'candidate.coverLetter', rows: 6, ...bind('carta') })),
        h('p', { style: 'font-size:13.5px' }, [
          h('input', { type: 'checkbox', id: 'kb-lgpd', name: 'candidate.lgpdConsent', checked: form.lgpd, onChange: (e) => (form.lgpd = e.target.checked) }), ' ',
          h('label', { for: 'kb-lgpd' }, ['Li e concordo com a Política de Privacidade e autorizo o tratamento dos meus dados pessoais para fins de recrutamento, nos termos da LGPD.', obr()]),
        ]),
        erro.value ? h('p', { style: 'color:#d93f3f', role: 'alert' }, erro.value) : null,
        h('button', { type: 'submit', id: 'kb-enviar', class: 'kb-btn' }, 'Enviar candidatura'),
      ]);
  },
};

createApp(App).mount('#app');
