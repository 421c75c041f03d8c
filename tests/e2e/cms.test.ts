// The staff CMS at /admin/ (Sveltia CMS) on the real sample content, in Chromium. GitHub cannot be reached
// from here, so the CMS works on a "local repository": the origin-private file system holds a copy of
// content/ (plus the .git folder Sveltia looks for), and the folder picker returns it. What is checked is
// ours: the page starts the CMS, the generated configuration lists and edits our files, what it saves
// passes `npm run validate`, and nothing is fetched from another origin.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseFrontMatter } from '../../src/lib/content/yaml-source.ts';
import { readCatalog } from '../../src/lib/content/read-catalog.ts';
import { nodeValidateEffects, validateCatalog } from '../../src/lib/validate/validate.ts';
import { repoRoot, sampleDist } from '../helpers/astro-build.ts';
import { servedSite } from '../helpers/served-site.ts';

const site = servedSite(sampleDist);
const content = path.join(repoRoot, 'content');
const slug = 'boec-911-calls-april-2018';
const file = `content/datasets/${slug}/index.md`;
const contentFiles = fs
  .readdirSync(content, { recursive: true, withFileTypes: true })
  .filter((d) => d.isFile())
  .map((d) => path.relative(repoRoot, path.join(d.parentPath, d.name)));
// Sveltia wraps labels in invisible isolation marks.
const clean = (s: string | null) => (s ?? '').replace(/[\u2068\u2069]/g, '').trim();

/** Drops what the CMS writes out that means the same as leaving it out: `header: true`, `unique: false`. */
function withoutDefaults(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutDefaults);
  if (!value || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([k, v]) => !(k === 'header' && v === true) && !(k === 'unique' && v === false))
      .map(([k, v]) => [k, withoutDefaults(v)]),
  );
}

let context: BrowserContext;
let page: Page;
const foreign: string[] = [];
const errors: string[] = [];

async function readLocal(rel: string): Promise<string | null> {
  return page.evaluate(async (rel) => {
    let dir = await (await navigator.storage.getDirectory()).getDirectoryHandle('repo');
    const parts = rel.split('/');
    try {
      for (const p of parts.slice(0, -1)) dir = await dir.getDirectoryHandle(p);
      return await (await (await dir.getFileHandle(parts.at(-1)!)).getFile()).text();
    } catch {
      return null;
    }
  }, rel);
}

