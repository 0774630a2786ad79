/**
 * The user's own profile values, canonical → value (`{ email: 'jane@example.com' }`). They stay on
 * the device: only the fill reads them, and edit inference compares against them to find which
 * canonical a corrected field really is.
 */
export type UserProfileValues = Partial<Record<string, string>>;
