import { describe, expect, it } from 'vitest';
import { EVIDENCE_SCORES } from './evidence.ts';
import { field } from './field.fixture.ts';
import { FIELD_CATALOG } from './field-catalog.ts';
import { CANONICAL_FIELDS } from './canonical-fields.ts';
import { matchField } from './match-field.ts';

/** The best canonical for a field asking `label`, drawn as `tag`. */
const top = (label: string, tag: 'input' | 'select' | 'textarea' = 'input') =>
  matchField(field({ label, tag }))[0]?.canonical;

const YES_NO = [
  { value: '', text: 'Select' },
  { value: 'yes', text: 'Yes' },
  { value: 'no', text: 'No' },
];

describe('matchField', () => {
  it('sums one score per kind of evidence and lists the evidence', () => {
    const [best] = matchField(
      field({ name: 'email', id: 'applicant-email', type: 'email', label: 'Email', placeholder: 'you@example.com' }),
    );
    expect(best?.canonical).toBe('email');
    expect(best?.evidence).toEqual(['label', 'name', 'id', 'inputType']);
    expect(best?.score).toBe(
      EVIDENCE_SCORES.label + EVIDENCE_SCORES.name + EVIDENCE_SCORES.id + EVIDENCE_SCORES.inputType,
    );
  });

  it('reads pay periods under a pay question as the period, not the amount', () => {
    const periods = [
      { value: 'HOURLY', text: 'Hourly' },
      { value: 'ANNUALLY', text: 'Annually' },
    ];
    const [best] = matchField(field({ type: 'radio', name: 'pay.frequency', label: 'Desired pay', options: periods }));
    expect(best?.canonical).toBe('salary_period');
    // Radios beside the salary box, named for the pay type and labelled by nothing of their own:
    // the options speak for the period as a label would.
    const unlabelled = field({ type: 'radio', name: 'SalaryType', label: 'Annual', options: periods });
    expect(matchField(unlabelled)[0]).toMatchObject({ canonical: 'salary_period', score: 9 });
    const rate = field({ tag: 'select', type: 'select-one', label: 'Pay rate', options: periods });
    expect(matchField(rate)[0]?.canonical).toBe('salary_period');
    expect(matchField(field({ label: 'Pay rate' }))[0]?.canonical).toBe('salary_expectation');
    // A generated name and the library's stock label: the periods alone ask for one.
    const monthOrYear = [
      { value: 'month', text: 'Per month' },
      { value: 'year', text: 'Per year' },
    ];
    const bare = field({ type: 'radio', name: 'el-id-3089-297', label: 'Per month', options: monthOrYear });
    expect(matchField(bare)[0]?.canonical).toBe('salary_period');
    // "Paid" as a pick whose options load when it opens; typed, "Paid" is no period.
    expect(matchField(field({ tag: 'combobox', type: 'combobox', label: 'Paid' }))[0]?.canonical).toBe('salary_period');
    expect(matchField(field({ label: 'Paid' }))).toEqual([]);
  });

  it("reads a part captioned after the title of the person's own name or address, not after someone else's", () => {
    expect(top('Mailing address: state')).toBe('region');
    expect(top('Your name: last')).toBe('last_name');
    expect(top('Home address: ZIP code')).toBe('postal_code');
    expect(top('Mailing address State')).toBe('region');
    // A paper form's part about the job applied for: its title is the job's.
    expect(matchField(field({ label: 'Position Title', section: 'PART A — POSITION' }))).toEqual([]);
    // …and the headings around it, the next boxes' ("Salary expected"), do not stand in for it.
    const nearby = 'Title Recruitment # Salary expected (monthly)';
    expect(matchField(field({ label: 'Position Title', section: '2. POSITION', nearbyText: nearby }))).toEqual([]);
    expect(matchField(field({ label: 'Position Title', section: 'Position' }))[0]?.canonical).toBe('current_title');
    expect(top('Previous employer: phone')).toBeUndefined();
    expect(top('Your name: middle initial')).toBeUndefined();
  });

  it('reads a label past words in parentheses that name no field', () => {
    const state = field({ tag: 'select', type: 'select-one', label: 'State (US residents)' });
    expect(matchField(state)[0]?.canonical).toBe('region');
  });

  it('reads whether the person can start by a date named before the question as the start date', () => {
    const label = 'Our next onboarding cohort starts February 1, 2027. Could you start on or before that date?';
    expect(matchField(field({ tag: 'select', type: 'select-one', label, options: YES_NO }))[0]?.canonical).toBe(
      'start_date',
    );
  });

  it('leaves a box to fill only when its value differs from one asked before', () => {
    const goBy = field({
      label: 'What should the team call you?',
      hint: "Only if it's different from your legal first name",
    });
    expect(matchField(goBy)).toEqual([]);
    expect(matchField({ ...goBy, hint: '' })[0]?.canonical).toBe('first_name');
    expect(matchField({ ...goBy, hint: 'Only if it differs from your first name' })).toEqual([]);
    expect(matchField(field({ label: 'Mailing address (if different from above)' }))).toEqual([]);
  });

  it("reads the state of residence asked after the country ('U.S. state of residence', 'If you live in the U.S., which state?')", () => {
    const states = ['Please select', 'Alabama', 'California', 'Texas'].map((text) => ({ value: text, text }));
    for (const label of ['U.S. state of residence', 'If you live in the U.S., which state?'])
      expect(matchField(field({ tag: 'select', type: 'select-one', label, options: states }))[0]?.canonical).toBe(
        'region',
      );
  });

  it('reads statements ticked when true as the fact they state', () => {
    const statement = (label: string) =>
      matchField(field({ type: 'checkbox', label, options: [{ value: 'on', text: label }] }))[0]?.canonical;
    expect(statement('I have a four-year college degree')).toBe('degree');
    expect(statement('I finished a bachelor’s degree (BA, BS or similar)')).toBe('degree');
    expect(statement('I am employed right now')).toBe('currently_employed');
    expect(statement("I'm working somewhere right now")).toBe('currently_employed');
    expect(statement('I currently hold a full-time or part-time job')).toBe('currently_employed');
    const status = ['Employed full-time', 'Contracting', 'Not working right now'].map((text) => ({
      value: text,
      text,
    }));
    const label = 'What is your current employment status?';
    expect(matchField(field({ tag: 'select', type: 'select-one', label, options: status }))[0]?.canonical).toBe(
      'currently_employed',
    );
  });

  it('reads a switch captioned "Currently employed" and "Do you work there now?" in a work history as the person\'s, an entry\'s box not', () => {
    const inHistory = (label: string, section: string) =>
      matchField(field({ type: 'checkbox', label, section, hint: 'No', options: [{ value: 'on', text: label }] }))[0]
        ?.canonical;
    expect(inHistory('Currently employed', 'Work history')).toBe('currently_employed');
    expect(inHistory('Do you work there now?', 'Experience')).toBe('currently_employed');
    expect(inHistory('Currently employed here', 'Work history')).toBeUndefined();
  });

  it("leaves a past employer's part alone when its note sets the current job aside", () => {
    const employer = (sectionNote: string) =>
      matchField(field({ label: 'Employer', section: 'Previous Employment', sectionNote }))[0]?.canonical;
    expect(employer('List employers other than your current employer.')).toBeUndefined();
    expect(employer('Start with your current or most recent employer.')).toBe('current_company');
    expect(employer('Tell us about the employer you worked for before your current one.')).toBeUndefined();
    // A part titled as a past job ("Previous role", "Earlier positions #1") holds no current one.
    for (const section of ['Previous role', 'Earlier positions #1', 'Former employer'])
      expect(matchField(field({ label: 'Company', section }))).toEqual([]);
    // So is a box named for one, whatever its heading.
    expect(matchField(field({ label: 'Employer', name: 'previousJobs.0.employer' }))).toEqual([]);
  });

  it("reads a part titled with signing among other things ('Questions and Signature') as the applicant's", () => {
    const section = '5 Attachments, Questions and Signature';
    expect(matchField(field({ label: 'Phone', section }))[0]?.canonical).toBe('phone');
    expect(matchField(field({ label: 'Phone', section: 'Signature' }))).toEqual([]);
  });

  it('reads a list of currencies under a question naming nothing as the pay currency', () => {
    const options = (texts: string[]) => texts.map((text) => ({ value: text, text }));
    const paidIn = field({
      type: 'radio',
      label: 'Paid in',
      options: options(['Canadian dollars', 'Euros', 'US dollars']),
    });
    expect(matchField(paidIn)[0]?.canonical).toBe('salary_currency');
    const where = field({ type: 'radio', label: 'Based in', options: options(['Canada', 'Germany', 'United States']) });
    expect(matchField(where)[0]?.canonical).not.toBe('salary_currency');
  });

  it("reads what the label asks before what the box's identifiers name (a posting reusing its template's box)", () => {
    const top = (label: string, name: string) => matchField(field({ label, name, id: name }))[0]?.canonical;
    expect(top('Portfolio', 'website')).toBe('portfolio_url');
    expect(top('Personal website', 'portfolio')).toBe('website');
    expect(top('Website', 'website')).toBe('website');
    // A label offering either link names first the one it wants, whatever the box is named.
    expect(top('Website or Portfolio URL', 'portfolio')).toBe('website');
    expect(top('Portfolio or website', 'mg-website')).toBe('portfolio_url');
    expect(top('Site web ou portfolio', 'url')).toBe('website');
    expect(top('Site personnel / portfolio', 'url')).toBe('website');
    expect(top('Link do portfólio ou GitHub', 'link')).toBe('portfolio_url');
    expect(top('GitHub or portfolio URL', 'portfolio')).toBe('github_url');
  });

  it('leaves a box named for a preferred name, whatever its label asks', () => {
    const goBy = field({ label: 'What should we call you?', name: 'candidate[preferredName]', id: 'nick_name' });
    expect(matchField(goBy)).toEqual([]);
    expect(matchField({ ...goBy, name: 'candidate[firstName]', id: 'first' })[0]?.canonical).toBe('first_name');
  });

  it('reads a petition or a sponsorship for work authorization as sponsorship, a question kept whole', () => {
    const petition =
      'Will you now, or at any point in the future, need Helioran to file a petition or sponsor you for work authorization (such as H-1B, TN or O-1)?';
    expect(matchField(field({ type: 'radio', label: petition, options: YES_NO }))[0]?.canonical).toBe('sponsorship');
  });

  it('reads conversational wordings of the usual facts', () => {
    expect(top('When could you jump in?')).toBe('start_date');
    expect(top('Roughly how long have you been doing this kind of work?')).toBe('years_experience');
    expect(top('Who are you working for at the moment?')).toBe('current_company');
    expect(top('If yes, I am currently employed by')).toBe('current_company');
    // Whether school was finished is asked of the person; a school grid's high school row is not the degree held.
    expect(top('Do you have a high school diploma or GED?')).toBe('degree');
    expect(top('Did you graduate from high school?')).toBe('degree');
    expect(top('High School Degree')).toBeUndefined();
    expect(top('Where in the US are you located?')).toBe('region');
    expect(top('Which of our offices are within commuting distance of where you live?')).toBe('location');
    expect(top('Which clinic campuses could you commute to?')).toBe('location');
    expect(top('Which of our offices is closest to you?')).toBe('location');
    expect(top('How soon after an offer could you join us?')).toBe('start_date');
    expect(top("Bachelor's degree or higher?")).toBe('degree');
    expect(top("Highest grade you've completed")).toBe('degree');
    expect(top('Did you complete this degree or certificate?')).toBe('degree');
    expect(top('Degree or certificate')).toBe('degree');
    // A schools grid laid out by column: the college's column is the person's school.
    expect(top('Graduated? College / University')).toBe('degree');
    expect(top('Diploma / degree College / University')).toBe('degree');
    expect(top('Graduated? High School / GED')).toBeUndefined();
    expect(top("Do you have a bachelor's degree, or four years of equivalent work experience?")).toBe('degree');
    expect(top('The minimum for this role is 4 years in a data engineering position. Do you meet it?')).toBe(
      'years_experience',
    );
    expect(top('What are you looking for in base compensation?')).toBe('salary_expectation');
    expect(top('Do you need an employer to petition on your behalf to obtain or keep work authorization?')).toBe(
      'sponsorship',
    );
    expect(
      top(
        'Are you legally authorized to work in the US and will you not require employer sponsorship now or in the future?',
      ),
    ).toBe('work_authorization');
    expect(top('Which of our offices would you prefer to work from?')).toBeUndefined();
    expect(top('Are you currently employed by a state agency?')).not.toBe('current_company');
    expect(top('And a number for a quick intro call?')).toBe('phone');
    const support =
      'Do you hold, or are you waiting on, an H-1B, TN, OPT or other status that Acme would need to support?';
    expect(matchField(field({ type: 'radio', label: support, options: YES_NO }))[0]?.canonical).toBe('sponsorship');
  });

  it('reads the name asked as a question, as conversational forms ask it', () => {
    for (const label of ["What's your name?", "Hi! Let's start with your name.", 'May we have your name?'])
      expect(top(label), label).toBe('full_name');
    expect(top("What's your first name?")).toBe('first_name');
    expect(top("What's your manager's name?")).toBeUndefined();
  });

  it('reads a street lookup drawn as a combobox as the street, and no other list', () => {
    const street = (tag: 'combobox' | 'select', type: string) =>
      matchField(field({ label: 'Street address', tag, type }))[0]?.canonical;
    expect(street('combobox', 'combobox')).toBe('address_line1');
    expect(street('select', 'select-one')).toBeUndefined();
  });

  it('reads the usual facts as Dutch, Spanish, French and Brazilian tenants word them', () => {
    expect(top('Ben je wettelijk bevoegd om in de VS te werken?')).toBe('work_authorization');
    const yesNo = (label: string) => matchField(field({ label, tag: 'select', options: YES_NO }))[0]?.canonical;
    expect(yesNo('Ben je op dit moment in loondienst?')).toBe('currently_employed');
    expect(top('Gewenst bruto jaarsalaris (in USD)')).toBe('salary_expectation');
    expect(top('Retribución bruta anual deseada (en USD)')).toBe('salary_expectation');
    expect(top('Centro de estudios (universidad)')).toBe('school');
    expect(top('Titulación académica más alta')).toBe('degree');
    expect(top('Woon je momenteel in Nederland?')).toBe('country');
    expect(top('¿Reside actualmente en España?')).toBe('country');
    expect(top('Région de résidence')).toBe('region');
    expect(top('7. CITY, STATE, ZIP CODE')).toBe('location');
    expect(top('Estado onde reside')).toBe('region');
  });

  it('reads the usual facts as Italian, Dutch, Czech and Turkish pages ask them', () => {
    expect(top('Azienda attuale o ultima')).toBe('current_company');
    expect(top('Mansione / ruolo ricoperto')).toBe('current_title');
    expect(top('Disponibilità a iniziare dal')).toBe('start_date');
    expect(top('Da quanti anni progetti e gestisci pipeline di dati?', 'select')).toBe('years_experience');
    expect(top('Indirizzo di residenza')).toBe('address_line1');
    expect(top('In welke plaats woon je?')).toBe('city');
    expect(top('Huidige werkgever')).toBe('current_company');
    expect(top('Which Corvane Health location would you prefer to work from?', 'select')).toBeUndefined();
    expect(top('Per wanneer ben je beschikbaar?')).toBe('start_date');
    expect(top('Hoeveel jaar ervaring heb je met dbt?')).toBeUndefined();
    expect(top('Hoeveel jaar ervaring heb je met data engineering of analytics engineering?', 'select')).toBe(
      'years_experience',
    );
    expect(top('Délka praxe v oboru', 'select')).toBe('years_experience');
    expect(top('Nástup možný od')).toBe('start_date');
    expect(top('Motivační dopis', 'textarea')).toBe('cover_letter');
    expect(top('Write a note to Tomasz, Founder & CTO', 'textarea')).toBe('cover_letter');
    expect(top('Yaşadığınız şehir')).toBe('city');
    expect(top('Son çalıştığınız şirket')).toBe('current_company');
    expect(top('Halen bu şirkette çalışıyor musunuz?', 'select')).toBe('currently_employed');
    expect(top('Czy jesteś obecnie zatrudniony/a?', 'select')).toBe('currently_employed');
    expect(top('Sei attualmente occupato/a?', 'select')).toBe('currently_employed');
    expect(top('Od kiedy możesz rozpocząć pracę?')).toBe('start_date');
    expect(top('Rémunération annuelle brute souhaitée')).toBe('salary_expectation');
    expect(top('Localidad')).toBe('city');
    expect(top('Población')).toBe('city');
    expect(top('¿Trabaja actualmente?', 'select')).toBe('currently_employed');
    expect(top('Último grado escolar completado', 'select')).toBe('degree');
    expect(top('Poziom wykształcenia', 'select')).toBe('degree');
    expect(top('Total Years Experience')).toBe('years_experience');
    expect(top('Diploma / degree / certificate')).toBe('degree');
    expect(top('École / université (facultatif)')).toBe('school');
    expect(top('Indicatif')).toBe('phone_country_code');
    // The right to work without sponsorship, asked in Spanish, Portuguese and German.
    expect(top('¿Puedes trabajar en Estados Unidos sin necesitar patrocinio de visa?', 'select')).toBe(
      'work_authorization',
    );
    expect(top('Können Sie ohne Visa-Sponsoring in den USA arbeiten?', 'select')).toBe('work_authorization');
    expect(top('Sind Sie berechtigt, in den USA zu arbeiten?', 'select')).toBe('work_authorization');
    expect(top('¿Estás autorizado(a) legalmente para trabajar en Estados Unidos?', 'select')).toBe(
      'work_authorization',
    );
    expect(top('Aktueller beruflicher Status', 'select')).toBe('currently_employed');
    expect(top('Departamento', 'select')).toBe('region');
    // Long questions with the key words last.
    expect(top('Name of the college or university where you earned that degree')).toBe('school');
    expect(top('Which company do you currently work for?')).toBe('current_company');
    expect(
      top(
        'Thinking about all of the paid work you have done since finishing school, roughly how many years of professional experience do you have?',
      ),
    ).toBe('years_experience');
    expect(top('¿En cuánto tiempo podrías vincularte?', 'select')).toBe('start_date');
    expect(top('Endereço Rua, número e complemento')).toBe('address_line1');
    expect(top('Nível de formação', 'select')).toBe('degree');
    // A name whose resume is the object its fields belong to (`cv[genero]`) names no upload.
    expect(matchField(field({ label: 'Gênero', name: 'cv[genero]', tag: 'select' }))).toEqual([]);
    expect(top('Are you currently employed by a public agency?', 'select')).toBeUndefined();
    // A school's part: its town is the school's.
    expect(matchField(field({ label: 'City, state', section: 'High school' }))).toEqual([]);
    expect(top('Prefijo', 'select')).toBe('phone_country_code');
    expect(top('Är du anställd idag?', 'select')).toBe('currently_employed');
    expect(top('Are you currently in paid employment?', 'select')).toBe('currently_employed');
    expect(top('İşe başlayabileceğiniz tarih')).toBe('start_date');
    expect(top('Ne zaman işe başlayabilirsiniz?', 'select')).toBe('start_date');
    expect(top('Brüt yıllık ücret beklentiniz (USD)')).toBe('salary_expectation');
    expect(top('Befinden Sie sich derzeit in einem ungekündigten Arbeitsverhältnis?', 'select')).toBe(
      'currently_employed',
    );
  });

  it('reads the usual facts as Hungarian, Romanian, Finnish, Vietnamese and Thai pages ask them', () => {
    const asked: Array<[string, string, string?]> = [
      ['Vezetéknév', 'last_name'],
      ['Keresztnév', 'first_name'],
      ['Irányítószám', 'postal_code'],
      ['Település', 'city'],
      ['Utca, házszám', 'address_line1'],
      ['Legmagasabb iskolai végzettség', 'degree', 'select'],
      ['Jelenlegi beosztás', 'current_title'],
      ['Hány év szakmai tapasztalattal rendelkezik?', 'years_experience', 'select'],
      ['Legkorábbi kezdési időpont', 'start_date'],
      ['Nume', 'last_name'],
      ['Prenume', 'first_name'],
      ['Județ', 'region', 'select'],
      ['Localitate', 'city'],
      ['Angajator actual', 'current_company'],
      ['Data de la care sunteți disponibil(ă)', 'start_date'],
      ['Etunimet', 'first_name'],
      ['Postitoimipaikka', 'city'],
      ['Korkein suoritettu koulutus', 'degree', 'select'],
      ['Oletko tällä hetkellä työsuhteessa?', 'currently_employed', 'select'],
      ['Họ và tên', 'full_name'],
      ['Trình độ học vấn', 'degree', 'select'],
      ['Kinh nghiệm làm việc', 'years_experience', 'select'],
      ['Mã quốc gia', 'phone_country_code', 'select'],
      ['นามสกุล (ภาษาอังกฤษ)', 'last_name'],
      ['ตำแหน่งปัจจุบัน', 'current_title'],
      ['ประสบการณ์ทำงาน (ปี)', 'years_experience'],
      ['จังหวัดที่อยู่ปัจจุบัน', 'region', 'select'],
    ];
    expect(asked.map(([label, , tag]) => top(label, tag as 'select' | undefined))).toEqual(
      asked.map(([, canonical]) => canonical),
    );
    // Years in a line of work, asked as a share of the career or as years spent at it.
    expect(top('Roughly how much of your career has been spent on data engineering?', 'select')).toBe(
      'years_experience',
    );
    expect(top('Years spent building and operating data pipelines in production', 'select')).toBe('years_experience');
    // Years with one kind of tool are the person's to give.
    expect(top('Hány év tapasztalata van felhőplatformokkal (AWS, Azure, GCP)?', 'select')).toBeUndefined();
    // A letter's upload in Hungarian, Romanian and Finnish; a resume in Hungarian.
    expect(top('Motivációs levél', 'textarea')).toBe('cover_letter');
    expect(matchField(field({ type: 'file', label: 'Scrisoare de intenție' }))[0]?.canonical).toBe('cover_letter');
    expect(matchField(field({ type: 'file', label: 'Hakemus' }))[0]?.canonical).toBe('cover_letter');
    expect(matchField(field({ type: 'file', label: 'Önéletrajz' }))[0]?.canonical).toBe('resume_upload');
  });

  it('reads being able to work evenings and weekends as no right to work, in a question table whose radios repeat it', () => {
    const question = '3. Are you able to work occasional evening and weekend service changes?';
    const options = ['Yes', 'No'].map((answer) => ({ value: answer, text: `${question} ${answer}` }));
    expect(matchField(field({ type: 'radio', label: question, options }))).toEqual([]);
    const statements = ['I am able to work in the US for any employer', 'I need a visa'].map((text) => ({
      value: text,
      text,
    }));
    expect(matchField(field({ type: 'radio', label: 'Which applies?', options: statements }))[0]?.canonical).toBe(
      'work_authorization',
    );
  });

  it('reads the usual facts as Dutch, Swedish, Norwegian, Turkish, German, Spanish and Portuguese pages ask them', () => {
    const asked: Array<[string, string, 'select' | 'textarea' | undefined]> = [
      ['Voornaam *', 'first_name', undefined],
      ['Achternaam *', 'last_name', undefined],
      ['E-mailadres', 'email', undefined],
      ['E-postadress', 'email', undefined],
      ['Telefoonnummer *', 'phone', undefined],
      ['Straat', 'address_line1', undefined],
      ['I live at', 'address_line1', undefined],
      ['Woonplaats', 'city', undefined],
      ['Postort', 'city', undefined],
      ['Şehir / İlçe', 'city', undefined],
      ['Lärosäte', 'school', undefined],
      ['Huidige of laatste functie', 'current_title', undefined],
      ['Bij welke werkgever?', 'current_company', undefined],
      ['Hvor mange års relevant arbeidserfaring har du?', 'years_experience', 'select'],
      ['Hoeveel jaar werkervaring heb je als data engineer?', 'years_experience', 'select'],
      ['Wat is je huidige situatie?', 'currently_employed', 'select'],
      ['Sitio web o portafolio', 'website', undefined],
      ['Empresa donde laboras actualmente', 'current_company', undefined],
      ['Adresszeile 1', 'address_line1', undefined],
      ['Schule oder Universität', 'school', undefined],
      ['Sind Sie derzeit angestellt?', 'currently_employed', 'select'],
      ['Dürfen Sie ohne Einschränkungen in den USA arbeiten?', 'work_authorization', 'select'],
      [
        'Ist für Ihre Anstellung in den USA jetzt oder später eine Unterstützung bei Visum oder Arbeitserlaubnis durch uns erforderlich?',
        'sponsorship',
        'select',
      ],
      ['Será necessário que a empresa patrocine o seu visto de trabalho?', 'sponsorship', 'select'],
      ['Län', 'region', 'select'],
      ['Estado de residencia', 'region', 'select'],
      ['Distrito de residência', 'region', 'select'],
      ['Département', 'region', 'select'],
      ['Land/Region', 'country', 'select'],
      ['Province ou territoire de résidence', 'region', 'select'],
      ['Êtes-vous légalement autorisé·e à travailler aux États-Unis?', 'work_authorization', 'select'],
      ['İkamet ettiğiniz il', 'region', 'select'],
      ['Çalışma durumu', 'currently_employed', 'select'],
    ];
    expect(asked.map(([label, , tag]) => top(label, tag))).toEqual(asked.map(([, canonical]) => canonical));
    expect(matchField(field({ type: 'checkbox', label: 'Ik woon in het buitenland' }))[0]?.canonical).toBe('country');
    expect(matchField(field({ type: 'checkbox', label: 'Jeg jobber her nå' }))[0]?.canonical).toBe(
      'currently_employed',
    );
  });

  it("reads the usual facts as European Portuguese pages ask them, and Brazil's nickname as none", () => {
    const asked: Array<[string, string, 'select' | 'textarea' | undefined]> = [
      ['Nome próprio *', 'first_name', undefined],
      ['Apelido(s) *', 'last_name', undefined],
      ['Indicativo', 'phone_country_code', 'select'],
      ['Telemóvel *', 'phone', undefined],
      ['Morada', 'address_line1', undefined],
      ['Localidade', 'city', undefined],
      ['Distrito', 'region', 'select'],
      ['Habilitações literárias *', 'degree', 'select'],
      ['Função atual', 'current_title', undefined],
      ['Carta de motivação', 'cover_letter', 'textarea'],
    ];
    expect(asked.map(([label, , tag]) => top(label, tag))).toEqual(asked.map(([, canonical]) => canonical));
    expect(matchField(field({ name: 'apelido', label: 'Apelido' }))[0]?.canonical).not.toBe('last_name');
  });

  it('reads the usual facts as Slovak, Czech, Latvian, Lithuanian, Estonian, Icelandic and Chilean pages ask them', () => {
    const asked: Array<[string, string, string?]> = [
      ['Meno', 'first_name'],
      ['Priezvisko', 'last_name'],
      ['Příjmení', 'last_name'],
      ['Ulica a číslo', 'address_line1'],
      ['PSČ', 'postal_code'],
      ['Obec', 'city'],
      ['Škola', 'school'],
      ['Súčasný zamestnávateľ', 'current_company'],
      ['Súčasná pozícia', 'current_title'],
      ['Motivačný list', 'cover_letter', 'textarea'],
      ['Vārds', 'first_name'],
      ['Uzvārds', 'last_name'],
      ['Pilsēta', 'city'],
      ['Pasta indekss', 'postal_code'],
      ['Valsts', 'country'],
      ['Motivācijas vēstule', 'cover_letter', 'textarea'],
      ['Pavardė', 'last_name'],
      ['Eesnimi', 'first_name'],
      ['Kynningarbréf', 'cover_letter', 'textarea'],
      ['Disponibilidad para comenzar', 'start_date'],
    ];
    expect(asked.map(([label, , tag]) => top(label, tag as 'textarea' | undefined))).toEqual(
      asked.map(([, canonical]) => canonical),
    );
  });

  it('reads the usual facts as Greek, Ukrainian, Indonesian and Croatian pages ask them', () => {
    const asked: Array<[string, string, string?]> = [
      ['Περιφέρεια', 'region', 'select'],
      ['Ανώτατο επίπεδο σπουδών', 'degree', 'select'],
      ['Συνολική προϋπηρεσία', 'years_experience', 'select'],
      ['Έτη επαγγελματικής εμπειρίας', 'years_experience', 'select'],
      ['Країна проживання', 'country', 'select'],
      ['Посада', 'current_title'],
      ['Досвід роботи за спеціальністю', 'years_experience', 'select'],
      ['Nama Lengkap (sesuai KTP/Paspor)', 'full_name'],
      ['Kota / Kabupaten', 'city'],
      ['Pendidikan Terakhir', 'degree', 'select'],
      ['Perusahaan Saat Ini / Terakhir', 'current_company'],
      ['Jabatan', 'current_title'],
      ['Apakah Anda sedang bekerja saat ini?', 'currently_employed', 'select'],
      ['Ime', 'first_name'],
      ['Prezime', 'last_name'],
      ['Županija', 'region', 'select'],
      ['Trenutno radno mjesto', 'current_title'],
      ['Ukupno godina radnog iskustva', 'years_experience'],
      ['Mogući početak rada', 'start_date'],
    ];
    expect(asked.map(([label, , tag]) => top(label, tag as 'select' | undefined))).toEqual(
      asked.map(([, canonical]) => canonical),
    );
    expect(top('Surat Lamaran', 'textarea')).toBe('cover_letter');
    // Slovak: the years of practice and the highest education asked as questions; "Titul" is an
    // academic title, and the position wanted is no position held, whatever the boxes are named.
    expect(top('Koľko rokov praxe máte v oblasti dátovej analytiky?', 'select')).toBe('years_experience');
    expect(top('Aké je vaše najvyššie ukončené vzdelanie?', 'select')).toBe('degree');
    expect(matchField(field({ name: 'reply[title]', label: 'Titul (nepovinné)' }))).toEqual([]);
    expect(matchField(field({ name: 'title', label: 'Желаемая должность' }))).toEqual([]);
    expect(matchField(field({ name: 'title', label: 'Desired position' }))).toEqual([]);
    expect(matchField(field({ label: 'Position title applied for' }))).toEqual([]);
  });

  it('leaves a name one goes by besides the legal one to the person', () => {
    expect(matchField(field({ name: 'englishName', label: 'English name / preferred name' }))).toEqual([]);
    expect(matchField(field({ name: 'name', label: 'Name (first and last)' }))[0]?.canonical).toBe('full_name');
    const school = field({ name: 'education[institution]', label: 'Degree Granting Institution' });
    expect(matchField(school)[0]?.canonical).toBe('school');
  });

  it('reads a residential status picked from a list as where the person lives, and never types one', () => {
    const options = ['Singapore Citizen', 'Singapore PR', 'Not residing in Singapore'].map((text) => ({
      value: text,
      text,
    }));
    const status = field({ tag: 'select', type: 'select-one', label: 'Residential status *', options });
    expect(matchField(status)[0]?.canonical).toBe('location');
    expect(matchField(field({ label: 'Residency status' }))).toEqual([]);
  });

  it('reads the country worked from as where the person is, and a start asked of them beside their schooling', () => {
    const options = ['United States', 'Canada'].map((text) => ({ value: text, text }));
    const from = field({ type: 'radio', label: 'Which country will you work from? *', options });
    expect(matchField(from)[0]?.canonical).toBe('country');
    expect(matchField(field({ label: 'Country you want to work in' }))).toEqual([]);
    const start = field({
      label: 'When can you start?',
      placeholder: 'MM/DD/YYYY',
      section: 'Experience and education',
    });
    expect(matchField(start)[0]?.canonical).toBe('start_date');
    expect(matchField({ ...start, label: 'Start date', placeholder: '' })).toEqual([]);
  });

  it("reads a work history's company as a past job's in other languages too, unless it says current", () => {
    const company = field({ name: 'Experiences[0].Company', label: 'Empresa', section: 'Experiencia laboral' });
    expect(matchField(company)).toEqual([]);
    expect(matchField({ ...company, label: 'Empresa actual' })[0]?.canonical).toBe('current_company');
    expect(matchField({ ...company, section: 'Berufserfahrung', label: 'Arbeitgeber' })).toEqual([]);
  });

  it('reads "I still work here" in the current job\'s entry as being employed', () => {
    const box = field({ type: 'checkbox', label: 'I still work here', section: 'Current or most recent role' });
    expect(matchField(box)[0]?.canonical).toBe('currently_employed');
  });

  it('reads "Completed?" answered yes or no in a school\'s entry as whether its degree was finished', () => {
    const options = [
      { value: 'Yes', text: 'Yes' },
      { value: 'No, in progress', text: 'No, in progress' },
    ];
    const completed = field({ type: 'radio', label: 'Completed?', section: 'Education', options });
    expect(matchField(completed)[0]?.canonical).toBe('degree');
    // Outside a school's entry it asks something else.
    expect(matchField({ ...completed, section: 'Onboarding tasks' })).toEqual([]);
  });

  it('reads "Degree completed" as the degree, where the question id names nothing', () => {
    const name = 'job_application[answers_attributes][6][answer_selected_options_attributes][0][question_option_id]';
    expect(matchField(field({ name, tag: 'select', label: 'Degree completed *' }))[0]?.canonical).toBe('degree');
  });

  it('reads options that are pronoun sets as asking the pronouns, whatever the help above them says', () => {
    const options = ['she/her', 'he/him', 'they/them', 'something else'].map((text) => ({ value: text, text }));
    const chips = field({ type: 'radio', label: 'Optional. We’ll use them in interview notes.', options });
    expect(matchField(chips)[0]?.canonical).toBe('pronouns');
  });

  it('reads a four-year degree asked yes or no as the degree, not as a year', () => {
    const options = ['Yes, I do', 'I’m working on one', 'No'].map((text) => ({ value: text, text }));
    expect(matchField(field({ type: 'radio', label: 'Do you hold a four-year degree?', options }))[0]?.canonical).toBe(
      'degree',
    );
    expect(matchField(field({ label: 'Degree year' }))).toEqual([]);
    const held = field({ type: 'radio', label: 'Do you hold a full-time bachelor’s degree?', options });
    expect(matchField(held)[0]?.canonical).toBe('degree');
    const degrees = ['Associate degree', "Bachelor's degree", "Master's degree"].map((text) => ({ value: text, text }));
    const list = field({ type: 'checkbox', label: 'Degrees held (check all that apply)', options: degrees });
    expect(matchField(list)[0]?.canonical).toBe('degree');
    // Options that name other studies beside the degrees (a bootcamp) do not say the question alone.
    const studies = ["Associate's", "Bachelor's (BA, BS, BEng)", 'PhD', 'Bootcamp or certificate program'];
    const asked = field({
      type: 'checkbox',
      label: 'Which degrees have you completed? Select all that apply.',
      options: studies.map((text) => ({ value: text, text })),
    });
    expect(matchField(asked)[0]?.canonical).toBe('degree');
  });

  it("reads a school entry's status as whether its degree was finished", () => {
    const statuses = ['Completed', 'In Progress', 'Incomplete'].map((text) => ({ value: text, text }));
    const listed = field({
      tag: 'select',
      type: 'select-one',
      label: 'Status',
      section: 'Education 1',
      options: statuses,
    });
    expect(matchField(listed)[0]?.canonical).toBe('degree');
    // A drawn list shows no options before it is opened: its name says what it asks.
    const drawn = field({ tag: 'combobox', label: 'Degree status', section: 'Education' });
    expect(matchField(drawn)[0]?.canonical).toBe('degree');
    // Another status of the entry, or a status outside one, is not the degree's.
    const modes = ['Full-time', 'Part-time'].map((text) => ({ value: text, text }));
    expect(matchField({ ...listed, options: modes })).toEqual([]);
    expect(matchField({ ...drawn, section: 'Application' })).toEqual([]);
    // In other languages: "Graduado / En curso / Abandonado" under "Formación académica".
    const spanish = ['Graduado', 'En curso', 'Abandonado'].map((text) => ({ value: text, text }));
    const estado = field({
      tag: 'select',
      type: 'select-one',
      label: 'Estado',
      section: 'Formación académica',
      options: spanish,
    });
    expect(matchField(estado)[0]?.canonical).toBe('degree');
  });

  it('asks whether the most recent job is current with "Do you still work there?"', () => {
    const yesNo = [
      { value: 'Yes', text: 'Yes' },
      { value: 'No', text: 'No' },
    ];
    const still = field({ type: 'radio', label: 'Do you still work there?', options: yesNo });
    expect(matchField(still)[0]?.canonical).toBe('currently_employed');
  });

  it('takes the link a placeholder names under a bare "Link" label, and no employer from a question about it', () => {
    expect(matchField(field({ label: 'Link', placeholder: 'LinkedIn profile' }))[0]?.canonical).toBe('linkedin_url');
    // A box importing the profile to fill the form is a shortcut, not the profile asked.
    const importing = field({ label: 'Import from LinkedIn', placeholder: 'Paste your LinkedIn profile URL' });
    expect(matchField(importing)).toEqual([]);
    expect(matchField(field({ label: 'Link' }))[0]?.canonical).toBe('website');
    expect(matchField(field({ label: 'How much notice must you give your current employer?' }))).toEqual([]);
    expect(matchField(field({ label: 'Name of current employer' }))[0]?.canonical).toBe('current_company');
  });

  it("leaves a high school's row alone: the school and degree held are a college's", () => {
    const highSchool = field({ name: 'Education[HS][School]', label: 'School name', section: 'High school' });
    expect(matchField(highSchool)).toEqual([]);
    const college = { ...highSchool, name: 'Education[C1][School]', section: 'College or university' };
    expect(matchField(college)[0]?.canonical).toBe('school');
    expect(matchField({ ...highSchool, section: 'High school and college' })[0]?.canonical).toBe('school');
    // A schooling grid names each box by its row and column, the row first.
    const row = (name: string, label: string) => field({ name, label, section: 'Education' });
    expect(matchField(row('Education[0].Degree', 'High School Degree / Major'))).toEqual([]);
    expect(matchField(row('Education[1].Degree', 'College Degree / Major'))[0]?.canonical).toBe('degree');
  });

  it('reads the school of the highest degree as the school', () => {
    const school = field({
      name: 'question_5017',
      label: 'School or university (highest degree)',
      placeholder: 'School name',
    });
    expect(matchField(school)[0]?.canonical).toBe('school');
  });

  it('takes the place, not the street, for an "Address" whose placeholder asks for a city and state', () => {
    const place = field({ name: 'address', label: 'Address', placeholder: 'City, State (e.g. Austin, TX)' });
    expect(matchField(place)[0]?.canonical).toBe('location');
    expect(matchField(field({ name: 'address', label: 'Address' }))[0]?.canonical).toBe('address_line1');
    // A place lookup's stock prompt finds streets too (Google's "Enter a location" over a home address).
    const lookup = field({ name: 'street', label: 'Home Address', placeholder: 'Enter a location' });
    expect(matchField(lookup)[0]?.canonical).toBe('address_line1');
  });

  it("names a label's first-named link first, and leaves a self-identification form's name to the person", () => {
    expect(matchField(field({ label: 'Portfolio / personal website' }))[0]?.canonical).toBe('portfolio_url');
    expect(matchField(field({ label: 'Portfolio, GitHub or other work samples' }))[0]?.canonical).toBe('portfolio_url');
    expect(matchField(field({ label: 'GitHub or portfolio link' }))[0]?.canonical).toBe('github_url');
    expect(matchField(field({ label: 'Location (City)' }))[0]?.canonical).toBe('city');
    // Examples in parentheses say what may go in the field the words outside name.
    expect(matchField(field({ label: 'Website (Portfolio, GitHub, etc.)' }))[0]?.canonical).toBe('website');
    expect(matchField(field({ label: 'Link (e.g. GitHub)' }))[0]?.canonical).toBe('github_url');
    const signature = field({ label: 'Name', section: 'Voluntary Self-Identification of Disability (Form CC-305)' });
    expect(matchField(signature)).toEqual([]);
  });

  it("gives the currency of the pay asked for, not of the pay the person has now (India's CTC)", () => {
    const currency = (label: string) =>
      matchField(field({ tag: 'select', type: 'select-one', label, options: [{ value: 'INR', text: 'INR' }] }))[0]
        ?.canonical;
    expect(currency('Current CTC currency')).toBeUndefined();
    expect(currency('Expected CTC currency')).toBe('salary_currency');
    expect(matchField(field({ label: 'Expected CTC' }))[0]?.canonical).toBe('salary_expectation');
    expect(
      matchField(
        field({ label: 'Our budget for this role is $135,000–$175,000 base. Which is closest to your expectation?' }),
      )[0]?.canonical,
    ).toBe('salary_expectation');
  });

  it('maps a yes/no question setting a bar of years to the years of experience', () => {
    const yesNo = [
      { value: 'Yes', text: 'Yes' },
      { value: 'No', text: 'No' },
    ];
    const question = (label: string) =>
      matchField(field({ type: 'radio', name: 'q', group: 'q', label, options: yesNo }))[0]?.canonical;
    expect(question('Do you have 5 or more years of experience building data pipelines?')).toBe('years_experience');
    expect(question('Do you have at least 8 years of hands-on data engineering experience?')).toBe('years_experience');
    expect(question('Do you have at least 3 years of data engineering experience?')).toBe('years_experience');
    // A yes/no question that sets no bar asks nothing the years answer.
    expect(question('Do you have experience building data pipelines?')).toBeUndefined();
  });

  it('reads "What pay are you looking for?" as the pay expected', () => {
    expect(matchField(field({ name: 'q', label: 'What pay are you looking for?' }))[0]?.canonical).toBe(
      'salary_expectation',
    );
  });

  it('takes the link the help names under a bare "Profile URL" label', () => {
    const profile = field({ name: 'q', label: 'Profile URL', hint: 'LinkedIn or similar professional profile' });
    expect(matchField(profile)[0]?.canonical).toBe('linkedin_url');
  });

  it('reads the right to work asked in other words, and no right in a wish to work weekends', () => {
    const labels = [
      'Are you currently based in the United States and able to work there without any restrictions?',
      'Can you work for a US employer without any restrictions on your status?',
      'Do you have unrestricted work rights in the United States?',
      'Are you able to work in the US for any employer without needing visa sponsorship now or in the future?',
      'Is there any reason you would be unable to work in the United States for any employer without sponso',
      'Do you live in the US and have the right to work there?',
      'Do you have a valid permit to work in the USA?',
      'Can you, today, accept employment in the United States with any employer?',
    ];
    expect(labels.map((label) => top(label, 'select'))).toEqual(labels.map(() => 'work_authorization'));
    expect(top('Are you willing to work weekends without restrictions?', 'select')).toBeUndefined();
    expect(top('Do you need a work permit?', 'select')).toBeUndefined();
    expect(top('Do you need a permit to work in the USA?', 'select')).toBeUndefined();
    expect(top('Are you working at the moment?', 'select')).toBe('currently_employed');
  });

  it('takes only the link the help names under a bare "URL", not a personal website', () => {
    const github = field({ name: 'links.1.url', label: 'URL', nearbyText: 'URL', hint: 'GitHub' });
    expect(matchField(github).map((candidate) => candidate.canonical)).toEqual(['github_url']);
    const unnamed = field({ name: 'links.2.url', label: 'URL', nearbyText: 'URL', hint: 'Other' });
    expect(matchField(unnamed)[0]?.canonical).toBe('website');
  });

  it('answers the pay expected in a text area, not a box for comments on it', () => {
    const asked = (label: string) => matchField(field({ label, tag: 'textarea', type: 'textarea' }))[0]?.canonical;
    expect(asked('What are your annual base salary expectations (USD)?')).toBe('salary_expectation');
    expect(asked('Comments on salary (optional)')).toBeUndefined();
  });

  it('leaves a current salary to the person, whatever its box is named', () => {
    const current = field({ name: 'ctrl_CurSalary', id: 'ctrl_CurSalary', label: 'Current salary (optional)' });
    expect(matchField(current).map((c) => c.canonical)).not.toContain('salary_expectation');
  });

  it('reads statements about a visa under a question that names nothing as the sponsorship question', () => {
    const statements = field({
      type: 'radio',
      name: 'q12',
      group: 'q12',
      label: 'Select the statement that applies to you:',
      options: [
        { value: '1', text: 'I can keep working in the U.S. without any visa sponsorship from my employer.' },
        { value: '2', text: 'I need, or will later need, visa sponsorship.' },
      ],
    });
    expect(matchField(statements)[0]?.canonical).toBe('sponsorship');
  });

  it('reads statements of the right to work under a question that names nothing as the authorization question', () => {
    const statements = field({
      type: 'radio',
      name: 'q-200411',
      group: 'q-200411',
      label: 'Which statement applies to you?',
      options: [
        { value: 'a', text: 'I am authorized to work in the US for any employer' },
        { value: 'b', text: 'I am authorized to work in the US but only with visa sponsorship' },
        { value: 'c', text: 'I am not authorized to work in the US' },
      ],
    });
    expect(matchField(statements)[0]?.canonical).toBe('work_authorization');
    // One statement of the right to work beside one of needing a visa.
    const either = field({
      tag: 'select',
      type: 'select-one',
      label: 'Which describes you?',
      options: [
        { value: 'citizen_or_authorized', text: 'I am legally able to work in the U.S. for any employer' },
        { value: 'needs_sponsor', text: 'I need an employer to sponsor my work visa' },
        { value: 'other', text: 'Other / not sure' },
      ],
    });
    expect(matchField(either)[0]?.canonical).toBe('work_authorization');
  });

  it('reads a checklist of statements, one of which says a degree is held, as the degree', () => {
    const checklist = (texts: string[]) =>
      matchField(
        field({
          type: 'checkbox',
          name: 'answers[5105][]',
          group: 'answers[5105][]',
          label: 'Which of these statements are true for you? Select all that apply',
          options: texts.map((text, index) => ({ value: String(index), text })),
        }),
      )[0]?.canonical;
    expect(
      checklist([
        'I will need an employer to sponsor my work visa',
        "I have completed a bachelor's degree",
        'I hold an active security clearance',
      ]),
    ).toBe('degree');
    expect(checklist(["I am currently pursuing a bachelor's degree", 'I hold an active security clearance'])).toBe(
      undefined,
    );
    // A checklist of what describes the person names the degree alone.
    const describes = field({
      type: 'checkbox',
      label: 'Which of these describe you? Select all that apply.',
      options: ["Bachelor's degree or higher", 'Authorized to work in the US', 'AWS Certified'].map((text) => ({
        value: text,
        text,
      })),
    });
    expect(matchField(describes)[0]?.canonical).toBe('degree');
  });

  it('reads experience asked with counts of years as its options as the years of experience', () => {
    const years = (label: string, texts: string[]) =>
      matchField(
        field({
          type: 'radio',
          name: 'years',
          group: 'years',
          label,
          options: texts.map((text, index) => ({ value: String(index), text })),
        }),
      )[0]?.canonical;
    const buckets = ['0–2 years', '3–6 years', '7–10 years', '11+ years'];
    expect(years('Professional experience in analytics or data engineering', buckets)).toBe('years_experience');
    expect(years('Commercial experience as a data engineer', ['Less than 1 year', '1-3 years', '5+ years'])).toBe(
      'years_experience',
    );
    expect(years('Which level best describes your experience?', ['Junior 0–2 years', 'Senior 6–9 years'])).toBe(
      'years_experience',
    );
    expect(years('Which best describes your level?', ['Early career 0 to 2 years', 'Senior 7 to 10 years'])).toBe(
      'years_experience',
    );
    expect(years('What is your level of English?', ['Basic', 'Fluent', 'Native'])).toBeUndefined();
    // Experience at one kind of work, counted in years by its options; in a box, it asks for a description.
    expect(years('Experience designing batch and streaming data pipelines', buckets)).toBe('years_experience');
    expect(matchField(field({ label: 'Experience designing batch and streaming data pipelines' }))).toEqual([]);
    expect(
      years('Where would you place yourself?', ['Associate (0–2 yrs)', 'Senior (5–8 yrs)', 'Staff (9+ yrs)']),
    ).toBe('years_experience');
    expect(years('Seniority', ['Junior (0–2 yrs)', 'Mid (3–5 yrs)', 'Senior (6–9 yrs)', 'Staff (10+ yrs)'])).toBe(
      'years_experience',
    );
    expect(years('Seniority', ['Junior', 'Mid', 'Senior', 'Staff'])).toBeUndefined();
    // Options that count something else, or a label that asks for no experience, say nothing of it.
    expect(years('Professional experience in analytics', ['Junior', 'Mid', 'Senior'])).toBeUndefined();
    expect(years('Experience with our product', ['Under 2 weeks', '1–3 months', '6+ months'])).toBeUndefined();
    // Years with one tool or subject are the person's to answer, whatever the options count.
    expect(years('Years of experience with demand forecasting data', buckets)).toBeUndefined();
    expect(years('Professional experience with Go (Golang)', buckets)).toBeUndefined();
    expect(years('SQL Server / SSIS Experience', buckets)).toBeUndefined();
  });

  it("reads India's PIN code and a US state asked of those it applies to; a profile's headline is a pitch the person writes", () => {
    const best = (label: string) => matchField(field({ name: 'q', label }))[0]?.canonical;
    expect(best('PIN Code')).toBe('postal_code');
    expect(best('US state (if applicable)')).toBe('region');
    // The UAE's emirates and Japan's prefectures are its states.
    expect(best('Emirate')).toBe('region');
    expect(best('Prefecture')).toBe('region');
    expect(best('Headline (Optional)')).toBeUndefined();
  });

  it('leaves a box asking which visa the person holds to them, and fills one asking whether they need one', () => {
    const best = (label: string) => matchField(field({ name: 'q', label }))[0]?.canonical;
    expect(best('If you hold a visa, which subclass? (e.g. 482, 485, 500)')).toBeUndefined();
    expect(best('Visa type')).toBeUndefined();
    expect(best('Will you require visa sponsorship?')).toBe('sponsorship');
  });

  it('reads examples in parentheses beside words that name a field as no evidence of their own', () => {
    const asked = (label: string) => matchField(field({ name: 'q', label, nearbyText: label })).map((c) => c.canonical);
    expect(
      asked('Will you now or in the future require sponsorship (e.g. a work permit, LMIA or H-1B) to work here?'),
    ).toEqual(['sponsorship']);
    expect(asked('Website (Portfolio, GitHub, etc.)')).toEqual(['website']);
    // Words outside that name nothing leave the examples to say what goes there.
    expect(asked('Links (e.g. LinkedIn, GitHub)')[0]).toBe('linkedin_url');
  });

  it('reads a label written in two languages by either half', () => {
    expect(matchField(field({ label: 'Berufserfahrung / Professional experience *' }))[0]?.canonical).toBe(
      'years_experience',
    );
    expect(matchField(field({ label: 'Nachname / Last name' }))[0]?.canonical).toBe('last_name');
    // Chinese and English side by side, with no slash between.
    expect(matchField(field({ label: '地址 Address' }))[0]?.canonical).toBe('address_line1');
  });

  it('reads the question a label closes with when its lead-in rules every field out', () => {
    const zones = ['Pacific Time (PT)', 'Mountain Time (MT)', 'Eastern Time (ET)'].map((text) => ({
      value: text,
      text,
    }));
    const zone = (label: string) =>
      matchField(field({ tag: 'select', type: 'select-one', name: 'q', label, options: zones }))[0]?.canonical;
    expect(zone("Kaldera's core hours are 9am–1pm Pacific. Which time zone do you work in?")).toBe('region');
    // The hours someone would work in another zone stay the person's call, asked last or first.
    expect(zone('Which time zone are you able to work hours in?')).toBeUndefined();
    expect(zone('Which time zone are you able to work hours in? Our team is in Pacific.')).toBeUndefined();
  });

  it('reads a list captioned "Period" as the pay period, and a box captioned so as none', () => {
    const period = (tag: 'combobox' | 'input', type: string) =>
      matchField(field({ tag, type, name: 'q', label: 'Period', section: 'Salary expectation' }))[0]?.canonical;
    expect(period('combobox', 'combobox')).toBe('salary_period');
    expect(period('input', 'text')).toBeUndefined();
  });

  it('reads a list named for what the salary is per (`salary_per`) as the pay period', () => {
    const per = field({ tag: 'combobox', type: 'combobox', name: 'salary_per', label: 'Per', hint: 'per month' });
    expect(matchField(per)[0]?.canonical).toBe('salary_period');
  });

  it('reads a pay basis select as the period past its prompt option', () => {
    const basis = field({
      tag: 'select',
      type: 'select-one',
      name: 'q',
      label: 'Desired pay',
      options: [
        { value: '', text: 'Select one' },
        { value: 'H', text: 'As an hourly rate.' },
        { value: 'A', text: 'As an annual salary.' },
      ],
    });
    expect(matchField(basis)[0]?.canonical).toBe('salary_period');
  });

  it('reads a pay range select priced per hour as the pay expected, not its period', () => {
    const range = field({
      tag: 'select',
      type: 'select-one',
      name: '',
      selector: '#pay',
      placeholder: 'Expected pay range',
      options: [
        { value: '', text: 'Select' },
        { value: '1', text: '$20 - $25 / hr' },
        { value: '2', text: '$25 - $30 / hr' },
        { value: '3', text: '$30 - $35 / hr' },
        { value: '4', text: '$35+ / hr' },
      ],
    });
    const ranked = matchField(range).map((candidate) => candidate.canonical);
    expect(ranked[0]).toBe('salary_expectation');
    expect(ranked).not.toContain('salary_period');
  });

  it('reads "Years as a data engineer" as the years of experience', () => {
    expect(matchField(field({ name: 'q', label: 'Years as a data engineer' }))[0]?.canonical).toBe('years_experience');
    expect(matchField(field({ name: 'q', label: 'Years as an analyst' }))[0]?.canonical).toBe('years_experience');
    const inLine = field({
      name: 'relevantExp',
      type: 'number',
      label: 'Relevant Experience in Data Engineering (years) *',
    });
    expect(matchField(inLine)[0]?.canonical).toBe('years_experience');
  });

  it('reads how supplemental questions and academic forms ask', () => {
    expect(top('How soon could you start?')).toBe('start_date');
    expect(top('How soon are you available?')).toBe('start_date');
    expect(top('Total years in data roles')).toBe('years_experience');
    expect(top('Earliest availability *')).toBe('start_date');
    expect(top('Earliest availability for an interview')).toBeUndefined();
    expect(top('Expected Date of Joining')).toBe('start_date');
    expect(top('Is that figure hourly or annual?', 'select')).toBe('salary_period');
    expect(top('Which time zone are you currently working in?', 'select')).toBe('region');
    expect(top('Which degree have you earned?', 'select')).toBe('degree');
    expect(top('Which best describes your experience building data pipelines?', 'select')).toBe('years_experience');
    expect(top('Current Institution / Employer')).toBe('current_company');
    expect(top('Degree Institution')).toBe('school');
    expect(top('Undergraduate institution')).toBe('school');
    expect(top('Hochschule / Universität')).toBe('school');
    expect(top('École / Université')).toBe('school');
    expect(top('Institución donde estudiaste')).toBe('school');
    expect(top('School you graduated from')).toBe('school');
    expect(top('Graduation date')).toBeUndefined();
    expect(top('What is the highest level of school you have completed?', 'select')).toBe('degree');
    expect(top('Which best describes your education?', 'select')).toBe('degree');
    expect(top('Esperienza lavorativa complessiva', 'select')).toBe('years_experience');
    expect(top('포트폴리오 링크')).toBe('portfolio_url');
    const graduate = (label: string) => matchField(field({ type: 'checkbox', label }))[0]?.canonical;
    expect(graduate('I am a university graduate (BSc / BA or above)')).toBe('degree');
    expect(graduate('I am a recent university graduate')).toBeUndefined();
    expect(top('How long have you built data pipelines professionally?', 'select')).toBe('years_experience');
    expect(top('Do you currently work somewhere?', 'select')).toBe('currently_employed');
    expect(top('¿Actualmente estás trabajando?', 'select')).toBe('currently_employed');
    expect(
      top('Years of progressively responsible data engineering or database development experience', 'select'),
    ).toBe('years_experience');
    expect(top('Hochschulabschluss')).toBe('degree');
    expect(top('Month you graduated (highest degree)')).toBeUndefined();
    expect(top('Educational qualification (highest)', 'select')).toBe('degree');
    expect(top('Province or state', 'select')).toBe('region');
    expect(top('Search the district website')).toBeUndefined();
    expect(top('Month you could start')).toBe('start_date');
    expect(top('Which company?')).toBe('current_company');
    expect(top("Where do you work now, and what's your title?")).toBe('current_company');
    expect(top("What's your current employment situation?", 'select')).toBe('currently_employed');
    expect(top('How is that figure expressed?', 'select')).toBe('salary_period');
    expect(top('How much hands-on data engineering experience do you bring?', 'select')).toBe('years_experience');
    expect(top('Which company referred you?')).toBeUndefined();
    expect(top('Province / State / Region', 'select')).toBe('region');
    expect(top('Which state do you live in today?', 'select')).toBe('region');
    expect(top('I graduated')).toBe('degree');
    expect(top('How many years of data engineering experience do you have? * Full-time, post-degree.')).toBe(
      'years_experience',
    );
    expect(top('Do you live in the United States?', 'select')).toBe('country');
    expect(top('Which region of the US do you live in?', 'select')).toBe('region');
    expect(top('Which of these metro areas do you currently live in or near?', 'select')).toBe('location');
    // A preference is no place the person lives, whatever its placeholder says.
    expect(matchField(field({ label: 'Preferred work location', placeholder: 'City, state' }))).toEqual([]);
    expect(top('Which U.S. region do you live in?', 'select')).toBe('region');
    expect(top('Are you currently a resident of the State of California?', 'select')).toBe('country');
    expect(top('Are you a permanent resident of the United States?', 'select')).not.toBe('country');
    for (const asked of [
      'Você reside atualmente nos Estados Unidos?',
      'Wohnen Sie derzeit in den USA?',
      'Résidez-vous actuellement aux États-Unis ?',
      'Risiede attualmente negli Stati Uniti?',
    ])
      expect(top(asked, 'select')).toBe('country');
    expect(top('Expected annual CTC in USD')).toBe('salary_expectation');
    expect(top('Current CTC in USD (fixed + variable)')).toBeUndefined();
    expect(top('When did you complete your highest degree?')).toBeUndefined();
  });

  it("reads a work history's first entry as the current job when the heading's aside says it comes first", () => {
    const inHistory = (section: string) =>
      matchField(field({ label: 'Employer', name: 'WorkExperience[0].Employer', section }))[0]?.canonical;
    expect(inHistory('Work Experience (start with your current or most recent job)')).toBe('current_company');
    expect(inHistory('Work Experience')).toBeUndefined();
  });

  it('reads a part titled as the latest position as the current job, whose pay is what the person earns now', () => {
    const latest = (label: string) => matchField(field({ label, section: 'Latest Position' }))[0]?.canonical;
    expect([latest('Job Title'), latest('Company Name')]).toEqual(['current_title', 'current_company']);
    expect([latest('Monthly Salary'), latest('Monthly Salary Currency')]).toEqual([undefined, undefined]);
    // The entry's number first, the job held now after it.
    const first = (label: string) =>
      matchField(field({ label, section: 'Work Experience 1 — Current or Most Recent Employer' }))[0]?.canonical;
    expect([first('Job Title'), first('Employer')]).toEqual(['current_title', 'current_company']);
    const second = (label: string) =>
      matchField(field({ label, section: 'Work Experience 2 — Previous Employer' }))[0]?.canonical;
    expect(second('Employer')).toBeUndefined();
    // A history's "most recent role" further in may be a past one.
    expect(matchField(field({ label: 'Company name', section: 'Career history: most recent role' }))).toEqual([]);
  });

  it("reads a history's numbered entries: the first is the job held now, its place and the others' fields are left", () => {
    const inEntry = (label: string, section: string, options: typeof YES_NO = []) =>
      matchField(field({ label, section, ...(options.length > 0 ? { tag: 'select', options } : {}) }))[0]?.canonical;
    expect([inEntry('Employer name', 'Employer 1'), inEntry('Position title', 'Employer 1')]).toEqual([
      'current_company',
      'current_title',
    ]);
    expect(inEntry('Is this your current employer?', 'Employer 1', YES_NO)).toBe('currently_employed');
    // Taleo's name for the title held there.
    expect(inEntry('Job Function', 'Employer 1')).toBe('current_title');
    expect(inEntry('City/State', 'Employer 1')).toBeUndefined();
    // The entry's number, then the words that make it the job held now.
    expect(inEntry('Company Name', 'Employer 1 — Current or Most Recent')).toBe('current_company');
    expect(inEntry('Company Name', 'Employer 12')).toBeUndefined();
    // A part of both the jobs and the schools asks the job held now too.
    expect(inEntry('Where do you work now (or where did you work last)?', 'Experience & school')).toBe(
      'current_company',
    );
    expect(inEntry('What do (did) you do there?', 'Experience & school')).toBe('current_title');
    // A list of reasons for leaving the job held now, which offers "Still employed here"; no box, no past job's list.
    const reasons = ['Still employed here', 'Laid off', 'Better opportunity'].map((text) => ({ value: text, text }));
    expect(inEntry('Reason for leaving', 'Job 1 (most recent)', reasons)).toBe('currently_employed');
    expect(inEntry('Reason for leaving', 'Job 2', reasons)).toBeUndefined();
    expect(inEntry('Reason for leaving', 'Job 1 (most recent)')).toBeUndefined();
    expect([inEntry('Employer name', 'Employer 2'), inEntry('Position title', 'Position 3')]).toEqual([
      undefined,
      undefined,
    ]);
    // A past job's pay is no pay wanted, nor its period.
    expect(inEntry('Ending salary', 'Position 1')).toBeUndefined();
    const periods = ['per hour', 'per week', 'per year'].map((text) => ({ value: text, text }));
    expect(inEntry('Pay is', 'Employer 1 — current or most recent', periods)).toBeUndefined();
    expect(inEntry('Pay is', 'Desired pay', periods)).toBe('salary_period');
  });

  it("reads a sign-in step's email as the person's, and a signature's name as no field", () => {
    const signIn = field({ label: 'Email address', type: 'email', section: 'Sign in or create an account to apply' });
    expect(matchField(signIn)[0]?.canonical).toBe('email');
    expect(matchField(field({ label: 'Full name', section: 'Sign and submit' }))).toEqual([]);
  });

  it("reads a date named for a job's entry as that job's, not the day the person can start", () => {
    expect(matchField(field({ label: 'From', name: 'experience[0].startDate', placeholder: 'MM/YYYY' }))).toEqual([]);
    expect(matchField(field({ label: 'Earliest start date', name: 'startDate' }))[0]?.canonical).toBe('start_date');
  });

  it('reads a number to reach the person as the phone, and a school by its name, not its type', () => {
    expect(top('Best number to reach you')).toBe('phone');
    expect(top('Number where we can reach you')).toBe('phone');
    expect(top('School type', 'select')).toBeUndefined();
    expect(top('School name')).toBe('school');
  });

  it('reads questions asked in Chinese, Slovak, Czech, Polish, Norwegian, German and Spanish', () => {
    expect(top('英文姓名')).toBe('full_name');
    expect(top('國家／地區', 'select')).toBe('country');
    expect(top('Štát', 'select')).toBe('country');
    expect(top('居住縣市', 'select')).toBe('region');
    expect(top('最高學歷', 'select')).toBe('degree');
    expect(top('Nejvyšší dosažené vzdělání', 'select')).toBe('degree');
    expect(top('總工作經驗', 'select')).toBe('years_experience');
    expect(top('Ile lat doświadczenia komercyjnego posiadasz?')).toBe('years_experience');
    expect(top('Kedy môžete nastúpiť?')).toBe('start_date');
    expect(top('Hvem er arbeidsgiveren din i dag?')).toBe('current_company');
    expect(top('Hvilken tittel har du der?')).toBe('current_title');
    expect(top('Bei welchem Unternehmen bist du aktuell tätig?')).toBe('current_company');
    expect(top('Berufserfahrung insgesamt (in Jahren)')).toBe('years_experience');
    expect(top('Expérience professionnelle totale')).toBe('years_experience');
    expect(top("What's your title at your current company?")).toBe('current_title');
    expect(top('What are you hoping to make?')).toBe('salary_expectation');
    expect(top('Which metro area?', 'select')).toBe('location');
    expect(top('If hired, can you provide documents proving you may work in the United States?', 'select')).toBe(
      'work_authorization',
    );
    expect(top('Ab wann könntest du bei uns anfangen?')).toBe('start_date');
    expect(top('¿En qué fecha podrías empezar?')).toBe('start_date');
    expect(top('Dirección de residencia')).toBe('address_line1');
    expect(top('Expectativa salarial anual (USD)')).toBe('salary_expectation');
    expect(top('Where do you work now?')).toBe('current_company');
    expect(top('Can you work for any US employer without restrictions?', 'select')).toBe('work_authorization');
    expect(top('Where do you work from?')).toBeUndefined();
    expect(top('Are you working somewhere at the moment?', 'select')).toBe('currently_employed');
    expect(top('¿En qué zona horaria trabajas?', 'select')).toBe('region');
    expect(top('Fecha en que podrías empezar')).toBe('start_date');
    expect(top('¿Tienes autorización para trabajar en Estados Unidos?', 'select')).toBe('work_authorization');
    expect(top('Possui autorização para trabalhar nos Estados Unidos?', 'select')).toBe('work_authorization');
    expect(top('Haben Sie eine Arbeitserlaubnis für die USA?', 'select')).toBe('work_authorization');
    expect(top('Residential Address')).toBe('address_line1');
    expect(top('List previous addresses for the past 3 years (street, city, state, zip)', 'textarea')).toBe(undefined);
    expect(top('Which month could you start?', 'select')).toBe('start_date');
    expect(top('This role is fully remote. Which US state would you be working from?')).toBe('region');
    expect(top('Which province or territory do you live in?', 'select')).toBe('region');
    // The residence half of a nationality question is the person's to give.
    expect(top('Nationality / Country of residence', 'select')).toBe('country');
    expect(top('Nationality', 'select')).toBeUndefined();
    // Workday's state list while the country is still Canada.
    expect(top('Province or Territory', 'select')).toBe('region');
    const roles = ['Backend Engineer', 'Data Engineer', 'Designer'].map((text) => ({ value: text, text }));
    const asSelect = (label: string, options = roles) =>
      matchField(field({ label, tag: 'select', type: 'select-one', options }))[0]?.canonical;
    expect(asSelect('Primary role')).toBe('current_title');
    expect(asSelect('Current role')).toBe('current_title');
    expect(
      asSelect(
        'Title',
        ['Mr', 'Ms', 'Dr'].map((text) => ({ value: text, text })),
      ),
    ).toBeUndefined();
    expect(top('What is your desired annual base salary? Please include the currency (e.g. 85,000 USD).')).toBe(
      'salary_expectation',
    );
    // An academic title before the name ("Titul": Bc., Ing.) is no job title.
    expect(matchField(field({ label: 'Titul', name: 'reply[degree_title]' }))[0]?.canonical).not.toBe('current_title');
    expect(matchField(field({ label: 'Titul (nepovinné)', name: 'reply[title]' }))).toEqual([]);
  });

  it('reads Arabic and Hebrew labels: years, education, the country code, a cover letter', () => {
    expect(top('سنوات الخبرة', 'select')).toBe('years_experience');
    expect(top('المستوى التعليمي', 'select')).toBe('degree');
    expect(top('رمز الدولة', 'select')).toBe('phone_country_code');
    expect(top('שנות ניסיון רלוונטי', 'select')).toBe('years_experience');
    expect(top('השכלה', 'select')).toBe('degree');
    expect(top('מכתב מקדים', 'textarea')).toBe('cover_letter');
    expect(top('זמינות לתחילת עבודה', 'select')).toBe('start_date');
  });

  it('reads a question for the state the person lives in as the region', () => {
    const top = (label: string) => matchField(field({ name: 'questions[4]', tag: 'select', label }))[0]?.canonical;
    expect(top('In which state do you currently reside? *')).toBe('region');
    expect(top('What state do you live in?')).toBe('region');
    expect(top('State of residence')).toBe('region');
    // The states the employer hires in, one of which the person lives in.
    expect(top('Which of our hiring states do you live in? *')).toBe('region');
    expect(top('Which of these states are you licensed in?')).toBeUndefined();
  });

  it('reads years of a line of work named alone as the years, and years of age or service as none', () => {
    const top = (label: string) => matchField(field({ name: 'q', label }))[0]?.canonical;
    expect(top('Years of hands-on data engineering *')).toBe('years_experience');
    expect(top('Years of service')).toBeUndefined();
    expect(top('Year of graduation')).not.toBe('years_experience');
  });

  it('reads a question whether the person can start by a date as the start date', () => {
    const yesNo = [
      { value: 'y', text: 'Yes' },
      { value: 'n', text: 'No' },
    ];
    const top = (label: string) => matchField(field({ type: 'radio', label, options: yesNo }))[0]?.canonical;
    expect(top('Are you available to start on or before February 1, 2027?')).toBe('start_date');
  });

  it("reads no visa question in a job's sponsors", () => {
    const top = (label: string) => matchField(field({ name: 'q_travel', type: 'radio', label }))[0]?.canonical;
    expect(top('This role travels to trial sponsors up to 10% of the time. Are you able to travel?')).toBeUndefined();
    expect(top('Will you require visa sponsorship?')).toBe('sponsorship');
    expect(top('Will you need an employer that sponsors your visa?')).toBe('sponsorship');
  });

  it('reads no visa question in Visa the card network', () => {
    const top = (label: string) => matchField(field({ name: 'q_cards', type: 'radio', label }))[0]?.canonical;
    expect(
      top('Have you worked with card-network settlement files (e.g. Visa Base II, Mastercard IPM)?'),
    ).toBeUndefined();
    expect(top('Have you built integrations with Visa Direct?')).toBeUndefined();
    expect(top('Do you need a visa to work in Ireland?')).toBe('sponsorship');
  });

  it('ranks candidates best first', () => {
    const ranked = matchField(field({ name: 'sponsorship', label: 'Work authorization and sponsorship' }));
    expect(ranked.map((c) => c.canonical)).toEqual(['sponsorship', 'work_authorization']);
    expect(ranked[0]!.score).toBeGreaterThan(ranked[1]!.score);
  });

  it('reads a location label that names the city as the city, even against a location name', () => {
    const ranked = matchField(field({ name: 'job_application[location]', label: 'Location (City)' }));
    expect(ranked.map((c) => [c.canonical, c.score])).toEqual([
      ['city', EVIDENCE_SCORES.label],
      ['location', EVIDENCE_SCORES.name],
    ]);
  });

  it('reads a question for the city and state a person lives in as the location, not one for the office they want', () => {
    const named = (label: string) => matchField(field({ name: 'q_03', label }))[0]?.canonical;
    expect(named('Which city and state do you live in?')).toBe('location');
    expect(named('What city & state are you located in?')).toBe('location');
    // Asked with the shape it wants: the place, not its city or its country alone.
    expect(named('Where do you currently live? (city, country)')).toBe('location');
    expect(named('City and country of residence')).toBe('location');
    expect(named('Which metro area do you live in?')).toBe('location');
    expect(named('Which metro area are you closest to today?')).toBe('location');
    expect(named('Which location are you applying for?')).toBeUndefined();
    expect(named('Which of our offices would you prefer?')).toBeUndefined();
    // A follow-up to an answer asks a place of that answer's.
    expect(named('If yes, please list the location and dates.')).toBeUndefined();
  });

  it("takes no entry from a field's name or type when its label asks for something else", () => {
    expect(matchField(field({ id: 'Employment_StartDate', label: 'Date started' }))).toEqual([]);
    expect(matchField(field({ name: 'email', type: 'email', label: "Your friend's email" }))).toEqual([]);
    // Words in parentheses qualify the label: "(highest degree)" rules no school out.
    expect(
      matchField(
        field({
          name: 'Education.School',
          id: 'Education_School',
          label: 'Name of college or university (highest degree)',
        }),
      )[0],
    ).toMatchObject({ canonical: 'school' });
  });

  it('breaks ties between text candidates by catalog order (website before portfolio)', () => {
    const ranked = matchField(field({ name: 'q7', label: 'Website, Blog, or Portfolio' }));
    expect(ranked.map((c) => c.canonical)).toEqual(['website', 'portfolio_url']);
  });

  it('leaves past employers, referees and signatures to the person', () => {
    expect(matchField(field({ name: 'company', label: 'Company', section: 'Work Experience 1' }))).toEqual([]);
    expect(
      matchField(field({ name: 'company', label: 'Current company', section: 'Employment history' }))[0]?.canonical,
    ).toBe('current_company');
    // A pay wanted or the earliest start looks ahead: no past job asks it, whatever part it is in.
    const ahead = (label: string) => matchField(field({ label, section: 'Work Experience' }))[0]?.canonical;
    expect(ahead('Desired Annual Salary')).toBe('salary_expectation');
    expect(ahead('Earliest Available Start Date')).toBe('start_date');
    expect(ahead('Start date')).toBeUndefined();
    expect(ahead('Salary')).toBeUndefined();
    // No past job has a degree: one asked after the job entries, under their heading, is the person's.
    expect(ahead('Highest degree')).toBe('degree');
    // Nor a GitHub or a portfolio; a website may be the employer's.
    expect(ahead('Portfolio / GitHub')).toBe('portfolio_url');
    expect(ahead('Website')).toBeUndefined();
    expect(ahead('Personal Website')).toBe('website');
    expect(matchField(field({ label: 'Degree', section: 'Professional references' }))).toEqual([]);
    // An entry titled by its number and what it holds: its phone and address are the employer's.
    const entry = (label: string) =>
      matchField(field({ label, section: 'EMPLOYER 1 (Current or Most Recent)' }))[0]?.canonical;
    expect([entry('Phone:'), entry('Address:'), entry('Employer:')]).toEqual([undefined, undefined, 'current_company']);
    expect(matchField(field({ label: 'Current / Last Employer:' }))[0]?.canonical).toBe('current_company');
    // Nor a LinkedIn profile, nor the question whether the person works now, asked in German.
    const werdegang = (label: string, extra = {}) =>
      matchField(field({ label, section: 'Beruflicher Werdegang', ...extra }))[0]?.canonical;
    expect(werdegang('LinkedIn-Profil')).toBe('linkedin_url');
    const yesNo = { tag: 'select', type: 'select-one', options: ['Ja', 'Nein'].map((text) => ({ value: text, text })) };
    expect(werdegang('Befinden Sie sich derzeit in einem Arbeitsverhältnis?', yesNo)).toBe('currently_employed');
    // A question titled by a heading of its own is not inside a "professional experience" part.
    const titled = 'Years of professional experience';
    expect(matchField(field({ label: titled, section: titled }))[0]?.canonical).toBe('years_experience');
    expect(matchField(field({ name: 'name', label: 'Name', section: 'Referred by' }))).toEqual([]);
    expect(matchField(field({ name: 'sig', label: 'Signature (type your full name)' }))).toEqual([]);
    // Workday's disability form (CC-305) asks the name as its signature line.
    expect(matchField(field({ label: 'Name', section: 'Self Identify' }))).toEqual([]);
    // The dates of the current role ask when, not what.
    expect(matchField(field({ label: 'Current role dates' }))).toEqual([]);
    expect(matchField(field({ label: 'Current role: start and end month' }))).toEqual([]);
    expect(matchField(field({ name: 'school', label: 'School', section: 'Education' }))[0]?.canonical).toBe('school');
    expect(matchField(field({ name: 'city', label: 'City', section: 'Education' }))).toEqual([]);
    // A question put to the person about where they are now is theirs, under whatever part.
    const based = field({ label: 'Are you currently based in the San Francisco Bay Area?', section: 'Education' });
    expect(matchField(based)[0]?.canonical).toBe('country');
    // An education entry's dates under their own legend are still the school's (Greenhouse's MM / YYYY).
    const schoolStart = { name: 'job_application[educations][][start_date][month]', section: 'Start Date' };
    expect(matchField(field({ ...schoolStart, label: 'Start Date Month' }))).toEqual([]);
    // "Estado" of a school's entry is the studies' state, not a region.
    expect(matchField(field({ label: 'Estado', section: 'Formación académica' }))).toEqual([]);
  });

  it('drops evidence that matches a negative pattern', () => {
    expect(matchField(field({ name: 'referrer_email', label: 'Referrer email' }))).toEqual([]);
    // "Country code" is the phone's dial code, never the country.
    expect(matchField(field({ name: 'phone_country_code', label: 'Country code' })).map((c) => c.canonical)).toEqual([
      'phone_country_code',
    ]);
  });

  it('only offers canonicals that can fill the field kind', () => {
    expect(matchField(field({ name: 'resume_text', tag: 'textarea', type: 'textarea', label: 'Resume' }))).toEqual([]);
    expect(matchField(field({ name: 'resume', type: 'file', label: 'Resume' }))[0]?.canonical).toBe('resume_upload');
    expect(matchField(field({ name: 'email', type: 'password', label: 'Email' }))).toEqual([]);
  });

  it("reads one upload for the resume and the cover letter as the resume's, a cover letter's alone as the letter's", () => {
    const upload = (label: string) => matchField(field({ name: 'f', type: 'file', label }))[0]?.canonical;
    expect(upload('Resume & cover letter')).toBe('resume_upload');
    expect(upload('Cover letter')).toBe('cover_letter');
    expect(upload('Cover letter (in addition to your resume)')).toBe('cover_letter');
  });

  it('returns nothing for a field with no clue', () => {
    expect(matchField(field({ name: 'cards[abc][field3]', id: 'input-31' }))).toEqual([]);
  });
});

