import { describe, expect, it } from 'vitest';
import { degreeOf, degreeRule } from './degree-level.ts';

describe('degreeOf', () => {
  it('reads the level from names and abbreviations', () => {
    const levels = {
      "Bachelor's": 'bachelor',
      "Bachelor's Degree": 'bachelor',
      'Baccalaureate Degree': 'bachelor',
      // Québec's university bachelor, named as such (France's baccalauréat ends secondary school).
      'Baccalauréat (universitaire 1er cycle)': 'bachelor',
      '4-year college degree': 'bachelor',
      // A ladder of grades: the college years finished.
      'College graduate (4-year)': 'bachelor',
      'College graduate (2-year)': 'associate',
      // A ladder of schools by their years: the four-year one grants a bachelor's.
      '4-year': 'bachelor',
      'University (4-year)': 'bachelor',
      'Graduate of a four-year college or university': 'bachelor',
      '2-year': 'associate',
      // Colombia's "Profesional" and Brazil's "Superior completo": a university's first degree.
      Profesional: 'bachelor',
      'Superior completo': 'bachelor',
      'Superior incompleto': undefined,
      '2-year college degree': 'associate',
      // A form builder's short forms.
      'Bach.': 'bachelor',
      'Assoc.': 'associate',
      'A level, International Baccalaureate diploma': undefined,
      BS: 'bachelor',
      'B.Sc.': 'bachelor',
      'B.A.': 'bachelor',
      "Master's Degree": 'master',
      'M.Sc.': 'master',
      MS: 'master',
      MBA: 'mba',
      'Master of Business Administration': 'mba',
      PhD: 'doctorate',
      'Ph.D.': 'doctorate',
      Doctorate: 'doctorate',
      'J.D.': 'jd',
      "Associate's Degree": 'associate',
      'High School Diploma': 'high_school',
      // Mexico's two-year Técnico Superior Universitario is no licenciatura.
      'Técnico Superior Universitario (TSU)': 'associate',
      Licenciatura: 'bachelor',
      'Laurea triennale (primo livello)': 'bachelor',
      'Laurea magistrale / specialistica': 'master',
      'Dottorato di ricerca': 'doctorate',
      'Diploma di scuola superiore': 'high_school',
      Universitario: 'bachelor',
      Bachillerato: 'high_school',
      'Secundario completo': 'high_school',
      'wyższe licencjackie / inżynierskie': 'bachelor',
      'wyższe magisterskie': 'master',
      Kandidatexamen: 'bachelor',
      Doktorsexamen: 'doctorate',
      本科: 'bachelor',
      硕士: 'master',
      '大学卒業（学士）': 'bachelor',
      '大学院修了（修士）': 'master',
      학사: 'bachelor',
      전문학사: 'associate',
      박사: 'doctorate',
    };
    expect(Object.fromEntries(Object.keys(levels).map((text) => [text, degreeOf(text)?.level]))).toEqual(levels);
    // A level named by its years ("Undergraduate (4-year)" beside "Associate (2-year)").
    expect(degreeOf('Undergraduate (4-year)')?.level).toBe('bachelor');
    expect(degreeOf('College degree (4-year)')?.level).toBe('bachelor');
    // A school's kind then its stage ("University: undergraduate", "University: postgraduate").
    expect(degreeOf('University: undergraduate')?.level).toBe('bachelor');
    expect(degreeOf('University: postgraduate')?.level).toBe('master');
    expect(degreeOf('Undergraduate')?.level).toBe('bachelor');
    expect(degreeOf('Some undergraduate coursework')).toBeUndefined();
  });

  it('reads Russian, Turkish and Danish degree names', () => {
    expect(
      ['Бакалавр', 'Магистр', 'Lisans', 'Yüksek Lisans', 'Doktora', 'Kandidat', 'Professionsbachelor'].map(
        (text) => degreeOf(text)?.level,
      ),
    ).toEqual(['bachelor', 'master', 'bachelor', 'master', 'doctorate', 'master', 'bachelor']);
    expect(
      ['Ön Lisans', 'Laurea di primo livello (triennale)', 'Laurea magistrale'].map((text) => degreeOf(text)?.level),
    ).toEqual(['associate', 'bachelor', 'master']);
  });

  it('reads Dutch, Norwegian and Swedish ladders named by kind and length of schooling', () => {
    const ladder = [
      'HBO',
      'WO',
      'Universitet eller høyskole, inntil 4 år',
      'Universitet eller høyskole, over 4 år',
      'Eftergymnasial utbildning, kortare än 3 år',
      'Eftergymnasial utbildning, 3 år eller längre',
      'Videregående skole',
    ];
    expect(ladder.map((text) => degreeOf(text)?.level)).toEqual([
      'bachelor',
      'bachelor',
      'bachelor',
      'master',
      'associate',
      'bachelor',
      undefined,
    ]);
    // Québec's baccalauréat is the bachelor beside its DEC; France's is the licence.
    const quebec = ['DES (secondaire)', 'DEC (collégial)', 'Baccalauréat', 'Maîtrise'].map((text) => ({
      value: text,
      text,
    }));
    expect(degreeRule(quebec, "Bachelor's Degree", {})).toEqual([0, 0, 1, 0]);
    expect(degreeOf('Licence')?.level).toBe('bachelor');
    // Of HBO and WO, a university's graduate holds the WO.
    const dutch = ['Basisonderwijs', 'HAVO', 'VWO', 'MBO', 'HBO', 'WO'].map((text) => ({ value: text, text }));
    const scores = degreeRule(dutch, "Bachelor's Degree", { school: 'University of California, Berkeley' });
    expect(scores?.indexOf(Math.max(...(scores ?? [])))).toBe(5);
  });

  it('reads Hungarian, Romanian, Finnish, Vietnamese and Thai degree levels', () => {
    const levels = [
      ['Érettségi', 'high_school'],
      ['Alapképzés (BA/BSc)', 'bachelor'],
      ['Mesterképzés (MA/MSc)', 'master'],
      ['Studii superioare – licență', 'bachelor'],
      ['Alempi korkeakoulututkinto (kandidaatti)', 'bachelor'],
      ['Ylempi korkeakoulututkinto (maisteri)', 'master'],
      ['Cao đẳng', 'associate'],
      ['Đại học', 'bachelor'],
      ['Thạc sĩ', 'master'],
      ['ปริญญาตรี', 'bachelor'],
      ['ปริญญาโท', 'master'],
      ['ปริญญาเอก', 'doctorate'],
    ];
    expect(levels.map(([text]) => degreeOf(text!)?.level)).toEqual(levels.map(([, level]) => level));
    const more = [
      ['Πτυχίο ΑΕΙ (Πανεπιστήμιο / πρώην ΤΕΙ)', 'bachelor'],
      ['S1 (Sarjana)', 'bachelor'],
      ['S2 (Magister)', 'master'],
      ['D3 (Diploma)', 'associate'],
      ['SMA/SMK', 'high_school'],
      ['Sveučilišni prvostupnik (univ. bacc.)', 'bachelor'],
      ['Magistar struke (mag.)', 'master'],
      ['Вища (бакалавр)', 'bachelor'],
    ];
    expect(more.map(([text]) => degreeOf(text!)?.level)).toEqual(more.map(([, level]) => level));
    // An applied bachelor is no university's ("D4 (Sarjana Terapan)" beside "S1 (Sarjana)").
    expect(degreeOf('D4 (Sarjana Terapan)')).toBeUndefined();
    // Above or below the degree is no degree of a level ("Sau đại học", "ต่ำกว่าปริญญาตรี").
    expect(['Sau đại học', 'ต่ำกว่าปริญญาตรี'].map((text) => degreeOf(text)?.level)).toEqual([undefined, undefined]);
  });

  it('reads Taiwanese, Slovak and Czech degree names', () => {
    expect(
      [
        '大學',
        'Vysokoškolské I. stupňa (Bc.)',
        'Vysokoškolské – bakalářské',
        'Vysokoškolské II. stupňa (Mgr., Ing.)',
      ].map((text) => degreeOf(text)?.level),
    ).toEqual(['bachelor', 'bachelor', 'bachelor', 'master']);
  });

  it('reads the levels Indian lists name by the stage finished ("12th", "Graduation", "Post Graduation")', () => {
    expect(
      ['10th', '12th', 'HSC', 'Diploma', 'Graduation', 'Post Graduation', 'Post Graduate', 'Graduation date'].map(
        (text) => degreeOf(text)?.level,
      ),
    ).toEqual([undefined, 'high_school', 'high_school', undefined, 'bachelor', 'master', 'master', undefined]);
  });

  it('reads Arabic and Hebrew degree names', () => {
    expect(
      ['الثانوية العامة', 'بكالوريوس', 'ماجستير', 'دكتوراه', 'תואר ראשון', 'תואר שני', 'תיכון / בגרות'].map(
        (text) => degreeOf(text)?.level,
      ),
    ).toEqual(['high_school', 'bachelor', 'master', 'doctorate', 'bachelor', 'master', 'high_school']);
  });

  it('reads Norwegian, Korean and Japanese levels as their lists write them', () => {
    const levels = {
      'Bachelorgrad (3 år)': 'bachelor',
      'Mastergrad (5 år)': 'master',
      '대학교(4년) 졸업': 'bachelor',
      '대학(2,3년) 졸업': 'associate',
      '고등학교 졸업': 'high_school',
      大学卒: 'bachelor',
      '大学院卒（修士）': 'master',
      高校卒: 'high_school',
      '短大・専門学校卒': 'associate',
    };
    expect(Object.fromEntries(Object.keys(levels).map((text) => [text, degreeOf(text)?.level]))).toEqual(levels);
  });

  it('reads the field when written', () => {
    expect(degreeOf('Bachelor of Science')?.field).toBe('science');
    expect(degreeOf('BA')?.field).toBe('arts');
    expect(degreeOf("Bachelor's Degree")?.field).toBeUndefined();
  });

  it('names none for two levels or none', () => {
    expect(["Bachelor's or Master's", 'Some college', 'Other'].map(degreeOf)).toEqual([
      undefined,
      undefined,
      undefined,
    ]);
  });
});

