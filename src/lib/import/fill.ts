// --fill-missing: the required fields an imported record still lacks, filled with clearly marked placeholders
// (shown as unknown on the site), or listed when the option is off (the writer then leaves the dataset out).
import { missingFields } from './missing.ts';

/** Placeholders a person recognises and the validator accepts; `modified` is the import date, said so. */
export const PLACEHOLDERS: Record<string, unknown> = {
  contactPoint: { name: 'Contact needed (the source names none)', email: 'contact-needed@example.org' },
  license: 'NOASSERTION',
  keywords: ['needs-keywords'],
  accessLevel: 'public',
  rights: 'Placeholder: the source does not say why access is limited.',
  accessInstructions: 'Placeholder: ask the publisher how to request access.',
};

export interface Filled {
  /** Required fields still missing (all of them when not filling). */
  missing: string[];
  warnings: { kind: string; message: string }[];
}

/** Fills `record` in place when `fillMissing`; otherwise only says what is missing. */
export function fillMissing(record: Record<string, unknown>, o: { fillMissing: boolean; today: string }): Filled {
  const missing = new Set<string>();
  const warnings: Filled['warnings'] = [];
  // Refinements (rights when not public) only run once the fields they read are there: ask again after filling.
  for (let pass = 0; pass < 3; pass++) {
    const found = missingFields(record).filter((field) => !missing.has(field));
    if (!found.length) break;
    for (const field of found) {
      if (o.fillMissing && field === 'modified') {
        record['modified'] = o.today;
        warnings.push({
          kind: 'placeholder',
          message:
            'modified is not in the source (or not a date it could use); set to the import date as a placeholder',
        });
      } else if (o.fillMissing && PLACEHOLDERS[field] !== undefined)
        record[field] = structuredClone(PLACEHOLDERS[field]);
      else missing.add(field);
    }
  }
  return { missing: [...missing], warnings };
}
