// The texts the Summarise and SQL tabs write in the browser, for one language: every `ask.` and `sql.` text of its
// dictionary, by the key after the prefix (`ask.heading` → `heading`). Published as /ui/<lang>.json and fetched
// when a tab opens.
import { dictionaries } from '../../i18n/dictionaries.ts';
import type { Lang } from '../../i18n/languages.ts';

import type { UiTexts } from './ui-path.ts';

export function uiTexts(lang: Lang): UiTexts {
  const dict = dictionaries[lang];
  const after = (prefix: string) =>
    Object.keys(dict)
      .filter((k) => k.startsWith(prefix))
      .map((k) => k.slice(prefix.length));
  const texts = (keys: string[], key: (short: string) => string) =>
    Object.fromEntries(keys.map((k) => [k, dict[key(k)] ?? '']));
  return {
    ask: texts(after('ask.'), (k) => `ask.${k}`),
    sql: texts(after('sql.'), (k) => `sql.${k}`),
  };
}
