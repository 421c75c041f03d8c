// Checks the `translations:` of a dataset, organization or theme against the catalog: a translation into a
// language the catalog does not list, or into its default language, is never shown; a translated column that no
// data dictionary of the dataset has is most likely misspelt. Both are warnings (rules translation/*).
import type { Problem } from '../problems.ts';
import { fieldPath } from '../problems.ts';

export interface Translated {
  file: string;
  data: { translations?: Record<string, object> | undefined };
  lineOf(path: readonly PropertyKey[]): number | undefined;
}

/**
 * The warnings on `entry`'s translations. `languages` are the catalog's, the default first; `columns`, for a
 * dataset, the names of the columns of all its data dictionaries.
 */
export function translationProblems(entry: Translated, languages: readonly string[], columns?: readonly string[]): Problem[] {
  const out: Problem[] = [];
  const warn = (path: PropertyKey[], message: string, rule: string) => {
    const line = entry.lineOf(path);
    out.push({ file: entry.file, ...(line ? { line } : {}), field: fieldPath(path), message, severity: 'warning', rule });
  };
  const [defaultLang] = languages;
  for (const [lang, block] of Object.entries(entry.data.translations ?? {})) {
    if (lang === defaultLang)
      warn(
        ['translations', lang],
        `"${lang}" is the catalog's default language, the language of the fields themselves, so this translation is never shown; write the text in the fields and remove it`,
        'translation/unlisted-language',
      );
    else if (!languages.includes(lang))
      warn(
        ['translations', lang],
        `"${lang}" is not one of the catalog's languages (${languages.join(', ')}), so this translation is not shown; add ${lang} to languages in content/catalog.yaml, or remove it`,
        'translation/unlisted-language',
      );
    if (!columns) continue;
    const known = new Set(columns);
    for (const name of Object.keys((block as { columns?: object }).columns ?? {})) {
      if (known.has(name)) continue;
      const message = columns.length
        ? `"${name}" is not a column of this dataset's data dictionaries; its columns are: ${columns.join(', ')}`
        : `"${name}" cannot be translated: this dataset has no data dictionary (a resource's schema); describe the columns there first`;
      warn(['translations', lang, 'columns', name], message, 'translation/unknown-column');
    }
  }
  return out;
}

/** The column names of a dataset's data dictionaries, each once, in the order of its resources. */
export function columnNames(schemas: readonly ({ fields: readonly { name: string }[] } | undefined)[]): string[] {
  return [...new Set(schemas.flatMap((s) => s?.fields.map((f) => f.name) ?? []))];
}
