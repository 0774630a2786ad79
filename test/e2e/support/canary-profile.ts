/**
 * The user's own values in every e2e test: distinctive strings (canaries) that must never reach
 * the network, the server's database or its logs, though they are filled and typed all along.
 */
export const CANARY_VALUES = {
  first_name: 'Zorblatt',
  last_name: 'Qexcanary',
  full_name: 'Zorblatt Qexcanary',
  email: 'canary-7f3a9c@example.test',
  phone: '+41 44 555 7301',
  city: 'Canaryville',
  location: 'Canaryville, Switzerland',
  country: 'Switzerland',
  linkedin_url: 'https://www.linkedin.com/in/canary-7f3a9c',
  github_url: 'https://github.com/canary-7f3a9c',
  website: 'https://canary-7f3a9c.example.test',
  current_company: 'Quuxcanary Labs',
  current_title: 'Principal Canary Engineer',
} as const;

/** Substrings whose presence anywhere would mean a value leaked (each unique to the values above). */
export const CANARY_NEEDLES = [
  'canary-7f3a9c',
  'Zorblatt',
  'Qexcanary',
  'Canaryville',
  '555 7301',
  'Quuxcanary',
  'Canary Engineer',
] as const;

/** The needles found in `haystack` (case-insensitive; also checks the JSON-escaped and URL-encoded forms). */
export function leakedNeedles(haystack: string): string[] {
  const lower = haystack.toLowerCase();
  return CANARY_NEEDLES.filter((needle) => {
    const forms = [needle, encodeURIComponent(needle), needle.replaceAll(' ', '+')].map((form) => form.toLowerCase());
    return forms.some((form) => lower.includes(form));
  });
}
