// --fill-missing: fills the required fields a source does not state with marked placeholders, and says which
// fields it filled, so the dataset records them in source.placeholders and the site shows them as not stated.
import type { PlaceholderField } from '../unstated.ts';
import { missingFields } from './missing.ts';

/** The stand-in organization for a dataset whose source names no publisher. */
export const PUBLISHER_NEEDED = { id: 'publisher-needed', name: 'Publisher needed (the source names none)' };

const PLACEHOLDERS: Partial<Record<PlaceholderField, unknown>> = {
  contactPoint: { name: 'Contact needed (the source names none)', email: 'contact-needed@example.org' },
  license: 'NOASSERTION',
  keywords: ['needs-keywords'],
  accessLevel: 'public',
  rights: 'Placeholder: the source does not say why access is limited.',
  accessInstructions: 'Placeholder: ask the publisher how to request access.',
};

export interface Filled {
  /** Fields given a placeholder, in the order they were filled. */
  filled: PlaceholderField[];
  /** Required fields still missing (without --fill-missing, or with no placeholder for them). */
  missing: string[];
  warnings: { kind: string; message: string }[];
}

/**
 * Fills `record` in place: with `fillMissing`, each required field the schema finds missing gets its
 * placeholder (`modified` the import date); otherwise the missing fields are only reported.
 */
export function fillMissing(record: Record<string, unknown>, o: { fillMissing: boolean; today: string }): Filled {
  const out: Filled = { filled: [], missing: [], warnings: [] };
  const missing = new Set<string>();
  // Refinements run once the fields they depend on are valid: ask the schema again after each pass.
  for (let pass = 0; pass < 3; pass++) {
    const fields = missingFields(record).filter((field) => !missing.has(field));
    if (!fields.length) break;
    for (const field of fields) {
      if (o.fillMissing && field === 'resources' && typeof record['landingPage'] === 'string') {
        record['resources'] = [
          { title: "Publisher's page for this data", url: record['landingPage'], format: 'Web page' },
        ];
        out.filled.push('resources');
        out.warnings.push({
          kind: 'placeholder',
          message: 'the source lists no downloadable resource; its landing page is given instead',
        });
      } else if (o.fillMissing && field === 'modified') {
        record['modified'] = o.today;
        out.filled.push('modified');
        out.warnings.push({
          kind: 'placeholder',
          message: 'modified is not in the source; set to the import date as a placeholder',
        });
      } else if (o.fillMissing && field in PLACEHOLDERS) {
        record[field] = PLACEHOLDERS[field as PlaceholderField];
        out.filled.push(field as PlaceholderField);
      } else missing.add(field);
    }
  }
  out.missing = [...missing];
  return out;
}
