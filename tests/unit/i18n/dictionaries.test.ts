// Every interface language is complete and every key is used: the same keys as English (plural forms as the
// language's plural rules need), the same {placeholders}, and no key that no code asks for.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { en } from '../../../src/i18n/en.ts';
import { LANGUAGE_CODES, LANGUAGES, type Lang } from '../../../src/i18n/languages.ts';
import { dictionaries, t } from '../../../src/lib/i18n.ts';

const CATEGORIES = ['zero', 'one', 'two', 'few', 'many', 'other'] as const;
const PLURAL = new RegExp(`^(.+)_(${CATEGORIES.join('|')})$`);
const enKeys = Object.keys(en);

/** `search.results_one` → `search.results`, when English has that key's `_other` form; else undefined. */
function pluralBase(key: string): string | undefined {
  const base = PLURAL.exec(key)?.[1];
  return base !== undefined && `${base}_other` in en ? base : undefined;
}

const pluralBases = [...new Set(enKeys.map(pluralBase).filter((b) => b !== undefined))];

/**
 * The plural forms `lang` may have (its CLDR categories), and those it must have: the forms t() picks for
 * counts up to 1,000 (a form only very large counts use, like Spanish `many` for millions, falls back to
 * `_other`). English's forms are always allowed: the Translation type asks every dictionary for them.
 */
function pluralForms(lang: string): { allowed: Set<string>; needed: Set<string> } {
  const rules = new Intl.PluralRules(lang);
  const needed = new Set(Array.from({ length: 1001 }, (_, n) => rules.select(n)));
  const allowed = new Set([...rules.resolvedOptions().pluralCategories, 'one', 'other']);
  return { allowed, needed };
}

/** The keys `lang`'s dictionary should have: English's, with the plural forms its language needs. */
function expectedKeys(lang: string): { required: string[]; optional: string[] } {
  const { allowed, needed } = pluralForms(lang);
  const required = enKeys.filter((k) => pluralBase(k) === undefined);
  const optional: string[] = [];
  for (const base of pluralBases) {
    for (const form of allowed)
      (needed.has(form) || `${base}_${form}` in en ? required : optional).push(`${base}_${form}`);
  }
  return { required, optional };
}

const placeholders = (text: string) => [...new Set([...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!))].sort();

/** The English text a translation of `key` renders: the same key, or `_other` for a form English lacks. */
const englishOf = (key: string): string | undefined => {
  const dict: Partial<Record<string, string>> = en;
  return dict[key] ?? dict[`${pluralBase(key) ?? key}_other`];
};

// ---- which keys the code uses ----

interface Uses {
  /** Every file's text, joined. */
  text: string;
  /** The text before the first `${` of every template literal: `quality.check.${c.id}` → `quality.check.`. */
  prefixes: Set<string>;
}

/** Reads the uses of keys in source texts. */
function usesIn(sources: string[]): Uses {
  const text = sources.join('\n');
  const prefixes = new Set([...text.matchAll(/`([^`$\s]*)\$\{/g)].map((m) => m[1]!).filter((p) => p.includes('.')));
  return { text, prefixes };
}

/** Whether the code asks for `key`: as a quoted literal, its plural base as one, or a template starting with it. */
function isUsed(key: string, uses: Uses): boolean {
  const names = [key, pluralBase(key)].filter((k) => k !== undefined);
  if (names.some((k) => ["'", '"', '`'].some((q) => uses.text.includes(`${q}${k}${q}`)))) return true;
  return [...uses.prefixes].some((p) => key.startsWith(p));
}

function sourceFiles(dir: string): string[] {
  return (fs.readdirSync(dir, { recursive: true }) as string[])
    .filter((f) => /\.(ts|astro)$/.test(f))
    .map((f) => path.join(dir, f))
    .filter((f) => !f.startsWith(path.join('src', 'i18n')));
}

