/**
 * Formats a field wants a value in: the ids a learning event may name for a corrected field and a
 * profile may serve per selector. A closed list, never a value: the SDK renders the user's value in
 * the named format on the device (see `values/format-value.ts`).
 *
 * - phone_e164 `+14155550134` · phone_international `+1 415 555 0134` · phone_national `(415) 555-0134`
 *   · phone_dashed `415-555-0134` · phone_spaced `415 555 0134` · phone_slashed `415/555-0134` (PeopleSoft's "999/999-9999")
 *   · phone_digits `4155550134` (national significant number, digits only)
 * - phone_area_code `415` · phone_local `5550134` (phone_local_dashed `555-0134`): a North American
 *   number split over two fields;
 *   phone_exchange `555` · phone_line `0134`: its last two parts when split over three
 * - date_iso `2027-01-15` · date_us `01/15/2027` · date_us_short `1/15/2027` · date_us_short_yy `1/15/27` · date_us_yy `01/15/27` · date_eu `15/01/2027`
 *   · date_eu_dash `15-01-2027` · date_us_dash `01-15-2027` · date_dot `15.01.2027` · date_dot_short `15.1.2027`
 *   · date_dot_spaced `15. 1. 2027` (Czech and Slovak) · date_dmy_abbr `15-Jan-2027`
 *   · date_iso_slash `2027/01/15` · date_iso_dot `2027.01.15` · date_cjk `2027年01月15日` · date_month_year `01/2027` · date_month_year_dash `01-2027` · date_month_year_yy `01/27`
 *   · date_iso_month `2027-01` · date_long `January 15, 2027` · date_medium `Jan 15, 2027`
 *   · date_month_name_year `January 2027` · date_long_dmy `15 January 2027` · date_medium_dmy `15 Jan 2027`
 * - date_month `01` · date_day `15` · date_year `2027`: a date split over three fields or selects;
 *   date_month_unpadded `1` · date_day_unpadded `5`: its parts where the example writes "27 3 2027"
 * - email_local `jane.doe` · email_domain `example.com`: an email asked as its two halves around a printed "@"
 * - url_no_scheme `github.com/jane` (an input behind a fixed "https://" add-on) · url_handle `jane`
 *   (behind a fixed "github.com/" or "linkedin.com/in/")
 * - company_and_title `Acme, Data Engineer` · title_at_company `Data Engineer at Acme` · title_and_company
 *   `Data Engineer, Acme` (the example joins them with a comma): the current job asked in one box, its
 *   parts in the order the question names them
 * - location_postal `San Francisco, CA 94110`: a place asked with its ZIP ("City, State ZIP") ·
 *   degree_and_school `Bachelor's Degree, University of X`: the degree and its school in one box
 * - number_plain `150000` (digits only, e.g. a salary in a number input) · number_months `84` (years of
 *   experience counted in months) · number_months_part `6` (the months of 7.5 years, in a Months box
 *   beside a Years box) · number_thousands `150` (a salary asked in thousands: "k", "'000")
 *   · number_grouped `150,000` (as a person may correct a salary) · amount_symbol `$150,000` ·
 *   amount_code `150,000 USD`: a salary as the page's example writes it ("e.g. 85,000 USD")
 *   · amount_plain_code `150000 USD`: a salary whose question asks for its currency and shows no example
 *   · amount_code_first `USD 150,000` · amount_code_period `USD 150,000 per year`: as an example
 *   writing the code first does ("e.g. AUD 95,000 per year")
 *   · amount_period `150000 per year`: a salary whose question lets the person choose the period
 *   and asks them to say which ("hourly or yearly pay (please say which)")
 * - address_street `Quillfeather Lane` · address_number `2471`: a street address asked as the street
 *   and the house number apart
 * - region_code `CA`: a US state as its postal code (a box too short for the name, "State code")
 * - name_last_first `Doe, Jane`: a full name asked surname first ("Name (Last, First MI)")
 * - as_written: the value exactly as the user keeps it. Reported so that a field which wants the
 *   value as written outvotes, at the field level, a look-alike field of another form that wants
 *   another format.
 */
export const FIELD_FORMATS = [
  'phone_e164',
  'phone_international',
  'phone_national',
  'phone_dashed',
  'phone_spaced',
  'phone_slashed',
  'phone_digits',
  'phone_area_code',
  'phone_local',
  'phone_local_dashed',
  'phone_exchange',
  'phone_line',
  'date_iso',
  'date_us',
  'date_us_short',
  'date_us_short_yy',
  'date_us_yy',
  'date_eu',
  'date_eu_dash',
  'date_us_dash',
  'date_dot',
  'date_dot_short',
  'date_dot_spaced',
  'date_dmy_abbr',
  'date_iso_slash',
  'date_iso_dot',
  'date_cjk',
  'date_month_year',
  'date_month_year_dash',
  'date_month_year_yy',
  'date_iso_month',
  'date_long',
  'date_medium',
  'date_month_name_year',
  'date_long_dmy',
  'date_medium_dmy',
  'date_month',
  'date_day',
  'date_year',
  'date_month_unpadded',
  'date_day_unpadded',
  'email_local',
  'email_domain',
  'url_no_scheme',
  'url_handle',
  'number_plain',
  'number_months',
  'number_months_part',
  'number_thousands',
  'number_grouped',
  'amount_symbol',
  'amount_code',
  'amount_plain_code',
  'amount_code_first',
  'amount_code_period',
  'amount_period',
  'address_street',
  'address_number',
  'region_code',
  'name_last_first',
  'company_and_title',
  'title_at_company',
  'title_and_company',
  'location_postal',
  'degree_and_school',
  'as_written',
] as const;

/** One of {@link FIELD_FORMATS}. */
export type FieldFormat = (typeof FIELD_FORMATS)[number];

/** Formats that are one part of a value split over several fields: choices take them too. */
export const PART_FORMATS: ReadonlySet<FieldFormat> = new Set([
  'phone_area_code',
  'phone_local',
  'phone_local_dashed',
  'phone_exchange',
  'phone_line',
  'date_month',
  'date_day',
  'date_year',
  'date_month_unpadded',
  'date_day_unpadded',
  'email_local',
  'email_domain',
]);