describe('FIELD_CATALOG', () => {
  it('has one entry per canonical field', () => {
    expect(FIELD_CATALOG.map((e) => e.canonical).sort()).toEqual([...CANONICAL_FIELDS].sort());
  });

  it('matches each canonical from a plain English label', () => {
    const labels: Record<(typeof CANONICAL_FIELDS)[number], Parameters<typeof field>[0]> = {
      first_name: { label: 'First name' },
      last_name: { label: 'Last name' },
      full_name: { label: 'Full name' },
      email: { label: 'Email address' },
      phone: { label: 'Phone number' },
      phone_country_code: { label: 'Country code', tag: 'select', type: 'select-one' },
      address_line1: { label: 'Street address' },
      region: { label: 'State / Province' },
      postal_code: { label: 'ZIP code' },
      city: { label: 'City' },
      location: { label: 'Where are you based?' },
      country: { label: 'Country' },
      linkedin_url: { label: 'LinkedIn profile' },
      github_url: { label: 'GitHub' },
      portfolio_url: { label: 'Portfolio link' },
      website: { label: 'Personal website' },
      current_company: { label: 'Current employer' },
      current_title: { label: 'Current job title' },
      years_experience: { label: 'How many years of experience do you have?' },
      salary_expectation: { label: 'Salary expectations' },
      salary_currency: { label: 'Currency', tag: 'select', type: 'select-one' },
      salary_period: { label: 'Pay period', tag: 'select', type: 'select-one' },
      start_date: { label: 'When can you start?' },
      work_authorization: { label: 'Are you eligible to work in the UK?' },
      sponsorship: { label: 'Do you need visa sponsorship?' },
      currently_employed: { label: 'Are you currently employed?', tag: 'select', type: 'select-one' },
      pronouns: { label: 'Pronouns' },
      school: { label: 'School' },
      degree: { label: 'Degree', tag: 'select', type: 'select-one' },
      cover_letter: { label: 'Cover letter', tag: 'textarea', type: 'textarea' },
      resume_upload: { label: 'Résumé', type: 'file' },
    };
    for (const canonical of CANONICAL_FIELDS) {
      expect(matchField(field({ name: 'q', ...labels[canonical] }))[0]?.canonical, canonical).toBe(canonical);
    }
  });
});

