// The one translation helper: every piece of interface text goes through t(), one dictionary per language.
import type { MessageKey } from '../i18n/en.ts';
import { dictionaries } from '../i18n/dictionaries.ts';
import type { Lang } from '../i18n/languages.ts';
import { fill } from './fill.ts';

export type { Lang } from '../i18n/languages.ts';
export { dictionaries } from '../i18n/dictionaries.ts';

export type Vars = Record<string, string | number>;

// One plural-rules object per language: creating one costs more than the whole lookup.
const pluralRules = new Map<Lang, Intl.PluralRules>();

/**
 * The text for `key` in `lang`, with `{placeholders}` filled in. When `vars.count` is a number and the
 * dictionary has `<key>_one` / `<key>_other`, the plural form the language needs is used.
 */
export function t(key: MessageKey | (string & {}), vars: Vars = {}, lang: Lang = 'en'): string {
  const dict = dictionaries[lang];
  let text: string | undefined;
  if (typeof vars['count'] === 'number') {
    let rules = pluralRules.get(lang);
    if (!rules) pluralRules.set(lang, (rules = new Intl.PluralRules(lang)));
    const form = rules.select(vars['count']);
    text = dict[`${key}_${form}`] ?? dict[`${key}_other`];
  }
  text ??= dict[key];
  if (text === undefined) throw new Error(`No text for "${key}" in the ${lang} dictionary`);
  return fill(text, vars);
}

/** Whether the dictionary has text for `key` (for optional labels like frequencies). */
export function has(key: string, lang: Lang = 'en'): boolean {
  return dictionaries[lang][key] !== undefined;
}

/** t() bound to one language: `const t = translator(lang)`. */
export const translator =
  (lang: Lang) =>
  (key: MessageKey | (string & {}), vars: Vars = {}): string =>
    t(key, vars, lang);
