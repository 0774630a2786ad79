/**
 * Applicant-tracking systems whose forms look alike across every employer that uses them, so one
 * threshold override can cover them all. Recognised by the registrable domain the ATS serves its
 * forms from; an employer's own domain that embeds an ATS form is not recognised (use a host
 * override for it).
 */
export const ATS_FAMILY_DOMAINS = {
  greenhouse: ['greenhouse.io'],
  lever: ['lever.co'],
  workday: ['myworkdayjobs.com', 'myworkdaysite.com', 'workday.com'],
  ashby: ['ashbyhq.com'],
  smartrecruiters: ['smartrecruiters.com'],
  icims: ['icims.com'],
  jobvite: ['jobvite.com'],
  workable: ['workable.com'],
  bamboohr: ['bamboohr.com'],
  taleo: ['taleo.net'],
  successfactors: ['successfactors.com', 'successfactors.eu'],
  recruitee: ['recruitee.com'],
  teamtailor: ['teamtailor.com'],
  personio: ['personio.de', 'personio.com'],
} as const satisfies Record<string, readonly string[]>;

export type AtsFamily = keyof typeof ATS_FAMILY_DOMAINS;

/** The family names, as the tuning file may use them under `quality.families`. */
export const ATS_FAMILIES = Object.keys(ATS_FAMILY_DOMAINS) as [AtsFamily, ...AtsFamily[]];

/**
 * The ATS family a host belongs to: the host is one of the family's domains or a subdomain of it
 * (`boards.greenhouse.io`, `acme.wd5.myworkdayjobs.com`). `notgreenhouse.io` is not.
 */
export function atsFamilyOf(host: string): AtsFamily | undefined {
  for (const family of ATS_FAMILIES) {
    if (ATS_FAMILY_DOMAINS[family].some((domain) => host === domain || host.endsWith(`.${domain}`))) return family;
  }
  return undefined;
}