describe('questions that name two answers', () => {
  const best = (label: string) =>
    matchField(field({ name: 'q', label, tag: 'select', type: 'select-one', options: YES_NO }))[0]?.canonical;

  it('reads needing a permit as needing sponsorship, and working without sponsorship as authorization', () => {
    expect(best('Do you need a work permit or visa sponsorship to work in the US?')).toBe('sponsorship');
    expect(best('Are you legally authorized to work in the US without requiring visa sponsorship?')).toBe(
      'work_authorization',
    );
  });

  it('reads working without the need for sponsorship, and whether one can legally work, as authorization', () => {
    expect(best('Are you authorized to work in the US without the need for employer sponsorship?')).toBe(
      'work_authorization',
    );
    expect(best('Can you work in the US without employer sponsorship')).toBe('work_authorization');
    expect(best('Can you legally work in the U.S.?')).toBe('work_authorization');
    expect(best('Work eligibility')).toBe('work_authorization');
    expect(best('US work eligibility *')).toBe('work_authorization');
    expect(best('Your US work eligibility')).toBe('work_authorization');
    expect(best('Work eligibility for this role')).toBe('work_authorization');
    expect(best('Employment eligibility status')).toBe('work_authorization');
    // A work status in a country is the right to work there; a work status alone may be employment.
    expect(best('Work status in the US')).toBe('work_authorization');
    expect(best('US work status')).toBe('work_authorization');
    expect(best('Current work status')).toBeUndefined();
  });

  it('reads the many ways employers ask the right to work, and sponsorship as an immigration case', () => {
    for (const question of [
      'Are you authorized to accept employment in the United States?',
      'Are you able to lawfully work in the U.S.?',
      'Are you eligible to be employed in the United States with no restrictions?',
      'Are you free to work in the U.S. for any employer?',
      'Can you lawfully take a job with Ardentis in the United States?',
      'Do you currently have the legal right to take up employment in the United States?',
      'Can you work for Routewise in the United States?',
      'Could you take this job without Marrowstone filing any immigration paperwork for you?',
    ])
      expect(best(question), question).toBe('work_authorization');
    expect(best('Would you need us to support an immigration case for you (H-1B, TN, O-1)?')).toBe('sponsorship');
    expect(best('Immigration status')).toBe('sponsorship');
  });

  it('reads other wordings of the years, the pay, the start, the current job', () => {
    const best = (label: string) => matchField(field({ name: 'q', label }))[0]?.canonical;
    expect(best('How long have you worked as a data or analytics engineer?')).toBe('years_experience');
    expect(best('Years Experience')).toBe('years_experience');
    expect(best('Months of professional experience in data engineering')).toBe('years_experience');
    expect(best('Annual base pay you are seeking (USD)')).toBe('salary_expectation');
    expect(best('Soonest you could join')).toBe('start_date');
    expect(best('Earliest available date (MM/DD/YYYY)')).toBe('start_date');
    expect(best('Who do you work for now?')).toBe('current_company');
    expect(best('Your role there')).toBe('current_title');
    expect(best('Highest level of schooling completed')).toBe('degree');
    expect(best('Education - highest level achieved')).toBe('degree');
  });

  it('reads the pay, the start, the degree and the current job asked in words of their own', () => {
    const best = (label: string) => matchField(field({ name: 'q', label }))[0]?.canonical;
    for (const [label, canonical] of [
      ['Annual base pay you are targeting (USD)', 'salary_expectation'],
      ['What base pay are you looking for?', 'salary_expectation'],
      ['What annual base pay would you expect in this role (USD)?', 'salary_expectation'],
      ['When would you be able to begin work?', 'start_date'],
      ['On what date could you begin?', 'start_date'],
      ['Available Month', 'start_date'],
      ['Most advanced degree you have earned', 'degree'],
      ['Degree level attained', 'degree'],
      ['What is your highest level of completed education?', 'degree'],
      ['Furthest you have gone in school', 'degree'],
      ['Education completed', 'degree'],
      ['Schooling', 'degree'],
      ['Start month', 'start_date'],
      ['Which metro area are you in?', 'location'],
      ['Which District office is nearest to where you live?', 'location'],
      ['Which level best matches your experience?', 'years_experience'],
      ['Which employer are you with at the moment?', 'current_company'],
      ['Present or last employer', 'current_company'],
      ['Immigration assistance required', 'sponsorship'],
      ['Do you have the legal right to live and work in the United States?', 'work_authorization'],
      ['Are you presently permitted to take paid work in the U.S.?', 'work_authorization'],
      ['Will you need an employer to petition for an H-1B, L-1, TN or O-1 on your behalf to work here?', 'sponsorship'],
      ['Total years working in data or software roles', 'years_experience'],
      ['Will you require Northshore Mutual to support a work permit or visa application for this role?', 'sponsorship'],
      ['Your Title', 'current_title'],
      ['Credential', 'degree'],
      ['Years of professional data engineering or GIS experience', 'years_experience'],
    ])
      expect(best(label!), label).toBe(canonical);
    // A grid's row heading around the box does not outweigh its column's "Current".
    expect(
      matchField(field({ name: 'q', label: 'Salary (annual) Current', nearbyText: 'Salary (annual)' }))[0]?.canonical,
    ).toBeUndefined();
    // The whole address in one box is the street's canonical (the fill writes the rest after it).
    expect(best('Street, City, State and ZIP')).toBe('address_line1');
    expect(best('City')).toBe('city');
    // The pay the person has, the start of a past job, and a pay type are not these.
    expect(best('Current base pay')).not.toBe('salary_expectation');
    expect(best('What type of pay are you looking for?')).not.toBe('salary_expectation');
    expect(best('When did you start at your current employer?')).not.toBe('start_date');
  });

  it("reads 'authorization to work' in a radio group as authorization", () => {
    const radio = field({
      type: 'radio',
      name: 'q',
      group: 'q',
      label: 'Do you have current, unrestricted authorization to work in the U.S. without employer sponsorship?',
      options: YES_NO.slice(1),
    });
    expect(matchField(radio)[0]?.canonical).toBe('work_authorization');
  });
});

