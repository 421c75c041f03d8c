// Licences the catalog knows by SPDX id: their names and canonical URLs, for pages and exports.
import { dictionaries } from '../i18n/dictionaries.ts';
import type { Lang } from '../i18n/languages.ts';

export interface KnownLicense {
  /** SPDX identifier, e.g. `CC-BY-4.0`. */
  id: string;
  /** English name, used by exports and editors; pages show `license.name.<id>` of their language. */
  name: string;
  /** Canonical URL of the licence text; absent for NOASSERTION. */
  url?: string;
  /** Whether the licence is an open licence (Open Definition conformant). */
  open: boolean;
}

/** SPDX's keyword for "the source states no licence". Readers are told to check the source. */
export const NO_ASSERTION = 'NOASSERTION';

export const KNOWN_LICENSES: readonly KnownLicense[] = [
  { id: 'CC-BY-4.0', name: 'Creative Commons Attribution 4.0', url: 'https://creativecommons.org/licenses/by/4.0/', open: true },
  { id: 'CC-BY-3.0', name: 'Creative Commons Attribution 3.0', url: 'https://creativecommons.org/licenses/by/3.0/', open: true },
  { id: 'CC-BY-SA-3.0', name: 'Creative Commons Attribution-ShareAlike 3.0', url: 'https://creativecommons.org/licenses/by-sa/3.0/', open: true },
  { id: 'CC-BY-SA-4.0', name: 'Creative Commons Attribution-ShareAlike 4.0', url: 'https://creativecommons.org/licenses/by-sa/4.0/', open: true },
  { id: 'CC0-1.0', name: 'Creative Commons Zero 1.0 (public domain dedication)', url: 'https://creativecommons.org/publicdomain/zero/1.0/', open: true },
  { id: 'ODbL-1.0', name: 'Open Data Commons Open Database License 1.0', url: 'https://opendatacommons.org/licenses/odbl/1-0/', open: true },
  { id: 'PDDL-1.0', name: 'Open Data Commons Public Domain Dedication and License 1.0', url: 'https://opendatacommons.org/licenses/pddl/1-0/', open: true },
  { id: 'ODC-By-1.0', name: 'Open Data Commons Attribution License 1.0', url: 'https://opendatacommons.org/licenses/by/1-0/', open: true },
  { id: 'OGL-UK-3.0', name: 'Open Government Licence v3.0', url: 'https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/', open: true },
  { id: 'MIT', name: 'MIT License', url: 'https://opensource.org/license/mit', open: true },
  { id: 'AGPL-3.0-only', name: 'GNU Affero General Public License v3.0 only', url: 'https://www.gnu.org/licenses/agpl-3.0.html', open: true },
  { id: 'GPL-3.0-only', name: 'GNU General Public License v3.0 only', url: 'https://www.gnu.org/licenses/gpl-3.0.html', open: true },
  { id: NO_ASSERTION, name: 'No licence stated by the source', open: false },
];

const byId = new Map(KNOWN_LICENSES.map((l) => [l.id.toLowerCase(), l]));

/** The known licence with this SPDX id (case-insensitive), if any. */
export function findLicense(id: string): KnownLicense | undefined {
  return byId.get(id.toLowerCase());
}

/** The SPDX id a loose spelling most likely means, for "did you mean" hints (`CC-BY` → `CC-BY-4.0`). */
export function suggestLicense(value: string): string {
  const v = value.toLowerCase().replace(/[\s_]+/g, '-');
  const hit = KNOWN_LICENSES.find((l) => l.id.toLowerCase().startsWith(v));
  return hit?.id ?? 'CC-BY-4.0';
}

export interface LicenseView {
  /** What the reader sees, in the page's language. */
  name: string;
  /** Where the licence text is, if anywhere. */
  url?: string;
  /** The SPDX id, when the value was one. */
  id?: string;
  /** What the licence lets the reader do, in one sentence; only for a licence the catalog knows. */
  about?: string;
}

/** How a dataset's `license` value (SPDX id or URL) is shown and linked, in `lang`. */
export function describeLicense(value: string, lang: Lang = 'en'): LicenseView {
  const known = findLicense(value);
  const byUrl = known ? undefined : KNOWN_LICENSES.find((l) => l.url && sameUrl(l.url, value));
  const license = known ?? byUrl;
  if (!license) return { name: value, url: value };
  const url = known ? known.url : value;
  const text = (part: 'name' | 'about') => {
    const key = `license.${part}.${license.id}`;
    const found = dictionaries[lang][key];
    if (found === undefined) throw new Error(`No text for "${key}" in the ${lang} dictionary (src/i18n/${lang}.ts)`);
    return found;
  };
  return { name: text('name'), id: license.id, ...(url ? { url } : {}), about: text('about') };
}

function sameUrl(a: string, b: string): boolean {
  const norm = (u: string) => u.replace(/^https?:\/\//, '').replace(/\/$/, '').toLowerCase();
  return norm(a) === norm(b);
}
