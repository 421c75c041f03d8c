// The interface languages: their codes and names, without the dictionaries, so schemas and scripts can
// check a language code cheaply. Adding a language: its dictionary src/i18n/<code>.ts, one line here and
// one in the registry of src/lib/i18n.ts (the compiler points there).

/** Each interface language by code, with its name in itself (shown in the language switcher). */
export const LANGUAGES = {
  en: 'English',
  es: 'Español',
} as const satisfies Record<string, string>;

/** An interface language code, such as `en`. */
export type Lang = keyof typeof LANGUAGES;

/** The language codes, in the order above. */
export const LANGUAGE_CODES = Object.keys(LANGUAGES) as readonly Lang[];

/** Whether `code` is an interface language. */
export function isLang(code: string | undefined): code is Lang {
  return code !== undefined && Object.hasOwn(LANGUAGES, code);
}

// Numbers and dates follow the usage of the readers' country, not only of the language: a US city's Spanish
// readers write 1.5 and 74,464 (as in Mexico and in Latin American Spanish, es-419), not 1,5 and 74.464 (Spain).
// A language not listed formats by its bare code.
const INTL_LOCALES: Partial<Record<Lang, string>> = { en: 'en-US', es: 'es-US' };

/** The locale Intl formats numbers and dates with for `lang` (also for the browser's own formatting). */
export function intlLocale(lang: Lang): string {
  return INTL_LOCALES[lang] ?? lang;
}