describe('being employed', () => {
  const best = (label: string) =>
    matchField(field({ name: 'q', label, tag: 'select', type: 'select-one', options: YES_NO }))[0]?.canonical;

  it("asks about the applicant's employment, not about someone employed here", () => {
    expect(best('Are you currently employed?')).toBe('currently_employed');
    expect(best('Are you related to anyone currently employed at Tessellate Bio?')).toBeUndefined();
    expect(best('I am currently employed')).toBe('currently_employed');
    // A switch stating the fact in the person's words.
    expect(best("I'm currently employed")).toBe('currently_employed');
    expect(best('I have a job right now')).toBe('currently_employed');
    // The question over a box that states the answer.
    expect(best('Currently employed? Yes, I have a job right now')).toBe('currently_employed');
    expect(best('Do you currently hold a full-time role?')).toBe('currently_employed');
    expect(best('Are you currently employed by Westbrook State University?')).toBeUndefined();
    expect(best('Are you working for an employer right now?')).toBe('currently_employed');
  });

  it('reads a "Current employment" select of sentences as being employed', () => {
    const employment = field({
      name: 'q',
      label: 'Current employment',
      tag: 'select',
      type: 'select-one',
      options: [
        { value: '', text: 'Select' },
        { value: '1', text: 'I am currently employed' },
        { value: '2', text: 'I am not currently employed' },
      ],
    });
    expect(matchField(employment)[0]?.canonical).toBe('currently_employed');
  });
});

