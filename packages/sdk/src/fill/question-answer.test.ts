import { describe, expect, it } from 'vitest';
import { MAX_TEXT_LENGTH } from '../scan/element-text.ts';
import { residenceAnswer, valuesForQuestion } from './question-answer.ts';

const QUESTION = 'Are you legally authorized to work in the US without requiring visa sponsorship?';

describe('valuesForQuestion', () => {
  it('answers "authorized without sponsorship" yes only when no sponsorship is needed', () => {
    const answer = (work_authorization: string, sponsorship?: string) =>
      valuesForQuestion(
        QUESTION,
        'work_authorization',
        { work_authorization, ...(sponsorship === undefined ? {} : { sponsorship }) },
        true,
      ).work_authorization;
    expect(answer('yes', 'no')).toBe('yes');
    expect(answer('yes', 'yes')).toBe('no');
    expect(answer('no', 'no')).toBe('no');
    // Without a sponsorship answer the profile's own answer stands.
    expect(answer('yes')).toBe('yes');
    const paperwork = (sponsorship: string) =>
      valuesForQuestion(
        'Could you take this job without Marrowstone filing any immigration paperwork for you?',
        'work_authorization',
        { work_authorization: 'yes', sponsorship },
        true,
      ).work_authorization;
    expect([paperwork('no'), paperwork('yes')]).toEqual(['yes', 'no']);
    // Both asked in one question: "… and will you not require employer sponsorship …?"
    const both = (sponsorship: string) =>
      valuesForQuestion(
        '1. Are you legally authorized to work in the United States and will you not require employer sponsorship (for example, H-1B) now or in the future?',
        'work_authorization',
        { work_authorization: 'yes', sponsorship },
        true,
      ).work_authorization;
    expect([both('no'), both('yes')]).toEqual(['yes', 'no']);
  });

  it("answers a sponsorship statement said the other way round, past the question's number", () => {
    const answer = (question: string) =>
      valuesForQuestion(question, 'sponsorship', { sponsorship: 'no' }, true).sponsorship;
    expect(answer('2. I do not require, and will not in the future require, visa sponsorship.')).toBe('yes');
    expect(answer('2. Will you require visa sponsorship?')).toBe('no');
    expect(
      answer('Can you confirm you will not, now or at any point in the future, need Acme to sponsor you for a visa?'),
    ).toBe('yes');
    expect(answer('I do not have a visa, and will need sponsorship.')).toBe('no');
  });

  it('answers the right to work as asked: as an obstacle, with the residence, never beside an age', () => {
    const person = { work_authorization: 'yes', sponsorship: 'no', country: 'United States', region: 'CA' };
    const answer = (question: string) =>
      valuesForQuestion(question, 'work_authorization', person, true).work_authorization;
    expect(
      answer('Is there anything that would prevent you from working for a US company without visa sponsorship?'),
    ).toBe('no');
    expect(answer('Is there any reason you would be unable to work in the United States for any employer?')).toBe('no');
    // Asked negated; help after the question ("answer Yes only if …") asks nothing.
    expect(
      answer(
        'Are you NOT currently authorized to work in the United States? (help: answer Yes only if you do not hold authorization)',
      ),
    ).toBe('no');
    expect(answer('Do you not have the legal right to work in the US?')).toBe('no');
    expect(answer('Do you live in the US and have the right to work there?')).toBe('yes');
    expect(answer('Do you live in Texas and have the right to work there?')).toBe('no');
    expect(
      answer(
        'Are you legally authorized to work in the country where this role is based (Canada or the United States)?',
      ),
    ).toBe('yes');
    expect(answer('Are you 18 or over and legally permitted to work in the US?')).toBeUndefined();
    expect(answer('Are you legally authorized to work in the US, and are you at least 18 years old?')).toBeUndefined();
    // Help after the question asks nothing: "cannot" there is the employer's.
    expect(answer('Are you legally authorized to work in the US? We cannot sponsor visas.')).toBe('yes');
    // A list of statements is no yes or no: the age stays out of it.
    expect(valuesForQuestion('Are you 18 or older?', 'work_authorization', person, false)).toBe(person);
  });

  it('leaves other questions and canonicals as they are', () => {
    const values = { work_authorization: 'yes', sponsorship: 'yes' };
    expect(valuesForQuestion('Are you authorized to work in the US?', 'work_authorization', values, true)).toBe(values);
    expect(valuesForQuestion(QUESTION, 'sponsorship', values, true)).toBe(values);
  });

  it("answers years of experience in a line of work only when it is the person's own", () => {
    const engineer = { current_title: 'Senior Data Engineer', years_experience: '7' };
    const asked = (question: string) =>
      valuesForQuestion(question, 'years_experience', engineer, false).years_experience;
    expect(asked('Years of experience in analytics or data engineering')).toBe('7');
    // How the work is done ("SQL-based", "data-driven") qualifies the line; it is no line of its own.
    expect(asked('How many years of SQL-based analytics experience do you have?')).toBe('7');
    expect(asked('Years of data-driven marketing experience')).toBeUndefined();
    expect(asked('How many years of experience do you have in engineering?')).toBe('7');
    expect(asked('Years of experience in a hospital or health-system setting')).toBeUndefined();
    expect(asked('Years of experience in Python')).toBeUndefined();
    // The line after a colon: one tool's years, or the person's own line.
    expect(asked('Years of professional experience: Python')).toBeUndefined();
    expect(
      asked('How many years of experience do you have analyzing student assessment data (CAASPP, NWEA MAP)?'),
    ).toBeUndefined();
    expect(asked('How many years of experience do you have designing data pipelines?')).toBe('7');
    expect(asked('Years of experience – Data Engineering')).toBe('7');
    // A number after the colon is a slider's shown value, no line.
    expect(asked('Years of relevant experience: 0')).toBe('7');
    // A setting named in letters and digits, a process operated: lines of their own.
    expect(asked('Years of experience in a K-12 setting')).toBeUndefined();
    expect(asked('Years teaching credit-bearing college courses')).toBeUndefined();
    // The label's own words decide before help that names a line of work.
    expect(asked('Total years of professional experience. Years working with robotics or industrial telemetry')).toBe(
      '7',
    );
    expect(asked('Years building data pipelines')).toBe('7');
    expect(asked('Years of hands-on experience operating a SCADA-controlled treatment process')).toBeUndefined();
    expect(asked('Years of data engineering experience')).toBe('7');
    expect(asked('How many years of SQL experience do you have?')).toBeUndefined();
    // "How much … experience" names the line or tool the same way.
    expect(asked('How much hands-on PostGIS experience do you have?')).toBeUndefined();
    expect(asked('How much data engineering experience do you have?')).toBe('7');
    expect(asked('How much professional experience do you have?')).toBe('7');
    expect(asked('Total years in data roles')).toBe('7');
    expect(asked('Years in freight or logistics')).toBeUndefined();
    expect(asked('Years of professional experience')).toBe('7');
    // Experience in the industry, the field, or professional experience in anything is the career.
    expect(asked('Years of experience in the industry')).toBe('7');
    expect(asked('Years of professional experience in business intelligence')).toBe('7');
    expect(asked('Total years of experience')).toBe('7');
    expect(asked('Experience in Years')).toBe('7');
    // A tool or a language asked with another verb, or behind a qualifier, is still one line.
    expect(asked('How many years of experience do you have writing production SQL?')).toBeUndefined();
    expect(asked('How many years of experience do you have with Python?')).toBeUndefined();
    expect(asked('Years of professional Python experience')).toBeUndefined();
    expect(asked('How many years have you written SQL professionally?')).toBeUndefined();
    expect(asked('How many years have you worked with Kubernetes?')).toBeUndefined();
    expect(asked('How many years have you worked hands-on with Python?')).toBeUndefined();
    expect(asked('Roughly how many years have you run Airflow in production?')).toBeUndefined();
    expect(asked('How many years have you built dbt models in production?')).toBeUndefined();
    expect(asked('How many years have you built data pipelines in production?')).toBe('7');
    expect(asked('Years of airline or travel-industry data experience')).toBeUndefined();
    expect(asked('Years of full-time professional experience')).toBe('7');
    expect(asked('Years of full-time experience')).toBe('7');
    expect(asked('How many years have you been building data pipelines professionally?')).toBe('7');
    expect(asked('How many years have you worked in data engineering?')).toBe('7');
    expect(asked('Years building data pipelines')).toBe('7');
    expect(asked('Total years of IT experience')).toBe('7');
    expect(asked('Years of hands-on experience building data pipelines on AWS')).toBe('7');
    // The fill joins label, placeholder and hint as sentences: a select's prompt is no part of the line.
    expect(asked('Years of experience in data engineering. Please choose')).toBe('7');
    expect(asked('Years building iOS apps')).toBeUndefined();
    // Lines of other work named in many words, or done with another verb.
    expect(asked('How many years of truckload dispatch or fleet management experience do you have?')).toBeUndefined();
    expect(asked('How many years of phone or chat customer service experience do you have?')).toBeUndefined();
    expect(asked('How many years have you processed multi-state payroll?')).toBeUndefined();
    expect(asked('How many years of hands-on data engineering or data platform experience do you have?')).toBe('7');
    expect(
      asked('How many years of experience do you have working with clinical or claims data (HL7, FHIR, 837/835)?'),
    ).toBeUndefined();
    expect(asked('Years of relevant experience')).toBe('7');
    expect(asked('Years of experience in this field')).toBe('7');
    // A data engineer's career is software experience too.
    expect(asked('Years of professional software experience')).toBe('7');
    // And analytics, reporting and business-intelligence experience; a tool of them is still a tool.
    expect(asked('Years of experience in analytics')).toBe('7');
    expect(asked('How many years of analytics experience do you have?')).toBe('7');
    expect(asked('Total years of experience in data analysis or reporting')).toBe('7');
    expect(asked('Years of experience with SQL and BI tools')).toBeUndefined();
    // An abbreviation in brackets after a line of another's work is still that line.
    expect(asked('How many years of warehouse management system (WMS) experience do you have?')).toBeUndefined();
    expect(asked('How many years of data engineering (DE) experience do you have?')).toBe('7');
    // A line named in short words only is the technical career when it is IT, not another's ("FP&A").
    expect(asked('How many years of FP&A or corporate finance experience do you have?')).toBeUndefined();
    expect(asked('Years of HR experience')).toBeUndefined();
    // Lines joined after a verb, each led by its own verb and qualifier.
    expect(asked('Years of experience building and operating production data pipelines')).toBe('7');
    expect(asked('Q1. Experience building or maintaining data pipelines or databases')).toBe('7');
    expect(asked('Years building and maintaining data pipelines')).toBe('7');
    expect(asked('Years building and maintaining warehouse racking')).toBeUndefined();
  });

  it("answers years in a role only when the role is the person's line", () => {
    const engineer = { current_title: 'Senior Data Engineer', years_experience: '7' };
    const asked = (question: string) =>
      valuesForQuestion(question, 'years_experience', engineer, false).years_experience;
    expect(asked('Years as a data engineer')).toBe('7');
    expect(asked('Years as a registered nurse')).toBeUndefined();
    expect(asked('Years of experience as a licensed RN')).toBeUndefined();
    expect(asked('Years of experience as a data engineer')).toBe('7');
    expect(asked('How long have you worked as a data or analytics engineer?')).toBe('7');
    expect(asked('How long have you worked as a pastry chef?')).toBeUndefined();
    // An alternative led by its own preposition names its line after it.
    expect(asked('Years as a barista or in food service')).toBeUndefined();
    expect(asked('Years as a data engineer or in analytics')).toBe('7');
    expect(asked('Years in data engineering')).toBe('7');
    expect(asked('Years of experience building ETL/ELT data pipelines')).toBe('7');
    expect(asked('Years in a data or analytics role')).toBe('7');
    expect(asked('Years doing data work')).toBe('7');
    expect(asked('Years doing payroll')).toBeUndefined();
    expect(asked('Professional data experience')).toBe('7');
    // The kind of role applied for is no particular line.
    expect(asked('How much experience do you have in this kind of role?')).toBe('7');
    expect(asked('How long have you been doing this kind of work?')).toBe('7');
    expect(asked('Professional Python experience')).toBeUndefined();
    // Work in production is the line's setting, not another line.
    expect(asked('How many years have you worked with production data pipelines?')).toBe('7');
    // Tools for a line of work: the line they are for.
    expect(asked('Years of commercial experience with Python and SQL for data pipelines')).toBe('7');
    expect(asked('Years of experience with Salesforce for nonprofit fundraising')).toBeUndefined();
    expect(asked('How many years of experience do you have building data pipelines in a production environment?')).toBe(
      '7',
    );
    // Work in a kind of setting is asked of the setting.
    expect(asked('How many years have you worked with data in a GxP-regulated environment (21 CFR Part 11)?')).toBe(
      undefined,
    );
    expect(asked('Years of data engineering experience in a hospital setting')).toBeUndefined();
    // Work for a kind of employer is asked of that employer.
    expect(asked('Years of experience working for a bank or credit union')).toBeUndefined();
    expect(asked('How many years have you managed people (direct reports)?')).toBeUndefined();
    // What the work is done with follows the line ("data pipelines with SQL and Python").
    expect(asked('How many years of experience building data pipelines with SQL and Python do you have?')).toBe('7');
    expect(asked('How many years of DOT / FMCSA compliance experience do you have?')).toBeUndefined();
    // A line named alone after "Years of".
    expect(asked('Years of hands-on data engineering *')).toBe('7');
    expect(asked('Years of nursing. Choose one')).toBeUndefined();
    expect(asked('Years of experience')).toBe('7');
    expect(asked('Years of related experience *')).toBe('7');
    // Label and help joined as sentences are two questions, not one line of work.
    expect(asked('Years of experience. Years of experience')).toBe('7');
  });

  it('answers yes or no to a question setting a bar of years, from the years in the own line', () => {
    const engineer = { current_title: 'Senior Data Engineer', years_experience: '7' };
    const meets = (question: string) =>
      valuesForQuestion(question, 'years_experience', engineer, true).years_experience;
    expect(meets('Do you have 5 or more years of experience building data pipelines?')).toBe('yes');
    expect(meets('Do you have at least 10 years of experience building data pipelines?')).toBe('no');
    expect(meets('Do you have 7+ years of professional experience?')).toBe('yes');
    expect(meets('Do you have more than 7 years of experience?')).toBe('no');
    expect(meets('Do you have at least 8 years of hands-on data engineering experience?')).toBe('no');
    expect(meets('Do you have at least five (5) years of professional experience designing data pipelines?')).toBe(
      'yes',
    );
    // A bar written in words.
    expect(meets('I have at least five years of data engineering experience.')).toBe('yes');
    expect(meets('I have at least ten years of data engineering experience.')).toBe('no');
    // A minimum the role sets, in a position of the person's line.
    expect(meets('The minimum for this role is 4 years in a data engineering position. Do you meet it?')).toBe('yes');
    expect(meets('The minimum for this role is 9 years in a data engineering position. Do you meet it?')).toBe('no');
    // Years in a line that is not the person's say nothing of the bar; nor does a question setting none.
    expect(meets('Do you have 5 or more years of experience with Kubernetes?')).toBeUndefined();
    expect(meets('Do you have experience building data pipelines?')).toBeUndefined();
    // Years working with some system are the person's to count, in their own line too.
    expect(meets('Do you have at least 2 years of experience working with data or inventory systems?')).toBeUndefined();
    // Experience at managing, leading or supporting one kind of work names its line.
    expect(meets('Do you have at least 2 years of experience managing a dental or medical office?')).toBeUndefined();
    expect(meets('Do you have at least 2 years of experience leading data engineering teams?')).toBe('yes');
    // A box that takes the number still gets the number.
    expect(
      valuesForQuestion('Years of experience building data pipelines', 'years_experience', engineer, false)
        .years_experience,
    ).toBe('7');
  });

  it('inverts the sponsorship answer to a question asked the other way round', () => {
    const answer = (question: string, sponsorship: string, yesNo = true) =>
      valuesForQuestion(question, 'sponsorship', { sponsorship }, yesNo).sponsorship;
    const negated = 'Will you NOT require sponsorship for an employment visa now or in the future?';
    expect(answer(negated, 'no')).toBe('yes');
    expect(answer(negated, 'yes')).toBe('no');
    expect(answer('Will you now or in the future require visa sponsorship?', 'no')).toBe('no');
    expect(answer('Tick to confirm: Ambleside will not have to sponsor a visa for me', 'no')).toBe('yes');
    // In Spanish, past an abbreviation's dots ("EE. UU."), and in Portuguese.
    const spanish =
      'Estoy autorizado(a) para trabajar en los EE. UU. y no necesitaré que un empleador patrocine una visa.';
    expect(answer(spanish, 'no')).toBe('yes');
    expect(answer('Não vou precisar de patrocínio de visto', 'no')).toBe('yes');
    // The help after the question (an option's words) asks nothing the other way round.
    expect(answer('Will you need visa sponsorship in the U.S.? *. No, I will not need sponsorship', 'no')).toBe('no');
    // Only a yes/no field is answered yes or no.
    expect(answer(negated, 'no', false)).toBe('no');
  });

  it('answers "authorized to work without the need for employer sponsorship" for both', () => {
    // Four words between "without" and "sponsorship" still ask the two at once.
    const question = 'Are you authorized to work in the US without the need for employer sponsorship?';
    const answer = (sponsorship: string) =>
      valuesForQuestion(question, 'work_authorization', { work_authorization: 'yes', sponsorship }, true)
        .work_authorization;
    expect(answer('no')).toBe('yes');
    expect(answer('yes')).toBe('no');
  });

  it('gives a location in the parts its box asks for', () => {
    const values = { city: 'San Francisco', region: 'CA', country: 'United States', location: 'San Francisco, CA' };
    const location = (question: string) => valuesForQuestion(question, 'location', values, false).location;
    expect(location('Location * City, Country')).toBe('San Francisco, United States');
    expect(location('Where are you currently based? City, State')).toBe('San Francisco, CA');
    expect(
      valuesForQuestion('City, Country', 'location', { ...values, location: 'San Francisco, United States' }, false)
        .location,
    ).toBe('San Francisco, United States');
    expect(location('Location')).toBe('San Francisco, CA');
    // An example's shape: a city with its state and country, or with its country, in full.
    expect(location('Current location. e.g. Bengaluru, Karnataka, India')).toBe(
      'San Francisco, California, United States',
    );
    expect(location('Where are you based? (e.g. Berlin, Germany)')).toBe('San Francisco, United States');
    expect(location('Location. e.g. Austin, TX')).toBe('San Francisco, CA');
    // The stop ending the help's sentence is no part of its example: "MD." is Maryland, not Moldova.
    expect(location('Location:. City and state, e.g. Baltimore, MD.')).toBe('San Francisco, CA');
    // A placeholder saying only "City" asks the city.
    expect(location('Current Location *. City')).toBe('San Francisco');
  });

  it('answers whether the person lives in a country from their own', () => {
    const lives = (question: string) =>
      valuesForQuestion(question, 'country', { country: 'United States', city: 'San Francisco' }, true).country;
    expect(lives('Do you live in the UK?')).toBe('no');
    expect(lives('Are you currently based in the United States?')).toBe('yes');
    expect(lives('Do you live in or near the city?')).toBeUndefined();
    // Asked in the page's language.
    expect(lives('Você reside atualmente nos Estados Unidos?')).toBe('yes');
    expect(lives('Wohnen Sie derzeit in den USA?')).toBe('yes');
    expect(lives('Résidez-vous actuellement en France ?')).toBe('no');
    expect(lives('Risiede attualmente negli Stati Uniti?')).toBe('yes');
    // A region the person's country lies in, or not.
    expect(lives('Are you currently based in the GCC?')).toBe('no');
    expect(lives('Do you currently live in the European Union?')).toBe('no');
    expect(lives('Are you based in North America?')).toBe('yes');
    // The area around the person's own city, named or known by its own name.
    expect(lives('Do you currently live in the San Francisco Bay Area?')).toBe('yes');
    expect(lives('Do you live in the Bay Area?')).toBe('yes');
    expect(lives('Do you live in the Twin Cities?')).toBeUndefined();
    // Near another city of the person's metro area: a commute away; in it, the person's to say.
    expect(lives('Do you currently live within commuting distance of Oakland?')).toBe('yes');
    expect(lives('Do you currently live within commuting distance (about 35 miles) of Oakland?')).toBe('yes');
    expect(lives('Do you live in Oakland?')).toBeUndefined();
    // A statement of living outside a country, ticked when true.
    expect(lives('I live outside the UK')).toBe('yes');
    expect(lives('I live outside the United States')).toBe('no');
    // Living abroad from the page's country: a Dutch page's "buitenland" for someone in the US.
    const abroad = (statement: string, language: string) =>
      valuesForQuestion(statement, 'country', { country: 'United States' }, true, language).country;
    expect(abroad('Ik woon in het buitenland', 'nl')).toBe('yes');
    expect(abroad('I live abroad', 'en-US')).toBeUndefined();
    expect(abroad('Ik woon in het buitenland', '')).toBeUndefined();
  });

  it('picks the answer stating that the person already lives where a question of relocation asks, and nothing else', () => {
    const person = { country: 'United States', region: 'California', city: 'San Francisco' };
    const answer = (answers: string[], question = 'Would you relocate for this role?') =>
      residenceAnswer(answers, question, person);
    const relocate = ['Yes, I would relocate', 'No', 'I already live in the Bay Area'];
    expect(answer(relocate)).toBe('I already live in the Bay Area');
    expect(answer(['Yes', 'No', 'I already live in the Seattle area'])).toBeUndefined();
    // Another area of the person's state is no home of theirs, whatever the question names.
    const bakersfield = 'Would you relocate to our Bakersfield, California yard?';
    expect(answer(['Yes', 'No', 'I already live in the Bakersfield area'], bakersfield)).toBeUndefined();
    expect(answer(['Yes', 'No', 'I already live in the area'], bakersfield)).toBeUndefined();
    // A statement naming no place is of the place the question names.
    const hub = ['Yes', 'No', 'I already live near a hub'];
    expect(answer(hub, 'Our hubs are San Francisco, Austin and New York. Would you relocate to one?')).toBe(
      'I already live near a hub',
    );
    expect(answer(hub, 'Our hubs are Austin and Denver. Would you relocate to one?')).toBeUndefined();
    // Living elsewhere near it is no statement of living there.
    const commute = [
      'Yes, I already live in San Francisco',
      'Yes, I live elsewhere in the Bay Area and can commute',
      'No',
    ];
    expect(answer(commute)).toBe('Yes, I already live in San Francisco');
    // Nothing stated: the move is the person's to decide.
    expect(answer(['Yes', 'No'])).toBeUndefined();
  });

  it('answers whether the person lives in a US state from their own', () => {
    const person = { country: 'United States', region: 'California', city: 'San Francisco' };
    const lives = (question: string, values = person) => valuesForQuestion(question, 'country', values, true).country;
    expect(lives('Do you live in California?')).toBe('yes');
    // A US time zone named for the person's state, or only others.
    expect(lives('Do you live in the Pacific or Mountain time zone?')).toBe('yes');
    expect(lives('Are you located in the Eastern or Central time zone?')).toBe('no');
    expect(lives('Do you currently reside in Oregon or Washington?')).toBe('no');
    expect(lives('Are you based in New York or California?')).toBe('yes');
    // States listed by their codes: "CA" and "MD" are no countries here.
    expect(lives('We can employ staff in CA, DC, MD, NY, OR, VA and WA. Do you live in one of these?')).toBe('yes');
    expect(lives('We can employ staff in DC, MD and VA. Do you live in one of these?')).toBe('no');
    // Near a place: no in another state, unknown in the person's own unless it is their city.
    expect(lives('Do you currently reside within 50 miles of Columbus, Ohio?')).toBe('no');
    expect(lives('Do you live within commuting distance of Austin, TX?')).toBe('no');
    expect(lives('Do you live within commuting distance of Fresno, CA?')).toBeUndefined();
    expect(lives('Do you live within 30 miles of San Francisco, CA?')).toBe('yes');
    expect(lives('Do you live within commuting distance of our Toronto office in Canada?')).toBe('no');
    // Someone elsewhere, or with no state kept, has nothing to say about a state.
    expect(lives('Do you live in California?', { ...person, country: 'Canada', region: 'Ontario' })).toBeUndefined();
    expect(lives('Do you live in California?', { country: 'United States', region: '', city: '' })).toBeUndefined();
  });

  it('answers whether the person can start by a date from their start date', () => {
    const start = (question: string) =>
      valuesForQuestion(question, 'start_date', { start_date: '2027-01-15' }, true).start_date;
    expect(start('Are you available to start on or before February 1, 2027?')).toBe('yes');
    expect(start('Are you able to start by January 4, 2027?')).toBe('no');
    expect(start('Could you start before 15 January 2027?')).toBe('no');
    // The date named before the question asks about it.
    expect(start('Our next cohort starts February 1, 2027. Could you start on or before that date?')).toBe('yes');
    expect(start('Training begins January 4, 2027. Can you start by then?')).toBe('no');
    // No date to meet: nothing to say.
    expect(start('Are you available to start immediately?')).toBeUndefined();
  });

  it('accepts a pay range the question states when the pay expected is no more than its top, in its currency', () => {
    const pay = { salary_expectation: '150000', salary_currency: 'USD' };
    const accepts = (question: string, values = pay) =>
      valuesForQuestion(question, 'salary_expectation', values, true).salary_expectation;
    expect(
      accepts('The base salary range for this position is $138,000 - $162,000. Is this range acceptable to you?'),
    ).toBe('yes');
    expect(accepts('The range is $140K–$165K. Is it acceptable?')).toBe('yes');
    // Above the top, or in another currency: the person's to say.
    expect(accepts('The salary range is $120,000 - $140,000. Is this acceptable?')).toBeUndefined();
    expect(accepts('The salary range is €138.000 - €162.000. Is this acceptable?')).toBeUndefined();
    expect(accepts('Is the salary range acceptable?')).toBeUndefined();
  });

  it('answers whether a degree is held from the degree the person holds', () => {
    const holds = (question: string, degree: string) => valuesForQuestion(question, 'degree', { degree }, true).degree;
    const bachelor = "Have you completed the following level of education: Bachelor's Degree?";
    expect(holds(bachelor, "Bachelor's Degree")).toBe('yes');
    expect(holds(bachelor, 'Master of Science')).toBe('yes');
    expect(holds(bachelor, 'Associate of Arts')).toBe('no');
    expect(holds("Do you have a Master's degree?", 'BSc')).toBe('no');
    expect(holds("Do you have a Master's degree?", 'PhD')).toBe('yes');
    // Between graduate degrees the ladder does not say; nor does a question that names no level.
    expect(holds("Do you have a Master's degree?", 'JD')).toBe('JD');
    expect(holds('Do you have a degree in Computer Science?', 'BSc')).toBeUndefined();
    // Whether the entry's school was finished: a degree held says so.
    expect(holds('Did you graduate?', "Bachelor's Degree")).toBe('yes');
    expect(holds('College Graduated?', 'Associate degree')).toBe('yes');
    expect(holds('Completed?', "Bachelor's Degree")).toBe('yes');
    // Any degree past school: a college or university degree, a degree.
    expect(holds('Do you have a college degree?', "Bachelor's Degree")).toBe('yes');
    expect(holds('Do you hold a university degree?', 'Associate degree')).toBe('yes');
    expect(holds('Do you have a degree?', 'High school diploma')).toBe('no');
    // A degree past school is a school finished: a high school diploma is held too.
    expect(holds('Do you have a high school diploma or GED?', "Bachelor's Degree")).toBe('yes');
    expect(holds('Did you graduate from high school?', 'High school diploma')).toBe('yes');
    // The profile holds the level, not the subject: a degree asked in one is left, unless experience will do.
    const inCs = "Do you have a bachelor's degree in Computer Science, Information Systems or a related field?";
    expect(holds(inCs, "Bachelor's Degree")).toBeUndefined();
    // …but a level above the person's is none of theirs in any subject.
    expect(holds("Do you hold a master's degree or higher in statistics or data science?", 'BSc')).toBe('no');
    expect(holds('Degree conferred?', "Bachelor's Degree")).toBe('yes');
    expect(holds(`${inCs.slice(0, -1)}, or equivalent experience?`, "Bachelor's Degree")).toBe('yes');
    // A question cut short by the scan may allow experience past the cut: answered from the level.
    const cut =
      `${inCs.slice(0, -1)}, or equivalent experience? A degree from an accredited school abroad also counts.`.slice(
        0,
        MAX_TEXT_LENGTH,
      );
    expect(holds(cut, "Bachelor's Degree")).toBe('yes');
    // Only a yes/no field is answered yes or no.
    expect(valuesForQuestion(bachelor, 'degree', { degree: 'BSc' }, false).degree).toBe('BSc');
  });
});
