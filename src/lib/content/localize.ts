// The texts of datasets, organizations, themes and stories in the language of a page: each translated text where
// staff wrote one (`translations:`), else the original, always with the language it is actually in, so that a
// page can mark what is left in another language (`lang="en"`) and say that part of it is untranslated.
import type { DatasetModel, StoryModel } from './model.ts';

/** A plain text and the language it is written in. */
export interface LocalText {
  text: string;
  lang: string;
}

/** Rendered Markdown and the language it is written in. */
export interface LocalHtml {
  html: string;
  lang: string;
}

/** A column of a data dictionary: its title and description where it has them, each in the language it is in. */
export interface LocalColumn {
  title?: LocalText;
  description?: LocalText;
}

export interface LocalizedDataset {
  /** The language asked for. */
  lang: string;
  title: LocalText;
  summary: LocalText;
  /** The description (the body of index.md), rendered. */
  description: LocalHtml;
  /** Every rendered Markdown field with a value (`methodology`, `caveats`, `rights` …), by field name. */
  fields: Record<string, LocalHtml>;
  /** Column `name` of resource `resourceIndex`'s data dictionary. */
  column(resourceIndex: number, name: string): LocalColumn;
  /**
   * The texts shown in another language than `lang`, by field name (`title`, `summary`, `description`,
   * `methodology` …, and `columns` when a column's title or description is): empty when nothing is.
   */
  untranslated: string[];
}

export interface LocalizedNamed {
  lang: string;
  name: LocalText;
  /** Plain text (organizations and themes show theirs as paragraphs). */
  description?: LocalText;
  /** As for datasets: `name`, `description`. */
  untranslated: string[];
}

type Block = Record<string, unknown>;

/** The text staff wrote for `field` in `lang` (`translations.<lang>.<field>`), if they wrote one. */
export function translatedText(data: unknown, lang: string, field: string): string | undefined {
  const value = (data as { translations?: Record<string, Block> }).translations?.[lang]?.[field];
  return typeof value === 'string' && value ? value : undefined;
}

/** The block of `translations` for `lang`, unless `lang` is the language of the original. */
function blockFor(data: unknown, lang: string, defaultLang: string): Block {
  if (lang === defaultLang) return {};
  const translations = (data as { translations?: Record<string, Block> }).translations;
  return translations?.[lang] ?? {};
}

function pick(translated: unknown, original: string, lang: string, defaultLang: string): LocalText {
  return typeof translated === 'string' && translated ? { text: translated, lang } : { text: original, lang: defaultLang };
}

/** The title and summary of a dataset in `lang` (for cards, lists and search, which need no rendered Markdown). */
export function datasetTexts(d: Pick<DatasetModel, 'data'>, lang: string, defaultLang: string): { title: LocalText; summary: LocalText } {
  const block = blockFor(d.data, lang, defaultLang);
  return { title: pick(block['title'], d.data.title, lang, defaultLang), summary: pick(block['summary'], d.data.summary, lang, defaultLang) };
}

/** A dataset's texts in `lang`, from the model with its Markdown rendered (`loadSite()` gives that model). */
export function localizeDataset(d: Pick<DatasetModel, 'id' | 'data' | 'schemas' | 'html'>, lang: string, defaultLang: string): LocalizedDataset {
  if (!d.html) throw new Error(`the Markdown of dataset "${d.id}" is not rendered; localize the model pages get from loadSite()`);
  const block = blockFor(d.data, lang, defaultLang);
  const rendered = lang === defaultLang ? {} : (d.html.translations?.[lang] ?? {});
  const html = (translated: string | undefined, original: string): LocalHtml =>
    translated ? { html: translated, lang } : { html: original, lang: defaultLang };
  const { title, summary } = datasetTexts(d, lang, defaultLang);
  const description = html(rendered['description'], d.html.body);
  const fields = Object.fromEntries(Object.entries(d.html.fields).map(([name, original]) => [name, html(rendered[name], original)]));
  const columns = (block['columns'] ?? {}) as Record<string, { title?: string; description?: string }>;
  const column = (resourceIndex: number, name: string): LocalColumn => {
    const original = d.schemas[resourceIndex]?.fields.find((f) => f.name === name);
    const translated = columns[name];
    const text = (t: string | undefined, o: string | undefined) => (t ? { text: t, lang } : o ? { text: o, lang: defaultLang } : undefined);
    const t = text(translated?.title, original?.title);
    const desc = text(translated?.description, original?.description);
    return { ...(t ? { title: t } : {}), ...(desc ? { description: desc } : {}) };
  };
  const columnLeft = (i: number, name: string) => {
    const c = column(i, name);
    return [c.title, c.description].some((v) => v !== undefined && v.lang !== lang);
  };
  const texts: Record<string, LocalText | LocalHtml> = { title, summary, description, ...fields };
  const untranslated =
    lang === defaultLang
      ? []
      : [
          ...Object.keys(texts).filter((name) => texts[name]!.lang !== lang),
          ...(d.schemas.some((s, i) => s?.fields.some((f) => columnLeft(i, f.name))) ? ['columns'] : []),
        ];
  return { lang, title, summary, description, fields, column, untranslated };
}

/** An organization's or a theme's name and description in `lang`. */
function localizeNamed(e: { data: { name: string; description?: string | undefined } }, lang: string, defaultLang: string): LocalizedNamed {
  const block = blockFor(e.data, lang, defaultLang);
  const name = pick(block['name'], e.data.name, lang, defaultLang);
  const description = e.data.description !== undefined || block['description'] ? pick(block['description'], e.data.description ?? '', lang, defaultLang) : undefined;
  const untranslated = lang === defaultLang ? [] : Object.entries({ name, description }).filter(([, v]) => v && v.lang !== lang).map(([k]) => k);
  return { lang, name, ...(description ? { description } : {}), untranslated };
}

export const localizeOrganization = localizeNamed;
export const localizeTheme = localizeNamed;

/**
 * The stories a list in `lang` shows, in the model's order (newest first): those written in `lang`, and those in
 * another language that have no translation into it (each `story.language` says which, for its `lang` attribute).
 */
export function storiesFor<S extends Pick<StoryModel, 'language' | 'translations'>>(stories: readonly S[], lang: string): S[] {
  return stories.filter((s) => s.language === lang || !(lang in s.translations));
}

export interface LocalizedCatalog {
  name: LocalText;
  tagline?: LocalText;
  /** Plain text in paragraphs (the home page shows it so). */
  description?: LocalText;
}

/** The portal's own name, tagline and description in `lang` (`translations:` of content/catalog.yaml). */
export function localizeCatalog(
  c: { name: string; tagline?: string | undefined; description?: string | undefined },
  lang: string,
  defaultLang: string,
): LocalizedCatalog {
  const block = blockFor(c, lang, defaultLang);
  const optional = (key: 'tagline' | 'description') => {
    const original = c[key];
    return original === undefined ? {} : { [key]: pick(block[key], original, lang, defaultLang) };
  };
  return { name: pick(block['name'], c.name, lang, defaultLang), ...optional('tagline'), ...optional('description') };
}