describe('degreeRule', () => {
  const choices = ['High School', "Bachelor's Degree", "Master's Degree", 'MBA', 'Doctorate (PhD)'].map((text) => ({
    value: '',
    text,
  }));

  it('scores options of the same level', () => {
    expect(degreeRule(choices, 'BS', {})).toEqual([0, 1, 0, 0, 0]);
    expect(degreeRule(choices, 'MBA', {})).toEqual([0, 0, 0, 1, 0]);
    expect(degreeRule(choices, 'PhD', {})).toEqual([0, 0, 0, 0, 1]);
  });

  it('refuses the level still being studied for: the person holds their degree', () => {
    const stages = ["Bachelor's degree – in progress", "Bachelor's degree – completed", "Master's degree"].map(
      (text) => ({ value: text, text }),
    );
    expect(degreeRule(stages, "Bachelor's Degree", {})).toEqual([0, 1.25, 0]);
    // Mexico's "trunca": studied, never finished.
    const mexican = ['Licenciatura / Ingeniería (titulado)', 'Licenciatura / Ingeniería (trunca)'].map((text) => ({
      value: text,
      text,
    }));
    expect(degreeRule(mexican, "Bachelor's Degree", {})).toEqual([1, 0]);
    // Brazil's bare "Licenciatura" is a teaching degree: "Bacharelado" beside it is the bachelor's.
    const brazilian = ['Licenciatura', 'Bacharelado'].map((text) => ({ value: text, text }));
    expect(degreeRule(brazilian, "Bachelor's Degree", {})).toEqual([0.9, 1]);
  });

  it('takes the college degree of a ladder naming no bachelor, unless an associate degree stands beside it', () => {
    const options = (...texts: string[]) => texts.map((text) => ({ value: text, text }));
    const hourly = options(
      'Some high school',
      'High school / GED',
      'Some college',
      'College degree',
      'Graduate degree',
    );
    expect(degreeRule(hourly, "Bachelor's Degree", {})).toEqual([0, 0, 0, 1, 0]);
    const latam = options(
      'Secondary',
      'University degree (in progress)',
      'University degree (completed)',
      'Postgraduate',
    );
    expect(degreeRule(latam, "Bachelor's Degree", {})).toEqual([0, 0, 1, 0]);
    const withAssociate = options('High school', 'Associate degree', 'College degree', 'Graduate degree');
    expect(degreeRule(withAssociate, "Bachelor's Degree", {})).toEqual([0, 0, 0, 0]);
    // Singapore's ladder names the bachelor's a bare "Degree".
    const singapore = options('PhD', "Master's", 'Degree', 'Diploma', 'A Level');
    expect(degreeRule(singapore, "Bachelor's Degree", {})).toEqual([0, 0, 1, 0, 0]);
    // A master's is named by its level or not at all.
    expect(degreeRule(hourly, "Master's Degree", {})).toEqual([0, 0, 0, 0, 0]);
  });

  it("takes a finished study among a school entry's statuses for a degree held", () => {
    const statuses = ['In Progress', 'Completed', 'Incomplete'].map((text) => ({ value: text, text }));
    expect(degreeRule(statuses, "Bachelor's Degree", {})).toEqual([0, 0.5, 0]);
    // An option of the level outranks a status.
    const mixed = ["Bachelor's Degree", 'Graduated'].map((text) => ({ value: text, text }));
    expect(degreeRule(mixed, 'BS', {})).toEqual([1, 0.5]);
    // In Turkish and Japanese.
    const turkish = ['Mezun', 'Devam ediyor', 'Terk'].map((text) => ({ value: text, text }));
    expect(degreeRule(turkish, "Bachelor's Degree", {})).toEqual([0.5, 0, 0]);
    const japanese = ['卒業', '卒業見込み', '中退'].map((text) => ({ value: text, text }));
    expect(degreeRule(japanese, "Bachelor's Degree", {})).toEqual([0.5, 0, 0]);
  });

  it('prefers the same field and refuses a different one', () => {
    const fields = ['Bachelor of Arts', 'Bachelor of Science', "Bachelor's (other)"].map((text) => ({
      value: '',
      text,
    }));
    expect(degreeRule(fields, 'B.Sc.', {})).toEqual([0, 2, 1]);
    // A degree named without its field prefers the option that names none.
    const generic = ['Bachelor of Arts', 'Bachelor of Science', 'Bachelors Degree'].map((text) => ({
      value: '',
      text,
    }));
    expect(degreeRule(generic, "Bachelor's Degree", {})).toEqual([1, 1, 1.25]);
    // One degree whose field the table does not read is no generic option (India's B.Tech is engineering).
    const indian = ['B.Tech/B.E.', 'B.Sc', 'B.A.'].map((text) => ({ value: '', text }));
    expect(degreeRule(indian, "Bachelor's Degree", {})).toEqual([1, 1, 1]);
    // The level as such, with where it is held in brackets, beside them is the generic one.
    const abroad = ['B.E. / B.Tech', 'B.Sc / B.Com / B.A.', "Bachelor's (US / UK)"].map((text) => ({
      value: '',
      text,
    }));
    expect(degreeRule(abroad, "Bachelor's Degree", {})).toEqual([1, 1, 1.25]);
  });

  it("breaks a tie between two options of the level by the person's kind of school", () => {
    const kinds = [
      "Bachelor's degree (university of applied sciences)",
      "Bachelor's degree (university)",
      'HBO Bachelor',
      'WO Bachelor',
    ].map((text) => ({ value: '', text }));
    expect(degreeRule(kinds, "Bachelor's Degree", { school: 'University of California, Berkeley' })).toEqual([
      1.25, 1.75, 1, 1.5,
    ]);
    expect(degreeRule(kinds, "Bachelor's Degree", { school: 'Hogeschool Utrecht' })).toEqual([1.75, 1.25, 1.5, 1]);
    expect(degreeRule(kinds, "Bachelor's Degree", {})).toEqual([1.25, 1.25, 1, 1]);
    // Flanders names the university's bachelor academic.
    const flemish = ['Professionele bachelor', 'Academische bachelor'].map((text) => ({ value: '', text }));
    expect(degreeRule(flemish, "Bachelor's Degree", { school: 'University of California, Berkeley' })).toEqual([
      1, 1.5,
    ]);
  });
});
