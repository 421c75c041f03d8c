// Tests the editor integration (.vscode/, the JSON Schemas in schemas/, Astro's content intellisense): editor
// support for staff who edit content by hand in VS Code, checked through the language servers that
// the recommended extensions (.vscode/extensions.json) run: Astro's, for the front matter of datasets and
// stories (content intellisense), and Red Hat's YAML server, for catalog, organization and theme files
// (wired in .vscode/settings.json). Each must flag a real mistake, stay quiet on the sample content,
// complete field names and explain a field on hover.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { astroSync, repoRoot } from '../../helpers/astro-build.ts';
import { startLanguageServer, type LanguageClient } from '../../helpers/lsp.ts';

const vscodeSettings = JSON.parse(fs.readFileSync(path.join(repoRoot, '.vscode/settings.json'), 'utf8')) as Record<
  string,
  unknown
>;
const content = path.join(repoRoot, 'content');
const read = (file: string) => fs.readFileSync(file, 'utf8');
const lineOf = (text: string, start: string) => text.split('\n').findIndex((l) => l.startsWith(start));

describe('VS Code with the Astro extension: dataset and story front matter', { timeout: 60_000 }, () => {
  let client: LanguageClient;
  const dataset = path.join(content, 'datasets/fremont-bridge-bike-counts/index.md');

  beforeAll(async () => {
    const sync = astroSync(content);
    expect(sync.status, sync.stderr).toBe(0);
    client = await startLanguageServer({
      serverModule: path.join(repoRoot, 'node_modules/@astrojs/language-server/bin/nodeServer.js'),
      root: repoRoot,
      initializationOptions: {
        typescript: { tsdk: path.join(repoRoot, 'node_modules/typescript/lib') },
        // What the extension passes when the workspace setting is on.
        contentIntellisense: vscodeSettings['astro.content-intellisense'] === true,
      },
    });
  }, 60_000);
  afterAll(() => client?.close());

  it('knows every dataset and story file (astro sync writes the manifest the editor reads)', () => {
    const manifest = JSON.parse(read(path.join(repoRoot, '.astro/collections/collections.json'))) as {
      entries: Record<string, string>;
    };
    const kinds = Object.values(manifest.entries);
    expect(kinds.filter((k) => k === 'datasets')).toHaveLength(fs.readdirSync(path.join(content, 'datasets')).length);
    expect(kinds.filter((k) => k === 'stories')).toHaveLength(fs.readdirSync(path.join(content, 'stories')).length);
  });

  it('flags a misspelt field and a value outside the list, on their lines', async () => {
    const text = read(dataset)
      .replace('accessLevel: public', 'accessLevel: publik')
      .replace('\nspatial:', '\nspatail:');
    const diagnostics = await client.open(dataset, 'markdown', text);
    const at = (line: number) => diagnostics.filter((d) => d.range.start.line === line).map((d) => d.message);
    expect(at(lineOf(text, 'spatail:'))).toEqual(['Property spatail is not allowed.']);
    expect(at(lineOf(text, 'accessLevel:'))[0]).toMatch(/"public", "restricted public", "non-public"/);
    expect(diagnostics).toHaveLength(2);
  });

  it("checks a story's front matter too", async () => {
    const story = path.join(content, 'stories', fs.readdirSync(path.join(content, 'stories')).sort()[0]!);
    const text = read(story).replace('\npublished:', '\npublishd:');
    const diagnostics = await client.open(story, 'markdown', text);
    expect(diagnostics.map((d) => d.message)).toEqual(expect.arrayContaining(['Property publishd is not allowed.']));
  });

  it('finds nothing wrong in the sample datasets and stories', async () => {
    const files = [
      ...fs.readdirSync(path.join(content, 'datasets')).map((slug) => path.join(content, 'datasets', slug, 'index.md')),
      ...fs.readdirSync(path.join(content, 'stories')).map((file) => path.join(content, 'stories', file)),
    ].filter((f) => f !== dataset);
    for (const file of files) {
      // .vscode/settings.json associates *.mdx with Markdown, so VS Code sends both as `markdown`.
      const associations = vscodeSettings['files.associations'] as Record<string, string> | undefined;
      const languageId = file.endsWith('.mdx') ? (associations?.['*.mdx'] ?? 'mdx') : 'markdown';
      const diagnostics = await client.open(file, languageId, read(file));
      expect(
        diagnostics.map((d) => `${d.range.start.line + 1}: ${d.message}`),
        path.relative(repoRoot, file),
      ).toEqual([]);
    }
  });

  it('completes the fields not yet written, each with its explanation', async () => {
    const text = read(dataset);
    const line = lineOf(text, 'temporal:');
    const items = await client.completions(dataset, line, 0);
    const issued = items.find((i) => i.label === 'issued');
    expect(issued?.documentation).toMatch(/first published/);
    expect(items.map((i) => i.label)).toEqual(
      expect.arrayContaining(['accrualPeriodicity', 'landingPage', 'references']),
    );
  });

  it('explains a field on hover, from the JSDoc in src/schemas', async () => {
    const text = read(dataset);
    expect(await client.hover(dataset, lineOf(text, 'summary:'), 2)).toMatch(
      /One plain sentence for cards and search results/,
    );
  });
});

describe('VS Code with the YAML extension: catalog, organizations and themes', { timeout: 60_000 }, () => {
  let client: LanguageClient;
  const organization = path.join(content, 'organizations/boston-police-department.yaml');

  beforeAll(async () => {
    const settings = {
      yaml: { schemas: vscodeSettings['yaml.schemas'], validate: true, completion: true, hover: true },
    };
    client = await startLanguageServer({
      serverModule: path.join(repoRoot, 'node_modules/yaml-language-server/bin/yaml-language-server'),
      root: repoRoot,
      settings,
    });
  }, 60_000);
  afterAll(() => client?.close());

  it('flags a misspelt field in an organization', async () => {
    const text = read(organization).replace('homepage:', 'homepgae:');
    const diagnostics = await client.open(organization, 'yaml', text);
    expect(diagnostics.map((d) => [d.range.start.line, d.message])).toContainEqual([
      lineOf(text, 'homepgae:'),
      'Property homepgae is not allowed.',
    ]);
  });

  it('finds nothing wrong in the sample catalog, organizations and themes', async () => {
    const files = [
      path.join(content, 'catalog.yaml'),
      ...fs.readdirSync(path.join(content, 'organizations')).map((f) => path.join(content, 'organizations', f)),
      ...fs.readdirSync(path.join(content, 'themes')).map((f) => path.join(content, 'themes', f)),
    ].filter((f) => f !== organization);
    for (const file of files)
      expect(
        (await client.open(file, 'yaml', read(file))).map((d) => d.message),
        path.relative(repoRoot, file),
      ).toEqual([]);
  });

  it('explains a field on hover', async () => {
    const file = path.join(content, 'catalog.yaml');
    const text = read(file);
    expect(await client.hover(file, lineOf(text, 'baseUrl:'), 2)).not.toBe('');
  });
});
