// Where the browser finds the texts of the preview's tabs for a page's language (the build writes them with
// ui-texts.ts; this file imports no dictionary, so the browser's code carries none).

/** The Summarise tab's texts (`ask.` keys) and the SQL tab's (`sql.` keys), by the key after the prefix. */
export type UiTexts = { ask: Record<string, string>; sql: Record<string, string> };

/** A site path; the caller adds the base. */
export const uiTextsPath = (lang: string) => `/ui/${lang}.json`;