describe('the interface dictionaries', () => {
  it('have one dictionary per language of LANGUAGES, each named in itself', () => {
    expect(Object.keys(dictionaries).sort()).toEqual([...LANGUAGE_CODES].sort());
    expect(LANGUAGES.es).toBe('Español');
  });

  it('picks the plural forms each language needs, and allows only its CLDR forms', () => {
    expect(expectedKeys('es').required).toContain('datasets.count_one');
    expect(expectedKeys('es').optional).toContain('datasets.count_many');
    expect(expectedKeys('ja').required).toContain('datasets.count_one');
    expect(expectedKeys('pl').required).toContain('datasets.count_few');
    expect(expectedKeys('pl').required).toContain('datasets.count_many');
    expect(expectedKeys('en').optional).toEqual([]);
  });

  describe.each(LANGUAGE_CODES.filter((l) => l !== 'en'))('%s', (lang: Lang) => {
    const dict = dictionaries[lang];
    const { required, optional } = expectedKeys(lang);

    it('has every key of English, with the plural forms its language needs', () => {
      expect(required.filter((k) => dict[k] === undefined)).toEqual([]);
    });

    it('has no key English lacks, and no plural form its language does not have', () => {
      const known = new Set([...required, ...optional]);
      expect(Object.keys(dict).filter((k) => !known.has(k))).toEqual([]);
    });

    it('keeps the {placeholders} of each English text, none missing and none added', () => {
      const wrong = Object.entries(dict)
        .filter(
          ([k, text]) =>
            englishOf(k) !== undefined && placeholders(text!).join() !== placeholders(englishOf(k)!).join(),
        )
        .map(
          ([k, text]) => `${k}: ${placeholders(text!).join(', ')} (English: ${placeholders(englishOf(k)!).join(', ')})`,
        );
      expect(wrong).toEqual([]);
    });

    it('has no empty text and no text left in English, apart from names and units', () => {
      // Texts written the same in every language: units, encodings, line endings, a word both languages share.
      const same = /^(bytes\.|profile\.encoding\.|profile\.lineEnding\.(LF|CRLF)$|quality\.dimension\.interoperable$)/;
      const words = (text: string) => text.replace(/\{\w+\}/g, '');
      const untranslated = Object.entries(dict)
        .filter(([k, text]) => !text || (text === englishOf(k) && /[a-z]{3}/i.test(words(text)) && !same.test(k)))
        .map(([k]) => k);
      expect(untranslated).toEqual([]);
    });
  });
});

describe('the keys of the English dictionary', () => {
  const uses = usesIn([...sourceFiles('src'), ...sourceFiles('scripts')].map((f) => fs.readFileSync(f, 'utf8')));

  it('are each used by the code (as a literal, or by a template such as `quality.check.${id}`)', () => {
    expect(enKeys.filter((k) => !isUsed(k, uses))).toEqual([]);
  });

  it.each([
    ["t('home.title')", 'home.title', true],
    ['t("home.title", { city })', 'home.title', true],
    ["t('datasets.count', { count })", 'datasets.count_one', true],
    ['t(`quality.check.${c.id}`)', 'quality.check.keywords', true],
    ['t(`quality.check.${c.id}`)', 'quality.why.keywords', false],
    ["t('home.titles')", 'home.title', false],
    ['// see home.title', 'home.title', false],
    ['`${a}.${b}`', 'home.title', false],
  ])('reads %s as using %s: %s', (source, key, used) => {
    expect(isUsed(key, usesIn([source]))).toBe(used);
  });
});

describe('t() in Spanish', () => {
  it('picks the Spanish plural form the count needs', () => {
    expect(t('datasets.count', { count: 1 }, 'es')).toBe('1 conjunto de datos');
    expect(t('datasets.count', { count: 23 }, 'es')).toBe('23 conjuntos de datos');
    expect(t('datasets.count', { count: 0 }, 'es')).toBe('0 conjuntos de datos');
    // Spanish `many` (whole millions) has no text of its own: `_other` serves it.
    expect(t('datasets.count', { count: 1_000_000 }, 'es')).toBe('1000000 conjuntos de datos');
    expect(t('home.title', { city: 'Portland, Oregón' }, 'es')).toBe('Datos abiertos de Portland, Oregón');
  });
});
