// The languages the interface is written in: one dictionary each (src/i18n/<code>.ts), named in their own language.
export const LANGUAGES = { en: 'English', es: 'Español' } as const;
export type Lang = keyof typeof LANGUAGES;

export const isLang = (code: string | undefined): code is Lang => code !== undefined && Object.hasOwn(LANGUAGES, code);