describe('the CMS at /admin/', { timeout: 120_000 }, () => {
  beforeAll(async () => {
    context = await site.browser.newContext({ viewport: { width: 1400, height: 1000 } });
    page = await context.newPage();
    page.setDefaultTimeout(20_000);
    page.on('request', (r) => {
      if (/^https?:/.test(r.url()) && !r.url().startsWith(site.url)) foreign.push(r.url());
    });
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    page.on('pageerror', (e) => errors.push(e.message));
    // The repository's files, answered by the test (same origin) so the page can copy them into its storage.
    await page.route(`${site.url}/__repo__/**`, (route) => {
      const rel = decodeURIComponent(new URL(route.request().url()).pathname.slice('/__repo__/'.length));
      if (!rel) return route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>repository</title>' });
      return route.fulfill({
        contentType: 'application/octet-stream',
        body: fs.readFileSync(path.join(repoRoot, rel)),
      });
    });
    await context.addInitScript(() => {
      Object.defineProperty(window, 'showDirectoryPicker', {
        configurable: true,
        value: async () => (await navigator.storage.getDirectory()).getDirectoryHandle('repo'),
      });
      document.addEventListener('securitypolicyviolation', (e) =>
        console.error(`CSP refused ${e.violatedDirective}: ${e.blockedURI}`),
      );
    });
    await page.goto(`${site.url}/__repo__/`);
    await page.evaluate(async (files) => {
      const root = await (await navigator.storage.getDirectory()).getDirectoryHandle('repo', { create: true });
      const write = async (rel: string, data: Blob | string) => {
        const parts = rel.split('/');
        let dir = root;
        for (const p of parts.slice(0, -1)) dir = await dir.getDirectoryHandle(p, { create: true });
        const w = await (await dir.getFileHandle(parts.at(-1)!, { create: true })).createWritable();
        await w.write(data);
        await w.close();
      };
      await write('.git/HEAD', 'ref: refs/heads/main\n');
      await Promise.all(
        files.map(async (f) =>
          write(f, await (await fetch(`/__repo__/${f.split('/').map(encodeURIComponent).join('/')}`)).blob()),
        ),
      );
    }, contentFiles);
  });
  afterAll(() => context?.close());

  it('starts from the page as built and opens the local repository', async () => {
    await page.goto(`${site.url}/admin/`);
    await page.getByRole('button', { name: 'Work with Local Repository' }).click();
    await page.getByRole('grid', { name: 'Entries' }).getByRole('row').first().waitFor();
  });

  it('draws its icons and text with fonts served by the site (icons are a font)', async () => {
    await expect
      .poll(() =>
        page.evaluate(() =>
          [...document.fonts].filter((f) => f.status === 'loaded').map((f) => f.family.replace(/["']/g, '')),
        ),
      )
      .toEqual(expect.arrayContaining(['Material Symbols Outlined', 'Source Sans 3']));
  });

  it('lists every dataset by its title', async () => {
    const titles = (
      await page
        .getByRole('grid', { name: 'Entries' })
        .getByRole('row')
        .evaluateAll((rows) => rows.map((r) => r.getAttribute('aria-label') ?? ''))
    ).map(clean);
    const expected = readCatalog(content).datasets.map((d) => d.data.title);
    expect(titles.sort()).toEqual(expected.sort());
  });

  it('opens a dataset with its fields filled from the file, and saves an edit that still validates', async () => {
    const original = fs.readFileSync(path.join(repoRoot, file), 'utf8');
    const before = parseFrontMatter(original).data as Record<string, unknown>;
    await page
      .getByRole('grid', { name: 'Entries' })
      .getByRole('row', { name: String(before['title']), exact: true })
      .click();
    const summary = page.getByRole('textbox', { name: 'Summary', exact: true });
    await expect.poll(() => summary.inputValue()).toBe(before['summary']);
    expect(clean(await page.getByRole('combobox', { name: 'Organization', exact: true }).innerText())).toBe(
      'Bureau of Emergency Communications',
    );
    expect(clean(await page.getByRole('combobox', { name: 'License', exact: true }).innerText())).toContain(
      '(CC-BY-4.0)',
    );

    const edited = "Every call to Portland's 911 center in April 2018, edited in the CMS.";
    await summary.fill(edited);
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await expect.poll(async () => (await readLocal(file))?.includes(edited) ?? false).toBe(true);
    const saved = (await readLocal(file))!;

    // The description below the front matter is kept as written.
    expect(parseFrontMatter(saved).body.trim()).toBe(parseFrontMatter(original).body.trim());
    // The front matter means the same apart from the summary (Sveltia rewrites the YAML in its own style).
    const after = parseFrontMatter(saved).data as Record<string, unknown>;
    expect(after['summary']).toBe(edited);
    // A block `|` comes back as `|-` (caveats, translated descriptions): the same text without its final newline.
    const withoutFinalNewline = (v: unknown): unknown =>
      typeof v === 'string'
        ? v.replace(/\n$/, '')
        : Array.isArray(v)
          ? v.map(withoutFinalNewline)
          : v && typeof v === 'object'
            ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, withoutFinalNewline(x)]))
            : v;
    for (const key of Object.keys(before).filter((k) => k !== 'summary'))
      expect(withoutFinalNewline(withoutDefaults(after[key])), key).toEqual(withoutFinalNewline(before[key]));

    // And the whole catalog, with the saved file in it, passes the validator.
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cdc-cms-'));
    fs.cpSync(content, dir, { recursive: true });
    fs.writeFileSync(path.join(dir, `datasets/${slug}/index.md`), saved);
    const problems = validateCatalog(dir, nodeValidateEffects()).problems.filter((p) => p.severity === 'error');
    fs.rmSync(dir, { recursive: true, force: true });
    expect(problems.map((p) => `${p.file}:${p.line} ${p.field}: ${p.message}`)).toEqual([]);
  });

  it('fetched nothing from another origin; all it was refused is its update and GitHub-status checks', () => {
    expect(foreign).toEqual([]);
    const refusedOnPurpose = [
      'https://unpkg.com/@sveltia/cms/package.json',
      'https://www.githubstatus.com/api/v2/status.json',
    ];
    expect(errors.filter((e) => !refusedOnPurpose.some((u) => e.includes(u)))).toEqual([]);
  });
});
