// The fixture catalog with one dataset marked as imported with placeholders (source.placeholders), for testing
// that every view and export says "not stated" instead of showing the placeholder values.
import path from 'node:path';
import { modelOf } from '../../src/lib/content/model.ts';
import { readCatalog } from '../../src/lib/content/read-catalog.ts';
import type { ExportInput } from '../../src/lib/exports/model.ts';

/** The values `npm run import -- … --fill-missing` writes, and the import date it wrote into `modified`. */
export const PLACEHOLDER_EMAIL = 'contact-needed@example.org';
export const IMPORT_DATE = '2026-01-01';

type Dataset = ExportInput['datasets'][number];

export function unstatedCatalog(): { input: ExportInput; imported: Dataset; known: Dataset } {
  const model = modelOf(readCatalog(path.resolve('tests/fixtures/catalog')));
  const [first, second] = model.datasets;
  const imported = {
    ...first!,
    data: {
      ...first!.data,
      modified: IMPORT_DATE,
      contactPoint: { name: 'Contact needed (the source names none)', email: PLACEHOLDER_EMAIL },
      license: 'NOASSERTION',
      keywords: ['needs-keywords'],
      accrualPeriodicity: undefined,
      source: {
        kind: 'dcat-us' as const,
        url: 'input.json',
        identifier: 'x',
        harvested: IMPORT_DATE,
        placeholders: [
          'organization' as const,
          'contactPoint' as const,
          'license' as const,
          'modified' as const,
          'keywords' as const,
        ],
      },
    },
  };
  const datasets = [imported, ...model.datasets.slice(1)];
  return { input: { ...model, datasets, base: '/' }, imported, known: second! };
}
