import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from '@playwright/test';
import { type Harness, startHarness } from './support/harness.ts';

let harness: Harness;
let page: Page;

beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => harness?.close());

/** Fills one field found by selector (composite selectors allowed) and returns outcome and value. */
function fill(selector: string, value: string) {
  return page.evaluate(
    ([selector, value]) => {
      const sdk = window.companionSdk;
      const element = sdk.resolveSelector(document, selector);
      if (!element) throw new Error(`no element for ${selector}`);
      return { outcome: sdk.fillField(element, value), value: sdk.readFieldValue(element) };
    },
    [selector, value] as const,
  );
}

describe('fillField', () => {
  beforeAll(async () => {
    page = await harness.open('/fill.html');
  });

  it('fills text inputs and textareas with focus, bubbling input and change, then blur', async () => {
    expect(await fill('input[name="name"]', 'Ada Lovelace')).toEqual({ outcome: 'filled', value: 'Ada Lovelace' });
    expect(await fill('textarea[name="notes"]', 'line one\nline two')).toEqual({
      outcome: 'filled',
      value: 'line one\nline two',
    });
    expect(await page.evaluate(() => (window as unknown as { seenEvents: string[] }).seenEvents)).toEqual([
      'focus',
      'input:bubbles',
      'change:bubbles',
      'blur',
    ]);
  });

  it('picks select options by visible text or value, case-insensitively, and reports no match', async () => {
    expect(await fill('select[name="country"]', '  united STATES ')).toEqual({ outcome: 'filled', value: 'us' });
    expect(await fill('select[name="country"]', 'DE')).toEqual({ outcome: 'filled', value: 'de' });
    expect(await fill('select[name="country"]', 'Atlantis')).toEqual({ outcome: 'no_matching_option', value: 'de' });
  });

  it('checks a lone checkbox for yes/true/1 and unchecks it otherwise', async () => {
    expect(await fill('input[name="newsletter"]', 'Yes')).toEqual({ outcome: 'filled', value: 'true' });
    expect(await page.isChecked('input[name="newsletter"]')).toBe(true);
    expect(await fill('input[name="sms"]', 'no')).toEqual({ outcome: 'filled', value: 'false' });
    expect(await page.isChecked('input[name="sms"]')).toBe(false);
  });

  it('picks a radio by value or by label', async () => {
    expect(await fill('input[type="radio"][name="shift"]', 'night')).toEqual({ outcome: 'filled', value: 'n' });
    expect(await page.isChecked('input[value="n"]')).toBe(true);
    expect(await fill('input[type="radio"][name="shift"]', 'd')).toEqual({ outcome: 'filled', value: 'd' });
    expect(await page.isChecked('input[value="n"]')).toBe(false);
    expect(await fill('input[type="radio"][name="shift"]', 'evening')).toEqual({
      outcome: 'no_matching_option',
      value: 'd',
    });
  });

  it('skips file inputs and read-only fields', async () => {
    expect(await fill('input[name="resume"]', '/etc/passwd')).toEqual({ outcome: 'skipped_file', value: '' });
    expect(await fill('input[name="readonly_field"]', 'x')).toEqual({ outcome: 'not_fillable', value: '' });
  });

  it('reports did_not_stick when a handler puts its own value back', async () => {
    expect(await fill('input[name="reverting"]', 'replacement')).toEqual({ outcome: 'did_not_stick', value: 'kept' });
  });

  it('accepts a value an input mask reformatted', async () => {
    expect(await fill('input[name="phone"]', '5551234')).toEqual({ outcome: 'filled', value: '555-1234' });
  });

  it('fills inside an open shadow root and a same-origin iframe', async () => {
    expect(await fill('shadow-field >>> input[name="city"]', 'Lyon')).toEqual({ outcome: 'filled', value: 'Lyon' });
    expect(await fill('iframe[name="frame"] >>> input[name="frame_email"]', 'ada@example.com')).toEqual({
      outcome: 'filled',
      value: 'ada@example.com',
    });
    const frameValue = await page.frame({ name: 'frame' })?.inputValue('input[name="frame_email"]');
    expect(frameValue).toBe('ada@example.com');
    expect(await page.locator('shadow-field input[name="city"]').inputValue()).toBe('Lyon');
    expect(harness.pageErrors).toEqual([]);
  });
});

