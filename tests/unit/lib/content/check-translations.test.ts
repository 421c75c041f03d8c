import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCatalog } from '../../../../src/lib/content/read-catalog.ts';
import { formatFinding } from '../../../../src/lib/problems.ts';
import { datasetMd, memoryFs, validCatalog } from '../../../helpers/memory-fs.ts';

const root = path.resolve('/catalog');
const read = (files: Record<string, string>) => readCatalog(root, { fs: memoryFs(root, files), cwd: root });
const findings = (files: Record<string, string>) => read(files).problems.map(formatFinding);
const bilingual = (more: Record<string, string> = {}) => {
  const files = validCatalog(more);
  return { ...files, 'catalog.yaml': `${files['catalog.yaml']}languages: [en, es]\n`, ...more };
};
const schema = 'resources:\n  - title: Calls\n    path: calls.csv\n    format: CSV\n    schema:\n      fields:\n        - name: call_start_dt\n          title: Call started\n        - name: answer_wait';

describe('translations of datasets, organizations and themes, as read', () => {
  it('accepts a translation into a language of the catalog, with its columns', () => {
    const md = datasetMd({ resources: schema, translations: 'translations:\n  es:\n    title: Llamadas al 911\n    columns:\n      call_start_dt: { title: Llamada iniciada }' });
    const content = read(bilingual({ 'datasets/calls/index.md': md }));
    expect(content.problems.map(formatFinding)).toEqual([]);
    expect(content.datasets[0]!.data.translations?.['es']?.columns?.['call_start_dt']?.title).toBe('Llamada iniciada');
  });

  it('refuses a language this portal has no interface for, at its line, naming the ones it has', () => {
    const md = datasetMd({ translations: 'translations:\n  fr:\n    title: Appels au 911' });
    expect(findings(bilingual({ 'datasets/calls/index.md': md }))).toEqual([
      'datasets/calls/index.md:18 translations.fr: "fr" is not a language this portal has; use one of en, es [invalid-value]',
    ]);
  });

  it("warns of a translation into a language the catalog does not list, or into its default language", () => {
    const md = datasetMd({ translations: 'translations:\n  es:\n    title: Llamadas al 911' });
    expect(findings(validCatalog({ 'datasets/calls/index.md': md }))).toEqual([
      'datasets/calls/index.md:18 translations.es: "es" is not one of the catalog\'s languages (en), so this translation is not shown; add es to languages in content/catalog.yaml, or remove it [translation/unlisted-language]',
    ]);
    const theme = 'name: Public safety\ntranslations:\n  en:\n    name: Safety\n';
    expect(findings(bilingual({ 'themes/public-safety.yaml': theme }))).toEqual([
      'themes/public-safety.yaml:3 translations.en: "en" is the catalog\'s default language, the language of the fields themselves, so this translation is never shown; write the text in the fields and remove it [translation/unlisted-language]',
    ]);
  });

  it('warns of a translated column that no data dictionary of the dataset has, listing the columns it has', () => {
    const md = datasetMd({ resources: schema, translations: 'translations:\n  es:\n    columns:\n      call_start: { title: Llamada iniciada }' });
    expect(findings(bilingual({ 'datasets/calls/index.md': md }))).toEqual([
      'datasets/calls/index.md:25 translations.es.columns.call_start: "call_start" is not a column of this dataset\'s data dictionaries; its columns are: call_start_dt, answer_wait [translation/unknown-column]',
    ]);
    const none = datasetMd({ translations: 'translations:\n  es:\n    columns:\n      call_start_dt: { title: Llamada iniciada }' });
    expect(findings(bilingual({ 'datasets/calls/index.md': none }))[0]).toContain(
      'translations.es.columns.call_start_dt: "call_start_dt" cannot be translated: this dataset has no data dictionary',
    );
  });

  it("lets the catalog's policy turn the warnings into errors or off (they are rules like any other)", async () => {
    const { checkCatalog } = await import('../../../../src/lib/rules/check.ts');
    const md = datasetMd({ translations: 'translations:\n  es:\n    title: Llamadas al 911' });
    const files = validCatalog({ 'datasets/calls/index.md': md });
    const strict = { ...files, 'catalog.yaml': `${files['catalog.yaml']}policy:\n  translation/unlisted-language: error\n` };
    expect(checkCatalog(read(strict)).filter((p) => p.rule === 'translation/unlisted-language').map((p) => p.severity)).toEqual(['error']);
  });
});
