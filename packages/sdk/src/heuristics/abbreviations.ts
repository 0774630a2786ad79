/**
 * The words short forms stand for, as small-business and form-builder pages write their captions
 * ("Yrs exp.", "Curr. employer", "Auth. to work in US?", "Desired comp. ($/yr)", "Cover ltr.",
 * "E-sig."). Pure: works on normalized text (lower-case words, single spaces).
 */

/** Short forms that mean one word wherever they stand. */
const WORDS: Readonly<Record<string, string>> = {
  yrs: 'years',
  yr: 'year',
  yoe: 'years of experience',
  mos: 'months',
  curr: 'current',
  cur: 'current',
  auth: 'authorized',
  ltr: 'letter',
  ed: 'education',
  spons: 'sponsorship',
  req: 'require',
  sig: 'signature',
  avail: 'available',
  addr: 'address',
  mob: 'mobile',
  emp: 'employer',
  dob: 'date of birth',
  qual: 'qualification',
  quals: 'qualifications',
  univ: 'university',
  mgr: 'manager',
  bach: 'bachelor',
  assoc: 'associate',
  pref: 'preferred',
  loc: 'location',
  sal: 'salary',
  reloc: 'relocate',
  desig: 'designation',
  dept: 'department',
  addl: 'additional',
  cert: 'certification',
  lic: 'license',
};

/** What "exp." means before a figure asked ahead ("Exp. CTC", "Exp. start date"): expected. */
const EXPECTED_NEXT = /^(salary|ctc|comp|compensation|pay|start|joining|date|package|rate)$/;
/** "Comp." is pay unless it begins "comp sci" or "comp eng". */
const COMPUTING_NEXT = /^(sci|science|eng|engineering|lit)$/;
/** "No." after a phone's word is its number ("Mob. no."). */
const NUMBER_BEFORE = /^(phone|mobile|mob|tel|telephone|contact|cell|whatsapp)$/;

/** `text` with its short forms written out ("yrs exp total" → "years experience total"). */
export function expandAbbreviations(text: string): string {
  const words = text.split(' ');
  return words
    .map((word, at) => {
      const next = words[at + 1] ?? '';
      if (word === 'exp') return EXPECTED_NEXT.test(next) ? 'expected' : 'experience';
      if (word === 'comp') return COMPUTING_NEXT.test(next) ? word : 'compensation';
      if (word === 'no' && NUMBER_BEFORE.test(words[at - 1] ?? '')) return 'number';
      return WORDS[word] ?? word;
    })
    .join(' ');
}
