// The sample catalog in Spanish (issue #15): every page exists in every language, a Spanish page shows no English
// interface text, each page names its other languages (hreflang) and the sitemap lists them, and a reader who
// follows links on a Spanish page stays in Spanish, while files (CSV, data.json, feeds) keep their one URL.
import fs from 'node:fs';
import path from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/en.ts';
import { es } from '../../src/i18n/es.ts';
import { readCatalog } from '../../src/lib/content/read-catalog.ts';
import { repoRoot, sampleDist } from '../helpers/astro-build.ts';
import { htmlPages, listFiles } from '../helpers/dist.ts';
import { foreignTexts, pageText, textsIn } from '../helpers/interface-text.ts';

const { catalog } = readCatalog(path.join(repoRoot, 'content'));
const languages = catalog!.languages;
const [defaultLang, ...others] = languages;
const origin = catalog!.baseUrl;
const pages = htmlPages(sampleDist);
const read = (page: string) => fs.readFileSync(path.join(sampleDist, page), 'utf8');
const documents = new Map<string, Document>();
const documentOf = (page: string) => {
  if (!documents.has(page)) documents.set(page, new JSDOM(read(page)).window.document);
  return documents.get(page)!;
};

/** `datasets/x/index.html` → `/datasets/x/`. */
const urlOf = (page: string) => `/${page.replace(/index\.html$/, '')}`;
/** The language a built page is in, from its folder. */
const langOf = (page: string) => others.find((l) => page.startsWith(`${l}/`)) ?? defaultLang!;
/** The page in the default language: `es/datasets/x/index.html` → `datasets/x/index.html`. */
const unlocalized = (page: string) => (langOf(page) === defaultLang ? page : page.slice(langOf(page).length + 1));
/** A default-language page in `lang`. */
const localized = (page: string, lang: string) => (lang === defaultLang ? page : `${lang}/${page}`);

// The 404 page is one for the whole site (a host serves one), in the default language.
const defaultPages = pages.filter((p) => langOf(p) === defaultLang && p !== '404.html');
const spanishPages = pages.filter((p) => langOf(p) === 'es');

describe('the sample catalog in Spanish', () => {
  it('is in two languages, English first, and has a Spanish page for every English page', () => {
    expect(languages).toEqual(['en', 'es']);
    expect(spanishPages.length).toBeGreaterThan(80);
    expect(spanishPages).toEqual(defaultPages.map((p) => localized(p, 'es')).sort());
  });

  it('marks every page with its language', () => {
    const wrong = pages
      .filter((p) => documentOf(p).documentElement.lang !== langOf(p))
      .map((p) => `${urlOf(p)}: <html lang="${documentOf(p).documentElement.lang}">`);
    expect(wrong).toEqual([]);
  });
});

describe('English interface text', () => {
  const english = foreignTexts(en, es);

  it('is looked for as the English texts that Spanish says otherwise, cut at their placeholders', () => {
    expect(english).toContain('Skip to main content');
    expect(english).toContain('Questions about this portal? Write to'); // site.footer.contact, before {name}
    expect(english).not.toContain('Interoperable'); // written the same in both
    expect(english.every((text) => text.includes(' ') || text.length >= 12)).toBe(true);
    // The check finds them where they are: on an English page.
    expect(textsIn(pageText(read('index.html'), 'en'), english)).toContain('Skip to main content');
    // Content marked as written in English is not interface text.
    const marked = '<html lang="es"><body><p lang="en">Skip to main content</p><p>Ir al contenido</p></body></html>';
    expect(textsIn(pageText(marked, 'es'), english)).toEqual([]);
  });

  it('is nowhere on a Spanish page, apart from content marked lang="en"', () => {
    const found = spanishPages.flatMap((p) =>
      textsIn(pageText(read(p), 'es'), english).map((text) => `${urlOf(p)}: “${text}”`),
    );
    expect(found).toEqual([]);
  });
});