describe('wording of ATSs outside the US', () => {
  const best = (label: string, extra: Partial<Parameters<typeof field>[0]> = {}) =>
    matchField(field({ name: 'q', label, ...extra }))[0]?.canonical;

  it('maps the application questions of Norwegian, Portuguese, Spanish, French, German, Korean and Japanese pages', () => {
    const asked = {
      'Nåværende arbeidsgiver': 'current_company',
      'Nåværende stilling': 'current_title',
      'Når kan du tiltre?': 'start_date',
      Utdanningsnivå: 'degree',
      Logradouro: 'address_line1',
      'A partir de quando você pode começar?': 'start_date',
      '¿En qué empresa trabajas ahora?': 'current_company',
      'Fecha en la que podrías incorporarte': 'start_date',
      '¿Cuántos años de experiencia profesional tienes en total?': 'years_experience',
      'À partir de quelle date seriez-vous disponible ?': 'start_date',
      "Niveau d'expérience": 'years_experience',
      'Höchste abgeschlossene Ausbildung': 'degree',
      이름: 'full_name',
      '현 직장': 'current_company',
      '직급/직책': 'current_title',
      입사가능일: 'start_date',
      최종학력: 'degree',
      都道府県: 'region',
      // A trailing "optional" badge says nothing of the question.
      '最終学歴 任意': 'degree',
      'Current employer (optional)': 'current_company',
    };
    expect(Object.fromEntries(Object.keys(asked).map((label) => [label, best(label)]))).toEqual(asked);
    for (const label of ['Søknadstekst', 'Carta de apresentação', '자기소개서'])
      expect(best(label, { tag: 'textarea', type: 'textarea' }), label).toBe('cover_letter');
    expect(
      [
        'Êtes-vous actuellement en poste ?',
        'Befinden Sie sich derzeit in einem festen Arbeitsverhältnis?',
        '¿Estás trabajando actualmente?',
        'Você está empregado atualmente?',
      ].map((label) => best(label, { type: 'radio' })),
    ).toEqual(['currently_employed', 'currently_employed', 'currently_employed', 'currently_employed']);
  });

  it('maps the common German, French, Spanish and Portuguese labels, and UK and Indian English', () => {
    expect(
      [
        'Vorname',
        'Nachname',
        'Telefonnummer (mobil)',
        'Straße und Hausnummer',
        'PLZ',
        'Ort',
        'Aktueller Arbeitgeber',
      ].map((label) => best(label)),
    ).toEqual(['first_name', 'last_name', 'phone', 'address_line1', 'postal_code', 'city', 'current_company']);
    expect(['Prénom', 'Nom', 'Code postal', 'Ville', 'Apellidos', 'Ciudad'].map((label) => best(label))).toEqual([
      'first_name',
      'last_name',
      'postal_code',
      'city',
      'last_name',
      'city',
    ]);
    expect(
      ['Nome completo', 'Endereço', 'CEP', 'Cidade', 'Empresa atual', 'Cargo atual'].map((label) => best(label)),
    ).toEqual(['full_name', 'address_line1', 'postal_code', 'city', 'current_company', 'current_title']);
    expect(best('Currículo (PDF)', { type: 'file' })).toBe('resume_upload');
    expect(best('DDI', { tag: 'select', type: 'select-one' })).toBe('phone_country_code');
    expect(best('Covering letter', { tag: 'textarea', type: 'textarea' })).toBe('cover_letter');
    expect(best('Current Designation')).toBe('current_title');
    expect(best('Gehaltsvorstellung (brutto pro Jahr)')).toBe('salary_expectation');
    expect(best('Frühestmöglicher Eintrittstermin')).toBe('start_date');
    expect(
      [
        "Quand pourriez-vous rejoindre l'équipe ?",
        '¿Cuándo podrías incorporarte?',
        'Ab wann können Sie beginnen?',
        '¿A partir de qué fecha podrías vincularte?',
        'If offered employment, on what date could you report to work?',
      ].map((label) => best(label)),
    ).toEqual(['start_date', 'start_date', 'start_date', 'start_date', 'start_date']);
    expect(best('Able to provide Form I-9 identity and work-eligibility documents on day one?')).toBe(
      'work_authorization',
    );
    // A select named "countryCode" listing countries is the country; a phone's country code says so.
    expect(best('', { name: 'countryCode', tag: 'select', type: 'select-one', placeholder: 'Country' })).toBe(
      'country',
    );
    expect(best('', { name: 'phoneCountryCode' })).toBe('phone_country_code');
    expect(
      ['Pays de résidence', 'País de residencia', 'Aktuelle Funktion', 'Nivel educativo'].map((l) => best(l)),
    ).toEqual(['country', 'country', 'current_title', 'degree']);
    expect(
      ["J'occupe actuellement ce poste", 'Trabajo aquí actualmente'].map((l) => best(l, { type: 'checkbox' })),
    ).toEqual(['currently_employed', 'currently_employed']);
    expect(best('Lebenslauf', { type: 'file' })).toBe('resume_upload');
    expect(best('Anschreiben', { type: 'file' })).toBe('cover_letter');
  });

  it("maps a British 'Dialling code'", () => {
    expect(best('Dialling code')).toBe('phone_country_code');
    expect(best('Dialling code', { tag: 'select', type: 'select-one' })).toBe('phone_country_code');
    expect(best('Country dialling code')).toBe('phone_country_code');
  });

  it('maps a bare "Role" (beside the employer) and a cover note', () => {
    expect(best('Role')).toBe('current_title');
    expect(best('Cover note', { tag: 'textarea', type: 'textarea' })).toBe('cover_letter');
    // react-phone-number-input names its country picker so; "Phone number (with country code)" is the number.
    expect(best('Phone number country', { tag: 'select', type: 'select-one' })).toBe('phone_country_code');
    expect(best('Phone number (with country code)')).toBe('phone');
  });

  it('maps the common Italian and Dutch labels', () => {
    const italian = ['Nome', 'Cognome', 'Cellulare', 'Indirizzo (via e numero civico)', 'CAP', 'Comune / Città'];
    expect(italian.map((label) => best(label))).toEqual([
      'first_name',
      'last_name',
      'phone',
      'address_line1',
      'postal_code',
      'city',
    ]);
    const select = { tag: 'select', type: 'select-one' } as const;
    expect(
      ['Nazione', 'Prefisso internazionale', 'Titolo di studio', 'Anni di esperienza nel ruolo'].map((label) =>
        best(label, select),
      ),
    ).toEqual(['country', 'phone_country_code', 'degree', 'years_experience']);
    expect(['Azienda attuale', 'Ruolo attuale', 'Data di disponibilità'].map((label) => best(label))).toEqual([
      'current_company',
      'current_title',
      'start_date',
    ]);
    expect(best('Lettera di presentazione', { tag: 'textarea', type: 'textarea' })).toBe('cover_letter');
    expect(best('Motivatiebrief', { tag: 'textarea', type: 'textarea' })).toBe('cover_letter');
    expect(best('Beschikbaar per')).toBe('start_date');
    expect(best('Hoogst afgeronde opleiding', select)).toBe('degree');
  });

  it('maps the common Polish, Swedish, Chinese, Japanese and Korean labels, a required mark aside', () => {
    expect(
      ['Imię (wymagane)', 'Nazwisko', 'Kod pocztowy', 'Miejscowość', 'Dostępność od'].map((label) => best(label)),
    ).toEqual(['first_name', 'last_name', 'postal_code', 'city', 'start_date']);
    expect(
      ['Förnamn', 'Efternamn', 'Utdelningsadress', 'Postnummer', 'Tillträde, tidigast'].map((label) => best(label)),
    ).toEqual(['first_name', 'last_name', 'address_line1', 'postal_code', 'start_date']);
    const select = { tag: 'select', type: 'select-one' } as const;
    expect(
      ['Wykształcenie', 'Högsta avslutade utbildning', '最高学历', '最終学歴 必須', '최종 학력'].map((label) =>
        best(label, select),
      ),
    ).toEqual(['degree', 'degree', 'degree', 'degree', 'degree']);
    // Their pages' own English for it.
    expect(best('Final education', select)).toBe('degree');
    expect(
      ['Current residence', 'Place of residence', 'Country of residence'].map((label) => best(label, select)),
    ).toEqual(['location', 'location', 'country']);
    expect(
      ['工作年限', '経験年数', '총 경력', 'Hoeveel jaar werkervaring heb je?'].map((label) => best(label, select)),
    ).toEqual(['years_experience', 'years_experience', 'years_experience', 'years_experience']);
    expect(['住所', '役職 必須'].map((label) => best(label))).toEqual(['address_line1', 'current_title']);
  });

  it('leaves a birthplace, a current salary, mobility and a certificate upload alone', () => {
    expect(best('Geburtsort')).toBeUndefined();
    expect(best('Mobilität / Reisebereitschaft')).toBeUndefined();
    expect(best('Aktuelles Gehalt')).toBeUndefined();
    expect(best('Zeugnisse und weitere Dokumente', { type: 'file' })).toBeUndefined();
  });
});

