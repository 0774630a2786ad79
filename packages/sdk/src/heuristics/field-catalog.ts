/**
 * The canonical field catalog: data only, the matcher lives in match-field.ts.
 *
 * Patterns are English, with the commonest German, French, Spanish and Portuguese words where
 * ATSs in those countries use them, and run against normalized text: lower-case words separated by one space
 * (see evidence.ts), so `job_application[first_name]` is `job application first name` and
 * `First Name *` is `first name`. `names` run against the name and id attributes, `labels` against
 * the label, placeholder and nearby text. When text matching `not` is present, that piece of
 * evidence does not count for the entry.
 *
 * Entry order breaks score ties between text fields, so more specific entries come first (city
 * before location, the named URLs before website).
 */
import type { CanonicalField } from './canonical-fields.ts';
import type { FieldKind } from './field-kind.ts';
import { AREA_CODE } from '../values/choose-format.ts';
import { READS_UPLOAD_TO_FILL } from './upload-reader.ts';
import { AND_NO_SPONSORSHIP } from './no-sponsorship-asked.ts';

/** A repeat any wording asks for: a fact a form may ask twice in other words. */
/** What "years of …" counts that is no line of work: age, service, schooling. */
const NOT_A_LINE = '(age|service|school|schooling|study|studies|education|college|university|employment)\\b';

const ANY_WORDING = /(?:)/;

/** One canonical's patterns and constraints. */
export interface CatalogEntry {
  readonly canonical: CanonicalField;
  /** Patterns for the words of the name and id attributes. */
  readonly names: readonly RegExp[];
  /** Patterns for human-readable text: label, placeholder, nearby text. */
  readonly labels: readonly RegExp[];
  /** Evidence text matching any of these does not count for this entry. */
  readonly not: readonly RegExp[];
  /**
   * A label matching this asks for something else, whatever the field's name says ("Date started"
   * of a job named `StartDate`): no evidence counts. A label naming someone else (THIRD_PARTY, in
   * an entry's `not`) does the same.
   */
  readonly vetoWhen: RegExp | undefined;
  /** Input types that are evidence on their own (`type="email"`). */
  readonly inputTypes: readonly string[];
  /** Field kinds this canonical can be filled into. */
  readonly kinds: readonly FieldKind[];
  /**
   * A custom combobox can take it typed too, though no other choice field can: a lookup that
   * suggests as the value is typed (a street search), whose typed text may stand.
   */
  readonly lookup: boolean;
  /** Yes/no questions (lone checkboxes, Yes/No selects) only map to entries with this flag. */
  readonly yesNo: boolean;
  /**
   * A yes/no question whose label matches this maps to the entry without the flag: "Do you have 5
   * or more years of experience?" is answered from the years.
   */
  readonly yesNoWhen: RegExp | undefined;
  /**
   * False when the input type alone is too weak to map the field: `type=tel` is used for card
   * numbers, codes and PINs, so a tel input is a phone only with a phone-like word too.
   */
  readonly typeAlone: boolean;
  /** Words that mark a second field asking for the same value (a confirmation box): it maps too. */
  readonly repeatWhen: RegExp | undefined;
  /**
   * Words that make a question answerable only by a pick from the page's options: a time zone is
   * read from where the person lives, and typed it has no one spelling.
   */
  readonly choiceOnlyWhen: RegExp | undefined;
  /**
   * Words that make a long box ask for this one-line value all the same: a form builder that draws
   * every text question as a textarea asks "Your GitHub profile URL" in one.
   */
  readonly textareaWhen: RegExp | undefined;
  /**
   * Option texts that, two or more of them, say a list asks something else: a "Title" list of Mr,
   * Ms and Dr is how to address the person, not their job.
   */
  readonly optionsRuleOut: RegExp | undefined;
  /** Words that make a field a second choice: it gets the value only when no other field asks for it. */
  readonly secondChoiceWhen: RegExp | undefined;
  /**
   * Example values a page writes as the only placeholder of an unlabelled box ("Jane", "Doe",
   * "(555) 123-4567", "Berlin, Germany"), matched against the placeholder as written.
   */
  readonly examples: readonly RegExp[];
}

/**
 * A name asked again in Latin letters: Korean 영문 이름, Japanese 氏名（ローマ字）, "name in Latin
 * characters", Taiwanese 英文姓名 (the whole name as the passport spells it). Not a Chinese form's
 * 英文名, the English name one goes by besides the legal one.
 */
const ROMANIZED_NAME =
  /^(영문 ?(이름|성명|명)|(氏名|名前) ?ローマ字|英文姓名|name in (latin|roman) (letters|characters|script))$/;

/** A career stage asked instead of the years ("경력구분": 신입 / 경력, "Fresher or experienced?"). */
const CAREER_STAGE =
  /경력 ?(구분|여부)|신입 ?\/ ?경력|\bfresher (or|\/) experienced\b|^(work )?experience (type|status)$/;

/**
 * The time zone the person works in, read from the state or city they live in. Not the zones a
 * team overlaps with or the hours someone would work in another zone: those are the person's call.
 */
const TIME_ZONE =
  /^(?!.*\b(overlap\w*|all that apply|willing|able|comfortable|available|hours|prefer\w*)\b).*\b(time ?zone|zona horaria|fuso hor[aá]rio|fuseau horaire|zeitzone)\b/;

/**
 * The person's state asked as a question: "Which US state would you be working from?" (a remote
 * role's payroll state), "In which state do you currently reside?", "In which US state would you
 * be on payroll?", "Which of our hiring states do you live in?".
 */
const STATE_QUESTION =
  /\b(which|what) (of (our|the|these) )?(us |u s |hiring |listed |eligible )?(state|province)s?( or (territory|province|state))? (would|will|do|are) you (currently |presently |now )?(be )?(work|working|employed|live|living|based|located|reside|residing)\b|\b(state|province)\b.*\bpayroll\b|\bpayroll (state|province)\b/;

/** "Which of our offices are within commuting distance of where you live?": the ones in the person's city. */
const NEAR_HOME =
  /\b(which|what) (of (our|the|these) )?(\w+ )?(office|location|site|campus|store|branch|hub)(e?s)? ((are|is) within (a )?(reasonable |daily )?commut\w* distance of (where you (live|reside)|your (home|residence))|(could|can|would) you (reasonably |easily |realistically )?commute to|(is|are) (the )?(closest|nearest) to (you|where you (live|reside)|your (home|residence)))\b/;

/** Not when the words after say the place is picked by where the person lives ("… nearest to where you live"). */
const PICKED_BY_HOME =
  '(?!.*\\b(nearest|closest) to where you|.*\\bcommut\\w* distance of where you|.*\\bcould you commute to|.*\\b(closest|nearest) to you\\b)';

/** "Which (of these) metro areas do you live in?": a place picked by where the person lives. */
const METRO_QUESTION =
  /\b(which|what) (of (these|the|our) )?(metro(politan)?( areas?)?|areas?|regions?) (do|are) you (currently )?(live|living|reside|residing|based|located)\b/;

/**
 * "Do you have a high school diploma or GED?", "Did you graduate from high school?": answered from
 * the degree held, for a degree past school is a school finished (fill/question-answer.ts).
 */
const HIGH_SCHOOL_FINISHED =
  /^(do|did|have|are) you\b.*\b(high school|secondary school)( or (a )?(ged|equivalent))? (diploma|education|graduate)\b|^(do|did|have) you (\w+ )?graduated? (from )?(high|secondary) school\b/;

/** German "Unterstützung bei Visum oder Arbeitserlaubnis": support with a visa, the sponsorship, not the right to work. */
const VISA_SUPPORT = /\bunterst[uü]tzung bei (einem |der |ihrem )?(visum|visa|aufenthalts\w*|arbeitserlaubnis)\b/;

/** A bar of years a question sets ("at least 5 years of experience building …"), met or not: a question of its own. */
const YEARS_BAR =
  /\b(at least |minimum of |more than |over )?(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)( \d{1,2})? (or more |plus )?years? (of )?(\w+ ){0,4}experience\b|\bminimum\b.*\b(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten) years? (in|as|of) (an? |the )?(\w+ ){0,4}(position|role|job|capacity)\b/;

/** The countries a right-to-work question names most ("in the US", "within the UK"). */
const WORK_COUNTRY = '(the )?(us|u s|usa|u s a|united states|uk|united kingdom|canada|australia|eu)';

/**
 * The box of a work-history entry saying it is the job held now ("I currently work here",
 * "Currently employed here"): the person's current employment, and an entry's end beside its start.
 */
export const WORKS_HERE =
  /^(i (currently |presently |still )?work (here|there)|i am (currently |presently |still )?(working|employed) (here|there)|(currently|presently|still) (employed|working) (here|there)|(jeg (jobber|arbeider|arbejder)|jag arbetar|ik werk) (her|här|hier)( (nå|nu|nog|momenteel))?)$/;

/** Someone else's details: a referrer's email is not the applicant's email. */
/** Words asking for a number written with its code ("Please include your country code", "with the"). */
const WITH_THE_CODE = '\\b(with|include|includes|including|incl|add|start with) (the |your |a )?';

/** "… sin necesitar patrocinio de visa", "sem precisar de patrocínio", "ohne Visa-Sponsoring", "sans parrainage". */
const WITHOUT_SPONSORSHIP_ABROAD =
  /\b(sin|sem|ohne|senza|sans|zonder) (\S+ ){0,4}(patroc[ií]nio|sponsoring|sponsorizzazione|sponsorship|parrainage|parrainer|visa|visto)\b/;

export const THIRD_PARTY =
  /\b(refer\w*|emergency|recruiter|manager|supervisor|spouse|parent|guardian|friend|friends|colleague|their|employer|employer s)\b/;

type EntryInput = Partial<Omit<CatalogEntry, 'canonical'>> & Pick<CatalogEntry, 'canonical'>;

function entry(input: EntryInput): CatalogEntry {
  return {
    names: [],
    labels: [],
    not: [],
    inputTypes: [],
    kinds: ['text'],
    lookup: false,
    yesNo: false,
    yesNoWhen: undefined,
    typeAlone: true,
    repeatWhen: undefined,
    choiceOnlyWhen: undefined,
    textareaWhen: undefined,
    optionsRuleOut: undefined,
    secondChoiceWhen: undefined,
    vetoWhen: undefined,
    examples: [],
    ...input,
  };
}

/** A question asking for a link, not about what it leads to ("Your GitHub profile URL", "Link to your portfolio"). */
const ASKS_LINK = /\b(url|link|profile|handle|username|address)\b/;

