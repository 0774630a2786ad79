import { describe, expect, it } from 'vitest';
import { chooseFormat, type FormatHints } from './choose-format.ts';

const plain: FormatHints = {
  type: 'text',
  placeholder: '',
  hint: '',
  label: '',
  maxLength: -1,
  pattern: '',
  inputMode: '',
  prefix: '',
  separateCountryCode: false,
};

describe('chooseFormat', () => {
  it('fills a phone as written without evidence', () => {
    expect(chooseFormat('phone', { ...plain, type: 'tel' })).toBeUndefined();
  });

  it('wants national digits behind a dial-code add-on, a country-code field, words or an autocomplete token saying so', () => {
    expect(chooseFormat('phone', { ...plain, prefix: '+1' })).toBe('phone_digits');
    expect(chooseFormat('phone', { ...plain, separateCountryCode: true })).toBe('phone_digits');
    expect(chooseFormat('phone', { ...plain, label: 'Phone (without country code)' })).toBe('phone_digits');
    // The page's own autocomplete token asks for the national number.
    expect(chooseFormat('phone', { ...plain, autocomplete: 'tel-national' })).toBe('phone_digits');
    expect(chooseFormat('phone', { ...plain, autocomplete: 'section-apply tel-national' })).toBe('phone_digits');
    expect(chooseFormat('phone', { ...plain, prefix: '+1', placeholder: '(555) 555-5555' })).toBe('phone_national');
  });

  it('reads placeholder examples and length limits', () => {
    expect(chooseFormat('phone', { ...plain, placeholder: '+1 555 555 5555' })).toBe('phone_international');
    expect(chooseFormat('phone', { ...plain, placeholder: '+15555555555' })).toBe('phone_e164');
    // The country code written without its plus is still the country code.
    expect(chooseFormat('phone', { ...plain, placeholder: '1-415-555-1234...' })).toBe('phone_international');
    expect(chooseFormat('phone', { ...plain, placeholder: '1 (555) 555-5555' })).toBe('phone_international');
    expect(chooseFormat('phone', { ...plain, placeholder: '555-555-5555' })).toBe('phone_dashed');
    expect(chooseFormat('phone', { ...plain, placeholder: '555 123 4567' })).toBe('phone_spaced');
    expect(chooseFormat('phone', { ...plain, hint: 'Format: 999/999-9999' })).toBe('phone_slashed');
    // The label's own example, when the page prints it there.
    expect(chooseFormat('phone', { ...plain, label: 'Mobile phone (e.g. 555-123-4567) *' })).toBe('phone_dashed');
    // A placeholder repeated as the help is one example, not a trunk 0 ("…0100 415…").
    expect(chooseFormat('phone', { ...plain, placeholder: '415-555-0100', hint: '415-555-0100' })).toBe('phone_dashed');
    expect(chooseFormat('phone', { ...plain, hint: 'Digits only, including area code' })).toBe('phone_digits');
    // Without separators on a page of another country: the number from abroad keeps its country code.
    expect(chooseFormat('phone', { ...plain, hint: 'ハイフンなしで入力してください（例：09012345678）' })).toBe(
      'phone_e164',
    );
    expect(chooseFormat('phone', { ...plain, hint: "'-' 없이 숫자만 입력해 주세요.", language: 'ko' })).toBe(
      'phone_e164',
    );
    // A mask printed in the label (the page's hint drawn inside the label's cell).
    expect(chooseFormat('phone', { ...plain, label: 'Primary Phone * (###) ###-####' })).toBe('phone_national');
    expect(chooseFormat('phone', { ...plain, label: 'Phone extension xxx' })).toBeUndefined();
    // Another country's national example (a trunk 0) is not the shape of a North American number.
    expect(chooseFormat('phone', { ...plain, hint: 'e.g. 021 123 4567' })).toBe('phone_international');
    // An example carrying the country code asks for the number with it, as the profile holds it.
    expect(chooseFormat('phone', { ...plain, placeholder: '+1 (555) 000-0000' })).toBe('phone_international');
    expect(chooseFormat('phone', { ...plain, hint: '(xxx-xxx-xxxx)' })).toBe('phone_dashed');
    expect(chooseFormat('phone', { ...plain, hint: 'Digits only, no country code (e.g. 6125550100)' })).toBe(
      'phone_digits',
    );
    expect(chooseFormat('phone', { ...plain, placeholder: '(___) ___-____' })).toBe('phone_national');
    // A paper form's empty brackets for the area code.
    expect(chooseFormat('phone', { ...plain, label: 'Telephone No. ( )' })).toBe('phone_national');
    expect(chooseFormat('phone', { ...plain, hint: 'US phone number' })).toBe('phone_digits');
    // react-phone-input-2 writes the dial code into the box: the number goes after it.
    expect(chooseFormat('phone', { ...plain, value: '+1', separateCountryCode: true })).toBe('phone_international');
    expect(chooseFormat('phone', { ...plain, hint: '(###) ###-####' })).toBe('phone_national');
    expect(chooseFormat('phone', { ...plain, maxLength: 10 })).toBe('phone_digits');
    expect(chooseFormat('phone', { ...plain, hint: 'Format: (555) 555-5555' })).toBe('phone_national');
    // The pattern the page validates against shows the shape it accepts.
    expect(chooseFormat('phone', { ...plain, pattern: '[0-9]{3}-[0-9]{3}-[0-9]{4}', maxLength: 12 })).toBe(
      'phone_dashed',
    );
    expect(chooseFormat('phone', { ...plain, pattern: '\\(\\d{3}\\) \\d{3}-\\d{4}' })).toBe('phone_national');
    expect(chooseFormat('phone', { ...plain, pattern: '[0-9]{10}' })).toBe('phone_digits');
    // A help text that asks to include the area code asks for the whole number.
    expect(chooseFormat('phone', { ...plain, label: 'Phone: Include your area code.' })).toBeUndefined();
    // So does one telling the order of the digits.
    expect(
      chooseFormat('phone', {
        ...plain,
        label: 'Primary Phone Area code first, numbers only – no spaces or dashes (example: 9165550100).',
      }),
    ).toBe('phone_digits');
    expect(chooseFormat('phone', { ...plain, label: 'Area code' })).toBe('phone_area_code');
  });

  it('chooses date formats from the input type and placeholder', () => {
    expect(chooseFormat('start_date', { ...plain, type: 'date' })).toBe('date_iso');
    expect(chooseFormat('start_date', { ...plain, placeholder: 'MM/DD/YYYY' })).toBe('date_us');
    expect(chooseFormat('start_date', { ...plain, placeholder: 'dd/mm/yyyy' })).toBe('date_eu');
    expect(chooseFormat('start_date', { ...plain, placeholder: 'DD.MM.YYYY' })).toBe('date_dot');
    expect(chooseFormat('start_date', { ...plain, placeholder: 'DD-MM-YYYY' })).toBe('date_eu_dash');
    expect(chooseFormat('start_date', { ...plain, placeholder: 'MM/DD/YY' })).toBe('date_us_yy');
    // An example date whose day is above 12 shows the order.
    expect(chooseFormat('start_date', { ...plain, hint: 'e.g. 03/31/2026' })).toBe('date_us');
    expect(chooseFormat('start_date', { ...plain, hint: 'z.B. 31.03.2026' })).toBe('date_dot');
    expect(chooseFormat('start_date', { ...plain, placeholder: '31/03/2026' })).toBe('date_eu');
    // One whose numbers do not tell is written as the page's language writes dates.
    expect(chooseFormat('start_date', { ...plain, hint: 'e.g. 03/04/2026', language: 'en-US' })).toBe('date_us');
    expect(chooseFormat('start_date', { ...plain, hint: 'e.g. 03/04/2026', language: 'en-GB' })).toBe('date_eu');
    expect(chooseFormat('start_date', { ...plain, hint: 'e.g. 3/4/2026', language: 'en' })).toBe('date_us_short');
    // A label closing with a whole date's pattern asks for the whole date, not its last part.
    expect(chooseFormat('start_date', { ...plain, label: 'Earliest start date (Month DD, YYYY)' })).toBe('date_long');
    // Digits without leading zeros beat the words that name the parts.
    expect(chooseFormat('start_date', { ...plain, hint: 'Month/day/year please (e.g. 3/7/2027)' })).toBe(
      'date_us_short',
    );
    expect(chooseFormat('start_date', { ...plain, placeholder: 'Month YYYY' })).toBe('date_month_name_year');
    // A mask without letters: its separator and the page's language say the order.
    expect(chooseFormat('start_date', { ...plain, placeholder: '__/__/____', language: 'en-US' })).toBe('date_us');
    expect(chooseFormat('start_date', { ...plain, placeholder: '##/##/####', language: 'es' })).toBe('date_eu');
    // Shown as the box's value before anything is typed, a fixed part of it drawn already (IMask's
    // lazy: false); a date the box holds is no mask.
    expect(chooseFormat('start_date', { ...plain, value: '__/__/202_', language: 'en' })).toBe('date_us');
    expect(chooseFormat('start_date', { ...plain, value: '19/09/2029', language: 'en' })).toBeUndefined();
    expect(chooseFormat('start_date', { ...plain, placeholder: '__.__.____' })).toBe('date_dot');
    expect(chooseFormat('start_date', { ...plain, placeholder: 'MM/DD/YYYY' })).toBe('date_us');
    // Dutch: dag, maand, jaar.
    expect(chooseFormat('start_date', { ...plain, placeholder: 'dd-mm-jjjj' })).toBe('date_eu_dash');
    // German and French letters: Tag/Jahr, jour/année.
    expect(chooseFormat('start_date', { ...plain, placeholder: 'TT.MM.JJJJ' })).toBe('date_dot');
    expect(chooseFormat('start_date', { ...plain, placeholder: 'dd.mm.åååå' })).toBe('date_dot');
    expect(chooseFormat('start_date', { ...plain, placeholder: 'JJ/MM/AAAA' })).toBe('date_eu');
    expect(chooseFormat('start_date', { ...plain, placeholder: 'GG.AA.YYYY' })).toBe('date_dot');
    // Hungarian év / hó / nap, Finnish päivä / kuukausi / vuosi, Romanian zi / lună / an.
    expect(chooseFormat('start_date', { ...plain, placeholder: 'éééé.hh.nn' })).toBe('date_iso_dot');
    expect(chooseFormat('start_date', { ...plain, placeholder: 'pp.kk.vvvv' })).toBe('date_dot');
    expect(chooseFormat('start_date', { ...plain, placeholder: 'zz.ll.aaaa' })).toBe('date_dot');
    // Croatian godina, Greek ημέρα / μήνας / έτος, Ukrainian день / місяць / рік.
    expect(chooseFormat('start_date', { ...plain, placeholder: 'dd.mm.gggg.' })).toBe('date_dot');
    expect(chooseFormat('start_date', { ...plain, placeholder: 'ΗΗ/ΜΜ/ΕΕΕΕ', language: 'el' })).toBe('date_eu');
    expect(chooseFormat('start_date', { ...plain, placeholder: 'ДД.ММ.РРРР' })).toBe('date_dot');
    expect(chooseFormat('start_date', { ...plain, placeholder: 'm/d/yy' })).toBe('date_us_short_yy');
    expect(chooseFormat('start_date', { ...plain, placeholder: 'm/d/yyyy' })).toBe('date_us_short');
    expect(chooseFormat('start_date', { ...plain, hint: 'Type a date like January 15, 2027' })).toBe('date_long');
    expect(chooseFormat('start_date', { ...plain, placeholder: 'Month DD, YYYY' })).toBe('date_long');
    expect(chooseFormat('start_date', { ...plain, placeholder: 'e.g. Dec 31, 2026' })).toBe('date_medium');
    expect(chooseFormat('start_date', { ...plain, placeholder: 'MM-DD-YYYY' })).toBe('date_us_dash');
    expect(chooseFormat('start_date', { ...plain, hint: 'For example, 3 March 2027' })).toBe('date_long_dmy');
    expect(chooseFormat('start_date', { ...plain, placeholder: 'DD Month YYYY' })).toBe('date_long_dmy');
    expect(chooseFormat('start_date', { ...plain, placeholder: 'dd mmm yyyy' })).toBe('date_medium_dmy');
    expect(chooseFormat('start_date', { ...plain, placeholder: 'month/day/year' })).toBe('date_us');
    expect(chooseFormat('start_date', plain)).toBeUndefined();
  });

  it('reads a month and year with a dash, a year-first slashed date and a dashed short month', () => {
    expect(chooseFormat('start_date', { ...plain, placeholder: 'MM-YYYY' })).toBe('date_month_year_dash');
    expect(chooseFormat('start_date', { ...plain, hint: 'Start date (YYYY/MM/DD)' })).toBe('date_iso_slash');
    expect(chooseFormat('start_date', { ...plain, hint: 'e.g. 01-Mar-2027' })).toBe('date_dmy_abbr');
    // A year first is not a month before the year.
    expect(chooseFormat('start_date', { ...plain, placeholder: 'YYYY-MM' })).toBeUndefined();
  });

  it('reads a year-first date with dots and one written out in Japanese or Chinese', () => {
    expect(chooseFormat('start_date', { ...plain, placeholder: 'YYYY.MM.DD' })).toBe('date_iso_dot');
    expect(chooseFormat('start_date', { ...plain, placeholder: '2027.04.01' })).toBe('date_iso_dot');
    expect(chooseFormat('start_date', { ...plain, hint: 'yyyy年mm月dd日 の形式でご入力ください' })).toBe('date_cjk');
    expect(chooseFormat('start_date', { ...plain, placeholder: '2027年04月01日' })).toBe('date_cjk');
    expect(chooseFormat('start_date', { ...plain, label: 'Kedy môžete nastúpiť? (D.M.RRRR)' })).toBe('date_dot_short');
    expect(chooseFormat('start_date', { ...plain, label: 'Nástup možný od', placeholder: 'd. m. rrrr' })).toBe(
      'date_dot_spaced',
    );
    // The day first stays the European dotted date.
    expect(chooseFormat('start_date', { ...plain, placeholder: 'TT.MM.JJJJ' })).toBe('date_dot');
  });

  it('drops the scheme behind an https:// add-on and wants digits in number inputs', () => {
    expect(chooseFormat('linkedin_url', { ...plain, prefix: 'https://' })).toBe('url_no_scheme');
    expect(chooseFormat('website', plain)).toBeUndefined();
    expect(chooseFormat('salary_expectation', { ...plain, type: 'number' })).toBe('number_plain');
    expect(chooseFormat('salary_expectation', plain)).toBeUndefined();
    expect(chooseFormat('address_line1', { ...plain, label: 'House name or number' })).toBe('address_number');
    expect(chooseFormat('address_line1', { ...plain, label: 'House name/number' })).toBe('address_number');
    expect(chooseFormat('address_line1', { ...plain, label: 'House no. / name' })).toBe('address_number');
    expect(chooseFormat('address_line1', { ...plain, label: 'Street Number *' })).toBe('address_number');
    expect(chooseFormat('address_line1', { ...plain, label: 'Street No.' })).toBe('address_number');
    // Beside the street, the number's abbreviation alone asks it.
    expect(chooseFormat('address_line1', { ...plain, label: 'Nr.' })).toBe('address_number');
    expect(chooseFormat('address_line1', { ...plain, label: 'Nr. Nr.' })).toBe('address_number');
    expect(chooseFormat('address_line1', { ...plain, label: 'Street name and number' })).toBeUndefined();
    expect(chooseFormat('region', { ...plain, label: 'State', maxLength: 6 })).toBe('region_code');
    expect(chooseFormat('region', { ...plain, label: 'State code' })).toBe('region_code');
    expect(chooseFormat('region', { ...plain, label: 'State', maxLength: 40 })).toBeUndefined();
    // The example is a code: the help's "e.g. CA", a placeholder "NY".
    expect(chooseFormat('region', { ...plain, label: 'State / Region', hint: 'e.g. CA' })).toBe('region_code');
    expect(chooseFormat('region', { ...plain, label: 'State', placeholder: 'NY' })).toBe('region_code');
    expect(chooseFormat('region', { ...plain, label: 'State', placeholder: 'e.g. California' })).toBeUndefined();
    expect(chooseFormat('address_line1', { ...plain, label: 'Straat', separateHouseNumber: true })).toBe(
      'address_street',
    );
    expect(chooseFormat('address_line1', { ...plain, label: 'Straße und Hausnummer' })).toBeUndefined();
  });

  it('parts a value split over a row of boxes by the boxes’ sizes', () => {
    const phone = (index: number, sizes: number[]) =>
      chooseFormat('phone', { ...plain, maxLength: sizes[index] ?? -1, split: { index, sizes } });
    expect([0, 1, 2].map((index) => phone(index, [3, 3, 4]))).toEqual([
      'phone_area_code',
      'phone_exchange',
      'phone_line',
    ]);
    expect([0, 1].map((index) => phone(index, [3, 7]))).toEqual(['phone_area_code', 'phone_local']);
    expect(phone(1, [2, 2])).toBeUndefined();
    const date = (index: number, sizes: number[], placeholder = '') =>
      chooseFormat('start_date', { ...plain, placeholder, split: { index, sizes } });
    expect([0, 1, 2].map((index) => date(index, [2, 2, 4]))).toEqual(['date_month', 'date_day', 'date_year']);
    expect([0, 1, 2].map((index) => date(index, [4, 2, 2]))).toEqual(['date_year', 'date_month', 'date_day']);
    // A box's own words beat the order its size suggests (a European day-first row).
    expect(date(0, [2, 2, 4], 'DD')).toBe('date_day');
  });

  it('reads a split date box by its own label, and writes the number after an area code as its example does', () => {
    // GOV.UK's Day / Month / Year row: the label beats the order the sizes suggest.
    const labelled = (index: number, label: string) =>
      chooseFormat('start_date', { ...plain, label, split: { index, sizes: [2, 2, 4] } });
    expect([labelled(0, 'Day'), labelled(1, 'Month'), labelled(2, 'Year')]).toEqual([
      'date_day',
      'date_month',
      'date_year',
    ]);
    // Its example writes the month as one digit ("27 3 2027"): day and month go unpadded; a padded one keeps the zeros.
    const example = (index: number, label: string, hint: string) =>
      chooseFormat('start_date', { ...plain, label, hint, split: { index, sizes: [2, 2, 4] } });
    expect(
      [0, 1, 2].map((index) => example(index, ['Day', 'Month', 'Year'][index]!, 'For example, 27 3 2027')),
    ).toEqual(['date_day_unpadded', 'date_month_unpadded', 'date_year']);
    expect(example(1, 'Month', 'For example, 27 03 2027')).toBe('date_month');
    expect(example(1, 'Month', 'e.g. 5/1/2027')).toBe('date_month_unpadded');
    expect(example(1, 'Month', 'Call 415 555 0134')).toBe('date_month');
    // One box whose label closes with "Month" but whose placeholder writes the month and the year wants both.
    expect(chooseFormat('start_date', { ...plain, label: 'Available Month', placeholder: 'mm/yyyy' })).toBe(
      'date_month_year',
    );
    expect(chooseFormat('start_date', { ...plain, label: 'Available Month' })).toBe('date_month');
    // The number after the area code keeps the dash its example shows.
    expect(
      chooseFormat('phone', { ...plain, hint: '555-0100', maxLength: 8, split: { index: 1, sizes: [3, 8] } }),
    ).toBe('phone_local_dashed');
    expect(chooseFormat('phone', { ...plain, placeholder: '555-0100', separateAreaCode: true })).toBe(
      'phone_local_dashed',
    );
    // Japan's three boxes: the area code, the exchange, the line.
    expect(chooseFormat('phone', { ...plain, maxLength: 4, split: { index: 1, sizes: [5, 4, 4] } })).toBe(
      'phone_exchange',
    );
    // With no example nor limit, as people write it; a box of seven, or for digits, takes the digits.
    expect(chooseFormat('phone', { ...plain, separateAreaCode: true })).toBe('phone_local_dashed');
    expect(chooseFormat('phone', { ...plain, separateAreaCode: true, maxLength: 7 })).toBe('phone_local');
    expect(chooseFormat('phone', { ...plain, separateAreaCode: true, placeholder: '12345678' })).toBe('phone_local');
  });

  it("reads the part of a date a select lists when nothing names it (Django's SelectDateWidget)", () => {
    const listing = (options: string[], label = '') => chooseFormat('start_date', { ...plain, label, options });
    const days = Array.from({ length: 31 }, (_, index) => String(index + 1));
    expect(
      listing(
        [
          '---',
          'January',
          'February',
          'March',
          'April',
          'May',
          'June',
          'July',
          'August',
          'September',
          'October',
          'November',
          'December',
        ],
        'Available from',
      ),
    ).toBe('date_month');
    expect(listing(['Month', ...days.slice(0, 12)])).toBe('date_month');
    expect(listing(['Day', ...days])).toBe('date_day');
    expect(listing(['---', '2026', '2027', '2028'])).toBe('date_year');
    expect(listing(['Immediately', 'Within 2 weeks', 'Within a month'])).toBeUndefined();
  });

  it('reads a date with single-letter month and day, and wants the handle behind a fixed site', () => {
    expect(chooseFormat('start_date', { ...plain, placeholder: 'M/D/YYYY' })).toBe('date_us_short');
    expect(chooseFormat('start_date', { ...plain, placeholder: 'dd-MMM-yyyy' })).toBe('date_dmy_abbr');
    expect(chooseFormat('start_date', { ...plain, placeholder: 'MM/YYYY' })).toBe('date_month_year');
    expect(chooseFormat('start_date', { ...plain, placeholder: 'MM/YY' })).toBe('date_month_year_yy');
    expect(chooseFormat('start_date', { ...plain, placeholder: 'MM/DD/YY' })).toBe('date_us_yy');
    // Written in the label, past a mask that only shows digits ("##/####").
    expect(chooseFormat('start_date', { ...plain, label: 'Available from (MM/YYYY)' })).toBe('date_month_year');
    expect(chooseFormat('start_date', { ...plain, type: 'month' })).toBe('date_iso_month');
    expect(chooseFormat('linkedin_url', { ...plain, prefix: 'linkedin.com/in/' })).toBe('url_handle');
    expect(chooseFormat('github_url', { ...plain, prefix: 'https://github.com/' })).toBe('url_handle');
    expect(chooseFormat('website', { ...plain, prefix: 'https://www.' })).toBe('url_no_scheme');
    expect(chooseFormat('website', { ...plain, prefix: '@' })).toBeUndefined();
    expect(chooseFormat('github_url', { ...plain, label: 'GitHub username' })).toBe('url_handle');
    expect(chooseFormat('github_url', { ...plain, label: 'GitHub', hint: 'Your username' })).toBe('url_handle');
    expect(chooseFormat('github_url', { ...plain, label: 'GitHub', hint: 'https://github.com/username' })).toBe(
      undefined,
    );
    expect(chooseFormat('phone_country_code', { ...plain, prefix: '+' })).toBe('number_plain');
    expect(chooseFormat('phone_country_code', plain)).toBeUndefined();
  });

  it('counts experience in months when the box asks for months alone', () => {
    expect(chooseFormat('years_experience', { ...plain, label: 'Total work experience (months)' })).toBe(
      'number_months',
    );
    expect(chooseFormat('years_experience', { ...plain, type: 'number', label: 'Experience in months' })).toBe(
      'number_months',
    );
    // A box asking years and months, or years, does not want the years in months.
    expect(chooseFormat('years_experience', { ...plain, label: 'Experience (years and months)' })).not.toBe(
      'number_months',
    );
    expect(chooseFormat('years_experience', { ...plain, type: 'number', label: 'Years of experience' })).toBe(
      'number_plain',
    );
    // Months of another canonical say nothing of experience.
    expect(chooseFormat('salary_expectation', { ...plain, label: 'Salary (per month)' })).not.toBe('number_months');
  });

  it('writes a full name surname first where the label asks for it', () => {
    expect(chooseFormat('full_name', { ...plain, label: 'Name (Last, First MI)' })).toBe('name_last_first');
    expect(chooseFormat('full_name', { ...plain, label: 'Surname, given names' })).toBe('name_last_first');
    expect(chooseFormat('full_name', { ...plain, label: 'Full legal name' })).toBeUndefined();
    expect(chooseFormat('full_name', { ...plain, label: 'Name (first, last)' })).toBeUndefined();
  });

  it('writes the current job asked in one box as both its parts, in the order the question names them', () => {
    expect(chooseFormat('current_company', { ...plain, label: "Where do you work now, and what's your title?" })).toBe(
      'company_and_title',
    );
    expect(chooseFormat('current_title', { ...plain, label: 'Current job title and company' })).toBe(
      'title_at_company',
    );
    // A box of its own for the title: the employer's box takes the employer alone.
    expect(
      chooseFormat('current_company', {
        ...plain,
        label: 'Where do you work now, and what is your title? Organization',
        separateTitle: true,
      }),
    ).toBeUndefined();
    expect(
      chooseFormat('current_company', { ...plain, label: 'Where do you work now?', hint: 'Company and role' }),
    ).toBe('company_and_title');
    // A neighbour's caption read after the label joins nothing.
    expect(chooseFormat('current_company', { ...plain, label: 'Current employer Job title' })).toBeUndefined();
    // The example joins them with a comma.
    const roleAndCompany = {
      ...plain,
      label: 'Current role and company',
      placeholder: 'e.g. Scheduling Analyst, Keystone Bus Lines',
    };
    expect(chooseFormat('current_title', roleAndCompany)).toBe('title_and_company');
  });

  it('writes a place asked with its ZIP, and a degree asked with its school, in one box', () => {
    const place = { ...plain, label: 'City, State ZIP', placeholder: 'Harrowgate, PA 17011' };
    expect(chooseFormat('location', place)).toBe('location_postal');
    expect(chooseFormat('location', { ...place, separatePostalCode: true })).toBeUndefined();
    expect(chooseFormat('location', { ...plain, label: 'City, State' })).toBeUndefined();
    expect(chooseFormat('school', { ...plain, label: 'Highest degree and school' })).toBe('degree_and_school');
    // A grid's entry number is no degree asked: "Degree 1 college or university" is the school.
    expect(chooseFormat('school', { ...plain, label: 'Degree 1 college or university' })).toBeUndefined();
    expect(
      chooseFormat('school', { ...plain, label: 'Highest degree and school', separateDegree: true }),
    ).toBeUndefined();
    expect(chooseFormat('school', { ...plain, label: 'School or university' })).toBeUndefined();
  });

  it('gives the Months box beside a Years box the months past the whole years', () => {
    const months = { ...plain, type: 'number', label: 'Relevant experience Months Years', monthsBesideYears: true };
    expect(chooseFormat('years_experience', months)).toBe('number_months_part');
    expect(chooseFormat('years_experience', { ...months, monthsBesideYears: false })).toBe('number_plain');
  });

  it('asks a salary in thousands when the label or its help says so', () => {
    for (const label of [
      'Expected base salary (thousand USD per year)',
      'Salary expectation (in thousands)',
      'Desired salary ($k)',
      "Expected package (£'000)",
      'Target compensation (k)',
    ])
      expect(chooseFormat('salary_expectation', { ...plain, type: 'number', label }), label).toBe('number_thousands');
    expect(chooseFormat('salary_expectation', { ...plain, label: 'Salary', hint: 'In thousands of euros' })).toBe(
      'number_thousands',
    );
    // An example written with a "k" is how to write the whole figure, not a count of thousands.
    expect(chooseFormat('salary_expectation', { ...plain, label: 'Salary', placeholder: 'e.g. 120k' })).not.toBe(
      'number_thousands',
    );
    expect(chooseFormat('salary_expectation', { ...plain, type: 'number', label: 'Kitchen salary' })).toBe(
      'number_plain',
    );
  });

  it('writes a salary as the example on the page writes it', () => {
    const salary = (extra: Partial<typeof plain>) =>
      chooseFormat('salary_expectation', { ...plain, label: 'Salary', ...extra });
    expect(salary({ label: 'Desired annual base salary? Please include the currency (e.g. 85,000 USD).' })).toBe(
      'amount_code',
    );
    expect(salary({ placeholder: 'e.g. $120,000' })).toBe('amount_symbol');
    expect(salary({ hint: 'For example: 110,000 EUR' })).toBe('amount_code');
    expect(salary({ hint: 'Please include the currency and period, e.g. AUD 95,000 per year' })).toBe(
      'amount_code_period',
    );
    expect(salary({ placeholder: 'e.g. GBP 45,000' })).toBe('amount_code_first');
    expect(salary({ placeholder: 'e.g. 95,000' })).toBeUndefined();
    // A posted range is no example; a number box takes digits.
    expect(salary({ label: 'Desired salary (the range for this role is $165,000–$195,000)' })).toBeUndefined();
    expect(salary({ type: 'number', placeholder: '95,000' })).toBe('number_plain');
    // Asked for the currency with no example: the figure and its code.
    expect(salary({ label: 'Annual base salary expectations? Please state the currency (CAD or USD).' })).toBe(
      'amount_plain_code',
    );
    expect(salary({ label: 'Expected salary (include currency)' })).toBe('amount_plain_code');
    expect(salary({ label: 'Expected salary in your currency' })).toBeUndefined();
  });

  it('names the period of a salary whose question offers several and asks which', () => {
    const salary = (label: string) => chooseFormat('salary_expectation', { ...plain, label });
    expect(salary('Minimum hourly or yearly pay you would accept (please say which)')).toBe('amount_period');
    expect(salary('Desired pay — specify whether hourly or annual')).toBe('amount_period');
    // Periods offered with no call to name one, or one period asked: the figure alone.
    expect(salary('Desired Salary / Hourly Rate')).toBeUndefined();
    expect(salary('Desired annual salary (please include base only)')).toBeUndefined();
  });
});
