// The registry of interface dictionaries, one per code of LANGUAGES; a new language is one line here.
// Kept apart from src/lib/i18n.ts so src/schemas (which imports nothing from src/lib) can read licence texts.
import { en } from './en.ts';
import { es } from './es.ts';
import type { Lang } from './languages.ts';

/** A dictionary as t() reads it: text by key. */
export type Dictionary = Partial<Record<string, string>>;

export const dictionaries: Readonly<Record<Lang, Dictionary>> = { en, es };
