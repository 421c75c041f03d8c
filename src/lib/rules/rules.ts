// Every check on content is a named rule: an id, a default severity, what it checks and how to fix what it
// finds. The validator and the build report findings by rule; a catalog's `policy:` may change a rule's
// severity; the quality score reads the same findings.
import { DatasetSchema, recommendedFields } from '../../schemas/index.ts';
import { TRANSLATION } from './translation-rules.ts';

export type Severity = 'error' | 'warning';
/** What a catalog's policy may set a rule to. */
export type Setting = Severity | 'off';

export interface Rule {
  id: string;
  /** The severity when the catalog's policy says nothing. */
  severity: Setting;
  /** What the rule checks, in a sentence. */
  checks: string;
  /** How to fix what it finds, in general (each finding's message says it for the case at hand). */
  fix: string;
  /**
   * Whether a policy may lower it or turn it off. Rules whose findings make the site wrong or unsafe (an
   * unreadable file, a broken reference, unsafe text, a date that does not exist) can only be errors.
   */
  adjustable: boolean;
}

const rule = (id: string, severity: Setting, adjustable: boolean, checks: string, fix: string): Rule => ({
  id,
  severity,
  adjustable,
  checks,
  fix,
});

/** The rules whose findings keep a file out of the site: always errors. */
const STRUCTURAL: Rule[] = [
  rule(
    'yaml-syntax',
    'error',
    false,
    'The YAML of a file can be read.',
    'Fix the indentation or quoting on the line named.',
  ),
  rule('required-field', 'error', false, 'Every required field is there.', 'Add the field, as its message says.'),
  rule(
    'invalid-value',
    'error',
    false,
    'Each value has the type and form its field needs.',
    'Write the value as its message says.',
  ),
  rule('unknown-field', 'error', false, 'Every field is one the schema knows.', 'Correct its spelling, or remove it.'),
  rule(
    'file-name',
    'error',
    false,
    'File and folder names are URL-safe ids.',
    'Rename it with lower-case letters, digits and hyphens.',
  ),
  rule('duplicate-id', 'error', false, 'No two files share an id.', 'Remove or rename one of them.'),
  rule(
    'missing-index',
    'error',
    false,
    'Every dataset folder has an index.md.',
    'Add one (npm run new:dataset), or remove the folder.',
  ),
  rule(
    'missing-catalog',
    'error',
    false,
    'content/catalog.yaml exists.',
    "Create it with the portal's name, city and address.",
  ),
  rule(
    'unknown-reference',
    'error',
    false,
    'Organizations, themes and parent datasets (isPartOf) named by datasets exist.',
    'Use an existing id, or add the file.',
  ),
  rule(
    'missing-file',
    'error',
    false,
    'Local files named by resources exist and are not empty.',
    'Copy the file in, or fix its name.',
  ),
  rule(
    'table-schema-file',
    'error',
    false,
    'Data dictionaries kept in files exist and are valid.',
    'Fix the file or its name.',
  ),
  rule(
    'story-data',
    'error',
    false,
    "A story's charts, maps and tables name datasets, files and columns that exist.",
    'Fix the name.',
  ),
  rule(
    'policy',
    'error',
    false,
    "The catalog's policy names rules that exist, and adjusts only those that may be.",
    'Fix the rule id or setting.',
  ),
];

/** Rules about data and dates: errors by default, which a catalog may lower while it cleans up legacy records. */
const DATA: Rule[] = [
  rule(
    'future-date',
    'error',
    true,
    'Dates of change and publication are not in the future.',
    'Use the date it happened.',
  ),
  rule(
    'file-too-large',
    'error',
    true,
    'Files kept in git are at most 50 MB.',
    'Publish the file elsewhere and give its URL.',
  ),
  rule(
    'dictionary-mismatch',
    'error',
    true,
    'A data dictionary and its file agree.',
    'Fix the dictionary or the file.',
  ),
];

/** Completeness: warnings by default, which a catalog may raise to errors as its data policy. */
const COMPLETENESS: Rule[] = [
  rule('old-spelling', 'warning', true, 'Fields use their current spelling.', 'Rename the field as its message says.'),
  rule(
    'no-resource',
    'warning',
    true,
    'A public dataset lists a file or link.',
    'Add a resource, or say where the data can be had.',
  ),
  rule(
    'issued-after-modified',
    'warning',
    true,
    'A dataset is not changed before it is first published.',
    'Correct issued or modified.',
  ),
  rule(
    'no-dictionary',
    'off',
    true,
    'Every local table has a data dictionary.',
    'Describe its columns in `schema` (npm run new:dataset drafts one).',
  ),
  rule(
    'placeholder-replaced',
    'warning',
    true,
    'A field still listed as an import placeholder has not been given a real value.',
    'Remove the field from source.placeholders.',
  ),
  rule(
    'quality/minimum-score',
    'error',
    true,
    "A new or changed dataset reaches the catalog's minimum quality score (docs/quality.md).",
    'Do what its missed checks say.',
  ),
  rule(
    'unnamed-column',
    'warning',
    true,
    'Every column of a table has a name in its header.',
    'Name the column in the file.',
  ),
  ...recommendedFields(DatasetSchema).map(({ name, why }) =>
    rule(
      `recommended/${name}`,
      'warning',
      true,
      `A dataset has \`${name}\`: it ${why.split(';')[0]}.`,
      `Add \`${name}\`.`,
    ),
  ),
];

/**
 * Privacy: values in a data file that look like personal data (src/lib/privacy). Numbers that identify a person
 * or a card are errors; contact details, addresses and birth dates are warnings, since cities publish offices'
 * phones and incident addresses on purpose. A column reviewed in its data dictionary is not reported.
 */
const PRIVACY_FIX =
  'Remove or mask the values; if they may be published, mark the column `privacy: { reviewed: true, reason: "…" }` in the data dictionary.';
const PRIVACY: Rule[] = [
  rule('privacy/ssn', 'error', true, 'No column holds values that look like US Social Security numbers.', PRIVACY_FIX),
  rule(
    'privacy/card',
    'error',
    true,
    'No column holds payment card numbers (13–19 digits of a card network that pass the Luhn check).',
    PRIVACY_FIX,
  ),
  rule('privacy/email', 'warning', true, 'No column holds email addresses nobody reviewed.', PRIVACY_FIX),
  rule('privacy/phone', 'warning', true, 'No column holds phone numbers nobody reviewed.', PRIVACY_FIX),
  rule(
    'privacy/birth-date',
    'warning',
    true,
    'No column named for births (birth, DOB) holds dates nobody reviewed.',
    PRIVACY_FIX,
  ),
  rule(
    'privacy/address',
    'warning',
    true,
    'No column holds street addresses with house numbers nobody reviewed.',
    PRIVACY_FIX,
  ),
];

export const RULES: ReadonlyMap<string, Rule> = new Map(
  [...STRUCTURAL, ...DATA, ...COMPLETENESS, ...PRIVACY, ...TRANSLATION].map((r) => [r.id, r]),
);

export function ruleOf(id: string): Rule {
  const found = RULES.get(id);
  if (!found) throw new Error(`no rule "${id}"`);
  return found;
}
