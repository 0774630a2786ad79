import { describe, expect, it } from 'vitest';
import { field } from '../heuristics/field.fixture.ts';
import { askedAgainScopes, decoyScopes } from './decoy-scopes.ts';

const application = ['first', 'last', 'email', 'phone', 'resume'].map((name) =>
  field({ name, scope: 'form#1', scopeText: 'application form' }),
);

describe('decoyScopes', () => {
  it('finds a newsletter box, a site search and a header sign-in beside an application', () => {
    const fields = [
      ...application,
      field({ name: 'newsletter_email', type: 'email', scope: 'form#2', scopeText: 'newsletter subscribe' }),
      field({ name: 'q', type: 'search', scope: 'form#3', scopeText: '' }),
      field({ name: 'user', scope: 'header#4', scopeText: 'landmark' }),
      field({ name: 'pass', type: 'password', scope: 'form#5', scopeText: '' }),
    ];
    expect([...decoyScopes(fields)].sort()).toEqual(['form#2', 'form#3', 'form#5', 'header#4']);
  });

  it('leaves alone a hotel search sent as a lookup, though it asks four things, and not a form that only asks as many', () => {
    const longer = [
      ...application,
      field({ name: 'linkedin', scope: 'form#1' }),
      field({ name: 'city', scope: 'form#1' }),
    ];
    const stay = ['destination', 'checkin', 'checkout', 'guests'].map((name) =>
      field({ name, scope: 'form#2', scopeText: 'book bookStay Book a stay search lookup' }),
    );
    const details = ['street', 'zip', 'state', 'country'].map((name) =>
      field({ name, scope: 'form#3', scopeText: 'address' }),
    );
    expect([...decoyScopes([...longer, ...stay, ...details])]).toEqual(['form#2']);
  });

  it('leaves alone a lone email box beside an application however it words itself', () => {
    const news = field({
      name: 'e',
      type: 'email',
      scope: 'form#2',
      scopeText: 'Corlistra news, once a month Sign up',
    });
    const plain = field({ name: 'e2', type: 'email', scope: 'form#3', scopeText: 'Stay in touch Go' });
    expect([...decoyScopes([...application, news, plain])].sort()).toEqual(['form#2', 'form#3']);
    // A lone email form is the application when nothing bigger is beside it (an email-first step).
    expect(decoyScopes([field({ name: 'e', type: 'email', scope: 'form#1', scopeText: 'Apply Continue' })]).size).toBe(
      0,
    );
  });

  it("keeps the application form's sign-in step, its lone email, beside a bigger chat box", () => {
    const signIn = field({
      name: 'email_address',
      type: 'email',
      scope: 'form#1',
      scopeText: 'application Form Sign in or create an account to apply Continue',
    });
    const chat = ['chatName', 'chatEmail'].map((name) => field({ name, scope: 'div#2', scopeText: '' }));
    expect(decoyScopes([signIn, ...chat]).has('form#1')).toBe(false);
  });

  it("reads a box outside any form by its fields' labels: a job alert beside the application", () => {
    const alert = field({ name: 'alertEmail', label: 'Email me similar jobs', scope: 'page', scopeText: '' });
    const upload = field({ name: 'cv', type: 'file', label: 'Resume', scope: 'page', scopeText: '' });
    expect([...decoyScopes([...application, alert])]).toEqual(['page']);
    expect(decoyScopes([...application, upload]).size).toBe(0);
  });

  it('finds an alert box by its button, the word in the plural too', () => {
    const alerts = ['alerts_email', 'alerts_keyword'].map((name) =>
      field({ name, scope: 'form#3', scopeText: 'Get Brightkeel job alerts Create alert' }),
    );
    expect([...decoyScopes([...application, ...alerts])]).toEqual(['form#3']);
  });

  it('finds a job alert on a job page whose application has not opened yet', () => {
    const search = field({ name: 'q', placeholder: 'Search jobs', scope: 'header#1', scopeText: 'landmark' });
    const alert = field({ name: 'alertEmail', label: 'Email me jobs like this', scope: 'page', scopeText: '' });
    expect([...decoyScopes([search, alert])].sort()).toEqual(['header#1', 'page']);
    // A small form that says nothing of what it is stays the person's (an email-first step).
    const first = field({ name: 'e', label: 'Email', scope: 'form#2', scopeText: 'Apply Continue' });
    expect([...decoyScopes([search, first])]).toEqual(['header#1']);
  });

  it("finds a box that sends the job to a friend, by its fields' labels", () => {
    const friend = [
      field({ name: 'taf_to', type: 'email', label: "Friend's e-mail", scope: 'form#2', scopeText: '' }),
      field({ name: 'taf_from', label: 'Your name', scope: 'form#2', scopeText: '' }),
    ];
    expect([...decoyScopes([...application, ...friend])]).toEqual(['form#2']);
  });

  it('finds a store finder and a lookup sent in the address beside an application', () => {
    const decoy = (scopeText: string) =>
      decoyScopes([...application, field({ name: 'zip', scope: 'form#2', scopeText })]).has('form#2');
    expect(decoy('Store finder Go')).toBe(true);
    // The scan writes "search" for a form sent as a lookup (method="get").
    expect(decoy('Store finder Go search')).toBe(true);
    expect(decoy('Find a bakery near you')).toBe(true);
    // A store's loyalty lookup in a strip under its header.
    expect(decoy('Check my points')).toBe(true);
    expect(decoy('Harrowfield Rewards phone number')).toBe(true);
    // A utility's bill payment in its header, on its careers pages too.
    expect(decoy('Pay my bill: Go')).toBe(true);
    expect(decoy('Account number Service ZIP Go')).toBe(true);
    expect(decoy('Tell us about yourself Continue')).toBe(false);
    const bakery = field({ name: 'zip', scope: 'form#2', scopeText: 'Find a bakery' });
    expect([...decoyScopes([...application, bakery])]).toEqual(['form#2']);
  });

  it('keeps a small form without decoy signs, and any lone scope', () => {
    expect(
      decoyScopes([...application, field({ name: 'cv', type: 'file', scope: 'form#9', scopeText: 'upload' })]).size,
    ).toBe(0);
    expect(decoyScopes([field({ name: 'email', scope: 'form#2', scopeText: 'newsletter' })]).size).toBe(0);
  });

  it('finds a sign-in box that is the only box of a page before its application opens', () => {
    const login = [
      field({ name: 'email', type: 'email', scope: 'form#1', scopeText: 'Candidate login Sign in' }),
      field({ name: 'password', type: 'password', scope: 'form#1', scopeText: 'Candidate login Sign in' }),
    ];
    expect([...decoyScopes(login)]).toEqual(['form#1']);
    // An account made to apply asks the password twice; an application form may start with a sign-in.
    const account = [...login, field({ name: 'confirm', type: 'password', scope: 'form#1' })];
    expect(decoyScopes(account).size).toBe(0);
    const named = login.map((one) => ({ ...one, scopeText: 'application form' }));
    expect(decoyScopes(named).size).toBe(0);
  });

  it('keeps a second address form of a checkout page', () => {
    const shipping = ['name', 'street', 'city', 'zip'].map((name) =>
      field({ name, scope: 'form#1', scopeText: 'shipping' }),
    );
    const billing = ['name', 'street', 'city', 'zip'].map((name) =>
      field({ name, scope: 'form#2', scopeText: 'billing' }),
    );
    expect(decoyScopes([...shipping, ...billing]).size).toBe(0);
  });
});