describe('fillForm', () => {
  beforeAll(async () => {
    page = await harness.open('/fill.html');
  });

  it('fills the mapped fields that have a value and reports each outcome', async () => {
    const result = await page.evaluate(() => {
      const sdk = window.companionSdk;
      const fields = sdk.scanForm(document);
      let now = 100;
      const clock = () => (now += 7);
      return sdk.fillForm(
        fields,
        {
          'input[name="name"]': 'full_name',
          'select[name="country"]': 'country',
          'input[name="reverting"]': 'city',
          'input[name="resume"]': 'resume',
          'input[name="phone"]': 'phone',
          'textarea[name="notes"]': 'cover_letter',
        },
        { full_name: 'Grace Hopper', country: 'Germany', city: 'Arlington', resume: 'cv.pdf', phone: '' },
        { clock },
      );
    });
    expect(result.outcomes).toEqual({
      'input[name="name"]': 'filled',
      'select[name="country"]': 'filled',
      'input[name="reverting"]': 'did_not_stick',
      'input[name="resume"]': 'skipped_file',
    });
    expect(result.filled).toEqual({ 'input[name="name"]': 'Grace Hopper', 'select[name="country"]': 'de' });
    expect(result.fillMs).toBe(7);
    expect(await page.inputValue('input[name="name"]')).toBe('Grace Hopper');
    expect(await page.inputValue('textarea[name="notes"]')).toBe('');
  });

  it('does not write over a field the person is typing in, but fills an empty focused one', async () => {
    const page2 = await harness.open('/fill.html');
    await page2.locator('input[name="name"]').fill('Grace B. H');
    const typing = await page2.evaluate(() => {
      const sdk = window.companionSdk;
      (document.querySelector('input[name="name"]') as HTMLInputElement).focus();
      return sdk.fillForm(sdk.scanForm(document), { 'input[name="name"]': 'full_name' }, { full_name: 'Grace Hopper' });
    });
    expect(typing.outcomes).toEqual({});
    expect(await page2.inputValue('input[name="name"]')).toBe('Grace B. H');

    await page2.locator('input[name="name"]').fill('');
    const autofocused = await page2.evaluate(() => {
      const sdk = window.companionSdk;
      (document.querySelector('input[name="name"]') as HTMLInputElement).focus();
      return sdk.fillForm(sdk.scanForm(document), { 'input[name="name"]': 'full_name' }, { full_name: 'Grace Hopper' });
    });
    expect(autofocused.outcomes).toEqual({ 'input[name="name"]': 'filled' });

    // A phone widget that took the focus and wrote its dial code is no person typing.
    const dialCodeOnly = await page2.evaluate(() => {
      const sdk = window.companionSdk;
      const mobile = Object.assign(document.createElement('input'), { name: 'mobile', type: 'tel', value: '+1' });
      document.querySelector('form')!.append(mobile);
      mobile.focus();
      return sdk.fillForm(sdk.scanForm(document), { 'input[name="mobile"]': 'phone' }, { phone: '+1 415 555 0134' });
    });
    expect(dialCodeOnly.outcomes).toEqual({ 'input[name="mobile"]': 'filled' });
    expect(await page2.inputValue('input[name="mobile"]')).toBe('+1 415 555 0134');
    await page2.close();
  });

  it('leaves a salary asked per another period than the user’s (by its label, whatever its help or its unit after it names), and fills a month input in its own format', async () => {
    const page3 = await harness.open('/fill.html');
    const result = await page3.evaluate(() => {
      document.body.innerHTML = `<form>
        <label>Expected salary per month <input name="monthly"></label>
        <label>Desired Salary / Hourly Rate <input name="either"></label>
        <label>Expected yearly salary <input name="yearly"></label>
        <div><label for="hourly">Desired hourly rate (USD)</label><input id="hourly" name="hourly">
          <div class="hint">This role is also open as a 6-month contract.</div></div>
        <label>Available from <input name="from" type="month"></label>
        <div><label for="perMonth">Monthly base salary expectation (USD)</label><input id="perMonth" name="perMonth"><span>/ month</span></div></form>`;
      const sdk = window.companionSdk;
      const map = {
        'input[name="monthly"]': 'salary_expectation',
        'input[name="perMonth"]': 'salary_expectation',
        'input[name="hourly"]': 'salary_expectation',
        'input[name="either"]': 'salary_expectation',
        'input[name="yearly"]': 'salary_expectation',
        'input[name="from"]': 'start_date',
      };
      return sdk.fillForm(sdk.scanForm(document), map, {
        salary_expectation: '150000',
        salary_period: 'year',
        start_date: '2027-01-15',
      });
    });
    expect(result.filled).toEqual({
      'input[name="either"]': '150000',
      'input[name="yearly"]': '150000',
      'input[name="from"]': '2027-01',
    });
    await page3.close();
  });

  it('fills an amount whose currency and period are picked beside it, once picked the person\u2019s own (Rippling), and leaves them with an amount left to the person', async () => {
    const page3b = await harness.open('/fill.html');
    const result = await page3b.evaluate(async () => {
      document.body.innerHTML = `<form><fieldset><legend>What are your base salary expectations?</legend>
        <select aria-label="Currency" name="currency"><option>SGD</option><option>USD</option></select>
        <input name="amount" aria-label="Amount" placeholder="e.g. 120,000"> <span>SGD</span>
        <select aria-label="Pay period" name="period"><option>Per month</option><option>Per year</option></select>
      </fieldset></form>
      <form><label>Desired hourly rate <input name="hourly"></label>
        <select aria-label="Pay period" name="hourlyPeriod"><option>Per hour</option><option>Per year</option></select></form>
      <form><label>Desired rate (£) <input name="pounds"></label>
        <label>Salary type <select name="poundsPeriod"><option>per annum</option><option selected>per day</option></select></label></form>
      <form><label>Desired gross salary per month <input name="monthly"></label>
        <label>Currency <select name="monthlyCurrency"><option>EUR</option><option>USD</option></select></label></form>
      <form><label>Expected gross annual salary (CAD) <input name="cad"></label>
        <label>Currency <select name="cadCurrency"><option>CAD</option><option>USD</option></select></label></form>`;
      const sdk = window.companionSdk;
      const map = {
        'select[name="currency"]': 'salary_currency',
        'input[name="amount"]': 'salary_expectation',
        'select[name="period"]': 'salary_period',
        'input[name="hourly"]': 'salary_expectation',
        'select[name="hourlyPeriod"]': 'salary_period',
        'input[name="pounds"]': 'salary_expectation',
        'select[name="poundsPeriod"]': 'salary_period',
        'input[name="monthly"]': 'salary_expectation',
        'select[name="monthlyCurrency"]': 'salary_currency',
        'input[name="cad"]': 'salary_expectation',
        'select[name="cadCurrency"]': 'salary_currency',
      };
      const fill = await sdk.fillForm(sdk.scanForm(document), map, {
        salary_expectation: '150000',
        salary_currency: 'USD',
        salary_period: 'year',
      });
      return fill.filled;
    });
    // An amount its label asks per another period stays the person's, picker beside it or not,
    // and so does the picker: they set it with the rate they work out.
    expect(result).toEqual({
      'select[name="currency"]': 'USD',
      'input[name="amount"]': '150000',
      'select[name="period"]': 'Per year',
      // Asked per month, the amount is the person's to work out, in their own currency all the same.
      'select[name="monthlyCurrency"]': 'USD',
      // Asked in Canadian dollars by its own label: the amount and the picker are theirs to work out.
    });
    await page3b.close();
  });

  it('answers what each box asks: another currency left, its own named when asked, a masked phone in national digits, a country kept, a location in parts, a degree held, an address whose example is whole', async () => {
    const page4 = await harness.open('/fill.html');
    const result = await page4.evaluate(() => {
      document.body.innerHTML = `<form>
        <label>Salary expectation £ <input name="pounds"></label>
        <label>Salary expectation <input name="dollars"></label>
        <label>Desired Pay <input name="named" aria-describedby="named-note"></label>
        <div id="named-note">Please include the currency and period, e.g. AUD 95,000 per year</div>
        <label>Salary expectations <input name="ownMoney" aria-describedby="own-note"></label>
        <div id="own-note">Base, per annum, in the currency of the country you'd work from. No commas or $.</div>
        <label>Desired hourly rate for field days (USD) <input name="hourly"></label>
        <label>Mobile <input name="masked"></label>
        <label>Cell phone <input name="prefilled" value="(415) 555-0134"></label>
        <label>Mobile number <input name="saved" value="415-555-0134" aria-describedby="saved-help"></label>
        <div id="saved-help">Include country code, e.g. +1 555 123 4567</div>
        <label>Home phone <input name="short" maxlength="12"></label>
        <label>Country <input name="country" value="USA" maxlength="3"></label>
        <label>Postcode (first 3 digits) <input name="zip1" maxlength="3"></label>
        <label>Location <input name="location" placeholder="City, Country"></label>
        <label>Have you completed a Bachelor's degree?
          <select name="bachelor"><option>Select an option</option><option>Yes</option><option>No</option></select></label>
      </form>
      <form><label>Address <input name="address" placeholder="Street, City, Province/State, Postal Code"></label></form>
      <form><fieldset><legend>Are you authorized to work where this role is based (Canada or the United States)?</legend>
        <label><input type="radio" name="either" value="yes"> Yes</label><label><input type="radio" name="either" value="no"> No</label></fieldset></form>
      <form><label>Place of Residence <select name="residence"><option>Canada</option><option>Mexico</option><option>United States</option></select></label></form>
      <form><div><label>Country <select name="dial"><option>Canada (+1)</option><option>United States (+1)</option></select></label>
        <label>Phone <input type="tel" name="parsed" value="+1 415 555 0134"></label></div></form>`;
      // An Australian page: its "$" is the Australian dollar.
      document.documentElement.lang = 'en-AU';
      // An input mask as react-imask or Kendo keep it: ten digits, drawn as (000) 000-0000.
      const masked = document.querySelector<HTMLInputElement>('input[name="masked"]')!;
      masked.addEventListener('input', () => {
        const digits = masked.value.replace(/\D/g, '').slice(0, 10);
        masked.value =
          digits.length === 10 ? `(${digits.slice(0, 3)}) ${digits.slice(3, 6)}-${digits.slice(6)}` : digits;
      });
      const sdk = window.companionSdk;
      const map = {
        'input[name="pounds"]': 'salary_expectation',
        'input[name="dollars"]': 'salary_expectation',
        'input[name="named"]': 'salary_expectation',
        'input[name="ownMoney"]': 'salary_expectation',
        'input[name="hourly"]': 'salary_expectation',
        'input[name="masked"]': 'phone',
        'input[name="prefilled"]': 'phone',
        'input[name="saved"]': 'phone',
        'input[name="short"]': 'phone',
        'input[name="country"]': 'country',
        'input[name="zip1"]': 'postal_code',
        'input[name="location"]': 'location',
        'input[name="address"]': 'address_line1',
        'select[name="residence"]': 'location',
        'select[name="dial"]': 'phone_country_code',
        'input[name="parsed"]': 'phone',
        'input[type="radio"][name="either"]': 'work_authorization',
        'select[name="bachelor"]': 'degree',
      };
      return sdk.fillForm(sdk.scanForm(document), map, {
        salary_expectation: '150000',
        salary_currency: 'USD',
        salary_period: 'year',
        phone: '+1 415 555 0134',
        phone_country_code: '+1',
        city: 'San Francisco',
        region: 'CA',
        country: 'United States',
        degree: 'Master of Science',
        address_line1: '2471 Quillfeather Lane',
        postal_code: '94110',
        location: 'San Francisco, CA',
        work_authorization: 'yes',
      });
    });
    expect(result.filled).toEqual({
      'input[name="dollars"]': '150000',
      // Asked to name the currency: the example's is only an example.
      'input[name="named"]': 'USD 150,000 per year',
      // Asked in the money of the country the person works from: theirs.
      'input[name="ownMoney"]': '150000',
      'input[name="masked"]': '(415) 555-0134',
      // Already the person's number, in the page's format: kept as it is.
      'input[name="prefilled"]': '(415) 555-0134',
      // …unless the page asks for the country code it lacks.
      'input[name="saved"]': '+1 415 555 0134',
      // Too short for the number with its code: a national box, in the shape a person types there.
      'input[name="short"]': '415-555-0134',
      // Already the person's country, by its code: kept. A postcode's half too short for the ZIP is left.
      'input[name="country"]': 'USA',
      'input[name="location"]': 'San Francisco, United States',
      'input[name="address"]': '2471 Quillfeather Lane, San Francisco, CA 94110',
      // A place list of countries, preset to the employer's: the person's country.
      'select[name="residence"]': 'United States',
      'select[name="bachelor"]': 'Yes',
      // Of two countries named, one is the person's: theirs to answer as for their own.
      'input[type="radio"][name="either"]': 'yes',
      // A number a resume parser wrote with its code, after a list of codes: the code goes in the list.
      'select[name="dial"]': 'United States (+1)',
      'input[name="parsed"]': '4155550134',
    });
    await page4.close();
  });

  it('gives a box that marks the value invalid when left its other shapes, until one is taken (Dojo ValidationTextBox, DateTextBox)', async () => {
    const page5 = await harness.open('/fill.html');
    const result = await page5.evaluate(async () => {
      document.body.innerHTML = `<form>
        <label>Primary Phone <input name="phone"></label>
        <label>Date Available <input name="available"></label>
        <label>Mobile <input name="mobile"></label>
      </form>`;
      // Checked as the box is left, the wanted shape said only in a tooltip on focus.
      const check = (name: string, accepts: (value: string) => string | undefined) => {
        const box = document.querySelector<HTMLInputElement>(`input[name="${name}"]`)!;
        box.setAttribute('aria-invalid', 'false');
        box.addEventListener('blur', () => {
          const taken = accepts(box.value.trim());
          if (taken !== undefined) box.value = taken;
          box.setAttribute('aria-invalid', String(taken === undefined));
        });
      };
      check('phone', (value) => (/^\d{3}-\d{3}-\d{4}$/.test(value) ? value : undefined));
      check('available', (value) => {
        const date = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(value);
        return date ? `${Number(date[1])}/${Number(date[2])}/${date[3]}` : undefined;
      });
      // A box that takes nothing keeps the first shape given.
      check('mobile', () => undefined);
      const sdk = window.companionSdk;
      const filled = await sdk.fillForm(
        sdk.scanForm(document),
        { 'input[name="phone"]': 'phone', 'input[name="available"]': 'start_date', 'input[name="mobile"]': 'phone' },
        { phone: '+1 415 555 0134', start_date: '2027-01-15' },
      );
      return { filled: filled.filled, formats: filled.formats };
    });
    expect(result.filled).toEqual({
      'input[name="phone"]': '415-555-0134',
      'input[name="available"]': '1/15/2027',
      'input[name="mobile"]': '+1 415 555 0134',
    });
    expect(result.formats).toMatchObject({
      'input[name="phone"]': 'phone_dashed',
      'input[name="available"]': 'date_us',
    });
    await page5.close();
  });

  it('fills a hidden select drawn over by a control without ARIA (Chosen), not its search box, and asks it to redraw', async () => {
    const page5 = await harness.open('/fill.html');
    const result = await page5.evaluate(async () => {
      // Chosen 1.8's markup: the select hidden, a link showing the placeholder, a search box, no roles.
      document.body.innerHTML = `<form>
        <label for="state">State</label>
        <select id="state" name="state" data-placeholder="-- Select --" style="display:none">
          <option value=""></option><option value="CA">California</option><option value="NY">New York</option></select>
        <div class="chosen-container" id="state_chosen"><a class="chosen-single"><span>-- Select --</span></a>
          <div class="chosen-drop"><div class="chosen-search"><input type="text" autocomplete="off"></div><ul class="chosen-results"></ul></div></div>
        <label for="country">Country</label>
        <select id="country" name="country" style="display:none">
          <option value="">Choose a country</option><option>United States</option><option>Canada</option><option>United States</option></select>
        <div class="drawn"><a><span>Choose a country</span></a><input type="text" aria-label="Search"></div></form>`;
      const redrawn: string[] = [];
      for (const select of document.querySelectorAll('select'))
        select.addEventListener('chosen:updated', () => redrawn.push(select.name));
      const sdk = window.companionSdk;
      const scan = sdk.scanForm(document);
      const map = { 'select[name="state"]': 'region', 'select[name="country"]': 'country' };
      const fill = await sdk.fillForm(scan, map, { region: 'CA', country: 'United States' });
      return {
        fields: scan.map(({ descriptor }) => [descriptor.selector, descriptor.label]),
        filled: fill.filled,
        redrawn,
      };
    });
    expect(result.fields).toEqual([
      ['select[name="state"]', 'State'],
      ['select[name="country"]', 'Country'],
    ]);
    expect(result.filled).toEqual({ 'select[name="state"]': 'CA', 'select[name="country"]': 'United States' });
    expect(result.redrawn).toEqual(['state', 'country']);
    await page5.close();
  });

  it('picks through its drop a control drawn without ARIA that keeps its own list (multiple-select)', async () => {
    const page = await harness.open('/fill.html');
    const result = await page.evaluate(async () => {
      // The select shrunk to a pixel; a button showing the pick; a drop of rows whose labels tick
      // hidden radios. The plugin reads the select again only when told to refresh.
      document.body.innerHTML = `<form><label for="country">Country</label>
        <select id="country" name="country" tabindex="-1"
          style="position:absolute;width:1px;height:1px;padding:0;border:0;overflow:hidden;clip:rect(0 0 0 0)">
          <option value="">Select a country</option><option value="CAN">Canada</option><option value="USA">United States</option></select>
        <div class="ms-parent"><button type="button" class="ms-choice"><span>Select a country</span></button>
          <div class="ms-drop" style="display:none"><ul>
            <li><label><input type="radio" value="CAN" style="display:none"><span>Canada</span></label></li>
            <li><label><input type="radio" value="USA" style="display:none"><span>United States</span></label></li></ul></div></div></form>`;
      const select = document.querySelector('select')!;
      const drop = document.querySelector<HTMLElement>('.ms-drop')!;
      document.querySelector('.ms-choice')!.addEventListener('click', () => {
        drop.style.display = drop.style.display === 'none' ? 'block' : 'none';
      });
      for (const radio of document.querySelectorAll<HTMLInputElement>('.ms-drop input'))
        radio.addEventListener('change', () => {
          select.value = radio.value;
          document.querySelector('.ms-choice span')!.textContent = radio.closest('label')!.textContent;
          drop.style.display = 'none';
        });
      const sdk = window.companionSdk;
      const scan = sdk.scanForm(document);
      const fill = await sdk.fillForm(scan, { 'select[name="country"]': 'country' }, { country: 'United States' });
      return {
        fields: scan.map(({ descriptor }) => descriptor.selector),
        outcome: fill.outcomes['select[name="country"]'],
        shown: document.querySelector('.ms-choice')!.textContent,
        closed: drop.style.display,
      };
    });
    expect(result).toEqual({
      fields: ['select[name="country"]'],
      outcome: 'filled',
      shown: 'United States',
      closed: 'none',
    });
    await page.close();
  });

  it("picks through its menu a drawn control that never reads its select back (jQuery UI's selectmenu)", async () => {
    const page6 = await harness.open('/fill.html');
    const result = await page6.evaluate(async () => {
      document.body.innerHTML = `<form>
        <label for="state-button">State</label>
        <select id="state" name="state" style="display:none">
          <option value="">-- Select State --</option><option value="CA">California</option><option value="NY">New York</option></select>
        <span id="state-button" role="combobox" tabindex="0" aria-haspopup="true" aria-expanded="false" aria-owns="state-menu"><span class="text">-- Select State --</span></span>
        <ul id="state-menu" role="listbox" aria-hidden="true" hidden></ul></form>`;
      // The widget draws its menu from the select when opened, and writes the select only when a row is picked.
      const select = document.querySelector('select')!;
      const button = document.querySelector<HTMLElement>('#state-button')!;
      const menu = document.querySelector<HTMLElement>('#state-menu')!;
      button.addEventListener('click', () => {
        menu.innerHTML = Array.from(select.options)
          .map((option, index) => `<li><div role="option" id="o${index}">${option.text}</div></li>`)
          .join('');
        menu.hidden = false;
        menu.removeAttribute('aria-hidden');
        button.setAttribute('aria-expanded', 'true');
      });
      menu.addEventListener('click', (event) => {
        const row = (event.target as Element).closest('[role="option"]');
        if (!row) return;
        select.selectedIndex = Number(row.id.slice(1));
        button.querySelector('.text')!.textContent = row.textContent;
        menu.hidden = true;
        button.setAttribute('aria-expanded', 'false');
      });
      const sdk = window.companionSdk;
      const fill = await sdk.fillForm(sdk.scanForm(document), { 'select[name="state"]': 'region' }, { region: 'CA' });
      return { filled: fill.filled, shown: button.textContent };
    });
    expect(result).toEqual({ filled: { 'select[name="state"]': 'CA' }, shown: 'California' });
    await page6.close();
  });

  it('drops the resume on an upload area that has no input of its own, and finds the input an area hides', async () => {
    const page7 = await harness.open('/fill.html');
    const result = await page7.evaluate(async () => {
      document.body.innerHTML = `<form>
        <span id="resume-label">Resume</span>
        <div id="resume-zone" class="dropzone" aria-labelledby="resume-label"><div class="dz-message"><button type="button">Drop your resume here or click to upload</button></div></div>
        <label for="cl-upload">Cover letter</label>
        <div id="cl-upload" class="upload upload-drag"><input type="file" style="display:none">
          <div class="upload-trigger"><div class="trigger-drag" tabindex="0"><p class="upload-drag-text">Click or drag file to this area to upload</p></div></div></div></form>`;
      // Dropzone.js takes a drop on its zone and lists the file inside it; its real input lives elsewhere.
      const zone = document.querySelector<HTMLElement>('#resume-zone')!;
      zone.addEventListener('dragover', (event) => event.preventDefault());
      zone.addEventListener('drop', (event) => {
        event.preventDefault();
        const name = event.dataTransfer?.files[0]?.name ?? '';
        zone.insertAdjacentHTML('beforeend', `<div class="dz-preview"><span class="dz-filename">${name}</span></div>`);
      });
      const sdk = window.companionSdk;
      const scan = sdk.scanForm(document);
      const fields = scan.map(({ descriptor }) => [descriptor.selector, descriptor.type, descriptor.label]);
      const map = Object.fromEntries(
        scan.map(({ descriptor }) => [
          descriptor.selector,
          descriptor.label === 'Resume' ? 'resume_upload' : 'cover_letter',
        ]),
      );
      const bytes = new TextEncoder().encode('%PDF-1.4');
      const fill = await sdk.fillForm(
        scan,
        map,
        { cover_letter: 'Dear team' },
        {
          files: { resume_upload: { name: 'Jane_Resume.pdf', type: 'application/pdf', bytes } },
        },
      );
      const input = document.querySelector<HTMLInputElement>('#cl-upload input')!;
      return {
        fields,
        outcomes: Object.values(fill.outcomes),
        listed: zone.textContent,
        attached: input.files?.[0]?.name,
      };
    });
    expect(result.fields).toEqual([
      ['#resume-zone', 'file', 'Resume'],
      ['#cl-upload > input:nth-of-type(1)', 'file', 'Cover letter'],
    ]);
    expect(result.outcomes).toEqual(['filled', 'filled']);
    expect(result.listed).toContain('Jane_Resume.pdf');
    expect(result.attached).toBe('Cover_Letter.txt');
    await page7.close();
  });

  it('picks the file through the dialog of an area that only opens one, uploads first, before a page redoing its form', async () => {
    const page9 = await harness.open('/fill.html');
    const result = await page9.evaluate(async () => {
      document.body.innerHTML = `<form>
        <label for="name">Full name</label><input id="name" name="name">
        <div class="field"><label for="other">Other documents</label><input type="file" id="other"></div>
        <div class="field"><span id="resume-label">Resume</span>
          <div id="zone" class="frm_dropzone" role="group" aria-labelledby="resume-label">
            <button type="button">Upload File</button>
            <p>Drop a file here or click to upload</p><div class="previews"></div></div></div></form>`;
      // The area only opens a file dialog: its click clicks a hidden input kept at the end of <body>.
      const hidden = Object.assign(document.createElement('input'), { type: 'file', hidden: true });
      document.body.append(hidden);
      const zone = document.querySelector<HTMLElement>('#zone')!;
      zone.addEventListener('click', () => hidden.click());
      // A file arriving starts the form over, as a form re-initialized from its first values does.
      hidden.addEventListener('change', () => {
        zone.querySelector('.previews')!.textContent = hidden.files?.[0]?.name ?? '';
        document.querySelector<HTMLInputElement>('#name')!.value = '';
      });
      const sdk = window.companionSdk;
      const scan = sdk.scanForm(document);
      const bytes = new TextEncoder().encode('%PDF-1.4');
      const canonicals: Record<string, string> = { 'Full name': 'full_name', Resume: 'resume_upload' };
      const map = Object.fromEntries(
        scan
          .filter(({ descriptor }) => descriptor.label in canonicals)
          .map(({ descriptor }) => [descriptor.selector, canonicals[descriptor.label]!]),
      );
      const fill = await sdk.fillForm(
        scan,
        map,
        { full_name: 'Jane Doe' },
        { files: { resume_upload: { name: 'Jane_Resume.pdf', type: 'application/pdf', bytes } } },
      );
      return {
        outcomes: Object.values(fill.outcomes),
        listed: zone.textContent,
        name: document.querySelector<HTMLInputElement>('#name')!.value,
      };
    });
    expect(result.outcomes).toEqual(['filled', 'filled']);
    expect(result.listed).toContain('Jane_Resume.pdf');
    expect(result.name).toBe('Jane Doe');
    await page9.close();
  });

  it("types a value as the box's list of suggestions spells it (a French page's countries)", async () => {
    const listPage = await harness.open('/fill.html');
    const typed = await listPage.evaluate(async () => {
      document.body.innerHTML = `<form><label for="pays">Pays</label><input id="pays" list="pays-list">
        <datalist id="pays-list"><option value="Canada"></option><option value="États-Unis"></option>
        <option value="France"></option></datalist>
        <label for="ville">Ville</label><input id="ville" list="villes"><datalist id="villes"><option value="Paris"></option></datalist></form>`;
      const sdk = window.companionSdk;
      const scan = sdk.scanForm(document);
      const map = { '#pays': 'country', '#ville': 'city' };
      await sdk.fillForm(scan, map, { country: 'United States', city: 'San Francisco' });
      return [
        document.querySelector<HTMLInputElement>('#pays')!.value,
        document.querySelector<HTMLInputElement>('#ville')!.value,
      ];
    });
    // A list that names no option for the value leaves it typed as the person writes it.
    expect(typed).toEqual(['États-Unis', 'San Francisco']);
    await listPage.close();
  });

  it('gives no file again to an upload that lists it already and emptied its input (Vant)', async () => {
    const page13 = await harness.open('/fill.html');
    const listed = await page13.evaluate(async () => {
      document.body.innerHTML = `<form><label for="cv">Resume</label>
        <div class="uploader"><div class="previews"></div><input type="file" id="cv" name="cv"></div></form>`;
      const input = document.querySelector<HTMLInputElement>('#cv')!;
      // The page keeps each file in its own list and empties its input, so the same file can be chosen again.
      input.addEventListener('change', () => {
        const preview = document.createElement('div');
        preview.textContent = input.files?.[0]?.name ?? '';
        document.querySelector('.previews')!.append(preview);
        input.value = '';
      });
      const sdk = window.companionSdk;
      const bytes = new TextEncoder().encode('%PDF-1.4');
      const files = { resume_upload: { name: 'Jane_Resume.pdf', type: 'application/pdf', bytes } };
      for (let run = 0; run < 2; run += 1) {
        const scan = sdk.scanForm(document);
        const map = Object.fromEntries(scan.map(({ descriptor }) => [descriptor.selector, 'resume_upload']));
        await sdk.fillForm(scan, map, {}, { files });
      }
      return document.querySelectorAll('.previews > div').length;
    });
    expect(listed).toBe(1);
    await page13.close();
  });

  it("gives the resume to a form's upload though a banner over the form names the file a parser read", async () => {
    const page14 = await harness.open('/fill.html');
    /** The name of the file the page's `#cv` upload holds once the resume is filled into `html`. */
    const resumeGiven = (html: string) =>
      page14.evaluate(async (body) => {
        document.body.innerHTML = body;
        const sdk = window.companionSdk;
        const bytes = new TextEncoder().encode('%PDF-1.4');
        const files = { resume_upload: { name: 'Jane_Resume.pdf', type: 'application/pdf', bytes } };
        const scan = sdk.scanForm(document);
        const map = Object.fromEntries(
          scan
            .filter(({ descriptor }) => descriptor.type === 'file')
            .map(({ descriptor }) => [descriptor.selector, 'resume_upload']),
        );
        await sdk.fillForm(scan, map, {}, { files });
        return document.querySelector<HTMLInputElement>('#cv')!.files?.[0]?.name;
      }, html);
    expect(
      await resumeGiven(`<div class="page"><div role="status">We used <b>Jane_Resume.pdf</b> to fill in the fields below.</div>
        <form><div class="field"><label for="first">First name</label><input id="first" name="first"></div>
        <div class="field"><label for="cv">Resume</label><input type="file" id="cv" name="cv"></div></form></div>`),
    ).toBe('Jane_Resume.pdf');
    // …but not to one beside a choice of the files the account holds, one of them the person's.
    expect(
      await resumeGiven(`<form><div class="resumes"><h3>Choose a resume</h3>
        <label><input type="radio" name="resume_id" value="old" checked> Old_Resume.pdf</label>
        <label><input type="radio" name="resume_id" value="new"> Jane_Resume.pdf</label>
        <div><label for="cv">Or upload a new resume</label><input type="file" id="cv" name="cv"></div></div></form>`),
    ).toBeUndefined();
    await page14.close();
  });

  it('gives the cover letter once: to the box shown for its text, not also to its upload', async () => {
    const letterPage = await harness.open('/fill.html');
    const given = await letterPage.evaluate(async () => {
      document.body.innerHTML = `<form><label for="letter-file">Cover letter</label>
        <input type="file" id="letter-file" name="cover_letter_file">
        <label for="letter-text">Or type it here</label><textarea id="letter-text" name="cover_letter_text"></textarea></form>`;
      const sdk = window.companionSdk;
      const scan = sdk.scanForm(document);
      // Both mapped, as a map learned where the upload was the only way gives them.
      const map = Object.fromEntries(scan.map(({ descriptor }) => [descriptor.selector, 'cover_letter']));
      const { outcomes } = await sdk.fillForm(scan, map, { cover_letter: 'Dear team' });
      return {
        outcomes: Object.values(outcomes),
        files: document.querySelector<HTMLInputElement>('#letter-file')!.files?.length,
        text: document.querySelector<HTMLTextAreaElement>('#letter-text')!.value,
      };
    });
    expect(given).toEqual({ outcomes: ['filled'], files: 0, text: 'Dear team' });
    await letterPage.close();
  });

  it('picks the file again through the button of a hidden input whose page listens only once the button opened the dialog (SurveyJS), once the rest of the form is filled', async () => {
    const page11 = await harness.open('/fill.html');
    const result = await page11.evaluate(async () => {
      document.body.innerHTML = `<form><label for="name">Full name</label><input id="name">
        <div class="question"><h3>Resume</h3>
        <div class="upload"><input type="file" id="resume" tabindex="-1" accept=".pdf"
          style="position:absolute;width:1px;height:1px;padding:0;border:0;overflow:hidden;clip:rect(0 0 0 0)">
          <label for="resume" class="choose">Select File</label><div class="preview"></div></div></div></form>`;
      const input = document.querySelector<HTMLInputElement>('#resume')!;
      const preview = document.querySelector('.preview')!;
      let reads = 0;
      let nameWhenPicked = '';
      // The upload's button sets the input's change handler, then opens the dialog itself.
      document.querySelector('label.choose')!.addEventListener('click', (event) => {
        event.preventDefault();
        nameWhenPicked = document.querySelector<HTMLInputElement>('#name')!.value;
        input.onchange = () => {
          reads += 1;
          preview.textContent = input.files?.[0]?.name ?? '';
        };
        input.click();
      });
      const sdk = window.companionSdk;
      const scan = sdk.scanForm(document);
      const fill = await sdk.fillForm(
        scan,
        Object.fromEntries(
          scan.map(({ descriptor }) => [
            descriptor.selector,
            descriptor.type === 'file' ? 'resume_upload' : 'full_name',
          ]),
        ),
        { full_name: 'Jane Doe' },
        {
          files: {
            resume_upload: {
              name: 'Jane_Resume.pdf',
              type: 'application/pdf',
              bytes: new TextEncoder().encode('%PDF'),
            },
          },
        },
      );
      return { outcomes: Object.values(fill.outcomes), listed: preview.textContent, reads, nameWhenPicked };
    });
    // The wait for the page to list the file it was given comes after the other fields, not before them.
    expect(result).toEqual({
      outcomes: ['filled', 'filled'],
      listed: 'Jane_Resume.pdf',
      reads: 1,
      nameWhenPicked: 'Jane Doe',
    });
    await page11.close();
  });

  it('fills an upload whose area only says how to upload and which lists the file, emptying its input (Naive UI)', async () => {
    const page10 = await harness.open('/fill.html');
    const result = await page10.evaluate(async () => {
      document.body.innerHTML = `<form><div class="form-item"><label class="item-label"><span>Resume</span></label>
        <div class="upload"><input type="file" class="upload-input" accept=".pdf" style="display:none">
          <div class="upload-trigger"><div class="dragger"><div>Click or drag a file to this area to upload</div></div></div>
          <div class="file-list"></div></div></div></form>`;
      // The upload takes the file into its list on the next render and empties the input, so that
      // the same file can be picked again.
      const input = document.querySelector<HTMLInputElement>('.upload-input')!;
      input.addEventListener('change', () => {
        const name = input.files?.[0]?.name ?? '';
        input.value = '';
        setTimeout(() => (document.querySelector('.file-list')!.textContent = name), 0);
      });
      const sdk = window.companionSdk;
      const scan = sdk.scanForm(document);
      const bytes = new TextEncoder().encode('%PDF-1.4');
      const fill = await sdk.fillForm(
        scan,
        Object.fromEntries(scan.map(({ descriptor }) => [descriptor.selector, 'resume_upload'])),
        {},
        { files: { resume_upload: { name: 'Jane_Resume.pdf', type: 'application/pdf', bytes } } },
      );
      return {
        labels: scan.map(({ descriptor }) => descriptor.label),
        outcomes: Object.values(fill.outcomes),
        listed: document.querySelector('.file-list')!.textContent,
      };
    });
    expect(result).toEqual({ labels: ['Resume'], outcomes: ['filled'], listed: 'Jane_Resume.pdf' });
    await page10.close();
  });

  it("fills a combobox whose popup rows have no roles, a dial-code picker in a phone's prepend, a transparent select's control, and names an upload past its file tips", async () => {
    const page12 = await harness.open('/fill.html');
    const result = await page12.evaluate(async () => {
      document.body.innerHTML = `<form style="width:480px">
        <span id="country-label">Country</span>
        <div id="country" class="select" aria-labelledby="country-label" style="position:relative;height:30px;border:1px solid">
          <input role="combobox" aria-haspopup="listbox" aria-expanded="false" readonly type="search" style="position:fixed;top:-10000px;left:-10000px;width:0;height:0">
          <span class="value">Choose a country</span></div>
        <div id="dropdown"></div>
        <div class="item"><label>Mobile phone</label>
          <div class="input-group"><span class="input-adornment__prepend"><div class="picker" tabindex="0" role="combobox" aria-haspopup="listbox" aria-expanded="false" style="display:inline-block;width:120px">+86 China</div></span>
          <input type="text" name="mobile" placeholder="Mobile number"></div></div>
        <div class="item"><label for="degree">Highest degree</label>
          <select id="degree" name="degree" style="opacity:0;position:absolute"><option value="">Select...</option><option>Bachelor's degree</option><option>Master's degree</option></select>
          <div><button type="button" id="degree-button" aria-haspopup="listbox" aria-expanded="false">Select...</button></div></div>
        <div class="item"><div class="form-label"><label>Resume</label></div>
          <div class="space"><div><input type="file" hidden></div><div><button type="button">Upload</button></div><div><span class="tips">PDF or Word, max 10 MB</span></div></div></div>
      </form>`;
      const model = { country: '', dial: '+86', degree: '' };
      // A role-less popup of rows drawn under the select on a click of the select (Geist).
      const country = document.querySelector<HTMLElement>('#country')!;
      const box = country.querySelector('input')!;
      country.addEventListener('click', () => {
        box.setAttribute('aria-expanded', 'true');
        const rows = ['Canada', 'United States'].map((name) => {
          const row = document.createElement('div');
          row.className = 'option';
          row.textContent = name;
          row.addEventListener('click', () => {
            model.country = name;
            country.querySelector('.value')!.textContent = name;
            box.setAttribute('aria-expanded', 'false');
            document.querySelector('#dropdown')!.replaceChildren();
          });
          return row;
        });
        const menu = document.createElement('div');
        menu.className = 'select-dropdown';
        menu.append(...rows);
        document.querySelector('#dropdown')!.replaceChildren(menu);
      });
      // A picker whose listbox holds dial codes.
      const picker = document.querySelector<HTMLElement>('.picker')!;
      picker.addEventListener('click', () => {
        picker.setAttribute('aria-expanded', 'true');
        const list = document.createElement('ul');
        list.setAttribute('role', 'listbox');
        for (const code of ['+86 China', '+1 United States']) {
          const option = document.createElement('li');
          option.setAttribute('role', 'option');
          option.textContent = code;
          option.addEventListener('click', () => {
            model.dial = code.split(' ')[0]!;
            picker.textContent = code;
            picker.setAttribute('aria-expanded', 'false');
            list.remove();
          });
          list.append(option);
        }
        document.body.append(list);
      });
      // The transparent select mirrors the control's state and is never read back.
      const select = document.querySelector<HTMLSelectElement>('#degree')!;
      select.addEventListener('change', () => (select.value = model.degree));
      const button = document.querySelector<HTMLElement>('#degree-button')!;
      button.addEventListener('click', () => {
        button.setAttribute('aria-expanded', 'true');
        const list = document.createElement('ul');
        list.setAttribute('role', 'listbox');
        for (const degree of ["Bachelor's degree", "Master's degree"]) {
          const option = document.createElement('li');
          option.setAttribute('role', 'option');
          option.textContent = degree;
          option.addEventListener('click', () => {
            model.degree = degree;
            select.value = degree;
            button.textContent = degree;
            button.setAttribute('aria-expanded', 'false');
            list.remove();
          });
          list.append(option);
        }
        document.body.append(list);
      });
      const sdk = window.companionSdk;
      const scan = sdk.scanForm(document);
      const canonicals: Record<string, string> = {
        Country: 'country',
        'Country code': 'phone_country_code',
        'Highest degree': 'degree',
      };
      const map = Object.fromEntries(
        scan
          .filter(({ descriptor }) => descriptor.label in canonicals)
          .map(({ descriptor }) => [descriptor.selector, canonicals[descriptor.label]!]),
      );
      const fill = await sdk.fillForm(scan, map, {
        country: 'United States',
        phone_country_code: '+1',
        phone: '+1 415 555 0134',
        degree: "Bachelor's degree",
      });
      return {
        fields: scan.map(({ descriptor }) => [descriptor.type, descriptor.label]),
        outcomes: Object.values(fill.outcomes),
        model,
      };
    });
    expect(result.fields).toEqual([
      ['combobox', 'Country'],
      ['combobox', 'Country code'],
      ['text', 'Mobile phone'],
      // The control, not the transparent select under it.
      ['combobox', 'Highest degree'],
      ['file', 'Resume'],
    ]);
    expect(result.outcomes).toEqual(['filled', 'filled', 'filled']);
    expect(result.model).toEqual({ country: 'United States', dial: '+1', degree: "Bachelor's degree" });
  });

  it('turns on a switch drawn with no box behind it for a yes, and leaves one for a no off (antd, Naive UI)', async () => {
    const page11 = await harness.open('/fill.html');
    const result = await page11.evaluate(async () => {
      document.body.innerHTML = `<form>
        <div class="item"><label for="authorized">Are you legally authorized to work in the United States?</label>
          <button type="button" role="switch" aria-checked="false" id="authorized" class="switch"><span>No</span></button></div>
        <div class="item"><span id="visa-label">Will you require visa sponsorship?</span>
          <div role="switch" aria-checked="false" tabindex="0" aria-labelledby="visa-label" class="switch" style="display:inline-block;width:40px;height:20px"></div></div>
        <div class="item"><label><input type="checkbox" hidden><span role="switch" aria-checked="false">Remote only</span></label></div>
        <div class="item"><label>Are you eligible to work in Canada too?</label>
          <div class="t-switch" style="display:inline-block;width:40px;height:20px"><span class="t-switch__handle"></span></div></div></form>`;
      // The page keeps the state and draws it: only a click on the switch changes it.
      for (const toggle of document.querySelectorAll<HTMLElement>('.switch'))
        toggle.addEventListener('click', () =>
          toggle.setAttribute('aria-checked', String(toggle.getAttribute('aria-checked') !== 'true')),
        );
      // A switch drawn by its class alone says it is on by a class (TDesign).
      const drawn = document.querySelector<HTMLElement>('.t-switch')!;
      drawn.addEventListener('click', () => drawn.classList.toggle('t-is-checked'));
      const sdk = window.companionSdk;
      const scan = sdk.scanForm(document);
      const canonicals: Record<string, string> = {
        'Are you legally authorized to work in the United States?': 'work_authorization',
        'Will you require visa sponsorship?': 'sponsorship',
        'Are you eligible to work in Canada too?': 'work_authorization',
      };
      const map = Object.fromEntries(
        scan
          .filter(({ descriptor }) => descriptor.label in canonicals)
          .map(({ descriptor }) => [descriptor.selector, canonicals[descriptor.label]!]),
      );
      const fill = await sdk.fillForm(scan, map, { work_authorization: 'yes', sponsorship: 'no' });
      return {
        fields: scan.map(({ descriptor }) => [descriptor.type, descriptor.label]),
        outcomes: Object.values(fill.outcomes),
        states: [...document.querySelectorAll('[role="switch"]')].map((toggle) => toggle.getAttribute('aria-checked')),
        drawnOn: drawn.classList.contains('t-is-checked'),
      };
    });
    expect(result.fields).toEqual([
      ['checkbox', 'Are you legally authorized to work in the United States?'],
      ['checkbox', 'Will you require visa sponsorship?'],
      // A switch that mirrors a box beside it is that box, scanned as the box.
      ['checkbox', 'Remote only'],
      ['checkbox', 'Are you eligible to work in Canada too?'],
    ]);
    expect(result.outcomes).toEqual(['filled', 'filled', 'filled']);
    expect(result.states).toEqual(['true', 'false', 'false']);
    expect(result.drawnOn).toBe(true);
    await page11.close();
  });

  it("turns on a lone toggle button named by its question (Primer's ToggleSwitch), and takes no segment of a control for one", async () => {
    const toggles = await harness.open('/fill.html');
    const result = await toggles.evaluate(async () => {
      document.body.innerHTML = `<form>
        <div class="row"><span id="auth-label">Are you authorized to work in the US?</span>
          <div class="toggle-switch"><span aria-hidden="true">No</span>
            <button type="button" id="auth" aria-pressed="false" aria-labelledby="auth-label"></button></div></div>
        <div class="row"><span id="remote-label">Are you only looking for remote roles?</span>
          <div class="toggle-switch"><button type="button" id="remote" aria-pressed="false" aria-labelledby="remote-label"></button></div></div>
        <div id="years-label">Years of experience</div>
        <ul aria-labelledby="years-label" id="years"><li><button type="button" aria-pressed="true">0–2</button></li>
          <li><button type="button" aria-pressed="false">3–5</button></li><li><button type="button" aria-pressed="false">6+</button></li></ul></form>`;
      for (const toggle of document.querySelectorAll<HTMLElement>('.toggle-switch button'))
        toggle.addEventListener('click', () =>
          toggle.setAttribute('aria-pressed', String(toggle.getAttribute('aria-pressed') !== 'true')),
        );
      const sdk = window.companionSdk;
      const scan = sdk.scanForm(document);
      const auth = scan.find(({ element }) => element.id === 'auth')!;
      const fill = await sdk.fillForm(
        scan,
        { [auth.descriptor.selector]: 'work_authorization' },
        { work_authorization: 'yes' },
      );
      return {
        fields: scan.map(({ descriptor }) => [descriptor.type, descriptor.label]),
        outcome: fill.outcomes[auth.descriptor.selector],
        pressed: ['auth', 'remote'].map((id) => document.getElementById(id)!.getAttribute('aria-pressed')),
      };
    });
    // The segments side by side are no switches of their own.
    expect(result.fields).toEqual([
      ['checkbox', 'Are you authorized to work in the US?'],
      ['checkbox', 'Are you only looking for remote roles?'],
    ]);
    expect(result.outcome).toBe('filled');
    expect(result.pressed).toEqual(['true', 'false']);
    await toggles.close();
  });

  it('sets a slider drawn without a range input by its keys, and takes no thumb of a band for a field', async () => {
    const sliders = await harness.open('/fill.html');
    const result = await sliders.evaluate(async () => {
      document.body.innerHTML = `<form>
        <div class="field"><span id="pay-label">Target base salary (USD / year)</span>
          <div class="track"><div id="pay" role="slider" tabindex="0" aria-labelledby="pay-label" aria-valuemin="100000"
            aria-valuemax="250000" aria-valuenow="100000" style="width:300px;height:8px"></div></div></div>
        <span id="band-label">Salary band</span>
        <div class="band" aria-labelledby="band-label"><div class="track">
          <span role="slider" tabindex="0" aria-valuemin="0" aria-valuemax="300000" aria-valuenow="0">min</span>
          <span role="slider" tabindex="0" aria-valuemin="0" aria-valuemax="300000" aria-valuenow="300000">max</span></div></div></form>`;
      // The page moves the slider by its keys only, in steps of 5,000.
      const pay = document.getElementById('pay')!;
      const steps: Record<string, number> = { ArrowRight: 5000, ArrowLeft: -5000 };
      pay.addEventListener('keydown', (event) => {
        const now = Number(pay.getAttribute('aria-valuenow'));
        const next = event.key === 'Home' ? 100000 : now + (steps[event.key] ?? 0);
        pay.setAttribute('aria-valuenow', String(Math.min(250000, Math.max(100000, next))));
      });
      const sdk = window.companionSdk;
      const scan = sdk.scanForm(document);
      const fields = scan.map(({ descriptor }) => [descriptor.type, descriptor.label]);
      const fill = await sdk.fillForm(scan, { '#pay': 'salary_expectation' }, { salary_expectation: '150000' });
      const beyond = await sdk.fillForm(scan, { '#pay': 'salary_expectation' }, { salary_expectation: '400000' });
      return {
        fields,
        outcome: fill.outcomes['#pay'],
        beyond: beyond.outcomes['#pay'],
        now: pay.getAttribute('aria-valuenow'),
      };
    });
    expect(result.fields).toEqual([['range', 'Target base salary (USD / year)']]);
    expect(result.outcome).toBe('filled');
    // A figure past the slider's end is left to the person, the slider where the fill put it.
    expect(result.beyond).toBe('not_fillable');
    expect(result.now).toBe('150000');
    await sliders.close();
  });

  it("types a month's name into a picker that says nothing of its format and reads only that (Naive UI's 'MMM d, yyyy')", async () => {
    const page12 = await harness.open('/fill.html');
    const result = await page12.evaluate(async () => {
      document.body.innerHTML = `<form><label for="start">Earliest start date</label>
        <div class="my-date-picker"><input id="start" placeholder="Select date"></div></form>`;
      // The picker keeps only a date written its way; anything else is thrown away when the box is left.
      const input = document.querySelector<HTMLInputElement>('#start')!;
      let model = '';
      input.addEventListener('blur', () => {
        if (/^[A-Z][a-z]{2} \d{1,2}, \d{4}$/.test(input.value)) model = input.value;
        else input.value = model;
      });
      const sdk = window.companionSdk;
      const fill = await sdk.fillForm(sdk.scanForm(document), { '#start': 'start_date' }, { start_date: '2027-01-15' });
      return { outcome: fill.outcomes['#start'], model, format: fill.formats['#start'] };
    });
    expect(result).toEqual({ outcome: 'filled', model: 'Jan 15, 2027', format: 'date_medium' });
    await page12.close();
  });

  it('types the date into a date picker drawn as a combobox, in the format its help shows, and confirms it (Atlaskit)', async () => {
    const page = await harness.open('/fill.html');
    const result = await page.evaluate(async () => {
      // react-select's input under a calendar: Enter takes the typed date, shown beside the emptied box.
      document.body.innerHTML = `<form><label for="start">Earliest start date</label>
        <div class="picker"><div class="value"></div>
          <input id="start" role="combobox" aria-haspopup="true" aria-expanded="false" aria-autocomplete="list"
            aria-describedby="start-help"></div>
        <div id="start-help">MM/DD/YYYY</div></form>`;
      const input = document.querySelector<HTMLInputElement>('#start')!;
      let taken = '';
      input.addEventListener('keydown', (event) => {
        if (event.key !== 'Enter' || !/^\d\d\/\d\d\/\d{4}$/.test(input.value)) return;
        taken = input.value;
        document.querySelector('.value')!.textContent = input.value;
        input.value = '';
      });
      const sdk = window.companionSdk;
      const scan = sdk.scanForm(document);
      const fill = await sdk.fillForm(
        scan,
        { [scan[0]!.descriptor.selector]: 'start_date' },
        { start_date: '2027-01-15' },
      );
      return { taken, outcome: Object.values(fill.outcomes)[0] };
    });
    expect(result).toEqual({ taken: '01/15/2027', outcome: 'filled' });
    await page.close();
  });

  it('writes the current job asked in one box as employer and title, and the employer alone beside a title box', async () => {
    const page = await harness.open('/fill.html');
    const result = await page.evaluate(async () => {
      document.body.innerHTML = `<form id="one"><label for="job">Where do you work now, and what's your title?</label>
          <input id="job" name="job"></form>
        <form id="two"><label for="org">Current employer and job title</label><input id="org" name="org">
          <label for="title">Job title</label><input id="title" name="title"></form>`;
      const sdk = window.companionSdk;
      const values = { current_company: 'Acme', current_title: 'Data Engineer' };
      for (const id of ['one', 'two']) {
        const scan = sdk.scanForm(document.querySelector(`#${id}`)!);
        await sdk.fillForm(scan, sdk.mapByHeuristics(scan.map((field) => field.descriptor)), values);
      }
      return [...document.querySelectorAll('input')].map((input) => input.value);
    });
    expect(result).toEqual(['Acme, Data Engineer', 'Acme', 'Data Engineer']);
    await page.close();
  });

  it('picks from a typeahead whose list opens on focus and shuts on the click that focused it', async () => {
    const page = await harness.open('/fill.html');
    const result = await page.evaluate(async () => {
      document.body.innerHTML = `<form><label for="freq">Pay Frequency</label><div class="typeahead">
          <input id="freq" role="combobox" aria-autocomplete="list" aria-expanded="false" autocomplete="off">
          <ul role="listbox" hidden><li role="option">Hourly</li><li role="option">Biweekly</li><li role="option">Annually</li></ul>
        </div></form>`;
      const input = document.querySelector<HTMLInputElement>('#freq')!;
      const list = document.querySelector<HTMLElement>('[role="listbox"]')!;
      input.addEventListener('focus', () => {
        list.hidden = false;
        input.setAttribute('aria-expanded', 'true');
      });
      // The page shuts every popup on a click outside a list, the box's own click included.
      document.addEventListener('click', (event) => {
        if (!(event.target as Element).closest('[role="listbox"]')) list.hidden = true;
      });
      for (const option of list.querySelectorAll('li'))
        option.addEventListener('click', () => {
          input.value = option.textContent ?? '';
          list.hidden = true;
          input.setAttribute('aria-expanded', 'false');
        });
      const sdk = window.companionSdk;
      const scan = sdk.scanForm(document);
      const fill = await sdk.fillForm(
        scan,
        { [scan[0]!.descriptor.selector]: 'salary_period' },
        { salary_period: 'year' },
      );
      return { value: input.value, outcome: Object.values(fill.outcomes) };
    });
    expect(result).toEqual({ value: 'Annually', outcome: ['filled'] });
    await page.close();
  });

  it('types each part of a date split in boxes inside a "date" fieldset, without working them as a picker', async () => {
    const page = await harness.open('/fill.html');
    const result = await page.evaluate(async () => {
      document.body.innerHTML = `<form><fieldset class="ph-field ph-date"><legend>Earliest Start Date *</legend>
          <input name="start_mm" placeholder="MM" maxlength="2"> <input name="start_dd" placeholder="DD" maxlength="2">
          <input name="start_yyyy" placeholder="YYYY" maxlength="4"></fieldset></form>`;
      let enters = 0;
      document.addEventListener('keydown', (event) => void (event.key === 'Enter' && (enters += 1)), true);
      const sdk = window.companionSdk;
      const scan = sdk.scanForm(document);
      const map = sdk.mapByHeuristics(scan.map((field) => field.descriptor));
      await sdk.fillForm(scan, map, { start_date: '2027-01-15' });
      return { values: [...document.querySelectorAll('input')].map((input) => input.value), enters };
    });
    expect(result).toEqual({ values: ['01', '15', '2027'], enters: 0 });
    await page.close();
  });

  it('writes the school alone where its caption names the degree after it, and both where the degree comes first', async () => {
    const page = await harness.open('/fill.html');
    const result = await page.evaluate(async () => {
      document.body.innerHTML = `<form id="one"><div class="field"><label id="school-label">School where you earned your degree</label>
          <input aria-labelledby="school-label" name="school"></div></form>
        <form id="two"><div class="field"><label id="both-label">Highest degree and school</label>
          <input aria-labelledby="both-label" name="education"></div></form>`;
      const sdk = window.companionSdk;
      const values = { school: 'Northfield University', degree: "Bachelor's Degree" };
      for (const id of ['one', 'two']) {
        const scan = sdk.scanForm(document.querySelector(`#${id}`)!);
        await sdk.fillForm(scan, { [scan[0]!.descriptor.selector]: 'school' }, values);
      }
      return [...document.querySelectorAll('input')].map((input) => input.value);
    });
    expect(result).toEqual(['Northfield University', "Bachelor's Degree, Northfield University"]);
    await page.close();
  });

  it('writes a yes asked as a letter in a schools grid, and picks the answer saying the person already lives where a move is asked', async () => {
    const page = await harness.open('/fill.html');
    const result = await page.evaluate(async () => {
      document.body.innerHTML = `<form><table>
          <tr><th></th><th>School Name</th><th>Graduated? (Y/N)</th><th>Diploma/Degree</th></tr>
          <tr><td>College</td><td><input name="nm"></td><td><input name="gr" maxlength="1"></td><td><input name="dg"></td></tr>
        </table>
        <fieldset><legend>Would you relocate to San Francisco for this role?</legend>
          <label><input type="radio" name="move" value="y"> Yes, I would relocate</label>
          <label><input type="radio" name="move" value="n"> No</label>
          <label><input type="radio" name="move" value="local"> I already live in the Bay Area</label>
        </fieldset></form>`;
      const sdk = window.companionSdk;
      const scan = sdk.scanForm(document);
      const map = sdk.mapByHeuristics(scan.map((field) => field.descriptor));
      const values = {
        school: 'Northfield University',
        degree: "Bachelor's Degree",
        country: 'United States',
        region: 'California',
        city: 'San Francisco',
      };
      await sdk.fillForm(scan, map, values);
      const checked = document.querySelector<HTMLInputElement>('input[name="move"]:checked');
      return [
        ...[...document.querySelectorAll<HTMLInputElement>('input:not([type="radio"])')].map((input) => input.value),
        checked?.value,
      ];
    });
    expect(result).toEqual(['Northfield University', 'Y', "Bachelor's Degree", 'local']);
    await page.close();
  });

  it('writes experience asked in a Years box and a Months box as whole years and the months past them', async () => {
    const page = await harness.open('/fill.html');
    const result = await page.evaluate(async () => {
      document.body.innerHTML = `<form><div class="row"><span>Professional experience as a data engineer</span>
        <input type="number" name="years" placeholder="Years" aria-label="Years">
        <input type="number" name="months" placeholder="Months" aria-label="Months"></div></form>`;
      const sdk = window.companionSdk;
      const scan = sdk.scanForm(document);
      const map = sdk.mapByHeuristics(scan.map((field) => field.descriptor));
      const fill = await sdk.fillForm(scan, map, { years_experience: '7' });
      return { labels: scan.map((field) => field.descriptor.label), filled: Object.values(fill.filled) };
    });
    expect(result).toEqual({
      labels: ['Professional experience as a data engineer Years', 'Professional experience as a data engineer Months'],
      filled: ['7', '0'],
    });
    await page.close();
  });

  it('sets two sliders of one value each that share a part of the form (years, then salary)', async () => {
    const page = await harness.open('/fill.html');
    const result = await page.evaluate(async () => {
      document.body.innerHTML = `<form><fieldset><legend>Experience</legend>
        <div><label for="years">Years of relevant experience: <output>0</output></label>
          <input type="range" id="years" name="years" min="0" max="20" step="1" value="0"></div>
        <div><label for="salary">Expected annual salary: <output>$80,000</output></label>
          <input type="range" id="salary" name="salary" min="80000" max="260000" step="5000" value="80000"></div></fieldset></form>`;
      const sdk = window.companionSdk;
      const scan = sdk.scanForm(document);
      const canonicals: Record<string, string> = { years: 'years_experience', salary: 'salary_expectation' };
      const map = Object.fromEntries(scan.map(({ descriptor }) => [descriptor.selector, canonicals[descriptor.name]!]));
      await sdk.fillForm(scan, map, { years_experience: '7', salary_expectation: '150000' });
      return [...document.querySelectorAll('input')].map((input) => input.value);
    });
    expect(result).toEqual(['7', '150000']);
    await page.close();
  });

  it("leaves a band's thumbs alone and sets a slider of one value (a salary band is no figure)", async () => {
    const page13 = await harness.open('/fill.html');
    const result = await page13.evaluate(async () => {
      document.body.innerHTML = `<form>
        <label id="band">Base salary range you are targeting</label>
        <span class="slider"><span class="thumb"><input type="range" aria-label="Minimum base salary" min="60000" max="300000" step="5000" value="90000"></span>
          <span class="thumb"><input type="range" aria-label="Maximum base salary" min="60000" max="300000" step="5000" value="220000"></span></span>
        <label for="one">Expected salary</label><span class="slider"><span class="thumb"><input id="one" type="range" min="60000" max="300000" step="5000" value="80000"></span></span></form>`;
      const sdk = window.companionSdk;
      const scan = sdk.scanForm(document);
      const map = Object.fromEntries(scan.map(({ descriptor }) => [descriptor.selector, 'salary_expectation']));
      await sdk.fillForm(scan, map, { salary_expectation: '150000' });
      return [...document.querySelectorAll('input')].map((input) => input.value);
    });
    expect(result).toEqual(['90000', '220000', '150000']);
    await page13.close();
  });

  it("confirms a date typed into a date picker's box with Enter, as a person does", async () => {
    const page8 = await harness.open('/fill.html');
    const result = await page8.evaluate(async () => {
      document.body.innerHTML = `<form>
        <label for="start">Earliest start date</label>
        <div class="my-date-picker"><span class="wrap"><input id="start" placeholder="MM/DD/YYYY"></span></div>
        <label for="plain">Start date</label><input id="plain" placeholder="MM/DD/YYYY">
        <div class="date" role="group" aria-labelledby="when"><span id="when">When could you join us?</span>
          <label>Month <input id="month" maxlength="2"></label><label>Day <input id="day" maxlength="2"></label>
          <label>Year <input id="year" maxlength="4"></label></div></form>`;
      // A picker keeps the typed text as a draft and takes it as its value on Enter only.
      const committed: Record<string, string> = {};
      for (const input of document.querySelectorAll('input'))
        input.addEventListener('keydown', (event) => {
          if (event.key === 'Enter') committed[input.id] = input.value;
        });
      const sdk = window.companionSdk;
      const map = {
        '#start': 'start_date',
        '#plain': 'start_date',
        '#month': 'start_date',
        '#day': 'start_date',
        '#year': 'start_date',
      };
      await sdk.fillForm(sdk.scanForm(document), map, { start_date: '2027-01-15' });
      const parts = ['month', 'day', 'year'].map((id) => document.querySelector<HTMLInputElement>(`#${id}`)!.value);
      return { committed, parts };
    });
    // The picker's box is confirmed; a plain box is left as typed (no key a person did not press),
    // and so are the boxes of a date's parts (a one-question-per-screen flow moves on at Enter).
    expect(result).toEqual({ committed: { start: '01/15/2027' }, parts: ['01', '15', '2027'] });
    await page8.close();
  });

  it("types a picker's date the page's way when it refuses the date as written", async () => {
    const page11 = await harness.open('/fill.html');
    const shown = await page11.evaluate(async () => {
      // A picker that says nothing of its format, takes only MM/DD/YYYY on Enter and clears the rest (EUI).
      document.body.innerHTML = `<form><label for="start">Earliest start date</label>
        <div class="my-date-picker"><input id="start" placeholder="Select a date"></div></form>`;
      const input = document.querySelector('input')!;
      input.addEventListener('keydown', (event) => {
        if (event.key === 'Enter' && !/^\d{2}\/\d{2}\/\d{4}$/.test(input.value)) input.value = '';
      });
      const sdk = window.companionSdk;
      const result = await sdk.fillForm(
        sdk.scanForm(document),
        { '#start': 'start_date' },
        { start_date: '2027-01-15' },
      );
      return { value: input.value, outcome: result.outcomes['#start'] };
    });
    expect(shown).toEqual({ value: '01/15/2027', outcome: 'filled' });
    await page11.close();
  });

  it('answers radio groups of web components named by their tags, clicking what each draws', async () => {
    const page12 = await harness.open('/fill.html');
    const model = await page12.evaluate(async () => {
      const state: Record<string, string> = {};
      // Fluent-like: the role in the element's internals, the label slotted, `checked` reflected on click.
      customElements.define(
        'x-radio',
        class extends HTMLElement {
          connectedCallback() {
            this.addEventListener('click', () => {
              for (const other of this.parentElement!.children) other.removeAttribute('checked');
              this.setAttribute('checked', '');
              state[this.parentElement!.getAttribute('name')!] = this.getAttribute('value')!;
            });
          }
        },
      );
      customElements.define('x-radio-group', class extends HTMLElement {});
      // Carbon-like: the label given as an attribute and drawn with a native radio in the shadow root,
      // which alone hears the click.
      customElements.define(
        'y-radio-button',
        class extends HTMLElement {
          constructor() {
            super();
            const shadow = this.attachShadow({ mode: 'open' });
            shadow.innerHTML = `<label><input type="radio"><span>${this.getAttribute('label-text')}</span></label>`;
            shadow.querySelector('input')!.addEventListener('change', () => {
              state[this.parentElement!.getAttribute('name')!] = this.getAttribute('value')!;
            });
          }
        },
      );
      customElements.define('y-radio-button-group', class extends HTMLElement {});
      // UI5-like: a segmented button of items that reflect `selected`, one preset, named by the id of its label.
      customElements.define(
        'w-segmented-button-item',
        class extends HTMLElement {
          connectedCallback() {
            this.addEventListener('click', () => {
              for (const other of this.parentElement!.children) other.removeAttribute('selected');
              this.setAttribute('selected', '');
              state[this.parentElement!.id] = this.dataset.value!;
            });
          }
        },
      );
      customElements.define('w-segmented-button', class extends HTMLElement {});
      // Material-like: radio components sharing a name in a fieldset or a role=radiogroup, each wrapped with its text in a label.
      customElements.define(
        'z-radio',
        class extends HTMLElement {
          connectedCallback() {
            this.addEventListener('click', () => (state[this.getAttribute('name')!] = this.getAttribute('value')!));
          }
        },
      );
      document.body.innerHTML = `<form>
        <x-radio-group name="authorized" label="Are you legally authorized to work in the United States?">
          <x-radio value="yes">Yes</x-radio><x-radio value="no">No</x-radio></x-radio-group>
        <h3>Eligibility</h3>
        <y-radio-button-group name="sponsorship" legend-text="Will you require visa sponsorship?">
          <y-radio-button value="yes" label-text="Yes"></y-radio-button><y-radio-button value="no" label-text="No"></y-radio-button>
        </y-radio-button-group>
        <span id="q3">Will you need us to sponsor a visa?</span>
        <w-segmented-button id="visa" accessible-name-ref="q3">
          <w-segmented-button-item data-value="Y" selected>Yes</w-segmented-button-item>
          <w-segmented-button-item data-value="N">No</w-segmented-button-item></w-segmented-button>
        <fieldset><legend>Are you currently employed?</legend>
          <label><z-radio name="employed" value="yes"></z-radio> Yes</label>
          <label><z-radio name="employed" value="no"></z-radio> No</label></fieldset>
        <div role="radiogroup" aria-label="Highest degree"><div>Highest degree</div>
          <label><z-radio name="degree" value="hs"></z-radio> High school</label>
          <label><z-radio name="degree" value="ba"></z-radio> Bachelor's</label></div></form>`;
      const sdk = window.companionSdk;
      const fields = sdk.scanForm(document);
      const group = (tag: string) => fields.find((field) => field.descriptor.selector.startsWith(tag))!;
      const map = {
        [group('x-radio-group').descriptor.selector]: 'work_authorization',
        [group('y-radio-button-group').descriptor.selector]: 'sponsorship',
        '#visa': 'sponsorship',
        [fields.find((field) => field.descriptor.label === 'Are you currently employed?')!.descriptor.selector]:
          'currently_employed',
        [fields.find((field) => field.descriptor.label === 'Highest degree')!.descriptor.selector]: 'degree',
      };
      await sdk.fillForm(fields, map, {
        work_authorization: 'yes',
        sponsorship: 'no',
        currently_employed: 'yes',
        degree: "Bachelor's degree",
      });
      return {
        ...state,
        label: group('x-radio-group').descriptor.label,
        legendLabel: group('y-radio-button-group').descriptor.label,
        segmentedLabel: fields.find((field) => field.descriptor.selector === '#visa')?.descriptor.label,
      };
    });
    // A group given its question as an attribute (Web Awesome, Shoelace), which it draws in its shadow root.
    expect(model).toEqual({
      authorized: 'yes',
      sponsorship: 'no',
      employed: 'yes',
      degree: 'ba',
      visa: 'N',
      label: 'Are you legally authorized to work in the United States?',
      // Carbon's group takes its question as `legend-text`, past the part's heading.
      legendLabel: 'Will you require visa sponsorship?',
      segmentedLabel: 'Will you need us to sponsor a visa?',
    });
    await page12.close();
  });

  it('ticks a radio drawn by its label through the label, as a person clicks it', async () => {
    const page10 = await harness.open('/fill.html');
    const model = await page10.evaluate(async () => {
      // TDesign's markup: an invisible radio out of the tab order inside the label that draws it;
      // the library's model hears only the label's own click.
      document.body.innerHTML = `<form><label for="auth-group">Authorized to work here?</label>
        <div class="t-radio-group" id="auth-group">
          <label class="t-radio"><input type="radio" name="" value="yes" tabindex="-1" style="opacity:0"><span>Yes</span></label>
          <label class="t-radio"><input type="radio" name="" value="no" tabindex="-1" style="opacity:0"><span>No</span></label></div></form>`;
      const state = { authorized: '' };
      for (const label of document.querySelectorAll('label.t-radio'))
        label.addEventListener('click', (event) => {
          if (event.target === label) state.authorized = label.querySelector('input')!.value;
        });
      const sdk = window.companionSdk;
      const fields = sdk.scanForm(document);
      const radios = fields.find((field) => field.descriptor.type === 'radio')!;
      await sdk.fillForm(fields, { [radios.descriptor.selector]: 'work_authorization' }, { work_authorization: 'yes' });
      return state;
    });
    expect(model).toEqual({ authorized: 'yes' });
    await page10.close();
  });

  it('answers a drawn radio group whose items are named by the label around them, not by their hidden mirrors', async () => {
    const page9 = await harness.open('/fill.html');
    const result = await page9.evaluate(async () => {
      // Base UI's markup: an empty span role=radio labelled by its label, a hidden form input beside it.
      const item = (value: string, tab: number) =>
        `<label id="l-${value}"><span role="radio" tabindex="${tab}" aria-checked="false" aria-labelledby="l-${value}"></span>` +
        `<input type="radio" name="authorized" value="${value}" aria-hidden="true" tabindex="-1" style="position:absolute;width:1px;height:1px;clip-path:inset(50%)"> ${value}</label>`;
      document.body.innerHTML = `<form><span id="q">Are you authorized to work in the US?</span>
        <div role="radiogroup" aria-labelledby="q">${item('Yes', 0)}${item('No', -1)}</div></form>`;
      for (const radio of document.querySelectorAll('[role="radio"]'))
        radio.addEventListener('click', () => {
          for (const other of document.querySelectorAll('[role="radio"]'))
            other.setAttribute('aria-checked', String(other === radio));
        });
      const sdk = window.companionSdk;
      const scan = sdk.scanForm(document);
      const fields = scan.map(({ descriptor }) => [
        descriptor.type,
        descriptor.label,
        descriptor.options.map((option) => option.text),
      ]);
      const fill = await sdk.fillForm(
        scan,
        { [scan[0]!.descriptor.selector]: 'work_authorization' },
        { work_authorization: 'yes' },
      );
      return { fields, filled: Object.values(fill.filled) };
    });
    expect(result).toEqual({
      fields: [['radiogroup', 'Are you authorized to work in the US?', ['Yes', 'No']]],
      filled: ['Yes'],
    });
    await page9.close();
  });

  it('opens a dropdown a web component draws in its shadow root, its listbox beside its button and unlinked', async () => {
    const page = await harness.open('/fill.html');
    const result = await page.evaluate(async () => {
      // SmartRecruiters-like: the listbox is the button's hidden sibling, named by no id.
      customElements.define(
        'q-select',
        class extends HTMLElement {
          connectedCallback() {
            const shadow = this.attachShadow({ mode: 'open' });
            const options = JSON.parse(this.getAttribute('options')!) as string[];
            shadow.innerHTML =
              `<span id="l">${this.getAttribute('label')}</span>` +
              `<button type="button" aria-haspopup="listbox" aria-expanded="false" aria-labelledby="l">Select an option</button>` +
              `<ul role="listbox" hidden>${options.map((option) => `<li role="option">${option}</li>`).join('')}</ul>`;
            const button = shadow.querySelector('button')!;
            const list = shadow.querySelector('ul')!;
            button.addEventListener('click', () => (list.hidden = !list.hidden));
            list.addEventListener('click', (event) => {
              button.textContent = (event.target as Element).textContent;
              this.dataset.value = button.textContent!;
              list.hidden = true;
            });
          }
        },
      );
      document.body.innerHTML = `<form><q-select label="How many years of hands-on experience do you have?"
        options='["0 - 1","2 - 3","4 - 6","7 - 9","10 +"]'></q-select></form>`;
      const sdk = window.companionSdk;
      const scan = sdk.scanForm(document);
      const fill = await sdk.fillForm(
        scan,
        { [scan[0]!.descriptor.selector]: 'years_experience' },
        { years_experience: '7' },
      );
      return {
        outcomes: Object.values(fill.outcomes),
        picked: document.querySelector('q-select')!.getAttribute('data-value'),
      };
    });
    expect(result).toEqual({ outcomes: ['filled'], picked: '7 - 9' });
    await page.close();
  });

  it('picks in a drawn select whose closed list stays in the page, transparent, over the select below (nice-select)', async () => {
    const page = await harness.open('/fill.html');
    const result = await page.evaluate(async () => {
      // jQuery nice-select: the select hidden, a focusable div after it showing the pick, its list
      // drawn below it at opacity 0 until the div is clicked.
      const nice = (name: string, options: string[]) =>
        `<select name="${name}" style="display:none"><option value="">—Please choose an option—</option>${options.map((option) => `<option>${option}</option>`).join('')}</select>` +
        `<div class="nice-select" tabindex="0" style="position:relative;height:30px;border:1px solid #ccc"><span class="current">—Please choose an option—</span>` +
        `<ul class="list" style="position:absolute;top:100%;left:0;right:0;margin:0;padding:0;background:#fff;opacity:0;pointer-events:none">` +
        `${options.map((option) => `<li class="option" data-value="${option}" style="height:24px">${option}</li>`).join('')}</ul></div>`;
      document.body.innerHTML = `<form style="width:300px">
        <label>Position</label>${nice('position', ['Field Technician', 'Data Engineer', 'GIS Analyst', 'General application'])}
        <label>Years of experience</label>${nice('years', ['Less than 1 year', '1–3 years', '4–6 years', '7–10 years', 'More than 10 years'])}</form>`;
      for (const box of document.querySelectorAll<HTMLElement>('.nice-select')) {
        const list = box.querySelector<HTMLElement>('.list')!;
        const select = box.previousElementSibling as HTMLSelectElement;
        box.addEventListener('click', (event) => {
          const row = (event.target as Element).closest('.option');
          if (row) {
            select.value = row.textContent!;
            box.querySelector('.current')!.textContent = row.textContent;
          }
          const open = !row && list.style.opacity === '0';
          list.style.opacity = open ? '1' : '0';
          list.style.pointerEvents = open ? 'auto' : 'none';
        });
      }
      const sdk = window.companionSdk;
      const scan = sdk.scanForm(document);
      const years = scan.find((field) => field.descriptor.name === 'years')!;
      await sdk.fillForm([years], { [years.descriptor.selector]: 'years_experience' }, { years_experience: '7' });
      return Array.from(document.querySelectorAll('.current')).map((shown) => shown.textContent);
    });
    expect(result).toEqual(['—Please choose an option—', '7–10 years']);
    await page.close();
  });

  it('answers no on a box still undecided (indeterminate) by deciding it, not by leaving it', async () => {
    const page = await harness.open('/fill.html');
    const result = await page.evaluate(async () => {
      // SurveyJS's boolean: a checkbox that starts indeterminate; the answer is set by its change.
      document.body.innerHTML = `<form><label><input type="checkbox" name="sponsorship"> Will you require sponsorship?</label></form>`;
      const box = document.querySelector<HTMLInputElement>('input')!;
      box.indeterminate = true;
      let answer: boolean | undefined;
      box.addEventListener('change', () => (answer = box.checked));
      const sdk = window.companionSdk;
      const scan = sdk.scanForm(document);
      await sdk.fillForm(scan, { [scan[0]!.descriptor.selector]: 'sponsorship' }, { sponsorship: 'no' });
      return { answer, indeterminate: box.indeterminate, checked: box.checked };
    });
    expect(result).toEqual({ answer: false, indeterminate: false, checked: false });
    await page.close();
  });

  it('reports the part a date select took as its format, though its options are valued by index', async () => {
    const page = await harness.open('/fill.html');
    const result = await page.evaluate(async () => {
      const months = ['January', 'February', 'March'].map(
        (month, index) => `<option value="${index}">${month}</option>`,
      );
      document.body.innerHTML = `<form>
        <label for="m">Available from: month</label><select id="m" name="start_month"><option value="">Month</option>${months.join('')}</select>
        <label for="y">Available from: year</label><select id="y" name="start_year"><option value="">Year</option>
          <option value="0">2026</option><option value="1">2027</option></select></form>`;
      const sdk = window.companionSdk;
      const scan = sdk.scanForm(document);
      const map = Object.fromEntries(scan.map((field) => [field.descriptor.selector, 'start_date']));
      const fill = await sdk.fillForm(scan, map, { start_date: '2027-01-15' });
      return {
        shown: [...document.querySelectorAll('select')].map((select) => select.selectedOptions[0]?.text),
        formats: fill.formats,
      };
    });
    expect(result).toEqual({
      shown: ['January', '2027'],
      formats: {
        'select[name="start_month"]': 'date_month',
        'select[name="start_year"]': 'date_year',
      },
    });
    await page.close();
  });

  it('fills a German start date split over Tag / Monat / Jahr selects named only by their part, the month by its German name', async () => {
    const page = await harness.open('/fill.html');
    const result = await page.evaluate(async () => {
      const months = ['Januar', 'Februar', 'März'].map(
        (month, index) => `<option value="0${index + 1}">${month}</option>`,
      );
      document.body.innerHTML = `<form lang="de"><span id="q">Frühestmöglicher Eintrittstermin</span>
        <div role="group" aria-labelledby="q">
          <select name="tag" aria-label="Tag"><option value="">Tag</option><option>14</option><option>15</option></select>
          <select name="monat" aria-label="Monat"><option value="">Monat</option>${months.join('')}</select>
          <select name="jahr" aria-label="Jahr"><option value="">Jahr</option><option>2026</option><option>2027</option></select></div></form>`;
      const sdk = window.companionSdk;
      const scan = sdk.scanForm(document);
      const map = sdk.mapByHeuristics(scan.map((field) => field.descriptor));
      await sdk.fillForm(scan, map, { start_date: '2027-01-15' });
      return {
        labels: scan.map((field) => field.descriptor.label),
        shown: [...document.querySelectorAll('select')].map((select) => select.selectedOptions[0]?.text),
      };
    });
    expect(result).toEqual({
      labels: [
        'Frühestmöglicher Eintrittstermin Tag',
        'Frühestmöglicher Eintrittstermin Monat',
        'Frühestmöglicher Eintrittstermin Jahr',
      ],
      shown: ['15', 'Januar', '2027'],
    });
    await page.close();
  });

  it('answers "Do you hold a college degree?" with the yes that names the level held', async () => {
    const page = await harness.open('/fill.html');
    const result = await page.evaluate(async () => {
      const options = ['No degree (yet)', 'Yes - 2-year / associate', "Yes - 4-year / bachelor's", 'Yes - grad school'];
      document.body.innerHTML = `<form><label for="d">Do you hold a college degree?</label>
        <select id="d" name="degree_held"><option value="">Select an option</option>${options.map((text) => `<option>${text}</option>`).join('')}</select></form>`;
      const sdk = window.companionSdk;
      const scan = sdk.scanForm(document);
      await sdk.fillForm(scan, { [scan[0]!.descriptor.selector]: 'degree' }, { degree: "Bachelor's Degree" });
      return document.querySelector('select')!.selectedOptions[0]?.text;
    });
    expect(result).toBe("Yes - 4-year / bachelor's");
    await page.close();
  });

  it("reads a conversational form's answers without the key letters drawn before them", async () => {
    const page = await harness.open('/fill.html');
    const result = await page.evaluate(async () => {
      const item = (key: string, text: string) =>
        `<button type="button" role="radio" aria-checked="false"><span class="key">${key}</span>${text}</button>`;
      document.body.innerHTML = `<form><h2 id="q">Will you now or in the future require sponsorship?</h2>
        <div role="radiogroup" aria-labelledby="q">${item('A', 'Yes')}${item('B', 'No')}</div></form>`;
      for (const radio of document.querySelectorAll('[role="radio"]'))
        radio.addEventListener('click', () => {
          for (const other of document.querySelectorAll('[role="radio"]'))
            other.setAttribute('aria-checked', String(other === radio));
        });
      const sdk = window.companionSdk;
      const scan = sdk.scanForm(document);
      const fill = await sdk.fillForm(scan, { [scan[0]!.descriptor.selector]: 'sponsorship' }, { sponsorship: 'no' });
      return {
        options: scan[0]!.descriptor.options.map((option) => option.text),
        filled: Object.values(fill.filled),
        checked: document.querySelector('[aria-checked="true"]')?.textContent,
      };
    });
    expect(result).toEqual({ options: ['Yes', 'No'], filled: ['No'], checked: 'BNo' });
    await page.close();
  });

  it('answers groups drawn without radios: a listbox shown in the page, class-named toggle buttons, segmented controls under a caption', async () => {
    const page11 = await harness.open('/fill.html');
    const result = await page11.evaluate(async () => {
      // antd-mobile's Selector (the library names every one "Selector"), Vuetify's v-btn-toggle (no
      // role, the pick is a class), Radix Themes' segmented control (each label drawn twice, one
      // aria-hidden; its caption a div before it).
      document.body.innerHTML = `<form>
        <div class="label">Work experience</div>
        <div class="adm-selector" role="listbox" aria-label="Selector"><div class="adm-grid">
          <div class="adm-selector-item" role="option" aria-selected="false">1-3 years</div>
          <div class="adm-selector-item" role="option" aria-selected="false">5-10 years</div>
          <div class="adm-selector-item" role="option" aria-selected="false">10 years or more</div></div></div>
        <div id="deg-label">Highest degree</div>
        <div class="v-btn-group v-btn-toggle" aria-labelledby="deg-label">
          <button type="button" class="v-btn"><span class="v-btn__content">High school</span></button>
          <button type="button" class="v-btn"><span class="v-btn__content">Bachelor's</span></button>
          <button type="button" class="v-btn"><span class="v-btn__content">Master's</span></button></div>
        <div class="rt-Box"><div class="rt-Text">Will you need visa sponsorship?</div>
          <div role="radiogroup" class="rt-SegmentedControlRoot">
            <button type="button" role="radio" aria-checked="false"><span>Yes</span><span aria-hidden="true">Yes</span></button>
            <button type="button" role="radio" aria-checked="false"><span>No</span><span aria-hidden="true">No</span></button></div></div>
        <ul role="listbox" id="popup" style="display:none"><li role="option">A</li><li role="option">B</li></ul>
        <div id="pr-label">Pronouns</div>
        <div class="v-slide-group v-chip-group" tabindex="0" aria-labelledby="pr-label"><div><div>
          <span class="v-chip" tabindex="0">she/her</span><span class="v-chip" tabindex="0">he/him</span>
          <span class="v-chip" tabindex="0">they/them</span></div></div></div>
        <p>Country of residence</p>
        <div role="tablist"><button type="button" role="tab" aria-selected="false">Canada</button>
          <button type="button" role="tab" aria-selected="false">Mexico</button>
          <button type="button" role="tab" aria-selected="false">United States</button></div>
        <div role="tablist"><button type="button" role="tab" aria-selected="false">Overview</button>
          <button type="button" role="tab" aria-selected="true">Application</button></div>
        <div role="tablist"><button type="button" role="tab" id="tab-a" aria-selected="false">Details</button>
          <button type="button" role="tab" id="tab-b" aria-selected="false">Review</button></div>
        <div role="tabpanel" aria-labelledby="tab-a">Details</div>
        </form>`;
      // Vuetify marks the picked chip with the page's own selected-class only.
      for (const chip of document.querySelectorAll('.v-chip'))
        chip.addEventListener('click', () => chip.classList.add('text-primary'));
      for (const option of document.querySelectorAll('[role="option"]'))
        option.addEventListener('click', () => option.setAttribute('aria-selected', 'true'));
      for (const button of document.querySelectorAll('.v-btn'))
        button.addEventListener('click', () => button.classList.add('v-btn--active'));
      for (const radio of document.querySelectorAll('[role="radio"]'))
        radio.addEventListener('click', () => radio.setAttribute('aria-checked', 'true'));
      for (const tab of document.querySelectorAll('[role="tab"]'))
        tab.addEventListener('click', () => tab.setAttribute('aria-selected', 'true'));
      const sdk = window.companionSdk;
      const scan = sdk.scanForm(document);
      const fields = scan.map(({ descriptor }) => [
        descriptor.type,
        descriptor.label,
        descriptor.options.map((option) => option.text),
      ]);
      const [years, degree, sponsorship, pronouns, country] = scan.map((field) => field.descriptor.selector);
      const fill = await sdk.fillForm(
        scan,
        {
          [years!]: 'years_experience',
          [degree!]: 'degree',
          [sponsorship!]: 'sponsorship',
          [pronouns!]: 'pronouns',
          [country!]: 'country',
        },
        {
          years_experience: '7',
          degree: "Bachelor's degree",
          sponsorship: 'no',
          pronouns: 'she/her',
          country: 'United States',
        },
      );
      return { fields, filled: Object.values(fill.filled) };
    });
    expect(result).toEqual({
      fields: [
        ['radiogroup', 'Work experience', ['1-3 years', '5-10 years', '10 years or more']],
        ['radiogroup', 'Highest degree', ['High school', "Bachelor's", "Master's"]],
        ['radiogroup', 'Will you need visa sponsorship?', ['Yes', 'No']],
        ['radiogroup', 'Pronouns', ['she/her', 'he/him', 'they/them']],
        // Gestalt's SegmentedControl draws tabs; a page's tabs (one shown) or tabs naming a panel are no field.
        ['radiogroup', 'Country of residence', ['Canada', 'Mexico', 'United States']],
      ],
      filled: ['5-10 years', "Bachelor's", 'No', 'she/her', 'United States'],
    });
    await page11.close();
  });

  it('ticks the pronoun set of a list drawn as boxes of their own (one name each) under a legend asking the pronouns', async () => {
    const page = await harness.open('/fill.html');
    const result = await page.evaluate(async () => {
      document.body.innerHTML = `<form><fieldset><legend>Pronouns (select all that apply)</legend>
        <label><input type="checkbox" name="pronoun-she/her"> she/her</label>
        <label><input type="checkbox" name="pronoun-he/him"> he/him</label>
        <label><input type="checkbox" name="pronoun-they/them"> they/them</label></fieldset></form>`;
      const sdk = window.companionSdk;
      const scan = sdk.scanForm(document);
      const map = sdk.mapByHeuristics(scan.map((field) => field.descriptor));
      await sdk.fillForm(scan, map, { pronouns: 'she/her' });
      return Array.from(document.querySelectorAll('input')).map((box) => box.checked);
    });
    expect(result).toEqual([true, false, false]);
    await page.close();
  });

  it('ticks the true statements of a checklist drawn as chips (div role=checkbox, no group), each a fact of its own', async () => {
    const page = await harness.open('/fill.html');
    const result = await page.evaluate(async () => {
      document.body.innerHTML = `<form><h3 id="true-q">Which of these are true for you?</h3>
        <div class="chips" aria-labelledby="true-q">
          <div role="checkbox" tabindex="0" aria-checked="false" id="bachelor">I have a bachelor's degree or higher</div>
          <div role="checkbox" tabindex="0" aria-checked="false" id="novisa">I do not need a visa sponsor, now or later</div>
          <div role="checkbox" tabindex="0" aria-checked="false" id="unemployed">I am not currently employed</div></div></form>`;
      for (const item of document.querySelectorAll('[role="checkbox"]'))
        item.addEventListener('click', () =>
          item.setAttribute('aria-checked', String(item.getAttribute('aria-checked') !== 'true')),
        );
      const sdk = window.companionSdk;
      const scan = sdk.scanForm(document);
      const map = sdk.mapByHeuristics(scan.map((field) => field.descriptor));
      await sdk.fillForm(scan, map, { degree: "Bachelor's Degree", sponsorship: 'no', currently_employed: 'yes' });
      return ['bachelor', 'novisa', 'unemployed'].map((id) =>
        document.getElementById(id)?.getAttribute('aria-checked'),
      );
    });
    expect(result).toEqual(['true', 'true', 'false']);
    await page.close();
  });

  it('ticks the true statements of a checklist of empty drawn boxes named by the labels they point at (Headless UI)', async () => {
    const page = await harness.open('/fill.html');
    const result = await page.evaluate(async () => {
      const statements = ['I currently hold a job', 'I need an employer to sponsor my visa', "I've worked here before"];
      document.body.innerHTML = `<form><fieldset><legend>Tick any that apply</legend>${statements
        .map(
          (text, index) => `<div><span role="checkbox" aria-checked="false" tabindex="0" id="box${index}"
            aria-labelledby="label${index}" style="display:inline-block;width:16px;height:16px;border:1px solid"></span>
            <label id="label${index}">${text}</label></div>`,
        )
        .join('')}</fieldset></form>`;
      for (const item of document.querySelectorAll('[role="checkbox"]'))
        item.addEventListener('click', () =>
          item.setAttribute('aria-checked', String(item.getAttribute('aria-checked') !== 'true')),
        );
      const sdk = window.companionSdk;
      const scan = sdk.scanForm(document);
      const map = sdk.mapByHeuristics(scan.map((field) => field.descriptor));
      await sdk.fillForm(scan, map, { sponsorship: 'no', currently_employed: 'yes' });
      return [0, 1, 2].map((index) => document.getElementById(`box${index}`)?.getAttribute('aria-checked'));
    });
    expect(result).toEqual(['true', 'false', 'false']);
    await page.close();
  });

  it("fills the parts of a step drawn as a group (Quasar's stepper): its boxes, its toggle buttons, a checkbox drawn alone", async () => {
    const page = await harness.open('/fill.html');
    const result = await page.evaluate(async () => {
      document.body.innerHTML = `<div role="group" aria-label="Eligibility"><form>
        <div><div id="emp-l">Are you currently employed?</div>
          <div class="q-btn-group q-btn-toggle" aria-labelledby="emp-l">
            <button type="button" aria-pressed="false">Yes</button><button type="button" aria-pressed="false">No</button></div></div>
        <label for="salary">Desired base salary</label><input id="salary" name="salary">
        <label for="start">Earliest start date</label><input id="start" name="start" placeholder="MM/DD/YYYY">
        <div class="q-checkbox" role="checkbox" aria-checked="false" tabindex="0" aria-label="This is my current job"
          id="current"><div aria-hidden="true"><input type="checkbox" style="display:none">
          <div style="width:18px;height:18px;border:1px solid"></div></div><span>This is my current job</span></div>
        </form></div>`;
      for (const item of document.querySelectorAll('[aria-pressed], [role="checkbox"]'))
        item.addEventListener('click', () =>
          item.setAttribute(item.hasAttribute('aria-pressed') ? 'aria-pressed' : 'aria-checked', 'true'),
        );
      const sdk = window.companionSdk;
      const scan = sdk.scanForm(document);
      const map = sdk.mapByHeuristics(scan.map((field) => field.descriptor));
      await sdk.fillForm(scan, map, {
        currently_employed: 'yes',
        salary_expectation: '150000',
        start_date: '2027-01-15',
      });
      return {
        labels: scan.map((field) => field.descriptor.label),
        pressed: document.querySelector('[aria-pressed="true"]')?.textContent,
        salary: (document.getElementById('salary') as HTMLInputElement).value,
        current: document.getElementById('current')?.getAttribute('aria-checked'),
      };
    });
    expect(result).toEqual({
      labels: ['Are you currently employed?', 'Desired base salary', 'Earliest start date', 'This is my current job'],
      pressed: 'Yes',
      salary: '150000',
      current: 'true',
    });
    await page.close();
  });

  it("answers Yes / No drawn as two plain buttons, the pick a CSS module's class (Ashby)", async () => {
    const page = await harness.open('/fill.html');
    const result = await page.evaluate(async () => {
      // A hidden checkbox beside the row posts the answer; a feedback row elsewhere says no yes or no.
      document.body.innerHTML = `<form>
        <div class="_fieldEntry_hkyf8_29"><div class="_label_hkyf8_43">Are you legally authorized to work in the United States?</div>
          <div class="_yesno_hkyf8_143"><button type="button" class="_option_y2cw4_33">Yes</button><button type="button" class="_option_y2cw4_33">No</button></div>
          <input type="checkbox" name="q1" tabindex="-1" aria-hidden="true" style="position:absolute;opacity:0"></div>
        <div class="feedback"><button type="button">Helpful</button><button type="button">Not helpful</button></div>
        </form>`;
      for (const button of document.querySelectorAll('._option_y2cw4_33'))
        button.addEventListener('click', () => button.classList.add('_active_y2cw4_58'));
      const sdk = window.companionSdk;
      const scan = sdk.scanForm(document).filter((field) => field.widget);
      const [authorized] = scan.map((field) => field.descriptor.selector);
      const fill = await sdk.fillForm(scan, { [authorized!]: 'work_authorization' }, { work_authorization: 'yes' });
      return {
        fields: scan.map(({ descriptor }) => [descriptor.label, descriptor.options.map((option) => option.text)]),
        filled: Object.values(fill.filled),
        picked: document.querySelector('._active_y2cw4_58')?.textContent,
      };
    });
    expect(result).toEqual({
      fields: [['Are you legally authorized to work in the United States?', ['Yes', 'No']]],
      filled: ['Yes'],
      picked: 'Yes',
    });
    await page.close();
  });

  it('answers pronoun checklists and groups whose inputs are hidden mirrors (antd, Quasar), and reads the help past an icon', async () => {
    const page12 = await harness.open('/fill.html');
    const result = await page12.evaluate(async () => {
      // antd's Checkbox.Group: nameless checkboxes tied by their box; Quasar's q-option-group: role=radio
      // divs whose native inputs sit in an aria-hidden part; its q-btn-toggle: aria-pressed buttons in a
      // div with no role; its checkbox group: role=checkbox divs; its date box: a Material icon, then the help.
      document.body.innerHTML = `<form>
        <div><label id="p-l">Pronouns</label><div class="ant-checkbox-group" aria-labelledby="p-l">
          <label><input type="checkbox" value="she"> She/her</label><label><input type="checkbox" value="he"> He/him</label></div></div>
        </form><form>
        <div><div id="a-l">Are you legally authorized to work in the United States?</div>
          <div role="radiogroup" aria-labelledby="a-l">
            <div role="radio" aria-checked="false" aria-label="Yes"><div aria-hidden="true"><input type="radio" name="auth" value="Yes" style="display:none"></div>Yes</div>
            <div role="radio" aria-checked="false" aria-label="No"><div aria-hidden="true"><input type="radio" name="auth" value="No" style="display:none"></div>No</div></div></div>
        <div><div id="s-l">Will you require visa sponsorship?</div>
          <div class="q-btn-group q-btn-toggle" aria-labelledby="s-l">
            <button type="button" aria-pressed="false">Yes</button><button type="button" aria-pressed="false">No</button></div></div>
        <div><div id="q-l">Pronouns (optional)</div><div role="group" aria-labelledby="q-l">
          <div role="checkbox" aria-checked="false" aria-label="she/her">she/her</div>
          <div role="checkbox" aria-checked="false" aria-label="they/them">they/them</div></div></div>
        <label>Earliest start date <span><input name="start"></span><span class="append"><i class="q-icon material-icons" aria-hidden="true">event</i></span></label>
        <div class="bottom">YYYY/MM/DD</div>
        </form>`;
      for (const item of document.querySelectorAll('[role="radio"], [role="checkbox"]'))
        item.addEventListener('click', () => item.setAttribute('aria-checked', 'true'));
      for (const button of document.querySelectorAll('[aria-pressed]'))
        button.addEventListener('click', () => button.setAttribute('aria-pressed', 'true'));
      const sdk = window.companionSdk;
      const scan = sdk.scanForm(document);
      // Each form is mapped on its own, as a run maps the form the person is in.
      const scopes = [...new Set(scan.map((field) => field.descriptor.scope))];
      const map = Object.assign(
        {},
        ...scopes.map((scope) =>
          sdk.mapByHeuristics(
            scan.filter((field) => field.descriptor.scope === scope).map((field) => field.descriptor),
          ),
        ),
      );
      const fill = await sdk.fillForm(scan, map, {
        pronouns: 'she/her',
        work_authorization: 'yes',
        sponsorship: 'no',
        start_date: '2027-01-15',
      });
      return {
        mapped: Object.values(map),
        filled: Object.values(fill.filled),
        hint: scan.find((field) => field.descriptor.name === 'start')?.descriptor.hint,
      };
    });
    // The map's order is the order fields claimed their canonicals in, not the page's.
    expect(result.mapped.sort()).toEqual(['pronouns', 'pronouns', 'sponsorship', 'start_date', 'work_authorization']);
    expect(result.hint).toBe('YYYY/MM/DD');
    expect(result.filled).toEqual(['she', 'Yes', 'No', 'she/her', '2027/01/15']);
    await page12.close();
  });

  it('answers Yes / No toggle buttons under a legend with no group role, past their hidden mirror checkbox', async () => {
    const page = await harness.open('/fill.html');
    const result = await page.evaluate(async () => {
      document.body.innerHTML = `<form>
        <fieldset><legend>Are you legally authorized to work in the United States?*</legend>
          <div class="_yesno_1hbss"><button type="button" aria-pressed="false">Yes</button><button type="button" aria-pressed="false">No</button>
          <input type="checkbox" name="6b1f63e2-auth" hidden tabindex="-1"></div></fieldset></form>`;
      for (const button of document.querySelectorAll('[aria-pressed]'))
        button.addEventListener('click', () => button.setAttribute('aria-pressed', 'true'));
      const sdk = window.companionSdk;
      const scan = sdk.scanForm(document);
      const map = sdk.mapByHeuristics(scan.map((field) => field.descriptor));
      const fill = await sdk.fillForm(scan, map, { work_authorization: 'yes' });
      return { mapped: Object.values(map), filled: Object.values(fill.filled) };
    });
    expect(result).toEqual({ mapped: ['work_authorization'], filled: ['Yes'] });
    await page.close();
  });

  it("answers a toolbar of pressed buttons that name their picks (Cloudscape's segmented control), not an editor's toolbar of icons", async () => {
    const page = await harness.open('/fill.html');
    const result = await page.evaluate(async () => {
      document.body.innerHTML = `<form>
        <div role="toolbar" aria-label="Years of professional experience">
          ${['0–2', '3–5', '6–9', '10+'].map((text) => `<button type="button" aria-pressed="false"><span>${text}</span></button>`).join('')}</div>
        <div role="toolbar" aria-label="Cover letter formatting">
          <button type="button" aria-pressed="false" aria-label="Bold"><svg></svg></button>
          <button type="button" aria-pressed="false" aria-label="Italic"><svg></svg></button></div></form>`;
      for (const button of document.querySelectorAll('[aria-pressed]'))
        button.addEventListener('click', () => {
          for (const other of button.parentElement!.children) other.setAttribute('aria-pressed', 'false');
          button.setAttribute('aria-pressed', 'true');
        });
      const sdk = window.companionSdk;
      const scan = sdk.scanForm(document);
      const map = sdk.mapByHeuristics(scan.map((field) => field.descriptor));
      await sdk.fillForm(scan, map, { years_experience: '7' });
      return {
        fields: scan.length,
        pressed: Array.from(document.querySelectorAll('[aria-pressed="true"]')).map((button) => button.textContent),
      };
    });
    expect(result).toEqual({ fields: 1, pressed: ['6–9'] });
    await page.close();
  });

  it('answers a role=group of plain Yes / No buttons whose pick only a class marks, and leaves a stepper alone', async () => {
    const page = await harness.open('/fill.html');
    const result = await page.evaluate(async () => {
      document.body.innerHTML = `<form>
        <label id="auth-label">Are you authorized to work in the United States?</label>
        <div class="_yesno_hkyf8" role="group" aria-labelledby="auth-label"><button type="button">Yes</button><button type="button">No</button></div>
        <label id="years-label" for="years">Years of experience</label>
        <div role="group" aria-labelledby="years-label"><button type="button">−</button><input id="years" name="years" value="0"><button type="button">+</button></div></form>`;
      for (const button of document.querySelectorAll('._yesno_hkyf8 button'))
        button.addEventListener('click', () =>
          document
            .querySelectorAll('._yesno_hkyf8 button')
            .forEach((other) => other.classList.toggle('_active', other === button)),
        );
      const sdk = window.companionSdk;
      const scan = sdk.scanForm(document);
      const map = sdk.mapByHeuristics(scan.map((field) => field.descriptor));
      const fill = await sdk.fillForm(scan, map, { work_authorization: 'yes', years_experience: '7' });
      return {
        fields: scan.length,
        filled: Object.values(fill.filled),
        active: document.querySelector('._active')?.textContent,
      };
    });
    expect(result).toEqual({ fields: 2, filled: ['Yes', '7'], active: 'Yes' });
    await page.close();
  });

  it('types the national digits into a phone box that writes a typed country code as a stray digit', async () => {
    const page = await harness.open('/fill.html');
    const shown = await page.evaluate(async () => {
      document.body.innerHTML = `<form><label for="m">Mobile phone</label><input id="m" name="mobile" type="tel"></form>`;
      const box = document.querySelector('input')!;
      const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
      // A US-only phone input (react-phone-number-input with a fixed country): the national format as typed.
      box.addEventListener('input', () => {
        const digits = box.value.replace(/\D/g, '');
        const national = digits.slice(-10);
        const lead = digits.length > 10 ? `${digits.slice(0, -10)} ` : '';
        if (national.length === 10)
          setter.call(box, `${lead}(${national.slice(0, 3)}) ${national.slice(3, 6)}-${national.slice(6)}`);
      });
      const sdk = window.companionSdk;
      const scan = sdk.scanForm(document);
      await sdk.fillForm(scan, sdk.mapByHeuristics(scan.map((field) => field.descriptor)), {
        phone: '+1 415 555 0134',
      });
      return box.value;
    });
    expect(shown).toBe('(415) 555-0134');
    await page.close();
  });

  it('types a yes the profile keeps as a token as a person writes it', async () => {
    const page = await harness.open('/fill.html');
    const typed = await page.evaluate(async () => {
      document.body.innerHTML = `<form><label for="auth">Are you legally authorized to work in the United States without restriction?</label>
        <input id="auth" name="q_auth"></form>`;
      const sdk = window.companionSdk;
      const scan = sdk.scanForm(document);
      await sdk.fillForm(scan, sdk.mapByHeuristics(scan.map((field) => field.descriptor)), {
        work_authorization: 'yes',
      });
      return document.querySelector('input')?.value;
    });
    expect(typed).toBe('Yes');
    await page.close();
  });

  it('fills a Korean page as its person writes it: the email in halves around "@", the romanized name again, the career stage, digits only', async () => {
    const korean = await harness.open('/fill.html');
    const result = await korean.evaluate(async () => {
      document.documentElement.lang = 'ko';
      document.body.innerHTML = `<form><table>
        <tr><th><label for="nm">이름</label></th><td><input id="nm" name="user_nm"></td></tr>
        <tr><th><label for="nm_eng">영문 이름</label></th><td><input id="nm_eng" name="user_nm_eng" placeholder="Hong Gildong"></td></tr>
        <tr><th><label for="email_id">이메일</label></th><td><input id="email_id" name="email_id"> @
          <input id="email_domain" name="email_domain" aria-label="이메일 도메인">
          <select name="email_domain_sel" aria-label="이메일 도메인 선택"><option value="">직접입력</option><option>naver.com</option></select></td></tr>
        <tr><th><label for="cell">휴대폰</label></th><td><input type="tel" id="cell" name="cell_phone"> <span class="txt_desc">'-' 없이 숫자만 입력해 주세요.</span></td></tr>
        <tr><th>경력구분</th><td><label><input type="radio" name="career_type" value="new"> 신입</label> <label><input type="radio" name="career_type" value="career"> 경력</label></td></tr>
        <tr><th><label for="join">입사가능일</label></th><td><input id="join" name="join_dt" placeholder="YYYY.MM.DD"></td></tr>
        </table></form>`;
      const sdk = window.companionSdk;
      const scan = sdk.scanForm(document);
      const map = sdk.mapByHeuristics(scan.map((field) => field.descriptor));
      const fill = await sdk.fillForm(scan, map, {
        full_name: 'Jane Doe',
        email: 'jane.doe@example.com',
        phone: '+1 415 555 0134',
        years_experience: '7',
        start_date: '2027-01-15',
      });
      const value = (selector: string) => (document.querySelector(selector) as HTMLInputElement).value;
      return {
        names: [value('#nm'), value('#nm_eng')],
        email: [value('#email_id'), value('#email_domain')],
        phone: value('#cell'),
        stage: (document.querySelector('input[name="career_type"]:checked') as HTMLInputElement | null)?.value,
        start: value('#join'),
        picker: map['select[name="email_domain_sel"]'],
      };
    });
    expect(result).toEqual({
      names: ['Jane Doe', 'Jane Doe'],
      email: ['jane.doe', 'example.com'],
      phone: '+14155550134',
      stage: 'career',
      start: '2027.01.15',
      picker: undefined,
    });
    await korean.close();
  });

  it('writes the national number after a combobox that shows the dial code it was given (Greenhouse)', async () => {
    const picked = await harness.open('/fill.html');
    const phone = await picked.evaluate(async () => {
      document.body.innerHTML = `<form><div class="phone-input">
        <div class="select__container"><label id="c-label">Country</label>
          <div class="select__control"><div class="select__single-value">United States +1</div>
          <input role="combobox" aria-labelledby="c-label" id="country"></div></div>
        <div class="field"><label for="phone">Phone</label><input id="phone" type="tel"></div></div></form>`;
      const sdk = window.companionSdk;
      const fill = await sdk.fillForm(sdk.scanForm(document), { '#phone': 'phone' }, { phone: '+1 415 555 0134' });
      return fill.filled['#phone'];
    });
    expect(phone).toBe('4155550134');
    await picked.close();
  });

  it('answers a closed question asked by a dropdown whose options show only once open with a yes or a no', async () => {
    const dropdown = await harness.open('/fill.html');
    const picked = await dropdown.evaluate(async () => {
      document.body.innerHTML = `<form><label id="q" for="reside">Do you reside in Canada?</label>
        <input id="reside" role="combobox" aria-labelledby="q" aria-expanded="false" aria-controls="reside-list" readonly></form>`;
      const box = document.getElementById('reside') as HTMLInputElement;
      // As react-select draws its menu: only on open, taken down on a pick.
      box.addEventListener('click', () => {
        if (document.getElementById('reside-list')) return;
        const list = document.createElement('div');
        list.id = 'reside-list';
        list.setAttribute('role', 'listbox');
        list.innerHTML = ['Yes', 'No'].map((text) => `<div role="option" aria-selected="false">${text}</div>`).join('');
        box.after(list);
        box.setAttribute('aria-expanded', 'true');
        for (const row of list.querySelectorAll('[role="option"]'))
          row.addEventListener('click', () => {
            box.value = row.textContent ?? '';
            list.remove();
            box.setAttribute('aria-expanded', 'false');
          });
      });
      const sdk = window.companionSdk;
      await sdk.fillForm(sdk.scanForm(document), { '#reside': 'country' }, { country: 'United States' });
      return box.value;
    });
    expect(picked).toBe('No');
    await dropdown.close();
  });

  it("searches a dial-code list that draws only its first rows by the country's code when its name finds nothing (Vaadin)", async () => {
    const dial = await harness.open('/fill.html');
    const picked = await dial.evaluate(async () => {
      document.body.innerHTML = `<form><label for="dial">Country code</label>
        <input id="dial" role="combobox" aria-expanded="false" aria-controls="dial-list" autocomplete="off">
        <div id="dial-list" role="listbox" hidden></div></form>`;
      const box = document.getElementById('dial') as HTMLInputElement;
      const list = document.getElementById('dial-list')!;
      const rows = ['AG +1268', 'AI +1264', 'AS +1684', 'BB +1246', 'CA +1', 'DO +1', 'JM +1876', 'PR +1', 'US +1'];
      // As a virtual list: rows holding the typed text, only the first four of them drawn.
      const draw = () => {
        const typed = box.value.toLowerCase();
        list.innerHTML = rows
          .filter((row) => row.toLowerCase().includes(typed))
          .slice(0, 4)
          .map((row) => `<div role="option">${row}</div>`)
          .join('');
        list.hidden = false;
        box.setAttribute('aria-expanded', 'true');
        for (const option of list.querySelectorAll('[role="option"]'))
          option.addEventListener('click', () => {
            box.value = option.textContent ?? '';
            list.hidden = true;
            box.setAttribute('aria-expanded', 'false');
          });
      };
      box.addEventListener('click', draw);
      box.addEventListener('input', draw);
      const sdk = window.companionSdk;
      await sdk.fillForm(
        sdk.scanForm(document),
        { '#dial': 'phone_country_code' },
        {
          phone_country_code: '+1',
          country: 'United States',
        },
      );
      return box.value;
    });
    expect(picked).toBe('US +1');
    await dial.close();
  });

  it('picks from a popover trigger around a read-only box whose rows are plain buttons (maz-ui MazSelect)', async () => {
    const popover = await harness.open('/fill.html');
    const result = await popover.evaluate(async () => {
      document.body.innerHTML = `<form><div class="m-select"><div id="years-popover" role="button" aria-haspopup="dialog"
        aria-expanded="false" aria-controls="years-panel"><div class="m-input"><input id="years" readonly aria-label="Total years of experience">
        <span class="m-input-label">Total years of experience</span></div></div></div></form>`;
      const trigger = document.getElementById('years-popover')!;
      const box = document.getElementById('years') as HTMLInputElement;
      // The panel is drawn on open only, against the trigger, and taken down on a pick.
      trigger.addEventListener('click', () => {
        if (document.getElementById('years-panel')) return;
        const panel = document.createElement('div');
        panel.id = 'years-panel';
        panel.setAttribute('role', 'dialog');
        panel.innerHTML = `<div class="m-select-list"><div class="m-select-list__scroll-wrapper">
          ${['0–2 years', '3–6 years', '7–10 years', '16+ years'].map((text) => `<button type="button" class="m-select-list-item"><span>${text}</span></button>`).join('')}
          </div></div>`;
        trigger.after(panel);
        trigger.setAttribute('aria-expanded', 'true');
        for (const row of panel.querySelectorAll('button'))
          row.addEventListener('click', () => {
            box.value = row.textContent ?? '';
            panel.remove();
            trigger.setAttribute('aria-expanded', 'false');
          });
      });
      const sdk = window.companionSdk;
      const scan = sdk.scanForm(document);
      const map = sdk.mapByHeuristics(scan.map((field) => field.descriptor));
      const fill = await sdk.fillForm(scan, map, { years_experience: '7' });
      return { map, outcomes: fill.outcomes, value: box.value };
    });
    expect(result).toEqual({
      map: { '#years-popover': 'years_experience' },
      outcomes: { '#years-popover': 'filled' },
      value: '7–10 years',
    });
    await popover.close();
  });

  it('picks from the action sheet a read-only cell slides up, and leaves a date cell to its wheel (Vant is-link fields)', async () => {
    const sheetPage = await harness.open('/fill.html');
    const result = await sheetPage.evaluate(async () => {
      const cell = (name: string, label: string, placeholder: string) =>
        `<div class="van-cell van-cell--clickable van-field" role="button" tabindex="0" data-sheet="${name}">
          <div class="van-cell__title van-field__label"><label id="${name}-label" for="${name}-input">${label}</label></div>
          <div class="van-cell__value"><div class="van-field__body"><input id="${name}-input" name="${name}" readonly
          placeholder="${placeholder}" aria-labelledby="${name}-label"></div></div></div>`;
      document.body.innerHTML = `<form>${cell('state', 'State', 'Choose')}${cell('availableFrom', 'Available from', 'Select a date')}</form>`;
      const box = document.getElementById('state-input') as HTMLInputElement;
      // The sheet is drawn at the bottom of the page on open, far from the cell, and taken down on a pick.
      document.querySelector('[data-sheet="state"]')!.addEventListener('click', () => {
        const sheet = document.createElement('div');
        sheet.setAttribute('role', 'dialog');
        sheet.className = 'van-popup van-popup--bottom van-action-sheet';
        sheet.innerHTML = `<div class="van-action-sheet__header">State</div><div class="van-action-sheet__content">
          ${['Arizona', 'California', 'Nevada'].map((text) => `<button type="button" class="van-action-sheet__item"><span>${text}</span></button>`).join('')}
          </div><button type="button" class="van-action-sheet__cancel">Cancel</button>`;
        document.body.append(sheet);
        for (const row of sheet.querySelectorAll('.van-action-sheet__item'))
          row.addEventListener('click', () => {
            box.value = row.textContent?.trim() ?? '';
            sheet.remove();
          });
      });
      const sdk = window.companionSdk;
      const scan = sdk.scanForm(document);
      const map = sdk.mapByHeuristics(scan.map((field) => field.descriptor));
      const fill = await sdk.fillForm(scan, map, { region: 'California' });
      return { types: scan.map((field) => field.descriptor.type), outcomes: fill.outcomes, value: box.value };
    });
    expect(result).toEqual({
      types: ['combobox'],
      outcomes: { 'body > form:nth-of-type(1) > div:nth-of-type(1)': 'filled' },
      value: 'California',
    });
    await sheetPage.close();
  });

  it('scrolls a list drawn only where it is scrolled to the option for those abroad, past its window (rc-virtual-list)', async () => {
    const listPage = await harness.open('/fill.html');
    const result = await listPage.evaluate(async () => {
      const provinces = [...Array.from({ length: 60 }, (_, index) => `Province ${index + 1}`), 'Abroad'];
      document.body.innerHTML = `<form><label id="prov-label">Province</label>
        <div id="prov" role="combobox" tabindex="0" aria-expanded="false" aria-labelledby="prov-label" style="width: 200px; height: 30px"><span class="value"></span></div></form>`;
      const box = document.getElementById('prov')!;
      box.addEventListener('click', () => {
        if (document.getElementById('prov-menu')) return;
        // The holder hides its overflow and draws the eight rows in its window, as rc-virtual-list does.
        const menu = document.createElement('div');
        menu.id = 'prov-menu';
        menu.innerHTML = `<div class="holder" style="height: 256px; overflow: hidden; position: relative">
          <div class="filler" style="height: ${provinces.length * 32}px"></div><div class="rows" style="position: absolute; left: 0; right: 0"></div></div>`;
        document.body.append(menu);
        box.setAttribute('aria-expanded', 'true');
        const holder = menu.querySelector<HTMLElement>('.holder')!;
        const rows = menu.querySelector<HTMLElement>('.rows')!;
        const draw = () => {
          const first = Math.floor(holder.scrollTop / 32);
          rows.style.top = `${first * 32}px`;
          rows.innerHTML = provinces
            .slice(first, first + 8)
            .map((name) => `<div class="item-option" style="height: 32px">${name}</div>`)
            .join('');
          for (const row of rows.children)
            row.addEventListener('click', () => {
              box.querySelector('.value')!.textContent = row.textContent;
              menu.remove();
              box.setAttribute('aria-expanded', 'false');
            });
        };
        holder.addEventListener('scroll', draw);
        draw();
      });
      const sdk = window.companionSdk;
      const scan = sdk.scanForm(document);
      const fill = await sdk.fillForm(
        scan,
        { '#prov': 'region' },
        { region: 'California', city: 'San Francisco', country: 'United States' },
      );
      return { outcomes: fill.outcomes, shown: box.textContent?.trim() };
    });
    expect(result).toEqual({ outcomes: { '#prov': 'filled' }, shown: 'Abroad' });
    await listPage.close();
  });

  it('types the whole address into a lookup combobox named only "Address" where the form asks no town (Workable)', async () => {
    const lookupPage = await harness.open('/fill.html');
    const typed = await lookupPage.evaluate(async () => {
      document.body.innerHTML = `<form><label for="addr">Address (optional)</label>
        <input id="addr" name="address" role="combobox" aria-autocomplete="list" aria-expanded="false" aria-controls="addr-list" autocomplete="off">
        <ul id="addr-list" role="listbox" hidden></ul><label for="mail">Email</label><input id="mail" type="email"></form>`;
      const box = document.getElementById('addr') as HTMLInputElement;
      const list = document.getElementById('addr-list')!;
      // Its suggestions are towns: none says the street, so what was typed stays.
      box.addEventListener('input', () => {
        list.innerHTML = '<li role="option">San Francisco, CA, United States</li>';
        list.hidden = false;
        box.setAttribute('aria-expanded', 'true');
      });
      const sdk = window.companionSdk;
      const scan = sdk.scanForm(document);
      await sdk.fillForm(scan, sdk.mapByHeuristics(scan.map((field) => field.descriptor)), {
        address_line1: '2471 Quillfeather Lane',
        city: 'San Francisco',
        region: 'California',
        postal_code: '94110',
        email: 'ada@example.test',
      });
      return box.value;
    });
    expect(typed).toBe('2471 Quillfeather Lane, San Francisco, CA 94110');
    await lookupPage.close();
  });

  it("lets the input's own hints outweigh a format the crowd gave look-alike fields, not one learned on this form", async () => {
    const page10 = await harness.open('/fill.html');
    const filled = await page10.evaluate(async () => {
      document.body.innerHTML = `<form>
        <label for="li">LinkedIn</label><span>linkedin.com/in/</span><input id="li" name="linkedin">
        <label for="li2">LinkedIn profile</label><input id="li2" name="linkedin2">
        <label for="li3">LinkedIn (learned)</label><span>linkedin.com/in/</span><input id="li3" name="linkedin3"></form>`;
      const sdk = window.companionSdk;
      const map = {
        'input[name="linkedin"]': 'linkedin_url',
        'input[name="linkedin2"]': 'linkedin_url',
        'input[name="linkedin3"]': 'linkedin_url',
      };
      const values = { linkedin_url: 'https://www.linkedin.com/in/jane-doe' };
      const fill = await sdk.fillForm(sdk.scanForm(document), map, values, {
        formats: { 'input[name="linkedin3"]': 'url_no_scheme' },
        crowdFormats: {
          'input[name="linkedin"]': 'as_written',
          'input[name="linkedin2"]': 'url_no_scheme',
          'input[name="linkedin3"]': 'as_written',
        },
      });
      return fill.filled;
    });
    expect(filled).toEqual({
      'input[name="linkedin"]': 'jane-doe',
      'input[name="linkedin2"]': 'www.linkedin.com/in/jane-doe',
      'input[name="linkedin3"]': 'www.linkedin.com/in/jane-doe',
    });
    await page10.close();
  });

  it('writes into a rich-text editor as typing does, and scans it as a text area', async () => {
    const page4 = await harness.open('/fill.html');
    const result = await page4.evaluate(() => {
      document.body.innerHTML = `<form><span id="cl">Cover letter</span>
        <div class="toolbar"><button type="button">B</button></div>
        <div contenteditable="true" role="textbox" aria-multiline="true" aria-labelledby="cl"><p><br></p></div></form>`;
      const editor = document.querySelector('[contenteditable]')!;
      const typed: string[] = [];
      editor.addEventListener('input', (event) => typed.push((event as InputEvent).inputType));
      const sdk = window.companionSdk;
      const fields = sdk.scanForm(document);
      const descriptor = fields[0]!.descriptor;
      const outcome = sdk.fillForm(
        fields,
        { [descriptor.selector]: 'cover_letter' },
        { cover_letter: 'Dear team, I build data platforms.' },
      );
      return outcome.then((fill) => ({
        tag: descriptor.tag,
        label: descriptor.label,
        fields: fields.length,
        fill,
        typed,
        text: (editor as HTMLElement).innerText.trim(),
      }));
    });
    expect(result).toMatchObject({
      tag: 'textarea',
      label: 'Cover letter',
      fields: 1,
      typed: ['insertText'],
      text: 'Dear team, I build data platforms.',
    });
    expect(Object.values(result.fill.outcomes)).toEqual(['filled']);
    await page4.close();
  });

  it('types a date into segmented spinbuttons (React Aria, MUI X) part by part and reads it back', async () => {
    const page5 = await harness.open('/fill.html');
    const result = await page5.evaluate(() => {
      document.body.innerHTML = `<form><span id="sd">Earliest start date</span><div role="group" aria-labelledby="sd">
        <span role="spinbutton" contenteditable="true" data-type="month" aria-valuemax="12">mm</span>/
        <span role="spinbutton" contenteditable="true" data-type="day" aria-valuemax="31">dd</span>/
        <span role="spinbutton" contenteditable="true" data-type="year" aria-valuemax="9999">yyyy</span></div></form>`;
      // Like the libraries: a segment takes typed digits from beforeinput, cancels it and keeps its
      // own value, which (as React state in MUI X) is committed a task later: each digit is read
      // against what the previous one left once rendered.
      for (const segment of document.querySelectorAll('[role=spinbutton]')) {
        segment.addEventListener('beforeinput', (event) => {
          event.preventDefault();
          const next = `${segment.getAttribute('aria-valuenow') ?? ''}${(event as InputEvent).data ?? ''}`;
          setTimeout(() => {
            segment.setAttribute('aria-valuenow', String(Number(next)));
            segment.textContent = next;
          });
        });
      }
      const sdk = window.companionSdk;
      const fields = sdk.scanForm(document);
      const descriptor = fields[0]!.descriptor;
      return sdk
        .fillForm(fields, { [descriptor.selector]: 'start_date' }, { start_date: '2027-01-15' })
        .then((fill) => ({
          count: fields.length,
          tag: descriptor.tag,
          type: descriptor.type,
          label: descriptor.label,
          fill,
        }));
    });
    expect(result).toMatchObject({ count: 1, tag: 'input', type: 'date', label: 'Earliest start date' });
    expect(Object.values(result.fill.outcomes)).toEqual(['filled']);
    expect(Object.values(result.fill.filled)).toEqual(['2027-01-15']);
    await page5.close();
  });

  it('types a date into segments that are inputs (Workday date sections) key by key', async () => {
    const page6 = await harness.open('/fill.html');
    const result = await page6.evaluate(() => {
      document.body.innerHTML = `<form><label id="sd">Earliest start date</label><div role="group" aria-labelledby="sd">
        <input role="spinbutton" aria-label="Month" aria-valuemax="12" maxlength="2" placeholder="MM">/
        <input role="spinbutton" aria-label="Day" aria-valuemax="31" maxlength="2" placeholder="DD">/
        <input role="spinbutton" aria-label="Year" aria-valuemax="2100" maxlength="4" placeholder="YYYY"></div></form>`;
      const changed: string[] = [];
      for (const segment of document.querySelectorAll('input'))
        segment.addEventListener('change', () => changed.push(segment.value));
      const sdk = window.companionSdk;
      const fields = sdk.scanForm(document);
      return sdk
        .fillForm(fields, { [fields[0]!.descriptor.selector]: 'start_date' }, { start_date: '2027-01-15' })
        .then((fill) => ({
          count: fields.length,
          outcomes: Object.values(fill.outcomes),
          values: [...document.querySelectorAll('input')].map((input) => input.value),
          changed,
        }));
    });
    expect(result).toEqual({
      count: 1,
      outcomes: ['filled'],
      values: ['01', '15', '2027'],
      changed: ['01', '15', '2027'],
    });
    await page6.close();
  });

  it("searches a dial-code list by the person's country: '+1' shows the +1 684s of a long list first", async () => {
    const dialPage = await harness.open('/fill.html');
    const result = await dialPage.evaluate(async () => {
      document.body.innerHTML = `<form><label id="dl">Country code</label>
        <input id="dial" role="combobox" aria-labelledby="dl" aria-expanded="false" aria-controls="dial-list" autocomplete="off">
        <ul id="dial-list" role="listbox" hidden></ul></form>`;
      const codes = [
        'American Samoa (+1684)',
        'Anguilla (+1264)',
        'Antigua and Barbuda (+1268)',
        'Bahamas (+1242)',
        'Barbados (+1246)',
        'Bermuda (+1441)',
        'Canada (+1)',
        'United Kingdom (+44)',
        'United States (+1)',
      ];
      const input = document.querySelector<HTMLInputElement>('#dial')!;
      const list = document.querySelector<HTMLElement>('#dial-list')!;
      // Like a virtual list, it draws the first five matches of what is typed.
      const render = () => {
        const typed = input.value.toLowerCase();
        const shown = codes.filter((code) => code.toLowerCase().includes(typed)).slice(0, 5);
        list.innerHTML = shown.map((code, at) => `<li role="option" id="dial-${at}">${code}</li>`).join('');
        list.hidden = false;
        input.setAttribute('aria-expanded', 'true');
      };
      input.addEventListener('focus', render);
      input.addEventListener('input', render);
      list.addEventListener('mousedown', (event) => event.preventDefault());
      list.addEventListener('click', (event) => {
        const row = (event.target as Element).closest('li');
        if (!row) return;
        input.value = row.textContent ?? '';
        list.hidden = true;
        input.setAttribute('aria-expanded', 'false');
      });
      const sdk = window.companionSdk;
      const scan = sdk.scanForm(document);
      const map = Object.fromEntries(scan.map(({ descriptor }) => [descriptor.selector, 'phone_country_code']));
      const fill = await sdk.fillForm(scan, map, { phone_country_code: '+1', country: 'United States' });
      return { value: input.value, outcomes: Object.values(fill.outcomes) };
    });
    expect(result).toEqual({ value: 'United States (+1)', outcomes: ['filled'] });
    await dialPage.close();
  });
});
