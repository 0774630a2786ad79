/**
 * Which scopes of a page are decoys — boxes that ask for the user's details but are not what the
 * person is filling: a newsletter signup, a site search, a sign-in or coupon box. Pure: works on
 * descriptors. A page with one scope has no decoys; the largest scope is one only when it is small
 * and says it is one.
 */
import type { FieldDescriptor } from './field-descriptor.ts';
import { groupByScope } from './group-by-scope.ts';

/** Words of a box that is not an application: newsletter, search, sign-in, coupons, a chat, a store's loyalty lookup, a utility's bill payment. */
const DECOY_WORDS =
  /\b(newsletter|news|updates|subscribe|subscription|sign ?up|search|sign ?in|log ?in|login|signin|coupon|promo|discount|gift ?card|(job ?)?alerts?|talent ?community|refer (a )?(friend|colleague)|friend'?s?|share (this )?(job|posting|position)|referral|know someone|chat|pre ?chat|embedded ?service|feedback|landmark|similar (jobs|roles|positions)|(email|notify) me|keep me (posted|updated)|finder|locator|find (a|an|the|our|your|nearest) \w+|track (a |an |my |your )?(shipment|order|package|parcel|delivery)|(get|request) a quote|book (a|your) (stay|room|table|tour|visit|appointment)|reservations?|loyalty|rewards|(my|check) points|order status|pay (my |your |a )?bills?|bill ?pay|account number|report an? (outage|problem)|donat(e|ion))\b/i;

/** A form named for the application: its id or name ("applicationForm", "apply-form"). */
const APPLICATION_FORM = /^(job )?appl(y|ication) form\b/i;

/** A decoy is small: a box of a few fields next to a bigger form. */
const MAX_DECOY_FIELDS = 3;
/** A form sent as a lookup (`method="get"`) may ask a few more: a hotel search's place, dates and guests. */
const MAX_LOOKUP_FIELDS = 6;

/**
 * The scope keys to leave alone: small scopes (≤ 3 fields) beside a bigger one that name
 * themselves (or whose fields' labels name them) a newsletter/search/sign-in/job-alert box, a
 * store finder or a tracking box, are sent as a lookup (`method="get"`), sit in a page landmark, hold a search or password
 * box, or are a lone email box (however it words itself, a form that asks only for an email next
 * to the application is a subscription). Without such a sign a small form is kept (a separate
 * resume upload form is real).
 */
export function decoyScopes(fields: readonly FieldDescriptor[]): Set<string> {
  const byScope = groupByScope(fields);
  const decoys = new Set<string>();
  if (byScope.size < 2) return signInAlone(byScope);
  const largest = Math.max(...[...byScope.values()].map((members) => members.length));
  for (const [scope, members] of byScope) {
    // A box outside any form has no words of its own: its fields' labels speak for it ("Email me similar jobs").
    const text = `${members[0]?.scopeText ?? ''} ${members.map((field) => field.label).join(' ')}`;
    const most = /\blookup\b/.test(members[0]?.scopeText ?? '') ? MAX_LOOKUP_FIELDS : MAX_DECOY_FIELDS;
    if (members.length > most) continue;
    const searchOrPassword = members.some(
      (field) => (field.type === 'search' && field.tag !== 'combobox') || field.type === 'password',
    );
    // A form named the application ("applicationForm") whose first step asks to sign in is the
    // application still: its email starts it.
    const namedApplication = APPLICATION_FORM.test(members[0]?.scopeText ?? '');
    const namesItself = (DECOY_WORDS.test(text) && !namedApplication) || searchOrPassword;
    // On a job page before its application opens, the boxes there are all small: the largest of
    // them is no application when it says what it is ("Email me jobs like this").
    if (members.length >= largest && !namesItself) continue;
    const loneEmail = members.length === 1 && members[0]?.type === 'email' && !namedApplication;
    if (namesItself || loneEmail) decoys.add(scope);
  }
  return decoys;
}

/**
 * A page whose only box is a sign-in (one login and one password, as a header shows it before the
 * application opens): a decoy still. An account created to apply asks its password twice, and an
 * application form that starts with a sign-in says so by its name.
 */
function signInAlone(byScope: ReadonlyMap<string, readonly FieldDescriptor[]>): Set<string> {
  const [entry] = [...byScope];
  if (entry === undefined) return new Set();
  const [scope, members] = entry;
  const passwords = members.filter((field) => field.type === 'password').length;
  const signIn = members.length === 2 && passwords === 1 && !APPLICATION_FORM.test(members[0]?.scopeText ?? '');
  return new Set(signIn ? [scope] : []);
}

/** A name asked whole in one form and in parts in the other is the same name asked again. */
const NAME_PARTS: ReadonlySet<string> = new Set(['full_name', 'first_name', 'last_name']);

/**
 * The scopes that ask again for what the form the person fills asks (`map`: selector → canonical):
 * a "schedule a tour" box, a chat window, a donation receipt, a branch finder beside the
 * application. A form split in parts asks each thing once; a second form asking for the email,
 * the name or the postcode again is for another purpose (or another person), and is left alone.
 * The form the person fills is the one holding the focused field (`focusedScope`), else the one
 * with the most fields.
 */
export function askedAgainScopes(
  fields: readonly FieldDescriptor[],
  map: Readonly<Record<string, string>>,
  focusedScope?: string,
): Set<string> {
  const byScope = groupByScope(fields);
  const again = new Set<string>();
  if (byScope.size < 2) return again;
  const primary =
    focusedScope ?? [...byScope].reduce((most, entry) => (entry[1].length > most[1].length ? entry : most))[0];
  const canonicalsOf = (members: readonly FieldDescriptor[]) =>
    new Set(
      members
        .map((field) => map[field.selector])
        .filter((canonical) => canonical !== undefined)
        .map((canonical) => (NAME_PARTS.has(canonical) ? 'name' : canonical)),
    );
  const asked = canonicalsOf(byScope.get(primary) ?? []);
  for (const [scope, members] of byScope) {
    if (scope !== primary && [...canonicalsOf(members)].some((canonical) => asked.has(canonical))) again.add(scope);
  }
  return again;
}
