/**
 * Test fixtures: field descriptors shaped like the real thing on three common applicant tracking
 * systems (names, ids and labels as those pages render them).
 */
import type { FieldDescriptor } from '../scan/field-descriptor.ts';
import { field } from './field.fixture.ts';

const yesNo = [
  { value: '', text: '--' },
  { value: '1', text: 'Yes' },
  { value: '0', text: 'No' },
];

export const greenhouseForm: readonly FieldDescriptor[] = [
  field({ name: 'job_application[first_name]', id: 'first_name', label: 'First Name *' }),
  field({ name: 'job_application[last_name]', id: 'last_name', label: 'Last Name *' }),
  field({ name: 'job_application[email]', id: 'email', label: 'Email *' }),
  field({ name: 'job_application[phone]', id: 'phone', label: 'Phone' }),
  field({ name: 'job_application[location]', id: 'job_application_location', label: 'Location (City)' }),
  field({ name: 'job_application[resume]', id: 'resume', type: 'file', label: 'Resume/CV *' }),
  field({ name: 'job_application[cover_letter]', id: 'cover_letter', type: 'file', label: 'Cover Letter' }),
  field({
    name: 'job_application[answers_attributes][0][text_value]',
    id: 'job_application_answers_attributes_0_text_value',
    label: 'LinkedIn Profile',
  }),
  field({
    name: 'job_application[answers_attributes][1][text_value]',
    id: 'job_application_answers_attributes_1_text_value',
    label: 'Website',
  }),
  field({
    tag: 'select',
    type: 'select-one',
    name: 'job_application[answers_attributes][2][boolean_value]',
    label: 'Are you legally authorized to work in the United States? *',
    options: yesNo,
  }),
  field({
    tag: 'select',
    type: 'select-one',
    name: 'job_application[answers_attributes][3][boolean_value]',
    label: 'Will you now or in the future require sponsorship for employment visa status (e.g. H-1B visa status)? *',
    options: yesNo,
  }),
  field({
    tag: 'select',
    type: 'select-one',
    name: 'job_application[gender]',
    label: 'Gender',
    options: [
      { value: '', text: 'Please select' },
      { value: '1', text: 'Male' },
      { value: '2', text: 'Female' },
      { value: '3', text: 'Decline To Self Identify' },
    ],
  }),
  field({ tag: 'select', type: 'select-one', name: 'job_application[veteran_status]', label: 'Veteran Status' }),
];

export const leverForm: readonly FieldDescriptor[] = [
  field({ name: 'resume', type: 'file', label: 'Resume/CV' }),
  field({ name: 'name', label: 'Full name ✱' }),
  field({ name: 'email', type: 'email', label: 'Email ✱' }),
  field({ name: 'phone', label: 'Phone' }),
  field({ name: 'location', label: 'Current location' }),
  field({ name: 'org', label: 'Current company' }),
  field({ name: 'urls[LinkedIn]', label: 'LinkedIn URL' }),
  field({ name: 'urls[Twitter]', label: 'Twitter URL' }),
  field({ name: 'urls[GitHub]', label: 'GitHub URL' }),
  field({ name: 'urls[Portfolio]', label: 'Portfolio URL' }),
  field({ name: 'urls[Other]', label: 'Other website' }),
  field({ name: 'pronouns', type: 'checkbox', group: 'pronouns', label: 'He/him', nearbyText: 'Pronouns' }),
  field({
    name: 'pronouns',
    type: 'checkbox',
    group: 'pronouns',
    label: 'She/her',
    nearbyText: 'Pronouns',
    selector: '[name="pronouns"][value="she/her"]',
  }),
  field({ name: 'cards[8f3c2b1e-5d4a-4c3b-9e8f-1a2b3c4d5e6f][field0]', label: 'Years of professional experience' }),
  field({
    tag: 'textarea',
    type: 'textarea',
    name: 'cards[8f3c2b1e-5d4a-4c3b-9e8f-1a2b3c4d5e6f][field1]',
    label: 'Why do you want to work here?',
  }),
  field({ tag: 'textarea', type: 'textarea', name: 'comments', label: 'Additional information' }),
  field({ tag: 'select', type: 'select-one', name: 'eeo[gender]', label: 'Gender' }),
];

/** Workday renders no useful name attributes and generated ids; labels carry the meaning. */
export const workdayForm: readonly FieldDescriptor[] = [
  field({ selector: '[data-automation-id="legalNameSection_firstName"]', id: 'input-4', label: 'Given Name(s) *' }),
  field({ selector: '[data-automation-id="legalNameSection_lastName"]', id: 'input-5', label: 'Family Name *' }),
  field({ selector: '[data-automation-id="addressSection_city"]', id: 'input-9', label: 'City *' }),
  field({ selector: '[data-automation-id="email"]', id: 'input-12', label: 'Email Address *' }),
  field({
    selector: '[data-automation-id="phone-device-type"]',
    tag: 'select',
    type: 'select-one',
    id: 'input-13',
    label: 'Phone Device Type *',
  }),
  field({ selector: '[data-automation-id="country-phone-code"]', id: 'input-14', label: 'Country Phone Code *' }),
  field({ selector: '[data-automation-id="phone-number"]', type: 'tel', id: 'input-15', label: 'Phone Number *' }),
  field({
    selector: '[data-automation-id="countryDropdown"]',
    tag: 'select',
    type: 'select-one',
    id: 'input-2',
    label: 'Country *',
    options: [
      { value: 'US', text: 'United States of America' },
      { value: 'DE', text: 'Germany' },
    ],
  }),
  field({
    selector: '[data-automation-id="sourceDropdown"]',
    tag: 'select',
    type: 'select-one',
    id: 'input-1',
    label: 'How Did You Hear About Us? *',
  }),
];
