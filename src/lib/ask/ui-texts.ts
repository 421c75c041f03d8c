// The texts the Summarise and SQL tabs write in the browser, for one language: every `ask.` and `sql.` text of its
// dictionary, by the key after the prefix (`ask.heading` → `heading`). Published as /ui/<lang>.json and fetched
// when a tab opens.
import { dictionaries } from '../../i18n/dictionaries.ts';
import type { Lang } from '../../i18n/languages.ts';

import type { UiTexts } from './ui-path.ts';

export function uiTexts(lang: Lang): UiTexts {
  const under = (prefix: string) =>
    Object.fromEntries(
      Object.entries(dictionaries[lang])
        .filter((e): e is [string, string] => e[0].startsWith(prefix) && e[1] !== undefined)
        .map(([k, text]) => [k.slice(prefix.length), text]),
    );
  return { ask: under('ask.'), sql: under('sql.') };
}