describe('example values as the only placeholder', () => {
  const best = (placeholder: string, extra: Partial<Parameters<typeof field>[0]> = {}) =>
    matchField(field({ name: 'field-2', placeholder, ...extra }))[0]?.canonical;

  it('reads a name, a phone number, a place and a company written as examples', () => {
    expect(['Jane', 'Doe', 'Jane Doe', 'Berlin, Germany', 'Acme Inc.'].map((example) => best(example))).toEqual([
      'first_name',
      'last_name',
      'full_name',
      'location',
      'current_company',
    ]);
    expect(best('(555) 123-4567', { type: 'tel' })).toBe('phone');
  });

  it('reads no example beside a label, and no other text as one', () => {
    expect(best('Jane', { label: 'Preferred name' })).toBeUndefined();
    expect(best('Product Analyst')).toBeUndefined();
    // "max" beside a "min" box is a bound; "Max" is a name.
    expect(best('max')).toBeUndefined();
    expect(best('Max')).toBe('first_name');
  });
});

describe('someone else', () => {
  it("leaves their name and email to the person, even an email input's", () => {
    expect(matchField(field({ name: 'refer_name', label: 'Their name' }))).toEqual([]);
    expect(matchField(field({ name: 'x', type: 'email', label: 'Their email' }))).toEqual([]);
  });
});

