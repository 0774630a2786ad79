/**
 * The options page's value fields: one control per value the user holds, in its group, with a
 * message next to it when the value is not valid. It shows values and reads them back checked;
 * storing is the page's job, and happens only when every field is valid, so a bad edit never
 * replaces a stored value.
 *
 * Owner: options-page.ts. Lifecycle: createProfileForm renders once; its listeners live as long as
 * the page.
 */
import { PAY_PERIODS } from '@companion-autofill/sdk/content';
import { countryNames } from '../settings/country-names.ts';
import { phoneCountryCodeOf } from '../settings/phone-country-code.ts';
import { PRONOUN_SUGGESTIONS, PROFILE_FIELDS, type ProfileField } from '../settings/profile-fields.ts';
import { PROFILE_VALUE_NAMES, type ProfileValueName, type ProfileValues } from '../settings/profile-values.ts';
import { checkValue, currencyCodes, problemText } from '../settings/value-checks.ts';

/** A value control: a text input, a select or a textarea. */
type Control = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

/** The checked values, or the first field to fix. */
export type ProfileFormRead = { ok: true; values: ProfileValues } | { ok: false; firstInvalid: Control };

/** The rendered fields. */
export interface ProfileForm {
  /** Shows `values`; fields not in it become empty. */
  show(values: ProfileValues): void;
  /** Checks every field, marks each problem next to its field, and gives the values when all are valid. */
  read(): ProfileFormRead;
}

const INPUT_TYPES = { text: 'text', email: 'email', tel: 'tel', url: 'url', digits: 'text', date: 'date' } as const;

const DATALISTS = { pronouns: 'pronoun-suggestions', countries: 'country-suggestions' } as const;

function option(value: string, text: string): HTMLOptionElement {
  const created = document.createElement('option');
  created.value = value;
  created.textContent = text;
  return created;
}

function currencyOptions(): HTMLOptionElement[] {
  const names = new Intl.DisplayNames(['en'], { type: 'currency' });
  return [...currencyCodes()].sort().map((code) => option(code, `${code} — ${names.of(code) ?? code}`));
}

function createControl(name: ProfileValueName, field: ProfileField): Control {
  let control: Control;
  if (field.kind === 'currency' || field.kind === 'pay_period' || field.kind === 'yes_no') {
    control = document.createElement('select');
    control.append(option('', '—'));
    if (field.kind === 'currency') control.append(...currencyOptions());
    else if (field.kind === 'pay_period')
      control.append(...PAY_PERIODS.map((period) => option(period, `Per ${period}`)));
    else control.append(option('yes', 'Yes'), option('no', 'No'));
  } else if (field.kind === 'long_text') {
    control = document.createElement('textarea');
    control.rows = 8;
  } else {
    control = document.createElement('input');
    control.type = INPUT_TYPES[field.kind];
    if (field.kind === 'digits') control.inputMode = 'numeric';
    if (field.suggestions) control.setAttribute('list', DATALISTS[field.suggestions]);
    control.autocomplete = 'off';
  }
  if (field.example !== undefined && !(control instanceof HTMLSelectElement)) control.placeholder = field.example;
  control.id = `profile-${name}`;
  control.name = name;
  control.setAttribute('aria-describedby', `profile-${name}-problem`);
  return control;
}

function renderDatalists(): void {
  const lists: [string, readonly string[]][] = [
    [DATALISTS.pronouns, PRONOUN_SUGGESTIONS],
    [DATALISTS.countries, countryNames()],
  ];
  for (const [id, suggestions] of lists) {
    const list = document.createElement('datalist');
    list.id = id;
    list.append(...suggestions.map((suggestion) => option(suggestion, suggestion)));
    document.body.append(list);
  }
}

/** Sets a control's value; a select gets an option for a stored value it does not offer, so saving keeps it (and flags it). */
function setValue(control: Control, value: string): void {
  if (control instanceof HTMLSelectElement && ![...control.options].some((known) => known.value === value))
    control.append(option(value, value));
  control.value = value;
}

/** Renders every value field into its group's `[data-group]` container. */
export function createProfileForm(): ProfileForm {
  const controls = new Map<ProfileValueName, Control>();
  const problems = new Map<ProfileValueName, HTMLElement>();
  renderDatalists();
  for (const name of PROFILE_VALUE_NAMES) {
    const field = PROFILE_FIELDS[name];
    const group = document.querySelector(`[data-group="${field.group}"]`);
    if (!group) throw new Error(`options.html lacks [data-group="${field.group}"]`);
    const label = document.createElement('label');
    const control = createControl(name, field);
    const problem = document.createElement('span');
    problem.className = 'problem';
    problem.id = `profile-${name}-problem`;
    label.append(field.label, control, problem);
    group.append(label);
    controls.set(name, control);
    problems.set(name, problem);
  }

  /** Checks one field and shows or clears its message; the cleaned value when valid. */
  function check(name: ProfileValueName): string | undefined {
    const control = controls.get(name);
    const problem = problems.get(name);
    if (!control || !problem) return undefined;
    const checked = checkValue(name, control.value);
    problem.textContent = checked.ok ? '' : problemText(name, checked.problem);
    control.setAttribute('aria-invalid', String(!checked.ok));
    return checked.ok ? checked.value : undefined;
  }

  /** The code the phone implies, shown in the empty code field, since it is what forms will get. */
  const showImpliedCode = () => {
    const code = controls.get('phone_country_code');
    const implied = phoneCountryCodeOf(controls.get('phone')?.value ?? '');
    if (code instanceof HTMLInputElement)
      code.placeholder =
        implied === undefined ? (PROFILE_FIELDS.phone_country_code.example ?? '') : `${implied} (from your phone)`;
  };

  for (const [name, control] of controls) {
    control.addEventListener('change', () => void check(name));
    // Clear a message as soon as the field is fixed; a new one waits for the change.
    control.addEventListener('input', () => {
      if (control.getAttribute('aria-invalid') === 'true') check(name);
      if (name === 'phone') showImpliedCode();
    });
  }

  return {
    show(values) {
      for (const [name, control] of controls) {
        setValue(control, values[name] ?? '');
        check(name);
      }
      showImpliedCode();
    },
    read() {
      const values: ProfileValues = {};
      let firstInvalid: Control | undefined;
      for (const [name, control] of controls) {
        const value = check(name);
        if (value === undefined) firstInvalid ??= control;
        else if (value !== '') values[name] = value;
      }
      return firstInvalid === undefined ? { ok: true, values } : { ok: false, firstInvalid };
    },
  };
}
