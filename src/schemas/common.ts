// Small field schemas shared by every content type: ids, dates, emails, URLs, licences.
import { z } from 'zod';
import { field } from './field-meta.ts';
import { findLicense, suggestLicense } from './licenses.ts';
import { LANGUAGE_CODES, type Lang } from '../i18n/languages.ts';

/** The form of every id (dataset slug, organization, theme): lower-case letters and digits, single hyphens between. */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * Whether a dataset id is made of digits only: the list of datasets has its pages at such URLs (`/datasets/2/` is its
 * page 2), so the content check refuses one, and slugs made for new or imported datasets get a prefix instead.
 */
export function isListPageId(id: string): boolean {
  return /^\d+$/.test(id);
}

/** A dataset slug that no page of the list of datasets has: `311` → `dataset-311`, others as they are. */
export function datasetSlug(slug: string): string {
  return isListPageId(slug) ? `dataset-${slug}` : slug;
}

/** The form of an IANA media type without parameters, e.g. `text/csv`, `application/geo+json`. */
export const MEDIA_TYPE_PATTERN = /^[\w.+-]+\/[\w.+-]+$/;

/** A lower-case id made of letters, digits and single hyphens, e.g. `portland-fire-rescue`. */
export const IdSchema = z
  .string()
  .regex(ID_PATTERN, {
    message: 'must be lower-case letters, digits and single hyphens (for example "portland-fire-rescue")',
  });

/** True when `value` is a real calendar date written YYYY-MM-DD (no 30 February). */
export function isRealDate(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

/**
 * A calendar date written `YYYY-MM-DD`, e.g. `2024-02-29`. A YAML parser that turns dates into
 * Date objects is accepted too; the value is always stored as the `YYYY-MM-DD` string.
 */
export const DateSchema = z.preprocess(
  (v) => (v instanceof Date && !Number.isNaN(v.getTime()) ? v.toISOString().slice(0, 10) : v),
  z
    .string({ message: 'must be a date written YYYY-MM-DD (for example 2024-02-29)' })
    .regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'must be a date written YYYY-MM-DD (for example 2024-02-29)' })
    .refine((v) => !/^\d{4}-\d{2}-\d{2}$/.test(v) || isRealDate(v), { message: 'is not a real date (that day does not exist); write it as YYYY-MM-DD, for example 2024-02-29' }),
);

// RFC 3986, as harvesters check it (JSON Schema's `format: uri`): the authority, then path, query and fragment
// made only of these characters, `%` only before two hex digits, and `[ ]` only around an IPv6 host.
const URI_AUTHORITY = /^(?:(?:[\w\-.~!$&'()*+,;=:]|%[0-9A-Fa-f]{2})*@)?(?:\[[0-9A-Fa-f:.]+\]|(?:[\w\-.~!$&'()*+,;=]|%[0-9A-Fa-f]{2})*)(?::\d*)?$/;
const URI_REST = /^(?:[\w\-.~!$&'()*+,;=:@/?]|%[0-9A-Fa-f]{2})*(?:#(?:[\w\-.~!$&'()*+,;=:@/?]|%[0-9A-Fa-f]{2})*)?$/;

/**
 * True when an http(s) address is a valid URI as written: no spaces, no characters outside ASCII, no `|`, `{`,
 * `^` and the like unless percent-encoded. Browsers forgive such addresses; harvesters (data.gov) do not.
 */