describe('input type as evidence', () => {
  it('does not make a tel input a phone without a phone-like word', () => {
    expect(matchField(field({ name: 'cc', type: 'tel', label: 'Card number' }))).toEqual([]);
    expect(matchField(field({ name: 'x1', type: 'tel' }))).toEqual([]);
    expect(matchField(field({ name: 'mobile', type: 'tel' }))[0]?.canonical).toBe('phone');
  });

  it('still takes an email input alone as an email', () => {
    expect(matchField(field({ name: 'x1', type: 'email' }))[0]?.canonical).toBe('email');
  });
});

describe('a time zone asked as a pick', () => {
  const timeZones = [
    { value: 'pt', text: 'Pacific (PT)' },
    { value: 'et', text: 'Eastern (ET)' },
  ];
  const canonicalOf = (label: string, extra: Partial<Parameters<typeof field>[0]> = {}) =>
    matchField(field({ label, name: 'q_81', ...extra }))[0]?.canonical;
  const asSelect = { tag: 'select', type: 'select-one', options: timeZones } as const;

  it('is read from where the person lives', () => {
    expect(
      ['Which time zone do you work in?', 'Your working time zone', 'Time zone', 'Which US time zone are you in?'].map(
        (label) => canonicalOf(label, asSelect),
      ),
    ).toEqual(['region', 'region', 'region', 'region']);
  });

  it('is left alone when typed, or when it asks about overlap or preference', () => {
    expect(canonicalOf('Which time zone do you work in?')).toBeUndefined();
    expect(canonicalOf('Time zones (select all that apply)', asSelect)).toBeUndefined();
    expect(canonicalOf('Which time zones can you overlap with?', asSelect)).toBeUndefined();
  });
});

