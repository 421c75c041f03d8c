import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { localizeDataset, localizeOrganization, datasetTexts, storiesFor } from '../../../../src/lib/content/localize.ts';
import { readCatalog } from '../../../../src/lib/content/read-catalog.ts';
import { renderDatasets } from '../../../../src/lib/content/render.ts';
import { formatFinding } from '../../../../src/lib/problems.ts';
import { datasetMd, memoryFs, validCatalog } from '../../../helpers/memory-fs.ts';

const root = path.resolve('/catalog');
const read = (files: Record<string, string>) => readCatalog(root, { fs: memoryFs(root, files), cwd: root });
const bilingual = (more: Record<string, string> = {}) => {
  const files = validCatalog();
  return { ...files, 'catalog.yaml': `${files['catalog.yaml']}languages: [en, es]\n`, ...more };
};
const resources =
  'resources:\n  - title: Calls\n    path: calls.csv\n    format: CSV\n    schema:\n      fields:\n        - name: call_start_dt\n          title: Call started\n          description: When the call began.\n        - name: answer_wait\n          title: Wait';
const translated = [
  'translations:',
  '  es:',
  '    title: Llamadas al 911',
  '    description: Llamadas **al 911**.',
  '    caveats: Las horas son locales.',
  '    columns:',
  '      call_start_dt: { title: Llamada iniciada, description: Cuándo empezó la llamada. }',
].join('\n');
const fakeRender = async (markdown: string) => `<p>${markdown}</p>`;

async function dataset() {
  const md = datasetMd({ resources, caveats: 'caveats: Times are local.', methodology: 'methodology: Logged by the CAD system.', translations: translated });
  const content = read(bilingual({ 'datasets/calls/index.md': md }));
  expect(content.problems.map(formatFinding)).toEqual([]);
  await renderDatasets(content.datasets, fakeRender);
  return content.datasets[0]!;
}

describe('renderDatasets()', () => {
  it("renders the Markdown fields of each translation, the body's translation as description", async () => {
    const d = await dataset();
    expect(d.html?.translations).toEqual({ es: { description: '<p>Llamadas **al 911**.</p>', caveats: '<p>Las horas son locales.</p>' } });
  });
});

describe('localizeDataset()', () => {
  it('gives each text in the language asked for where it is translated, else the original with its language', async () => {
    const es = localizeDataset(await dataset(), 'es', 'en');
    expect(es.title).toEqual({ text: 'Llamadas al 911', lang: 'es' });
    expect(es.summary).toEqual({ text: 'Every call answered by the 911 centre in April 2018.', lang: 'en' });
    expect(es.description).toEqual({ html: '<p>Llamadas **al 911**.</p>', lang: 'es' });
    expect(es.fields['caveats']).toEqual({ html: '<p>Las horas son locales.</p>', lang: 'es' });
    expect(es.fields['methodology']).toEqual({ html: '<p>Logged by the CAD system.</p>', lang: 'en' });
    expect(es.untranslated).toEqual(['summary', 'methodology', 'columns']);
  });

  it("translates a data dictionary's columns by name, each text with its language", async () => {
    const es = localizeDataset(await dataset(), 'es', 'en');
    expect(es.column(0, 'call_start_dt')).toEqual({
      title: { text: 'Llamada iniciada', lang: 'es' },
      description: { text: 'Cuándo empezó la llamada.', lang: 'es' },
    });
    expect(es.column(0, 'answer_wait')).toEqual({ title: { text: 'Wait', lang: 'en' } });
    expect(es.column(3, 'answer_wait')).toEqual({});
  });

  it('gives the originals, all in the default language, for the default language', async () => {
    const en = localizeDataset(await dataset(), 'en', 'en');
    expect(en.title).toEqual({ text: '911 calls in April 2018', lang: 'en' });
    expect(en.description.lang).toBe('en');
    expect(en.column(0, 'call_start_dt').title).toEqual({ text: 'Call started', lang: 'en' });
    expect(en.untranslated).toEqual([]);
  });

  it('says a model whose Markdown is not rendered cannot be localized', async () => {
    const content = read(bilingual());
    expect(() => localizeDataset(content.datasets[0]!, 'es', 'en')).toThrow(/not rendered.*loadSite\(\)/);
    expect(datasetTexts(content.datasets[0]!, 'es', 'en').title.lang).toBe('en');
  });
});

describe('localizeOrganization() and localizeTheme()', () => {
  it('gives the name and description where translated, and lists what is not', () => {
    const o = { data: { name: 'Bureau of Emergency Communications', description: 'Answers 911 calls.', translations: { es: { name: 'Oficina de Comunicaciones de Emergencia' } } } };
    expect(localizeOrganization(o, 'es', 'en')).toEqual({
      lang: 'es',
      name: { text: 'Oficina de Comunicaciones de Emergencia', lang: 'es' },
      description: { text: 'Answers 911 calls.', lang: 'en' },
      untranslated: ['description'],
    });
    expect(localizeOrganization({ data: { name: 'Trees' } }, 'es', 'en')).toEqual({ lang: 'es', name: { text: 'Trees', lang: 'en' }, untranslated: ['name'] });
  });
});