export function isUri(value: string): boolean {
  const m = /^https?:\/\/([^/?#]*)(.*)$/is.exec(value);
  return !!m && URI_AUTHORITY.test(m[1]!) && URI_REST.test(m[2]!);
}

const URI_CHAR = /[\w\-.~!$&'()*+,;=:@/?]/;

/**
 * An http(s) address made a valid URI without changing where it leads: trimmed, and each character an address
 * cannot hold percent-encoded (a space as `%20`, `é` as `%C3%A9`, a second `#` as `%23`, a lone `%` as `%25`).
 * Undefined when it is not an http(s) address at all. A valid address is returned as it was.
 */
export function toUri(value: string): string | undefined {
  const v = value.trim();
  if (isUri(v)) return v;
  if (!/^https?:\/\//i.test(v)) return undefined;
  let href: string;
  try {
    href = new URL(v).href; // encodes spaces and non-ASCII, and the host as punycode
  } catch {
    return undefined;
  }
  const [, authority = '', rest = ''] = /^(https?:\/\/[^/?#]*)(.*)$/s.exec(href) ?? [];
  let out = authority;
  let fragment = false;
  for (let i = 0; i < rest.length; i++) {
    const c = rest[i]!;
    const escape = c === '%' && /^[0-9A-Fa-f]{2}$/.test(rest.slice(i + 1, i + 3));
    const firstHash = c === '#' && !fragment;
    if (firstHash) fragment = true;
    // encodeURIComponent leaves nothing an address cannot hold: `#` (a second one) becomes %23.
    out += escape || firstHash || URI_CHAR.test(c) ? c : encodeURIComponent(c);
  }
  return isUri(out) ? out : undefined;
}

/** An absolute http(s) URL that is a valid URI, e.g. `https://www.portland.gov/911`. */
export const UrlSchema = z
  .url({ protocol: /^https?$/, message: 'must be a full web address starting with https:// or http://' })
  .superRefine((value, ctx) => {
    if (isUri(value) || !/^https?:\/\//i.test(value)) return; // not a web address at all: said above
    const fixed = toUri(value);
    ctx.addIssue({
      code: 'custom',
      message: `is not a valid address as written: it holds spaces or other characters an address cannot; percent-encode them${fixed ? `, as in ${fixed}` : ' (a space as %20, | as %7C, é as %C3%A9)'}`,
    });
  });

/** An email address, e.g. `311@portlandoregon.gov`. */
export const EmailSchema = z.email({ message: 'is not an email address; write it like name@example.org' });

/**
 * A licence: an SPDX id the catalog knows (`CC-BY-4.0`, `CC0-1.0`, `ODbL-1.0`, `PDDL-1.0` …),
 * `NOASSERTION` when the source states none, or the URL of the licence text.
 */
export const LicenseSchema = z.string({ message: 'is required: an SPDX id such as CC-BY-4.0, or the URL of the licence' }).superRefine((value, ctx) => {
  if (findLicense(value)) return;
  if (/^https?:\/\//.test(value) && UrlSchema.safeParse(value).success) return;
  ctx.addIssue({
    code: 'custom',
    message: `"${value}" is not a known licence; use an SPDX id such as ${suggestLicense(value)}, or the URL of the licence text`,
  });
});

/** A person or team to contact about the data. */
export const ContactSchema = z.strictObject({
  name: field(z.string().trim().min(1, 'is required: the name of a person or team'), { description: 'Name of the person or team, e.g. `Open Data Team`.' }),
  email: field(EmailSchema, { description: 'Their email address, e.g. `opendata@example.org`.' }),
});

/** Plain text: any markup is escaped when shown, but `<script>` and friends are refused outright. */
export const PlainTextSchema = z.string().refine((s) => !/<\s*\/?\s*(script|iframe|object|embed|style)\b/i.test(s), {
  message: 'contains HTML tags such as <script>, which are not allowed here; write plain text',
});

/**
 * A keyword or tag. YAML reads `[911, noise]` as a number and a string; the number is taken as the text it
 * was written as (and editors accept it too, since the JSON Schema says string or number).
 */
export const KeywordSchema = z
  .union([z.string(), z.number()])
  .transform(String)
  .pipe(PlainTextSchema.trim().min(1));

const notALanguage = (input: unknown) =>
  `"${String(input)}" is not a language this portal has; use one of ${LANGUAGE_CODES.join(', ')}`;

/** A language of the interface dictionaries (src/i18n/languages.ts), the only languages a page can be in. */
export const LanguageSchema = z.enum(LANGUAGE_CODES as [Lang, ...Lang[]], { error: (issue) => notALanguage(issue.input) });

/**
 * The same, as the key of a record (`translations: { es: … }`): zod checks a record's keys with a string schema,
 * and would report an enum key it does not know as an unknown field instead of naming the languages.
 */
export const LanguageKeySchema = z
  .string()
  .regex(new RegExp(`^(?:${LANGUAGE_CODES.join('|')})$`), { error: (issue) => notALanguage(issue.input) });