describe('askedAgainScopes', () => {
  const application = [
    field({ name: 'first', scope: 'form#1' }),
    field({ name: 'email', scope: 'form#1' }),
    field({ name: 'phone', scope: 'form#1' }),
    field({ name: 'zip', scope: 'form#1' }),
  ];
  const map = {
    '[name="first"]': 'first_name',
    '[name="email"]': 'email',
    '[name="phone"]': 'phone',
    '[name="zip"]': 'postal_code',
  };

  it('leaves alone another form that asks again for what the application asks', () => {
    const tour = [field({ name: 'tour_name', scope: 'form#2' }), field({ name: 'tour_email', scope: 'form#2' })];
    const branch = [field({ name: 'branch_zip', scope: 'form#3' })];
    const scopes = askedAgainScopes([...application, ...tour, ...branch], {
      ...map,
      '[name="tour_name"]': 'full_name',
      '[name="tour_email"]': 'email',
      '[name="branch_zip"]': 'postal_code',
    });
    expect([...scopes].sort()).toEqual(['form#2', 'form#3']);
  });

  it('reads a name asked whole beside one asked in parts as the name asked again', () => {
    // The application's email is read-only (from the account): only the name tells the sidebar apart.
    const parts = [field({ name: 'first', scope: 'form#1' }), field({ name: 'last', scope: 'form#1' })];
    const sidebar = [field({ name: 'rt_name', scope: 'form#2' }), field({ name: 'rt_email', scope: 'form#2' })];
    const scopes = askedAgainScopes([...parts, ...application.slice(2), ...sidebar], {
      ...map,
      '[name="last"]': 'last_name',
      '[name="rt_name"]': 'full_name',
      '[name="rt_email"]': 'email',
    });
    expect(scopes).toEqual(new Set(['form#2']));
  });

  it('keeps the parts of an application split over several forms, which ask each thing once', () => {
    const documents = [field({ name: 'cv', type: 'file', scope: 'form#2' })];
    expect(askedAgainScopes([...application, ...documents], { ...map, '[name="cv"]': 'resume_upload' })).toEqual(
      new Set(),
    );
  });

  it('takes the form holding the focus for the one the person fills, however small', () => {
    const tour = [field({ name: 'tour_email', scope: 'form#2' })];
    const scopes = askedAgainScopes([...application, ...tour], { ...map, '[name="tour_email"]': 'email' }, 'form#2');
    expect(scopes).toEqual(new Set(['form#1']));
  });
});