describe('the school asked as where a qualification was obtained', () => {
  it('maps "where did you obtain / earn" and "where did you study" to the school', () => {
    expect(
      [
        'Where did you obtain this qualification?',
        'Where did you earn your degree?',
        'Where did you obtain your highest degree?',
        'Where did you study?',
        'Institution Awarding Highest Degree',
      ].map((label) => top(label)),
    ).toEqual(['school', 'school', 'school', 'school', 'school']);
  });

  it('still reads the degree itself, and a time of study, as no school', () => {
    expect(top('What degree did you obtain?')).not.toBe('school');
    expect(top('When did you obtain this qualification?')).not.toBe('school');
  });
});

describe('where the person lives and whether they work, in other words', () => {
  const yesNo = (label: string) =>
    matchField(field({ label, tag: 'select', type: 'select-one', options: YES_NO }))[0]?.canonical;

  it('reads "Current city and state" in one box as the place the person lives', () => {
    expect(top('Current city and state')).toBe('location');
    expect(top('Present city & country')).toBe('location');
  });

  it('reads an employment relationship and another job held now as being employed', () => {
    expect(yesNo('Are you currently in an employment relationship?')).toBe('currently_employed');
    expect(yesNo('Do you have another job right now?')).toBe('currently_employed');
    expect(yesNo('Do you have another job offer?')).not.toBe('currently_employed');
  });
});

describe('a link asked in a long box', () => {
  it('maps a textarea asking for a profile link, not one asking about the work behind it', () => {
    expect(top('Your GitHub profile URL', 'textarea')).toBe('github_url');
    expect(top('Link to your portfolio', 'textarea')).toBe('portfolio_url');
    expect(top('LinkedIn profile', 'textarea')).toBe('linkedin_url');
    expect(top('Tell us about a GitHub project you are proud of', 'textarea')).toBeUndefined();
  });
});

describe('a region asked as where the person lives', () => {
  const regions = ['Sacramento Valley', 'San Francisco Bay Area', 'Outside California'].map((text) => ({
    value: text,
    text,
  }));
  const pick = (label: string) =>
    matchField(field({ label, tag: 'combobox', type: 'combobox', options: regions }))[0]?.canonical;

  it('maps "Which region do you live in?" to the place, and not a region applied for', () => {
    expect(pick('Which region do you live in today?')).toBe('location');
    expect(pick('Which region are you applying for?')).toBeUndefined();
  });
});

describe("a phone's prefix named for its country", () => {
  it('maps "Country prefix" to the dial code, not the country', () => {
    const picker = field({ label: 'Country prefix', tag: 'combobox', type: 'combobox' });
    expect(matchField(picker).map((candidate) => candidate.canonical)).toEqual(['phone_country_code']);
  });
});

describe('the employer, the title, the school, the postcode and the start in more of the words local boards use', () => {
  it('maps German, Polish and Spanish employers and titles', () => {
    expect(top('Aktueller bzw. letzter Arbeitgeber')).toBe('current_company');
    expect(top('Obecny pracodawca')).toBe('current_company');
    expect(top('Empresa')).toBe('current_company');
    expect(top('Último puesto desempeñado')).toBe('current_title');
    expect(top('Obecne stanowisko')).toBe('current_title');
  });

  it('maps the Polish school, the "C.P." postcode and a Portuguese availability to start', () => {
    expect(top('Uczelnia')).toBe('school');
    expect(top('C.P.')).toBe('postal_code');
    expect(top('Disponibilidade para início')).toBe('start_date');
    expect(top('Kraj zamieszkania', 'select')).toBe('country');
    expect(top('Kierunkowy', 'select')).toBe('phone_country_code');
  });

  it("reads a study's statuses under a label naming the studies as the degree's completion", () => {
    const statuses = ['Cursando', 'Trunco', 'Pasante', 'Titulado'].map((text) => ({ value: text, text }));
    const status = field({ label: 'Situación académica', tag: 'select', type: 'select-one', options: statuses });
    expect(matchField(status)[0]?.canonical).toBe('degree');
  });
});

describe('years spent with one tool', () => {
  it('leaves the years spent with a tool or format to the person', () => {
    const buckets = ['None', 'Less than 1', '1–3', '4 or more'].map((text) => ({ value: text, text }));
    const asked = (label: string) =>
      matchField(field({ label, tag: 'select', type: 'select-one', options: buckets }))[0]?.canonical;
    expect(asked('How many years have you spent with X12 EDI files (837/835)?')).toBeUndefined();
    expect(asked('How many years have you spent in data engineering?')).toBe('years_experience');
  });
});

describe('Japanese boards', () => {
  it('maps the prefecture of residence and the years of practice in a line of work', () => {
    expect(top('お住まいの都道府県', 'select')).toBe('region');
    expect(top('データエンジニアとしての実務経験')).toBe('years_experience');
  });
});

describe('more ways to ask the pay, the job held and the start', () => {
  it('maps "remuneration", "te encuentras trabajando" and "podrías ingresar"', () => {
    const yesNo = [
      { value: 'si', text: 'Sí' },
      { value: 'no', text: 'No' },
    ];
    expect(top('Expected remuneration (USD, annual base)')).toBe('salary_expectation');
    expect(
      matchField(field({ label: '¿Actualmente te encuentras trabajando?', type: 'radio', options: yesNo }))[0]
        ?.canonical,
    ).toBe('currently_employed');
    expect(top('Fecha en que podrías ingresar')).toBe('start_date');
  });
});

describe('French pay and letter', () => {
  it('maps "Rémunération visée" and the Québec "Lettre de présentation"', () => {
    expect(top('Rémunération visée')).toBe('salary_expectation');
    expect(top('Lettre de présentation', 'textarea')).toBe('cover_letter');
  });
});

describe('the degree in Québec words', () => {
  it('maps "Plus haut niveau de scolarité complété" to the degree', () => {
    expect(top('Plus haut niveau de scolarité complété', 'select')).toBe('degree');
  });
});

describe('wordings of pages translated into English or written as a conversation', () => {
  it('maps "Current function", "And your title there?", and the letter named "Motivation" or "Application"', () => {
    expect(top('Current function')).toBe('current_title');
    expect(top('7. And your title there?')).toBe('current_title');
    expect(top('Motivation', 'textarea')).toBe('cover_letter');
    expect(top('Application', 'textarea')).toBe('cover_letter');
  });

  it('leaves the other names a person has used, though the label names a school', () => {
    expect(top('Other names under which you have worked or attended school')).toBeUndefined();
  });
});

describe('a bare "Availability" over windows from today', () => {
  it('asks when the person can start, and nothing over days of the week', () => {
    const options = (...texts: string[]) => texts.map((text) => ({ value: text, text }));
    const windows = options('Immediately', 'Within 1 month', 'Within 3 months', 'More than 3 months');
    const days = options('Weekdays', 'Weekends', 'Evenings');
    const select = { tag: 'select', type: 'select-one' } as const;
    expect(matchField(field({ ...select, label: 'Availability *', options: windows }))[0]?.canonical).toBe(
      'start_date',
    );
    expect(matchField(field({ ...select, label: 'Availability', options: days }))).toEqual([]);
  });
});

describe('a box named for a search', () => {
  it("looks for jobs when named for a site's search, and for the person's school when named for that", () => {
    expect(matchField(field({ id: 'txtJobSearchZip', label: 'Zip' }))).toEqual([]);
    expect(matchField(field({ id: 'candidate_school_search', label: '* School' }))[0]?.canonical).toBe('school');
  });

  it('reads statements of residence and of the right to work ticked in a checklist', () => {
    expect(top('I currently live in California.')).toBe('country');
    expect(top('I live in the City and County of San Francisco.')).toBe('country');
    expect(top('I can work in the U.S. for any employer without restrictions.')).toBe('work_authorization');
  });

  it("reads a schools grid's row and column together, and lets no half name what the whole rules out", () => {
    expect(top('College / University Degree / Diploma', 'select')).toBe('degree');
    expect(top('College / University Name and Location of School')).toBe('school');
    expect(top('College / University Major')).toBeUndefined();
    expect(top('High School Degree / Diploma', 'select')).toBeUndefined();
  });

  it('reads the wordings of weak and old application forms', () => {
    expect(top('How long have you been building production data pipelines?', 'select')).toBe('years_experience');
    expect(top('How long have you been living at your current address?')).toBeUndefined();
    expect(top('How long have you been building analytics models in dbt or SQL?', 'select')).toBeUndefined();
    expect(top('Earliest date you could take up appointment')).toBe('start_date');
    expect(top('4. NAME (Last, First, Middle Initial)')).toBe('full_name');
    expect(top('7. MAILING ADDRESS (Number and Street, Apt. No.)')).toBe('address_line1');
    expect(top('College Diploma/Degree', 'select')).toBe('degree');
    // A degree in a related field "or equivalent experience" asks the degree held; a field of study does not.
    expect(
      top(
        "Do you have a bachelor's degree in Computer Science or a related field, or equivalent practical experience?",
      ),
    ).toBe('degree');
    expect(top('Field of study')).toBeUndefined();
  });

  it("reads a form's parts about the job, the employer's own box and a history listed latest first", () => {
    const inSection = (label: string, section: string, sectionNote = '', type = 'text') =>
      matchField(field({ label, section, sectionNote, type }))[0]?.canonical;
    expect(inSection('3. GEOGRAPHIC LOCATION(S)', 'PART 1 — EXAMINATION OR JOB VACANCY INFORMATION')).toBeUndefined();
    expect(inSection('Geographic location', 'Applicant information')).toBe('location');
    expect(inSection('Start date', 'FOR HUMAN RESOURCES USE ONLY')).toBeUndefined();
    const latestFirst = 'List below last three employers, starting with last one first.';
    expect(inSection('Name of Employer', 'FORMER EMPLOYERS', latestFirst)).toBe('current_company');
    expect(inSection('Name of Employer', 'FORMER EMPLOYERS')).toBeUndefined();
    expect(inSection('Attach resume (optional):', 'REFERENCES', '', 'file')).toBe('resume_upload');
  });
});