describe('the languages of a page', () => {
  it('are each linked from every page (hreflang), the default language as x-default', () => {
    const wrong: string[] = [];
    for (const page of defaultPages) {
      const expected = Object.fromEntries([
        ...languages.map((l) => [l, new URL(urlOf(localized(page, l)), origin).href]),
        ['x-default', new URL(urlOf(page), origin).href],
      ]);
      for (const version of languages.map((l) => localized(page, l))) {
        const alternates = Object.fromEntries(
          [...documentOf(version).querySelectorAll('link[rel="alternate"][hreflang]')].map((l) => [
            l.getAttribute('hreflang'),
            l.getAttribute('href'),
          ]),
        );
        if (JSON.stringify(alternates) !== JSON.stringify(expected))
          wrong.push(`${urlOf(version)}: ${JSON.stringify(alternates)}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('are all in the sitemap, each page with its alternates', () => {
    const sitemap = listFiles(sampleDist)
      .filter((f) => /^sitemap-\d+\.xml$/.test(f))
      .map(read)
      .join('');
    const entries = new Map(
      [...sitemap.matchAll(/<url><loc>([^<]+)<\/loc>(.*?)<\/url>/g)].map((m) => [m[1]!, m[2]!] as const),
    );
    const missing: string[] = [];
    for (const page of defaultPages) {
      for (const l of languages) {
        const loc = new URL(urlOf(localized(page, l)), origin).href;
        if (!entries.has(loc)) missing.push(`${loc} is not listed`);
        else if (!languages.every((o) => entries.get(loc)!.includes(`hreflang="${o}"`)))
          missing.push(`${loc} lacks an alternate`);
      }
    }
    // And every alternate is a page of the site (listed itself), never a guess at a URL.
    for (const [loc, links] of entries)
      for (const [, href] of links.matchAll(/hreflang="[^"]+" href="([^"]+)"/g))
        if (!entries.has(href!)) missing.push(`${loc} names ${href}, which is not a page`);
    expect(entries.size).toBeGreaterThan(170);
    expect(missing).toEqual([]);
  });
});

describe('links', () => {
  const files = new Set(listFiles(sampleDist));
  const rootLinks = (page: string) =>
    [...documentOf(page).querySelectorAll('a[href], form[action]')]
      .map((el) => ({ el, href: el.getAttribute('href') ?? el.getAttribute('action')! }))
      .filter(({ href }) => href.startsWith('/'));
  /** Whether `href` (path, query, fragment) names a page: page paths end in `/`. */
  const isPage = (href: string) => new URL(href, origin).pathname.endsWith('/');

  // A link to another language says so (hreflang): the language switch, and the home page's suggestion.
  it.each(languages)('from a page in %s go to pages in the same language, or say which language', (lang) => {
    const wrong: string[] = [];
    for (const page of pages.filter((p) => langOf(p) === lang)) {
      for (const { el, href } of rootLinks(page)) {
        if (!isPage(href)) continue;
        const target = `${new URL(href, origin).pathname.slice(1)}index.html`;
        const expected = el.getAttribute('hreflang') ?? lang;
        if (langOf(target) !== expected) wrong.push(`${urlOf(page)} links ${href}`);
        else if (!files.has(target)) wrong.push(`${urlOf(page)} links ${href}, which is not built`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('to the same page in the other language are the language switch, with that language marked', () => {
    for (const page of ['datasets/index.html', 'es/datasets/index.html']) {
      const switches = [...documentOf(page).querySelectorAll('a[data-language-switch]')];
      const other = langOf(page) === 'es' ? 'en' : 'es';
      expect(switches.map((a) => [a.getAttribute('href'), a.getAttribute('lang')])).toEqual([
        [urlOf(localized(unlocalized(page), other)), other],
      ]);
    }
  });

  it('to files (CSV, data.json, feeds, API records) are the same in every language, and the files exist', () => {
    const wrong: string[] = [];
    let checked = 0;
    for (const page of spanishPages) {
      for (const { href } of rootLinks(page)) {
        if (isPage(href)) continue;
        checked++;
        const file = decodeURIComponent(new URL(href, origin).pathname.slice(1));
        if (langOf(file) !== defaultLang) wrong.push(`${urlOf(page)} links ${href}, a file under a language`);
        else if (!files.has(file)) wrong.push(`${urlOf(page)} links ${href}, which is not built`);
      }
    }
    expect(checked).toBeGreaterThan(100);
    expect(wrong).toEqual([]);
    // The same CSV from both dataset pages.
    const csv = '/datasets/sf-street-trees-sample/sf-street-trees-sample.csv';
    for (const page of ['datasets/sf-street-trees-sample/index.html', 'es/datasets/sf-street-trees-sample/index.html'])
      expect(rootLinks(page).map((l) => l.href)).toContain(csv);
  });
});