describe('stories in two languages', () => {
  const story = (title: string, more = '') =>
    `---\ntitle: ${title}\nsummary: A story.\nauthors: [Open Data Team]\npublished: 2024-01-01\n${more}---\nText.\n`;

  it('links a story and its translation both ways, and lists for each language its own or else the other', () => {
    const content = read(
      bilingual({
        'stories/budget.mdx': story('Budget'),
        'stories/budget-es.mdx': story('Presupuesto', 'language: es\ntranslationOf: budget\n'),
        'stories/calls.mdx': story('Calls'),
        'stories/arboles.mdx': story('Árboles', 'language: es\n'),
      }),
    );
    expect(content.problems.map(formatFinding)).toEqual([]);
    const byId = Object.fromEntries(content.stories.map((s) => [s.id, s]));
    expect(byId['budget']!.translations).toEqual({ es: 'budget-es' });
    expect(byId['budget-es']!.translations).toEqual({ en: 'budget' });
    expect(byId['budget-es']!.language).toBe('es');
    expect(byId['calls']!.language).toBe('en');
    expect(storiesFor(content.stories, 'es').map((s) => s.id).sort()).toEqual(['arboles', 'budget-es', 'calls']);
    expect(storiesFor(content.stories, 'en').map((s) => s.id).sort()).toEqual(['arboles', 'budget', 'calls']);
  });

  it.each([
    ['a story that does not exist', { 'stories/b.mdx': story('B', 'language: es\ntranslationOf: nope\n') }, 'stories/b.mdx:7 translationOf: "nope" is not a story in content/stories/; use the file name of the original without .mdx, one of: a [story-translation]'],
    ['a story in the same language', { 'stories/b.mdx': story('B', 'translationOf: a\n') }, 'stories/b.mdx:6 translationOf: "a" is in the same language (en) as this story; set "language" to the language this story is written in [story-translation]'],
    ['a translation, not its original', { 'stories/b.mdx': story('B', 'language: es\ntranslationOf: a\n'), 'stories/c.mdx': story('C', 'translationOf: b\n') }, 'stories/c.mdx:6 translationOf: "b" is itself a translation of "a"; name the original, "a" [story-translation]'],
    ['a story already translated into that language', { 'stories/b.mdx': story('B', 'language: es\ntranslationOf: a\n'), 'stories/c.mdx': story('C', 'language: es\ntranslationOf: a\n') }, 'stories/c.mdx:7 translationOf: "a" is already translated into es by stories/b.mdx; keep one translation per language and remove the other [story-translation]'],
  ])('refuses a translation of %s, at its line, and leaves it out of the model', (_, files, message) => {
    const content = read(bilingual({ 'stories/a.mdx': story('A'), ...files }));
    expect(content.problems.map(formatFinding)).toEqual([message]);
    expect(content.stories.map((s) => s.id)).not.toContain(message.split(' ')[0]!.replace(/^stories\/|\.mdx:\d+$/g, ''));
  });

  it("warns of a story in a language the catalog does not list", () => {
    const content = read({ ...validCatalog(), 'stories/a.mdx': story('A', 'language: es\n') });
    expect(content.problems.map(formatFinding)).toEqual([
      'stories/a.mdx:6 language: "es" is not one of the catalog\'s languages (en), so no page is in the story\'s language; add it to languages in content/catalog.yaml, or correct it [translation/unlisted-language]',
    ]);
  });
});

describe('the sample catalog in Spanish', () => {
  const content = readCatalog('content');
  const es = (id: string) => content.datasets.find((d) => d.id === id)!.data.translations?.['es'];

  it('translates at least six datasets, with the columns of their data dictionaries', () => {
    const translated = content.datasets.filter((d) => d.data.translations?.['es']);
    expect(translated.length).toBeGreaterThanOrEqual(6);
    for (const d of translated) {
      const t = d.data.translations!['es']!;
      expect([t.title, t.summary, t.description].every(Boolean), d.id).toBe(true);
      if (d.schemas.some(Boolean)) expect(Object.keys(t.columns ?? {}).length, d.id).toBeGreaterThan(0);
    }
    for (const id of ['sf-street-trees-sample', 'paris-remarkable-trees']) expect(JSON.stringify(es(id))).toContain('árboles');
    for (const id of ['portland-budget-history', 'budget-in-brief-operating-capital']) expect(JSON.stringify(es(id))).toMatch(/presupuesto/i);
    expect(es('boec-911-calls-april-2018')?.title).toBeTruthy();
  });

  it('translates the themes and the organizations of the translated datasets', () => {
    for (const id of ['environment', 'budget-finance', 'public-safety'])
      expect(content.themes.find((t) => t.id === id)!.data.translations?.['es']?.name, id).toBeTruthy();
    for (const d of content.datasets.filter((x) => x.data.translations?.['es']))
      expect(d.organization.data.translations?.['es']?.name, d.organization.id).toBeTruthy();
  });

  it('has a story translated into Spanish, linked both ways, using the same datasets', () => {
    const story = content.stories.find((s) => s.id === 'portland-budget-by-service-area-es')!;
    const original = content.stories.find((s) => s.id === 'portland-budget-by-service-area')!;
    expect(story.language).toBe('es');
    expect(story.translations).toEqual({ en: original.id });
    expect(original.translations).toEqual({ es: story.id });
    expect(story.data.datasets).toEqual(original.data.datasets);
    const components = (body: string) => [...body.matchAll(/<([A-Z]\w+)/g)].map((m) => m[1]);
    expect(components(story.body)).toEqual(components(original.body));
  });
});
