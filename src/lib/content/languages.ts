// The catalog's languages, read in one place: `languages` of content/catalog.yaml, the default first.

/** The catalog's languages, the default first; `[en]` when it lists none. */
export function catalogLanguages(catalog: { languages?: readonly string[] | undefined } | undefined): string[] {
  return catalog?.languages?.length ? [...catalog.languages] : ['en'];
}

/** The language the original texts of the catalog are written in: the first of `languages`. */
export function defaultLanguage(catalog: { languages?: readonly string[] | undefined } | undefined): string {
  return catalogLanguages(catalog)[0]!;
}