/** Every canonical field, most specific first (order breaks score ties). */
export const FIELD_CATALOG: readonly CatalogEntry[] = [
  entry({
    canonical: 'email',
    names: [/\be ?mail\b/],
    labels: [
      // Dutch "E-mailadres", Swedish "E-postadress", Norwegian "E-post".
      /(^| )(e ?mail ?adres|e ?post(adress|adresse)?)( |$)/,
      /\be ?mail\b/,
      /\bcourriel\b/,
      /\bcorreo\b/,
      /(^| )(электронная почта|e posta|e postadresse|e mail adresse)( |$)/,
      /^(이메일|メール ?アドレス|メール|邮箱|电子邮件|電子郵件|電子信箱)( 주소)?$/,
      /(^| )(sähköposti(osoite)?|อีเมล)( |$)/,
    ],
    not: [THIRD_PARTY, /\b(newsletter|subscribe|subscription)\b/],
    inputTypes: ['email'],
    // "Conferma e-mail", "Bevestig e-mailadres", "E-posta tekrar", "Potvrzení e-mailu"
    repeatWhen: /\b(confirm\w*|verify|repeat|re ?(enter|type)|again|conferma|bevestig\w*|tekrar|potvr\w*)\b/,
  }),
  entry({
    canonical: 'first_name',
    names: [/\b(first|given|fore) ?name\b/, /\bf ?name\b/, /(^| )first$/, /\b(vorname|prenom)\b/, /(^| )nome$/],
    labels: [
      // Dutch.
      /^voorna(a)?m(en)?$/,
      // European Portuguese "Nome próprio".
      /^nome pr[óo]prio$/,
      /\b(first|given) names?\b/,
      /\bforenames?\b/,
      /^first$/,
      // "First things first, what should we call you?": a form asking the surname apart, or a chat.
      /\bwhat (should|shall|can|do) (we|i|the team) call you\b/,
      /\bvorname\b/,
      /\bpr[eé]nom\b/,
      /^nombres?( s)?$/,
      // Italian "Nome" beside "Cognome"; Portuguese writes the whole name as "Nome completo".
      /^nome$/,
      /^(imi[eę]|f[oö]rnamn)$/,
      /^(名|名前 名)$/,
      /^(имя|ad|adı|fornavn)$/,
      // Hungarian, Romanian, Finnish, Vietnamese and Thai; no word boundaries around letters \b does not know.
      // Thai is written as NFKC leaves it: SARA AM as NIKHAHIT and SARA AA.
      /(^| )(keresztnév|utónév|prenume(le)?|etunimet|etunimi|tên|ชื่อ|ชื่อจริง)$/,
      // Croatian, Indonesian.
      /^(ime|nama depan)$/,
      // Slovak, Czech, Latvian, Lithuanian, Estonian.
      /^(meno|krstn[eé] meno|jm[eé]no|k[rř]estn[ií] jm[eé]no|v[aā]rds|vardas|eesnimi)$/,
    ],
    not: [THIRD_PARTY, /\b(preferred|nick ?name|last|family|sur ?name)\b/],
    // "Max" is a name written as one; "max" beside "min" is a bound.
    examples: [/^(e\.g\.? )?(jane|john|maria|alex)$/i, /^(e\.g\.? )?Max$/],
  }),
  entry({
    canonical: 'last_name',
    names: [
      /\b(last|family|sur) ?name\b/,
      /\bl ?name\b/,
      /(^| )last$/,
      /\b(nach|familien)name\b/,
      /\bapellidos?\b/,
      /\bcognome\b/,
    ],
    labels: [
      // Dutch and Flemish.
      /^(achternaam|familienaam)$/,
      /^sobrenome$/,
      // European Portuguese "Apelido(s)" (surnames); Brazil's "Apelido" alone is a nickname.
      /^apelido(s| s)$/,
      /\b(last|family) name\b/,
      /\bsurname\b/,
      /^last$/,
      /\b(nach|familien)name\b/,
      /^nom( de famille)?$/,
      /\bapellidos?\b/,
      /\bcognome\b/,
      /^(nazwisko|efternamn)$/,
      /^姓$/,
      /^(фамилия|soyad|soyadı|efternavn|etternavn)$/,
      /(^| )(vezetéknév|családnév|nume( de familie)?|numele de familie|sukunimi|họ|นามสกุล)$/,
      /^(prezime|nama belakang)$/,
      /^(priezvisko|p[rř][ií]jmen[ií]|uzv[aā]rds|pavard[eė]|perekonnanimi|priimek)$/,
    ],
    not: [THIRD_PARTY, /\b(preferred|nick ?name|first|given)\b/],
    examples: [/^(e\.g\.? )?(doe|smith|mustermann|appleseed)$/i],
  }),
  entry({
    canonical: 'full_name',
    names: [/(^| )(full ?)?name$/],
    labels: [
      /^((your|full|legal|candidate|applicant) )*name( as .*)?$/,
      /\bfull (legal )?name\b/,
      // The name asked as a question, as conversational forms do: "What's your name?", "Hi! Let's
      // start with your name.", "May we have your name?"
      /\b(what( is| s)?|(start|begin) with|(may|can|could) (i|we) (have|get|ask)|tell (us|me)) your (legal )?name\b/,
      /^(nome|nombre) completo$/,
      /^nome e cognome$/,
      /^(이름|성명|氏名|お名前|姓名)$/,
      // The name in Latin letters (a Korean or Japanese page's romanized name): the profile's name already is.
      ROMANIZED_NAME,
      /^((teljes )?név|nume( (și|şi|si) prenume| complet)|numele (și|şi) prenumele|(koko )?nimi|họ (và )?tên|ชื่อ นามสกุล)$/,
      /^(ime i prezime|nama( lengkap)?)( sesuai ktp( paspor)?)?$/,
    ],
    not: [
      THIRD_PARTY,
      // A name one goes by besides the legal one ("English name" on a Chinese form, an alias) is theirs to give.
      /\b(english|chinese|native|alias|maiden|former)\b/,
      /\b(first|last|middle|given|family|sur|preferred|nick|company|employer|organi[sz]ation|org|user|file|school|university|college|institution|education|edu|degree|course|project|job|position|title|display|business|account|street|city|country|domain|sign|signature|signed|initials|card|cardholder|billing)\b/,
    ],
    examples: [/^(e\.g\.? )?(jane|john) (doe|smith|appleseed)$/i, /^(e\.g\.? )?max mustermann$/i],
    repeatWhen: ROMANIZED_NAME,
  }),
  entry({
    canonical: 'phone',
    names: [/\b(tele?)?phone\b/, /\btel\b/, /\b(mobile|cell)\b/, /\b(telefon\w*|handy|mobil|cellulare)\b/],
    labels: [
      // Dutch "Telefoonnummer", "Mobiel nummer".
      /(^| )(telefoon(nummer)?|mobiel(e)?( telefoon)?( ?nummer)?)( |$)/,
      // European Portuguese: the mobile is a "telemóvel".
      /\btelem[óo]vel\b/,
      // Belgium's mobile is a "GSM".
      /^gsm$/,
      /\b(tele?)?phone\b/,
      /\b(mobile|cell)( number)?\b/,
      /^(tel|contact number)$/,
      // A paper form's "(Area)" box beside the number, named only by its title: the phone's first part.
      /^((tele)?phone )?area code$/,
      // "Best number to reach you", "Number where we can reach you"
      /\bnumber (to|where|at which) (we can |we may )?(reach|contact|call) you\b/,
      // "And a number for a quick intro call?", "Best number to text you".
      /\b(a|your|best) (phone |mobile |contact )?number (for|to|where) (we can )?((a|an|the|our|your|quick|short|brief|phone|intro|introductory|screening|first) ){0,3}(call|calls|text|chat|reach|contact)\b/,
      // A box captioned only by its help: "Please include your country code".
      /^(please )?(include|add|start with) (the |your )?country code\b/,
      /\b(telefon\w*|handy|mobil(telefon|nummer|nr)?|ruf ?nummer|t[eé]l[eé]phone|portable|tel[eé]fon[oe]|celular|cellulare|m[oó]vil)\b/,
      /(^| )((мобильный |контактный )?телефон|cep telefonu|telefonnummer|mobilnummer)( |$)/,
      /(^| )((mobil)?telefonszám|puhelin(numero)?|matkapuhelin|số điện thoại|điện thoại|(เบอร์)?โทรศัพท์(มือถือ)?|เบอร์มือถือ)( |$)/,
      /(^| )(broj (mobitela|telefona)|mobitel|nomor (hp|telepon|ponsel)( whatsapp)?|no hp)( |$)/,
    ],
    not: [
      THIRD_PARTY,
      new RegExp(`(?<!${WITH_THE_CODE})\\b(country|dial|calling|zip|postal|promo|verification|access|phone) code\\b`),
      /\bcountry phone\b/,
      /\b(extension|ext|type|device|card|cvv|cvc|credit|fax|pin|otp|verification|zip|postal)\b/,
    ],
    inputTypes: ['tel'],
    typeAlone: false,
    // A number split over an area-code box and a number box: both ask for the phone.
    repeatWhen: new RegExp(`\\b(local|number)\\b|${AREA_CODE.source}`, 'i'),
    // The user's phone is the one they carry: a home or work line beside a mobile box is not it.
    secondChoiceWhen:
      /\b(home|work|office|business|landline|land line|alternat\w*|other|secondary|evening|fixed|recado|mensaje)\b/,
    // A written-out number: "(555) 123-4567", "+1 555 123 4567", "555-123-4567".
    examples: [/^(e\.g\.? )?(\+\d{1,3}[\s.-]?)?\(?\d{3}\)?[\s.-]?\d{3}[\s.-]?\d{4}$/i],
  }),
  entry({
    canonical: 'phone_country_code',
    names: [
      // A bare "countryCode" names a country select (ISO codes) as often as a dial code: the phone says which.
      /\b(phone|dial|calling|tel) ?country ?code\b/,
      /\bdial ?code\b/,
      /\bphone ?(country|prefix)\b/,
      /\bcalling ?code\b/,
      /\bisd ?code\b/,
    ],
    labels: [
      // European Portuguese "Indicativo" (the dialing code).
      /^indicativo( do pa[íi]s| telef[óo]nico| internacional)?$/,
      /\bcountry (or )?(region )?(calling |dial(l?ing)? |phone )?code\b/,
      // "Country prefix": a phone's prefix named for its country; Polish "(Numer) kierunkowy".
      /^(country|international) (phone )?prefix$/,
      /^(numer )?kierunkowy( kraju)?$/,
      /\bdial(l?ing)? code\b/,
      /\bphone (number )?(country|prefix|code)\b/,
      /\bcalling code\b/,
      /^(ddi|lada|isd( code)?|c[oó]digo (do pa[ií]s|de pa[ií]s|internacional))$/,
      /^(prefisso|prefijo)( internazionale| telefonico| telef[oó]nico| internacional)?$/,
      /^indicatif( t[eé]l[eé]phonique| international| pays| du pays)?$/,
      /(^| )(код страны|ülke kodu|kod kraju|landskode|landnummer|l[aä]ndervorwahl|国番号|国际区号|국가번호|رمز الدولة|مفتاح الدولة|קידומת מדינה)( |$)/,
      /^(mã (quốc gia|vùng)|országhívó( szám)?|(ország )?előhívó|prefix(ul)? (telefonic|de [țţ]ară)|maatunnus|รหัสประเทศ)$/,
    ],
    // "Phone number (with country code)" asks for the whole number.
    not: [
      THIRD_PARTY,
      /\b(postal|zip)\b/,
      // …but "Phone number country" (react-phone-number-input's picker) names the code's country.
      /\b(phone|mobile|telephone|cell) number\b(?! (country|prefix|calling|dial))/,
      // "Please include your country code", "with the country code": the whole number, written with it.
      new RegExp(`${WITH_THE_CODE}country code\\b`),
    ],
    kinds: ['text', 'choice'],
  }),
  entry({
    canonical: 'linkedin_url',
    names: [/\blinked ?in\b/],
    labels: [/\blinked ?in\b/],
    // "Import from LinkedIn" beside the resume upload is a shortcut that fills the form, as an
    // "Autofill from resume" upload is: the profile goes in the form's own box.
    vetoWhen: /\bimport\b/,
    textareaWhen: ASKS_LINK,
  }),
  entry({
    canonical: 'github_url',
    names: [/\bgit ?hub\b/],
    labels: [/\bgit ?hub\b/],
    textareaWhen: ASKS_LINK,
  }),
  entry({
    canonical: 'website',
    names: [/\b(personal ?)?web ?site\b/, /\bhome ?page\b/, /\bblog\b/, /\bpersonal (url|site|link)\b/],
    labels: [
      // "Sitio web o portafolio", "Site web", "Webseite", "Página web".
      /^(sitio|p[aá]gina|site) (web|internet|pessoal)( (o|ou|or) (portafolio|portef[oó]lio|portf[oó]lio))?$|^(pers[oö]nliche )?webseite$/,
      /\bweb ?site\b/,
      /\bhome ?page\b/,
      /\bblog\b/,
      /\bpersonal (url|site|link)\b/,
      /^(url|link)$/,
      /(^| )(личный сайт|сайт|(kişisel )?web sitesi|hjemmeside)( |$)/,
      // "Site web", "Site personnel", "Sitio web", "Sito web"
      /\bsit[eio] (web|internet|personnel)\b/,
    ],
    // "Search the district website" is the site's search box.
    not: [/\b(linked ?in|git ?hub|twitter|facebook|instagram|company|employer|hear|search)\b/],
  }),
  entry({
    canonical: 'portfolio_url',
    names: [/\bportfolio\b/],
    labels: [/\bportf[oó]lio\b|포트폴리오/],
    textareaWhen: ASKS_LINK,
  }),
  entry({
    canonical: 'address_line1',
    names: [
      /\baddress ?(line ?)?1\b/,
      /\bstreet( ?address)?\b/,
      /^(home ?)?address$/,
      /\baddress line 1\b/,
      /\b(strasse|adresse|direccion)\b/,
    ],
    labels: [
      // Workday in German: "Adresszeile 1".
      /^adress(zeile|e zeile) 1$/,
      // A paper form's sentence: "I live at [ ] in the city of [ ]".
      /^i (currently )?(live|reside) at$/,
      // Dutch, Swedish and Turkish street lines.
      /^(straat(naam)?|straat en huisnummer|adres|gatuadress|açık adres)$/,
      // "Calle y número", "Rue et numéro", "Rua e número".
      /^(calle|rue|rua|via)( y| et| e)? (n[uú]mero|num[eé]ro|civico)$/,
      /^morada( completa)?$/,
      /\baddress( line)? 1\b/,
      // "Line 1" under an address heading.
      /^line 1$/,
      /\bstreet( address)?\b/,
      /^((home|mailing|postal|current|street|residential|residence) )?address$/,
      /\bstra(ss|ß)e\b/,
      /^adresse( postale)?$/,
      /^(direcci[oó]n|endere[cç]o|logradouro|rua)( de (residencia|domicilio|resid[eê]ncia))?$/,
      // "Endereço" with its help inside the label: "Rua, número e complemento", "Calle y número".
      /^(direcci[oó]n|endere[cç]o) (rua|calle|logradouro) (\S+ ){0,3}(n[uú]mero|complemento)$/,
      /^indirizzo( di (residenza|domicilio))?( \(?via e (numero )?civico\)?)?$/,
      /^(ulica|adres|utdelningsadress|gatuadress|住所|地址|주소)$/,
      /^(ulica a [cč][ií]slo( domu)?|ulice a [cč][ií]slo( popisn[eé])?|adrese|adresas|aadress|iela|heimilisfang)$/,
      /^(адрес|adres|adresse)$/,
      /^(utca( házszám)?|lakcím|cím|adres[aă]( (stradă|strada) (număr|numar))?|katuosoite|lähiosoite|địa chỉ|ที่อยู่)$/,
      /^(alamat|adresa)( .*)?$/,
    ],
    // "Street, City, State and ZIP" asks for the whole address in one box (values/whole-address.ts).
    not: [
      THIRD_PARTY,
      /\b(e ?mail|web|ip|url|line 2|2|second|apt|suite|country)\b/,
      /(?<!\b(street|address)\b.*)\bcity\b/,
      // Addresses the person has left ("list previous addresses for the past 3 years").
      /\b(previous|former|prior|past)\b/,
    ],
    kinds: ['text', 'textarea'],
    // A street lookup drawn as a combobox: its suggestions come as the street is typed.
    lookup: true,
  }),
  entry({
    canonical: 'postal_code',
    names: [/\b(zip|postal|post) ?code\b/, /\bzip\b/, /\bpostcode\b/, /\b(plz|postleitzahl)\b/],
    labels: [
      /\b(zip|postal|post) ?code\b/,
      /\bzip\b/,
      /\bpostcode\b/,
      /\b(plz|postleitzahl|code postal|c[oó]digo postal|cep)\b/,
      // India's postal index number.
      /\bpin ?code\b/,
      // Italian codice di avviamento postale.
      /^(cap|postal)$/,
      /^(kod pocztowy|postnummer|郵便番号|邮编|邮政编码|우편번호)$/,
      // Mexico's and France's "C.P." (código / code postal)
      /^c ?p$/,
      /^(индекс|почтовый индекс|posta kodu|postnr|postnummer)$/,
      /^(irányítószám|cod po[șş]tal|postinumero|mã bưu (điện|chính)|รหัสไปรษณีย์)$/,
      /^(poštanski broj|kode pos)$/,
      /^(ps[cč]|pasta indekss|pa[sš]to kodas|postiindeks|po[sš]tna [sš]tevilka|p[oó]stn[uú]mer)$/,
    ],
    // "City, State, ZIP Code" in one box asks the place with its code (choose-format's location_postal).
    not: [THIRD_PARTY, /\bcity\b.*\b(state|province)\b.*\b(zip|postal)\b/],
  }),
  entry({
    canonical: 'region',
    names: [/\b(state|province|region)\b/, /\baddress level 1\b/],
    labels: [
      // Portugal's districts.
      /^distrito$/,
      // Colombia's "Departamento".
      /^departamento( de residencia)?$/,
      // French "Région de résidence", Brazilian "Estado onde reside (UF)", Spanish "Provincia de residencia".
      /^(r[eé]gion|d[eé]partement|estado|provincia|prov[ií]ncia|regi[aã]o|regi[oó]n|bundesland|kanton|provincie) (de r[eé]sidence|de residencia|de resid[eê]ncia|onde (voc[eê] )?(reside|mora)|donde (resides|reside|vives))( uf)?$/,
      /^((us|u s|home) )?(state|province|region|county|emirate|prefecture|canton)( \w+)?$/,
      /^((us|u s|current) )?(state|province|region|county) of (residence|residency|domicile)$/,
      // "If you live in the U.S., which state?": where the person lives named first.
      /\b(live|living|reside|residing|based)\b.*\b(which|what) (us |u s )?(state|province)$/,
      // "Where in the US are you located?": a part of the country, its cards listing their states.
      /^where in the (us|u s|usa|united states) (are you|do you) (currently )?(located|based|live|reside)\b/,
      // USWDS's address: "State, territory, or military post"; Canada's "Province or Territory".
      /^(state|province|region),? (or |ou |\/ )?(territory|territoire|province|region|state)\b/,
      /\bstate ?\/? ?province\b/,
      /\bstate or province\b/,
      /^(bundesland|r[eé]gion|provincia|estado)$/,
      // "Estado de residencia", "Distrito de residência", France's "Département" (with "99 - Étranger").
      /^(estado|distrito|provincia|prov[ií]ncia|regi[oó]n|regi[aã]o|regione|d[eé]partement|kanton|canton)( (de|di|du) (residencia|resid[eê]ncia|residenza|r[eé]sidence))?$/,
      // Sweden's "Län", Norway's "Fylke", Dutch "Provincie", Turkish "(İkamet ettiğiniz) il".
      /^(län|fylke|provincie|((ikamet ettiğiniz|yaşadığınız|bulunduğunuz) )?il)$/,
      /^((お住まいの|現住所の|居住地の|居住)?都道府県|省份|시 ?도|(居住)?(縣市|县市))$/,
      STATE_QUESTION,
      TIME_ZONE,
      // "Which region of the US do you live in?", "Which U.S. region do you live in?": the area holding the state.
      /\b(which|what) (part|region|area) of (the )?(us|u s|usa|u s a|country)\b.*\b(live|living|reside|residing|based|located)\b/,
      /\b(which|what) (us|u s|usa) (region|area)\b.*\b(live|living|reside|residing|based|located)\b/,
      /^(megye|jude[țţ](ul)?|tỉnh( thành phố)?( (đang sinh sống|hiện tại|nơi ở))?|จังหวัด(ที่อยู่ปัจจุบัน)?)$/,
      /^(περιφέρεια|νομός|županija|provinsi|область)$/,
    ],
    // A licence's issuing state is the licence's, not where the person lives.
    not: [THIRD_PARTY, /\b(united|statement|status|birth|issuing|issued|licen[cs]e)\b/],
    // The state asked again as a question beside the address's ("In which state will you be
    // working? (payroll)"): the same state.
    repeatWhen: new RegExp(`${STATE_QUESTION.source}|${TIME_ZONE.source}`),
    choiceOnlyWhen: TIME_ZONE,
    kinds: ['text', 'choice'],
  }),
  entry({
    canonical: 'city',
    // Australia, New Zealand and South Africa ask for the suburb where others ask for the city.
    names: [
      /\bcity\b/,
      /\btown\b/,
      /\bsuburb\b/,
      /\baddress level 2\b/,
      /(^| )(wohn)?ort$/,
      /\b(stadt|ville|ciudad)\b/,
    ],
    labels: [
      // Dutch "Woonplaats", Swedish "Postort", Turkish "Şehir / İlçe".
      /^(woonplaats|plaats|postort|ort|stad|şehir( ilçe)?)$/,
      /^localit[eé]$/,
      /^localidade$/,
      /\bcity\b/,
      /\btown\b/,
      /\bsuburb\b/,
      /^(wohn)?ort$/,
      /\b(stadt|ville|ciudad|cidade|citt[aà]|comune)\b/,
      /^(miejscowo[sś][cć]|miasto|localidad|poblaci[oó]n|所在城市|城市|市区町村)$/,
      /^(город|şehir|il|by|bynavn|poststed)$/,
      /^(obec|mesto|m[eě]sto|pils[eē]ta|miestas|linn)$/,
      // "Yaşadığınız şehir", "Woonplaats", "In welke plaats woon je?"
      /^(yaşadığınız|bulunduğunuz|ikamet ettiğiniz) (şehir|il|kent)$/,
      /^woonplaats$|\bin welke (plaats|stad|gemeente) woon (je|u)\b/,
      /^(település|város|helység|localitate(a)?|ora[șş](ul)?|postitoimipaikka|kotikunta|paikkakunta|kaupunki|thành phố|เมือง)$/,
      /^(mjesto|grad|kota( kabupaten)?|місто|город проживания)$/,
    ],
    // "City, state" asks for the place as people write it: the location.
    not: [THIRD_PARTY, /\b(birth|office|preferred|desired)\b/, /\bcity,? (and )?(state|province|region|country)\b/],
    // A suburb is the city only where no box asks for the town or city itself (New Zealand asks both).
    secondChoiceWhen: /\bsuburb\b/,
    kinds: ['text', 'choice'],
    // The city asked again as a question ("Which city do you currently live in?") beside the
    // address or a "Location (City)" box: the same city.
    repeatWhen: /\b(which|what) city\b.*\b(live|living|reside|residing|based|located)\b/,
  }),
  entry({
    canonical: 'location',
    names: [/\b(current ?)?location\b/],
    labels: [
      /\b(current )?location\b/,
      /\bwhere are you (currently )?(located|based)\b/,
      /\bwhere do you (currently )?live\b/,
      // "Which metro area do you live in?": a place list of areas around cities.
      METRO_QUESTION,
      /\b(which|what) metro(politan)?( area)? are you (currently )?in\b|^((your|which|what) )?metro(politan)? area$/,
      // "Which metro area are you closest to?": the one around where the person lives.
      /\b(which|what) metro(politan)?( area)? (are|do) you (live )?(currently )?(closest|nearest) to\b/,
      // "Which District office is nearest to where you live?", "Which of our offices are within
      // commuting distance of where you live?": places picked by where the person lives.
      /\b(nearest|closest) to (where you (live|reside)|your (home|residence))\b/,
      NEAR_HOME,
      /^((your|current|present) )?city,? (and |& )?(state|province|region|country)\b/,
      // "Which city and state do you live in?", "Where do you live? (city, country)": the place a
      // person lives, asked as a question.
      /\bcity,?( and| &)? (state|province|region|country)\b.*\b(live|reside|located|based)\b/,
      /\b(live|reside|located|based)\b.*\bcity,?( and| &)? (state|province|region|country)\b/,
      /^(현재 )?거주지$|^(居住地|現在地)$|^(текущее )?местоположение$/,
      // "Current residence", "Place of residence": where the person lives, as a place.
      /^((current|present|your) )?(place of )?residen(ce|cy)$/,
      // "Residential status" (citizen, permanent resident, pass holder, not residing there): a pick.
      /^((current|present|your) )?(\w+ )?residen(tial|ce|cy) status\b/,
    ],
    not: [
      // An office picked as the one nearest to where the person lives is picked by where they live.
      new RegExp(
        `\\b(prefer(red|ence)?|desired|office|relocat\\w*|willing|open to|applying|interested)\\b${PICKED_BY_HOME}`,
      ),
      // …but "Which region do you live in?" asks where the person lives.
      new RegExp(
        `\\bwhich (of (our|the|these) )?(location|office|site|store|branch|region|team|job)s?\\b(?! (do|are) you (currently )?(live|living|reside|residing|based|located)\\b)${PICKED_BY_HOME}`,
      ),
      /\bcity\b(?!,? (and )?(state|province|region|country))/,
      /\b(job|work) location\b/,
      // "School Name & Location", "Employer address and location": a place of the school's or the employer's.
      /\b(school|college|university|institution|employer|company)\b/,
      // A follow-up to an answer ("If yes, please list the location and dates"): a place of that answer's.
      /\bif (yes|so)\b|\blocations? and dates?\b/,
    ],
    // Where the person lives asked as a question beside the "Location" box, often as a pick of
    // regions ("Where are you based?": UK & Ireland, North America, …, "Which of these metro areas
    // do you live in or near?"): the same place.
    repeatWhen: new RegExp(
      `\\bwhere (are|do) you (currently )?(located|based|live)\\b|${METRO_QUESTION.source}|${NEAR_HOME.source}`,
    ),
    kinds: ['text', 'choice'],
    // A residential status is picked from the page's statuses; typed, it would be a place.
    choiceOnlyWhen: /\bstatus\b/,
    // "Berlin, Germany", "Austin, TX": a place and its country or state.
    examples: [/^(e\.g\.? )?\p{Lu}\p{Ll}+( \p{Lu}\p{Ll}+)?, (\p{Lu}\p{Ll}+( \p{Lu}\p{Ll}+)?|\p{Lu}{2})$/u],
  }),
  entry({
    canonical: 'country',
    names: [/\bcountry\b/, /(^| )(land|pays|pais)$/],
    labels: [
      /\bcountry\b/,
      /^(land|pays|pa[ií]s)( de r[eé]sid(ence|encia|[eê]ncia))?$/,
      // Workday in German and French: "Land/Region", "Pays/Région".
      /^(land|pays|pa[ií]s) (region|r[eé]gion|regi[oó]n)$/,
      /^(wohnsitzland|wohnland|land des wohnsitzes)$/,
      /^(nazione|paese)( di residenza)?$/,
      // Slovak and Czech "Štát", "Stát" is the country; Chinese 国家／地区.
      /^(kraj|国家|國家|štát|stát|država|valsts|valstyb[eė]|riik)( ?(地区|地區))?$/,
      /^kraj zamieszkania$/,
      // "Do you live in the UK?" is answered from the country (fill/question-answer.ts).
      /\b(do|are) you (currently )?(live|living|reside|residing|based|located) in (?!(this|that|or|near|commuting)\b)(?!the (city|area|region)\b)/,
      // "Ik woon in het buitenland", "I live abroad": ticked when the page's country is not the person's (fill/question-answer.ts).
      /^(i (currently )?(live|reside)|ik woon|ich wohne|je (vis|réside|habite)|vivo|moro|resido|jeg bor|jag bor)( (in het|im|à l|a l|en el|no|i))? (abroad|overseas|buitenland|ausland|étranger|extranjero|exterior|utlandet|udlandet)$/,
      // "I currently live in California.", ticked in a list of statements when true; "Moro fora do
      // Brasil", "I live outside the UK": ticked when the person lives elsewhere (fill/question-answer.ts).
      /^i (currently |already )?(live|reside) (in|within|outside( of)?) \w|^(moro|vivo|resido) (fora|fuera) d[eoa]s? \w/,
      // "¿Vives actualmente en Monterrey?", "Você mora no Brasil?", "Você reside atualmente nos
      // Estados Unidos?", "Wohnen Sie derzeit in den USA?", "Résidez-vous en France ?", "Risiede in Italia?"
      /\b(vives|resides|vive usted|reside usted|voc[eê] (mora|reside)|mora) (actualmente |atualmente )?(en|em|no|na|nos|nas) \S/,
      // "¿Reside actualmente en España?" (the subject left out), "Woon je momenteel in Nederland?"
      /^(reside|vive) (usted )?(actualmente |atualmente )?(en|em|no|na) \S/,
      /\b(woon je|woont u) (momenteel |op dit moment |nu )?in \S/,
      /\b(wohnen|leben) sie (derzeit |aktuell |momentan |zurzeit )?in \S/,
      /\b(r[eé]sidez|habitez|vivez)[ -]vous (actuellement )?(en|au|aux|a|à|dans) \S/,
      /\b(risiedi|risiede|vivi|vive) (attualmente )?(in|a|nel|nello|nella|negli|nei) \S/,
      // "Are you currently a resident of the State of California?" (a permanent or legal resident is
      // a status the authorization asks about).
      /\bare you (currently |presently |now )?an? residents? (of|in) \S/,
      // "Do you reside within 50 miles of Columbus, Ohio?": no, for someone in another state or country.
      /\b(do|are) you (currently )?(live|living|reside|residing|based|located) within (\w+ ){1,5}(of|from) \w/,
      /^(страна( проживания)?|ülke|(bulunduğunuz|yaşadığınız|ikamet ettiğiniz) ülke|bopælsland)$/,
      /^(ország|[țţ]ara|quốc gia|ประเทศ)$/,
      /^(χώρα( διαμονής)?|negara( tempat tinggal)?|країна( проживання)?)$/,
    ],
    // Where one works is no country of residence, unless the question asks where the person lives
    // ("Do you live in the US and plan to work from there?").
    not: [
      THIRD_PARTY,
      /\b(code|dial|prefix|phone|birth|authori[sz]\w*|eligib\w*)\b/,
      // A nationality is no residence, unless the label asks for the residence too
      // ("Nationality / Country of residence": the half the person can answer).
      /^(?!.*\b(residence|residency|reside|live)\b).*\b(citizenship|nationality)\b/,
      // "Which country will you work from?" is where the person is: a remote job is worked from home.
      /^(?!.*\b(live|living|reside|residing)\b)(?!.*\bwork(ing)? from\b).*\bwork\b/,
      // "Do you live in the US and have the right to work there?" asks for the right (fill/question-answer.ts reads the rest).
      /\bright to (live (and|&) )?work\b|\b(permitted|allowed|entitled|legally able) to work\b|\bwork (rights|permit)\b/,
      // "City, country" asks for the place as people write it: the location.
      /\bcity,? (and )?country\b/,
      // "Which state do you live in today?" asks the state, not the country.
      /\b(which|what) (us |u s )?(state|province|city|county|town|region|metro( area)?)\b/,
    ],
    // "In which country would you be employed?", "… will you be working from?" beside the
    // address's country: the same country; "Do you live in the state of Ohio?", "Are you based in the
    // Bay Area?" are questions of their own.
    repeatWhen:
      /\b(employed|reside|residence|live|living|based|located|(work|working) from|wohnen|leben|mora|vives|resides|r[eé]sidez|habitez|risiedi|risiede|vivi|woon|woont)\b/,
    kinds: ['text', 'choice'],
    yesNo: true,
  }),
  entry({
    canonical: 'current_company',
    names: [/\b(current ?)?(company|employer|org|organi[sz]ation)( ?name)?$/],
    labels: [
      // "Empresa donde laboras actualmente", "Empresa en la que trabajas".
      /^empresa (donde|en (la )?que) (laboras|trabajas|trabaja|labora)( actualmente)?$/,
      // Dutch "Huidige werkgever", "Bij welke werkgever?".
      /^((huidige|laatste|huidige of laatste) )?werkgever$|\bbij welke werkgever\b/,
      /\b(current|present|most recent)( (or )?(last|most recent|former))? (company|employer|organi[sz]ation)\b/,
      // An academic's employer: "Current Institution / Employer", "Current affiliation".
      /\b(current|present) (institution|affiliation)\b/,
      // "Which company?" under "Are you working somewhere right now?": the bare question is the employer's.
      /^((which|what) )?(company|employer|organi[sz]ation)( name)?$|^name (and address )?of (the )?(company|employer|organi[sz]ation)$/,
      /\bwho do you (currently )?work for\b|\b(which|what) (company|employer|organi[sz]ation) do you (currently |presently )?work (for|at)\b/,
      // "Who are you working for at the moment?"
      /\bwho are you (currently )?working for\b/,
      // A paper form's sentence: "If yes, I am currently employed by [ ] as [ ]".
      /^(if (yes|so) )?i am (currently |presently |now )?(employed by|working for)$/,
      // "Where do you work now?" (not where from: that is a place); "…, and what's your title?" too.
      /\bwhere do you (currently )?work( now| today| at the moment| currently)?$/,
      /\bwhere do you (currently )?work( now)? (and )?(what s |what is )?your (job )?title$/,
      // "Which employer are you with at the moment?"
      /\b(which|what) (company|employer|organi[sz]ation) (are you|do you work) (with|for|at)\b/,
      // "Aktueller bzw. letzter Arbeitgeber": the current or, failing one, the last.
      /^((aktuelle|derzeitige|jetzige)[rs]?( (bzw|oder) (letzte|zuletzt)[rs]?)? )?(arbeitgeber|firma|unternehmen)$/,
      // "Obecny pracodawca", "Empresa" (beside the title, as the English "Company").
      /^((obecny|aktualny|ostatni) (pracodawca|firma)|(obecna|aktualna|ostatnia) firma|empresa)$/,
      // Slovak, Czech, Latvian: "Súčasný zamestnávateľ", "Současný zaměstnavatel", "Pašreizējais darba devējs".
      /^((s[uú][cč]asn[yý]|aktu[aá]ln[iyý]|posledn[yý]) )?(zamestn[aá]vate[lľ]|zam[eě]stnavatel)$|^(pa[sš]reiz[eē]jais )?darba dev[eē]js$/,
      /\b(entreprise|employeur|soci[eé]t[eé]) actuel/,
      /\bempresa (actual|atual)\b/,
      /^empresa (donde|en (la )?que) (trabajas|trabaja)( actualmente)?$/,
      /^azienda( (attuale|corrente)( o (ultima|precedente))?)?$/,
      /^(huidige|laatste) (werkgever|organisatie|bedrijf)$/,
      /^(současný|stávající)( nebo (poslední|předchozí))? zaměstnavatel$/,
      // "Son çalıştığınız şirket", "Halen çalıştığınız kurum"
      /(^| )(son |halen )?çalıştığınız (şirket|firma|kurum)( adı)?$/,
      /^((компания|организация)|(son )?(firma|şirket)( adı)?|(nuværende )?(arbejdsgiver|virksomhed))$/,
      /^(nåværende|nuværende|nuvarande) (arbeidsgiver|arbejdsgiver|arbetsgivare|firma|virksomhet|virksomhed)$/,
      // "Hvem er arbeidsgiveren din i dag?", "Bei welchem Unternehmen bist du aktuell tätig?"
      /\bhvem er arbeidsgiver(en)?( din)? i dag\b|\bhvor jobber du (i dag|n[aå])\b/,
      /\bbei welche[mr]? (unternehmen|firma|arbeitgeber)\b.*\b(aktuell|derzeit|zurzeit|momentan)\b/,
      // "¿En qué empresa trabajas ahora?"
      /\bqu[eé] empresa (trabajas|est[aá]s trabajando)\b/,
      /^(현 ?직장|현재 ?(직장|회사))( 회사명)?$/,
      /^(jelenlegi (munkahely|munkáltató|cég)|angajator( actual(ul)?)?|compania actuală|nykyinen työnantaja|công ty hiện tại|บริษัทปัจจุบัน)$/,
      /^(perusahaan (saat ini|terakhir)( terakhir)?|trenutni poslodavac|останнє місце роботи|поточний роботодавець|τρέχων εργοδότης)$/,
    ],
    // A question about the employer ("How much notice must you give your current employer?",
    // "May we contact…") does not ask for its name.
    not: [
      /\b(previous|past|former|website|url|size|industry|hear|why|notice|how|contact|reason|leav\w*)\b/,
      // "What's your title at your current company?" asks the title there.
      /\b(title|role|position) (at|with|in) (your |the )?(current |present )?(company|employer|organi[sz]ation)\b/,
    ],
    // The employer asked again as a question among the posting's own ("Who is your current (or
    // most recent) employer?") beside the "Current company" box: the same employer.
    repeatWhen: /^(who|which|what|where)\b.*\b(employer|company|work)\b/,
    // A creatable dropdown ("Type to add…") takes the employer as typed.
    kinds: ['text', 'choice'],
    examples: [/^(e\.g\.? )?(acme|acme (inc|corp|co|ltd|gmbh)\.?|example (inc|corp|company))$/i],
  }),
  entry({
    canonical: 'current_title',
    names: [/\b(current ?|job ?)?title$/, /\bcurrent ?(role|position)\b/],
    labels: [
      // Dutch "(Huidige of laatste) functie".
      /^((huidige|laatste|huidige of laatste) )?functie(titel|naam)?$/,
      /^fun[çc][ãa]o atual$/,
      // "Current function": the word Dutch and German pages translate ("functie", "Funktion").
      /\b(current|present|most recent) (job )?(title|position|role|function)\b/,
      // "What's your title at your current company?"
      /\b(what s|what is) your (job )?(title|role|position)\b|\b(title|role|position) (at|with) (your |the )?(current|present) (company|employer|organi[sz]ation|job)\b/,
      /\b(job|position) title\b/,
      /^(your )?title$/,
      // Bullhorn's "Occupation" beside "Current Company": the job held.
      /^(your |current )?occupation$/,
      /^(aktuelle|derzeitige|jetzige) (position|t[aä]tigkeit|funktion)$/,
      /^(berufsbezeichnung|jobtitel|stellenbezeichnung)$/,
      /\bposte actuel\b/,
      /\bfonction actuelle\b/,
      /\b(cargo|puesto) (actual|atual)\b/,
      // "Último puesto desempeñado", "Obecne stanowisko"
      /^((ultimo|último) )?(puesto|cargo) (desempe[nñ]ado|ocupado)$|^(obecne|aktualne|ostatnie) stanowisko$/,
      /^(ruolo|mansione)( (attuale|ricoperto|ricoperta))?$|^mansione ruolo( ricoperto)?$/,
      /^(huidige|laatste) (functie|functietitel|rol|positie)$/,
      /^(s[uú][cč]asn[aá]|aktu[aá]ln[aií]|posledn[aá]) (poz[ií]cia|pozice|funkcia|funkce)$|^(pa[sš]reiz[eē]jais )?amats$/,
      /^(pozisyonunuz|unvanınız|görev(iniz)?)$/,
      /\b(current )?designation\b/,
      // Beside "Employer" or "Company", "Role" is the person's title there.
      /^role$/,
      // "What do (did) you do there?" after where the person works.
      /^what (do|did) (did )?you do there$/,
      // Beside "Who do you work for now?": the person's role there.
      /^(and )?(your )?(role|position|job title|title) there$/,
      /\bposition held\b/,
      // Taleo's work entry names the title "Job Function".
      /^job function$/,
      /^(what is )?(your )?primary (job )?(role|function|occupation)\b/,
      /^(役職|職種|当前职位|현 직무)$/,
      /^((текущая )?должность|(son )?(pozisyon|unvan)|(nuværende )?(stilling|jobtitel))$/,
      /^(nåværende|nuvarande) (stilling|tittel|befattning|roll)$/,
      /\bhvilken (tittel|stilling) har du( der| i dag)?\b|\bwelche (position|funktion|rolle) (hast du|haben sie)\b/,
      /^(직급|직책|직위|직급 직책)$/,
      /^(jelenlegi (beosztás|munkakör|pozíció)|func[țţ]ia actuală|post(ul)? actual|nykyinen tehtävä(nimike)?|chức (danh|vụ) hiện tại|ตําแหน่งปัจจุบัน)$/,
      /^(jabatan( saat ini| terakhir)?|trenutno radno mjesto|посада|поточна посада|τρέχουσα θέση)$/,
    ],
    not: [
      /\b(previous|past|former|desired|applying|applied|course|thesis|paper|prefix|salutation)\b/,
      // An academic title before the name (`degree_title`) is no job's.
      /\b(degree|academic) title\b/,
      // "Current role dates", "Time in current position": when, not what.
      /\b(dates?|period|duration|tenure|since|how long|time in|start|end|from|until|months?|years?)\b/,
      // The position wanted, not held: желаемая (ru), istenen (tr), ønsket (da).
      /(^| )(желаемая|istenen|ønsket)( |$)/,
    ],
    // Slovak and Czech "Titul" (Bc., Ing.) is an academic title, whatever the box is named (`reply[title]`);
    // the position wanted ("Желаемая должность", "Desired position") is no position held, whatever its name.
    vetoWhen: /^titul\b|(^| )(желаемая|желаемый|бажана|istenen|ønsket|desired|wanted)( |$)/,
    // A primary role picked from a list beside the title asks for it again, as a category.
    repeatWhen: /\bprimary (job )?(role|function|occupation)\b/,
    // A list of roles ("Primary role": Backend Engineer, Data Engineer, …) takes the one the title names.
    kinds: ['text', 'choice'],
    optionsRuleOut: /^(mr|mrs|ms|miss|mx|dr|prof|sir|madam)\.?$/i,
  }),
  entry({
    canonical: 'years_experience',
    // "Do you have 5 or more years of experience building data pipelines?" sets a bar the years meet or not.
    yesNoWhen: YEARS_BAR,
    names: [/\byears? ?(of )?(experience|exp)\b/, /\bexperience ?(in )?years\b/, /\byoe\b/],
    labels: [
      // "The minimum for this role is 4 years in a data engineering position. Do you meet it?"
      YEARS_BAR,
      // Dutch, Norwegian, Danish and Swedish: "Hoeveel jaar werkervaring", "Hvor mange års relevant arbeidserfaring".
      /\bhoeveel jaar\b|\b(jaar|jaren) (relevante )?(werk)?ervaring\b|\bhvor mange (års?|år)\b|\bårs (relevant )?(arbeids)?erfaring\b|\bhur många år\b|\bårs (\w+ )?erfarenhet\b/,
      /\b(years?|months?) of (\w+ ){0,8}experience\b/,
      /\bhow many years\b/,
      /\bhow long have you (worked|been working)\b/,
      // "How long have you been building production data pipelines?": years at one kind of work
      // (whose line the fill checks).
      // Not with a tool ("… building analytics models in dbt or SQL?"): those years are the person's to count.
      /\bhow (long|many years) have you been (building|developing|designing|engineering|writing|programming|coding|working|managing|leading|running|operating|selling|teaching|nursing|driving|supervising|analy[sz]ing)\b(?!.*\b(in|with|using|on)\b)/,
      // "How long have you been wrangling data professionally?": a line of work done for a living.
      /\bhow (long|many years) have you been \w+ing\b(.*)\b(professionally|for a living)\b/,
      // "How long have you built data pipelines professionally?"
      /\bhow (long|many years) have you (built|worked|run|led|managed|designed|developed|engineered|done)\b(.*)\b(professionally|for a living)\b/,
      // "Roughly how long have you been doing this kind of work?"
      /\bhow long have you been doing (this|that|the same) (kind|type|line|sort) of work\b/,
      /^((total|overall) )?years? experience$/,
      // "Years in data engineering", "Years in a data or analytics role": years in one line of
      // work (whose line the fill checks).
      /^((total|overall) )?years? in (\w+ ){0,4}\w+$/,
      // "Years building data pipelines": years at one kind of work (whose line the fill checks).
      /^((total|overall) )?years? (of |spent )?(doing|building|developing|designing|engineering|managing|leading|writing|programming|coding|selling|teaching|nursing|driving|supervising|analy[sz]ing|working (with|in|as|on))\b/,
      // "Professional data experience": experience in one line of work (whose line the fill checks).
      /^(professional|relevant|hands on|practical) (\w+ ){1,2}experience$/,
      // "Years as a data engineer": years in one role (whose line the fill checks).
      /^years? as an? \w+/,
      // "Years of hands-on data engineering": years in a line of work named alone.
      new RegExp(`^years of (?!${NOT_A_LINE})(?!.*\\bexperience\\b)(\\w+ ){0,4}\\w+$`),
      /^(total |work |relevant |professional )?experience (in|\(?) ?(years|months)\b/,
      // "Relevant Experience in Data Engineering (years)", "Professional experience as a data engineer
      // [Years] [Months]": years in one line of work (whose line the fill checks).
      /^(relevant |professional |work )?experience (in|with|as an?) (\w+ ){0,4}\w+ \(?(in )?(years|yrs|months)\)?$/,
      // "Total IT experience": the career in the person's industry.
      /^(total|overall) ((work|working|professional|it|industry) )?experience\b/,
      /^(relevant |related |professional |work )?(work )?experience$/,
      // A level given in years ("Senior (6-9 years)"): the options say it.
      /^(experience|seniority|career) level$/,
      // "Which level best matches your experience?" over "Senior (6-10)": the options count the years.
      /\b(which|what) (\w+ )?level (best )?(matches|describes|fits) your (\w+ )?experience\b/,
      /\bhow much (\w+ ){0,4}experience\b/,
      // "Roughly how much of your career has been spent on data engineering?": years in a line of work.
      /\bhow (much|long|many years) of your (\w+ )?career\b/,
      // A supplemental question whose options count years ("Which best describes your experience
      // building data pipelines?" — "6 years or more"): whose line the fill checks.
      /\b(which|what) (option |statement )?(best )?describes your (level of |amount of |years of )?(\w+ ){0,2}experience\b/,
      /^(gesamte )?berufserfahrung( insgesamt)?( in jahren)?$/,
      /\bantall [aå]r (med )?(relevant )?(arbeids|yrkes)?erfaring\b/,
      /\bjahre (an )?berufserfahrung\b/,
      /\bann[eé]es d exp[eé]rience\b/,
      /^niveau d exp[eé]rience$/,
      // "Expérience professionnelle totale", "Experiencia profesional total": the whole career.
      /^(exp[eé]rience|experiencia) (professionnelle |profesional )?total(e)?$/,
      /\ba[nñ]os de experiencia\b/,
      /\b(tempo|anos)( total)? de experi[eê]ncia\b/,
      /\banni di esperienza\b/,
      // "Da quanti anni progetti pipeline di dati?", "Délka praxe v oboru", "Kolik let zkušeností máte…?"
      /\bda quanti anni\b/,
      // "Há quantos anos você trabalha com engenharia de dados?"
      /\bh[aá] quantos anos\b/,
      /^esperienza (lavorativa|professionale) (complessiva|totale)$/,
      /(^| )(délka|delka|dĺžka) praxe( |$)|\bkolik let\b|(^| )koľko rokov (praxe|skúseností)( |$)/,
      /\b(jaar (werk)?ervaring|werkervaring)\b/,
      // No word boundaries around these: \b knows only ASCII letters.
      // "データエンジニアとしての実務経験" (years of practice as …, counted in 年).
      /としての実務経験$|^実務経験(年数)?$/,
      /do[sś]wiadczenie zawodowe|[aå]rs erfarenhet|工作年限|経験年数|총 경력|سنوات الخبرة|שנות (ה)?ניסיון/,
      /工作(經驗|经验)|(總|总)?年(資|资)|\bile lat do[sś]wiadczenia\b|\bpo[cč]et rok[uů] (praxe|sk[uú]senost[ií])\b/,
      // A career stage asked instead of the years ("경력구분": 신입 / 경력, "Fresher or experienced?").
      CAREER_STAGE,
      /(^| )(опыт работы|общий опыт( работы)?|toplam (iş )?deneyim|iş deneyimi|tecrübe|erhvervserfaring|arbejdserfaring)( |$)/,
      /\b(hány év (szakmai )?tapasztalattal rendelkezik|szakmai tapasztalat|ani de experien[țţ][aă]|experien[țţ][aă] (profesională|de muncă)|työkokemus\w*)|kinh nghiệm làm việc|số năm kinh nghiệm|ประสบการณ์ทํางาน/,
      /(^| )(total pengalaman kerja|pengalaman kerja|(ukupno )?godina radnog iskustva|radno iskustvo|досвід роботи|συνολική προϋπηρεσία|προϋπηρεσία|(χρόνια|έτη) (επαγγελματικής )?εμπειρίας)( |$)/,
    ],
    // Years with one tool ("… experience do you have with Apache Spark?") are not the career
    // total: the person answers those. Professional, relevant or (the public sector's term)
    // specialized experience in a field is the line of work the job is in.
    not: [
      // "… a bachelor's degree, or four years of equivalent work experience?": the degree, which years may stand in for.
      /\bdegree\b.*\bor (\w+ ){0,3}years? of (equivalent|comparable|relevant|related) (\w+ )?experience\b/,
      // "How many years have you written Go in production?", "… shipped production work with
      // d3.js?": years with one language or tool.
      /\byears (have|did) you (\w+ ){0,2}(written|write|used|use|coded|programmed|shipped) \w/,
      // "How many years have you spent with X12 EDI files?": time with one tool or format.
      /\byears (have|did) you (\w+ ){0,2}spent (working )?(with|using) \w/,
      // "Hoeveel jaar ervaring heb je met dbt?": years with one tool, named in one word, in Dutch.
      /\bervaring (heb je |hebt u )?met (?!(branche|sector|vak|functie)$)\w+$/,
      // What the tools are for may name a line of work ("… with Python and SQL for data pipelines"):
      // the fill reads whose line it is.
      // Pipelines and platforms built are the work itself ("… experience with data pipelines"), not a
      // tool; so is a discipline ("… with Data Engineering", "… with data warehousing and ETL development").
      /^(?!.*\btotal\b)(?!.*\sfor\s)(?!.*\bwith (\w+ ){0,2}(pipelines|platforms)\b)(?!.*\bwith (\w+ ){0,4}(engineering|analytics|development|science|operations|administration|reporting)\b).*(?<!(speciali[sz]ed|professional|relevant) )\bexperience (do you have )?(with|using|on) (?!(the |this |a |an |similar |related )?(industry|field|role|position|roles|positions|workforce|profession|total|professional|relevant|work|years?)\b)\w/,
    ],
    // Years in one line of work or skill ("years of SQL experience", "experience in analytics",
    // "… with Data Engineering") are the person's total only in their own line
    // (fill/question-answer.ts), and never take the canonical from a field asking for the total.
    secondChoiceWhen:
      /^(professional|relevant|hands on|practical) (?!(work|industry|total|overall)\b)(\w+ ){1,2}experience$|^years of (?!.*\bexperience\b)(\w+ ){0,4}\w+$|\bspeciali[sz]ed experience\b|\bexperience (do you have |have you had )?(building|designing|developing|operating|running|maintaining|administering|teaching|writing|programming|working (for|at))\b|\b(how long|years) have you (worked|been working) (hands on )?(in|at|with|on|as)\b|\b(years|how long) (have|did) you (been )?(managed|managing|led|leading|supervised|supervising|taught|teaching|sold|selling|driven|driving|operated|operating|run|running|designed|designing|built|building|developed|developing|supported|supporting)\b|\byears? (working|worked) (in|at|with|on|as)\b|^years? (in|as) \w|^years? (spent )?(doing|building|developing|designing|engineering|managing|leading|writing|programming|coding|selling|teaching|nursing|driving|supervising|analy[sz]ing)\b|\b(years?|months?) of (?!(professional|relevant|total|work|working|industry|related|overall|full time|paid|speciali[sz]ed|qualifying)\b)\w+ (\w+ ){0,5}experience\b|(?<!(speciali[sz]ed|professional|relevant) )\bexperience (do you have )?(in|with|using|on) (?!(the |this |a |an |similar |related )?(industry|field|role|position|roles|positions|workforce|profession|total|professional|relevant|work|years?|months?)\b)\w/,
    // "Relevant experience" beside the total asks again: for a person in the job's line, the same years
    // ("¿Cuántos años de experiencia profesional tienes en total?" beside "Años de experiencia").
    // A career stage or a level beside the years asks them again, in its own way ("Experience
    // level" over "5–7 years"); so does a question of years among the posting's own ("How many
    // years of data engineering experience do you have?"), answered only in the person's line.
    repeatWhen: new RegExp(
      `\\b(relevant|related|professional(ly)?|profesional|profissional|professionnelle|en total|level|seniority)\\b|${CAREER_STAGE.source}|${YEARS_BAR.source}|\\bhow many years of (\\w+ ){0,4}experience\\b`,
    ),
    kinds: ['text', 'choice'],
  }),
  entry({
    canonical: 'salary_expectation',
    names: [
      /\bsalary\b/,
      /\b(compensation|pay) ?expectations?\b/,
      /\b(expected|desired) ?(salary|compensation|pay|wage)\b/,
    ],
    labels: [
      /\bsalary\b/,
      /\b(compensation|pay) expectations?\b/,
      // Dutch "Gewenst bruto jaarsalaris", Spanish "Retribución bruta anual deseada".
      /\bgewenste? (bruto |netto )?(jaar|maand)?salaris\b|\b(retribuci[oó]n|remuneraci[oó]n) (bruta |neta )?(anual |mensual )?(deseada|esperada|pretendida)\b/,
      /\b(expected|desired|target)( \w+){0,3} (compensation|pay|rate|wages?|remuneration)\b/,
      /\bremuneration expectations?\b/,
      /^(pay|wage|hourly) rate$/,
      // "What are you hoping to make?", "How much do you want to earn?"
      /\b(what|how much) (are you|do you|would you) (hoping|looking|expecting|want|wanting|like|aiming) to (make|earn)\b/,
      // "What pay are you looking for?", "What salary are you seeking?"
      /\bwhat (pay|wage|compensation) (are you|you re|would you be) (looking for|seeking|expecting|hoping for)\b/,
      // "Annual base pay you are seeking"
      /\b(pay|salary|wage|compensation) (you are|you re) (looking for|seeking|expecting|hoping for|requesting)\b/,
      // The pay asked with what the person wants of it, in any order: "Annual base pay you are
      // targeting", "What base pay would you expect in this role?", "Targeted compensation".
      /\b(pay|compensation|wages?)\b.{0,40}\b(expect\w*|target\w*|looking for|seek\w*|desired?|hoping for|request\w*|would accept|asking for)\b/,
      /\b(expect\w*|target\w*|desired|requested|seeking|looking for)\b.{0,30}\b(pay|compensation|wages?)\b/,
      // India's "cost to company": the yearly package.
      /\b(expected|desired)( annual| yearly)? ctc\b/,
      // "Our budget for this role is $135,000–$175,000 base. Which of these is closest to your expectation?"
      /\b(budget|base|range)\b.{0,80}\byour (expectations?|target|ask)\b/,
      /\bgehalt\w*\b/,
      /\b(pr[eé]tentions? salariales?|salaire|salario|pretensi[oó]n salarial|(expectativa|aspiraci[oó]n|pretens[aã]o) salarial)\b/,
      // "Rémunération visée", "Rémunération souhaitée"
      /\br[eé]mun[eé]ration (\w+ ){0,2}(vis[eé]e|souhait[eé]e|attendue|demand[eé]e|d[eé]sir[eé]e)\b/,
      /(^| )((желаемая |ожидаемая )?зарплата|maaş beklentisi|ücret beklentisi|ücret beklentiniz|lønforventning|lønønske)( |$)/,
      /(^| )(bérigény|fizetési igény|salariu(l)? (net |brut )?dorit|palkkatoive|mức lương mong muốn|เงินเดือนที่ต้องการ)( |$)/,
      /(^| )(gaji yang diharapkan|ekspektasi gaji|željena (neto |bruto )?plaća|бажана заробітна плата|επιθυμητές (μικτές |καθαρές )?(μηνιαίες )?αποδοχές)( |$)/,
    ],
    // A pay type or basis ("Desired Pay Type": hourly or salary) is the period, not the amount.
    not: [
      /\b(current|previous|past|history|period|frequency|aktuell\w*|derzeitig\w*|actuel\w*)\b/,
      // The currency asked beside the amount; "in local currency" only says what the amount is in,
      // and "please include the currency" how to write it.
      /(?<!\b(local|in|any|your|own|the|include|including|with) )\bcurrency\b/,
      /\b(pay|salary|wage|rate) (type|basis|unit)\b/,
      /\b(type|kind|basis) of (pay|salary|compensation|wage)\b/,
      // A box for remarks about pay ("Comments on salary") is the person's to write in.
      /\b(comments?|remarks?)\b|\bnotes? (on|about)\b/,
    ],
    // The pay the person has now is theirs to give, whatever the box is named (`ctrl_CurSalary`).
    vetoWhen: /\b(current|previous|past|last|present) (base )?(salary|pay|compensation|wage|ctc|package)\b/,
    // Pay asked per hour and per year side by side: each box takes it, the fill gives it to the one
    // in the person's period (fill-form.ts asksAnotherPayPeriod).
    repeatWhen: /\b(hourly|annual\w*|yearly|monthly|per (hour|year|annum|month))\b/,
    // Workday asks its questionnaire's questions in text areas, the pay expected among them.
    kinds: ['text', 'choice', 'textarea'],
    // "The range for this role is $138,000 - $162,000. Is this range acceptable to you?" is answered
    // from the pay expected (fill/question-answer.ts).
    yesNoWhen:
      /\b(range|salary|compensation|pay)\b.{0,120}\b(acceptable|agreeable|work for you|(within|meets?|align with) your expectations?|comfortable with)\b/,
  }),
  entry({
    canonical: 'salary_currency',
    names: [/\bcurrency\b/],
    labels: [/\bcurrency\b/],
    // The currency of the pay the person has now, not of the pay they ask for.
    not: [/\b(current|previous|past|last)\b/],
    kinds: ['text', 'choice'],
  }),
  entry({
    canonical: 'salary_period',
    names: [
      /\b(pay|salary|compensation|wage|rate) ?(\w )?(period|frequency|basis|interval|unit|type)\b/,
      /\bpay ?per\b/,
      // `salary_per`: what the salary is per.
      /\b(salary|compensation|wage|rate) ?per$/,
    ],
    labels: [
      /\b(pay|salary|compensation|wage|rate)( \w+){0,2} (period|frequency|basis|interval|unit|type)\b/,
      // "Paid" beside the amount, as a pick of per hour, day or year.
      /^(per|por|paid( per)?|per period|frequency|period)$/,
      // "Is that figure hourly or annual?", asked after the amount.
      /\b(figure|amount|number|rate|pay|salary|compensation)\b.*\b(hourly|per hour) or (annual\w*|yearly|per year|per annum)\b/,
      // "How is that figure expressed?" under the amount, its options the periods.
      /\bhow is (that|this|the|your) (figure|amount|number|rate|pay|salary) (expressed|quoted|stated|given|measured)\b/,
    ],
    not: [/\b(current|previous|past|history)\b/],
    kinds: ['choice', 'text'],
    // A box captioned "Period" alone may hold a job's or a school's dates; a list of them is the pay's.
    choiceOnlyWhen: /^(period|paid)$/,
  }),
  entry({
    canonical: 'start_date',
    names: [/\bstart ?date\b/, /\bearliest ?start\b/, /\bavailable ?(from|date)\b/, /\bdate ?available\b/],
    labels: [
      /\bstart date\b/,
      /\bwhen (can|could|would|will) you (be available to )?(start|begin|join|commence)\b/,
      // "How soon after an offer could you join us?"
      /\bhow soon (\w+ ){0,3}(can|could|would|will) you (start|begin|join|commence)\b/,
      /\bearliest (possible )?(start|commencement)\b/,
      /\b(earliest|soonest) (available|availability) date\b/,
      // "Earliest availability": the question alone (an interview's availability names the interview).
      /^(your )?(earliest|soonest) (possible )?availability$/,
      // "Soonest you could join", "Earliest you can start"
      /\b(earliest|soonest) (date )?(you|i) (can|could) (start|begin|join|commence)\b/,
      // "Date you could start", "Month you could start"
      /\b(date|day|month) (you|i) (can|could|would|will) (start|begin|join|commence)\b/,
      /\bavailable to (start|begin|commence)\b/,
      // "On what date could you begin?", "When would you be able to begin work?"
      /\b(when|what date|which date|(what|which) month)\b.{0,40}\b(start|begin|join|commence)\b/,
      // "How soon could you start?", "How quickly can you begin?"
      // "When could you jump in?", "When could you get started?"
      /\bwhen (can|could|would) you (jump in|get started|come on board|come aboard|hit the ground)\b/,
      /\bhow (soon|quickly) (can|could|would|will) you (be available to )?(start|begin|join|commence)\b/,
      // "How soon are you available?": for the job (an interview's time is asked as a day or a slot).
      /^how soon (are|would|will|could|can) you (be )?available\b/,
      /\bcommencement date\b/,
      /\bdata prevista (para|de) in[ií]cio\b/,
      // "Earliest date you could take up appointment" (Irish and British public service).
      /\b(earliest|soonest|what|which) date (you|i) (can|could|would|will) take up (the |this |an? )?(appointment|post|position|role|employment)\b/,
      // India's "Expected Date of Joining".
      /\b(date of joining|joining date)\b/,
      /\bdate available\b/,
      /^(date )?available (from|starting)\b/,
      /^(available (month|date)|month available|(earliest )?start(ing)? month)$/,
      /\b(availability date|date of availability)\b/,
      /\beintritt\w*\b/,
      /\b(starttermin|verf[uü]gbar ab|beschikbaar (per|vanaf))\b/,
      /\bdate de (d[eé]but|disponibilit)/,
      // "Quand pourriez-vous rejoindre l'équipe ?", "¿Cuándo podrías incorporarte?", "Ab wann können Sie beginnen?"
      /\bquand (pourriez|pouvez|seriez)[- ]vous (commencer|d[eé]marrer|rejoindre|prendre|disponible)\b/,
      /\b(cu[aá]ndo|a partir de cu[aá]ndo) (podr[ií]as?|puedes?|puede|estar[ií]as?) (empezar|comenzar|incorporar\w*|iniciar|ingresar|disponible)\b/,
      /\bdisponibilidad (para|de) (empezar|comenzar|incorporar\w*|iniciar|ingresar|incorporaci[oó]n|ingreso)\b/,
      /\bab wann (k[oö]nn\w*|w[aä]r\w*|w[uü]rd\w*) (sie|du)\b/,
      // "¿En qué fecha podrías empezar?", "Tidligste oppstart", "Når kan du starte?", "Hvornår kan du starte?"
      /\bqu[eé] fecha (podr[ií]as?|puedes?|puede) (empezar|comenzar|incorporar\w*|iniciar)\b/,
      // "Fecha en que podrías empezar"
      /\bfecha en (la )?que (podr[ií]as?|puedes?|puede) (empezar|comenzar|incorporar\w*|iniciar|ingresar)\b/,
      /\b(tidligste|f[oø]rste mulige) (oppstart|startdato|tiltredelse)\b|\b(n[aå]r|hvorn[aå]r) kan du (starte|begynne|begynde)\b/,
      /^disponibilit[eé]$/,
      // "Disponibilità a iniziare dal", "Per wanneer ben je beschikbaar?", "Nástup možný od", "İşe başlayabileceğiniz tarih"
      /(^| )disponibilit[aà] (a |ad )?(iniziare|cominciare|prendere servizio)( |$)/,
      /\bper wanneer (ben je|bent u) beschikbaar\b|\bwanneer (zou|kun|kan|kunt) (je|u) (kunnen )?(beginnen|starten)\b/,
      /(^| )(nástup( možný)?( od)?|datum nástupu|kdy (můžete|byste mohl\w*) (nejdříve )?nastoupit)( |$)/,
      /(^| )(işe )?başlayabileceğiniz tarih( |$)|(^| )işe başlama tarihi( |$)|(^| )ne zaman (işe )?başlayabilirsiniz( |$)/,
      /\bfecha de (inicio|incorporaci|disponibilidad|vinculaci)/,
      // "¿En cuánto tiempo podrías vincularte?", "Fecha a partir de la cual podrías iniciar".
      /\b(podr[ií]as|puedes|podr[ií]a) (vincularte|incorporarte|empezar|comenzar|iniciar)\b/,
      // "¿A partir de qué fecha podrías vincularte / incorporarte?"
      /\ba partir de qu[eé] fecha\b/,
      // "Od kiedy możesz rozpocząć pracę?"
      /(^| )od kiedy mo[żz]esz (rozpocząć|zacząć)/,
      /\b(available|able|free|ready) to (start|begin|join)( work(ing)?)? (on or before|by|before|no later than)\b/,
      // "Could you start on or before that date?"
      /\b(can|could|would|will) you (\w+ )?(start|begin|join|commence)( work(ing)?)? (on or before|by|before|no later than)\b/,
      // "On what date could you report to work?"
      /\b(date|when)\b.{0,30}\breport (to|for) (work|duty)\b/,
      /\bdata di (disponibilit|inizio)/,
      /dost[eę]pno[sś][cć] od|data rozpocz[eę]cia|tilltr[aä]de|入社可能日|入社希望日|到岗时间|転職希望時期|入社希望時期|זמינות לתחילת עבודה|מתי (תוכל|תוכלי|ניתן) להתחיל/,
      /(^| )(дата выхода|готов приступить|işe başlama( tarihi)?|başlama tarihi|startdato|tiltrædelse)( |$)/,
      // "Når kan du tiltre?" (nb), "A partir de quando você pode começar?" (pt), "Fecha en la que podrías
      // incorporarte", "À partir de quelle date seriez-vous disponible ?"
      /(^| )(tiltre|tiltredelse)( |$)/,
      /\bquando (voc[eê] )?(pode|poderia|consegue|conseguiria) (come[cç]ar|iniciar)|\bdata de in[ií]cio\b/,
      // "Disponibilidade para início", "Disponibilidad para incorporarse"
      /\bdisponibilidad(e)? (para|de) (o )?(in[ií]cio|iniciar|come[cç]ar|empezar|incorporar\w*|incorporaci[oó]n)\b/,
      /\bpodr[ií]as? incorporarte\b/,
      /(^| )[aà] partir de quelle date\b/,
      /입사 ?가능 ?(일|시기)|入社可能時期/,
      // Slovak and Czech "When can you start?": Kedy môžete nastúpiť?, Kdy můžete nastoupit?
      /\bkedy m[oô][zž]ete nast[uú]pi[tť]|\bkdy m[uů][zž]ete nastoupit|\bmo[zž]n[yý] (term[ií]n )?n[aá]stup/,
      /(legkorábbi )?kezdési időpont|mikor tud(na)? kezdeni|data de la care (sunte[țţ]i |sunte[țţ]i )?disponibil|data (de )?(începerii|disponibilită[țţ]ii)|aloitus(päivä|ajankohta)|thời gian có thể bắt đầu|ngày (có thể )?bắt đầu|วันที่(สามารถ)?เริ่มงาน/,
      /(^| )(tanggal (siap|mulai) (bergabung|bekerja)|mogući početak rada|datum početka rada|готовий( а)? приступити|διαθεσιμότητα για έναρξη)( |$)/,
    ],
    // "Date started" is when a job began, in the past.
    vetoWhen: /\bstarted\b|\bdate (you |i )?(began|joined)\b|\bdid you (start|begin|join)\b/,
    kinds: ['text', 'choice'],
    // "Are you available to start on or before February 1, 2027?" is answered from the start date
    // (fill/question-answer.ts).
    yesNo: true,
    // A date split over month, day and year boxes or selects.
    repeatWhen: /\b(month|day|year|mm|dd|yyyy)\b/,
  }),
  entry({
    canonical: 'work_authorization',
    names: [/\bwork ?auth\w*\b/, /\bright ?to ?work\b/, /\b(legally ?)?authori[sz]ed\b/],
    labels: [
      // "Você está autorizado a trabalhar nos EUA?"
      /\bautorizad[oa] a trabalhar\b/,
      /\bauthori[sz]ed to work\b/,
      /\bwork authori[sz]ation\b/,
      /\bauthori[sz]ation to work\b/,
      /\beligib(le|ility) (to work|for employment)\b/,
      // "Work eligibility", "US work eligibility", "Employment eligibility status".
      /^(the |your )?(\w+ )?(work|employment) eligibility( status)?( for (this|the) (role|job|position))?$/,
      /\bauthori[sz]ed for employment\b/,
      // "If hired, can you provide documents proving you may work in the United States?" (the I-9's proof).
      /\b(provide|show|present|submit) (\w+ ){0,2}(documents?|documentation|proof)\b.{0,40}\b(may|can|able to|eligib\w*|right to|authori[sz]\w*) (to )?work\b/,
      /\bright to (live (and|&) )?work\b/,
      /\bwork permit\b|\bpermit to work\b/,
      // "Can you, today, accept employment in the United States with any employer?"
      /\baccept (\w+ ){0,2}(employment|work)\b.*\b(any employer|in the (united states|us|u s))\b/,
      /\b(legally (able|allowed|permitted|entitled)|allowed|permitted|entitled) to work\b/,
      // Plainly able to work weekends or on site is no right: able to work in a country is.
      new RegExp(`\\b(un)?able to work (in|within) ${WORK_COUNTRY}\\b`),
      // "Can you legally work in the U.S.?"
      /\b(can|could|may) you legally work\b/,
      // "Work status in the US", "US work status": the right to work there (a work status alone may be employment).
      new RegExp(`\\bwork status (in|within|for) ${WORK_COUNTRY}\\b|^(your )?${WORK_COUNTRY} work status\\b`),
      // "Can you work in the US without employer sponsorship?", "Can you work for Acme in the United States?"
      new RegExp(`\\b(can|could|may) you (legally |lawfully )?work (for \\w+ (\\w+ )?)?(in|within) ${WORK_COUNTRY}\\b`),
      // "Authorized to accept employment", "able to lawfully take a job", "free to work for any employer".
      /\b(authori[sz]ed|eligible|entitled|allowed|permitted|able|free|legally|lawfully) to (accept|take( up)?|hold|obtain) (a |an )?(paid |gainful |full time )?(job|employment|work|position)\b/,
      /\b(legally|lawfully) (work|be employed|take( up)? (a |an )?(job|employment|position))\b/,
      /\b(eligible|entitled|allowed|permitted|authori[sz]ed|free) to (be employed|be hired|work)\b/,
      /\blegal right to (take up |accept |seek )?(employment|work)\b/,
      // "Can you work for any US employer without restrictions?", "I can work in the U.S. for any
      // employer": free to take any job.
      new RegExp(`\\b(work|be employed)( (in|within) ${WORK_COUNTRY})? for any (\\w+ )?employer\\b`),
      // "…able to work there without any restrictions?", "unrestricted work rights".
      new RegExp(
        `\\b(able|allowed|free|can you|could you) (to )?work (there|here|in ${WORK_COUNTRY}|for (a |an |any )?(\\w+ )?(employer|company))( \\w+){0,3} without (any )?(restrictions?|limitations?)\\b`,
      ),
      /\b(unrestricted )?(work|working|employment) rights\b|\bunrestricted (right|permission) to work\b/,
      // Taking the job without anyone's sponsorship, visa or immigration filing is having the right.
      /\bwithout (\w+ ){0,5}(sponsor\w*|visa|immigration)\b/,
      WITHOUT_SPONSORSHIP_ABROAD,
      AND_NO_SPONSORSHIP,
      // The documents of the right to work: the US's Form I-9, work-eligibility papers.
      /\b(form )?i 9\b|\bwork eligibility (documents?|documentation|papers)\b|\bemployment eligibility verification\b/,
      // "¿Tienes autorización para trabajar en…?", "permiso de trabajo", "autorização para trabalhar",
      // "autorisé(e) à travailler", "Arbeitserlaubnis".
      /\b(autorizaci[oó]n|permiso|autorizad[oa]s?( a)?|habilitad[oa]) (legal |legalmente )?(para|de) trabajar\b|\bpermiso de trabajo\b/,
      // "Sind Sie berechtigt, in den USA zu arbeiten?", "Sei autorizzato/a a lavorare negli Stati Uniti?"
      /\bberechtigt\b.*\bzu arbeiten\b|\barbeitsberechtigung\b|\bautorizzat[oa]( a)? a lavorare\b/,
      // "Dürfen Sie ohne Einschränkungen in den USA arbeiten?"
      /\bd[uü]rfen sie (\S+ ){0,4}in (den |der |die )?\S+ arbeiten\b/,
      /\b(autoriza[cç][aã]o|permiss[aã]o|autorizad[oa]) (legal )?(para|de) trabalhar\b/,
      /\bautoris[eé]( ?e)? [aà] travailler\b|\bpermis de travail\b|\barbeits(erlaubnis|genehmigung)\b/,
      // Dutch "Ben je wettelijk bevoegd om in de VS te werken?"
      /\b(wettelijk )?bevoegd (om )?(\w+ ){0,4}te werken\b/,
    ],
    // Needing a permit or a visa is needing sponsorship, and so is needing sponsorship to obtain or
    // keep the authorization ("… need sponsorship to obtain or keep work authorization in the U.S.?").
    not: [
      /(?<!\bwithout )\b(need|require)\w* (a |an )?(work )?(permit|visa)\b/,
      /(?<!\bwithout )\b(need|require)\w* (\w+ ){0,2}sponsor\w* (to|in order to) (obtain|keep|maintain|get|secure)\b/,
      // "… need an employer to petition on your behalf to obtain or keep work authorization?"
      /(?<!\bwithout\b.*)\b(need|require)\w* (\w+ ){0,3}petition\b/,
      /(?<!\bwithout\b.*)\b(support|sponsor)\w* (a |an |your )?(work )?(permit|visa)\b/,
      // German: "… eine Unterstützung bei Visum oder Arbeitserlaubnis durch uns erforderlich?"
      VISA_SUPPORT,
      // "…need Acme to file a petition or sponsor you for work authorization?"
      /(?<!\bwithout\b.*)\b(sponsor\w* (you |me )?for|file (a |an )?petition)\b/,
      // An age asked ("Are you 16 or older? (Applicants under 18 must provide a work permit.)", "at
      // least 18 and authorized…") is the person's to answer: no value holds it.
      /\b(\d{2}|sixteen|eighteen|twenty one) (years )?(of age|years old|or older)\b/,
    ],
    kinds: ['choice', 'text'],
    yesNo: true,
    // Asked again in other words ("… on our W-2 without anyone sponsoring your visa?"), it is still the person's to answer.
    repeatWhen: ANY_WORDING,
  }),
  entry({
    canonical: 'sponsorship',
    names: [/\bsponsor\w*\b/, /\bvisa\b/],
    labels: [
      /\bsponsor\w*\b/,
      /\bvisa\b/,
      /\bpatroc[ií]nio\b/,
      // "… que a empresa patrocine o seu visto?", "Unterstützung bei Visum oder Arbeitserlaubnis … erforderlich?"
      /\bpatrocin[ae]\w*\b/,
      VISA_SUPPORT,
      /\b(visum|arbeitsvisum)\b.*\b(ben[oö]tig\w*|erforderlich|sponsoring)\b/,
      // "…need us to support an immigration case for you (H-1B, TN, O-1)?", "Immigration status".
      /\bimmigration (case|petition|paperwork|filing|support|status|sponsorship|assistance|help)\b/,
      // "…need an employer to petition for an H-1B, L-1 or TN on your behalf?"
      /\bpetition (for|on (your |my )?behalf)\b|\b(h ?1 ?b|tn|l ?1|o ?1) (status|petition|transfer)\b/,
      // "…an H-1B, TN, OPT or other status that Acme would need to support?"
      /\b(h ?1 ?b|tn|opt|l ?1|o ?1|e ?3|visa|status)\b.*\b(would|will) (need|have) to (support|sponsor|file|transfer|petition)\b/,
    ],
    // "Authorized to work … without sponsorship?" asks for the authorization (so does a box named `W2NoSponsor`).
    not: [
      /\bwithout (\w+ ){0,5}(sponsor\w*|visa|immigration)\b/,
      WITHOUT_SPONSORSHIP_ABROAD,
      AND_NO_SPONSORSHIP,
      /\bno sponsor\w*$/,
      // Sponsors as the job's partners ("travels to trial sponsors", "our event sponsors").
      /\b(trial|clinical|study|event|corporate|research|program|title) sponsors?\b/,
      /\bsponsors\b(?! (you|your|a visa|visas))/,
      // Visa the card network ("settlement files (e.g. Visa Base II, Mastercard IPM)", "Visa/Mastercard").
      /\bvisa (base|card|net|direct|europe|inc)\b|\bmastercard\b|\bcard (network|scheme)s?\b/,
    ],
    kinds: ['choice', 'text'],
    // "Which visa subclass do you hold?", "Visa type": a box asking which visa, not whether one is needed.
    choiceOnlyWhen: /\b(which|what)\b|\b(visa|permit) (type|subclass|category|class|number)\b|\bsubclass\b/,
    yesNo: true,
    repeatWhen: ANY_WORDING,
  }),
  entry({
    canonical: 'currently_employed',
    names: [/\bcurrently ?employed\b/, /\bemployment ?status\b/],
    labels: [
      /\bare you (currently|presently) (employed|working)\b/,
      // An employment-status list's question in other languages ("Situación laboral actual", "Beschäftigungsstatus").
      /^(situaci[oó]n laboral|situa[cç][aã]o (profissional|laboral)|besch[aä]ftigungsstatus|statut professionnel|situazione (lavorativa|professionale)|situation (actuelle|professionnelle))( actual| atual| attuale)?$/,
      // Alone, or over a box stating the answer ("Currently employed? Yes, I have a job right now").
      /^(currently|presently) (employed|working)( (yes|no)\b.*)?$/,
      /^(current employment( status| situation)?|employment (status|situation))$/,
      /^(what is|what s) your (current |present )?employment (status|situation)$/,
      // "Do you have another job right now?": another than the one applied for.
      /\bdo you (currently |presently )?(have|hold) (an?|another) ((full|part) ?time |permanent )?(job|role|position)\b(?! (offers?|interviews?|applications?)\b)/,
      /\bare you (currently )?in (a )?(job|employment|work) (at the moment|right now|now|currently)\b/,
      // "Are you working for an employer right now?"
      /\bare you (working|employed)( somewhere| anywhere| for an? (employer|company))? (right now|now|at the moment|at present|presently|currently)\b/,
      // "Are you currently in paid employment?", "… in an employment relationship?"
      /\bare you (currently |presently )?in (an? )?(paid |gainful |full time |permanent )?employment\b/,
      // "Czy jesteś obecnie zatrudniony/a?", "Är du anställd idag?"
      /(^| )(czy )?(jesteś|jest pan|jest pani) (obecnie|aktualnie) zatrudnion\w*/,
      /(^| )är du (anställd|i arbete|sysselsatt)( idag| just nu| för närvarande)?$/,
      // "Do you currently work somewhere?"
      /\bdo you (currently |presently )?work (somewhere|anywhere|for an? (employer|company))( (right now|now|at the moment|at present|currently))?$/,
      // A switch or box stating the fact: checked when it is true.
      /^i( a| )?m (currently |presently )?(employed|working)( somewhere| anywhere)?( (right now|at the moment|at present|currently|now))?$/,
      /^i (currently |presently )?(have|hold) an? ((full|part) time (or (full|part) time )?)?job( right now| at the moment| now)?$/,
      WORKS_HERE,
      // "Êtes-vous actuellement en poste ?", "Befinden Sie sich derzeit in einem festen Arbeitsverhältnis?",
      // "Você está empregado atualmente?"
      /(^| )[eê]tes vous (actuellement )?en poste\b/,
      // "… in einem ungekündigten Arbeitsverhältnis": a word before it may hold letters \w does not.
      /\b(derzeit|aktuell|zurzeit) in einem (\S+ )?(arbeits|dienst|besch[aä]ftigungs)verh[aä]ltnis\b/,
      // Dutch "Ben je op dit moment in loondienst?" (not "in dienst van" an employer named).
      /\b(ben je|bent u) (momenteel |op dit moment |nu )?in loondienst\b/,
      // "Er du i arbeid nå?", "Sei attualmente occupato/a?"
      /\ber du i (arbeid|jobb)( n[aå]| i dag)?\b|\bsei (attualmente |al momento )?(occupat|impiegat)/,
      // Dutch "Wat is je huidige situatie?", Turkish "Çalışma durumu", Japanese "就業状況" over employment statuses.
      /^(wat is (je|uw) )?huidige (werk)?situatie$|^((mevcut|güncel) )?çalışma durumu(nuz)?$|^(現在の)?(就業|就労)状況$/,
      // "Sind Sie derzeit angestellt?"
      /\bsind sie (derzeit |aktuell |zurzeit |momentan )?(angestellt|besch[aä]ftigt|berufst[aä]tig|erwerbst[aä]tig)\b/,
      // "Situação atual" over employment statuses; "Aktueller beruflicher Status".
      /^(situa[cç][aã]o|situaci[oó]n) (atual|actual)$|^(aktuelle[rs]? )?berufliche[rs]? status$/,
      // "¿Trabaja actualmente?", "¿Estás trabajando actualmente?", "Você está trabalhando atualmente?"
      /^((usted|t[uú]) )?(trabaja|trabajas|est[aá]s? trabajando|est[aá] trabalhando|trabalha) (actualmente|atualmente)$/,
      /\best[aá] (empregad[oa]|trabalhando) (atualmente|no momento)\b/,
      // The same box in French, Spanish and German ("J'occupe actuellement ce poste").
      // "Halen bu şirkette çalışıyor musunuz?"
      /(^| )halen (bu şirkette |burada )?çalışıyor musunuz( |$)/,
      /\bj ?occupe (actuellement )?ce poste\b|\b(trabajo|trabajo aqu[ií]|sigo trabajando) (actualmente|aqu[ií])\b|\bich arbeite (derzeit|aktuell) hier\b/,
      // "¿Estás trabajando actualmente?", "Trabalha atualmente?"
      /\b(est[aá]s|est[aá]|se encuentra|te encuentras) (trabajando|empleado) actualmente\b|\bactualmente (est[aá]s|est[aá]|se encuentra|te encuentras) (trabajando|emplead[oa])\b|\btrabalha atualmente\b/,
      /^(this is my |is this (your )?)?current (job|position|role|employer)$/,
      // An entry's end date or a box "Present" beside it.
      /^present$/,
      // Under the current or most recent job: whether it is current.
      /\b(are you still (employed|working)|do you still work) (there|here)\b|\bdo you work there (now|currently|today)\b/,
      // A list of reasons for leaving the current job that offers "Still employed here" (a list only).
      /^reason (for|of) leaving$/,
      // "Jelenleg is munkaviszonyban áll?", "Oletko tällä hetkellä työsuhteessa?", "Sunteți angajat în prezent?"
      /(^| )jelenleg (is )?(munkaviszonyban áll|dolgozik)|\boletko (tällä hetkellä|nyt) (työsuhteessa|työssä|töissä)\b|\bsunte[țţ]i angajat(ă|a)? (în|in) prezent\b/,
      /(^| )(apakah anda sedang bekerja( saat ini)?|jeste li trenutno zaposleni|чи працюєте ви зараз|εργάζεστε (αυτή τη στιγμή|σήμερα|τώρα))( |$)/,
    ],
    // "Are you related to anyone currently employed here?" is about someone else; "currently
    // employed by <this employer>?" is about working here already.
    not: [
      /\b(related|relative|anyone|someone|family|friend)\b/,
      // "… employed by Acme?", "… by a public agency?": by one employer or kind of employer, not at all.
      /\b(employed|working) (by|at|for|with) (?!((a|an|any) (employer|company|organi[sz]ation|business|firm)|the moment|present)\b)\w/,
      // "Which time zone are you currently working in?" asks where, not whether.
      TIME_ZONE,
    ],
    kinds: ['choice'],
    yesNo: true,
    // Asked of the person beside the box of a history entry saying it is the current job, or stated
    // in a checklist beside the question ("I currently hold a full-time or part-time job."): both are theirs.
    repeatWhen:
      /\bare you (currently|presently|still) (employed|working)\b|^i( a| )?m (currently |presently )?(employed|working)\b|^i (currently |presently )?(have|hold) an? \b|(^| )[eê]tes vous (actuellement )?en poste\b|\bbefinden sie sich (derzeit|aktuell)\b|\b(est[aá]s|est[aá]) (trabajando|empleado|empregad[oa]|trabalhando)\b/,
  }),
  entry({
    canonical: 'pronouns',
    names: [/\bpronouns?\b/],
    labels: [/\bpronouns?\b/],
    kinds: ['text', 'choice'],
    // The free-text box beside a pronoun list's "Custom" option is for the person.
    not: [/\b(custom|other|self describe|specify|preferred if)\b/],
    // Each box of a list of pronoun sets drawn as boxes of their own ("she/her", "they/them") is one answer.
    repeatWhen: /^(she|he|they|xe|ze)( \w+){1,2}$/,
  }),
  entry({
    canonical: 'school',
    names: [/\b(school|university|college|institution)( ?name)?$/],
    labels: [
      // "Schule oder Universität", "Hochschule / Universität".
      /^(schule|hochschule|universität)( (oder|und|\/) (schule|hochschule|universität))?$/,
      // Spanish "Centro de estudios (universidad)".
      /^centro (de estudios|educativo|de formaci[oó]n)( universidad| universitario)?$/,
      // Swedish "Lärosäte", Dutch "Onderwijsinstelling".
      /^(lärosäte|onderwijsinstelling|naam (van de )?(school|opleiding|onderwijsinstelling))$/,
      /^(school|university|college|institution)( name)?$/,
      /^(escuela|colegio|instituci[oó]n)( o | )universidad$/,
      // "School you graduated from", "College I attended"
      /^(the )?(school|university|college|institution) (you|i) (graduated|attended|studied)( (from|at))?$/,
      // "Institution that granted this degree", "Institution attended", "Institution awarding highest degree"
      /^(educational |academic |awarding )?institution (attended|that (granted|awarded|conferred)\b.*|(granting|awarding|conferring) (the |your )?(highest )?degree)$/,
      /\b(name of (your )?)?(school|university|college)\b/,
      /^(name of (the )?)?(educational |academic )?institution( name)?$/,
      /^degree (granting |awarding )?institution$/,
      /^(undergraduate|bachelor s( degree)?) institution( name)?$/,
      // "Where did you obtain this qualification?", "Where did you earn your degree?"
      /^where did you (obtain|earn|get|receive|gain|complete|study for) (this|the|that|your)( highest)? (qualification|degree|diploma)$/,
      /^where did you (study|go to (school|college|university))$/,
      /\binstitui[cç][aã]o de ensino\b/,
      /^(학교명|学校名|大学名)$/,
      /^([sš]kola|vysok[aá] [sš]kola|augstskola|m[aā]c[iī]bu iest[aā]de|mokykla|[sš]kóli|sk[oó]li)$/,
      /^((nazwa )?uczelni[a]?|szkoła wyższa)$/,
      // "Institución donde estudiaste", "Centro de estudios"
      /^(nombre de la )?(universidad|instituci[oó]n( educativa| de (estudios|educaci[oó]n superior))?|centro de estudios)( (donde|en la que|en que) (estudiaste|estudi[oó]|cursaste|curs[oó])( \w+){0,2})?$/,
      // "Hochschule / Universität", "École / Université", "Universiteit of hogeschool"
      /^((name der )?(fach)?hochschule|universit[äa]t|bildungseinrichtung|universit[ée]|[ée]cole|[ée]tablissement( d enseignement)?|universiteit|hogeschool|universit[àa]|universidade)(( \/ | of | ou | oder | o )((fach)?hochschule|universit[äa]t|universit[ée]|[ée]cole|universiteit|hogeschool))?$/,
      /^(учебное заведение|вуз|университет|((mezun olduğunuz|okuduğunuz) )?(üniversite|okul)( adı)?|uddannelsessted|skole|lærested)$/,
      /^(oktatási intézmény( neve)?|iskola( neve)?|egyetem|institu[țţ]ia de învă[țţ]ământ|universitate(a)?|oppilaitos|trường( đại học)?|สถาบันการศึกษา|มหาวิทยาลัย)$/,
      /^(nama (universitas|sekolah|kampus)( institusi)?|obrazovna ustanova( .*)?|навчальний заклад|εκπαιδευτικό ίδρυμα)$/,
    ],
    not: [
      THIRD_PARTY,
      /\b(high school|major|gpa|year|date|furthest|farthest|level|type|kind)\b/,
      // "Other names under which you have worked or attended school": the person's former names.
      /\bother names?\b/,
      // A graduation's date or year, not the school graduated from.
      /\bgraduat\w*\b(?! from\b)/,
      // The school that granted a degree is a school, as is the one of the highest degree.
      /(?<!\b(granted|awarded|conferred|earned|received|obtained|completed|attended for) (this |the |that |your )?|\bhighest |^where did you \w+( \w+)? (this |the |that |your )(highest )?)\bdegree\b(?! (granting |awarding )?institution)/,
      // "… since finishing school, how many years …?": the years, not the school.
      /\bhow (many|long)\b/,
    ],
    kinds: ['text', 'choice'],
    // A list of degree levels ("Bachelor's degree", "Master's degree or higher") under a box named
    // `menu-school` asks the level, not the school.
    optionsRuleOut: /\b(associate|bachelor|master|doctorate|doctoral|ph\.?d)('?s)?\b/i,
  }),
  entry({
    canonical: 'degree',
    names: [/\bdegree\b/, /\beducation ?level\b/],
    labels: [
      // Mexico's "Nivel máximo de estudios", Brazil's "Formação" over degree levels.
      /\bnivel (m[aá]ximo|m[aá]s alto) de (estudios|escolaridad)\b|^(n[ií]vel de )?forma[cç][aã]o( acad[eê]mica)?$|^escolaridade$|^grau de (instru[cç][aã]o|escolaridade)$/,
      // European Portuguese "Habilitações literárias".
      /\bhabilita[çc][õo]es( liter[áa]rias| acad[ée]micas)?\b/,
      HIGH_SCHOOL_FINISHED,
      // Spanish "Titulación académica más alta", "Titulación".
      /^titulaci[oó]n( acad[eé]mica| universitaria)?( m[aá]s alta| m[aá]xima| superior)?$/,
      // A degree asked alone as yes or no: "Bachelor's degree or higher?", "Master's degree?".
      /^(an? )?(bachelor s|bachelors|master s|masters|associate s?|doctoral|doctorate|phd) degree( or (higher|above|equivalent|more))?$/,
      // A grid's row and column: "College / University" × "Degree / Diploma".
      /^(highest |college |university |college (or )?university )?(diploma (or )?)?degree( or diploma| diploma)?( obtained| earned| received| attained| awarded| completed| type| level)?$/,
      // "Diploma / degree / certificate", "Degree or certificate": the one a school's entry granted.
      /^(diploma|degree|certificate)( (or )?(diploma|degree|certificate)){1,2}( (received|earned|obtained))?$/,
      // "Educational qualification (highest)", India's wording.
      /^(highest )?((educational|academic) )?qualification( type| level| obtained| highest)?$/,
      /^(highest |education(al)? )?credential( earned| obtained| held| attained)?$/,
      /^(type|level) of (degree|qualification)$/,
      /\b(highest )?(level of education|education level)\b/,
      /\b(highest|most advanced) (\w+ ){0,3}(degree|qualification|education|schooling)\b/,
      // "Which best describes your education?"
      /\b(which|what) (option |statement )?(best )?describes your (level of |highest )?(education|schooling|academic background|educational background)\b/,
      // "What is the highest level of school you have completed?"
      /\b(highest|most advanced) (level|grade|year) of school\b/,
      // "Highest grade you've completed" over grades and college years.
      /^(the )?highest (grade|level|year) (of school )?(you ve|you have|you) (completed|finished|attained)$/,
      // "Degree level attained", "Furthest you have gone in school"
      /^degree (level|type)( attained| achieved| completed| obtained| earned| held)?$/,
      // "Degrees held (check all that apply)", "Degree(s) earned": a list of degrees, the person's ticked.
      /^(degrees|degree s) (held|earned|obtained|completed|awarded|attained)\b/,
      /\b(furthest|farthest) (\w+ ){0,4}(in|through) (school|education)\b/,
      // "Education - highest level achieved"
      /\b(education|schooling)\b.*\bhighest level\b/,
      /^(poziom|stopień) wykształcenia$|^(najwyższe |ukończone )?wykształcenie$|\bgrado de estudios\b|^nivel educacional$|^[uú]ltimo grado (escolar|de estudios) (completado|terminado|alcanzado|cursado)$/,
      /\b(completed|finished|have|hold|possess|earned|obtained) (a |an )?((full|part) time )?([\w']+ ){0,3}degree\b/,
      // "Which degree have you earned?"
      // "Which degrees have you completed? Select all that apply."
      /\b(which|what) (\w+ )?degrees? (have you|do you|did you) (earned|earn|hold|have|completed|complete|obtained|obtain)\b/,
      /\w*abschluss\b/,
      /\b(dipl[oô]me|niveau d [eé]tudes|niveau de scolarit(?=[eé])|nivel de estudios|nivel (educativo|acad[eé]mico)|escolaridade)\b/,
      /\b(hoogst\w* (afgeronde |genoten |behaalde )?(opleiding|diploma)|opleidingsniveau)\b/,
      /\btitolo di studio\b/,
      /^(wykszta[lł]cenie|h[oö]gsta (avslutade )?utbildning|最高学历|学历|最高學歷|學歷|最終学歴|최종 ?학력)$/,
      // Japanese and Korean pages' own English for 最終学歴 / 최종학력.
      /^final (education|academic background|educational background|degree)$/,
      /^(najvy[sš][sš]ie dosiahnut[eé] )?vzdelanie$|^(nejvy[sš][sš][ií] dosa[zž]en[eé] )?vzd[eě]l[aá]n[ií]$/,
      // "Aké je vaše najvyššie ukončené vzdelanie?", "Jaké je vaše nejvyšší dosažené vzdělání?"
      /\b(najvy[sš][sš]ie|nejvy[sš][sš][ií]) (ukon[cč]en[eé]|dosiahnut[eé]|dosa[zž]en[eé]) (vzdelanie|vzd[eě]l[aá]n[ií])\b/,
      // Arabic "educational level", "academic qualification"; Hebrew "education".
      /^(المستوى التعليمي|المؤهل (العلمي|الدراسي)|השכלה)$/,
      /^(utdanning(sniv[aå])?|h[øo]yeste (fullf[oø]rte )?(utdanning|grad))$/,
      /\bh[oö]chste[rs]? (abgeschlossene[rs]? )?(ausbildung|schulbildung|bildungsabschluss)\b/,
      /^(education|schooling)( type| level| completed| attained| achieved| obtained)?$|^type of education$/,
      /^highest (level|grade)( of (education|school(ing)?))? (completed|attained|achieved)$/,
      // "I am a university graduate (BSc / BA or above)": a degree held, stated or asked.
      /^(i am|i m|are you) an? (university|college) graduate\b/,
      // Whether the person finished the school of their entry: yes for a degree held (fill/question-answer.ts).
      /^(did you graduate|have you graduated|i (have )?graduated|((college|university|college (or )?university) )?graduated|degree (conferred|awarded|earned|completed))$/,
      // An entry's "Did you complete this degree or certificate?"
      /^did you (complete|finish|earn) (this|the|that) (degree|diploma|program)( or (certificate|diploma|degree))?$/,
      /^(уровень( образования)?|образование|eğitim( durumu| seviyesi)?|öğrenim durumu|uddannelse(sniveau)?|højeste uddannelse)$/,
      /^((legmagasabb )?(iskolai )?végzettség|nivel( de)? studii|studii|(korkein )?(suoritettu )?koulutus(aste)?|tutkinto|trình độ học vấn|ระดับการศึกษา(สูงสุด)?)$/,
      /^(ανώτατο )?επίπεδο (σπουδών|εκπαίδευσης)$|^(pendidikan( terakhir)?|jenjang pendidikan|stupanj obrazovanja|razina obrazovanja|освіта|рівень освіти)$/,
    ],
    // A graduation year is a date; a four-year degree is a level.
    // When the degree was earned ("Month you graduated (highest degree)") is a date, not the degree;
    // years counted "post-degree" are experience.
    not: [
      THIRD_PARTY,
      // A degree "in Computer Science or a related field" asks the degree held (the fill reads the subject).
      /\b(major|discipline|(?<!\b(related|relevant|similar|technical|quantitative|comparable) )field|gpa|date|month|when|post degree)\b|(?<!\b(two|three|four|2|3|4) )\byear\b/,
    ],
    // A high school's row of a schools grid ("High School Degree", named HS_DEGREE) is not the degree held.
    // An academic title before the name (Slovak and Czech "Titul": Bc., Ing.) is no degree's level.
    // A school named for its degree ("Name of Institution (highest degree)") is the school.
    vetoWhen:
      /^(?!(do|did|have|are) you\b).*\bhigh school\b|^titul\b|^(name of (the |your )?(school|university|college|institution)|(school|university|college|institution)( name)?$)/,
    kinds: ['text', 'choice'],
    // "Have you completed a Bachelor's degree?" is answered from the degree held (fill/question-answer.ts).
    yesNo: true,
    // Whether the school's entry was finished is asked beside the degree.
    repeatWhen:
      /\bgraduat(e|ed)$|^degree (conferred|awarded|earned|completed)$|^(do|did|have|are) you\b.*\bhigh school\b/,
  }),
  entry({
    canonical: 'cover_letter',
    names: [/\bcover ?letter\b/, /\bmotivation(al)? ?letter\b/, /\banschreiben\b/],
    labels: [
      /\bcarta de motiva[çc][ãa]o\b/,
      /\bcover(ing)? (letter|note)\b/,
      /\bmotivation(al)? letter\b/,
      // SmartRecruiters' letter box: "Message to the Hiring Team".
      /\b(note|message|letter) to (the )?hiring (team|manager)s?\b/,
      // Wellfound's "Write a note to Tomasz, Founder & CTO": the letter to whoever reads the application.
      /^(write|add|send|include) (a |an )?(short |quick |brief |personal )?(note|message) to\b/,
      // A UK application's letter: why this role, what the person brings (the NHS's "Supporting
      // information"); Asia's "application letter".
      /^(personal|supporting) statement$/,
      /^supporting information$/,
      /\b(application|introduction) letter\b/,
      // The letter named as Finnish and Dutch pages name it in English ("Hakemus": "Application";
      // "Motivatie": "Motivation").
      /^(your )?(motivation|application)$/,
      /\bletter of (introduction|interest|application)\b/,
      /\b(anschreiben|motivationsschreiben|lettre de (motivation|pr[eé]sentation)|carta de presentaci|motivatiebrief|lettera di (presentazione|motivazione)|motiva[cč]n[ií] dopis|list motywacyjny|personligt brev)/,
      /(^| )(сопроводительное письмо|ön yazı|ansøgning|motiveret ansøgning|søknad|søknadsbrev|søknadstekst)( |$)/,
      /\bcarta de apresenta[cç][aã]o\b|자기소개서/,
      /رسالة (تغطية|تعريفية|التغطية)|خطاب (التقديم|تقديم|تغطية)|מכתב (מקדים|מלווה|פנייה)/,
      /(^| )(motivációs levél|scrisoare(a)? de inten[țţ]ie|hakemus(kirje)?|thư (giới thiệu|xin việc)|จดหมาย(สมัครงาน|แนะนําตัว))( |$)/,
      /(^| )(surat lamaran|motivacijsko pismo|супровідний лист|συνοδευτική επιστολή)( |$)/,
      /(^| )(motiva[cč]n[yý] list|propratno pismo|motiv[aā]cijas v[eē]stule|motyvacinis lai[sš]kas|kynningarbr[eé]f)( |$)/,
    ],
    kinds: ['textarea', 'file'],
  }),
  entry({
    canonical: 'resume_upload',
    // The resume named last, or before what holds it (`resume_file`, `cv[arquivo]`): a name whose
    // resume is the object its fields belong to (`cv[genero]`, `cv[uf]`) names another field.
    names: [
      /\b(resume|cv|curriculum ?vitae|lebenslauf)( ?(file|upload|attachment|document|doc|arquivo|archivo|fichier|datei|input|field))?( \d+)?$/,
    ],
    // `\b` is ASCII-only in JS regexes, so the accented form needs explicit space boundaries.
    labels: [
      /(^| )(r[eé]sum[eé]|cv|curriculum vitae|lebenslauf|curr[ií]cul(um|o)|hoja de vida)( |$)/,
      /(^| )(резюме|özgeçmiş)( |$)/,
      // Japanese 職務経歴書 (the free-form career history a Western resume is; 履歴書 is the fixed
      // JIS form), Chinese 简历 / 履歷表, Korean 이력서: no spaces around words to bound them.
      /職務経歴書|简历|簡歷|履歷表|이력서/,
      /(^| )(önéletrajz|curriculum|ansioluettelo|(cv )?sơ yếu lý lịch|เรซูเม่|ประวัติย่อ)( |$)/,
      /(^| )(unggah cv|životopis|резюме|βιογραφικό( σημείωμα)?)( |$)/,
    ],
    // A cover letter's upload is no resume's; one upload for both ("Resume & cover letter") takes the resume.
    not: [/^(?!.*(^| )(r[eé]sum[eé]|cv)( |$)).*\bcover\b/],
    // An upload that reads the resume to fill the form for the person ("Autofill from resume", Ashby;
    // "Upload your resume to autofill") takes it only where the form asks for no resume of its own.
    secondChoiceWhen: READS_UPLOAD_TO_FILL,
    // A choice of how to give the resume (Taleo's upload / paste / none) is answered with the upload.
    kinds: ['file', 'choice'],
  }),
];
