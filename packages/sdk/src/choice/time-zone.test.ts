import { describe, expect, it } from 'vitest';
import { resolveChoice } from './resolve-choice.ts';
import { homeTimeZone, timeZoneRule } from './time-zone.ts';

const SAN_FRANCISCO = { country: 'United States', region: 'California', city: 'San Francisco' };

const options = (...texts: string[]) => texts.map((text) => ({ value: text, text }));
const pick = (texts: readonly string[], values: Record<string, string> = SAN_FRANCISCO) =>
  texts[resolveChoice(options(...texts), 'region', values['region'] ?? '', values)];

describe('homeTimeZone', () => {
  it('reads a US state as the zone most of its people live in', () => {
    expect(
      ['California', 'TX', 'New York', 'Arizona', 'Hawaii'].map((state) => homeTimeZone(state, 'United States', '')),
    ).toEqual(['America/Los_Angeles', 'America/Chicago', 'America/New_York', 'America/Phoenix', 'Pacific/Honolulu']);
  });

  it('reads a city the time-zone database is named after, elsewhere', () => {
    expect(homeTimeZone('Berlin', 'Germany', 'Berlin')).toBe('Europe/Berlin');
    expect(homeTimeZone('', 'United Kingdom', 'London')).toBe('Europe/London');
    expect(homeTimeZone('Bavaria', 'Germany', 'Regensburg')).toBeUndefined();
  });
});

describe('timeZoneRule', () => {
  it('picks the person’s zone however the list spells it', () => {
    expect(pick(['Select…', 'UTC-10 Hawaii', 'UTC-8 Pacific Time', 'UTC-7 Mountain Time', 'UTC-5 Eastern Time'])).toBe(
      'UTC-8 Pacific Time',
    );
    expect(pick(['Pacific (PT)', 'Mountain (MT)', 'Central (CT)', 'Eastern (ET)', 'Other'])).toBe('Pacific (PT)');
    expect(
      pick([
        '(UTC-07:00) Arizona',
        '(UTC−08:00) Pacific Time (US & Canada)',
        '(UTC-07:00) Mountain Time (US & Canada)',
        '(UTC-05:00) Eastern Time (US & Canada)',
      ]),
    ).toBe('(UTC−08:00) Pacific Time (US & Canada)');
    expect(pick(['America/New_York', 'America/Chicago', 'America/Denver', 'America/Los_Angeles'])).toBe(
      'America/Los_Angeles',
    );
    expect(pick(['PST', 'MST', 'CST', 'EST'])).toBe('PST');
    expect(pick(['GMT-8', 'GMT-7', 'GMT-6', 'GMT-5'])).toBe('GMT-8');
    // Named in another language, the abbreviation in brackets says the zone.
    expect(
      pick(['Hora del Este (ET)', 'Hora del Centro (CT)', 'Hora de la Montaña (MT)', 'Hora del Pacífico (PT)']),
    ).toBe('Hora del Pacífico (PT)');
    // Standard and summer abbreviations, any zone's, with the city after them.
    expect(pick(['GMT/BST (London)', 'CET/CEST (Berlin, Paris)', 'EST/EDT (New York)', 'PST/PDT (Los Angeles)'])).toBe(
      'PST/PDT (Los Angeles)',
    );
    // One abbreviation before the city it holds, the person's zone not first.
    expect(pick(['GMT / BST (Aberdeen)', 'CET (Stavanger)', 'ET (New York)', 'CT (Houston)', 'PT (Los Angeles)'])).toBe(
      'PT (Los Angeles)',
    );
    // A zone's word after the country it divides.
    expect(pick(['Select', 'US Eastern', 'US Central', 'US Mountain', 'US Pacific', 'GMT / Dublin'])).toBe(
      'US Pacific',
    );
    // The old IANA aliases.
    expect(pick(['Select', 'US/Eastern', 'US/Central', 'US/Mountain', 'US/Pacific'])).toBe('US/Pacific');
  });

  it('prefers the option naming the person’s state over one sharing its offset', () => {
    const windowsList = ['(UTC-07:00) Arizona', '(UTC-07:00) Mountain Time (US & Canada)', '(UTC-08:00) Pacific Time'];
    expect(pick(windowsList, { country: 'United States', region: 'Arizona', city: 'Phoenix' })).toBe(
      '(UTC-07:00) Arizona',
    );
    expect(pick(windowsList, { country: 'United States', region: 'Colorado', city: 'Denver' })).toBe(
      '(UTC-07:00) Mountain Time (US & Canada)',
    );
  });

  it('does not take a place named after the person’s state for the state', () => {
    const list = ['UTC−08:00 Pacific Time (US & Canada)', 'UTC−08:00 Tijuana, Baja California', 'UTC−07:00 Arizona'];
    expect(pick(list, { country: 'United States', region: 'California', city: 'San Francisco' })).toBe(
      'UTC−08:00 Pacific Time (US & Canada)',
    );
  });

  it('picks a zone outside the US from the city', () => {
    const world = ['UTC-8 Pacific Time', 'UTC+0 London', 'UTC+1 Central European Time', 'UTC+9 Tokyo'];
    expect(pick(world, { country: 'Germany', region: 'Berlin', city: 'Berlin' })).toBe('UTC+1 Central European Time');
    expect(pick(world, { country: 'Japan', region: 'Tokyo', city: 'Tokyo' })).toBe('UTC+9 Tokyo');
  });

  it('does not apply to a list of states, nor when the profile does not settle the zone', () => {
    expect(timeZoneRule(options('Alabama', 'California', 'Texas'), 'California', SAN_FRANCISCO)).toBeUndefined();
    expect(
      timeZoneRule(options('Pacific (PT)', 'Eastern (ET)'), 'Bavaria', { country: 'Germany', city: 'Regensburg' }),
    ).toBeUndefined();
    expect(pick(['Alabama', 'California', 'Texas'])).toBe('California');
    // Connecticut and Montana read like Central and Mountain Time.
    expect(pick(['AK', 'CA', 'CT', 'MT', 'NY', 'TX'])).toBe('CA');
  });
});
