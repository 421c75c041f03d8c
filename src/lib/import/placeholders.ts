// --fill-missing: fills the required fields a source does not state with marked placeholders, and says which
// fields it filled, so the dataset records them in source.placeholders and the site shows them as not stated.
// Without the option it only lists what is missing (the writer then leaves the dataset out).
import type { PlaceholderField } from '../unstated.ts';
import { fingerprint } from './fingerprint.ts';
import { missingFields } from './missing.ts';

/** The stand-in organization for a dataset whose source names no publisher. */
export const PUBLISHER_NEEDED = { id: 'publisher-needed', name: 'Publisher needed (the source names none)' };

/** Placeholders a person recognises and the validator accepts; `modified` is the first import's date, said so. */
const PLACEHOLDERS: Partial<Record<PlaceholderField, unknown>> = {
  contactPoint: { name: 'Contact needed (the source names none)', email: 'contact-needed@example.org' },
  license: 'NOASSERTION',
  keywords: ['needs-keywords'],
  accessLevel: 'public',
  rights: 'Placeholder: the source does not say why access is limited.',
  accessInstructions: 'Placeholder: ask the publisher how to request access.',
};

/** What an earlier import wrote for the same dataset: its values and its source.fields / source.placeholders. */
export interface Before {
  data: Record<string, unknown>;
  fields: Record<string, string>;
  placeholders: readonly string[];
}

export interface Filled {
  /** Fields given a placeholder, in the order they were filled. */
  filled: PlaceholderField[];
  /** Required fields still missing (without --fill-missing, or with no placeholder for them). */
  missing: string[];
  warnings: { kind: string; message: string }[];
}

/**
 * Fills `record` in place: with `fillMissing`, each required field the schema finds missing gets its
 * placeholder (`modified` the import date); otherwise the missing fields are only reported. A placeholder an
 * earlier import wrote (`before`) and nobody has replaced keeps its first value — `modified` stays the day of
 * the first import — so a later import, on another day, changes nothing.
 */
export function fillMissing(
  record: Record<string, unknown>,
  o: { fillMissing: boolean; today: string; before?: Before | undefined },
): Filled {
  const out: Filled = { filled: [], missing: [], warnings: [] };
  const missing = new Set<string>();
  // Refinements (rights when not public) run once the fields they read are valid: ask the schema again after each pass.
  for (let pass = 0; pass < 3; pass++) {
    const fields = missingFields(record).filter((field) => !missing.has(field));
    if (!fields.length) break;
    for (const field of fields) {
      if (o.fillMissing && field === 'modified') {
        record['modified'] = o.today;
        out.filled.push('modified');
        out.warnings.push({
          kind: 'placeholder',
          message:
            'modified is not in the source (or not a date it could use); set to the import date as a placeholder',
        });
      } else if (o.fillMissing && field in PLACEHOLDERS) {
        record[field] = structuredClone(PLACEHOLDERS[field as PlaceholderField]);
        out.filled.push(field as PlaceholderField);
      } else missing.add(field);
    }
  }
  const b = o.before;
  for (const f of out.filled)
    if (b?.placeholders.includes(f) && fingerprint(b.data[f]) === b.fields[f]) record[f] = b.data[f];
  out.missing = [...missing];
  return out;
}
